/**
 * The one timing every in-process test runs with: the production shape, with
 * budgets in milliseconds, so retries and backoff cost almost nothing and no
 * test waits on production backoff or depends on how jitter falls.
 */
import type { Timing } from '../../src/lib/timing.js';

export const FAST_TIMING: Timing = {
  requestTimeoutMs: 600,
  tokenEndpoint: { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxElapsedMs: 10_000 },
  github: { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxElapsedMs: 10_000 },
  writeBack: { maxAttempts: 6, baseDelayMs: 5, maxDelayMs: 20, maxElapsedMs: 10_000 },
  maxRateLimitWaitMs: 5_000,
  stepLimitMs: 30_000,
};
