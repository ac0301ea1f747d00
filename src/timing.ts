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
  /** Octokit's retry plugin: attempts after the first, and its backoff unit (n² × unit). */
  readonly githubRetries: number;
  /** The write-back of a new refresh token keeps trying for about a minute: 1+4+9+16+25 s. */
  readonly writeBackRetries: number;
  readonly githubRetryUnitMs: number;
  /** Longest wait the action accepts from a GitHub rate limit before giving up. */
  readonly maxRateLimitWaitMs: number;
  /** Upper bound for the whole step. */
  readonly stepLimitMs: number;
}

export const PRODUCTION_TIMING: Timing = {
  requestTimeoutMs: 30_000,
  tokenEndpoint: { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 15_000, maxElapsedMs: 60_000 },
  githubRetries: 3,
  writeBackRetries: 5,
  githubRetryUnitMs: 1_000,
  maxRateLimitWaitMs: 60_000,
  stepLimitMs: 5 * 60_000,
};
