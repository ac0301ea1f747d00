/**
 * The simulators of the rotating presets behave as their providers are
 * documented (providers.md): what each consent page takes and refuses, how
 * each token endpoint authenticates, rotates, replays and answers errors.
 * Straight HTTP against each simulator, on a clock the test moves.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { consentRedirect } from '../../sim/browser.js';
import { startOuraSim } from '../../sim/oura.js';
import type { PresetSim } from '../../sim/preset-provider.js';
import { startStravaSim } from '../../sim/strava.js';
import { startWhoopSim } from '../../sim/whoop.js';
import { startWithingsSim, WITHINGS_CODE_LIFETIME_MS } from '../../sim/withings.js';

const CLIENT = { id: 'sim-test-client', secret: 'sim-test-client-secret-0001' };
const STATE = 'state-of-this-consent';

let clock = Date.parse('2026-12-01T08:00:00Z');
const now = () => clock;
const sims: PresetSim[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((sim) => sim.close()));
});

async function started<T extends PresetSim>(sim: Promise<T>, redirectUris?: string[]): Promise<T> {
  const running = await sim;
  sims.push(running);
  running.addClient({ ...CLIENT, ...(redirectUris === undefined ? {} : { redirectUris }) });
  return running;
}

async function post(
  sim: PresetSim,
  form: Record<string, string>,
  headers: Record<string, string> = {},
  url = sim.tokenUrl,
) {
  const response = await fetch(url, { method: 'POST', headers, body: new URLSearchParams(form) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const credentials = { client_id: CLIENT.id, client_secret: CLIENT.secret };
const refreshForm = (token: string, extra: Record<string, string> = {}) => ({
  grant_type: 'refresh_token',
  refresh_token: token,
  ...credentials,
  ...extra,
});

async function consent(sim: PresetSim, params: Record<string, string>): Promise<URL> {
  return consentRedirect(sim.authorizeUrl, {
    response_type: 'code',
    client_id: CLIENT.id,
    state: STATE,
    ...params,
  });
}

describe('strava', () => {
  const start = (redirectUris?: string[]) =>
    started(startStravaSim({ now, user: '6958432' }), redirectUris);

  it('takes comma-separated scopes only, and a redirect within the callback domain (or loopback)', async () => {
    const sim = await start(['https://example.org/strava']);
    const good = await consent(sim, {
      redirect_uri: 'https://app.example.org/back',
      scope: 'read,activity:read_all',
    });
    expect(good.searchParams.get('code')).toBeTruthy();
    expect(good.searchParams.get('scope')).toBe('read,activity:read_all');
    const spaced = await consent(sim, {
      redirect_uri: 'http://127.0.0.1:8080/',
      scope: 'read activity:read_all',
    });
    expect(spaced.searchParams.get('error')).toBe('invalid_scope');
    const foreign = await fetch(
      `${sim.authorizeUrl}?${new URLSearchParams({ client_id: CLIENT.id, response_type: 'code', scope: 'read', redirect_uri: 'https://evil.example.net/' })}`,
      { redirect: 'manual' },
    );
    expect(foreign.status).toBe(400);
  });

  it('hands out the athlete at the exchange, expires_at, and keeps the access token while an hour is left', async () => {
    const sim = await start();
    const landing = await consent(sim, { redirect_uri: 'http://localhost/', scope: 'read' });
    const exchange = await post(sim, {
      grant_type: 'authorization_code',
      code: landing.searchParams.get('code') ?? '',
      ...credentials,
    });
    expect(exchange.status).toBe(200);
    expect(exchange.json.athlete).toMatchObject({ id: 6958432 });
    expect(exchange.json.expires_at).toBe(Math.floor(clock / 1000) + 6 * 3600);
    clock += 3600_000;
    const first = await post(sim, refreshForm(String(exchange.json.refresh_token)));
    expect(first.json.access_token).toBe(exchange.json.access_token);
    expect(first.json.expires_in).toBe(5 * 3600);
    expect(first.json.athlete).toBeUndefined();
    clock += 4 * 3600_000 + 1000;
    const second = await post(sim, refreshForm(String(first.json.refresh_token)));
    expect(second.json.access_token).not.toBe(exchange.json.access_token);
  });

  it('rotates every other refresh by default; a rotated token dies at once, in its own error shape', async () => {
    const sim = await start();
    const token = sim.issueGrant({ clientId: CLIENT.id, scope: 'read', user: '1' });
    const first = await post(sim, refreshForm(token));
    expect(first.json.refresh_token).not.toBe(token);
    const second = await post(sim, refreshForm(String(first.json.refresh_token)));
    expect(second.json.refresh_token).toBe(first.json.refresh_token);
    const spent = await post(sim, refreshForm(token));
    expect(spent).toEqual({
      status: 400,
      json: {
        message: 'Bad Request',
        errors: [{ resource: 'RefreshToken', field: 'refresh_token', code: 'invalid' }],
      },
    });
    sim.revoke('1');
    const revoked = await post(sim, refreshForm(String(second.json.refresh_token)));
    expect(revoked.status).toBe(401);
    const wrongSecret = await post(sim, { ...refreshForm(token), client_secret: 'nope' });
    expect(wrongSecret.json.errors).toEqual([
      { resource: 'Application', field: 'client_secret', code: 'invalid' },
    ]);
  });
});

describe('whoop', () => {
  const start = () => started(startWhoopSim({ now }), ['http://127.0.0.1:8080/']);

  it('wants a state of at least eight characters and the exact registered redirect', async () => {
    const sim = await start();
    const params = { redirect_uri: 'http://127.0.0.1:8080/', scope: 'offline read:sleep' };
    expect((await consent(sim, { ...params, state: 'short' })).searchParams.get('error')).toBe(
      'invalid_state',
    );
    expect((await consent(sim, params)).searchParams.get('code')).toBeTruthy();
    const other = await fetch(
      `${sim.authorizeUrl}?${new URLSearchParams({ ...params, client_id: CLIENT.id, response_type: 'code', state: STATE, redirect_uri: 'http://127.0.0.1:8080' })}`,
      { redirect: 'manual' },
    );
    expect(other.status).toBe(400);
  });

  it('rotates with scope=offline; without it answers no refresh token and spends the one sent all the same', async () => {
    const sim = await start();
    const token = sim.issueGrant({ clientId: CLIENT.id, scope: 'offline read:sleep', user: 'u1' });
    const rotated = await post(sim, refreshForm(token, { scope: 'offline' }));
    expect(rotated.status).toBe(200);
    const next = String(rotated.json.refresh_token);
    expect(next).not.toBe(token);
    expect(rotated.json.token_type).toBe('bearer');
    const without = await post(sim, refreshForm(next));
    expect(without.status).toBe(200);
    expect(without.json.access_token).toBeTruthy();
    expect(without.json.refresh_token).toBeUndefined();
    expect((await post(sim, refreshForm(next, { scope: 'offline' }))).json.error).toBe(
      'invalid_grant',
    );
    expect(sim.currentRefreshToken('u1')).toBeUndefined();
  });

  it('refuses HTTP Basic with invalid_client, and gives no refresh token to a consent without offline', async () => {
    const sim = await start();
    const landing = await consent(sim, {
      redirect_uri: 'http://127.0.0.1:8080/',
      scope: 'read:sleep',
    });
    const basic = `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64')}`;
    const form = {
      grant_type: 'authorization_code',
      code: landing.searchParams.get('code') ?? '',
      redirect_uri: 'http://127.0.0.1:8080/',
    };
    expect((await post(sim, form, { authorization: basic })).status).toBe(401);
    const exchange = await post(sim, { ...form, ...credentials });
    expect(exchange.status).toBe(200);
    expect(exchange.json.refresh_token).toBeUndefined();
  });
});

describe('oura', () => {
  it('asks for every scope when none is named, takes the one registered redirect when none is sent, and Basic', async () => {
    const sim = await started(startOuraSim({ now }), ['http://127.0.0.1:8080/callback']);
    const landing = await consent(sim, {});
    expect(landing.origin + landing.pathname).toBe('http://127.0.0.1:8080/callback');
    expect(landing.searchParams.get('scope')?.split(' ')).toContain('heartrate');
    const basic = `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64')}`;
    const exchange = await post(
      sim,
      { grant_type: 'authorization_code', code: landing.searchParams.get('code') ?? '' },
      { authorization: basic },
    );
    expect(exchange.status).toBe(200);
    expect(Object.keys(exchange.json).sort()).toEqual([
      'access_token',
      'expires_in',
      'refresh_token',
      'token_type',
    ]);
    const rotated = await post(sim, refreshForm(String(exchange.json.refresh_token)));
    expect(rotated.json.refresh_token).not.toBe(exchange.json.refresh_token);
    const reused = await post(sim, refreshForm(String(exchange.json.refresh_token)));
    expect(reused).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
  });

  it("serves a newer portal's app only at its own token path", async () => {
    const sim = await started(startOuraSim({ now }));
    const app = { id: 'NEWAPP', secret: 'new-app-secret' };
    sim.addNewPortalClient(app);
    const token = sim.issueGrant({ clientId: app.id, scope: 'daily' });
    const form = {
      grant_type: 'refresh_token',
      refresh_token: token,
      client_id: app.id,
      client_secret: app.secret,
    };
    expect(await post(sim, form)).toMatchObject({
      status: 400,
      json: { error: 'invalid_request' },
    });
    expect((await post(sim, form, {}, sim.newPortalTokenUrl)).status).toBe(200);
  });
});

describe('withings', () => {
  const CALLBACK = 'https://health.example.org/withings';
  const start = () => started(startWithingsSim({ now, user: '363' }), [CALLBACK]);
  const withAction = (form: Record<string, string>) => ({ action: 'requesttoken', ...form });

  it.each([
    'http://127.0.0.1:8080/',
    'https://localhost/withings',
    'https://192.0.2.1/withings',
    'https://health.example.org:8443/withings',
    'http://health.example.org/withings',
  ])('refuses the redirect %s', async (redirectUri) => {
    const sim = await start();
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: CLIENT.id,
      state: STATE,
      scope: 'user.metrics',
      redirect_uri: redirectUri,
    });
    const page = await fetch(`${sim.authorizeUrl}?${query}`, { redirect: 'manual' });
    expect(page.status).toBe(400);
  });

  it('answers every outcome with HTTP 200, wants action=requesttoken, and lets a code live 30 seconds', async () => {
    const sim = await start();
    const comma = await consent(sim, {
      redirect_uri: CALLBACK,
      scope: 'user.metrics,user.activity',
    });
    const exchangeForm = (code: string) =>
      withAction({
        grant_type: 'authorization_code',
        code,
        redirect_uri: CALLBACK,
        ...credentials,
      });
    const code = comma.searchParams.get('code') ?? '';
    expect(await post(sim, { ...exchangeForm(code), action: '' })).toMatchObject({
      status: 200,
      json: { status: 503 },
    });
    clock += WITHINGS_CODE_LIFETIME_MS;
    expect(await post(sim, exchangeForm(code))).toEqual({
      status: 200,
      json: { status: 503, body: {}, error: 'Invalid Params: invalid code' },
    });
    const fresh = await consent(sim, { redirect_uri: CALLBACK, scope: 'user.metrics' });
    clock += WITHINGS_CODE_LIFETIME_MS - 1000;
    const exchange = await post(sim, exchangeForm(fresh.searchParams.get('code') ?? ''));
    expect(exchange.json.status).toBe(0);
    expect(exchange.json.body).toMatchObject({
      userid: 363,
      scope: 'user.metrics',
      expires_in: 10800,
    });
  });

  it('replays a refresh for 8 hours while its access token is unused, then refuses the spent token', async () => {
    const sim = await start();
    const token = sim.issueGrant({ clientId: CLIENT.id, scope: 'user.metrics' });
    const first = await post(sim, withAction(refreshForm(token)));
    const again = await post(sim, withAction(refreshForm(token)));
    expect(again).toEqual(first);
    clock += 8 * 3600_000;
    expect((await post(sim, withAction(refreshForm(token)))).json).toEqual({
      status: 503,
      body: {},
      error: 'Invalid Params: invalid refresh_token',
    });
    const body = first.json.body as { access_token: string; refresh_token: string };
    const next = await post(sim, withAction(refreshForm(body.refresh_token)));
    const nextBody = next.json.body as { access_token: string };
    expect(sim.useAccessToken(nextBody.access_token)).toBe(true);
    expect((await post(sim, withAction(refreshForm(body.refresh_token)))).json.status).toBe(503);
  });
});
