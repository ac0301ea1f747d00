// The providers of the rotating presets (Strava, WHOOP, Oura, Withings) as one simulator
// engine: a consent page that checks what each provider checks, single-use authorization
// codes, one grant per person and app whose refresh token rotates as the provider's habit
// says (every refresh, sometimes, or spent without a successor), replays where the provider
// replays, and replies and errors in the provider's own shape. Each provider's file
// (strava.ts, whoop.ts, oura.ts, withings.ts) gives its habits; the engine does the rest.

import { RequestRecorder } from './arrivals.js';
import { FaultQueue } from './faults.js';
import {
  AuthorizationCodes,
  isFormContentType,
  type OAuthRequest,
  parseBasicAuth,
  type RecordedOAuthRequest,
  randomChars,
  redirectTo,
  replayOf,
  serveOAuthSim,
} from './oauth-kit.js';
import type { Reply } from './server.js';

export interface PresetClient {
  readonly id: string;
  readonly secret: string;
  /** Registered redirect URIs (Strava: their domains); omit to accept any the provider takes. */
  readonly redirectUris?: readonly string[];
}

/** Why a token request is refused; each provider says it in its own shape. */
export type PresetFailure =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_refresh_token'
  | 'revoked'
  | 'invalid_code'
  | 'redirect_mismatch'
  | 'unsupported_grant_type';

/** What a token reply tells, before the provider puts it in its shape. */
export interface TokenFacts {
  readonly accessToken: string;
  readonly expiresIn: number;
  /** Epoch seconds. */
  readonly expiresAt: number;
  /** Absent where the provider hands out none. */
  readonly refreshToken: string | undefined;
  readonly scope: readonly string[];
  readonly user: string;
  /** A code exchange (Strava adds the athlete then). */
  readonly exchange: boolean;
}

/** What a refresh does with the refresh token sent. */
export type RefreshOutcome = 'rotate' | 'keep' | 'spend';

export interface ProviderHabits {
  readonly authorizePath: string;
  /** Where the token endpoint answers (Oura: its legacy path, and the newer apps' one). */
  readonly tokenPaths: readonly string[];
  readonly scopes: ReadonlySet<string>;
  readonly scopeSeparator: ' ' | ',';
  /** No scope at all asks for every scope (Oura). */
  readonly scopeOptional: boolean;
  /** 0: state optional; else it must be at least this long (WHOOP 8, Withings 1). */
  readonly minStateLength: number;
  /** redirect_uri may be left out when exactly one is registered (Oura). */
  readonly redirectOptional: boolean;
  /** The exchange must repeat the redirect_uri the consent was asked with (all but Strava). */
  readonly exchangeChecksRedirect: boolean;
  /** The consent redirect also carries the granted scope (Strava, Oura). */
  readonly redirectCarriesScope: boolean;
  readonly codeLifetimeMs: number;
  readonly accessLifetimeS: number;
  /** The same access token comes back while it has more than this left (Strava: 1 h). */
  readonly keepAccessTokenAboveS?: number;
  /**
   * How long an identical refresh is answered with the identical reply, while
   * the new access token is unused (Withings: 8 h); 0: a spent token is refused.
   */
  readonly replayMs: number;
  /** Whether the redirect address (a valid URL, as sent) is one the provider takes. */
  redirectAccepted(asked: string, registered: readonly string[] | undefined): boolean;
  /** Checked before anything else of a token request (Withings: action=requesttoken). */
  precheck?(request: OAuthRequest): PresetFailure | undefined;
  /** The id of the client its credentials name, or why it is refused. */
  authenticate(
    request: OAuthRequest,
    client: (id: string) => PresetClient | undefined,
  ): string | { readonly refused: PresetFailure };
  refreshOutcome(request: OAuthRequest, grant: SimGrant): RefreshOutcome;
  /** Whether a consent to these scopes yields a refresh token (WHOOP: only with offline). */
  handsOutRefreshToken(scope: readonly string[]): boolean;
  reply(facts: TokenFacts): Reply;
  failure(kind: PresetFailure, request: OAuthRequest): Reply;
  mintToken(kind: 'access' | 'refresh' | 'code'): string;
  /** A new person's account id. */
  newUser(): string;
}

export interface SimGrant {
  readonly clientId: string;
  readonly user: string;
  readonly scope: readonly string[];
  /** The one live refresh token; undefined once spent without a successor. */
  refreshToken: string | undefined;
  revoked: boolean;
  /** How many refreshes this grant has answered. */
  refreshes: number;
  access?: { token: string; expiresAt: number };
  /** The last refresh, replayable while its access token is unused (replayMs). */
  last?: { spent: string; reply: Reply; until: number; accessToken: string };
}

export interface PresetSimOptions {
  /** The account of the person who consents. */
  readonly user?: string;
  /** Clock in epoch ms, for expiry tests. */
  readonly now?: () => number;
}

export interface PresetSim {
  readonly url: string;
  readonly tokenUrl: string;
  readonly authorizeUrl: string;
  /** The person refuses consent (redirect with error=access_denied). */
  deny: boolean;
  /** The account of the person at the consent page; can be changed at any time. */
  user: string;
  addClient(client: PresetClient): void;
  /** A grant as if the person had consented (replacing their previous one); its refresh token. */
  issueGrant(grant: { clientId: string; scope: string; user?: string }): string;
  /** The live refresh token of the person's grant (for `clientId`, or any app). */
  currentRefreshToken(user: string, clientId?: string): string | undefined;
  /** The person revokes the app's access. */
  revoke(user: string): void;
  readonly requests: RecordedOAuthRequest[];
  untilRequests(match: (request: RecordedOAuthRequest) => boolean, count?: number): Promise<void>;
  readonly faults: FaultQueue;
  isValidAccessToken(token: string): boolean;
  /** A data request with the access token: it ends the replay of the refresh that issued it. */
  useAccessToken(token: string): boolean;
  /** Every code, access and refresh token handed out. */
  issuedTokens(): string[];
  close(): Promise<void>;
}

interface CodeData {
  readonly clientId: string;
  readonly user: string;
  readonly scope: readonly string[];
  /** The redirect_uri the consent was asked with; undefined when it was left out (Oura). */
  readonly redirectUri: string | undefined;
  /** Recorded, never checked: none of these providers documents PKCE. */
  readonly codeChallenge: string | undefined;
}

const errorPage = (status: number, text: string): Reply => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: `<!DOCTYPE html><html><body><p>${text}</p></body></html>`,
});

/** Digits, as Strava's and Withings' account ids are. */
export const numericUser = () => randomChars(1, '123456789') + randomChars(7, '0123456789');

export async function startPresetSim(
  habits: ProviderHabits,
  options: PresetSimOptions = {},
): Promise<PresetSim> {
  const now = options.now ?? Date.now;
  const clients = new Map<string, PresetClient>();
  const grants = new Map<string, SimGrant>(); // `${clientId} ${user}`
  const live = new Map<string, SimGrant>(); // refresh token → grant
  const spent = new Map<string, SimGrant>();
  const accessTokens = new Map<string, { grant: SimGrant; expiresAt: number; used: boolean }>();
  const issued: string[] = [];
  const mint = (kind: 'access' | 'refresh' | 'code') => {
    const value = habits.mintToken(kind);
    issued.push(value);
    return value;
  };
  const codes = new AuthorizationCodes<CodeData>(now, () => mint('code'), habits.codeLifetimeMs);
  const faults = new FaultQueue();
  const requests = new RequestRecorder<RecordedOAuthRequest>();
  const splitScope = (scope: string) => scope.split(habits.scopeSeparator).filter(Boolean);

  /** One grant per person and app: a new consent ends the previous one. */
  function newGrant(clientId: string, user: string, scope: readonly string[]): SimGrant {
    const key = `${clientId} ${user}`;
    const previous = grants.get(key);
    if (previous) {
      previous.revoked = true;
      if (previous.refreshToken) live.delete(previous.refreshToken);
    }
    const grant: SimGrant = {
      clientId,
      user,
      scope,
      refreshToken: habits.handsOutRefreshToken(scope) ? mint('refresh') : undefined,
      revoked: false,
      refreshes: 0,
    };
    grants.set(key, grant);
    if (grant.refreshToken) live.set(grant.refreshToken, grant);
    return grant;
  }

  /** The grant's access token: the current one while it has long enough left, else a new one. */
  function accessTokenOf(grant: SimGrant): { token: string; expiresAt: number } {
    const keepAbove = habits.keepAccessTokenAboveS;
    const current = grant.access;
    if (keepAbove !== undefined && current && current.expiresAt - now() > keepAbove * 1000) {
      return current;
    }
    const fresh = { token: mint('access'), expiresAt: now() + habits.accessLifetimeS * 1000 };
    accessTokens.set(fresh.token, { grant, expiresAt: fresh.expiresAt, used: false });
    grant.access = fresh;
    return fresh;
  }

  function tokenReply(grant: SimGrant, exchange: boolean): Reply {
    const access = accessTokenOf(grant);
    return habits.reply({
      accessToken: access.token,
      expiresIn: Math.max(0, Math.floor((access.expiresAt - now()) / 1000)),
      expiresAt: Math.floor(access.expiresAt / 1000),
      refreshToken: grant.refreshToken,
      scope: grant.scope,
      user: grant.user,
      exchange,
    });
  }

  function refresh(request: OAuthRequest, clientId: string): Reply {
    const token = request.form.refresh_token;
    if (!token) return habits.failure('invalid_request', request);
    const grant = live.get(token);
    if (grant === undefined || grant.clientId !== clientId) return replay(request, clientId);
    grant.refreshes += 1;
    const outcome = habits.refreshOutcome(request, grant);
    if (outcome !== 'keep') {
      live.delete(token);
      spent.set(token, grant);
      grant.refreshToken = outcome === 'rotate' ? mint('refresh') : undefined;
      if (grant.refreshToken) live.set(grant.refreshToken, grant);
    }
    const reply = tokenReply(grant, false);
    if (outcome !== 'keep' && habits.replayMs > 0 && grant.access) {
      grant.last = {
        spent: token,
        reply,
        until: now() + habits.replayMs,
        accessToken: grant.access.token,
      };
    }
    return reply;
  }

  /** A spent token: the identical reply again while the replay lasts, else refused. */
  function replay(request: OAuthRequest, clientId: string): Reply {
    const token = request.form.refresh_token ?? '';
    const last = replayOf(
      spent.get(token),
      token,
      clientId,
      now(),
      (refresh) => accessTokens.get(refresh.accessToken)?.used === false,
    );
    if (last) return last.reply;
    const revoked = [...grants.values()].some(
      (candidate) => candidate.revoked && candidate.refreshToken === token,
    );
    return habits.failure(revoked ? 'revoked' : 'invalid_refresh_token', request);
  }

  function exchangeCode(request: OAuthRequest, clientId: string): Reply {
    const { code, redirect_uri: redirectUri } = request.form;
    if (!code) return habits.failure('invalid_request', request);
    const data = codes.redeem(code);
    if (!data || data.clientId !== clientId) return habits.failure('invalid_code', request);
    const mustRepeat = habits.exchangeChecksRedirect && data.redirectUri !== undefined;
    if (mustRepeat && redirectUri !== data.redirectUri) {
      return habits.failure('redirect_mismatch', request);
    }
    return tokenReply(newGrant(clientId, data.user, data.scope), true);
  }

  function token(request: OAuthRequest): Reply {
    if (request.method !== 'POST' || !isFormContentType(request.headers['content-type'])) {
      return habits.failure('invalid_request', request);
    }
    const refused = habits.precheck?.(request);
    if (refused) return habits.failure(refused, request);
    const clientId = habits.authenticate(request, (id) => clients.get(id));
    if (typeof clientId !== 'string') return habits.failure(clientId.refused, request);
    const grantType = request.form.grant_type;
    if (grantType === 'refresh_token') return refresh(request, clientId);
    if (grantType === 'authorization_code') return exchangeCode(request, clientId);
    return habits.failure(grantType ? 'unsupported_grant_type' : 'invalid_request', request);
  }

  /** The consent page: a person who answers at once (allows, or refuses with `deny`). */
  function authorize(request: OAuthRequest): Reply {
    const params = request.searchParams;
    const client = clients.get(params.get('client_id') ?? '');
    if (!client) return errorPage(400, 'Invalid client_id');
    const registered = client.redirectUris;
    const asked =
      params.get('redirect_uri') ??
      (habits.redirectOptional && registered?.length === 1 ? registered[0] : undefined);
    if (
      asked === undefined ||
      !URL.canParse(asked) ||
      !habits.redirectAccepted(asked, registered)
    ) {
      return errorPage(400, 'Invalid redirect_uri');
    }
    const state = params.get('state');
    const back = (answer: Record<string, string>) =>
      redirectTo(asked, state === null ? answer : { ...answer, state });
    if (params.get('response_type') !== 'code') return back({ error: 'unsupported_response_type' });
    if (habits.minStateLength > 0 && (state ?? '').length < habits.minStateLength) {
      return back({ error: 'invalid_state' });
    }
    const scope = splitScope(params.get('scope') ?? '');
    if (scope.length === 0 && !habits.scopeOptional) return back({ error: 'invalid_scope' });
    if (scope.some((name) => !habits.scopes.has(name))) return back({ error: 'invalid_scope' });
    if (sim.deny) return back({ error: 'access_denied' });
    const granted = scope.length > 0 ? scope : [...habits.scopes];
    const code = codes.issue({
      clientId: client.id,
      user: sim.user,
      scope: granted,
      redirectUri: params.get('redirect_uri') ?? undefined,
      codeChallenge: params.get('code_challenge') ?? undefined,
    });
    return back(
      habits.redirectCarriesScope ? { code, scope: granted.join(habits.scopeSeparator) } : { code },
    );
  }

  const server = await serveOAuthSim(faults, requests, (request) => {
    if (habits.tokenPaths.includes(request.path)) return token(request);
    if (request.path === habits.authorizePath && request.method === 'GET') {
      return authorize(request);
    }
    return errorPage(404, 'Not Found');
  });

  const sim: PresetSim = {
    url: server.url,
    tokenUrl: `${server.url}${habits.tokenPaths[0]}`,
    authorizeUrl: `${server.url}${habits.authorizePath}`,
    deny: false,
    user: options.user ?? habits.newUser(),
    addClient(client) {
      clients.set(client.id, client);
    },
    issueGrant(grant) {
      const made = newGrant(
        grant.clientId,
        grant.user ?? habits.newUser(),
        splitScope(grant.scope),
      );
      if (made.refreshToken === undefined) throw new Error('a grant without offline access');
      return made.refreshToken;
    },
    currentRefreshToken(user, clientId) {
      for (const grant of grants.values()) {
        if (grant.user !== user || grant.revoked) continue;
        if (clientId === undefined || grant.clientId === clientId) return grant.refreshToken;
      }
      return undefined;
    },
    revoke(user) {
      for (const grant of grants.values()) {
        if (grant.user === user) grant.revoked = true;
      }
      for (const [token, grant] of live) if (grant.revoked) live.delete(token);
    },
    requests: requests.list,
    untilRequests: (match, count) => requests.until(match, count),
    faults,
    isValidAccessToken(token) {
      const entry = accessTokens.get(token);
      return entry !== undefined && !entry.grant.revoked && now() < entry.expiresAt;
    },
    useAccessToken(token) {
      const entry = accessTokens.get(token);
      if (entry === undefined || !sim.isValidAccessToken(token)) return false;
      entry.used = true;
      return true;
    },
    issuedTokens: () => [...issued],
    close: () => server.close(),
  };
  return sim;
}

/**
 * The client id and secret in the form body, as all four document; HTTP Basic
 * only where the provider takes it too (Oura), else refused (WHOOP answers a
 * Basic header with invalid_client).
 */
export function clientInBody(
  request: OAuthRequest,
  client: (id: string) => PresetClient | undefined,
  basicToo = false,
): string | { readonly refused: PresetFailure } {
  const basic = request.headers.authorization === undefined ? undefined : basicPair(request);
  if (basic !== undefined && !basicToo) return { refused: 'invalid_client' };
  const id = basic?.id ?? request.form.client_id ?? '';
  const secret = basic?.secret ?? request.form.client_secret;
  const known = client(id);
  if (known === undefined || secret !== known.secret) return { refused: 'invalid_client' };
  return id;
}

function basicPair(request: OAuthRequest): { id: string; secret: string } | undefined {
  const parsed = parseBasicAuth(request.headers.authorization, true);
  return parsed === 'malformed' ? { id: '', secret: '' } : parsed;
}

/** Only what was registered, character for character (WHOOP, Oura, Withings). */
export const exactlyRegistered = (asked: string, registered: readonly string[] | undefined) =>
  registered === undefined || registered.includes(asked);
