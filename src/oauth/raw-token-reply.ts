/**
 * The raw token reply (status and text, as they came off the wire) and what it
 * means: the JSON of a 2xx, or a typed TokenEndpointError read from any of the
 * error shapes (Fitbit's {"errors":[{"errorType","message"}]}, Strava's
 * {"message","errors":[{"resource","field","code"}]}, RFC 6749's
 * {"error","error_description"}). A 2xx that cannot be read whole still hands
 * on a complete refresh token found in it, so it can be stored. The JSON of a
 * 2xx is then checked field by field in token-reply.ts.
 */
import type { Redactor } from '../lib/redact.js';
import { capitalize } from '../lib/text.js';
import type { TokenDialect } from './providers.js';
import { stravaFailureKind } from './reply-dialects.js';
import {
  TokenEndpointError,
  type TokenFailureKind,
  TokenReplyError,
} from './token-endpoint-errors.js';
import { CREDENTIAL_FIELDS, isRecord, stringOrUndefined } from './token-reply.js';

/** The most of a reply that is read; the rest is never looked at. */
export const MAX_REPLY_BYTES = 256 * 1024;

/** What came back; `cut` when the body went on past MAX_REPLY_BYTES and only its start was read. */
export interface RawReply {
  readonly status: number;
  readonly text: string;
  readonly cut: boolean;
  readonly retryAfter: string | undefined;
}

/**
 * The JSON of a 2xx reply. One that cannot be read whole is final, never retried
 * (the provider has answered, and may have rotated): a refresh token that stands
 * complete in it is masked and handed on to be stored.
 */
export function successBody(
  where: string,
  reply: RawReply,
  mask: (value: string) => void,
): unknown {
  const json = reply.cut ? undefined : parseJson(reply.text);
  if (json !== undefined) return json;
  const rescued = rescueRefreshToken(reply.text, mask);
  const problem = reply.cut
    ? `a body larger than ${MAX_REPLY_BYTES} bytes`
    : 'a body that is not JSON';
  const message = `${capitalize(where)} answered HTTP ${reply.status} with ${problem}`;
  if (rescued)
    throw new TokenReplyError(
      `${message}; the new refresh token in it could still be read`,
      rescued,
    );
  throw new TokenEndpointError(message, 'malformed', reply.status);
}

/** JSON.parse that ignores a byte order mark (RFC 8259 §8.1 allows it); undefined when not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/**
 * A non-2xx reply as an error, read as the provider's dialect writes errors;
 * one cut off at the cap is classified by what its start says.
 */
export function failure(
  where: string,
  { status, text, cut, retryAfter }: RawReply,
  redactor: Redactor,
  replies: TokenDialect['replies'] = 'oauth',
) {
  const error = cut ? parseErrorPrefix(text) : parseErrorBody(text);
  const { code, description } = error;
  const kind = replies === 'strava' ? stravaFailureKind(status, error) : classify(status, code);
  const subject =
    error.resource && redactor.redactUntrusted([error.resource, error.field].join(' ').trim());
  const detail = [subject, code, description && redactor.redactUntrusted(description)]
    .filter(Boolean)
    .join(': ');
  const unreadable = cut
    ? `an error body larger than ${MAX_REPLY_BYTES} bytes`
    : 'no readable error';
  const what =
    status >= 300 && status < 400
      ? 'a redirect, which is not followed'
      : detail || (looksLikeHtml(text) ? 'an HTML page' : unreadable);
  return new TokenEndpointError(
    `${capitalize(where)} answered HTTP ${status}, ${what}`,
    kind,
    status,
    retryAfter,
  );
}

function classify(status: number, code: string | undefined): TokenFailureKind {
  if (status === 410) return 'retired';
  if (code === 'invalid_grant') return 'invalid_grant';
  if (code === 'invalid_client' || code === 'unauthorized_client' || code === 'deleted_client') {
    return 'invalid_client';
  }
  if (status === 401 && code === undefined) return 'invalid_client';
  if (status >= 500 || status === 429) return 'server';
  return 'rejected';
}

function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype|html)/i.test(text);
}

export interface ProviderErrorBody {
  readonly code: string | undefined;
  readonly description: string | undefined;
  /** What Strava's error is about: the resource (RefreshToken, Application, …) and its field. */
  readonly resource?: string | undefined;
  readonly field?: string | undefined;
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
  // Strava: {"message":"Bad Request","errors":[{"resource":"RefreshToken","field":"refresh_token","code":"invalid"}]}
  if (isRecord(first) && typeof first.resource === 'string') {
    return {
      code: stringOrUndefined(first.code),
      description: stringOrUndefined(body.message),
      resource: first.resource,
      field: stringOrUndefined(first.field),
    };
  }
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
