/**
 * What is worth retrying, and how long to wait first: one policy for every
 * HTTP call the action makes, the token endpoint and GitHub alike.
 * Network failures, timeouts and 5xx are retried with backoff; 429 and a
 * rate-limit 403 wait at least as long as the server asks (Retry-After, or
 * until x-ratelimit-reset for GitHub's primary limit) unless that is longer
 * than the action will wait; every other status is final (400, 401, a
 * permission 403, 404, 409, 410, 422, ...).
 */
import { parseRetryAfter, type RetryVerdict } from './retry.js';

/** A failed call, as far as the policy needs to know it. */
export interface HttpFailure {
  /** Undefined when no response arrived: the connection failed, timed out or was reset. */
  readonly status: number | undefined;
  /** Response headers, names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The server's own words, which tell GitHub's secondary rate limit apart. */
  readonly message?: string | undefined;
}

export interface RateLimit {
  /** primary: the hourly quota is spent; secondary: too many requests too fast. */
  readonly kind: 'primary' | 'secondary';
  /** How long the server asks to wait; undefined when it does not say. */
  readonly waitMs: number | undefined;
}

/** GitHub asks for at least a minute when a secondary limit comes without Retry-After. */
const SECONDARY_LIMIT_DEFAULT_WAIT_MS = 60_000;

export function judgeHttpFailure(
  failure: HttpFailure,
  maxRateLimitWaitMs: number,
  now = Date.now(),
): RetryVerdict {
  if (failure.status === undefined) return { retry: true };
  const limit = rateLimitOf(failure, now);
  if (limit !== undefined) {
    const tooLong = limit.waitMs !== undefined && limit.waitMs > maxRateLimitWaitMs;
    return tooLong ? { retry: false } : { retry: true, retryAfterMs: limit.waitMs };
  }
  if (failure.status >= 500) {
    return { retry: true, retryAfterMs: parseRetryAfter(failure.headers['retry-after'], now) };
  }
  return { retry: false };
}

/** The rate limit a 429 or 403 stands for; undefined for anything else (a 403 may be a permission). */
export function rateLimitOf(failure: HttpFailure, now = Date.now()): RateLimit | undefined {
  const { status, headers } = failure;
  if (status !== 429 && status !== 403) return undefined;
  const retryAfterMs = parseRetryAfter(headers['retry-after'], now);
  if (headers['x-ratelimit-remaining'] === '0') {
    const resetSeconds = Number(headers['x-ratelimit-reset']);
    const untilReset = Number.isFinite(resetSeconds)
      ? Math.max(0, resetSeconds * 1000 - now)
      : undefined;
    return { kind: 'primary', waitMs: retryAfterMs ?? untilReset };
  }
  if (retryAfterMs !== undefined) return { kind: 'secondary', waitMs: retryAfterMs };
  if (/secondary rate limit|abuse detection/i.test(failure.message ?? '')) {
    return { kind: 'secondary', waitMs: SECONDARY_LIMIT_DEFAULT_WAIT_MS };
  }
  return status === 429 ? { kind: 'secondary', waitMs: undefined } : undefined;
}
