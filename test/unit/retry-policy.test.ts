import { describe, expect, it } from 'vitest';
import { judgeHttpFailure, rateLimitOf } from '../../src/lib/retry-policy.js';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const MAX_WAIT = 60_000;
const judge = (status: number | undefined, headers = {}, message?: string) =>
  judgeHttpFailure({ status, headers, message }, MAX_WAIT, NOW);

describe('judgeHttpFailure', () => {
  it('retries a failure without a response and every 5xx', () => {
    expect(judge(undefined)).toEqual({ retry: true });
    for (const status of [500, 502, 503, 504]) expect(judge(status).retry).toBe(true);
  });

  it('keeps a 5xx Retry-After as the least wait', () => {
    expect(judge(503, { 'retry-after': '7' })).toEqual({ retry: true, retryAfterMs: 7_000 });
  });

  it('never retries 400, 401, a permission 403, 404, 409, 410 or 422', () => {
    for (const status of [400, 401, 403, 404, 409, 410, 422]) {
      expect(judge(status, {}, 'Resource not accessible by personal access token')).toEqual({
        retry: false,
      });
    }
  });

  it('waits a secondary-limit 403 out for at least its Retry-After', () => {
    expect(judge(403, { 'retry-after': '1' }, 'You have exceeded a secondary rate limit')).toEqual({
      retry: true,
      retryAfterMs: 1_000,
    });
  });

  it('waits a minute for a secondary limit that gives no Retry-After, as GitHub asks', () => {
    expect(judge(403, {}, 'You have exceeded a secondary rate limit.')).toEqual({
      retry: true,
      retryAfterMs: 60_000,
    });
  });

  it('waits for x-ratelimit-reset on a primary limit when it is near', () => {
    const reset = String(NOW / 1000 + 30);
    expect(judge(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset })).toEqual({
      retry: true,
      retryAfterMs: 30_000,
    });
  });

  it('gives up at once on a primary limit whose reset is further away than the action waits', () => {
    const reset = String(NOW / 1000 + 3600);
    expect(judge(429, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset })).toEqual({
      retry: false,
    });
    expect(judge(429, { 'retry-after': '120' })).toEqual({ retry: false });
  });

  it('retries a bare 429 with backoff', () => {
    expect(judge(429)).toEqual({ retry: true, retryAfterMs: undefined });
  });
});

describe('rateLimitOf', () => {
  it('tells a permission 403 from a rate limit', () => {
    expect(rateLimitOf({ status: 403, headers: {}, message: 'Must have admin rights' })).toBe(
      undefined,
    );
    expect(rateLimitOf({ status: 403, headers: { 'x-ratelimit-remaining': '0' } }, NOW)?.kind).toBe(
      'primary',
    );
    expect(rateLimitOf({ status: 404, headers: { 'retry-after': '1' } })).toBeUndefined();
  });
});
