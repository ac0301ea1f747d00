/**
 * The client's side of the per-user limit, on a virtual clock: no window of
 * the limit's length ever holds more requests than the limit, and requests go
 * out at once while there is room.
 */
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/health/rate-limiter.js';

function virtualClock() {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
  };
}

describe('RateLimiter', () => {
  it('sends a burst up to the limit at once, then one as each leaves the window', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ requests: 300, windowMs: 60_000 }, clock);
    const sent: number[] = [];
    for (let i = 0; i < 700; i++) {
      await limiter.acquire();
      sent.push(clock.now());
    }
    expect(sent.slice(0, 300).every((time) => time === 0)).toBe(true);
    expect(sent[300]).toBe(60_000);
    expect(sent[600]).toBe(120_000);
    // In any window of 60 s there are at most 300.
    for (let i = 0; i + 300 < sent.length; i++) {
      expect((sent[i + 300] ?? 0) - (sent[i] ?? 0)).toBeGreaterThanOrEqual(60_000);
    }
    expect(limiter.waitedMs).toBe(120_000);
  });

  it('does not wait while there is room', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ requests: 2, windowMs: 1_000 }, clock);
    await limiter.acquire();
    await clock.sleep(600);
    await limiter.acquire();
    await clock.sleep(600);
    await limiter.acquire(); // the first left the window at 1,000
    expect(clock.now()).toBe(1_200);
    expect(limiter.waitedMs).toBe(0);
  });
});
