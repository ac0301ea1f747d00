/**
 * The registry of data types: one entry per type with everything the pull
 * needs, each saying what it rests on, and the daily figures it derives from
 * a day's points the way daily.csv shows them.
 */
import { describe, expect, it } from 'vitest';
import {
  DAILY_COLUMNS,
  DATA_TYPES,
  type DataType,
  DEFAULT_TYPES,
  dailyColumnsOf,
  dataTypeNamed,
  decimal,
  type Point,
  scopeOf,
} from '../../src/health/data-types.js';

const column = (type: string, name: string) =>
  (dataTypeNamed(type) as DataType).columns.find((candidate) => candidate.name === name);

describe('the registry', () => {
  it('has one entry per name, the contract defaults by default, intraday only when named', () => {
    const names = DATA_TYPES.map((type) => type.name);
    expect(new Set(names).size).toBe(names.length);
    expect(DEFAULT_TYPES.map((type) => type.name)).toEqual([
      'steps',
      'sleep',
      'daily-resting-heart-rate',
      'heart-rate',
    ]);
    expect(dataTypeNamed('heart-rate-samples')?.byDefault).toBe(false);
    expect(dataTypeNamed('heart-rate')?.method).toBe('dailyRollUp');
  });

  it("names daily.csv's columns as the contract lists them, in its order, each with a unit and a meaning", () => {
    expect(DAILY_COLUMNS.map((column) => column.name)).toEqual([
      'steps',
      'sleep_minutes',
      'nap_minutes',
      'resting_heart_rate_bpm',
      'heart_rate_min_bpm',
      'heart_rate_avg_bpm',
      'heart_rate_max_bpm',
      'distance_km',
      'floors',
      'calories_kcal',
      'hrv_ms',
      'spo2_percent',
      'weight_kg',
    ]);
    for (const { name, unit, meaning } of DAILY_COLUMNS) {
      expect(unit, name).toMatch(/^[a-z][a-z ]+$/);
      // One sentence a person reads: a capital, a full stop, nothing after it.
      expect(meaning, name).toMatch(/^[A-Z][^\n]{20,200}\.$/);
      expect(meaning.slice(0, -1), name).not.toMatch(/\.\s/);
    }
  });

  it('gives the columns of the types held only, in the contract order whatever order they come in', () => {
    const names = (types: string[]) => dailyColumnsOf(types).map((column) => column.name);
    expect(names(['heart-rate', 'steps', 'sleep', 'daily-resting-heart-rate'])).toEqual([
      'steps',
      'sleep_minutes',
      'nap_minutes',
      'resting_heart_rate_bpm',
      'heart_rate_min_bpm',
      'heart_rate_avg_bpm',
      'heart_rate_max_bpm',
    ]);
    expect(names(['weight', 'heart-rate-samples', 'steps'])).toEqual(['steps', 'weight_kg']);
    expect(names(['heart-rate-samples'])).toEqual([]);
  });

  it.each(DATA_TYPES.map((type) => [type.name, type] as const))(
    '%s says what it rests on and what it needs',
    (_name, type) => {
      expect(type.evidence).toMatch(/reference|live/);
      expect(scopeOf(type)).toMatch(
        /^https:\/\/www\.googleapis\.com\/auth\/googlehealth\.[a-z_]+\.readonly$/,
      );
      expect(type.apiPath).toMatch(/^[a-z0-9-]+$/);
      if (type.method === 'list') {
        expect(type.filter.field).toMatch(/^[a-z0-9_.]+$/); // snake_case, no hyphen
        expect(type.pageCap).toBeLessThanOrEqual(10_000);
      } else {
        expect([14, 90]).toContain(type.rangeCapDays);
      }
    },
  );

  it('reads the daily figures as daily.csv shows them', () => {
    expect(column('steps', 'steps')?.value([{ steps: { countSum: '8421' } }])).toBe('8421');
    expect(column('steps', 'steps')?.value([{ steps: { countSum: '0' } }])).toBe('0'); // a true zero
    expect(column('steps', 'steps')?.value([])).toBeUndefined(); // no data
    const average = column('heart-rate', 'heart_rate_avg_bpm');
    expect(average?.value([{ heartRate: { beatsPerMinuteAvg: 67.384 } }])).toBe('67.4');
    const weight = column('weight', 'weight_kg');
    expect(
      weight?.value([{ weight: { weightGrams: 73_000 } }, { weight: { weightGrams: 72_450.5 } }]),
    ).toBe('72.45'); // the day's last weighing
  });

  it("keeps the day's main sleep apart from its naps", () => {
    const sleep = (start: string, end: string, asleep: string, nap?: boolean) => ({
      sleep: {
        interval: { startTime: start, endTime: end },
        summary: { minutesAsleep: asleep },
        ...(nap === undefined ? {} : { metadata: { nap } }),
      },
    });
    const figures = (points: Point[]) => [
      column('sleep', 'sleep_minutes')?.value(points),
      column('sleep', 'nap_minutes')?.value(points),
    ];
    const night = sleep('2026-11-21T22:40:00Z', '2026-11-22T05:40:00Z', '384', false);
    const nap = sleep('2026-11-22T13:10:00Z', '2026-11-22T13:45:00Z', '32', true);
    // A night and a nap: 384 and 32, not 416 for the night.
    expect(figures([nap, night])).toEqual(['384', '32']);
    // Only the night: no nap is a true zero.
    expect(figures([night])).toEqual(['384', '0']);
    // Only a 12-minute nap: no night at all, not a 12-minute one.
    expect(figures([sleep('2026-11-22T14:00:00Z', '2026-11-22T14:14:00Z', '12', true)])).toEqual([
      undefined,
      '12',
    ]);
    // Two sleeps the API does not call naps (a night split in two): the longer is the main one.
    const early = sleep('2026-11-21T21:00:00Z', '2026-11-22T00:30:00Z', '200');
    const late = sleep('2026-11-22T01:00:00Z', '2026-11-22T06:00:00Z', '280');
    expect(figures([early, late])).toEqual(['280', '200']);
    expect(figures([])).toEqual([undefined, undefined]);
  });

  it('writes numbers the same way every time', () => {
    expect(decimal(63, 1)).toBe('63');
    expect(decimal(63.25, 1)).toBe('63.3');
    expect(decimal(1.5e-3, 2)).toBe('0');
    expect(decimal(8421, 0)).toBe('8421');
  });
});
