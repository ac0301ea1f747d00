/**
 * GitHub's behaviour that the write-back path must survive, in-process against
 * the simulators over real sockets: rate limits with Retry-After and
 * x-ratelimit-reset, statuses that must never be retried, a probe that cannot
 * be deleted, and a public key that cannot be sealed to.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { Inputs } from '../../sim/world.js';
import { createGitHubClient } from '../../src/github/client.js';
import { secretWriter } from '../../src/grant/secret-writer.js';
import { readInputs } from '../../src/keeper-action/inputs.js';
import { createDispatcher } from '../../src/lib/http.js';
import { generateRecoveryKeyPair, openRecovered } from '../../src/lib/recovery.js';
import { FAST_TIMING as FAST } from '../helpers/fast-timing.js';
import { runInProcess } from '../helpers/in-process.js';
import { isSecretPut, SECRET, useRotationWorld } from '../helpers/rotation-world.js';

const REPOSITORY = 'octo/policy';
const TARGET = { repository: REPOSITORY };
const NO_RUNNER = { repository: undefined, apiUrl: undefined, runId: undefined };
const WRITER = 'ghp_policy_writer_000001';
const CLIENT = { id: '23POL1', secret: 'fitbit-policy-secret-0001' };
const SECONDARY_LIMIT = {
  message:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
};

const { world, seed } = useRotationWorld({
  repository: REPOSITORY,
  writer: WRITER,
  client: CLIENT,
});

function run(token: string, extra: Inputs = {}) {
  return runInProcess(world.fitbitInputs(token, extra));
}

const isKeyRead = (method: string, path: string) =>
  method === 'GET' && path.endsWith('/public-key');

/** The probe secrets in the repository: each test looks only at those its own run left. */
const probes = () =>
  world.github.secretNames(TARGET).filter((name) => name.startsWith('FITBIT_TOKEN_KEEPER_'));

/** The requests the GitHub simulator receives while `action` runs. */
async function githubRequestsDuring<T>(action: () => Promise<T>) {
  const before = world.github.requests.length;
  const value = await action();
  return { value, requests: world.github.requests.slice(before) };
}

describe('the write-back under GitHub rate limits', () => {
  it('a secondary-limit 403 on the PUT waits its Retry-After before writing again', async () => {
    const { userId, token } = seed();
    world.github.faults.push({
      status: 403,
      headers: { 'retry-after': '1' },
      body: SECONDARY_LIMIT,
      match: isSecretPut,
    });
    const { value: result, requests } = await githubRequestsDuring(() => run(token));
    expect(result.exitCode, result.stdout).toBe(0);
    const puts = requests.filter((r) => isSecretPut(r.method, r.path));
    expect(puts).toHaveLength(2);
    const [first, second] = puts.map((r) => r.receivedAt);
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(world.fitbit.currentRefreshToken(userId));
  });

  it('a 422 on the PUT is final: written once, not repeated', async () => {
    const { token } = seed();
    world.github.faults.push({
      status: 422,
      body: { message: 'Invalid request.\n\nBad key_id.' },
      match: isSecretPut,
      times: 10,
    });
    const { value: result, requests } = await githubRequestsDuring(() => run(token));
    expect(result.exitCode).toBe(1);
    expect(requests.filter((r) => isSecretPut(r.method, r.path))).toHaveLength(1);
    expect(result.errors[0]).toContain('HTTP 422');
    expect(result.errors[0]).toMatch(/could NOT be stored/);
  });

  it('a primary limit whose reset is a second away: waits for it, then goes on', async () => {
    const { userId, token } = seed();
    const reset = Math.ceil(Date.now() / 1000) + 1;
    world.github.faults.push({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded for user ID 1.' },
      match: isKeyRead,
    });
    const { value: result, requests } = await githubRequestsDuring(() => run(token));
    expect(result.exitCode, result.stdout).toBe(0);
    const keyReads = requests.filter((r) => isKeyRead(r.method, r.path));
    expect(keyReads).toHaveLength(2);
    expect(keyReads[1]?.receivedAt ?? 0).toBeGreaterThanOrEqual(reset * 1000);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(world.fitbit.currentRefreshToken(userId));
  });

  it('a 5xx on the public key is retried with backoff', async () => {
    const { token } = seed();
    world.github.faults.push({ status: 503, body: { message: 'busy' }, match: isKeyRead });
    const { value: result, requests } = await githubRequestsDuring(() => run(token));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(requests.filter((r) => isKeyRead(r.method, r.path))).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 409, 410, 422])(
    'a %i on the public key is final: one request, the token endpoint never contacted',
    async (status) => {
      const { token } = seed();
      const tokenRequests = world.fitbit.requests.length;
      world.github.faults.push({
        status,
        body: { message: `refused ${status}` },
        match: isKeyRead,
      });
      const { value: result, requests } = await githubRequestsDuring(() => run(token));
      expect(result.exitCode).toBe(1);
      expect(requests.filter((r) => isKeyRead(r.method, r.path))).toHaveLength(1);
      expect(world.fitbit.requests.length).toBe(tokenRequests);
      expect(world.github.secretValue(TARGET, SECRET)).toBe(token);
    },
  );
});

describe('the probe secret', () => {
  const isProbeDelete = (method: string, path: string) =>
    method === 'DELETE' && path.includes('FITBIT_TOKEN_KEEPER_PROBE_');
  it("is deleted while the token request is in flight: the DELETE's answer waits for the token request", async () => {
    const { userId, token } = seed();
    const probesBefore = probes();
    const tokenRequestArrived = world.fitbit.untilRequests(() => true);
    // Sent one after the other, the token request would never come and the DELETE time out.
    world.github.faults.push({ holdUntil: tokenRequestArrived, match: isProbeDelete });
    const { value: result, requests } = await githubRequestsDuring(() => run(token));
    expect(result.exitCode, result.stdout).toBe(0);
    // One DELETE, answered once the token request was out: none timed out and was retried.
    expect(requests.filter((r) => isProbeDelete(r.method, r.path))).toHaveLength(1);
    expect(probes()).toEqual(probesBefore);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(world.fitbit.currentRefreshToken(userId));
  });

  it('is still removed when the exchange fails while its DELETE is in flight', async () => {
    const { token } = seed();
    const probesBefore = probes();
    // The DELETE is answered only once the token request is in, and a while after its 400.
    const answerDelete = world.fitbit.untilRequests(() => true).then(() => sleep(300));
    world.github.faults.push({ holdUntil: answerDelete, match: isProbeDelete });
    world.fitbit.faults.push({
      status: 400,
      body: { errors: [{ errorType: 'invalid_grant', message: 'Refresh token invalid' }] },
      match: (method) => method === 'POST',
    });
    const result = await run(token);
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toContain('invalid_grant');
    expect(probes()).toEqual(probesBefore);
  });
});

describe('odd GitHub answers around the write', () => {
  it('a probe secret whose DELETE is refused is named in a warning, and the run goes on', async () => {
    const { userId, token } = seed();
    const probesBefore = probes();
    world.github.faults.push({
      status: 403,
      body: { message: 'Resource not accessible by personal access token' },
      match: (method, path) => method === 'DELETE' && path.includes('FITBIT_TOKEN_KEEPER_PROBE_'),
    });
    const result = await run(token);
    expect(result.exitCode, result.stdout).toBe(0);
    const leftBehind = probes().filter((name) => !probesBefore.includes(name));
    expect(leftBehind).toHaveLength(1);
    const warning = result.stdout.split('\n').find((line) => line.startsWith('::warning::'));
    expect(warning).toContain(leftBehind[0]);
    expect(warning).toContain('delete the secret');
    expect(world.github.secretValue(TARGET, SECRET)).toBe(world.fitbit.currentRefreshToken(userId));
  });

  it('a public key that is not an X25519 key fails the preflight, before the token is spent', async () => {
    const { token } = seed();
    const tokenRequests = world.fitbit.requests.length;
    world.github.faults.push({
      status: 200,
      body: { key_id: '568250167242549743', key: 'bm90IGEga2V5' },
      match: isKeyRead,
    });
    const result = await run(token);
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/not a base64 X25519 key/);
    expect(result.errors[0]).toMatch(/token endpoint was not contacted/);
    expect(world.fitbit.requests.length).toBe(tokenRequests);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(token);
  });

  it('a write answered 200 instead of 201/204 does not count as stored', async () => {
    const { token } = seed();
    world.github.faults.push({ status: 200, body: {}, match: isSecretPut, times: 10 });
    const result = await run(token);
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/does not say the secret was stored/);
    expect(result.errors[0]).toMatch(/could NOT be stored/);
    expect(result.outputs['secret-updated']).toBeUndefined();
  });

  it('a sealing failure during the write-back still seals the token to recovery-public-key', async () => {
    const pair = await generateRecoveryKeyPair();
    const inputs = world.fitbitInputs('unused-refresh-token', {
      'recovery-public-key': pair.publicKey,
    });
    const settings = readInputs((name) => inputs[name], NO_RUNNER);
    const network = {
      dispatcher: createDispatcher(FAST.requestTimeoutMs),
      timing: FAST,
      signal: undefined,
    };
    const lines: string[] = [];
    const log = { info: (line: string) => lines.push(line), warning: () => undefined };
    // Not a key libsodium can seal to: the write fails before anything is sent.
    const malformedKey = { keyId: '1', key: 'c2hvcnQ=' };
    try {
      await expect(
        secretWriter(
          settings,
          createGitHubClient(WRITER, world.github.url, network),
          malformedKey,
          log,
        ).storeRefreshToken('the-new-refresh-token-0001'),
      ).rejects.toThrow(/Could not seal the new refresh token/);
    } finally {
      await network.dispatcher.destroy();
    }
    expect(await openRecovered(lines.join('\n'), pair.privateKey)).toBe(
      'the-new-refresh-token-0001',
    );
  });
});
