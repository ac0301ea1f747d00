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
  dataTypeNamed,
  decimal,
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
    expect(new Set(DAILY_COLUMNS).size).toBe(DAILY_COLUMNS.length);
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
    const sleep = column('sleep', 'sleep_minutes');
    expect(
      sleep?.value([
        { sleep: { summary: { minutesAsleep: '412' } } },
        { sleep: { summary: { minutesAsleep: '35' } } },
      ]),
    ).toBe('447'); // the night and the nap
    const average = column('heart-rate', 'heart_rate_avg');
    expect(average?.value([{ heartRate: { beatsPerMinuteAvg: 67.384 } }])).toBe('67.4');
    const weight = column('weight', 'weight_kg');
    expect(
      weight?.value([{ weight: { weightGrams: 73_000 } }, { weight: { weightGrams: 72_450.5 } }]),
    ).toBe('72.45'); // the day's last weighing
  });

  it('writes numbers the same way every time', () => {
    expect(decimal(63, 1)).toBe('63');
    expect(decimal(63.25, 1)).toBe('63.3');
    expect(decimal(1.5e-3, 2)).toBe('0');
    expect(decimal(8421, 0)).toBe('8421');
  });
});
