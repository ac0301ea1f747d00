/**
 * Every time limit and retry budget in one place. Production values follow the
 * providers' and GitHub's guidance; tests pass shorter ones through the
 * orchestrator's dependencies.
 */
export interface RetryBudget {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** First backoff step; doubles each attempt, capped at maxDelayMs, with full jitter. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** No retry starts after this much time since the first attempt. */
  readonly maxElapsedMs: number;
}

export interface Timing {
  /** Connecting, and waiting for headers or body data, on any one request. */
  readonly requestTimeoutMs: number;
  readonly tokenEndpoint: RetryBudget;
  /** Every GitHub call but the write-back of a new refresh token. */
  readonly github: RetryBudget;
  /** The write-back of a new refresh token: the one write that must not be given up early. */
  readonly writeBack: RetryBudget;
  /** Longest wait the action accepts from a rate limit (Retry-After, x-ratelimit-reset). */
  readonly maxRateLimitWaitMs: number;
  /** Upper bound for the whole step. */
  readonly stepLimitMs: number;
}

export const PRODUCTION_TIMING: Timing = {
  requestTimeoutMs: 30_000,
  tokenEndpoint: { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 15_000, maxElapsedMs: 60_000 },
  github: { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 8_000, maxElapsedMs: 60_000 },
  // About a minute of trying: the elapsed bound ends it, not the count.
  writeBack: { maxAttempts: 20, baseDelayMs: 1_000, maxDelayMs: 15_000, maxElapsedMs: 60_000 },
  maxRateLimitWaitMs: 60_000,
  stepLimitMs: 5 * 60_000,
};
