/**
 * The day files: `<folder>/<type>/<YYYY>/<YYYY-MM-DD>.json`, what the API holds
 * for that type on that day, in canonical JSON: keys sorted, the API's own
 * field names, points oldest first, no field that changes from one fetch to
 * the next (createTime, updateTime). A file is written only when its text
 * changed, so a run over unchanged data leaves every byte as it was and a git
 * diff shows what the API corrected. Intraday samples are stored compactly:
 * one row per sample (`{"columns": [the API's field paths], "rows": […]}`).
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type Day, parseDay } from './civil-days.js';
import { DATA_TYPES, type DataType, orderKey, type Point, valueAt } from './data-types.js';

/** How many day files are written at once. */
const PARALLEL_WRITES = 16;
/** Output-only fields that record when Google stored or touched a point, not what it says. */
const VOLATILE_FIELDS = new Set(['createTime', 'updateTime']);

export function dayFilePath(folder: string, type: DataType, day: Day): string {
  return join(folder, type.name, day.slice(0, 4), `${day}.json`);
}

/** The field the API puts the points under, kept as the file's own. */
export function pointsField(type: DataType): 'dataPoints' | 'rollupDataPoints' {
  return type.method === 'dailyRollUp' ? 'rollupDataPoints' : 'dataPoints';
}

/** The file's text for a day's points (in any order, volatile fields and all). */
export function dayFileText(type: DataType, points: readonly Point[]): string {
  if (type.method === 'list' && type.compactColumns) {
    const columns = type.compactColumns;
    return rowsFileText(
      columns,
      points.map((point) => rowOf(columns, point)),
    );
  }
  const ordered = points
    .map((point) => canonical(point) as Point)
    .map((point) => ({ point, key: orderKey(type, point), text: JSON.stringify(point) }))
    .sort((a, b) => compare(a.key, b.key) || compare(a.text, b.text));
  const field = pointsField(type);
  return `${JSON.stringify({ [field]: ordered.map(({ point }) => point) }, null, 2)}\n`;
}

/**
 * A point of a type kept compactly, as its row: the values at `columns`, the
 * first being its instant. A day of intraday samples is held as rows, a few
 * short strings each, not as the API's nested points.
 */
export function rowOf(columns: readonly string[], point: Point): unknown[] {
  return columns.map((path) => valueAt(point, path) ?? null);
}

/** What stands between two rows of a compact file (a row's JSON holds no line break). */
export const ROW_SEPARATOR = ',\n    ';

/** The compact file's text for a day's rows (in any order), oldest first: `{"columns","rows"}`. */
export function rowsFileText(columns: readonly string[], rows: readonly unknown[][]): string {
  const lines = rows
    .map((row) => ({ key: instantKey(row[0]), text: JSON.stringify(row) }))
    .sort((a, b) => compare(a.key, b.key) || compare(a.text, b.text))
    .map((row) => row.text);
  const [head, tail] = rowsFrame(columns, lines.length === 0);
  return `${head}${lines.join(ROW_SEPARATOR)}${tail}`;
}

/** What stands before and after a compact file's rows. */
export function rowsFrame(columns: readonly string[], empty: boolean): [string, string] {
  const head = `{\n  "columns": ${JSON.stringify(columns)},\n  "rows": `;
  return empty ? [`${head}[]`, '\n}\n'] : [`${head}[\n    `, '\n  ]\n}\n'];
}

/**
 * Writes `text` unless the file holds it already; true when it wrote. The text
 * goes to a file beside it first, then takes its name, so a run cut short
 * never leaves half a file.
 */
export async function writeIfChanged(path: string, text: string | Buffer): Promise<boolean> {
  // Bytes are compared as bytes: a day of intraday samples never becomes a string.
  const current = await readFile(path).catch(() => undefined);
  if (current?.equals(typeof text === 'string' ? Buffer.from(text, 'utf8') : text)) return false;
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
  return true;
}

/** Day files a few at a time (small files cost more waiting on the disk than computing); the files changed. */
export async function writeDayFiles(
  folder: string,
  type: DataType,
  texts: readonly (readonly [Day, string | Buffer])[],
): Promise<number> {
  let written = 0;
  for (let index = 0; index < texts.length; index += PARALLEL_WRITES) {
    const batch = texts.slice(index, index + PARALLEL_WRITES);
    const changed = await Promise.all(
      batch.map(([day, text]) => writeIfChanged(dayFilePath(folder, type, day), text)),
    );
    written += changed.filter(Boolean).length;
  }
  return written;
}

/** The points of a day file; undefined when the day was not fetched yet. */
export async function readDayPoints(
  folder: string,
  type: DataType,
  day: Day,
): Promise<Point[] | undefined> {
  const text = await readFile(dayFilePath(folder, type, day), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const json = JSON.parse(text) as Record<string, unknown>;
  const points = json[pointsField(type)];
  return Array.isArray(points) ? (points as Point[]) : [];
}

/** What the folder holds of one type: the days it has a file for, oldest first. */
export interface TypeHoldings {
  readonly name: string;
  readonly days: readonly Day[];
}

/** Every type's holdings: the folder's type folders walked once, for daily.csv, the README and the summary. */
export async function holdingsOf(folder: string): Promise<TypeHoldings[]> {
  return Promise.all(
    DATA_TYPES.map(async (type) => ({ name: type.name, days: await daysHeld(folder, type) })),
  );
}

/** The days a type has a file for, oldest first. */
async function daysHeld(folder: string, type: DataType): Promise<Day[]> {
  const typeFolder = join(folder, type.name);
  const years = await readdir(typeFolder).catch(() => [] as string[]);
  const days: Day[] = [];
  for (const year of years.filter((name) => /^\d{4}$/.test(name))) {
    for (const name of await readdir(join(typeFolder, year)).catch(() => [] as string[])) {
      const day = name.endsWith('.json') ? parseDay(name.slice(0, -5)) : undefined;
      if (day?.startsWith(year)) days.push(day);
    }
  }
  return days.sort();
}

/** Keys sorted at every level, volatile fields left out. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => !VOLATILE_FIELDS.has(key))
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

/** An RFC 3339 instant as text that orders as the instant does (fractions of a second too). */
function instantKey(value: unknown): string {
  // The API's usual form, whole seconds in UTC, needs no parsing to be put in that form.
  if (typeof value === 'string' && WHOLE_SECONDS_UTC.test(value))
    return `${value.slice(0, 19)}.000Z`;
  const instant = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(instant) ? String(value) : new Date(instant).toISOString();
}
const WHOLE_SECONDS_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** True when instant `a` is strictly before `b` (RFC 3339 texts, as instantKey orders them). */
export function instantBefore(a: unknown, b: unknown): boolean {
  const plain = (value: unknown) => typeof value === 'string' && WHOLE_SECONDS_UTC.test(value);
  return plain(a) && plain(b) ? (a as string) < (b as string) : instantKey(a) < instantKey(b);
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
