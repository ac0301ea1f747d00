/**
 * End to end: the bundled dist/index.js spawned exactly as the runner spawns it,
 * against the simulators over real sockets. Every request the GitHub simulator
 * receives is checked against GitHub's OpenAPI description.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, maskedBeforeAnyOtherUse, runAction } from '../../sim/action-runner.js';
import { newAccountRecord } from '../../src/grant/account.js';
import { phoneProblems, viewSummary } from '../helpers/phone-summary.js';
import { markRequests, requestLog } from '../helpers/request-log.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/health';
const TARGET = { repository: REPOSITORY };
const WRITER = 'ghp_writer_e2e_token_0001';
const READER = 'ghp_reader_e2e_token_0002';
const INVISIBLE = 'ghp_invisible_e2e_token_3';
const FITBIT_CLIENT = { id: '23E2E9', secret: 'fitbit-e2e-client-secret-77' };
const GOOGLE_CLIENT = { id: 'e2e.apps.googleusercontent.com', secret: 'GOCSPX-e2e-client-secret' };
const SCOPES = 'activity heartrate sleep';

const world = useWorld({
  repository: REPOSITORY,
  writer: WRITER,
  reader: READER,
  fitbitClient: { ...FITBIT_CLIENT, type: 'server' },
  googleClient: GOOGLE_CLIENT,
});

beforeAll(async () => {
  world.github.addToken(INVISIBLE, 'none');
});

afterEach(() => {
  // Every request of every scenario must be one GitHub documents, with a valid body.
  expect(world.github.violations).toEqual([]);
});

/** A fresh Fitbit grant whose refresh token sits in the secret, as after consent. */
function seedFitbitGrant(userId: string): string {
  const token = world.fitbit.issueGrant({ clientId: FITBIT_CLIENT.id, scope: SCOPES, userId });
  world.github.setSecret(TARGET, 'FITBIT_REFRESH_TOKEN', token);
  return token;
}

function expectNoSecretsPrinted(run: ActionRun, secrets: readonly string[]): void {
  const visible = [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.stderr, run.summary];
  for (const secret of secrets) {
    for (const text of visible) expect(text).not.toContain(secret);
  }
}

function tokenRequestsSince(sim: { requests: readonly unknown[] }, before: number): number {
  return sim.requests.length - before;
}

describe('a rotating provider (legacy Fitbit)', () => {
  it('rotates five times in a row, each new refresh token sealed into the secret and accepted next', async () => {
    let current = seedFitbitGrant('CHAIN1');
    for (let run = 1; run <= 5; run++) {
      const result = await runAction(world.fitbitInputs(current));
      expect(result.exitCode, result.stdout).toBe(0);
      const stored = world.github.secretValue(TARGET, 'FITBIT_REFRESH_TOKEN');
      expect(stored).toBeDefined();
      expect(stored).not.toBe(current);
      expect(stored).toBe(world.fitbit.currentRefreshToken('CHAIN1'));
      expect(result.outputs['secret-updated']).toBe('true');
      expect(result.masks).toContain(stored);
      expect(maskedBeforeAnyOtherUse(result.stdout, stored as string)).toBe(true);
      current = stored as string;
    }
    // The probe secrets that proved write access left nothing behind.
    expect(world.github.secretNames(TARGET).filter((name) => name.includes('PROBE'))).toEqual([]);
  });

  it('proves it may write before it spends the token, and stores the new one after its answer', async () => {
    const sent = seedFitbitGrant('ORDER');
    // The probe's DELETE overlaps the token request by design. Each is answered only once the
    // other has arrived, so both are open together and the log shows them as one step,
    // whichever the network happened to deliver first.
    const isProbeDelete = (method: string, path: string) =>
      method === 'DELETE' && path.includes('FITBIT_TOKEN_KEEPER_PROBE_');
    const isTokenPost = (method: string, path: string) =>
      method === 'POST' && path === '/oauth2/token';
    world.github.faults.push({
      holdUntil: world.fitbit.untilRequests((r) => isTokenPost(r.method, r.path)),
      match: isProbeDelete,
    });
    world.fitbit.faults.push({
      holdUntil: world.github.untilRequests((r) => isProbeDelete(r.method, r.path)),
      match: isTokenPost,
    });
    try {
      const mark = markRequests();
      // As every workflow does: the account the keeper recorded, so nothing else is written.
      const result = await runAction(
        world.fitbitInputs(sent, { 'grant-account': newAccountRecord('ORDER') }),
      );
      expect(result.exitCode, result.stdout).toBe(0);
      // Step 2, the probe's PUT, was answered before the token POST arrived (step 3); the
      // new secret's PUT (step 4) arrived after the token POST had been answered.
      await expect(requestLog(world, mark, { [sent]: 'stored refresh token' })).toMatchFileSnapshot(
        '__snapshots__/requests/fitbit-rotation.txt',
      );
    } finally {
      world.github.faults.clear();
      world.fitbit.faults.clear();
    }
  });

  it('publishes outputs, the exported variable and a summary, masking every secret before use', async () => {
    const sent = seedFitbitGrant('OUTPUTS');
    const before = Date.now();
    const result = await runAction(world.fitbitInputs(sent));
    expect(result.exitCode, result.stdout).toBe(0);

    const accessToken = result.outputs['access-token'] ?? '';
    expect(world.fitbit.isValidAccessToken(accessToken)).toBe(true);
    expect(result.exportedEnv.FITBIT_ACCESS_TOKEN).toBe(accessToken);
    expect(result.outputs['expires-in']).toBe('28800');
    const expiresAt = Date.parse(result.outputs['expires-at'] ?? '');
    expect(expiresAt).toBeGreaterThanOrEqual(before + 28_800_000 - 2000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 28_800_000 + 1000);
    expect(result.outputs['expires-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(result.outputs.scope).toBe(SCOPES);
    expect(result.outputs['user-id']).toBe('OUTPUTS');
    expect(result.outputs['token-type']).toBe('Bearer');
    expect(result.outputs['refresh-token-expires-at']).toBe('');
    expect(result.outputs['grant-expires-at']).toBe('');

    const newRefresh = world.github.secretValue(TARGET, 'FITBIT_REFRESH_TOKEN') as string;
    for (const value of [sent, newRefresh, accessToken, FITBIT_CLIENT.secret, WRITER]) {
      expect(result.masks).toContain(value);
      expect(maskedBeforeAnyOtherUse(result.stdout, value)).toBe(true);
    }
    expectNoSecretsPrinted(result, [sent, newRefresh, accessToken, FITBIT_CLIENT.secret, WRITER]);
    expect(result.summary).toContain('FITBIT_REFRESH_TOKEN');
    expect(result.summary).toContain('rotated: the new one is stored');
    expect(result.summary).toContain(SCOPES.split(' ').join(', '));
    // On a phone: label/value lines, no table to scroll sideways.
    const summary = viewSummary(result.summary);
    expect(summary.tables).toEqual([]);
    expect(summary.text).toContain('Refresh token: rotated: the new one is stored');
    expect(phoneProblems(result.summary, 2)).toEqual([]);
  });

  it('fails on a spent refresh token with the grant explained, without echoing the token Fitbit quotes', async () => {
    const spent = seedFitbitGrant('SPENT');
    expect((await runAction(world.fitbitInputs(spent))).exitCode).toBe(0);
    // Using the new token closes Fitbit's replay window; the old one is now dead.
    const live = world.github.secretValue(TARGET, 'FITBIT_REFRESH_TOKEN') as string;
    expect((await runAction(world.fitbitInputs(live))).exitCode).toBe(0);

    const result = await runAction(world.fitbitInputs(spent));
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    const error = result.errors[0] ?? '';
    expect(error).toContain('invalid_grant');
    expect(error).toMatch(/single-use/);
    expect(error).toMatch(/Re-seed/);
    expect(error).not.toContain(spent);
    expect(error).toContain('[redacted]');
    expect(result.outputs['access-token']).toBeUndefined();
  });

  it('names client-id, client-secret and client-auth when the client is rejected', async () => {
    const token = seedFitbitGrant('BADCLIENT');
    const result = await runAction(
      world.fitbitInputs(token, { 'client-secret': 'wrong-secret-value' }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('invalid_client');
    expect(result.errors[0]).toMatch(/client-id, client-secret and client-auth/);
    expect(result.errors[0]).not.toContain('wrong-secret-value');
    // The refused request did not spend the refresh token.
    expect(world.fitbit.currentRefreshToken('BADCLIENT')).toBe(token);
  });

  it('says the Fitbit Web API is retired and points to provider: google on 410 Gone', async () => {
    const token = seedFitbitGrant('RETIRED');
    world.fitbit.retired = true;
    try {
      const result = await runAction(world.fitbitInputs(token));
      expect(result.exitCode).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toContain('HTTP 410');
      expect(result.errors[0]).toContain('2026-11-02');
      expect(result.errors[0]).toContain('provider: google');
      expect(world.github.secretValue(TARGET, 'FITBIT_REFRESH_TOKEN')).toBe(token);
    } finally {
      world.fitbit.retired = false;
    }
  });

  it('stops before the token endpoint when the GitHub token may only read secrets', async () => {
    const token = seedFitbitGrant('READONLY');
    const mark = markRequests();
    const result = await runAction(world.fitbitInputs(token, { 'github-token': READER }));
    expect(result.exitCode).toBe(1);
    // The probe write is refused, and the token endpoint never hears of the grant.
    await expect(requestLog(world, mark)).toMatchFileSnapshot(
      '__snapshots__/requests/read-only-token.txt',
    );
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('HTTP 403');
    expect(result.errors[0]).toContain('"Secrets: read and write"');
    expect(result.errors[0]).toContain('GITHUB_TOKEN can never write');
    expect(result.errors[0]).toMatch(/not contacted/);
    expect(world.fitbit.currentRefreshToken('READONLY')).toBe(token);
  });

  it('withholds the access token and says so when the new refresh token cannot be stored', async () => {
    const token = seedFitbitGrant('WRITEFAIL');
    const before = world.github.requests.length;
    // The probe write and delete pass; then the token loses its access (a final 403, not
    // retried; transient 5xx failures, retried for about a minute, are in the fault suite).
    world.github.faults.push({
      status: 403,
      body: '{"message":"Resource not accessible by personal access token"}',
      match: (method, path) => method === 'PUT' && path.endsWith('/FITBIT_REFRESH_TOKEN'),
      times: 100,
    });
    try {
      const result = await runAction(world.fitbitInputs(token));
      expect(result.exitCode).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(/could NOT be stored/);
      expect(result.errors[0]).toMatch(/access token was withheld/);
      expect(result.errors[0]).toMatch(/re-run the workflow at once/i);
      expect(result.outputs['access-token']).toBeUndefined();
      expect(result.exportedEnv.FITBIT_ACCESS_TOKEN).toBeUndefined();
      expect(world.github.requests.length).toBeGreaterThan(before);
      // The secret still holds the old (now spent) token: nothing half-written.
      expect(world.github.secretValue(TARGET, 'FITBIT_REFRESH_TOKEN')).toBe(token);
    } finally {
      world.github.faults.clear();
    }
  });
});

describe('a non-rotating provider (Google Health API)', () => {
  it('refreshes without writing any secret, and reads suffice', async () => {
    const token = world.google.issueGrant({
      clientId: GOOGLE_CLIENT.id,
      scope: 'https://www.googleapis.com/auth/googlehealth.sleep.readonly',
      withIdToken: true,
      sub: '1098765',
    });
    world.github.setSecret(TARGET, 'GOOGLE_REFRESH_TOKEN', token);
    const mark = markRequests();

    const result = await runAction(
      world.googleInputs(token, {
        'github-token': READER,
        'grant-account': newAccountRecord('1098765'),
      }),
    );
    expect(result.exitCode, result.stdout).toBe(0);
    // One read of the public key, one refresh; no write at all: grant-account names the account.
    await expect(
      requestLog(world, mark, {
        [token]: 'stored refresh token',
        [GOOGLE_CLIENT.secret]: 'client secret',
      }),
    ).toMatchFileSnapshot('__snapshots__/requests/google-refresh.txt');
    expect(result.outputs['secret-updated']).toBe('false');
    expect(result.outputs['expires-in']).toBe('3599');
    expect(result.outputs['user-id']).toBe('1098765');
    expect(world.google.isValidAccessToken(result.outputs['access-token'] ?? '')).toBe(true);
    expect(world.github.secretValue(TARGET, 'GOOGLE_REFRESH_TOKEN')).toBe(token);
    expect(result.summary).toContain('unchanged: the provider keeps it valid');
    expectNoSecretsPrinted(result, [
      token,
      result.outputs['access-token'] ?? '',
      GOOGLE_CLIENT.secret,
    ]);
  });

  it("a github-token that may not write secrets cannot record the grant's account: a warning, never a failed refresh", async () => {
    const token = world.google.issueGrant({
      clientId: GOOGLE_CLIENT.id,
      scope: 'openid https://www.googleapis.com/auth/googlehealth.sleep.readonly',
      sub: '1098766',
    });
    world.github.setSecret(TARGET, 'READ_ONLY_ACCOUNT', token);
    const result = await runAction(
      world.googleInputs(token, { 'github-token': READER, 'secret-name': 'READ_ONLY_ACCOUNT' }),
    );
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(
      /^::warning::Could not record the grant's account in the secret READ_ONLY_ACCOUNT_ACCOUNT \(.*HTTP 403.*\).*The refresh itself is not affected/m,
    );
    expect(result.stdout).not.toContain('1098766');
    expect(result.outputs['access-token']).toBeTruthy();
    expect(world.github.secretValue(TARGET, 'READ_ONLY_ACCOUNT_ACCOUNT')).toBeUndefined();
    expect(world.github.secretValue(TARGET, 'READ_ONLY_ACCOUNT')).toBe(token);
  });

  it('explains the 7-day Testing limit when Google answers invalid_grant', async () => {
    const token = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: 'x' });
    world.google.revoke(token);
    const result = await runAction(world.googleInputs(token));
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('invalid_grant');
    expect(result.errors[0]).toContain('7 days after consent');
    expect(result.errors[0]).toMatch(/Re-seed/);
  });
});

describe('GitHub access problems, found before the refresh token is spent', () => {
  it('401: says the github-token is invalid or expired', async () => {
    const token = seedFitbitGrant('G401');
    const before = world.fitbit.requests.length;
    const result = await runAction(
      world.fitbitInputs(token, { 'github-token': 'ghp_unknown_token_0000' }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('HTTP 401');
    expect(result.errors[0]).toMatch(/invalid or expired/);
    expect(tokenRequestsSince(world.fitbit, before)).toBe(0);
  });

  it('404: says the repository is missing or invisible to the token', async () => {
    const token = seedFitbitGrant('G404');
    const before = world.fitbit.requests.length;
    const result = await runAction(world.fitbitInputs(token, { 'github-token': INVISIBLE }));
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('HTTP 404');
    expect(result.errors[0]).toMatch(/does not exist or the github-token cannot see it/);
    expect(result.errors[0]).toContain('"Secrets: read and write"');
    expect(tokenRequestsSince(world.fitbit, before)).toBe(0);
  });
});

describe('bad input', () => {
  it('fails with one error naming the input, before any request', async () => {
    const mark = markRequests();
    const result = await runAction(
      world.fitbitInputs('some-refresh-token', { 'secret-name': 'GITHUB_TOKEN_COPY' }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringContaining("Input 'secret-name'")]);
    expect(requestLog(world, mark)).toBe('\n');
  });
});
