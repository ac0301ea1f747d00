import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { consentRedirect } from '../../sim/browser.js';
import { type GoogleSim, type GoogleSimOptions, startGoogleSim } from '../../sim/google.js';

const CLIENT = { id: 'sim.apps.googleusercontent.com', secret: 'GOCSPX-sim-secret' };
const SCOPE = 'https://www.googleapis.com/auth/googlehealth.sleep.readonly';
const DEAD = { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' };
const UNAUTHORIZED = { error: 'invalid_client', error_description: 'Unauthorized' };

let sim: GoogleSim;
afterEach(async () => {
  await sim?.close();
});

async function start(options: GoogleSimOptions = {}): Promise<GoogleSim> {
  sim = await startGoogleSim(options);
  sim.addClient(CLIENT);
  return sim;
}

async function post(body: string | URLSearchParams, headers: Record<string, string> = {}) {
  const res = await fetch(sim.tokenUrl, { method: 'POST', headers, body });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const refreshInBody = (token: string, secret = CLIENT.secret) =>
  post(
    new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: token,
      client_id: CLIENT.id,
      client_secret: secret,
    }),
  );

describe('Google simulator: refresh', () => {
  it('does not rotate: no refresh_token in the reply, and the same token keeps working', async () => {
    await start();
    const token = sim.issueGrant({ clientId: CLIENT.id, scope: SCOPE });
    const first = await refreshInBody(token);
    expect(first.status).toBe(200);
    expect(first.json).toEqual({
      access_token: expect.stringMatching(/^ya29\./),
      expires_in: 3599,
      scope: SCOPE,
      token_type: 'Bearer',
    });
    const second = await refreshInBody(token);
    expect(second.status).toBe(200);
    expect(second.json.access_token).not.toBe(first.json.access_token);
    expect(sim.isValidAccessToken(first.json.access_token as string)).toBe(true);
    expect(sim.accessTokens()).toContain(second.json.access_token);
    expect(sim.isValidAccessToken('ya29.forged')).toBe(false);
  });

  it('accepts HTTP Basic client authentication as well', async () => {
    await start();
    const token = sim.issueGrant({ clientId: CLIENT.id, scope: SCOPE });
    const reply = await post(
      new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token }),
      {
        authorization: `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64')}`,
      },
    );
    expect(reply.status).toBe(200);
  });

  it('adds an id_token with sub, and refresh_token_expires_in, when the grant has them', async () => {
    await start();
    const token = sim.issueGrant({
      clientId: CLIENT.id,
      scope: `openid ${SCOPE}`,
      withIdToken: true,
      sub: '1098765',
      refreshTokenExpiresIn: 86400,
    });
    const { json } = await refreshInBody(token);
    const parts = (json.id_token as string).split('.');
    expect(parts).toHaveLength(3);
    const payload = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'));
    expect(payload).toMatchObject({
      sub: '1098765',
      aud: CLIENT.id,
      iss: 'https://accounts.google.com',
    });
    expect(json.refresh_token_expires_in).toBeGreaterThan(86390);
    expect(json.refresh_token_expires_in).toBeLessThanOrEqual(86400);
    expect(json.refresh_token).toBeUndefined();
  });

  it('answers RFC 6749 errors: dead grants, bad clients, missing parameters', async () => {
    let clock = Date.now();
    await start({ now: () => clock });
    const revoked = sim.issueGrant({ clientId: CLIENT.id, scope: SCOPE });
    expect(sim.revoke(revoked)).toBe(true);
    expect(await refreshInBody(revoked)).toEqual({ status: 400, json: DEAD });
    expect(await refreshInBody('1//0unknown')).toEqual({ status: 400, json: DEAD });

    const timed = sim.issueGrant({ clientId: CLIENT.id, scope: SCOPE, refreshTokenExpiresIn: 60 });
    clock += 61_000;
    expect(await refreshInBody(timed)).toEqual({ status: 400, json: DEAD });

    const live = sim.issueGrant({ clientId: CLIENT.id, scope: SCOPE });
    expect(await refreshInBody(live, 'wrong')).toEqual({ status: 401, json: UNAUTHORIZED });
    const stranger = await post(
      new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: live,
        client_id: 'x',
        client_secret: 'y',
      }),
    );
    expect(stranger).toEqual({ status: 401, json: UNAUTHORIZED });

    const noToken = await post(
      new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
      }),
    );
    expect(noToken.status).toBe(400);
    expect(noToken.json.error).toBe('invalid_request');
    const noGrantType = await post(new URLSearchParams({ refresh_token: live }));
    expect(noGrantType.status).toBe(400);
    expect(noGrantType.json.error).toBe('invalid_request');
    const json = await post(JSON.stringify({ grant_type: 'refresh_token', refresh_token: live }), {
      'content-type': 'application/json',
    });
    expect(json.status).toBe(400);
    expect(json.json.error).toBe('invalid_request');
    // None of that hurt the grant.
    expect((await refreshInBody(live)).status).toBe(200);
  });
});

describe('Google simulator: authorization code with PKCE', () => {
  const redirectUri = 'http://127.0.0.1:8765/';
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');

  async function consent(extra: Record<string, string> = {}): Promise<URL> {
    return consentRedirect(sim.authorizeUrl, {
      response_type: 'code',
      client_id: CLIENT.id,
      redirect_uri: redirectUri,
      scope: SCOPE,
      state: 'state-42',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      access_type: 'offline',
      prompt: 'consent',
      ...extra,
    });
  }

  const exchange = (code: string, extra: Record<string, string> = {}) =>
    post(
      new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        ...extra,
      }),
    );

  const codeOf = (url: URL) => url.searchParams.get('code') ?? '';

  it('exchanges a single-use code, checked against verifier and redirect_uri, for a refresh token', async () => {
    await start();
    const back = await consent();
    expect(`${back.origin}${back.pathname}`).toBe(redirectUri);
    expect(back.searchParams.get('state')).toBe('state-42');
    const code = codeOf(back);

    const reply = await exchange(code);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ expires_in: 3599, scope: SCOPE, token_type: 'Bearer' });
    const refreshToken = reply.json.refresh_token as string;
    expect(typeof refreshToken).toBe('string');
    expect(sim.isValidAccessToken(reply.json.access_token as string)).toBe(true);
    expect((await refreshInBody(refreshToken)).status).toBe(200);

    expect((await exchange(code)).json.error).toBe('invalid_grant');
  });

  it('with openid granted, an id_token whose sub is the account that consented, on the exchange and on every refresh', async () => {
    await start({ sub: '1000000000000000000001' });
    const subOf = (json: Record<string, unknown>) =>
      JSON.parse(Buffer.from(String(json.id_token).split('.')[1] ?? '', 'base64url').toString())
        .sub as unknown;

    const owners = await exchange(codeOf(await consent({ scope: `openid ${SCOPE}` })));
    expect(owners.status).toBe(200);
    expect(subOf(owners.json)).toBe('1000000000000000000001');
    const refreshed = await refreshInBody(owners.json.refresh_token as string);
    expect(subOf(refreshed.json)).toBe('1000000000000000000001');

    // Someone else signs in at the consent page: their grant carries their own sub.
    sim.user = '1000000000000000000002';
    const theirs = await exchange(codeOf(await consent({ scope: `openid ${SCOPE}` })));
    expect(subOf(theirs.json)).toBe('1000000000000000000002');
    expect(subOf((await refreshInBody(theirs.json.refresh_token as string)).json)).toBe(
      '1000000000000000000002',
    );

    // Without openid, no id_token: the grant's account stays unknown.
    const without = await exchange(codeOf(await consent()));
    expect(without.json.id_token).toBeUndefined();
    expect((await refreshInBody(without.json.refresh_token as string)).json.id_token).toBe(
      undefined,
    );
    // A grant made by the test with openid in its scope answers with an id_token too.
    const seeded = sim.issueGrant({ clientId: CLIENT.id, scope: `openid ${SCOPE}`, sub: '77' });
    expect(subOf((await refreshInBody(seeded)).json)).toBe('77');
  });

  it('rejects a wrong verifier, a missing verifier, a different redirect_uri and an expired code', async () => {
    let clock = Date.now();
    await start({ now: () => clock });
    const wrong = await exchange(codeOf(await consent()), { code_verifier: 'a'.repeat(43) });
    expect(wrong).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
    const form = new URLSearchParams({
      grant_type: 'authorization_code',
      code: codeOf(await consent()),
      redirect_uri: redirectUri,
      client_id: CLIENT.id,
      client_secret: CLIENT.secret,
    });
    expect(await post(form)).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
    const elsewhere = await exchange(codeOf(await consent()), {
      redirect_uri: 'http://127.0.0.1:9/',
    });
    expect(elsewhere).toMatchObject({ status: 400, json: { error: 'redirect_uri_mismatch' } });
    const late = codeOf(await consent());
    clock += 10 * 60 * 1000 + 1;
    expect(await exchange(late)).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
  });

  it('gives a refresh token only for access_type=offline, and again only with prompt=consent', async () => {
    await start();
    const online = await exchange(codeOf(await consent({ access_type: 'online' })));
    expect(online.status).toBe(200);
    expect(online.json.refresh_token).toBeUndefined();

    expect((await exchange(codeOf(await consent()))).json.refresh_token).toBeDefined();
    const repeat = await exchange(codeOf(await consent({ prompt: 'select_account' })));
    expect(repeat.status).toBe(200);
    expect(repeat.json.refresh_token).toBeUndefined();
    expect((await exchange(codeOf(await consent()))).json.refresh_token).toBeDefined();
  });

  it('redirects with error=access_denied when the user refuses', async () => {
    await start({ deny: true });
    const back = await consent();
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('state-42');
    expect(back.searchParams.has('code')).toBe(false);
  });

  it('shows an error page, without redirecting, for an unknown client', async () => {
    await start();
    const url = new URL(sim.authorizeUrl);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: 'unknown',
      redirect_uri: redirectUri,
      scope: SCOPE,
    }).toString();
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBe(401);
    expect(res.headers.get('location')).toBeNull();
  });
});
