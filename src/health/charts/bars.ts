/**
 * Bars a day over a few weeks, rising from zero (a short bar is a small
 * number, never an axis cut off above it), a dashed line at the average, and
 * a day named under every seventh bar counted back from the newest: a handful
 * of labels, the year under the first and under any that begins a new year.
 * A day without data has no bar.
 */
import type { TopLevelSpec } from 'vega-lite';
import { type DayValue, mean, monthDay, present } from './days.js';
import { framed, type HUE, INK, SIZE } from './theme.js';

export interface Bars {
  readonly title: string;
  /** A line, or lines: a long one would widen the chart. */
  readonly subtitle: string | string[];
  readonly hue: (typeof HUE)[keyof typeof HUE];
  /** Every day of the window, oldest first. */
  readonly days: readonly DayValue[];
}

const LABEL_EVERY = 7;

export function barsSpec(bars: Bars): TopLevelSpec {
  const average = mean(present(bars.days));
  const labels = dayLabels(bars.days);
  return {
    ...framed(bars.title, bars.subtitle),
    width: SIZE.plot,
    height: 200,
    data: { values: bars.days.map(({ day, value }) => ({ day, value: value ?? null })) },
    layer: [
      {
        mark: { type: 'bar', color: bars.hue },
        encoding: {
          x: {
            field: 'day',
            type: 'ordinal',
            // Every day, one without a value too: each bar keeps its place.
            scale: { domain: bars.days.map(({ day }) => day), paddingInner: 0.2 },
            axis: {
              title: null,
              labelAngle: 0,
              values: Object.keys(labels),
              labelExpr: `${JSON.stringify(labels)}[datum.value]`,
            },
          },
          y: {
            field: 'value',
            type: 'quantitative',
            scale: { zero: true, nice: true },
            axis: { title: null, tickCount: 5, format: ',d', grid: true },
          },
        },
      },
      ...(average === undefined
        ? []
        : [
            {
              mark: { type: 'rule' as const, color: INK, strokeDash: [4, 3], strokeWidth: 1.5 },
              encoding: { y: { datum: average, type: 'quantitative' as const } },
            },
          ]),
    ],
  };
}

/** Labels under every seventh day back from the newest, the year under the first and each new one. */
function dayLabels(days: readonly DayValue[]): Record<string, string[]> {
  const labelled = days.filter((_, index) => (days.length - 1 - index) % LABEL_EVERY === 0);
  return Object.fromEntries(
    labelled.map(({ day }, index) => {
      const newYear = index === 0 || labelled[index - 1]?.day.slice(0, 4) !== day.slice(0, 4);
      return [day, newYear ? [monthDay(day), day.slice(0, 4)] : [monthDay(day)]];
    }),
  );
}
