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
