/**
 * Which day a point belongs to: its own instant on its own UTC offset (a
 * session by its end), the API's date for summaries and roll-ups, and the
 * pull's time zone only for a point that carries no offset.
 */
import { describe, expect, it } from 'vitest';
import { type DataType, dataTypeNamed } from '../../src/health/data-types.js';
import { dayOfPoint } from '../../src/health/point-day.js';

const type = (name: string) => dataTypeNamed(name) as DataType;
const sample = (physicalTime: string, utcOffset?: string) => ({
  heartRate: {
    sampleTime: { physicalTime, ...(utcOffset ? { utcOffset } : {}) },
    beatsPerMinute: '71',
  },
});

describe('the day of a point', () => {
  it("is the day on the point's own clock, whatever time-zone says", () => {
    // 20:30 on the 5th in Los Angeles is 04:30 on the 6th in UTC.
    const evening = sample('2026-11-06T04:30:00Z', '-28800s');
    expect(dayOfPoint(type('heart-rate-samples'), evening, 'UTC')).toBe('2026-11-05');
    expect(dayOfPoint(type('heart-rate-samples'), evening, 'Asia/Tokyo')).toBe('2026-11-05');
    const weighing = {
      weight: { sampleTime: { physicalTime: '2026-11-05T22:40:00Z', utcOffset: '32400s' } },
    };
    expect(dayOfPoint(type('weight'), weighing, 'UTC')).toBe('2026-11-06'); // 07:40 in Tokyo
  });

  it('places a sleep by its end on the offset it ended with (a night flight west)', () => {
    const night = {
      sleep: {
        interval: {
          startTime: '2026-06-09T21:00:00Z',
          startUtcOffset: '7200s', // fell asleep in Berlin on the 9th, 23:00
          endTime: '2026-06-10T06:00:00Z',
          endUtcOffset: '-25200s', // woke up on Los Angeles' clock: 23:00 on the 9th
        },
      },
    };
    expect(dayOfPoint(type('sleep'), night, 'Europe/Berlin')).toBe('2026-06-09');
  });

  it('falls back to time-zone only for a point without an offset', () => {
    const bare = sample('2026-11-06T04:30:00Z');
    expect(dayOfPoint(type('heart-rate-samples'), bare, 'UTC')).toBe('2026-11-06');
    expect(dayOfPoint(type('heart-rate-samples'), bare, 'America/Los_Angeles')).toBe('2026-11-05');
    expect(
      dayOfPoint(type('heart-rate-samples'), sample('yesterday', '0s'), 'UTC'),
    ).toBeUndefined();
  });

  it("takes a summary's and a roll-up's own date", () => {
    const summary = { dailyRestingHeartRate: { date: { year: 2026, month: 11, day: 5 } } };
    expect(dayOfPoint(type('daily-resting-heart-rate'), summary, 'Asia/Tokyo')).toBe('2026-11-05');
    const rollUp = { civilStartTime: { date: { year: 2026, month: 11, day: 5 } }, steps: {} };
    expect(dayOfPoint(type('steps'), rollUp, 'Pacific/Kiritimati')).toBe('2026-11-05');
  });
});
