/**
 * The pull's timing for in-process tests: the keeper's fast timing, data API
 * retries in milliseconds, and the real per-user limit (tests send far fewer).
 */
import type { PullTiming } from '../../src/health/timing.js';
import { FAST_TIMING } from './fast-timing.js';

export const FAST_PULL_TIMING: PullTiming = {
  ...FAST_TIMING,
  // The simulator computes pages of samples, which a busy machine makes slow; no pull test
  // waits for a timeout, so a short one would only turn load into retries.
  requestTimeoutMs: 30_000,
  dataApi: { maxAttempts: 6, baseDelayMs: 2, maxDelayMs: 10, maxElapsedMs: 10_000 },
  perUserLimit: { requests: 300, windowMs: 60_000 },
  pullLimitMs: 60_000,
};
