/**
 * A calendar heatmap, as GitHub draws contributions: one cell a day, a column
 * per week (Monday to Sunday, top to bottom), every other month named under
 * its first week with the year under January (and the first name), and a
 * legend of the levels. The levels' bounds are the caller's: fixed ones that
 * mean something (7 hours asleep), or the person's own spread (quintiles).
 */
import type { TopLevelSpec } from 'vega-lite';
import { type DayValue, monthOf, weekdayOf } from './days.js';
import { framed, type HUE, NO_DATA, RAMP, SIZE } from './theme.js';

export interface Levels {
  /** Where each level after the first begins, ascending: one fewer than `names`. */
  readonly from: readonly number[];
  /** Each level's name in the legend, lowest first. */
  readonly names: readonly string[];
}

export interface Calendar {
  readonly title: string;
  /** A line, or lines: a long one would widen the chart. */
  readonly subtitle: string | string[];
  readonly hue: (typeof HUE)[keyof typeof HUE];
  /** Every day of the window, oldest first. */
  readonly days: readonly DayValue[];
  readonly levels: Levels;
}

const NO_DATA_NAME = 'no data';
const QUINTILES = [0.2, 0.4, 0.6, 0.8];
const WEEKDAYS = ['Mon', '', 'Wed', '', 'Fri', '', ''];
/** A cell and the gap after it, in the SVG's units. */
const CELL_STEP = 10.5;

export function calendarSpec(calendar: Calendar): TopLevelSpec {
  const [first] = calendar.days;
  if (first === undefined) throw new Error('a calendar needs at least one day');
  // The first week may begin before the window: its earlier days get no cell.
  const offset = weekdayOf(first.day);
  const cells = calendar.days.map(({ day, value }, index) => ({
    week: Math.floor((index + offset) / 7),
    weekday: weekdayOf(day),
    level: value === undefined ? NO_DATA_NAME : levelOf(value, calendar.levels),
  }));
  const names = [NO_DATA_NAME, ...calendar.levels.names];
  const labels = monthLabels(calendar.days, offset);
  return {
    ...framed(calendar.title, calendar.subtitle),
    data: { values: cells },
    width: { step: CELL_STEP },
    height: { step: CELL_STEP },
    mark: { type: 'rect' },
    encoding: {
      x: {
        field: 'week',
        type: 'ordinal',
        scale: { paddingInner: 0.18, paddingOuter: 0 },
        axis: {
          title: null,
          labelAngle: 0,
          labelAlign: 'left',
          values: Object.keys(labels).map(Number),
          labelExpr: `${JSON.stringify(labels)}[datum.value]`,
        },
      },
      y: {
        field: 'weekday',
        type: 'ordinal',
        scale: { paddingInner: 0.18, paddingOuter: 0 },
        axis: {
          title: null,
          labelExpr: `${JSON.stringify(WEEKDAYS)}[datum.value]`,
        },
      },
      // One legend for both: Vega-Lite merges two channels of the same field.
      color: byLevel(names, [NO_DATA.color, ...names.slice(1).map(() => calendar.hue)]),
      opacity: byLevel(names, [NO_DATA.opacity, ...RAMP.slice(-calendar.levels.names.length)]),
    },
  };
}

/** A channel that maps each level, by name, to its entry of `range`, with the legend below. */
function byLevel<T extends string | number>(names: readonly string[], range: readonly T[]) {
  return {
    field: 'level',
    type: 'ordinal',
    sort: [...names],
    scale: { type: 'ordinal', domain: [...names], range: [...range] },
    legend: {
      title: null,
      orient: 'bottom',
      direction: 'horizontal',
      symbolType: 'square',
      symbolSize: CELL_STEP * CELL_STEP,
      columnPadding: 14,
      labelFontSize: SIZE.label,
    },
  } as const;
}

/**
 * Five levels split at the quintiles of `values`, each bound rounded to a
 * multiple of `round` (so the legend reads 7.5k, not 7,413): the person's own
 * spread, as GitHub's graph colours a person's own busiest days darkest.
 * Bounds that round to the same number merge.
 */
export function quintileLevels(
  values: readonly number[],
  round: number,
  name: (bound: number) => string,
): Levels {
  const sorted = [...values].sort((a, b) => a - b);
  const bounds = QUINTILES.map((share) => {
    const value = sorted[Math.floor(share * (sorted.length - 1))] ?? 0;
    return Math.round(value / round) * round;
  });
  const from = [...new Set(bounds)].filter((bound) => bound > 0);
  const [lowest] = from;
  if (lowest === undefined) return { from: [], names: ['any'] };
  return { from, names: [`< ${name(lowest)}`, ...from.map((bound) => `${name(bound)}+`)] };
}

function levelOf(value: number, levels: Levels): string {
  const index = levels.from.filter((bound) => value >= bound).length;
  return levels.names[index] ?? NO_DATA_NAME;
}

/**
 * The month names under the weeks, by week: every other month (January,
 * March, …, so that a year's first month is always named), over the first week
 * that begins in it or the window's first week; the first name and January's
 * carry the year on a second line.
 */
function monthLabels(days: readonly DayValue[], offset: number): Record<number, string[]> {
  const named = days.flatMap(({ day }, index) => {
    const oddMonth = Number(day.slice(5, 7)) % 2 === 1;
    if (!oddMonth || (index !== 0 && !day.endsWith('-01'))) return [];
    return [{ week: index === 0 ? 0 : Math.ceil((index + offset) / 7), day }];
  });
  return Object.fromEntries(
    named.map(({ week, day }, index) => [
      week,
      index === 0 || monthOf(day) === 'Jan' ? [monthOf(day), day.slice(0, 4)] : [monthOf(day)],
    ]),
  );
}
