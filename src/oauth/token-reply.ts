/**
 * The parsed token reply: every field of a 2xx body's JSON checked, each
 * credential masked before anything else is read. (What the raw HTTP reply
 * means, 2xx or not, is raw-token-reply.ts; a provider's envelope around it,
 * reply-dialects.ts.)
 */
import { secondsAfter } from '../lib/time.js';
import { TokenReplyError } from './token-endpoint-errors.js';

export interface TokenReply {
  readonly accessToken: string;
  /** Seconds, as the endpoint said; undefined when it did not say. */
  readonly expiresIn: number | undefined;
  /** When the access token expires, in epoch seconds, where the endpoint says so itself (Strava's expires_at). */
  readonly expiresAt?: number | undefined;
  /** Present only when the provider handed out a refresh token (rotation or consent). */
  readonly refreshToken: string | undefined;
  readonly scopes: readonly string[];
  readonly tokenType: string;
  /**
   * The grant's account: Fitbit's `user_id`, Strava's `athlete.id`, Withings'
   * `userid`, or the `sub` of an `id_token` (read for display only, never trusted).
   */
  readonly userId: string | undefined;
  readonly refreshTokenExpiresIn: number | undefined;
}

/** The reply's fields that hold a credential: each is masked before anything else is read. */
export const CREDENTIAL_FIELDS = ['refresh_token', 'access_token', 'id_token'] as const;

/**
 * `mask` is called on every credential in the reply before anything else is
 * looked at, so no later failure can print one unmasked. `accountAt`: the
 * members that lead to the grant's account (default `user_id`).
 */
export function parseTokenReply(
  body: unknown,
  mask: (value: string) => void,
  accountAt: readonly string[] = ['user_id'],
): TokenReply {
  if (!isRecord(body)) throw new TokenReplyError('the reply is not a JSON object');

  // Mask every credential that is a string before any check can fail.
  for (const field of CREDENTIAL_FIELDS) {
    const value = body[field];
    if (typeof value === 'string' && value !== '') mask(value);
  }
  const rawRefreshToken = body.refresh_token;
  if (rawRefreshToken != null && typeof rawRefreshToken !== 'string') {
    throw new TokenReplyError('refresh_token is not a string');
  }
  const refreshToken = rawRefreshToken ?? undefined;

  // From here on a failure must still hand over the new refresh token for storing.
  const fail = (problem: string): never => {
    throw new TokenReplyError(problem, refreshToken || undefined);
  };
  try {
    const accessToken = optionalString(body, 'access_token');
    const idToken = optionalString(body, 'id_token');
    if (!accessToken) fail('the reply has no access_token');
    if (refreshToken === '') fail('the reply has an empty refresh_token');
    return {
      accessToken: accessToken as string,
      expiresIn: optionalSeconds(body, 'expires_in'),
      expiresAt: optionalEpochSeconds(body, 'expires_at'),
      refreshToken,
      scopes: (optionalString(body, 'scope') ?? '').split(/[\s,]+/).filter(Boolean),
      tokenType: optionalString(body, 'token_type') || 'Bearer',
      userId: accountOf(body, accountAt) ?? (idToken ? subjectOf(idToken) : undefined),
      refreshTokenExpiresIn: optionalSeconds(body, 'refresh_token_expires_in'),
    };
  } catch (error) {
    const problem = error instanceof Error ? error.message : 'unreadable reply';
    throw new TokenReplyError(problem, refreshToken || undefined);
  }
}

/** The account where `path` leads: a string, or a whole number (Strava's and Withings' ids). */
function accountOf(body: Record<string, unknown>, path: readonly string[]): string | undefined {
  let value: unknown = body;
  for (const member of path) value = isRecord(value) ? value[member] : undefined;
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (value !== undefined && value !== null && value !== '') {
    throw new Error(`${path.join('.')} is not a string`);
  }
  return undefined;
}

/**
 * When the access token expires: the provider's own expires_at where it sends
 * one (Strava hands back a token with less left than a fresh one), else
 * expires_in after the request; undefined when the reply said neither.
 */
export function accessTokenExpiry(reply: TokenReply, issuedAt: Date): Date | undefined {
  if (reply.expiresAt !== undefined) return new Date(reply.expiresAt * 1000);
  return secondsAfter(issuedAt, reply.expiresIn);
}

/** The `sub` claim of a JWT, decoded without verification: shown to the user, never trusted. */
function subjectOf(jwt: string): string | undefined {
  const payload = jwt.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return isRecord(claims) && typeof claims.sub === 'string' ? claims.sub : undefined;
  } catch {
    return undefined;
  }
}

function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new Error(`${field} is not a string`);
  return value;
}

/** The longest lifetime believed: a date made from anything longer could overflow. */
export const MAX_LIFETIME_SECONDS = 10 * 365 * 24 * 3600;

/** A number as some providers send it, in a string: "3600", "3600.0", "1e4". */
const NUMERIC_STRING = /^\s*\d+(?:\.\d+)?(?:e[+-]?\d+)?\s*$/i;

/**
 * Whole seconds, fractions rounded down, clamped to MAX_LIFETIME_SECONDS. Never
 * throws: an odd expiry must not cost a usable reply. A meaningless one
 * (negative, not a number) is left out, as if the provider had not said.
 */
function optionalSeconds(body: Record<string, unknown>, field: string): number | undefined {
  const seconds = wholeSeconds(body[field]);
  return seconds === undefined ? undefined : Math.min(seconds, MAX_LIFETIME_SECONDS);
}

/** The latest epoch second a Date can hold. */
const MAX_EPOCH_SECONDS = 8.64e12;

/** A moment in epoch seconds, read as leniently as optionalSeconds; one past what a Date holds is left out. */
function optionalEpochSeconds(body: Record<string, unknown>, field: string): number | undefined {
  const seconds = wholeSeconds(body[field]);
  return seconds !== undefined && seconds <= MAX_EPOCH_SECONDS ? seconds : undefined;
}

/** A non-negative number, or one in a string, rounded down; undefined for anything else. */
function wholeSeconds(value: unknown): number | undefined {
  const seconds = typeof value === 'string' && NUMERIC_STRING.test(value) ? Number(value) : value;
  if (typeof seconds !== 'number' || Number.isNaN(seconds) || seconds < 0) return undefined;
  return Math.floor(seconds);
}

export function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
