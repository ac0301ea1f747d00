/** Date arithmetic that cannot throw, whatever number a provider sends. */

/** `seconds` after `start`; undefined when unknown or past what a Date can hold, never an Invalid Date. */
export function secondsAfter(start: Date, seconds: number | undefined): Date | undefined {
  if (seconds === undefined) return undefined;
  const date = new Date(start.getTime() + seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** ISO 8601 in UTC without milliseconds; empty for no date or an invalid one. */
export function iso(date: Date | undefined): string {
  if (date === undefined || Number.isNaN(date.getTime())) return '';
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Months as a person reads them in a date, "Jan" to "Dec". */
export const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * A time as a person reads it on a phone: "Thu 3 Dec, 23:42 UTC", with the year
 * when it is not the year of `now`; empty for no date or an invalid one. Spelt
 * out here rather than by a locale, whose month names differ between versions.
 */
export function humanTime(date: Date | undefined, now: Date): string {
  if (date === undefined || Number.isNaN(date.getTime())) return '';
  const year = date.getUTCFullYear() === now.getUTCFullYear() ? '' : ` ${date.getUTCFullYear()}`;
  const hours = String(date.getUTCHours()).padStart(2, '0');
  const minutes = String(date.getUTCMinutes()).padStart(2, '0');
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}${year}, ${hours}:${minutes} UTC`;
}
