/**
 * The rotating presets end to end: the bundled dist/index.js, spawned as the
 * runner spawns it, against each provider's simulator over real sockets
 * (sim/strava.ts, whoop.ts, oura.ts, withings.ts), named by `provider:` and
 * nothing else but the client and the simulator's token URL. For each preset:
 * a chain of rotations (each new refresh token stored, the next run sends it,
 * the simulator refuses the spent ones) in the provider's own dialect on the
 * wire; a dead grant that opens the consent issue with the provider's consent
 * link (its URL, scope separator and PKCE challenge), answered from a phone
 * and re-seeded. Then each provider's quirks that need no retry (retries run
 * in-process: test/integration/preset-retries.test.ts).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, maskedBeforeAnyOtherUse, runAction } from '../../sim/action-runner.js';
import { consentRedirect } from '../../sim/browser.js';
import { pkceChallenge } from '../../sim/oauth-kit.js';
import type { Reply } from '../../sim/server.js';
import { PRESET_CLIENTS, ROTATING_PRESETS, type RotatingPreset } from '../../sim/world.js';
import { PROVIDERS } from '../../src/oauth/providers.js';
import { commentEvent, consentLinkOf } from '../helpers/consent-answer.js';
import {
  isPresetTokenRequest,
  refreshAtProvider,
  secretOf,
  seedPresetGrant,
  WITHINGS_CALLBACK,
} from '../helpers/preset-world.js';
import { useTempFolders } from '../helpers/temp-folders.js';
import { useWorld } from '../helpers/use-world.js';

const WRITER = 'ghp_presets_writer_000001';
/** The job's GITHUB_TOKEN with permissions: issues: write. */
const JOB_TOKEN = 'ghs_presets_job_token_0002';

const tempFolder = useTempFolders();
const world = useWorld({
  repository: 'octo/presets',
  writer: WRITER,
  fitbitClient: { id: 'UNUSED', secret: 'unused', type: 'server' },
});

beforeAll(() => {
  world.github.addToken(JOB_TOKEN, 'metadata', 'write');
});

afterEach(() => {
  for (const preset of ROTATING_PRESETS) world.presets[preset].faults.clear();
  world.presets.strava.rotation = 'alternate';
  expect(world.github.violations).toEqual([]);
});

let repositories = 0;

/** A repository of the test's own, so that its secrets and issues are its alone. */
function newRepository(): { repository: string; target: { repository: string } } {
  repositories += 1;
  const repository = `octo/presets-${repositories}`;
  world.github.addRepo(repository);
  return { repository, target: { repository } };
}

function run(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction(inputs, { env: { GITHUB_REPOSITORY: inputs.repository ?? '', ...env } });
}

/** The consent redirect the consent issue's link uses: Withings takes no loopback address. */
const consentRedirectInput = (preset: RotatingPreset): Record<string, string> =>
  preset === 'withings' ? { 'redirect-uri': WITHINGS_CALLBACK } : {};

/** None of `values` in what the run printed or summarised (mask lines aside). */
function expectNonePrinted(result: ActionRun, values: readonly string[]): void {
  const visible = [
    result.stdout.replace(/^::add-mask::.*$/gm, ''),
    result.stderr,
    result.summary,
    result.commandFiles.GITHUB_OUTPUT ?? '',
  ];
  for (const value of values.filter((v) => v.length >= 8)) {
    for (const text of visible.slice(0, 3)) expect(text).not.toContain(value);
  }
}

/** The forms of the preset's token requests since `from`. */
function tokenForms(preset: RotatingPreset, from: number) {
  const isToken = isPresetTokenRequest(world, preset);
  return world.presets[preset].requests
    .slice(from)
    .filter((request) => isToken(request.method, request.path));
}

describe.each(ROTATING_PRESETS)('provider: %s', (preset) => {
  const sim = () => world.presets[preset];
  const client = PRESET_CLIENTS[preset];
  const provider = PROVIDERS[preset];

  it('rotates three times in a row: each new refresh token stored, the next run sends it, the spent ones refused', async () => {
    world.presets.strava.rotation = 'always';
    const { repository, target } = newRepository();
    const { user, token } = seedPresetGrant(world, preset, target);
    const requestsBefore = sim().requests.length;
    const spent: string[] = [];
    let current = token;
    for (let round = 1; round <= 3; round++) {
      const result = await run(world.presetInputs(preset, current, { repository }));
      expect(result.exitCode, result.stdout).toBe(0);
      const stored = world.github.secretValue(target, secretOf(preset)) ?? '';
      expect(stored).toBe(sim().currentRefreshToken(user));
      expect(stored).not.toBe(current);
      expect(result.outputs['secret-updated']).toBe('true');
      expect(result.masks).toContain(stored);
      expect(maskedBeforeAnyOtherUse(result.stdout, stored)).toBe(true);
      // The account where the refresh names it: only Withings' does (Strava's only at consent).
      expect(result.outputs['user-id']).toBe(preset === 'withings' ? user : '');
      expectNonePrinted(result, [current, stored, client.secret, WRITER]);
      // The workflow's next step reads data with the access token (which ends Withings' replay).
      expect(sim().useAccessToken(result.outputs['access-token'] ?? '')).toBe(true);
      spent.push(current);
      current = stored;
    }

    // On the wire: the provider's dialect, credentials in the form, every time.
    const forms = tokenForms(preset, requestsBefore);
    expect(forms.map((request) => request.form.refresh_token)).toEqual(spent);
    for (const request of forms) {
      expect(request.headers.authorization).toBeUndefined();
      expect(request.form).toEqual({
        grant_type: 'refresh_token',
        refresh_token: request.form.refresh_token,
        client_id: client.id,
        client_secret: client.secret,
        ...(preset === 'whoop' ? { scope: 'offline' } : {}),
        ...(preset === 'withings' ? { action: 'requesttoken' } : {}),
      });
    }
    for (const old of spent)
      expect((await refreshAtProvider(world, preset, old)).refused).toBe(true);
  });

  it("a dead grant opens the consent issue with the provider's consent link; the address pasted from a phone re-seeds the secret", async () => {
    const { repository, target } = newRepository();
    const { user, token } = seedPresetGrant(world, preset, target);
    sim().revoke(user);
    const dead = await run(
      world.presetInputs(preset, token, {
        repository,
        'consent-issue': 'true',
        'issues-token': JOB_TOKEN,
        ...consentRedirectInput(preset),
      }),
    );
    expect(dead.exitCode).toBe(1);
    expect(dead.errors).toHaveLength(1);
    expect(dead.errors[0]).toMatch(/no longer works/);
    expect(dead.summary).toMatch(/Answer the consent issue/);
    expect(world.github.secretValue(target, secretOf(preset))).toBe(token);
    const [issue, ...others] = world.github.issues(repository);
    expect(others).toEqual([]);
    expect(issue?.state).toBe('open');
    if (issue === undefined) return;

    // The provider's consent page, its scopes joined its way, a PKCE challenge of the sealed verifier.
    const link = consentLinkOf(issue);
    const verifier = world.github.secretValue(target, `${secretOf(preset)}_VERIFIER`) ?? '';
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.origin + link.pathname).toBe(provider.authorizeUrl);
    expect(Object.fromEntries(link.searchParams)).toEqual({
      response_type: 'code',
      client_id: client.id,
      redirect_uri: preset === 'withings' ? WITHINGS_CALLBACK : 'http://127.0.0.1:8080/',
      state: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      ...provider.consentParams,
      code_challenge: pkceChallenge(verifier),
      code_challenge_method: 'S256',
      ...(preset === 'oura' ? {} : { scope: provider.defaultScopes.join(provider.scopeSeparator) }),
    });
    expect(link.searchParams.get('scope') ?? '').not.toMatch(
      provider.scopeSeparator === ',' ? / / : /,/,
    );

    // The person on a phone: the link at the simulated consent page, the address it lands on.
    const landing = await consentRedirect(
      sim().authorizeUrl,
      Object.fromEntries(link.searchParams),
    );
    const code = landing.searchParams.get('code') ?? '';
    expect(code, landing.href).not.toBe('');
    const comment = world.github.commentAs(repository, issue.number, landing.href, 'OWNER');
    const requestsBefore = sim().requests.length;
    const reseed = await run(
      {
        provider: preset,
        'client-id': client.id,
        'client-secret': client.secret,
        'code-verifier': verifier,
        'secret-name': secretOf(preset),
        'github-token': WRITER,
        'issues-token': JOB_TOKEN,
        repository,
        'token-url': sim().tokenUrl,
        'github-api-url': world.github.url,
        ...consentRedirectInput(preset),
      },
      await commentEvent(await tempFolder('ftk-event'), issue, comment),
    );
    expect(reseed.exitCode, reseed.stdout).toBe(0);
    const stored = world.github.secretValue(target, secretOf(preset)) ?? '';
    expect(stored).toBe(sim().currentRefreshToken(sim().user));
    expect(reseed.outputs['secret-updated']).toBe('true');
    // The consent's account, where the provider names it: Strava's athlete.id, Withings' userid.
    expect(reseed.outputs['user-id']).toBe(
      preset === 'strava' || preset === 'withings' ? sim().user : '',
    );
    expect(world.github.issues(repository)[0]?.state).toBe('closed');
    expect(world.github.secretValue(target, `${secretOf(preset)}_VERIFIER`)).toBeUndefined();
    // The code went to the token endpoint with the link's redirect and its verifier.
    const [exchange] = tokenForms(preset, requestsBefore);
    expect(exchange?.form).toMatchObject({
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: link.searchParams.get('redirect_uri'),
    });
    expectNonePrinted(dead, [token, verifier, client.secret]);
    expectNonePrinted(reseed, [token, verifier, code, stored, client.secret]);
  });
});

describe('strava: the refresh token only sometimes rotates', () => {
  it('writes a changed token (secret-updated: true), writes nothing for the same token (false), and reads expires_at', async () => {
    const { repository, target } = newRepository();
    const { user, token } = seedPresetGrant(world, 'strava', target);
    const secretPuts = () =>
      world.github.requests.filter(
        (r) =>
          r.method === 'PUT' &&
          r.path.endsWith(`/${repository}/actions/secrets/STRAVA_REFRESH_TOKEN`),
      ).length;
    // The simulator rotates on the first refresh of a grant, not on the second, again on the third.
    const first = await run(world.presetInputs('strava', token, { repository }));
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs['secret-updated']).toBe('true');
    const rotated = world.github.secretValue(target, 'STRAVA_REFRESH_TOKEN') ?? '';
    expect(rotated).not.toBe(token);
    const putsAfterFirst = secretPuts();
    expect(putsAfterFirst).toBe(1);

    const second = await run(world.presetInputs('strava', rotated, { repository }));
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.outputs['secret-updated']).toBe('false');
    expect(second.stdout).toContain('did not rotate the refresh token');
    expect(secretPuts()).toBe(putsAfterFirst);
    expect(world.github.secretValue(target, 'STRAVA_REFRESH_TOKEN')).toBe(rotated);
    expect(world.presets.strava.currentRefreshToken(user)).toBe(rotated);
    // With more than an hour left Strava hands back the same access token: its expiry is
    // Strava's expires_at, not the second run's start plus expires_in.
    expect(second.outputs['access-token']).toBe(first.outputs['access-token']);
    expect(second.outputs['expires-at']).toBe(first.outputs['expires-at']);
    expect(Number(second.outputs['expires-in'])).toBeLessThanOrEqual(
      Number(first.outputs['expires-in']),
    );

    const third = await run(world.presetInputs('strava', rotated, { repository }));
    expect(third.exitCode, third.stdout).toBe(0);
    expect(third.outputs['secret-updated']).toBe('true');
    expect(world.github.secretValue(target, 'STRAVA_REFRESH_TOKEN')).toBe(
      world.presets.strava.currentRefreshToken(user),
    );
    expect(secretPuts()).toBe(putsAfterFirst + 1);
  });

  it("a wrong client secret is Strava's Application error: the grant still stands and no consent issue opens", async () => {
    const { repository, target } = newRepository();
    const { user, token } = seedPresetGrant(world, 'strava', target);
    const result = await run(
      world.presetInputs('strava', token, {
        repository,
        'client-secret': 'not-the-strava-secret-0001',
        'consent-issue': 'true',
        'issues-token': JOB_TOKEN,
      }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/HTTP 400, Application client_secret: invalid: Bad Request/);
    expect(result.errors[0]).toMatch(/The client was rejected/);
    expect(result.errors[0]).toMatch(/should still work/);
    expect(world.github.issues(repository)).toEqual([]);
    expect(world.presets.strava.currentRefreshToken(user)).toBe(token);
  });
});

describe('whoop: every refresh asks for scope=offline', () => {
  it('a reply without a new refresh token is an error that says the one sent is spent, and opens the consent issue', async () => {
    const { repository, target } = newRepository();
    const { user, token } = seedPresetGrant(world, 'whoop', target);
    // WHOOP spends the token and answers without a successor (as it does without scope=offline).
    world.presets.whoop.faults.push({
      afterHandling: true,
      match: isPresetTokenRequest(world, 'whoop'),
      rewrite: (reply: Reply): Reply => {
        const { refresh_token: _dropped, ...rest } = reply.body as Record<string, unknown>;
        return { ...reply, body: rest };
      },
    });
    const result = await run(
      world.presetInputs('whoop', token, {
        repository,
        'consent-issue': 'true',
        'issues-token': JOB_TOKEN,
      }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/answered the refresh without a new refresh token/);
    expect(result.errors[0]).toMatch(/most likely spent/);
    expect(result.errors[0]).toMatch(/scope=offline/);
    expect(result.outputs['access-token']).toBeUndefined();
    expect(world.github.secretValue(target, 'WHOOP_REFRESH_TOKEN')).toBe(token);
    expect((await refreshAtProvider(world, 'whoop', token)).refused).toBe(true);
    expect(world.presets.whoop.currentRefreshToken(user)).not.toBe(token);
    expect(world.github.issues(repository)).toHaveLength(1);
  });
});

describe("oura: token-url for the newer portal's apps", () => {
  it('an app of the newer portal is refused at the legacy token URL without losing the grant, and refreshes at its own', async () => {
    const { repository, target } = newRepository();
    const app = { id: 'OURANEWPORTALAPP01', secret: 'oura-new-portal-secret-0001' };
    world.presets.oura.addNewPortalClient(app);
    const token = world.presets.oura.issueGrant({ clientId: app.id, scope: 'daily' });
    world.github.setSecret(target, 'OURA_REFRESH_TOKEN', token);
    const appInputs = { repository, 'client-id': app.id, 'client-secret': app.secret };

    const legacy = await run(world.presetInputs('oura', token, appInputs));
    expect(legacy.exitCode).toBe(1);
    expect(legacy.errors[0]).toMatch(/HTTP 400, invalid_request/);
    expect(legacy.errors[0]).toMatch(/should still work/);

    const newer = await run(
      world.presetInputs('oura', token, {
        ...appInputs,
        'token-url': world.presets.oura.newPortalTokenUrl,
      }),
    );
    expect(newer.exitCode, newer.stdout).toBe(0);
    expect(newer.outputs['secret-updated']).toBe('true');
    expect(world.github.secretValue(target, 'OURA_REFRESH_TOKEN')).not.toBe(token);
  });
});

describe('withings: every answer is HTTP 200, the outcome in its status', () => {
  it('an error status never yields an access token, even one the body holds', async () => {
    const { repository, target } = newRepository();
    const { token } = seedPresetGrant(world, 'withings', target);
    const stray = 'withings-stray-access-token-0001';
    world.presets.withings.faults.push({
      match: isPresetTokenRequest(world, 'withings'),
      status: 200,
      body: { status: 2554, body: { access_token: stray }, error: 'Not implemented' },
    });
    const result = await run(world.presetInputs('withings', token, { repository }));
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/answered status 2554: Not implemented/);
    expect(result.outputs['access-token']).toBeUndefined();
    expect(result.exportedEnv.FITBIT_ACCESS_TOKEN).toBeUndefined();
    expect(result.masks).toContain(stray);
    expectNonePrinted(result, [stray, token]);
    expect(world.github.secretValue(target, 'WITHINGS_REFRESH_TOKEN')).toBe(token);
  });

  it('refuses a loopback consent redirect for its consent issue before any request', async () => {
    const { repository, target } = newRepository();
    const { token } = seedPresetGrant(world, 'withings', target);
    const requestsBefore = world.presets.withings.requests.length;
    const githubBefore = world.github.requests.length;
    const result = await run(
      world.presetInputs('withings', token, {
        repository,
        'consent-issue': 'true',
        'issues-token': JOB_TOKEN,
      }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^Input 'redirect-uri' must be an https address registered with Withings/,
      ),
    ]);
    expect(world.presets.withings.requests.length).toBe(requestsBefore);
    expect(world.github.requests.length).toBe(githubBefore);
  });
});
