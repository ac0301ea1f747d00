/**
 * The job summary's charts, when the person asks for them: Mermaid
 * `xychart-beta` blocks GitHub draws itself (the last 14 days of steps, sleep
 * and resting heart rate). Built from daily.csv's rows only, and ending at the
 * newest day held, so the same data always gives the same text. (The data
 * folder's own charts are SVG files: charts/.)
 */
import { addDays, type Day } from './civil-days.js';
import type { DailyRow } from './daily-csv.js';
import { decimal } from './data-types.js';

/** A chart's x labels and their values; undefined where the day or week has none. */
type Series = readonly { readonly label: string; readonly value: number | undefined }[];

/** The job summary's charts: the last `days` days, steps, sleep and resting heart rate. */
export function summaryCharts(rows: readonly DailyRow[], days = 14): string {
  const newest = rows[rows.length - 1]?.date;
  if (newest === undefined) return 'No days are held yet.\n';
  const steps = dailySeries(rows, newest, days, (row) => row.values.steps);
  const sleep = dailySeries(rows, newest, days, (row) => hours(row.values.sleep_minutes));
  const resting = dailySeries(rows, newest, days, (row) => row.values.resting_heart_rate_bpm);
  return [
    `## Steps, last ${days} days`,
    '',
    ...chart('Steps per day', 'steps', 'bar', steps, 'step'),
    `## Sleep, last ${days} days`,
    '',
    ...chart('Hours asleep per night', 'hours', 'bar', sleep, 'sleep'),
    `## Resting heart rate, last ${days} days`,
    '',
    ...chart('Resting heart rate', 'beats per minute', 'line', resting, 'resting heart rate'),
  ].join('\n');
}

/**
 * One chart. Bars of days without a value are drawn as 0 (xychart has no gaps)
 * and counted below it; a line leaves such days out.
 */
function chart(
  title: string,
  unit: string,
  kind: 'bar' | 'line',
  series: Series,
  what: string,
): string[] {
  const missing = series.filter((point) => point.value === undefined).length;
  if (missing === series.length) return [`_No ${what} data in these days._`, ''];
  const drawn = kind === 'bar' ? series : series.filter((point) => point.value !== undefined);
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${drawn.map((point) => `"${point.label}"`).join(', ')}]`,
    `  y-axis "${unit}"`,
    `  ${kind} [${drawn.map((point) => decimal(point.value ?? 0, 1)).join(', ')}]`,
    '```',
    '',
  ];
  if (kind === 'bar' && missing > 0) {
    lines.push(`_${missing} of ${series.length} days have no ${what} data: no bar._`, '');
  }
  return lines;
}

/** The `days` days ending at `newest`. */
function dailySeries(
  rows: readonly DailyRow[],
  newest: Day,
  days: number,
  pick: (row: DailyRow) => string | undefined,
): Series {
  const byDay = new Map(rows.map((row) => [row.date, pick(row)]));
  return Array.from({ length: days }, (_, index) => {
    const day = addDays(newest, index - days + 1);
    const value = byDay.get(day);
    return { label: day.slice(5), value: value === undefined ? undefined : Number(value) };
  });
}

function hours(minutes: string | undefined): string | undefined {
  return minutes === undefined ? undefined : decimal(Number(minutes) / 60, 1);
}
