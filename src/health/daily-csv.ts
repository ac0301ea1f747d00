/**
 * `daily.csv`: one row per day the folder holds, a column per daily figure of
 * the types the folder holds (or this run asks for), in the contract's order,
 * empty where the day has no value. A type added later adds its columns; a
 * type the folder still holds keeps its own.
 */
import type { Day } from './civil-days.js';
import { DATA_TYPES, type DailyColumn, dailyColumnsOf } from './data-types.js';
import { readDayPoints, type TypeHoldings } from './files.js';

export const DAILY_CSV = 'daily.csv';
const PARALLEL_READS = 16;

/** A day's figures, by column name; a column without a value is absent. */
export interface DailyRow {
  readonly date: Day;
  readonly values: Readonly<Record<string, string>>;
}

export interface DailyTable {
  /** After `date`, in the contract's order. */
  readonly columns: readonly DailyColumn[];
  /** Oldest first. */
  readonly rows: readonly DailyRow[];
}

/**
 * The table of the types the folder holds a day of (`holdings`), and of
 * `requested` (a type asked for that has no day yet still gets its empty columns).
 */
export async function collectDaily(
  folder: string,
  holdings: readonly TypeHoldings[],
  requested: Iterable<string>,
): Promise<DailyTable> {
  const names = new Set(requested);
  const held = new Map(holdings.map((holding) => [holding.name, holding.days]));
  const byDay = new Map<Day, Record<string, string>>();
  for (const type of DATA_TYPES) {
    const days = held.get(type.name) ?? [];
    if (days.length > 0) names.add(type.name);
    if (type.columns.length === 0) continue;
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
  const rows = [...byDay.keys()].sort().map((date) => ({ date, values: byDay.get(date) ?? {} }));
  return { columns: dailyColumnsOf(names), rows };
}

export function dailyCsvText({ columns, rows }: DailyTable): string {
  const names = columns.map((column) => column.name);
  const lines = [
    ['date', ...names].join(','),
    ...rows.map((row) => [row.date, ...names.map((name) => row.values[name] ?? '')].join(',')),
  ];
  return `${lines.join('\n')}\n`;
}
