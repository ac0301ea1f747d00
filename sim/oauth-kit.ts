// OAuth 2.0 building blocks shared by the OAuth simulators: random token
// material, form and Basic parsing, PKCE, single-use authorization codes, redirects.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Arrival, RequestRecorder } from './arrivals.js';
import { answerWithFaults, type FaultQueue } from './faults.js';
import {
  BodyTooLargeError,
  type Reply,
  type RunningServer,
  readBody,
  sendJson,
  startServer,
} from './server.js';

/** Authorization codes live 10 minutes at Google, Fitbit and most others. */
export const CODE_LIFETIME_MS = 10 * 60 * 1000;

export const randomHex = (bytes: number): string => randomBytes(bytes).toString('hex');
export const randomBase64Url = (bytes: number): string => randomBytes(bytes).toString('base64url');

/** `length` random characters out of `alphabet`. */
export const randomChars = (length: number, alphabet: string): string =>
  Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');

/** PKCE S256: base64url(SHA-256(verifier)) without padding (RFC 7636 §4.2). */
export const pkceChallenge = (verifier: string): string =>
  createHash('sha256').update(verifier, 'ascii').digest('base64url');

/** A well-formed JWT whose signature is random bytes: shaped like the real thing, verifiable by nobody. */
export function fakeJwt(header: object, payload: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part(header)}.${part(payload)}.${randomBase64Url(256)}`;
}

export interface ParsedForm {
  form: Record<string, string>;
  /** Parameters sent more than once, which RFC 6749 §3.1 forbids. */
  duplicates: string[];
}

export function parseForm(text: string): ParsedForm {
  const form: Record<string, string> = {};
  const duplicates: string[] = [];
  for (const [name, value] of new URLSearchParams(text)) {
    if (Object.hasOwn(form, name)) duplicates.push(name);
    else form[name] = value;
  }
  return { form, duplicates };
}

export const isFormContentType = (header: string | undefined): boolean =>
  header?.split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';

export interface BasicCredentials {
  id: string;
  secret: string;
}

/**
 * Parses `Authorization: Basic …`. undefined when there is no Authorization header,
 * 'malformed' when it is not a usable Basic header. `formDecode` applies RFC 6749
 * §2.3.1 (id and secret form-encoded before base64), which Google honours.
 */
export function parseBasicAuth(
  header: string | undefined,
  formDecode: boolean,
): BasicCredentials | 'malformed' | undefined {
  if (header === undefined) return undefined;
  const match = /^Basic +([A-Za-z0-9+/]+=*)\s*$/i.exec(header);
  if (!match?.[1]) return 'malformed';
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return 'malformed';
  const id = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  if (!formDecode) return { id, secret };
  try {
    const plus = (s: string) => decodeURIComponent(s.replaceAll('+', ' '));
    return { id: plus(id), secret: plus(secret) };
  } catch {
    return 'malformed';
  }
}

/** The query of a consent request, checked the same way for every provider. */
export interface AuthorizeParams {
  clientId: string;
  redirectUri: string | undefined;
  scope: string;
  state: string | undefined;
  codeChallenge: string | undefined;
  params: URLSearchParams;
}

export type AuthorizeCheck =
  | { ok: true; value: AuthorizeParams }
  | { ok: false; error: string; description: string; clientId?: string; redirectUri?: string };

/** Checks what does not depend on the client registry; the simulators check the rest. */
export function readAuthorizeQuery(params: URLSearchParams): AuthorizeCheck {
  const clientId = params.get('client_id') ?? '';
  const redirectUri = params.get('redirect_uri') ?? undefined;
  const fail = (error: string, description: string): AuthorizeCheck => ({
    ok: false,
    error,
    description,
    clientId,
    ...(redirectUri === undefined ? {} : { redirectUri }),
  });
  if (!clientId) return fail('invalid_request', 'Missing required parameter: client_id');
  if (params.get('response_type') !== 'code') {
    return fail('unsupported_response_type', 'response_type must be code');
  }
  const scope = params.get('scope')?.trim() ?? '';
  if (!scope) return fail('invalid_scope', 'Missing required parameter: scope');
  const codeChallenge = params.get('code_challenge') ?? undefined;
  if (codeChallenge !== undefined) {
    // The simulators insist on S256: "plain" would defeat the point of PKCE.
    if (params.get('code_challenge_method') !== 'S256') {
      return fail('invalid_request', 'Unsupported code_challenge_method, use S256');
    }
    if (!/^[A-Za-z0-9_-]{43}$/.test(codeChallenge)) {
      return fail('invalid_request', 'Invalid code_challenge');
    }
  }
  return {
    ok: true,
    value: {
      clientId,
      redirectUri,
      scope,
      state: params.get('state') ?? undefined,
      codeChallenge,
      params,
    },
  };
}

/** 302 to `uri` with `params` added to its query (and an optional fragment). */
export function redirectTo(uri: string, params: Record<string, string>, fragment?: string): Reply {
  const target = new URL(uri);
  for (const [name, value] of Object.entries(params)) target.searchParams.set(name, value);
  if (fragment !== undefined) target.hash = fragment;
  return { status: 302, headers: { location: target.toString() } };
}

/** An RFC 6749 §5.2 error reply: `{"error", "error_description"}`. */
export const oauthError = (status: number, error: string, description: string): Reply => ({
  status,
  body: { error, error_description: description },
});

export type PkceResult = 'ok' | 'missing' | 'mismatch' | 'unexpected';

export function checkPkce(challenge: string | undefined, verifier: string | undefined): PkceResult {
  if (challenge === undefined) return verifier === undefined ? 'ok' : 'unexpected';
  if (verifier === undefined) return 'missing';
  if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) return 'mismatch';
  return pkceChallenge(verifier) === challenge ? 'ok' : 'mismatch';
}

/** Single-use authorization codes that expire after `lifetimeMs` (default CODE_LIFETIME_MS). */
export class AuthorizationCodes<T> {
  readonly #codes = new Map<string, { data: T; expiresAt: number; used: boolean }>();

  constructor(
    private readonly now: () => number,
    private readonly mint: () => string,
    private readonly lifetimeMs = CODE_LIFETIME_MS,
  ) {}

  issue(data: T): string {
    const code = this.mint();
    this.#codes.set(code, { data, expiresAt: this.now() + this.lifetimeMs, used: false });
    return code;
  }

  /** Returns the code's data once; unknown, spent or expired codes give undefined. */
  redeem(code: string): T | undefined {
    const entry = this.#codes.get(code);
    if (!entry || entry.used || this.now() >= entry.expiresAt) return undefined;
    entry.used = true;
    return entry.data;
  }
}

/** A grant's last refresh: the token it spent, and until when an identical request gets its reply again. */
export interface LastRefresh {
  readonly spent: string;
  readonly until: number;
}

/**
 * The last refresh whose reply a spent `token` gets again (a provider's
 * replay window): the grant alive, the same client, the window open, and the
 * new access token still unused (using it closes the window); else undefined.
 */
export function replayOf<L extends LastRefresh>(
  grant: { readonly revoked: boolean; readonly clientId: string; readonly last?: L } | undefined,
  token: string,
  clientId: string,
  now: number,
  unused: (last: L) => boolean,
): L | undefined {
  const last = grant?.last;
  if (grant === undefined || last === undefined || grant.revoked) return undefined;
  const open = grant.clientId === clientId && last.spent === token && now < last.until;
  return open && unused(last) ? last : undefined;
}

/** One request as an OAuth simulator saw it, kept in `sim.requests`. */
export interface RecordedOAuthRequest extends Arrival {
  method: string;
  /** Path without the query. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The form body, parsed (empty when there is none). */
  form: Record<string, string>;
  body: string;
  /** When the request had fully arrived (epoch ms). */
  receivedAt: number;
}

export interface OAuthRequest extends RecordedOAuthRequest {
  duplicates: string[];
  searchParams: URLSearchParams;
}

/** The request loop of an OAuth simulator: read, record, apply faults, route. */
export function serveOAuthSim(
  faults: FaultQueue,
  requests: RequestRecorder<RecordedOAuthRequest>,
  route: (request: OAuthRequest) => Reply | Promise<Reply>,
): Promise<RunningServer> {
  return startServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: string;
    try {
      body = await readBody(req, 64 * 1024);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      sendJson(res, 413, { error: 'invalid_request' }, { connection: 'close' });
      return;
    }
    const { form, duplicates } = parseForm(
      isFormContentType(req.headers['content-type']) ? body : '',
    );
    const method = req.method ?? 'GET';
    const recorded = requests.record(
      {
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: { ...req.headers },
        form,
        body,
        receivedAt: Date.now(),
      },
      res,
    );
    await answerWithFaults(faults, method, url.pathname, res, () =>
      route({ ...recorded, duplicates, searchParams: url.searchParams }),
    );
  });
}
