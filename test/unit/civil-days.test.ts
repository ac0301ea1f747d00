/**
 * Civil days in IANA zones: 23- and 25-hour days, a zone that skips midnight,
 * half-hour offsets, and the laws every day obeys (a property test over
 * zones and dates).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  boundsOf,
  dayOf,
  dayOfMessage,
  daysBetween,
  daysFrom,
  isTimeZone,
  parseDay,
  startOf,
  timestamp,
  yesterdayIn,
} from '../../src/health/civil-days.js';

const HOUR = 3_600_000;
const hoursOf = (day: string, zone: string) => {
  const { start, end } = boundsOf(day, zone);
  return (end - start) / HOUR;
};

describe('days as text', () => {
  it('reads only real calendar dates written YYYY-MM-DD', () => {
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
    for (const bad of [
      '2023-02-29',
      '2024-13-01',
      '2024-1-01',
      '24-01-01',
      '2024-01-01T00:00',
      '',
    ]) {
      expect(parseDay(bad), bad).toBeUndefined();
    }
  });

  it('counts days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysFrom('2026-10-30', '2026-11-02')).toEqual([
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
    ]);
    expect(daysFrom('2026-11-02', '2026-11-01')).toEqual([]);
  });

  it("reads the API's Date message, and nothing that is not a full date", () => {
    expect(dayOfMessage({ year: 2026, month: 3, day: 9 })).toBe('2026-03-09');
    expect(dayOfMessage({ year: 2026, month: 2, day: 30 })).toBeUndefined();
    expect(dayOfMessage({ year: 2026, month: 3 })).toBeUndefined();
    expect(dayOfMessage('2026-03-09')).toBeUndefined();
  });
});

describe('days in a time zone', () => {
  it('knows IANA names and refuses others', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('CEST+1')).toBe(false);
  });

  it('has 23 hours on the spring day and 25 on the autumn day of daylight saving time', () => {
    expect(hoursOf('2026-03-29', 'Europe/Berlin')).toBe(23);
    expect(hoursOf('2026-10-25', 'Europe/Berlin')).toBe(25);
    expect(hoursOf('2026-10-26', 'Europe/Berlin')).toBe(24);
    expect(hoursOf('2026-03-08', 'America/New_York')).toBe(23);
    expect(hoursOf('2026-11-01', 'America/New_York')).toBe(25);
    expect(timestamp(startOf('2026-10-25', 'Europe/Berlin'))).toBe('2026-10-24T22:00:00Z');
    expect(timestamp(startOf('2026-10-26', 'Europe/Berlin'))).toBe('2026-10-25T23:00:00Z');
  });

  it('starts a day that skips midnight at its first instant', () => {
    // Chile moves its clocks from 24:00 to 01:00 on the first Sunday of September.
    const start = startOf('2026-09-06', 'America/Santiago');
    expect(dayOf(start, 'America/Santiago')).toBe('2026-09-06');
    expect(dayOf(start - 1, 'America/Santiago')).toBe('2026-09-05');
    expect(hoursOf('2026-09-06', 'America/Santiago')).toBe(23);
  });

  it('follows half-hour offsets and the zones furthest from UTC', () => {
    expect(timestamp(startOf('2026-06-01', 'Asia/Kolkata'))).toBe('2026-05-31T18:30:00Z');
    expect(timestamp(startOf('2026-06-01', 'Pacific/Kiritimati'))).toBe('2026-05-31T10:00:00Z');
    expect(timestamp(startOf('2026-06-01', 'Pacific/Pago_Pago'))).toBe('2026-06-01T11:00:00Z');
  });

  it("takes yesterday from the zone's own date, not UTC's", () => {
    const now = new Date('2026-12-02T03:30:00Z');
    expect(yesterdayIn('UTC', now)).toBe('2026-12-01');
    expect(yesterdayIn('America/Los_Angeles', now)).toBe('2026-11-30');
    expect(yesterdayIn('Pacific/Kiritimati', now)).toBe('2026-12-01');
  });

  it('gives every day bounds that meet the next day and belong to it (property)', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'America/Santiago',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 3 * 366 }),
        (zone, offset) => {
          const day = addDays('2025-01-01', offset);
          const { start, end } = boundsOf(day, zone);
          expect(boundsOf(addDays(day, 1), zone).start).toBe(end);
          expect(dayOf(start, zone)).toBe(day);
          expect(dayOf(end - 1, zone)).toBe(day);
          expect(dayOf(start - 1, zone)).toBe(addDays(day, -1));
          expect((end - start) / HOUR).toBeGreaterThanOrEqual(23);
          expect((end - start) / HOUR).toBeLessThanOrEqual(25);
        },
      ),
      { numRuns: 300 },
    );
  });
});
