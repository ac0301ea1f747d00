/**
 * The day files: `<folder>/<type>/<YYYY>/<YYYY-MM-DD>.json`, what the API holds
 * for that type on that day, in canonical JSON: keys sorted, the API's own
 * field names, points oldest first, no field that changes from one fetch to
 * the next (createTime, updateTime). A file is written only when its text
 * changed, so a run over unchanged data leaves every byte as it was and a git
 * diff shows what the API corrected. Intraday samples are stored compactly:
 * one row per sample.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type Day, parseDay } from './civil-days.js';
import { type DataType, orderKey, type Point, valueAt } from './data-types.js';

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
  const ordered = points
    .map((point) => canonical(point) as Point)
    .map((point) => ({ point, key: orderKey(type, point), text: JSON.stringify(point) }))
    .sort((a, b) => compare(a.key, b.key) || compare(a.text, b.text));
  if (type.method === 'list' && type.compactColumns) {
    const columns = type.compactColumns;
    const rows = ordered.map(({ point }) =>
      JSON.stringify(columns.map((path) => valueAt(point, path) ?? null)),
    );
    const body = rows.length === 0 ? '[]' : `[\n    ${rows.join(',\n    ')}\n  ]`;
    return `{\n  "columns": ${JSON.stringify(columns)},\n  "rows": ${body}\n}\n`;
  }
  const field = pointsField(type);
  return `${JSON.stringify({ [field]: ordered.map(({ point }) => point) }, null, 2)}\n`;
}

/**
 * Writes `text` unless the file holds it already; true when it wrote. The text
 * goes to a file beside it first, then takes its name, so a run cut short
 * never leaves half a file.
 */
export async function writeIfChanged(path: string, text: string): Promise<boolean> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === text) return false;
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
  return true;
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

/** The days a type has a file for, oldest first. */
export async function daysHeld(folder: string, type: DataType): Promise<Day[]> {
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

/** Code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
