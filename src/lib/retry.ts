/**
 * Bounded retries for the token endpoint: a count and a total time, capped
 * exponential backoff with full jitter, and the server's Retry-After honoured.
 * (undici's RetryAgent has neither jitter nor a total-time bound.)
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { RetryBudget } from './timing.js';

export interface RetryVerdict {
  readonly retry: boolean;
  /** The server asked for this wait (Retry-After). */
  readonly retryAfterMs?: number | undefined;
  /**
   * Wait exactly retryAfterMs, no backoff on top: a rate limit that says when
   * its window frees (the client's own limiter keeps the pace).
   */
  readonly exactly?: boolean;
}

export interface RetryClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random(): number;
}

const REAL_CLOCK: RetryClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleep(ms, undefined, signal ? { signal } : {}),
  random: Math.random,
};

/** The call failed after more than one attempt; `cause` is the last failure. */
export class RetriesExhaustedError extends Error {
  override name = 'RetriesExhaustedError';
  constructor(
    override readonly cause: unknown,
    readonly attempts: number,
  ) {
    super(`${cause instanceof Error ? cause.message : String(cause)} (after ${attempts} attempts)`);
  }
}

/** The last failure behind an error, and how many attempts it took. */
export function lastFailure(error: unknown): {
  readonly error: unknown;
  readonly attempts: number;
} {
  return error instanceof RetriesExhaustedError
    ? { error: error.cause, attempts: error.attempts }
    : { error, attempts: 1 };
}

/**
 * Runs `attempt` until it succeeds, `judge` says the error is final, or the
 * budget is spent. A failure of the only attempt is rethrown as it is; after
 * more than one, a RetriesExhaustedError carries the last.
 */
export async function withRetries<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  judge: (error: unknown) => RetryVerdict,
  budget: RetryBudget,
  options: { signal?: AbortSignal | undefined; clock?: RetryClock } = {},
): Promise<{ value: T; attempts: number }> {
  const clock = options.clock ?? REAL_CLOCK;
  const started = clock.now();
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      return { value: await attempt(attemptNumber), attempts: attemptNumber };
    } catch (error) {
      const verdict = judge(error);
      const wait =
        verdict.exactly && verdict.retryAfterMs !== undefined
          ? verdict.retryAfterMs
          : backoff(budget, attemptNumber, verdict.retryAfterMs, clock.random);
      const elapsed = clock.now() - started;
      const exhausted = attemptNumber >= budget.maxAttempts || elapsed + wait > budget.maxElapsedMs;
      const giveUp = () =>
        attemptNumber === 1 ? error : new RetriesExhaustedError(error, attemptNumber);
      if (!verdict.retry || exhausted || options.signal?.aborted) throw giveUp();
      // Aborted while waiting: what failed is the call, not the wait.
      await clock.sleep(wait, options.signal).catch(() => {
        throw giveUp();
      });
    }
  }
}

/** Full jitter over a capped exponential step; never shorter than Retry-After. */
export function backoff(
  budget: RetryBudget,
  attemptNumber: number,
  retryAfterMs: number | undefined,
  random: () => number,
): number {
  const cap = Math.min(budget.maxDelayMs, budget.baseDelayMs * 2 ** (attemptNumber - 1));
  const jittered = Math.floor(random() * cap);
  return retryAfterMs === undefined ? jittered : Math.max(retryAfterMs, jittered);
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
