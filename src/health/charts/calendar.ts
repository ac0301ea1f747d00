/**
 * A calendar heatmap, as GitHub draws contributions: one cell a day, a column
 * per week (Monday to Sunday, top to bottom), every other month named under
 * its first week with the year under January (and the first name), and a
 * legend of the levels. Which level a day is at is decided here, from fixed bounds that
 * mean something (10,000 steps, 7 hours), so a cell's colour does not change
 * when other days come and go.
 */
import type { TopLevelSpec } from 'vega-lite';
import { type DayValue, monthOf, weekdayOf } from './days.js';
import { CONFIG, type HUE, NO_DATA, RAMP, SIZE } from './theme.js';

export interface Levels {
  /** Where each level after the first begins, ascending: one fewer than `names`. */
  readonly from: readonly number[];
  /** Each level's name in the legend, lowest first. */
  readonly names: readonly string[];
}

export interface Calendar {
  readonly title: string;
  readonly subtitle: string;
  readonly hue: (typeof HUE)[keyof typeof HUE];
  /** Every day of the window, oldest first. */
  readonly days: readonly DayValue[];
  readonly levels: Levels;
}

const NO_DATA_NAME = 'no data';
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
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CONFIG,
    title: { text: calendar.title, subtitle: calendar.subtitle },
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
      color: {
        field: 'level',
        type: 'ordinal',
        sort: names,
        scale: {
          type: 'ordinal',
          domain: names,
          range: [NO_DATA.color, ...names.slice(1).map(() => calendar.hue)],
        },
        legend: legend(),
      },
      opacity: {
        field: 'level',
        type: 'ordinal',
        sort: names,
        scale: {
          type: 'ordinal',
          domain: names,
          range: [NO_DATA.opacity, ...RAMP.slice(-calendar.levels.names.length)],
        },
        legend: legend(),
      },
    },
  };
}

/** The same legend for colour and opacity, so that Vega-Lite draws them as one. */
function legend() {
  return {
    title: null,
    orient: 'bottom',
    direction: 'horizontal',
    symbolType: 'square',
    symbolSize: CELL_STEP * CELL_STEP,
    columnPadding: 14,
    labelFontSize: SIZE.label,
  } as const;
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
