/**
 * A year of a figure that drifts slowly (resting heart rate, heart rate
 * variability, weight): each day a dot, and a line through the average of the
 * last days (7, or 30 for a figure measured now and then), which is what
 * shows the drift. Vega-Lite computes the average
 * (a window over every day, a day without data counting as none) and places
 * every other month on a UTC time axis; the first and each January carry the
 * year.
 */
import type { TopLevelSpec } from 'vega-lite';
import { type DayValue, instantOf } from './days.js';
import { framed, type HUE, INK, SIZE } from './theme.js';

export interface Trend {
  readonly title: string;
  readonly subtitle: string | string[];
  readonly hue: (typeof HUE)[keyof typeof HUE];
  /** The line: the average of a day and the days before it, this many in all. */
  readonly averageDays: number;
  /** The window's days, oldest first, after the `averageDays - 1` before it (for its first averages). */
  readonly days: readonly DayValue[];
  /** The first day drawn. */
  readonly from: string;
  /** The y axis's number format (d3-format). */
  readonly format: string;
}

export function trendSpec(trend: Trend): TopLevelSpec {
  const [last] = trend.days.slice(-1);
  if (last === undefined) throw new Error('a trend needs at least one day');
  const value = { type: 'quantitative', scale: { zero: false, nice: true } } as const;
  return {
    ...framed(trend.title, trend.subtitle),
    width: SIZE.plot,
    height: 200,
    data: {
      values: trend.days.map(({ day, value }) => ({
        time: instantOf(day),
        value: value ?? null,
        shown: day >= trend.from,
      })),
    },
    transform: [
      {
        window: [{ op: 'mean', field: 'value', as: 'average' }],
        frame: [1 - trend.averageDays, 0],
        sort: [{ field: 'time' }],
      },
      { filter: 'datum.shown' },
    ],
    encoding: {
      x: {
        field: 'time',
        type: 'temporal',
        scale: { type: 'utc', domain: [instantOf(trend.from), instantOf(last.day)] },
        axis: {
          title: null,
          grid: false,
          // Every other month, from January: the new year is always named.
          tickCount: { interval: 'month', step: 2 },
          labelExpr:
            "datum.index == 0 || utcmonth(datum.value) == 0 ? [utcFormat(datum.value, '%b'), utcFormat(datum.value, '%Y')] : utcFormat(datum.value, '%b')",
        },
      },
    },
    layer: [
      {
        mark: { type: 'point', filled: true, size: 14, color: trend.hue, opacity: 0.5 },
        encoding: {
          y: {
            field: 'value',
            ...value,
            axis: { title: null, tickCount: 4, format: trend.format, gridColor: INK },
          },
        },
      },
      {
        mark: { type: 'line', color: trend.hue, strokeWidth: 2.5, interpolate: 'monotone' },
        encoding: { y: { field: 'average', ...value } },
      },
    ],
  };
}
