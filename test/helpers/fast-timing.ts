/**
 * The one timing every in-process test runs with: the production shape, with
 * backoff steps of milliseconds, so retries cost almost nothing and no test
 * waits on production backoff or depends on how jitter falls. The limits are
 * far above anything a loopback call takes on a loaded machine: the attempt
 * counts decide how often a call is retried, never the clock, and a request or
 * a step only reaches its limit when something really hangs. A test about a
 * timeout sets its own, shorter one, and holds the reply back for good.
 */
import type { Timing } from '../../src/lib/timing.js';

export const FAST_TIMING: Timing = {
  requestTimeoutMs: 10_000,
  tokenEndpoint: { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxElapsedMs: 60_000 },
  github: { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxElapsedMs: 60_000 },
  writeBack: { maxAttempts: 6, baseDelayMs: 5, maxDelayMs: 20, maxElapsedMs: 60_000 },
  maxRateLimitWaitMs: 5_000,
  stepLimitMs: 20_000,
};
