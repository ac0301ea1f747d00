import { describe, expect, it } from 'vitest';
import {
  backoff,
  lastFailure,
  parseRetryAfter,
  RetriesExhaustedError,
  type RetryClock,
  withRetries,
} from '../../src/lib/retry.js';

const BUDGET = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 300, maxElapsedMs: 10_000 };

/** A clock that only pretends to sleep, and records how long it was asked to. */
function fakeClock(random = 0.5): RetryClock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    random: () => random,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

describe('backoff', () => {
  it('is full jitter over a doubling step capped at maxDelayMs', () => {
    expect(backoff(BUDGET, 1, undefined, () => 0.999)).toBe(99);
    expect(backoff(BUDGET, 2, undefined, () => 0.999)).toBe(199);
    expect(backoff(BUDGET, 5, undefined, () => 0.999)).toBe(299);
    expect(backoff(BUDGET, 3, undefined, () => 0)).toBe(0);
  });

  it('never waits less than Retry-After', () => {
    expect(backoff(BUDGET, 1, 5_000, () => 0.5)).toBe(5_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('7')).toBe(7_000);
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    for (const value of [undefined, '', ' ', 'soon'])
      expect(parseRetryAfter(value)).toBeUndefined();
  });
});

describe('withRetries', () => {
  it('retries what the judge allows until it succeeds', async () => {
    const clock = fakeClock();
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls++;
        if (calls < 3) throw new Error('transient');
        return 'ok';
      },
      () => ({ retry: true }),
      BUDGET,
      { clock },
    );
    expect(result).toEqual({ value: 'ok', attempts: 3 });
    expect(clock.slept).toEqual([50, 100]);
  });

  it('stops at once on a final error, and reports the attempts', async () => {
    const clock = fakeClock();
    const error = await withRetries(
      async () => {
        throw new Error('final');
      },
      () => ({ retry: false }),
      BUDGET,
      { clock },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(RetriesExhaustedError);
    expect(error).toMatchObject({ message: 'final' });
    expect(clock.slept).toEqual([]);
  });

  it('gives up after maxAttempts', async () => {
    const clock = fakeClock();
    let calls = 0;
    const error = await withRetries(
      async () => {
        calls++;
        throw new Error('down');
      },
      () => ({ retry: true }),
      BUDGET,
      { clock },
    ).catch((caught: unknown) => caught);
    expect(calls).toBe(4);
    expect(error).toBeInstanceOf(RetriesExhaustedError);
    expect(error).toMatchObject({ attempts: 4, message: 'down (after 4 attempts)' });
    expect(lastFailure(error)).toMatchObject({ attempts: 4, error: { message: 'down' } });
  });

  it('does not start a wait that would overrun maxElapsedMs', async () => {
    const clock = fakeClock();
    const error = await withRetries(
      async () => {
        throw new Error('slow down');
      },
      () => ({ retry: true, retryAfterMs: 60_000 }),
      BUDGET,
      { clock },
    ).catch((caught: unknown) => caught);
    expect(lastFailure(error)).toMatchObject({ attempts: 1, error: { message: 'slow down' } });
    expect(clock.slept).toEqual([]);
  });

  it('stops when the step signal has fired', async () => {
    const clock = fakeClock();
    const controller = new AbortController();
    controller.abort();
    const error = await withRetries(
      async () => {
        throw new Error('cut');
      },
      () => ({ retry: true }),
      BUDGET,
      { clock, signal: controller.signal },
    ).catch((caught: unknown) => caught);
    expect(lastFailure(error)).toMatchObject({ attempts: 1, error: { message: 'cut' } });
  });

  it('aborted during a wait: rethrows the failure it was waiting to retry', async () => {
    const controller = new AbortController();
    const clock: RetryClock = {
      now: () => 0,
      random: () => 0.5,
      sleep: async () => {
        controller.abort();
        throw new DOMException('This operation was aborted', 'AbortError');
      },
    };
    const error = await withRetries(
      async () => {
        throw new Error('busy');
      },
      () => ({ retry: true }),
      BUDGET,
      { clock, signal: controller.signal },
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ message: 'busy' });
  });
});
