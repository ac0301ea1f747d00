/**
 * What a run fetches per type: from the day after the state (or since) to
 * until, reaching back refetch-days but never before the type's first day;
 * and how wide a listing's range is within the budget left.
 */
import { describe, expect, it } from 'vitest';
import { type DataType, dataTypeNamed, type ListType } from '../../src/health/data-types.js';
import { listPagesExpected, listRangeDays, planTypes } from '../../src/health/plan.js';

const type = (name: string) => dataTypeNamed(name) as DataType;
const settings = { since: '2026-01-01', until: '2026-11-30', refetchDays: 3 };

describe('planTypes', () => {
  it('starts a type without state at since', () => {
    const [plan] = planTypes([type('steps')], {}, settings);
    expect(plan).toMatchObject({
      from: '2026-01-01',
      through: '2026-11-30',
      firstDay: '2026-01-01',
    });
  });

  it('goes on the day after the state, or reaches back refetch-days when the state is recent', () => {
    const behind = { steps: { from: '2025-06-01', completeThrough: '2026-10-01' } };
    expect(planTypes([type('steps')], behind, settings)[0]).toMatchObject({
      from: '2026-10-02',
      firstDay: '2025-06-01',
    });
    const recent = { steps: { from: '2025-06-01', completeThrough: '2026-11-29' } };
    expect(planTypes([type('steps')], recent, settings)[0]?.from).toBe('2026-11-28');
    const current = { steps: { from: '2025-06-01', completeThrough: '2026-11-30' } };
    expect(planTypes([type('steps')], current, settings)[0]?.from).toBe('2026-11-28');
  });

  it('never refetches before the first day, and plans nothing when nothing is due', () => {
    const young = { steps: { from: '2026-11-30', completeThrough: '2026-11-30' } };
    expect(planTypes([type('steps')], young, settings)[0]?.from).toBe('2026-11-30');
    const done = { steps: { from: '2026-01-01', completeThrough: '2026-11-30' } };
    expect(planTypes([type('steps')], done, { ...settings, refetchDays: 0 })).toEqual([]);
  });

  it('keeps the order the types were given in', () => {
    const plans = planTypes([type('sleep'), type('steps')], {}, settings);
    expect(plans.map((plan) => plan.type.name)).toEqual(['sleep', 'steps']);
  });
});

describe('listRangeDays', () => {
  const sleep = type('sleep') as ListType;
  const samples = type('heart-rate-samples') as ListType;

  it('covers as many days as the pages left can hold, within the widest range', () => {
    expect(listRangeDays(sleep, 250)).toBe(366);
    expect(listRangeDays(sleep, 2)).toBe(33); // 2 pages of 25 at 1.5 a day
  });

  it('plans intraday samples from the density met: a day at a time at the live density, a page at most', () => {
    // Before any day is met: the live density, 37,000 a day, 5,000 a page: one day a listing.
    expect(listRangeDays(samples, 250)).toBe(1);
    // A watch that samples once a minute (about 1,400 a day): three days fill a page.
    expect(listRangeDays(samples, 250, 1_400)).toBe(3);
    expect(listRangeDays(samples, 1, 1_400)).toBe(3);
    // Hardly worn: as many days as one page holds, within the widest range.
    expect(listRangeDays(samples, 250, 100)).toBe(31);
  });

  it('asks for at least one day', () => {
    expect(listRangeDays({ ...samples, pointsPerDay: 100_000 }, 1)).toBe(1);
    expect(listRangeDays(sleep, 1, 1_000)).toBe(1);
  });
});

describe('listPagesExpected', () => {
  const samples = type('heart-rate-samples') as ListType;

  it('counts the pages of 5,000 a range takes at the density met, one at least', () => {
    expect(listPagesExpected(samples, 1, 37_000)).toBe(8);
    expect(listPagesExpected(samples, 3, 1_400)).toBe(1);
    expect(listPagesExpected(samples, 1, 0)).toBe(1);
  });
});
