/**
 * `daily.csv`: one row per day the folder holds, one column per daily figure
 * the registry defines, empty where the day has no value. The header is the
 * same whichever types a run asked for, so adding a type later fills a column
 * instead of reshaping the file.
 */
import type { Day } from './civil-days.js';
import { DAILY_COLUMNS, DATA_TYPES } from './data-types.js';
import { daysHeld, readDayPoints } from './files.js';

export const DAILY_CSV = 'daily.csv';
const PARALLEL_READS = 16;

/** A day's figures, by column name; a column without a value is absent. */
export interface DailyRow {
  readonly date: Day;
  readonly values: Readonly<Record<string, string>>;
}

/** Every day any type has a file for, oldest first, with the figures of each. */
export async function collectDailyRows(folder: string): Promise<DailyRow[]> {
  const byDay = new Map<Day, Record<string, string>>();
  for (const type of DATA_TYPES) {
    if (type.columns.length === 0) continue;
    const days = await daysHeld(folder, type);
    // Read a few at a time: a year is hundreds of small files.
    for (let index = 0; index < days.length; index += PARALLEL_READS) {
      const batch = days.slice(index, index + PARALLEL_READS);
      const points = await Promise.all(batch.map((day) => readDayPoints(folder, type, day)));
      batch.forEach((day, at) => {
        const values = byDay.get(day) ?? {};
        byDay.set(day, values);
        for (const column of type.columns) {
          const value = column.value(points[at] ?? []);
          if (value !== undefined) values[column.name] = value;
        }
      });
    }
  }
  return [...byDay.keys()].sort().map((date) => ({ date, values: byDay.get(date) ?? {} }));
}

export function dailyCsvText(rows: readonly DailyRow[]): string {
  const lines = [
    ['date', ...DAILY_COLUMNS].join(','),
    ...rows.map((row) =>
      [row.date, ...DAILY_COLUMNS.map((column) => row.values[column] ?? '')].join(','),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
