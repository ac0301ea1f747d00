/**
 * The pull's time limits, beside the keeper's (lib/timing.ts, whose request
 * timeout and GitHub budget the pull uses as they are). Production values
 * follow Google's guidance for the Health API; tests pass shorter ones.
 */
import { PRODUCTION_TIMING, type RetryBudget, type Timing } from '../lib/timing.js';
import type { RateLimit } from './rate-limiter.js';

export interface PullTiming extends Timing {
  /** Retries of one data API request: 429, 500, 503, 504 and failed connections. */
  readonly dataApi: RetryBudget;
  /** The client's side of the per-user limit. */
  readonly perUserLimit: RateLimit;
  /** Upper bound for the whole pull; max-requests normally ends it long before. */
  readonly pullLimitMs: number;
}

export const PRODUCTION_PULL_TIMING: PullTiming = {
  ...PRODUCTION_TIMING,
  // Exponential backoff with full jitter from 1 s, as Google asks; about two minutes at most.
  dataApi: { maxAttempts: 6, baseDelayMs: 1_000, maxDelayMs: 32_000, maxElapsedMs: 120_000 },
  // 300 a minute per user; the window is a second longer than the server's, for network jitter.
  perUserLimit: { requests: 300, windowMs: 61_000 },
  pullLimitMs: 30 * 60_000,
};
