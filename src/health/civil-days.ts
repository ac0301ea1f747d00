/**
 * Civil days, `YYYY-MM-DD`: the day of an instant on a clock with a given UTC
 * offset (a point's own, as the API returns it), and in an IANA time zone,
 * with Intl only (for "yesterday", and a point that carries no offset); day
 * arithmetic; the API's `Date` message.
 */

/** A civil date, `YYYY-MM-DD`. */
export type Day = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** No zone is further than this from UTC (the range is -12 h to +14 h), with room to spare. */
const WIDEST_OFFSET_MS = 26 * 3_600_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** True when Intl knows the zone (an IANA name such as Europe/Berlin, or UTC). */
export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The day, when `text` is a real calendar date written `YYYY-MM-DD`; undefined otherwise. */
export function parseDay(text: string): Day | undefined {
  const match = DAY.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() + 1 === month &&
    date.getUTCDate() === day &&
    (year ?? 0) >= 1
    ? text
    : undefined;
}

/** `day` plus `count` days (negative: earlier). */
export function addDays(day: Day, count: number): Day {
  return new Date(utcMidnight(day) + count * MS_PER_DAY).toISOString().slice(0, 10);
}

/** How many days from `from` to `to`: 0 for the same day, negative when `to` is earlier. */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY);
}

/** Every day from `from` through `through`, oldest first; empty when `through` is earlier. */
export function daysFrom(from: Day, through: Day): Day[] {
  const count = daysBetween(from, through) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(from, index));
}

/** The earlier of two days. */
export function earlier(a: Day, b: Day): Day {
  return a <= b ? a : b;
}

/** The later of two days. */
export function later(a: Day, b: Day): Day {
  return a >= b ? a : b;
}

/** The day `instant` falls on in `timeZone`. */
export function dayOf(instant: Date | number, timeZone: string): Day {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? '';
  return `${value('year').padStart(4, '0')}-${value('month')}-${value('day')}`;
}

/** The day `instant` falls on for a clock `offsetMs` ahead of UTC (negative: behind). */
export function dayAtOffset(instant: number, offsetMs: number): Day {
  const index = Math.floor((instant + offsetMs) / MS_PER_DAY);
  let day = DAYS_BY_INDEX.get(index);
  if (day === undefined) {
    day = new Date(index * MS_PER_DAY).toISOString().slice(0, 10);
    if (DAYS_BY_INDEX.size > 10_000) DAYS_BY_INDEX.clear();
    DAYS_BY_INDEX.set(index, day);
  }
  return day;
}
/** Days by their number since 1970: tens of thousands of samples a day ask for the same one. */
const DAYS_BY_INDEX = new Map<number, Day>();

/**
 * A UTC offset as the API writes it (a google-duration such as "3600s",
 * "-25200s" or "19800.000s"), in ms; undefined when it is not one, or further
 * from UTC than any zone is.
 */
export function parseUtcOffset(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const known = OFFSETS.get(text);
  if (known !== undefined) return known;
  const match = /^(-?\d{1,6}(?:\.\d{1,9})?)s$/.exec(text);
  if (!match) return undefined;
  const ms = Math.round(Number(match[1]) * 1000);
  if (Math.abs(ms) > WIDEST_OFFSET_MS) return undefined;
  if (OFFSETS.size < 1_000) OFFSETS.set(text, ms);
  return ms;
}
/** Offsets read so far: a person has a handful, written on every one of their samples. */
const OFFSETS = new Map<string, number>();

/** The day before the one `now` falls on: the last complete day in `timeZone`. */
export function yesterdayIn(timeZone: string, now: Date): Day {
  return addDays(dayOf(now, timeZone), -1);
}

/** The API's `Date` message for a day. */
export function dateMessage(day: Day): { year: number; month: number; day: number } {
  const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
  return { year, month, day: date };
}

/** A day out of the API's `Date` message; undefined when it is not a full date. */
export function dayOfMessage(message: unknown): Day | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { year, month, day } = message as Record<string, unknown>;
  if (typeof year !== 'number' || typeof month !== 'number' || typeof day !== 'number') {
    return undefined;
  }
  return parseDay(
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
}

function utcMidnight(day: Day): number {
  const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date);
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      // The proleptic Gregorian calendar, whatever the locale data says.
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
