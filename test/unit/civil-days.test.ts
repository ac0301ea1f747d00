/**
 * Civil days: on a point's own UTC offset, and in IANA zones around daylight
 * saving time, a zone that skips midnight and half-hour offsets; the two agree
 * wherever the offset is the zone's (a property test over zones and instants).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayAtOffset,
  dayOf,
  dayOfMessage,
  daysBetween,
  daysFrom,
  isTimeZone,
  parseDay,
  parseUtcOffset,
  yesterdayIn,
} from '../../src/health/civil-days.js';

const HOUR = 3_600_000;
const at = (text: string) => Date.parse(text);

/** The zone's offset at an instant, as Intl names it ("GMT-07:00"), in ms. */
function zoneOffset(instant: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * HOUR + Number(match[3]) * 60_000);
}

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

describe("days on a point's own offset", () => {
  it("reads the API's offsets (google-duration seconds), and nothing else", () => {
    expect(parseUtcOffset('3600s')).toBe(HOUR);
    expect(parseUtcOffset('-25200s')).toBe(-7 * HOUR);
    expect(parseUtcOffset('19800.000s')).toBe(5.5 * HOUR);
    expect(parseUtcOffset('0s')).toBe(0);
    for (const bad of ['3600', '+01:00', '-25200 s', '', '999999s', 3600, undefined]) {
      expect(parseUtcOffset(bad), String(bad)).toBeUndefined();
    }
  });

  it('gives the day on the clock of the offset: an evening in Los Angeles is that evening, not tomorrow in UTC', () => {
    const evening = at('2026-11-06T04:30:00Z'); // 20:30 on the 5th in Los Angeles
    expect(dayAtOffset(evening, -8 * HOUR)).toBe('2026-11-05');
    expect(dayAtOffset(evening, 0)).toBe('2026-11-06');
    const morning = at('2026-11-05T21:30:00Z'); // 06:30 on the 6th in Tokyo
    expect(dayAtOffset(morning, 9 * HOUR)).toBe('2026-11-06');
  });
});

describe('days in a time zone', () => {
  it('knows IANA names and refuses others', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('CEST+1')).toBe(false);
  });

  it('follows daylight saving time: the autumn day of Berlin lasts from 22:00 to 23:00 UTC', () => {
    expect(dayOf(at('2026-10-24T21:59:59Z'), 'Europe/Berlin')).toBe('2026-10-24');
    expect(dayOf(at('2026-10-24T22:00:00Z'), 'Europe/Berlin')).toBe('2026-10-25');
    expect(dayOf(at('2026-10-25T22:59:59Z'), 'Europe/Berlin')).toBe('2026-10-25');
    expect(dayOf(at('2026-10-25T23:00:00Z'), 'Europe/Berlin')).toBe('2026-10-26');
  });

  it('starts a day that skips midnight at its first instant, and follows half-hour offsets', () => {
    // Chile moves its clocks from 24:00 to 01:00 on the first Sunday of September.
    expect(dayOf(at('2026-09-06T03:59:59Z'), 'America/Santiago')).toBe('2026-09-05');
    expect(dayOf(at('2026-09-06T04:00:00Z'), 'America/Santiago')).toBe('2026-09-06');
    expect(dayOf(at('2026-05-31T18:30:00Z'), 'Asia/Kolkata')).toBe('2026-06-01');
    expect(dayOf(at('2026-05-31T18:29:59Z'), 'Asia/Kolkata')).toBe('2026-05-31');
  });

  it("takes yesterday from the zone's own date, not UTC's", () => {
    const now = new Date('2026-12-02T03:30:00Z');
    expect(yesterdayIn('UTC', now)).toBe('2026-12-01');
    expect(yesterdayIn('America/Los_Angeles', now)).toBe('2026-11-30');
    expect(yesterdayIn('Pacific/Kiritimati', now)).toBe('2026-12-01');
  });

  it("agrees with the day on the zone's own offset at every instant (property)", () => {
    const zones = [
      'Europe/Berlin',
      'America/Los_Angeles',
      'America/Santiago',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'Pacific/Kiritimati',
      'UTC',
    ];
    const from = at('2025-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 3 * 366 * 24 * 60 }),
        (zone, minutes) => {
          const instant = from + minutes * 60_000;
          expect(dayOf(instant, zone)).toBe(dayAtOffset(instant, zoneOffset(instant, zone)));
        },
      ),
      { numRuns: 500 },
    );
  });
});
