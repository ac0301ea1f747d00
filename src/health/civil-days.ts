/**
 * Civil days in an IANA time zone, with Intl only: which day an instant falls
 * on, and the instants a day begins and ends at. A day is `YYYY-MM-DD`; it
 * lasts 23 or 25 hours where the zone changes to or from daylight saving time,
 * and it begins at the first instant whose local date is that day (not always
 * 00:00: some zones skip midnight).
 */

/** A civil date, `YYYY-MM-DD`. */
export type Day = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** No zone is further than this from UTC (the range is -12 h to +14 h). */
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

/** The day before the one `now` falls on: the last complete day in `timeZone`. */
export function yesterdayIn(timeZone: string, now: Date): Day {
  return addDays(dayOf(now, timeZone), -1);
}

/** The first instant (epoch ms) of `day` in `timeZone`. */
export function startOf(day: Day, timeZone: string): number {
  // The local date only moves forward as time passes, so the day's first instant is the
  // first one whose date is not before it: a binary search over a window that holds it.
  let low = utcMidnight(day) - WIDEST_OFFSET_MS; // before the day, in every zone
  let high = utcMidnight(day) + WIDEST_OFFSET_MS; // inside or after it, in every zone
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (dayOf(middle, timeZone) < day) low = middle;
    else high = middle;
  }
  return high;
}

/** The instants `day` spans in `timeZone`: [start, end), 23, 24 or 25 hours long. */
export function boundsOf(day: Day, timeZone: string): { start: number; end: number } {
  return { start: startOf(day, timeZone), end: startOf(addDays(day, 1), timeZone) };
}

/** An instant as the API's timestamps write it: RFC 3339 in UTC, whole seconds. */
export function timestamp(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
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
