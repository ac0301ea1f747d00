/**
 * The parsed token reply: every field of a 2xx body's JSON checked, each
 * credential masked before anything else is read. (What the raw HTTP reply
 * means, 2xx or not, is raw-token-reply.ts.)
 */
import { TokenReplyError } from './token-endpoint-errors.js';

export interface TokenReply {
  readonly accessToken: string;
  /** Seconds, as the endpoint said; undefined when it did not say. */
  readonly expiresIn: number | undefined;
  /** Present only when the provider handed out a refresh token (rotation or consent). */
  readonly refreshToken: string | undefined;
  readonly scopes: readonly string[];
  readonly tokenType: string;
  /** Fitbit's `user_id`, or the `sub` of an `id_token` (read for display only, never trusted). */
  readonly userId: string | undefined;
  readonly refreshTokenExpiresIn: number | undefined;
}

/** The reply's fields that hold a credential: each is masked before anything else is read. */
export const CREDENTIAL_FIELDS = ['refresh_token', 'access_token', 'id_token'] as const;

/**
 * `mask` is called on every credential in the reply before anything else is
 * looked at, so no later failure can print one unmasked.
 */
export function parseTokenReply(body: unknown, mask: (value: string) => void): TokenReply {
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
      refreshToken,
      scopes: (optionalString(body, 'scope') ?? '').split(/[\s,]+/).filter(Boolean),
      tokenType: optionalString(body, 'token_type') || 'Bearer',
      userId: userIdOf(body, idToken),
      refreshTokenExpiresIn: optionalSeconds(body, 'refresh_token_expires_in'),
    };
  } catch (error) {
    const problem = error instanceof Error ? error.message : 'unreadable reply';
    throw new TokenReplyError(problem, refreshToken || undefined);
  }
}

function userIdOf(body: Record<string, unknown>, idToken: string | undefined): string | undefined {
  const userId = body.user_id;
  if (typeof userId === 'string' && userId !== '') return userId;
  if (typeof userId === 'number') return String(userId);
  if (userId !== undefined && userId !== null) throw new Error('user_id is not a string');
  return idToken ? subjectOf(idToken) : undefined;
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
  const value = body[field];
  const seconds = typeof value === 'string' && NUMERIC_STRING.test(value) ? Number(value) : value;
  if (typeof seconds !== 'number' || Number.isNaN(seconds) || seconds < 0) return undefined;
  return Math.min(Math.floor(seconds), MAX_LIFETIME_SECONDS);
}

export function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
