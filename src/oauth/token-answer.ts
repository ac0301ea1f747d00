/**
 * What a token endpoint's raw reply means: the JSON of a 2xx, or a typed
 * TokenEndpointError for anything else. A 2xx that cannot be read whole still
 * hands on a complete refresh token found in it, so it can be stored.
 */
import type { Redactor } from '../lib/redact.js';
import { TokenEndpointError, type TokenFailureKind, TokenReplyError } from './token-errors.js';
import { parseErrorBody, parseErrorPrefix, rescueRefreshToken } from './token-response.js';

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

/** A non-2xx reply as an error; one cut off at the cap is classified by what its start says. */
export function failure(
  where: string,
  { status, text, cut, retryAfter }: RawReply,
  redactor: Redactor,
) {
  const { code, description } = cut ? parseErrorPrefix(text) : parseErrorBody(text);
  const kind = classify(status, code);
  const detail = [code, description && redactor.redactUntrusted(description)]
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

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
