/**
 * Which day a point belongs to: the day the person lived it. A listed point's
 * own instant on its own UTC offset, as the API returns them (for a session
 * such as sleep, its end): the civil day the device recorded, the day the
 * API's daily roll-ups use, wherever the person was. Only a point without an
 * offset falls back to the pull's time zone. A roll-up's day, and a daily
 * summary's, is the API's own date.
 */
import { type Day, dayAtOffset, dayOf, dayOfMessage, parseUtcOffset } from './civil-days.js';
import { type DataType, type Point, valueAt } from './data-types.js';

/** The point's day; undefined when it carries neither a date nor an instant. */
export function dayOfPoint(type: DataType, point: Point, timeZone: string): Day | undefined {
  if (type.method === 'dailyRollUp') return dayOfMessage(valueAt(point, 'civilStartTime.date'));
  if ('date' in type.dayFrom) return dayOfMessage(valueAt(point, type.dayFrom.date));
  const instant = Date.parse(String(valueAt(point, type.dayFrom.instant)));
  if (Number.isNaN(instant)) return undefined;
  const offset = parseUtcOffset(valueAt(point, type.dayFrom.offset));
  return offset === undefined ? dayOf(instant, timeZone) : dayAtOffset(instant, offset);
}
