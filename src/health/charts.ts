/**
 * Charts GitHub draws itself: Mermaid `xychart-beta` blocks in Markdown, for
 * the folder's README.md (the last 30 days of steps and sleep, a year of
 * resting heart rate) and, when the person asks for it, the job summary (the
 * last 14 days). Built from daily.csv's rows only, and ending at the newest
 * day held, so the same data always gives the same text.
 */
import { addDays, type Day, daysBetween } from './civil-days.js';
import { DAILY_CSV, type DailyRow } from './daily-csv.js';
import { decimal } from './data-types.js';
import { STATE_FILE } from './state.js';

export const DATA_README = 'README.md';

/** What the folder holds of one type, for the README's table. */
export interface TypeHoldings {
  readonly name: string;
  readonly days: readonly Day[];
}

/** A chart's x labels and their values; undefined where the day or week has none. */
type Series = readonly { readonly label: string; readonly value: number | undefined }[];

export function dataReadmeText(
  rows: readonly DailyRow[],
  holdings: readonly TypeHoldings[],
): string {
  const lines = [
    '# Health data',
    '',
    'Written by `fitbit-token-keeper pull` from the Google Health API and regenerated on every run:',
    'edits to this file are lost.',
    '',
    `- [\`${DAILY_CSV}\`](${DAILY_CSV}): one row per day, one column per daily figure, empty where there is none.`,
    '- `<type>/<YYYY>/<YYYY-MM-DD>.json`: what the API holds for that type on that day (an empty list: no data).',
    `- \`${STATE_FILE}\`: per type, the last day known complete; the next run goes on from there.`,
    '',
    '| type | days | from | through |',
    '| --- | --- | --- | --- |',
    ...holdings
      .filter((type) => type.days.length > 0)
      .map(
        (type) =>
          `| ${type.name} | ${type.days.length} | ${type.days[0]} | ${type.days[type.days.length - 1]} |`,
      ),
    '',
    ...chartSections(rows, 30, 'year'),
  ];
  return `${lines.join('\n')}\n`;
}

/** The job summary's charts: the last `days` days, steps, sleep and resting heart rate. */
export function summaryCharts(rows: readonly DailyRow[], days = 14): string {
  return chartSections(rows, days, 'window').join('\n');
}

function chartSections(
  rows: readonly DailyRow[],
  days: number,
  restingSpan: 'year' | 'window',
): string[] {
  const newest = rows[rows.length - 1]?.date;
  if (newest === undefined) return ['No days are held yet.', ''];
  const steps = dailySeries(rows, newest, days, (row) => row.values.steps);
  const sleep = dailySeries(rows, newest, days, (row) => hours(row.values.sleep_minutes));
  const resting =
    restingSpan === 'year'
      ? weeklySeries(rows, newest, 52, (row) => row.values.resting_heart_rate_bpm)
      : dailySeries(rows, newest, days, (row) => row.values.resting_heart_rate_bpm);
  return [
    `## Steps, last ${days} days`,
    '',
    ...chart('Steps per day', 'steps', 'bar', steps, 'step'),
    `## Sleep, last ${days} days`,
    '',
    ...chart('Hours asleep per night', 'hours', 'bar', sleep, 'sleep'),
    restingSpan === 'year'
      ? '## Resting heart rate, last 12 months (weekly average)'
      : `## Resting heart rate, last ${days} days`,
    '',
    ...chart('Resting heart rate', 'beats per minute', 'line', resting, 'resting heart rate'),
  ];
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

/** Weekly averages over the `weeks` weeks ending at `newest`. */
function weeklySeries(
  rows: readonly DailyRow[],
  newest: Day,
  weeks: number,
  pick: (row: DailyRow) => string | undefined,
): Series {
  const first = addDays(newest, -(weeks * 7 - 1));
  const sums = Array.from({ length: weeks }, () => ({ total: 0, count: 0 }));
  for (const row of rows) {
    const value = pick(row);
    const offset = daysBetween(first, row.date);
    const week = sums[Math.floor(offset / 7)];
    if (value === undefined || offset < 0 || week === undefined) continue;
    week.total += Number(value);
    week.count += 1;
  }
  return sums.map((week, index) => ({
    label: addDays(first, index * 7).slice(5),
    value: week.count === 0 ? undefined : week.total / week.count,
  }));
}

function hours(minutes: string | undefined): string | undefined {
  return minutes === undefined ? undefined : decimal(Number(minutes) / 60, 1);
}
