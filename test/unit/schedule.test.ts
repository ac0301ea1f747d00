/**
 * GitHub's 60 days for a public repository's schedules, as the keep-alive
 * judges them from the last push: a warning only after 45 days, with the day
 * the schedule stops as a person reads it.
 */
import { describe, expect, it } from 'vitest';
import { judgeLastPush, scheduleWarning } from '../../src/github/schedule.js';

const NOW = new Date('2026-12-02T21:00:00Z');
const DAY_MS = 86_400_000;
const pushedDaysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS).toISOString();

describe("the last push against GitHub's 60 days", () => {
  it('is fine up to 45 days, and says when the schedule stops after that', () => {
    expect(judgeLastPush(pushedDaysAgo(44), NOW)).toEqual({ status: 'fine' });
    expect(judgeLastPush(pushedDaysAgo(45), NOW)).toEqual({ status: 'fine' });
    expect(judgeLastPush('2026-10-17T19:30:00Z', NOW)).toEqual({
      status: 'stops soon',
      lastPush: new Date('2026-10-17T19:30:00Z'),
      stopsAt: new Date('2026-12-16T19:30:00Z'),
    });
  });

  it('cannot tell without a readable pushed_at', () => {
    for (const pushedAt of [null, undefined, '', 'yesterday']) {
      expect(judgeLastPush(pushedAt, NOW).status).toBe('unknown');
    }
  });

  it('warns with the day as a person reads it, and what to do', () => {
    const lastPush = new Date('2026-10-17T19:30:00Z');
    const warning = scheduleWarning(
      { status: 'stops soon', lastPush, stopsAt: new Date('2026-12-16T19:30:00Z') },
      NOW,
    );
    expect(warning).toMatch(
      /^GitHub stops this workflow's schedule on Wed 16 Dec, 19:30 UTC, and with it the refreshes that keep the grant alive: the repository is public, its last push was on Sat 17 Oct, 19:30 UTC/,
    );
    expect(warning).toMatch(/Push a commit before then/);
    expect(warning).toMatch(/gh workflow enable/);
  });

  it('says the schedule may have stopped already once the 60 days are over', () => {
    const warning = scheduleWarning(
      {
        status: 'stops soon',
        lastPush: new Date('2026-09-01T08:00:00Z'),
        stopsAt: new Date('2026-10-31T08:00:00Z'),
      },
      NOW,
    );
    expect(warning).toMatch(
      /^GitHub may already have stopped this workflow's schedule \(since Sat 31 Oct, 08:00 UTC\)/,
    );
  });
});
