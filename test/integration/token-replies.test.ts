/**
 * Token endpoint replies that used to lose the rotated refresh token or crash
 * the run: run() in-process against the Fitbit simulator, which really rotates
 * (the old token is spent) before a fault rewrites the reply it sends.
 */
import { describe, expect, it } from 'vitest';
import type { Fault } from '../../sim/faults.js';
import type { Reply } from '../../sim/server.js';
import { FAST_TIMING as FAST } from '../helpers/fast-timing.js';
import { runInProcess } from '../helpers/in-process.js';
import { isTokenRequest, SECRET, useRotationWorld } from '../helpers/rotation-world.js';

const REPOSITORY = 'octo/token-replies';
const TARGET = { repository: REPOSITORY };
const CLIENT = { id: '23RPL1', secret: 'fitbit-replies-secret-0001' };
/** The reply size the action reads at most (MAX_REPLY_BYTES in src/oauth/token-client.ts). */
const CAP = 256 * 1024;
/** The longest lifetime the action believes (the contract of this change: ten years). */
const TEN_YEARS_S = 10 * 365 * 24 * 3600;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

const { world, seed } = useRotationWorld({
  repository: REPOSITORY,
  writer: 'ghp_replies_writer_000001',
  reader: 'ghp_replies_reader_000002',
  client: CLIENT,
});

function run(token: string) {
  return runInProcess(world.fitbitInputs(token));
}

async function tokenRequestsDuring<T>(action: () => Promise<T>): Promise<[T, number]> {
  const before = world.fitbit.requests.length;
  const value = await action();
  return [value, world.fitbit.requests.length - before];
}

/**
 * The simulator handles each token request (rotating the token), then its JSON
 * reply is rewritten as text. It applies to every attempt, as a provider whose
 * replies look like this would send them: a retry would see the same.
 */
function rewriteTokenReplies(transform: (json: string) => string): Fault {
  return {
    afterHandling: true,
    match: isTokenRequest,
    times: FAST.tokenEndpoint.maxAttempts,
    rewrite: (reply: Reply): Reply => ({
      status: reply.status,
      headers: { ...reply.headers, 'content-type': 'application/json;charset=UTF-8' },
      body: transform(JSON.stringify(reply.body)),
    }),
  };
}

/** Sets (or adds) fields of the real token reply. */
function withFields(fields: Record<string, unknown>): (json: string) => string {
  return (json) => JSON.stringify({ ...JSON.parse(json), ...fields });
}

/** The run's state after a reply whose refresh token had to be rescued. */
function expectRescued(
  result: Awaited<ReturnType<typeof run>>,
  requests: number,
  { userId, token }: { userId: string; token: string },
): void {
  const rotated = world.fitbit.currentRefreshToken(userId);
  expect(rotated).toBeDefined();
  expect(rotated).not.toBe(token); // the simulator really rotated: the old token is spent
  expect(requests).toBe(1);
  expect(world.github.secretValue(TARGET, SECRET)).toBe(rotated);
  expect(result.masks).toContain(rotated);
  expect(result.exitCode).toBe(1); // the reply had no usable access token
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatch(/newest refresh token is stored/);
  expect(result.errors[0]).not.toContain(rotated);
  expect(result.outputs['access-token']).toBeUndefined();
}

describe('a 200 whose body cannot be read whole still gets its refresh token stored', () => {
  it('a rotation reply padded beyond 256 KiB: one request, the new token stored and accepted', async () => {
    const grant = seed();
    world.fitbit.faults.push(
      rewriteTokenReplies(withFields({ padding: 'x'.repeat(CAP + 50_000) })),
    );
    const [result, requests] = await tokenRequestsDuring(() => run(grant.token));
    expectRescued(result, requests, grant);
    expect(result.errors[0]).toMatch(/larger than/);

    // The stored token is the live one: the next run refreshes with it.
    world.fitbit.faults.clear();
    const next = await run(world.github.secretValue(TARGET, SECRET) ?? '');
    expect(next.exitCode, next.stdout).toBe(0);
    expect(next.outputs['secret-updated']).toBe('true');
  });

  it.each([
    ['truncated after the refresh token', (json: string) => json.slice(0, json.indexOf('"scope"'))],
    ['trailing garbage', (json: string) => `${json}\n<!-- served from cache -->`],
    [
      'a syntax error after the refresh token',
      (json: string) => json.replace('"scope":', '"scope" '),
    ],
    ['cut off near the end', (json: string) => json.slice(0, -8)],
  ])(
    'an almost-JSON rotation reply (%s): one request, the new token stored',
    async (_what, damage) => {
      const grant = seed();
      world.fitbit.faults.push(rewriteTokenReplies(damage));
      const [result, requests] = await tokenRequestsDuring(() => run(grant.token));
      expectRescued(result, requests, grant);
    },
  );

  it('a rotation reply with a byte order mark is read as the JSON it is', async () => {
    const { userId, token } = seed();
    world.fitbit.faults.push(rewriteTokenReplies((json) => `\uFEFF${json}`));
    const [result, requests] = await tokenRequestsDuring(() => run(token));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(requests).toBe(1);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(world.fitbit.currentRefreshToken(userId));
    expect(result.outputs['secret-updated']).toBe('true');
    expect(world.fitbit.isValidAccessToken(result.outputs['access-token'] ?? '')).toBe(true);
  });
});

describe('a 4xx with a large body is the final answer', () => {
  it('400 invalid_grant padded to 300 KiB: one request, not retried, says invalid_grant', async () => {
    const { token } = seed();
    const unknown = `${token.slice(0, -4)}dead`;
    world.fitbit.faults.push(rewriteTokenReplies(withFields({ padding: 'x'.repeat(300 * 1024) })));
    const [result, requests] = await tokenRequestsDuring(() => run(unknown));
    expect(result.exitCode).toBe(1);
    expect(requests).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('HTTP 400, invalid_grant');
    expect(result.errors[0]).toMatch(/no longer works/);
    expect(result.errors[0]).not.toContain(unknown);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(token);
  });
});

describe('odd expiry fields never fail a run whose token was stored', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['expires_in 1e13 (clamped to ten years)', { expires_in: 1e13 }, String(TEN_YEARS_S)],
    ['expires_in 0 (kept)', { expires_in: 0 }, '0'],
    ['expires_in 3600.5 (rounded down)', { expires_in: 3600.5 }, '3600'],
    ['expires_in "3600.0" (a numeric string)', { expires_in: '3600.0' }, '3600'],
    ['expires_in -5 (meaningless, omitted)', { expires_in: -5 }, ''],
  ])('%s: exit 0, outputs published', async (_what, fields, expiresIn) => {
    const { userId, token } = seed();
    world.fitbit.faults.push(rewriteTokenReplies(withFields(fields)));
    const before = Date.now();
    const result = await run(token);
    const after = Date.now();
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.errors).toEqual([]);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(world.fitbit.currentRefreshToken(userId));
    expect(result.outputs['secret-updated']).toBe('true');
    expect(result.outputs['access-token']).not.toBe('');
    expect(result.outputs['expires-in']).toBe(expiresIn);
    expectInstant(result.outputs['expires-at'], expiresIn, before, after);
  });

  it('refresh_token_expires_in 1e13: refresh-token-expires-at and grant-expires-at ten years out', async () => {
    const { token } = seed();
    world.fitbit.faults.push(rewriteTokenReplies(withFields({ refresh_token_expires_in: 1e13 })));
    const before = Date.now();
    const result = await run(token);
    const after = Date.now();
    expect(result.exitCode, result.stdout).toBe(0);
    expectInstant(result.outputs['refresh-token-expires-at'], String(TEN_YEARS_S), before, after);
    expect(result.outputs['grant-expires-at']).toBe(result.outputs['refresh-token-expires-at']);
  });
});

/** An ISO output that is `seconds` after the run (whole seconds), or empty when seconds is. */
function expectInstant(
  value: string | undefined,
  seconds: string,
  before: number,
  after: number,
): void {
  if (seconds === '') {
    expect(value).toBe('');
    return;
  }
  expect(value).toMatch(ISO_UTC);
  const at = Date.parse(value ?? '');
  expect(at).toBeGreaterThanOrEqual(before - 1000 + Number(seconds) * 1000);
  expect(at).toBeLessThanOrEqual(after + Number(seconds) * 1000);
}
