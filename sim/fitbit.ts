// Legacy Fitbit Web API OAuth simulator (api.fitbit.com/oauth2/token + consent page):
// single-use refresh tokens, one grant per user per app, a replay grace window, and a
// `retired` switch for the 410 Gone the endpoint answers since its shutdown.

import { RequestRecorder } from './arrivals.js';
import { FaultQueue } from './faults.js';
import {
  AuthorizationCodes,
  checkPkce,
  fakeJwt,
  isFormContentType,
  type OAuthRequest,
  parseBasicAuth,
  type RecordedOAuthRequest,
  randomChars,
  randomHex,
  readAuthorizeQuery,
  redirectTo,
  replayOf,
  serveOAuthSim,
} from './oauth-kit.js';
import type { Reply } from './server.js';

export const FITBIT_ACCESS_TOKEN_LIFETIME = 28800;

const VISIT =
  'Visit https://dev.fitbit.com/docs/oauth2 for more information on the Fitbit Web API authorization process.';

const FITBIT_SCOPES = new Set(
  'activity cardio_fitness electrocardiogram heartrate irregular_rhythm_notifications location nutrition oxygen_saturation profile respiratory_rate settings sleep social temperature weight'.split(
    ' ',
  ),
);

export type FitbitClientType = 'server' | 'client' | 'personal';

export interface FitbitSimOptions {
  /** Answer every request with 410 Gone, as the shut-down API does. */
  retired?: boolean;
  /** The simulated user refuses consent (redirect with error=access_denied). */
  deny?: boolean;
  /** Fitbit user id of the simulated user who consents. */
  userId?: string;
  /** How long an identical repeated refresh is answered identically (older docs: 2 min). */
  graceWindowMs?: number;
  /** Clock in epoch ms, for expiry tests. */
  now?: () => number;
}

export interface FitbitClientOptions {
  id: string;
  /** Server apps need it; client (public) apps may have none. */
  secret?: string;
  type: FitbitClientType;
  /** Registered redirect URIs (exact match); omit to accept any. */
  redirectUris?: string[];
}

export interface FitbitGrantOptions {
  clientId: string;
  scope: string;
  userId?: string;
}

export interface FitbitSim {
  url: string;
  tokenUrl: string;
  authorizeUrl: string;
  /** GET with a Bearer access token; "uses" it, which closes the replay window. */
  profileUrl: string;
  /** Can be flipped at any time. */
  retired: boolean;
  deny: boolean;
  addClient(client: FitbitClientOptions): void;
  /** A fresh grant (replacing the user's previous one for that app); returns its refresh token. */
  issueGrant(grant: FitbitGrantOptions): string;
  /** The one live refresh token of the user (for `clientId`, or any app). */
  currentRefreshToken(userId: string, clientId?: string): string | undefined;
  /** Every request, in the order they arrived. */
  readonly requests: RecordedOAuthRequest[];
  /** Resolves once `count` (default 1) more requests that `match` have arrived. */
  untilRequests(match: (request: RecordedOAuthRequest) => boolean, count?: number): Promise<void>;
  readonly faults: FaultQueue;
  isValidAccessToken(token: string): boolean;
  /** Every code, access and refresh token this simulator has handed out. */
  issuedTokens(): string[];
  close(): Promise<void>;
}

interface Grant {
  clientId: string;
  userId: string;
  scope: string;
  refreshToken: string;
  revoked: boolean;
  /** The last refresh, replayable while its successor tokens are unused. */
  last?: { spent: string; body: TokenBody; until: number };
}

interface TokenBody {
  access_token: string;
  expires_in: number;
  refresh_token: string;
  scope: string;
  token_type: 'Bearer';
  user_id: string;
}

interface CodeData {
  clientId: string;
  userId: string;
  scope: string;
  redirectUri: string | undefined;
  codeChallenge: string | undefined;
}

const fitbitError = (status: number, errorType: string, message: string): Reply => ({
  status,
  body: { errors: [{ errorType, message }], success: false },
});

const BAD_HEADER = fitbitError(
  401,
  'invalid_client',
  `Invalid authorization header format. The header was not recognized to be a valid header for any of known implementations or a client_id was not specified in case of a public client ${VISIT}`,
);
const BAD_CLIENT = fitbitError(
  401,
  'invalid_client',
  `Invalid authorization header. Client id or client secret invalid. ${VISIT}`,
);

const GONE: Reply = {
  status: 410,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: '<!DOCTYPE html><html><head><title>410 Gone</title></head><body><h1>Gone</h1><p>The Fitbit Web API has been retired. Use the Google Health API.</p></body></html>',
};

const errorPage = (status: number, text: string): Reply => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: `<!DOCTYPE html><html><body><p>${text}</p></body></html>`,
});

const newUserId = () => randomChars(6, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');

export async function startFitbitSim(options: FitbitSimOptions = {}): Promise<FitbitSim> {
  const now = options.now ?? Date.now;
  const graceMs = options.graceWindowMs ?? 2 * 60 * 1000;
  const consentUser = options.userId ?? newUserId();
  const clients = new Map<string, FitbitClientOptions>();
  const grantsByUser = new Map<string, Grant>(); // `${clientId} ${userId}`
  const live = new Map<string, Grant>(); // current refresh token → grant
  const spent = new Map<string, Grant>(); // used refresh token → grant
  const accessTokens = new Map<string, { grant: Grant; expiresAt: number; used: boolean }>();
  // Every credential minted, so leak tests can look for each one in the action's output.
  const issued: string[] = [];
  const mint = (value: string) => {
    issued.push(value);
    return value;
  };
  const codes = new AuthorizationCodes<CodeData>(now, () => mint(randomHex(20)));
  const faults = new FaultQueue();
  const requests = new RequestRecorder<RecordedOAuthRequest>();

  /** One active grant per user per app: a new one kills the previous one's tokens. */
  function newGrant(clientId: string, userId: string, scope: string): Grant {
    const key = `${clientId} ${userId}`;
    const previous = grantsByUser.get(key);
    if (previous) {
      previous.revoked = true;
      live.delete(previous.refreshToken);
    }
    const grant: Grant = {
      clientId,
      userId,
      scope,
      refreshToken: mint(randomHex(32)),
      revoked: false,
    };
    grantsByUser.set(key, grant);
    live.set(grant.refreshToken, grant);
    return grant;
  }

  function issueAccessToken(grant: Grant): string {
    const iat = Math.floor(now() / 1000);
    const token = mint(
      fakeJwt(
        { alg: 'HS256' },
        {
          aud: grant.clientId,
          sub: grant.userId,
          iss: 'Fitbit',
          typ: 'access_token',
          scopes: grant.scope,
          exp: iat + FITBIT_ACCESS_TOKEN_LIFETIME,
          iat,
        },
      ),
    );
    accessTokens.set(token, {
      grant,
      expiresAt: now() + FITBIT_ACCESS_TOKEN_LIFETIME * 1000,
      used: false,
    });
    return token;
  }

  const tokenBody = (grant: Grant): TokenBody => ({
    access_token: issueAccessToken(grant),
    expires_in: FITBIT_ACCESS_TOKEN_LIFETIME,
    refresh_token: grant.refreshToken,
    scope: grant.scope,
    token_type: 'Bearer',
    user_id: grant.userId,
  });

  /** Server apps: Basic only. Client apps: client_id in the body (or Basic if they have a secret). */
  function authenticate(request: OAuthRequest): string | Reply {
    const basic = parseBasicAuth(request.headers.authorization, false);
    const bodyId = request.form.client_id;
    if (basic === 'malformed') return BAD_HEADER;
    if (basic) {
      const client = clients.get(basic.id);
      if (!client || client.secret === undefined || client.secret !== basic.secret) {
        return BAD_CLIENT;
      }
      if (bodyId !== undefined && bodyId !== basic.id) return BAD_CLIENT;
      return basic.id;
    }
    if (!bodyId) return BAD_HEADER;
    const client = clients.get(bodyId);
    if (!client) return BAD_CLIENT;
    if (client.type === 'server') return BAD_HEADER;
    return bodyId;
  }

  function refresh(request: OAuthRequest, clientId: string): Reply {
    const token = request.form.refresh_token;
    if (!token) return fitbitError(400, 'invalid_request', 'Missing parameters: refresh_token');
    // Fitbit really echoes the token: the tests rely on it to prove the action redacts it.
    const invalid = fitbitError(400, 'invalid_grant', `Refresh token invalid: ${token}. ${VISIT}`);
    const grant = live.get(token);
    if (grant) {
      if (grant.clientId !== clientId) return invalid;
      live.delete(token);
      spent.set(token, grant);
      grant.refreshToken = mint(randomHex(32));
      live.set(grant.refreshToken, grant);
      const body = tokenBody(grant);
      grant.last = { spent: token, body, until: now() + graceMs };
      return { status: 200, body };
    }
    // Grace window: the same request again gets the same pair while neither new token was used.
    const last = replayOf(
      spent.get(token),
      token,
      clientId,
      now(),
      (refresh) => accessTokens.get(refresh.body.access_token)?.used === false,
    );
    if (last) return { status: 200, body: last.body };
    return invalid;
  }

  function exchangeCode(request: OAuthRequest, clientId: string): Reply {
    const { code, redirect_uri: redirectUri, code_verifier: verifier } = request.form;
    if (!code) return fitbitError(400, 'invalid_request', 'Missing parameters: code');
    const data = codes.redeem(code);
    if (!data || data.clientId !== clientId) {
      return fitbitError(400, 'invalid_grant', `Authorization code invalid: ${code} ${VISIT}`);
    }
    if (data.redirectUri !== redirectUri) {
      return fitbitError(400, 'invalid_request', `Invalid redirect_uri parameter value ${VISIT}`);
    }
    const pkce = checkPkce(data.codeChallenge, verifier);
    if (pkce !== 'ok') {
      return fitbitError(400, 'invalid_grant', `Invalid code_verifier parameter value ${VISIT}`);
    }
    return { status: 200, body: tokenBody(newGrant(clientId, data.userId, data.scope)) };
  }

  function token(request: OAuthRequest): Reply {
    if (request.method !== 'POST') return fitbitError(405, 'request', 'Method not allowed');
    if (!isFormContentType(request.headers['content-type'])) {
      return fitbitError(
        400,
        'invalid_request',
        'Content-Type must be application/x-www-form-urlencoded',
      );
    }
    const clientId = authenticate(request);
    if (typeof clientId !== 'string') return clientId;
    const { grant_type: grantType, expires_in: expiresIn } = request.form;
    if (!grantType) {
      return fitbitError(400, 'invalid_request', `Missing 'grant_type' parameter value. ${VISIT}`);
    }
    if (expiresIn !== undefined && expiresIn !== String(FITBIT_ACCESS_TOKEN_LIFETIME)) {
      return fitbitError(400, 'invalid_request', `Invalid expires_in parameter value. ${VISIT}`);
    }
    if (grantType === 'refresh_token') return refresh(request, clientId);
    if (grantType === 'authorization_code') return exchangeCode(request, clientId);
    return fitbitError(400, 'unsupported_grant_type', `Unsupported grant_type: ${grantType}`);
  }

  /** The consent page: a user who answers at once (consents, or refuses with `deny`). */
  function authorize(request: OAuthRequest): Reply {
    const checked = readAuthorizeQuery(request.searchParams);
    const clientId = checked.ok ? checked.value.clientId : checked.clientId;
    const client = clientId ? clients.get(clientId) : undefined;
    if (!client) return errorPage(400, 'Invalid client_id');
    const asked = checked.ok ? checked.value.redirectUri : checked.redirectUri;
    // Without redirect_uri Fitbit uses the registered one, if there is exactly one.
    const registered = client.redirectUris;
    const redirectUri = asked ?? (registered?.length === 1 ? registered[0] : undefined);
    if (
      !redirectUri ||
      !URL.canParse(redirectUri) ||
      (registered && !registered.includes(redirectUri))
    ) {
      return errorPage(400, 'Invalid redirect_uri parameter value');
    }
    const state = request.searchParams.get('state');
    // Fitbit appends `#_=_` to its redirects.
    const back = (params: Record<string, string>) =>
      redirectTo(redirectUri, state === null ? params : { ...params, state }, '_=_');
    if (!checked.ok) return back({ error: checked.error, error_description: checked.description });
    const unknown = checked.value.scope.split(/\s+/).filter((s) => !FITBIT_SCOPES.has(s));
    if (unknown.length > 0) {
      return back({ error: 'invalid_scope', error_description: `Invalid scope: ${unknown[0]}` });
    }
    if (sim.deny) return back({ error: 'access_denied' });
    const code = codes.issue({
      clientId: client.id,
      userId: consentUser,
      scope: checked.value.scope.split(/\s+/).join(' '),
      redirectUri: asked,
      codeChallenge: checked.value.codeChallenge,
    });
    return back({ code });
  }

  function profile(request: OAuthRequest): Reply {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const entry = accessTokens.get(token);
    if (!entry || !sim.isValidAccessToken(token)) {
      return fitbitError(401, 'invalid_token', `Access token invalid: ${token}. ${VISIT}`);
    }
    entry.used = true;
    return { status: 200, body: { user: { encodedId: entry.grant.userId, displayName: 'Sim' } } };
  }

  const server = await serveOAuthSim(faults, requests, (request) => {
    if (sim.retired) return GONE;
    if (request.path === '/oauth2/token') return token(request);
    if (request.path === '/oauth2/authorize' && request.method === 'GET') {
      return authorize(request);
    }
    if (request.path === '/1/user/-/profile.json' && request.method === 'GET') {
      return profile(request);
    }
    return fitbitError(404, 'not_found', 'The API you are requesting could not be found.');
  });

  const sim: FitbitSim = {
    url: server.url,
    tokenUrl: `${server.url}/oauth2/token`,
    authorizeUrl: `${server.url}/oauth2/authorize`,
    profileUrl: `${server.url}/1/user/-/profile.json`,
    retired: options.retired ?? false,
    deny: options.deny ?? false,
    addClient(client) {
      clients.set(client.id, { ...client });
    },
    issueGrant: (grant) =>
      newGrant(grant.clientId, grant.userId ?? newUserId(), grant.scope).refreshToken,
    currentRefreshToken(userId, clientId) {
      for (const grant of grantsByUser.values()) {
        if (grant.userId !== userId || grant.revoked) continue;
        if (clientId === undefined || grant.clientId === clientId) return grant.refreshToken;
      }
      return undefined;
    },
    requests: requests.list,
    untilRequests: (match, count) => requests.until(match, count),
    faults,
    isValidAccessToken(token) {
      const entry = accessTokens.get(token);
      return entry !== undefined && !entry.grant.revoked && now() < entry.expiresAt;
    },
    issuedTokens: () => [...issued],
    close: () => server.close(),
  };
  return sim;
}
