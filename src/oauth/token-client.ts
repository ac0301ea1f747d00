/**
 * The token endpoint client: one form-encoded POST over undici, with timeouts,
 * no redirects, a cap on the reply size, and typed errors that carry no secret;
 * spoken and read in the provider's dialect (providers.ts).
 */
import { type Dispatcher, request } from 'undici';
import { networkProblem, readCapped } from '../lib/http.js';
import type { Redactor } from '../lib/redact.js';
import {
  lastFailure,
  RetriesExhaustedError,
  type RetryVerdict,
  withRetries,
} from '../lib/retry.js';
import { judgeHttpFailure } from '../lib/retry-policy.js';
import { capitalize } from '../lib/text.js';
import type { Timing } from '../lib/timing.js';
import { type ClientAuth, OAUTH_DIALECT, type TokenDialect } from './providers.js';
import { failure, MAX_REPLY_BYTES, type RawReply, successBody } from './raw-token-reply.js';
import { unwrapWithings } from './reply-dialects.js';
import { TokenEndpointError } from './token-endpoint-errors.js';
import { parseTokenReply, type TokenReply } from './token-reply.js';

/** What is sent to the token endpoint: a refresh, or the code from a consent (re-seed). */
export type TokenRequest =
  | { readonly type: 'refresh_token'; readonly refreshToken: string }
  | {
      readonly type: 'authorization_code';
      readonly code: string;
      readonly codeVerifier: string | undefined;
      readonly redirectUri: string | undefined;
    };

export interface TokenEndpoint {
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string | undefined;
  readonly clientAuth: ClientAuth;
  /** How the provider is spoken to and read; default RFC 6749 as it stands. */
  readonly dialect?: TokenDialect | undefined;
}

export interface ExchangeOptions {
  /** Masks each credential of the reply the moment it is parsed. */
  readonly mask: (value: string) => void;
  /** Cleans provider text before it goes into an error. */
  readonly redactor: Redactor;
  readonly dispatcher: Dispatcher;
  readonly timing: Pick<Timing, 'requestTimeoutMs' | 'tokenEndpoint' | 'maxRateLimitWaitMs'>;
  /** The step's own deadline; aborts the request and any wait. */
  readonly signal?: AbortSignal | undefined;
}

const USER_AGENT = 'fitbit-token-keeper';

/** Headers and form body of a token request; pure, so tests can read exactly what is sent. */
export function buildTokenRequest(
  endpoint: TokenEndpoint,
  request: TokenRequest,
): { headers: Record<string, string>; body: string } {
  const dialect = endpoint.dialect ?? OAUTH_DIALECT;
  const form = new URLSearchParams({ ...dialect.formParams, grant_type: request.type });
  if (request.type === 'refresh_token') {
    form.set('refresh_token', request.refreshToken);
    for (const [name, value] of Object.entries(dialect.refreshParams)) form.set(name, value);
  } else {
    form.set('code', request.code);
    if (request.codeVerifier) form.set('code_verifier', request.codeVerifier);
    if (request.redirectUri) form.set('redirect_uri', request.redirectUri);
  }

  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/x-www-form-urlencoded',
    'user-agent': USER_AGENT,
  };
  if (endpoint.clientAuth === 'basic' && endpoint.clientSecret !== undefined) {
    // RFC 6749 2.3.1: id and secret are form-encoded before they are joined.
    const pair = `${formEncode(endpoint.clientId)}:${formEncode(endpoint.clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
  } else {
    form.set('client_id', endpoint.clientId);
    if (endpoint.clientSecret !== undefined) form.set('client_secret', endpoint.clientSecret);
  }
  return { headers, body: form.toString() };
}

/**
 * POSTs the token request and returns the checked reply, or throws TokenEndpointError.
 * Retries follow the shared policy (retry-policy.ts: connection failures,
 * timeouts, 5xx and 429, and Withings' 601, within the budget; other 4xx are
 * final). A retry never spends a second token: it goes out only when no usable
 * answer came, and then either the first request did not reach the provider,
 * or the token it spent is answered again as it was (Fitbit's short replay,
 * Withings' 8 hours) or refused as spent, which says the grant needs consent.
 */
export async function exchangeToken(
  endpoint: TokenEndpoint,
  request: TokenRequest,
  options: ExchangeOptions,
): Promise<TokenReply> {
  const dialect = endpoint.dialect ?? OAUTH_DIALECT;
  const { headers, body } = buildTokenRequest(endpoint, request);
  const where = `the token endpoint (${new URL(endpoint.url).host})`;
  const { value } = await withRetries(
    () => postOnce(endpoint.url, headers, body, where, dialect, options),
    (error) => judgeTokenEndpointError(error, options.timing.maxRateLimitWaitMs),
    options.timing.tokenEndpoint,
    { signal: options.signal },
  ).catch((error: unknown) => {
    throw withAttempts(error);
  });
  const reply = parseTokenReply(value, options.mask, dialect.accountAt);
  if (request.type === 'refresh_token' && dialect.rotatesEveryRefresh && !reply.refreshToken) {
    throw new TokenEndpointError(
      `${capitalize(where)} answered the refresh without a new refresh token, though this provider hands out a new one on every refresh and spends the one sent: the refresh token in the secret is now most likely spent`,
      'invalid_grant',
    );
  }
  return reply;
}

/** One attempt: the JSON of a 2xx reply (out of the provider's envelope), or a TokenEndpointError. */
async function postOnce(
  url: string,
  headers: Record<string, string>,
  body: string,
  where: string,
  dialect: TokenDialect,
  options: ExchangeOptions,
): Promise<unknown> {
  const reply = await send(url, headers, body, where, options);
  if (reply.status < 200 || reply.status >= 300) {
    throw failure(where, reply, options.redactor, dialect.replies);
  }
  const json = successBody(where, reply, options.mask);
  return dialect.replies === 'withings'
    ? unwrapWithings(where, json, options.mask, options.redactor)
    : json;
}

/** The shared retry policy; a reply that arrived but cannot be used (a 2xx) is never retried. */
function judgeTokenEndpointError(error: unknown, maxRateLimitWaitMs: number): RetryVerdict {
  if (!(error instanceof TokenEndpointError) || error.kind === 'malformed') return { retry: false };
  const status = error.kind === 'network' ? undefined : error.status;
  return judgeHttpFailure(
    { status, headers: { 'retry-after': error.retryAfter } },
    maxRateLimitWaitMs,
  );
}

/** The request and its reply; only a failure to get them is a 'network' error. */
async function send(
  url: string,
  headers: Record<string, string>,
  body: string,
  where: string,
  options: ExchangeOptions,
): Promise<RawReply> {
  const attemptSignal = AbortSignal.timeout(options.timing.requestTimeoutMs);
  try {
    const response = await request(url, {
      method: 'POST',
      headers,
      body,
      dispatcher: options.dispatcher,
      signal: options.signal ? AbortSignal.any([attemptSignal, options.signal]) : attemptSignal,
    });
    const header = response.headers['retry-after'];
    const { text, cut } = await readCapped(response.body, MAX_REPLY_BYTES);
    const retryAfter = Array.isArray(header) ? header[0] : header;
    return { status: response.statusCode, text, cut, retryAfter };
  } catch (error) {
    throw new TokenEndpointError(
      `Could not complete the request to ${where}: ${networkProblem(error)}`,
      'network',
    );
  }
}

/** A token endpoint failure after retries: the last one, saying how many attempts it took. */
function withAttempts(error: unknown): unknown {
  const { error: last } = lastFailure(error);
  if (!(last instanceof TokenEndpointError) || !(error instanceof RetriesExhaustedError)) {
    return last;
  }
  // The exhausted error's message already says how many attempts it took.
  return new TokenEndpointError(error.message, last.kind, last.status, last.retryAfter);
}

function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}
