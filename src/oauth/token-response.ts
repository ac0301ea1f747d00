/**
 * Checks every field of a token endpoint reply, and reads both error shapes:
 * Fitbit's {"errors":[{"errorType","message"}]} and RFC 6749's {"error","error_description"}.
 */
import { TokenReplyError } from './token-errors.js';

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

const CREDENTIAL_FIELDS = ['refresh_token', 'access_token', 'id_token'] as const;

export interface ProviderErrorBody {
  readonly code: string | undefined;
  readonly description: string | undefined;
}

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

/**
 * For a 2xx body that cannot be read whole (cut off at the size cap, truncated,
 * trailing garbage, a syntax error elsewhere): masks every credential string
 * that stands complete in it, the refresh token first, and returns that refresh
 * token, so that a rotated one is stored rather than lost. Of two, the first is
 * taken: a reply's own member comes before anything nested after it.
 */
export function rescueRefreshToken(
  text: string,
  mask: (value: string) => void,
): string | undefined {
  let refreshToken: string | undefined;
  for (const field of CREDENTIAL_FIELDS) {
    for (const value of stringMembers(text, field)) {
      if (value === '') continue;
      mask(value);
      if (field === 'refresh_token') refreshToken ??= value;
    }
  }
  return refreshToken;
}

/**
 * Like parseErrorBody, for a body cut off at the size cap: when it cannot be
 * parsed, the code (and description) are read where they stand complete.
 */
export function parseErrorPrefix(text: string): ProviderErrorBody {
  const whole = parseErrorBody(text);
  if (whole.code !== undefined) return whole;
  const [fitbitCode] = stringMembers(text, 'errorType');
  const [rfcCode] = stringMembers(text, 'error');
  const [code, descriptionField] = fitbitCode
    ? [fitbitCode, 'message']
    : [rfcCode, 'error_description'];
  if (!code) return { code: undefined, description: undefined };
  return { code, description: stringOrUndefined(stringMembers(text, descriptionField)[0]) };
}

/** A JSON string literal: characters JSON allows unescaped, or a valid escape. */
const STRING_LITERAL = String.raw`"((?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*)"`;

/**
 * The string values of `field` as a member of any object in `text`, in order,
 * decoded. The key must follow `{` or `,`: inside a JSON string a quote is
 * escaped, so text that merely mentions the field is not taken for it.
 */
function stringMembers(text: string, field: string): string[] {
  const member = new RegExp(String.raw`[{,]\s*"${field}"\s*:\s*${STRING_LITERAL}`, 'g');
  return [...text.matchAll(member)].map((match) => JSON.parse(`"${match[1] ?? ''}"`) as string);
}

/** Reads an error body of either shape; anything else yields no code and no description. */
export function parseErrorBody(text: string): ProviderErrorBody {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { code: undefined, description: undefined };
  }
  if (!isRecord(body)) return { code: undefined, description: undefined };

  // Fitbit: {"errors":[{"errorType":"invalid_grant","message":"..."}],"success":false}
  const first = Array.isArray(body.errors) ? body.errors[0] : undefined;
  if (isRecord(first)) {
    return {
      code: stringOrUndefined(first.errorType),
      description: stringOrUndefined(first.message),
    };
  }
  // RFC 6749: {"error":"invalid_grant","error_description":"..."}
  if (typeof body.error === 'string') {
    return { code: body.error, description: stringOrUndefined(body.error_description) };
  }
  // Google API style: {"error":{"code":400,"message":"...","status":"INVALID_ARGUMENT"}}
  if (isRecord(body.error)) {
    return {
      code: stringOrUndefined(body.error.status),
      description: stringOrUndefined(body.error.message),
    };
  }
  return { code: undefined, description: undefined };
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

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
