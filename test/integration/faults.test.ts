/**
 * The fault-injection suite: one test per fault, run() in-process against the
 * simulators over real sockets, with short time budgets so retries take
 * milliseconds. Each test checks the exit status, what the secret holds
 * afterwards, and that the message says what to do.
 */
import { describe, expect, it } from 'vitest';
import { startGitHubSim } from '../../sim/github.js';
import type { RecordedOAuthRequest } from '../../sim/oauth-kit.js';
import type { Inputs } from '../../sim/world.js';
import { generateRecoveryKeyPair, openRecovered } from '../../src/lib/recovery.js';
import { FAST_TIMING as FAST } from '../helpers/fast-timing.js';
import { runInProcess } from '../helpers/in-process.js';
import {
  isSecretPut,
  isTokenRequest,
  SECRET,
  useRotationWorld,
} from '../helpers/rotation-world.js';

const REPOSITORY = 'octo/faults';
const TARGET = { repository: REPOSITORY };
const WRITER = 'ghp_faults_writer_000001';
const READER = 'ghp_faults_reader_000002';
const CLIENT = { id: '23FLT1', secret: 'fitbit-faults-secret-0001' };

const { world, seed } = useRotationWorld({
  repository: REPOSITORY,
  writer: WRITER,
  reader: READER,
  client: CLIENT,
});

function run(token: string, extra: Inputs = {}, env: Inputs = {}, timing = FAST) {
  return runInProcess(world.fitbitInputs(token, extra), env, { timing });
}

/**
 * For the tests that need a request to time out: every request of the run has
 * this long, far more than an answered loopback request takes on a loaded
 * machine; the request the test is about is never answered.
 */
const SHORT_REQUEST_TIMEOUT_MS = 2_000;

/** What `action` did, and the token requests the provider received meanwhile. */
function tokenRequestsDuring<T>(action: () => Promise<T>): Promise<[T, RecordedOAuthRequest[]]> {
  const before = world.fitbit.requests.length;
  return action().then((value) => [value, world.fitbit.requests.slice(before)]);
}

/** Milliseconds between the arrivals of the first two requests, as the simulator saw them. */
function spacing(requests: readonly { receivedAt: number }[]): number {
  const [first, second] = requests;
  if (!first || !second) throw new Error(`expected two requests, got ${requests.length}`);
  return second.receivedAt - first.receivedAt;
}

describe('token endpoint faults', () => {
  it('500 then OK: retried, rotated, stored', async () => {
    const { userId, token } = seed();
    world.fitbit.faults.push({
      status: 500,
      body: { errors: [{ errorType: 'system', message: 'boom' }] },
      match: isTokenRequest,
    });
    const [result, requests] = await tokenRequestsDuring(() => run(token));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(requests).toHaveLength(2);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(world.fitbit.currentRefreshToken(userId));
  });

  it('429 with Retry-After: waits as long as asked, then succeeds', async () => {
    const { userId, token } = seed();
    world.fitbit.faults.push({
      status: 429,
      headers: { 'retry-after': '1' },
      body: 'Too Many Requests',
      match: isTokenRequest,
    });
    const [result, attempts] = await tokenRequestsDuring(() => run(token));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(attempts.map((r) => r.form.refresh_token)).toEqual([token, token]);
    // As the simulator saw them: the retry came a whole Retry-After after the refused request.
    expect(spacing(attempts)).toBeGreaterThanOrEqual(1000);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(world.fitbit.currentRefreshToken(userId));
  });

  it('429 asking for a longer wait than the action accepts: fails at once, token untouched', async () => {
    const { token } = seed();
    // Just over what the action accepts, well within its retry budget: a run that waited it
    // out would ask again, so one request is the proof that it gave up at once.
    const waitSeconds = FAST.maxRateLimitWaitMs / 1000 + 3;
    expect(waitSeconds * 1000).toBeLessThan(FAST.tokenEndpoint.maxElapsedMs);
    world.fitbit.faults.push({
      status: 429,
      headers: { 'retry-after': String(waitSeconds) },
      body: 'Too Many Requests',
      match: isTokenRequest,
    });
    const [result, requests] = await tokenRequestsDuring(() => run(token));
    expect(result.exitCode).toBe(1);
    expect(requests).toHaveLength(1);
    expect(result.errors[0]).toContain('HTTP 429');
    expect(world.github.secretValue(TARGET, SECRET)).toBe(token);
  });

  it('connection reset: retried, rotated, stored', async () => {
    const { userId, token } = seed();
    world.fitbit.faults.push({ reset: true, match: isTokenRequest });
    const [result, requests] = await tokenRequestsDuring(() => run(token));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(requests).toHaveLength(2);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(world.fitbit.currentRefreshToken(userId));
  });

  it('a reply slower than the timeout, after the server rotated: the identical retry gets the same pair', async () => {
    const { userId, token } = seed();
    // The server rotates, then never answers: the request timeout, not the machine's speed, ends the wait.
    world.fitbit.faults.push({ hang: true, afterHandling: true, match: isTokenRequest });
    const [result, attempts] = await tokenRequestsDuring(() =>
      run(token, {}, {}, { ...FAST, requestTimeoutMs: SHORT_REQUEST_TIMEOUT_MS }),
    );
    expect(result.exitCode, result.stdout).toBe(0);
    expect(attempts.map((r) => r.form.refresh_token)).toEqual([token, token]);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(world.fitbit.currentRefreshToken(userId));
    expect(world.github.secretValue(TARGET, SECRET)).not.toBe(token);
  });

  it('an HTML error page on every attempt: gives up within budget, says what to do, secret untouched', async () => {
    const { token } = seed();
    world.fitbit.faults.push({
      status: 502,
      body: '<!DOCTYPE html><html><body>Bad Gateway</body></html>',
      match: isTokenRequest,
      times: 10,
    });
    const [result, requests] = await tokenRequestsDuring(() => run(token));
    expect(result.exitCode).toBe(1);
    expect(requests).toHaveLength(FAST.tokenEndpoint.maxAttempts);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('HTTP 502, an HTML page (after 4 attempts)');
    expect(result.errors[0]).toMatch(/re-run the workflow at once/i);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(token);
    expect(result.outputs['access-token']).toBeUndefined();
  });

  it('malformed JSON with 200: not retried, reported, secret untouched', async () => {
    const { token } = seed();
    world.fitbit.faults.push({
      status: 200,
      body: '{"access_token": "abc", ',
      match: isTokenRequest,
    });
    const [result, requests] = await tokenRequestsDuring(() => run(token));
    expect(result.exitCode).toBe(1);
    expect(requests).toHaveLength(1);
    expect(result.errors[0]).toContain('not JSON');
    expect(result.errors[0]).toMatch(/re-run the workflow at once/i);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(token);
  });

  it('missing fields: a 200 without access_token is rejected, not retried', async () => {
    const { token } = seed();
    world.fitbit.faults.push({
      status: 200,
      body: { token_type: 'Bearer', expires_in: 28800 },
      match: isTokenRequest,
    });
    const [result, requests] = await tokenRequestsDuring(() => run(token));
    expect(result.exitCode).toBe(1);
    expect(requests).toHaveLength(1);
    expect(result.errors[0]).toContain('no access_token');
    expect(world.github.secretValue(TARGET, SECRET)).toBe(token);
  });

  it('a 400 other than invalid_grant is final: one request only', async () => {
    const { token } = seed();
    world.fitbit.faults.push({
      status: 400,
      body: {
        errors: [{ errorType: 'invalid_request', message: 'Missing parameters: refresh_token' }],
        success: false,
      },
      match: isTokenRequest,
    });
    const [result, requests] = await tokenRequestsDuring(() => run(token));
    expect(result.exitCode).toBe(1);
    expect(requests).toHaveLength(1);
    expect(result.errors[0]).toContain('invalid_request');
    expect(result.errors[0]).toMatch(/without spending the refresh token/);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(token);
  });

  it("the step's own time limit: says so and names the call that hung", async () => {
    const { token } = seed();
    // Every token request hangs, and no request times out before the step's limit does.
    world.fitbit.faults.push({ hang: true, match: isTokenRequest, times: 10 });
    const [result, attempts] = await tokenRequestsDuring(() =>
      run(token, {}, {}, { ...FAST, requestTimeoutMs: 60_000, stepLimitMs: 2_000 }),
    );
    expect(result.exitCode).toBe(1);
    expect(attempts).toHaveLength(1);
    expect(result.errors[0]).toMatch(/reached its 2 s time limit/);
    expect(result.errors[0]).toMatch(/token endpoint/);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(token);
  });
});

describe('GitHub faults', () => {
  it('502 on the PUT, then OK: the write-back is retried and the new token stored', async () => {
    const { userId, token } = seed();
    world.github.faults.push({ status: 502, body: { message: 'Bad Gateway' }, match: isSecretPut });
    const result = await run(token);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(world.fitbit.currentRefreshToken(userId));
    expect(result.outputs['secret-updated']).toBe('true');
  });

  it('the PUT failing for good: keeps trying, then withholds the access token and says where things stand', async () => {
    const { token } = seed();
    const puts = world.github.requests.filter((r) => isSecretPut(r.method, r.path)).length;
    world.github.faults.push({
      status: 502,
      body: { message: 'Bad Gateway' },
      match: isSecretPut,
      times: 100,
    });
    const result = await run(token);
    expect(result.exitCode).toBe(1);
    expect(world.github.requests.filter((r) => isSecretPut(r.method, r.path)).length - puts).toBe(
      FAST.writeBack.maxAttempts,
    );
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/could NOT be stored/);
    expect(result.errors[0]).toMatch(/re-run the workflow at once/i);
    expect(result.outputs['access-token']).toBeUndefined();
    expect(result.exportedEnv).toEqual({});
    expect(world.github.secretValue(TARGET, SECRET)).toBe(token);
    expect(result.stdout).not.toContain('fitbit-token-keeper-recovery:');
  });

  it('the PUT failing for good with a recovery key: the sealed token opens to the one the provider expects', async () => {
    const { userId, token } = seed();
    const pair = await generateRecoveryKeyPair();
    world.github.faults.push({
      status: 502,
      body: { message: 'Bad Gateway' },
      match: isSecretPut,
      times: 100,
    });
    const result = await run(token, { 'recovery-public-key': pair.publicKey });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/fitbit-token-keeper recover/);
    const opened = await openRecovered(result.stdout, pair.privateKey);
    expect(opened).toBe(world.fitbit.currentRefreshToken(userId));
    // Sealed once, before the write: the failed write points to that copy rather than add another.
    expect(result.stdout.split('fitbit-token-keeper-recovery:')).toHaveLength(2);
    expect(result.errors[0]).toMatch(/printed in the log above, before the write/);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(token);
  });

  it('403 on reading the public key: the token endpoint is never contacted', async () => {
    const { token } = seed();
    world.github.faults.push({
      status: 403,
      body: { message: 'Resource not accessible by personal access token' },
      match: (method, path) => method === 'GET' && path.endsWith('/public-key'),
    });
    const [result, requests] = await tokenRequestsDuring(() => run(token));
    expect(result.exitCode).toBe(1);
    expect(requests).toHaveLength(0);
    expect(result.errors[0]).toContain('"Secrets: read and write"');
    expect(result.errors[0]).toMatch(/not contacted/);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(token);
  });

  it('a read-only token with a rotating provider: the token endpoint is never contacted', async () => {
    const { token } = seed();
    const [result, requests] = await tokenRequestsDuring(() =>
      run(token, { 'github-token': READER }),
    );
    expect(result.exitCode).toBe(1);
    expect(requests).toHaveLength(0);
    expect(result.errors[0]).toContain('HTTP 403');
    expect(result.errors[0]).toMatch(/not allowed to write/);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(token);
  });

  it('a secondary rate limit: waits as GitHub asks, then goes on', async () => {
    const { userId, token } = seed();
    const keyReads = () =>
      world.github.requests.filter((r) => r.path.endsWith('/public-key')).length;
    const before = keyReads();
    world.github.faults.push({
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
      match: (method, path) => method === 'GET' && path.endsWith('/public-key'),
    });
    const result = await run(token);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(keyReads() - before).toBe(2);
    const reads = world.github.requests.filter((r) => r.path.endsWith('/public-key')).slice(before);
    expect(spacing(reads)).toBeGreaterThanOrEqual(1000);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(world.fitbit.currentRefreshToken(userId));
  });

  it('a primary rate limit that lasts too long: fails at once before the token endpoint, says when to re-run', async () => {
    const { token } = seed();
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const keyReads = () =>
      world.github.requests.filter((r) => r.path.endsWith('/public-key')).length;
    const before = keyReads();
    world.github.faults.push({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded for user.' },
      match: (method, path) => method === 'GET' && path.endsWith('/public-key'),
    });
    const [result, requests] = await tokenRequestsDuring(() => run(token));
    expect(result.exitCode).toBe(1);
    expect(requests).toHaveLength(0);
    expect(keyReads() - before).toBe(1);
    expect(result.errors[0]).toMatch(/primary rate limit/);
    const resetClock = new Date(reset * 1000).toISOString().slice(11, 16);
    expect(result.errors[0]).toContain(`Re-run the workflow after ${resetClock} UTC`);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(token);
  });
});

describe('races between runs', () => {
  it('a secret rotated after this run started: stops without spending the token it holds', async () => {
    const { token } = seed();
    const runStarted = new Date(Date.now() - 3600_000);
    world.github.addRun(REPOSITORY, 4242, runStarted);
    // Another run rotated the secret 10 minutes ago, after this run started.
    world.github.setSecret(
      TARGET,
      SECRET,
      'newer-token-from-another-run',
      new Date(Date.now() - 600_000),
    );
    const env = { GITHUB_REPOSITORY: REPOSITORY, GITHUB_RUN_ID: '4242' };
    const [result, requests] = await tokenRequestsDuring(() => run(token, {}, env));
    expect(result.exitCode).toBe(1);
    expect(requests).toHaveLength(0);
    expect(result.errors[0]).toMatch(/another run has rotated the refresh token/);
    expect(result.errors[0]).toMatch(/concurrency group/);
    expect(world.github.secretValue(TARGET, SECRET)).toBe('newer-token-from-another-run');
  });

  it('a secret last written before this run started: goes ahead', async () => {
    const { userId, token } = seed();
    world.github.addRun(REPOSITORY, 4343, new Date(Date.now() + 1000));
    const env = { GITHUB_REPOSITORY: REPOSITORY, GITHUB_RUN_ID: '4343' };
    const result = await run(token, {}, env);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(world.fitbit.currentRefreshToken(userId));
  });

  it('reads the run and the secret in parallel with the public key: no extra round trip', async () => {
    // The public key is answered only once the other two reads have arrived: done one
    // after the other, they would never arrive and the key read would time out.
    const paths = {
      run: `/repos/${REPOSITORY}/actions/runs/4444`,
      metadata: `/repos/${REPOSITORY}/actions/secrets/${SECRET}`,
      key: `/repos/${REPOSITORY}/actions/secrets/public-key`,
    };
    const arrived = new Set<string>();
    let release = () => {};
    const bothArrived = new Promise<void>((resolve) => {
      release = resolve;
    });
    const watched = await startGitHubSim({
      validate: (request) => {
        arrived.add(request.path);
        if (arrived.has(paths.run) && arrived.has(paths.metadata)) release();
        return [];
      },
    });
    try {
      watched.addRepo(REPOSITORY);
      watched.addToken(WRITER, 'write');
      watched.addRun(REPOSITORY, 4444, new Date(Date.now() + 1000));
      const { token } = seed();
      watched.setSecret(TARGET, SECRET, token, new Date(Date.now() - 1000));
      watched.faults.push({
        holdUntil: bothArrived,
        match: (method, path) => method === 'GET' && path === paths.key,
      });
      const result = await runInProcess(
        world.fitbitInputs(token, { 'github-api-url': watched.url, 'dry-run': 'true' }),
        { GITHUB_REPOSITORY: REPOSITORY, GITHUB_RUN_ID: '4444' },
        { timing: { ...FAST, github: { ...FAST.github, maxAttempts: 1 } } },
      );
      expect(result.exitCode, result.stdout).toBe(0);
      expect(watched.requests.filter((r) => r.path === paths.key)).toHaveLength(1);
    } finally {
      await watched.close();
    }
  });
});
