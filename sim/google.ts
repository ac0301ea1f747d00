// Google OAuth 2.0 simulator (oauth2.googleapis.com/token + the consent page), as the
// Google Health API uses it: refresh tokens do not rotate and stay valid after use.

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
  randomBase64Url,
  randomChars,
  readAuthorizeQuery,
  redirectTo,
  serveOAuthSim,
} from './oauth-kit.js';
import type { Reply } from './server.js';

export const GOOGLE_ACCESS_TOKEN_LIFETIME = 3599;

export interface GoogleSimOptions {
  /** The simulated user refuses consent (redirect with error=access_denied). */
  deny?: boolean;
  /** Google account id (`sub`) of the simulated user who consents. */
  sub?: string;
  /** Clock in epoch ms, for expiry tests. */
  now?: () => number;
}

export interface GoogleClientOptions {
  id: string;
  /** Omit for a public client, which then must send no secret. */
  secret?: string;
  /** Registered redirect URIs (exact match); omit to accept any. */
  redirectUris?: string[];
}

export interface GoogleGrantOptions {
  clientId: string;
  scope: string;
  /** Add an id_token (whose payload carries `sub`) to every refresh reply; default: when `openid` is in the scope. */
  withIdToken?: boolean;
  sub?: string;
  /** Time-based consent: the refresh token dies this many seconds after issue. */
  refreshTokenExpiresIn?: number;
}

export interface GoogleSim {
  url: string;
  tokenUrl: string;
  authorizeUrl: string;
  /** Can be flipped at any time. */
  deny: boolean;
  /** The Google account (`sub`) signed in at the consent page; can be changed at any time. */
  user: string;
  addClient(client: GoogleClientOptions): void;
  /** A grant as if the user had consented with access_type=offline; returns its refresh token. */
  issueGrant(grant: GoogleGrantOptions): string;
  /** Revokes the grant and its access tokens; false when the token is unknown. */
  revoke(refreshToken: string): boolean;
  /** Every request, in the order they arrived. */
  readonly requests: RecordedOAuthRequest[];
  /** Resolves once `count` (default 1) more requests that `match` have arrived. */
  untilRequests(match: (request: RecordedOAuthRequest) => boolean, count?: number): Promise<void>;
  readonly faults: FaultQueue;
  /** Access tokens issued and still valid. */
  accessTokens(): string[];
  /** The scopes an access token was issued with, while it is valid; undefined otherwise. */
  scopesOf(accessToken: string): string[] | undefined;
  isValidAccessToken(token: string): boolean;
  /** Every code, access, refresh and id token this simulator has handed out. */
  issuedTokens(): string[];
  close(): Promise<void>;
}

interface Grant {
  clientId: string;
  scope: string;
  sub: string;
  idToken: boolean;
  expiresAt: number | undefined;
  revoked: boolean;
}

interface CodeData {
  clientId: string;
  /** The account that consented. */
  sub: string;
  redirectUri: string;
  scope: string;
  codeChallenge: string | undefined;
  offline: boolean;
  forceConsent: boolean;
}

const NO_STORE = {
  'cache-control': 'no-cache, no-store, max-age=0, must-revalidate',
  pragma: 'no-cache',
};

const oauthError = (status: number, error: string, description: string): Reply => ({
  status,
  headers: NO_STORE,
  body: { error, error_description: description },
});

/** Google adds an id_token to a reply when the grant includes the `openid` scope. */
const grantsOpenId = (scope: string) => scope.split(' ').includes('openid');

const INVALID_CLIENT = oauthError(401, 'invalid_client', 'Unauthorized');
const DEAD_GRANT = oauthError(400, 'invalid_grant', 'Token has been expired or revoked.');

const errorPage = (status: number, text: string): Reply => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: `<!DOCTYPE html><html><body><p>${text}</p></body></html>`,
});

export async function startGoogleSim(options: GoogleSimOptions = {}): Promise<GoogleSim> {
  const now = options.now ?? Date.now;
  const userSub = options.sub ?? `1${randomChars(20, '0123456789')}`;
  const clients = new Map<string, GoogleClientOptions>();
  const grants = new Map<string, Grant>();
  const accessTokens = new Map<
    string,
    { grant: Grant | undefined; expiresAt: number; scope: string }
  >();
  // Who already gave an offline grant: a repeat consent yields a refresh token only with prompt=consent.
  const consented = new Set<string>();
  // Every credential minted, so leak tests can look for each one in the action's output.
  const issued: string[] = [];
  const mint = (value: string) => {
    issued.push(value);
    return value;
  };
  const codes = new AuthorizationCodes<CodeData>(now, () => mint(`4/0A${randomBase64Url(54)}`));
  const faults = new FaultQueue();
  const requests = new RequestRecorder<RecordedOAuthRequest>();

  const newRefreshToken = () => mint(`1//0${randomBase64Url(72)}`);

  const grantAlive = (grant: Grant) =>
    !grant.revoked && (grant.expiresAt === undefined || now() < grant.expiresAt);

  function tokenReply(
    clientId: string,
    scope: string,
    grant: Grant | undefined,
    idToken: boolean,
    sub = grant?.sub ?? sim.user,
  ) {
    const accessToken = mint(`ya29.${randomBase64Url(120)}`);
    accessTokens.set(accessToken, {
      scope,
      grant,
      expiresAt: now() + GOOGLE_ACCESS_TOKEN_LIFETIME * 1000,
    });
    const body: Record<string, string | number> = {
      access_token: accessToken,
      expires_in: GOOGLE_ACCESS_TOKEN_LIFETIME,
      scope,
      token_type: 'Bearer',
    };
    if (idToken) body.id_token = mint(makeIdToken(clientId, sub));
    if (grant?.expiresAt !== undefined) {
      body.refresh_token_expires_in = Math.max(0, Math.floor((grant.expiresAt - now()) / 1000));
    }
    return body;
  }

  function makeIdToken(clientId: string, sub: string): string {
    const iat = Math.floor(now() / 1000);
    return fakeJwt(
      { alg: 'RS256', kid: 'sim', typ: 'JWT' },
      {
        iss: 'https://accounts.google.com',
        azp: clientId,
        aud: clientId,
        sub,
        iat,
        exp: iat + 3600,
      },
    );
  }

  /** Client authentication: client_secret_basic or client_secret_post, not both. */
  function authenticate(request: OAuthRequest): string | Reply {
    const basic = parseBasicAuth(request.headers.authorization, true);
    if (basic === 'malformed') return INVALID_CLIENT;
    const { form } = request;
    if (basic && form.client_secret !== undefined) {
      return oauthError(400, 'invalid_request', 'Use one client authentication method only.');
    }
    if (basic && form.client_id !== undefined && form.client_id !== basic.id) {
      return INVALID_CLIENT;
    }
    const clientId = basic?.id ?? form.client_id;
    if (!clientId) {
      return oauthError(400, 'invalid_request', 'Could not determine client ID from request.');
    }
    const client = clients.get(clientId);
    if (!client) return INVALID_CLIENT;
    const secret = basic ? basic.secret : form.client_secret;
    if (client.secret === undefined) return secret ? INVALID_CLIENT : clientId;
    if (secret === undefined) {
      return oauthError(400, 'invalid_request', 'client_secret is missing.');
    }
    return secret === client.secret ? clientId : INVALID_CLIENT;
  }

  function refresh(request: OAuthRequest, clientId: string): Reply {
    const token = request.form.refresh_token;
    if (!token) {
      return oauthError(400, 'invalid_request', 'Missing required parameter: refresh_token');
    }
    const grant = grants.get(token);
    if (!grant || !grantAlive(grant)) return DEAD_GRANT;
    if (grant.clientId !== clientId) return oauthError(400, 'unauthorized_client', 'Unauthorized');
    // A refresh may narrow the scopes, never widen them.
    let scope = grant.scope;
    const asked = request.form.scope?.split(' ').filter(Boolean);
    if (asked) {
      const held = new Set(grant.scope.split(' '));
      if (asked.some((s) => !held.has(s))) {
        return oauthError(400, 'invalid_scope', 'Some requested scopes were invalid.');
      }
      scope = asked.join(' ');
    }
    return {
      status: 200,
      headers: NO_STORE,
      body: tokenReply(clientId, scope, grant, grant.idToken),
    };
  }

  function exchangeCode(request: OAuthRequest, clientId: string): Reply {
    const { code, redirect_uri: redirectUri, code_verifier: verifier } = request.form;
    if (!code) return oauthError(400, 'invalid_request', 'Missing required parameter: code');
    if (!redirectUri) {
      return oauthError(400, 'invalid_request', 'Missing required parameter: redirect_uri');
    }
    const data = codes.redeem(code);
    if (!data || data.clientId !== clientId) {
      return oauthError(400, 'invalid_grant', 'Bad Request');
    }
    if (data.redirectUri !== redirectUri) {
      return oauthError(400, 'redirect_uri_mismatch', 'Bad Request');
    }
    const pkce = checkPkce(data.codeChallenge, verifier);
    if (pkce === 'missing') return oauthError(400, 'invalid_grant', 'Missing code verifier.');
    if (pkce === 'mismatch') return oauthError(400, 'invalid_grant', 'Invalid code verifier.');
    if (pkce === 'unexpected') {
      return oauthError(400, 'invalid_request', 'code_verifier or verifier is not needed.');
    }
    const idToken = grantsOpenId(data.scope);
    const consentKey = `${clientId} ${data.sub}`;
    const withRefresh = data.offline && (data.forceConsent || !consented.has(consentKey));
    if (!withRefresh) {
      return {
        status: 200,
        headers: NO_STORE,
        body: tokenReply(clientId, data.scope, undefined, idToken, data.sub),
      };
    }
    consented.add(consentKey);
    const refreshToken = newRefreshToken();
    const grant: Grant = {
      clientId,
      scope: data.scope,
      sub: data.sub,
      idToken,
      expiresAt: undefined,
      revoked: false,
    };
    grants.set(refreshToken, grant);
    return {
      status: 200,
      headers: NO_STORE,
      body: { ...tokenReply(clientId, data.scope, grant, idToken), refresh_token: refreshToken },
    };
  }

  function token(request: OAuthRequest): Reply {
    if (request.method !== 'POST') {
      return oauthError(405, 'invalid_request', 'The token endpoint only accepts POST.');
    }
    if (!isFormContentType(request.headers['content-type'])) {
      return oauthError(400, 'invalid_request', 'Send the parameters form-encoded.');
    }
    const [duplicate] = request.duplicates;
    if (duplicate) return oauthError(400, 'invalid_request', `Duplicate parameter: ${duplicate}`);
    const grantType = request.form.grant_type;
    if (!grantType) {
      return oauthError(400, 'invalid_request', 'Missing required parameter: grant_type');
    }
    if (grantType !== 'refresh_token' && grantType !== 'authorization_code') {
      return oauthError(400, 'unsupported_grant_type', `Invalid grant_type: ${grantType}`);
    }
    const clientId = authenticate(request);
    if (typeof clientId !== 'string') return clientId;
    return grantType === 'refresh_token'
      ? refresh(request, clientId)
      : exchangeCode(request, clientId);
  }

  /** The consent page: a user who answers at once (consents, or refuses with `deny`). */
  function authorize(request: OAuthRequest): Reply {
    const checked = readAuthorizeQuery(request.searchParams);
    const clientId = checked.ok ? checked.value.clientId : checked.clientId;
    const redirectUri = checked.ok ? checked.value.redirectUri : checked.redirectUri;
    const client = clientId ? clients.get(clientId) : undefined;
    // Without a known client and a registered redirect URI, Google shows an error page.
    if (!client)
      return errorPage(401, 'Error 401: invalid_client. The OAuth client was not found.');
    if (!redirectUri || !URL.canParse(redirectUri)) {
      return errorPage(400, 'Error 400: invalid_request. Missing or invalid redirect_uri.');
    }
    if (client.redirectUris && !client.redirectUris.includes(redirectUri)) {
      return errorPage(400, 'Error 400: redirect_uri_mismatch');
    }
    const state = request.searchParams.get('state');
    const withState = (params: Record<string, string>) =>
      state === null ? params : { ...params, state };
    if (!checked.ok) {
      return redirectTo(
        redirectUri,
        withState({ error: checked.error, error_description: checked.description }),
      );
    }
    const accessType = request.searchParams.get('access_type') ?? 'online';
    if (accessType !== 'online' && accessType !== 'offline') {
      return redirectTo(redirectUri, withState({ error: 'invalid_request' }));
    }
    if (sim.deny) return redirectTo(redirectUri, withState({ error: 'access_denied' }));
    const prompt = (request.searchParams.get('prompt') ?? '').split(' ');
    const code = codes.issue({
      clientId: checked.value.clientId,
      sub: sim.user,
      redirectUri,
      scope: checked.value.scope,
      codeChallenge: checked.value.codeChallenge,
      offline: accessType === 'offline',
      forceConsent: prompt.includes('consent'),
    });
    return redirectTo(redirectUri, withState({ code, scope: checked.value.scope }));
  }

  const server = await serveOAuthSim(faults, requests, (request) => {
    if (request.path === '/token') return token(request);
    if (request.path === '/o/oauth2/v2/auth' && request.method === 'GET') {
      return authorize(request);
    }
    return errorPage(404, 'Error 404 (Not Found)');
  });

  const sim: GoogleSim = {
    url: server.url,
    tokenUrl: `${server.url}/token`,
    authorizeUrl: `${server.url}/o/oauth2/v2/auth`,
    deny: options.deny ?? false,
    user: userSub,
    addClient(client) {
      clients.set(client.id, { ...client });
    },
    issueGrant(grant) {
      const refreshToken = newRefreshToken();
      const sub = grant.sub ?? sim.user;
      consented.add(`${grant.clientId} ${sub}`);
      grants.set(refreshToken, {
        clientId: grant.clientId,
        scope: grant.scope,
        sub,
        idToken: grant.withIdToken ?? grantsOpenId(grant.scope),
        expiresAt:
          grant.refreshTokenExpiresIn === undefined
            ? undefined
            : now() + grant.refreshTokenExpiresIn * 1000,
        revoked: false,
      });
      return refreshToken;
    },
    revoke(refreshToken) {
      const grant = grants.get(refreshToken);
      if (!grant) return false;
      grant.revoked = true;
      return true;
    },
    requests: requests.list,
    untilRequests: (match, count) => requests.until(match, count),
    faults,
    accessTokens: () => [...accessTokens.keys()].filter((t) => sim.isValidAccessToken(t)),
    scopesOf: (token) =>
      sim.isValidAccessToken(token) ? accessTokens.get(token)?.scope.split(' ') : undefined,
    isValidAccessToken(token) {
      const entry = accessTokens.get(token);
      if (!entry || now() >= entry.expiresAt) return false;
      return entry.grant === undefined || !entry.grant.revoked;
    },
    issuedTokens: () => [...issued],
    close: () => server.close(),
  };
  return sim;
}
