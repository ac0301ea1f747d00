/**
 * One listing of a `list` type over a range of the person's days: asked with
 * the type's civil filter (so the API selects by the days the person lived),
 * its pages taken one at a time, each point placed in its own day
 * (point-day.ts), and the range's day files written once its last page has
 * arrived. Intraday samples are held as compact rows, and a range of several
 * days may hold at most `rangePages` pages' worth of points: one that turns out to hold more is
 * given up after that page, nothing written, to be asked again day by day. So
 * a run holds at most one day of samples, or one page, at a time.
 */
import { addDays, type Day, daysFrom } from './civil-days.js';
import { type DataClient, listPages } from './data-client.js';
import type { ListType, Point } from './data-types.js';
import { DayRows } from './day-rows.js';
import { dayFileText, rowOf, writeDayFiles } from './files.js';
import { dayOfPoint } from './point-day.js';

export interface ListingRange {
  readonly from: Day;
  /** The range's last day, inclusive. */
  readonly through: Day;
}

export interface ListingOutcome {
  /** The range held more than `rangePages` pages' worth of points: nothing was written. */
  readonly overflowed: boolean;
  /** Points the API answered. */
  readonly points: number;
  /** Points whose own day fell outside the range (left out). */
  readonly unplaced: number;
  /** The most points one day of the range held: what the next range is planned by. */
  readonly densestDay: number;
  /** Day files created or changed. */
  readonly filesWritten: number;
}

/** The listing's filter: the range's first day (`>=`) and the day after its last (`<`). */
function filterFor(type: ListType, from: Day, through: Day): string {
  const { field } = type.filter;
  return `${field} >= "${from}" AND ${field} < "${addDays(through, 1)}"`;
}

/** Lists the range, page by page, and writes a file for each of its days (an empty list where none). */
export async function fetchListing(
  client: DataClient,
  type: ListType,
  { from, through }: ListingRange,
  folder: string,
  timeZone: string,
): Promise<ListingOutcome> {
  const days = daysFrom(from, through);
  const columns = type.compactColumns;
  // A day's points as the file keeps them: the points, or their compact rows off the heap.
  const byDay = new Map<Day, Point[] | DayRows>(
    days.map((day) => [day, columns ? new DayRows() : []]),
  );
  // Pages may come short, even empty, and still carry a token: what counts is the points held.
  const mostPoints =
    type.rangePages === undefined || days.length === 1
      ? Number.POSITIVE_INFINITY
      : type.rangePages * type.pageCap;
  let points = 0;
  let unplaced = 0;
  for await (const page of listPages(client, type, filterFor(type, from, through))) {
    for (const point of page.points) {
      points += 1;
      const day = dayOfPoint(type, point, timeZone);
      const kept = day === undefined ? undefined : byDay.get(day);
      if (kept === undefined) unplaced += 1;
      else if (kept instanceof DayRows) kept.add(rowOf(columns ?? [], point));
      else kept.push(point);
    }
    if (points > mostPoints) {
      return { overflowed: true, points, unplaced, densestDay: 0, filesWritten: 0 };
    }
  }
  const sizes = [...byDay.values()].map((kept) =>
    kept instanceof DayRows ? kept.count : kept.length,
  );
  const densestDay = Math.max(0, ...sizes);
  const texts = days.map((day): [Day, string | Buffer] => {
    const kept = byDay.get(day) ?? [];
    byDay.delete(day); // each day's points are let go once its text is made
    return [day, kept instanceof DayRows ? kept.fileBytes(columns ?? []) : dayFileText(type, kept)];
  });
  const filesWritten = await writeDayFiles(folder, type, texts);
  return { overflowed: false, points, unplaced, densestDay, filesWritten };
}
