/**
 * A day of intraday rows held off the heap gives the same file text as
 * sorting all the rows at once, whatever order they came in: the API's newest
 * first, out of order, or with two samples at one instant.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DayRows } from '../../src/health/day-rows.js';
import { rowsFileText } from '../../src/health/files.js';

const COLUMNS = [
  'heartRate.sampleTime.physicalTime',
  'heartRate.sampleTime.utcOffset',
  'heartRate.beatsPerMinute',
];
const DAY = Date.parse('2026-11-01T00:00:00Z');

/** A sample `seconds` into the day, written as the API writes it, now and then with a fraction. */
const sample = fc
  .tuple(fc.integer({ min: 0, max: 86_399 }), fc.boolean(), fc.integer({ min: 40, max: 190 }))
  .map(([seconds, fraction, bpm]) => {
    const time = new Date(DAY + seconds * 1000 + (fraction ? 500 : 0)).toISOString();
    return [fraction ? time : time.replace('.000Z', 'Z'), '3600s', String(bpm)];
  });

function fileOf(rows: readonly string[][]): string {
  const day = new DayRows();
  for (const row of rows) day.add(row);
  expect(day.count).toBe(rows.length);
  return day.fileBytes(COLUMNS).toString('utf8');
}

describe('DayRows', () => {
  it("writes the rows of the API's newest-first order oldest first, as rowsFileText does", () => {
    const rows = Array.from({ length: 1_234 }, (_, index) => [
      new Date(DAY + (1_234 - index) * 2_000).toISOString().replace('.000Z', 'Z'),
      '3600s',
      String(60 + (index % 50)),
    ]);
    const text = fileOf(rows);
    expect(text).toBe(rowsFileText(COLUMNS, rows));
    expect(JSON.parse(text).rows[0][0]).toBe('2026-11-01T00:00:02Z');
  });

  it('gives the same text as sorting them all, in any order, ties and fractions too (property)', () => {
    fc.assert(
      fc.property(fc.array(sample, { maxLength: 1_500 }), fc.boolean(), (rows, newestFirst) => {
        const arrival = newestFirst
          ? [...rows].sort((a, b) => Date.parse(b[0] ?? '') - Date.parse(a[0] ?? ''))
          : rows;
        expect(fileOf(arrival)).toBe(rowsFileText(COLUMNS, rows));
      }),
      { numRuns: 150 },
    );
  });

  it('writes an empty list for a day without a sample', () => {
    expect(JSON.parse(fileOf([]))).toEqual({ columns: COLUMNS, rows: [] });
  });
});
