import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { consentRedirect } from '../../sim/browser.js';
import { type FitbitSim, type FitbitSimOptions, startFitbitSim } from '../../sim/fitbit.js';

const SERVER = { id: '23ABCD', secret: 'server-app-secret', type: 'server' as const };
const PUBLIC = { id: '23PUBL', type: 'client' as const };
const SCOPE = 'activity heartrate sleep';
const VISIT =
  'Visit https://dev.fitbit.com/docs/oauth2 for more information on the Fitbit Web API authorization process.';

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

let sim: FitbitSim;
afterEach(async () => {
  await sim?.close();
});

async function start(options: FitbitSimOptions = {}): Promise<FitbitSim> {
  sim = await startFitbitSim(options);
  sim.addClient(SERVER);
  sim.addClient(PUBLIC);
  return sim;
}

async function post(form: Record<string, string>, headers: Record<string, string> = {}) {
  const res = await fetch(sim.tokenUrl, {
    method: 'POST',
    headers: { accept: 'application/json', ...headers },
    body: new URLSearchParams(form),
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    text,
    json: parse(text),
  };
}

const parse = (text: string): Record<string, unknown> => {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
};

const refreshAsServer = (token: string) =>
  post(
    { grant_type: 'refresh_token', refresh_token: token },
    { authorization: basic(SERVER.id, SERVER.secret) },
  );

const jwtPayload = (jwt: string) => {
  const parts = jwt.split('.');
  expect(parts).toHaveLength(3);
  return JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
};

const useAccessToken = (token: string) =>
  fetch(sim.profileUrl, { headers: { authorization: `Bearer ${token}` } });

describe('Fitbit simulator: refresh', () => {
  it('rotates a single-use refresh token on every refresh, for a server app with Basic', async () => {
    await start();
    const first = sim.issueGrant({ clientId: SERVER.id, scope: SCOPE, userId: '26FWFL' });
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(sim.currentRefreshToken('26FWFL')).toBe(first);

    const reply = await refreshAsServer(first);
    expect(reply.status).toBe(200);
    const body = reply.json;
    expect(Object.keys(body).sort()).toEqual(
      ['access_token', 'expires_in', 'refresh_token', 'scope', 'token_type', 'user_id'].sort(),
    );
    expect(body).toMatchObject({
      expires_in: 28800,
      scope: SCOPE,
      token_type: 'Bearer',
      user_id: '26FWFL',
    });
    expect(body.refresh_token).toMatch(/^[0-9a-f]{64}$/);
    expect(body.refresh_token).not.toBe(first);
    expect(jwtPayload(body.access_token as string)).toMatchObject({
      sub: '26FWFL',
      aud: SERVER.id,
    });
    expect(sim.isValidAccessToken(body.access_token as string)).toBe(true);
    expect(sim.isValidAccessToken('nope')).toBe(false);
    expect(sim.currentRefreshToken('26FWFL')).toBe(body.refresh_token);

    const next = await refreshAsServer(body.refresh_token as string);
    expect(next.status).toBe(200);
    expect(next.json.refresh_token).not.toBe(body.refresh_token);
  });

  it('answers the identical repeated request identically until a new token is used', async () => {
    await start();
    const sent = sim.issueGrant({ clientId: SERVER.id, scope: SCOPE, userId: 'GRACE1' });
    const first = await refreshAsServer(sent);
    const again = await refreshAsServer(sent);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);

    // Using the new access token closes the window.
    expect((await useAccessToken(first.json.access_token as string)).status).toBe(200);
    const late = await refreshAsServer(sent);
    expect(late.status).toBe(400);
    // ...but the successor still works.
    expect((await refreshAsServer(first.json.refresh_token as string)).status).toBe(200);
  });

  it('closes the window when the new refresh token is used, or when it times out', async () => {
    let clock = Date.now();
    await start({ now: () => clock, graceWindowMs: 60_000 });
    const a = sim.issueGrant({ clientId: SERVER.id, scope: SCOPE, userId: 'GRACE2' });
    const b = (await refreshAsServer(a)).json.refresh_token as string;
    expect((await refreshAsServer(b)).status).toBe(200);
    expect((await refreshAsServer(a)).status).toBe(400);

    const c = sim.currentRefreshToken('GRACE2') as string;
    await refreshAsServer(c);
    clock += 60_001;
    expect((await refreshAsServer(c)).status).toBe(400);
  });

  it('makes a retry after a lost reply safe: the server spent the token, the replay returns the same pair', async () => {
    await start();
    const sent = sim.issueGrant({ clientId: SERVER.id, scope: SCOPE, userId: 'LOST01' });
    sim.faults.push({
      afterHandling: true,
      reset: true,
      match: (_m, path) => path === '/oauth2/token',
    });
    await expect(refreshAsServer(sent)).rejects.toThrow();
    const successor = sim.currentRefreshToken('LOST01');
    expect(successor).not.toBe(sent);
    const retry = await refreshAsServer(sent);
    expect(retry.status).toBe(200);
    expect(retry.json.refresh_token).toBe(successor);
  });

  it('rejects a spent token with Fitbit invalid_grant body that echoes the token', async () => {
    await start();
    const spent = sim.issueGrant({ clientId: SERVER.id, scope: SCOPE, userId: 'SPENT1' });
    const { json } = await refreshAsServer(spent);
    await refreshAsServer(json.refresh_token as string);
    const reply = await refreshAsServer(spent);
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({
      errors: [
        { errorType: 'invalid_grant', message: `Refresh token invalid: ${spent}. ${VISIT}` },
      ],
      success: false,
    });
    const unknown = 'f'.repeat(64);
    expect((await refreshAsServer(unknown)).text).toContain(`Refresh token invalid: ${unknown}.`);
  });

  it('keeps one grant per user per app: a new grant kills the previous tokens', async () => {
    await start();
    const old = sim.issueGrant({ clientId: SERVER.id, scope: SCOPE, userId: 'ONEGRT' });
    const access = (await refreshAsServer(old)).json.access_token as string;
    const fresh = sim.issueGrant({ clientId: SERVER.id, scope: SCOPE, userId: 'ONEGRT' });
    expect(sim.currentRefreshToken('ONEGRT', SERVER.id)).toBe(fresh);
    expect(sim.isValidAccessToken(access)).toBe(false);
    expect((await refreshAsServer(sim.currentRefreshToken('ONEGRT') as string)).status).toBe(200);
  });
});

describe('Fitbit simulator: client authentication', () => {
  const badHeader = {
    errors: [
      {
        errorType: 'invalid_client',
        message: `Invalid authorization header format. The header was not recognized to be a valid header for any of known implementations or a client_id was not specified in case of a public client ${VISIT}`,
      },
    ],
    success: false,
  };

  it('needs Basic for a server app and does not spend the token when the client is refused', async () => {
    await start();
    const token = sim.issueGrant({ clientId: SERVER.id, scope: SCOPE, userId: 'AUTH01' });
    const form = { grant_type: 'refresh_token', refresh_token: token };

    const noHeader = await post({ ...form, client_id: SERVER.id });
    expect(noHeader.status).toBe(401);
    expect(noHeader.json).toEqual(badHeader);

    const garbage = await post(form, { authorization: 'Basic !!!' });
    expect(garbage.status).toBe(401);
    expect(garbage.json).toEqual(badHeader);

    const wrong = await post(form, { authorization: basic(SERVER.id, 'wrong') });
    expect(wrong.status).toBe(401);
    expect((wrong.json.errors as Array<{ errorType: string }>)[0]?.errorType).toBe(
      'invalid_client',
    );

    const secretInBody = await post({
      ...form,
      client_id: SERVER.id,
      client_secret: SERVER.secret,
    });
    expect(secretInBody.status).toBe(401);
    expect(sim.currentRefreshToken('AUTH01')).toBe(token);
  });

  it('lets a public client send client_id in the body without a secret', async () => {
    await start();
    const token = sim.issueGrant({ clientId: PUBLIC.id, scope: SCOPE, userId: 'PUBL01' });
    const reply = await post({
      grant_type: 'refresh_token',
      refresh_token: token,
      client_id: PUBLIC.id,
    });
    expect(reply.status).toBe(200);
    expect(reply.json.user_id).toBe('PUBL01');
    const missing = await post({ grant_type: 'refresh_token', refresh_token: token });
    expect(missing.status).toBe(401);
    expect(missing.json).toEqual(badHeader);
  });

  it('does not let one app spend the token of another', async () => {
    await start();
    const token = sim.issueGrant({ clientId: PUBLIC.id, scope: SCOPE, userId: 'CROSS1' });
    expect((await refreshAsServer(token)).status).toBe(400);
    expect(sim.currentRefreshToken('CROSS1')).toBe(token);
  });

  it('reports missing parameters as invalid_request', async () => {
    await start();
    const reply = await post(
      { grant_type: 'refresh_token' },
      { authorization: basic(SERVER.id, SERVER.secret) },
    );
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({
      errors: [{ errorType: 'invalid_request', message: 'Missing parameters: refresh_token' }],
      success: false,
    });
  });
});

describe('Fitbit simulator: retired', () => {
  it('answers 410 Gone to every token request while retired', async () => {
    await start({ retired: true });
    const token = sim.issueGrant({ clientId: SERVER.id, scope: SCOPE, userId: 'GONE01' });
    const reply = await refreshAsServer(token);
    expect(reply.status).toBe(410);
    expect(reply.type).toContain('text/html');
    expect(reply.text).toContain('410');
    sim.retired = false;
    expect((await refreshAsServer(token)).status).toBe(200);
  });
});

describe('Fitbit simulator: authorization code with PKCE', () => {
  const redirectUri = 'http://127.0.0.1:8080/callback';
  const verifier = randomBytes(48).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');

  async function consent(state = 'st-123'): Promise<URL> {
    return consentRedirect(sim.authorizeUrl, {
      response_type: 'code',
      client_id: SERVER.id,
      redirect_uri: redirectUri,
      scope: SCOPE,
      state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
  }

  const exchange = (code: string, codeVerifier = verifier) =>
    post(
      {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        code_verifier: codeVerifier,
      },
      { authorization: basic(SERVER.id, SERVER.secret) },
    );

  it('redirects with code and state, and the code buys a grant that replaces the previous one', async () => {
    await start({ userId: 'CODE01' });
    const previous = sim.issueGrant({ clientId: SERVER.id, scope: SCOPE, userId: 'CODE01' });
    const back = await consent();
    expect(`${back.origin}${back.pathname}`).toBe(redirectUri);
    expect(back.searchParams.get('state')).toBe('st-123');
    const code = back.searchParams.get('code') ?? '';
    expect(code).not.toBe('');

    const reply = await exchange(code);
    expect(reply.status).toBe(200);
    expect(reply.json.refresh_token).toMatch(/^[0-9a-f]{64}$/);
    expect(reply.json.user_id).toBe('CODE01');
    expect(sim.currentRefreshToken('CODE01')).toBe(reply.json.refresh_token);
    expect((await refreshAsServer(previous)).status).toBe(400);

    const reuse = await exchange(code);
    expect(reuse.status).toBe(400);
    expect(reuse.text).toContain(`Authorization code invalid: ${code}`);
  });

  it('rejects a wrong verifier and an expired code', async () => {
    let clock = Date.now();
    await start({ now: () => clock });
    const wrong = await exchange((await consent()).searchParams.get('code') ?? '', 'x'.repeat(43));
    expect(wrong.status).toBe(400);
    expect((wrong.json.errors as Array<{ errorType: string }>)[0]?.errorType).toBe('invalid_grant');

    const late = (await consent()).searchParams.get('code') ?? '';
    clock += 10 * 60 * 1000 + 1;
    expect((await exchange(late)).status).toBe(400);
  });

  it('redirects with error=access_denied when the user refuses', async () => {
    await start({ deny: true });
    const back = await consent('st-deny');
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('st-deny');
    expect(back.searchParams.has('code')).toBe(false);
  });
});
