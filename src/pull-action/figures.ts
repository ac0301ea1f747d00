/**
 * The last days' figures for the job summary, shown only when the person asks
 * for them (`summary: true`): one per daily.csv column of the types pulled,
 * with the newest day's value and the average of the last seven days, as a
 * person reads them ("6 h 24 min", "58 bpm"). The only values of the data any
 * summary holds; summary.ts lays them out.
 */
import { addDays, type Day } from '../health/civil-days.js';
import type { DailyRow } from '../health/daily-csv.js';
import type { DailyColumn, DataType } from '../health/data-types.js';

/** The days the average covers, the newest included. */
export const FIGURE_DAYS = 7;

/** One row of the table: what it is, its value on the newest day, its average. */
export interface Figure {
  readonly label: string;
  /** Undefined when the newest day has no such value. */
  readonly newest: string | undefined;
  readonly average: string;
}

export interface LastDays {
  /** The newest day the folder holds. */
  readonly newest: Day;
  readonly figures: readonly Figure[];
}

/** How a column's values read: its label, and its values with their unit. */
interface Reading {
  readonly label: string;
  readonly format: (value: number, places: number) => string;
}

// The registry spells units out; a table on a phone wants them short. Steps and floors say
// their unit in the label.
const SHORT_UNITS: Readonly<Record<string, string>> = {
  'beats per minute': 'bpm',
  kilometres: 'km',
  kilocalories: 'kcal',
  milliseconds: 'ms',
  percent: '%',
  kilograms: 'kg',
};

// daily.csv names end in their unit (`resting_heart_rate_bpm`); the label is the rest.
const UNIT_SUFFIX = /_(?:bpm|minutes|km|kcal|ms|percent|kg)$/;

// Where the name's own words do not read well on their own.
const LABELS: Readonly<Record<string, string>> = {
  nap: 'naps',
  hrv: 'HRV',
  spo2: 'SpO₂',
  heart_rate_min: 'lowest heart rate',
  heart_rate_avg: 'average heart rate',
  heart_rate_max: 'highest heart rate',
};

const NUMBER = (places: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: places, maximumFractionDigits: places });

/** The label and the formatting of a daily.csv column. */
export function readingOf(column: Pick<DailyColumn, 'name' | 'unit'>): Reading {
  const stem = column.name.replace(UNIT_SUFFIX, '');
  const label = LABELS[stem] ?? stem.replaceAll('_', ' ');
  if (column.unit === 'minutes') return { label, format: (value) => hoursAndMinutes(value) };
  const unit = SHORT_UNITS[column.unit];
  const suffix = unit === undefined ? '' : unit === '%' ? ' %' : ` ${unit}`;
  return { label, format: (value, places) => `${NUMBER(places).format(value)}${suffix}` };
}

/**
 * The figures of the last FIGURE_DAYS days up to the newest day held, for the
 * columns of `types` that have a value in them; undefined when no day is held.
 */
export function lastDaysFigures(
  rows: readonly DailyRow[],
  types: readonly DataType[],
): LastDays | undefined {
  const newest = rows[rows.length - 1]?.date;
  if (newest === undefined) return undefined;
  const first = addDays(newest, -(FIGURE_DAYS - 1));
  const window = rows.filter((row) => row.date >= first);
  const figures: Figure[] = [];
  for (const column of types.flatMap((type) => type.columns)) {
    const values = window
      .map((row) => row.values[column.name])
      .filter((value): value is string => value !== undefined);
    if (values.length === 0) continue;
    const places = Math.max(...values.map(decimalPlaces));
    const { label, format } = readingOf(column);
    const newestValue = window[window.length - 1]?.values[column.name];
    const sum = values.reduce((total, value) => total + Number(value), 0);
    figures.push({
      label,
      newest: newestValue === undefined ? undefined : format(Number(newestValue), places),
      average: format(sum / values.length, places),
    });
  }
  return { newest, figures };
}

function decimalPlaces(value: string): number {
  return value.split('.')[1]?.length ?? 0;
}

/** 384 → "6 h 24 min"; under an hour, minutes alone. */
function hoursAndMinutes(minutes: number): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return hours === 0 ? `${rest} min` : `${hours} h ${String(rest).padStart(2, '0')} min`;
}
