/**
 * What the charts draw from: daily.csv's rows as one figure a day over a
 * window of days, and the words for dates and numbers the charts and the
 * README use (English, the same on every machine whatever its locale).
 */

import { MONTHS } from '../../lib/time.js';
import { addDays, type Day, daysFrom } from '../civil-days.js';
import type { DailyRow } from '../daily-csv.js';

/** A day and its figure; undefined when the day has none. */
export interface DayValue {
  readonly day: Day;
  readonly value: number | undefined;
}

/** Every day from `first` through `last`, with the column's figure (times `scale`). */
export function dailyValues(
  rows: readonly DailyRow[],
  column: string,
  first: Day,
  last: Day,
  scale = 1,
): DayValue[] {
  const byDay = new Map(rows.map((row) => [row.date, row.values[column]]));
  return daysFrom(first, last).map((day) => {
    const text = byDay.get(day);
    return { day, value: text === undefined || text === '' ? undefined : Number(text) * scale };
  });
}

/** The `count` days ending with `last`. */
export function lastDays(last: Day, count: number): { first: Day; last: Day } {
  return { first: addDays(last, 1 - count), last };
}

/** The figures that are there. */
export function present(values: readonly DayValue[]): number[] {
  return values.flatMap((entry) => (entry.value === undefined ? [] : [entry.value]));
}

export function mean(values: readonly number[]): number | undefined {
  return values.length === 0
    ? undefined
    : values.reduce((total, value) => total + value, 0) / values.length;
}

/** `Jan`. */
export function monthOf(day: Day): string {
  return MONTHS[Number(day.slice(5, 7)) - 1] ?? '';
}

/** `Jan 5`. */
export function monthDay(day: Day): string {
  return `${monthOf(day)} ${Number(day.slice(8, 10))}`;
}

/** `Jan 5, 2026`. */
export function fullDay(day: Day): string {
  return `${monthDay(day)}, ${day.slice(0, 4)}`;
}

/** `Dec 1, 2025 – Nov 30, 2026`; the first day's year left out when both share it. */
export function dayRange(first: Day, last: Day): string {
  const from = first.slice(0, 4) === last.slice(0, 4) ? monthDay(first) : fullDay(first);
  return `${from} – ${fullDay(last)}`;
}

/** Monday 0 … Sunday 6. */
export function weekdayOf(day: Day): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The day as the instant a chart's UTC time axis places it at. */
export function instantOf(day: Day): number {
  return Date.parse(`${day}T00:00:00Z`);
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const ONE_PLACE = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** `9,812`: a whole number with thousands separated. */
export function whole(value: number): string {
  return GROUPED.format(value);
}

/** `72.4`. */
export function onePlace(value: number): string {
  return ONE_PLACE.format(value);
}

/** `7 h 12 min`, from minutes. */
export function hoursMinutes(minutes: number): string {
  const rounded = Math.round(minutes);
  return `${Math.floor(rounded / 60)} h ${rounded % 60} min`;
}
