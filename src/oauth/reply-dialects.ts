/**
 * What the answers of the presets that do not reply as RFC 6749 does mean:
 * Withings answers everything with HTTP 200 and says the outcome in the
 * body's `status` (0 success, with the tokens in `body`), and Strava names
 * the failing resource and field in its errors. Both are read here into the
 * kinds every edge understands, so that a dead grant opens the consent issue
 * and a rate limit is retried, whoever said it.
 */
import type { Redactor } from '../lib/redact.js';
import { capitalize } from '../lib/text.js';
import type { ProviderErrorBody } from './raw-token-reply.js';
import { TokenEndpointError, type TokenFailureKind } from './token-endpoint-errors.js';
import { CREDENTIAL_FIELDS, isRecord, stringOrUndefined } from './token-reply.js';

/** Withings' "too many requests": retried as a 429 is. */
const WITHINGS_TOO_MANY_REQUESTS = 601;
/** Withings' "timeout": the request did not complete there; retried as a 504 is. */
const WITHINGS_TIMEOUT = 522;
/** Withings' "authentication failed" family (OpenAPI): the token sent is not valid. */
const WITHINGS_AUTH_FAILED = new Set([100, 101, 102, 200, 401]);

/**
 * The tokens in Withings' envelope `{"status": 0, "body": {…}}`; any other
 * status is a TokenEndpointError and never an access token. Credentials an
 * error envelope might hold are masked all the same. `status` on the error is
 * the HTTP status the shared retry policy judges it as.
 */
export function unwrapWithings(
  where: string,
  json: unknown,
  mask: (value: string) => void,
  redactor: Redactor,
): unknown {
  const envelope: Record<string, unknown> = isRecord(json) ? json : {};
  const inner = envelope.body;
  for (const field of CREDENTIAL_FIELDS) {
    const value = isRecord(inner) ? inner[field] : undefined;
    if (typeof value === 'string' && value !== '') mask(value);
  }
  const status = envelope.status;
  if (status === 0) return inner;
  if (typeof status !== 'number' || !Number.isInteger(status)) {
    throw new TokenEndpointError(
      `${capitalize(where)} answered HTTP 200 without the status Withings puts in every reply`,
      'malformed',
      200,
    );
  }
  const said = stringOrUndefined(envelope.error);
  const detail = said === undefined ? '' : `: ${redactor.redactUntrusted(said)}`;
  const { kind, judgedAs } = withingsFailure(status, said ?? '');
  throw new TokenEndpointError(
    `${capitalize(where)} answered status ${status}${detail}`,
    kind,
    judgedAs,
  );
}

/** What a non-zero Withings status means, and the HTTP status the retry policy judges it as. */
function withingsFailure(
  status: number,
  said: string,
): { kind: TokenFailureKind; judgedAs: number } {
  if (status === WITHINGS_TOO_MANY_REQUESTS) return { kind: 'server', judgedAs: 429 };
  if (status === WITHINGS_TIMEOUT) return { kind: 'server', judgedAs: 504 };
  // "Invalid Params: invalid client_id" and the like: the client, not the grant.
  if (/client|signature|nonce/i.test(said)) return { kind: 'invalid_client', judgedAs: 401 };
  // 503 "Invalid Params: invalid refresh_token" (or "invalid code"): the grant, or the code, is gone.
  const deadToken = /refresh_token|\bcode\b|invalid_token|expired/i.test(said);
  if (deadToken || WITHINGS_AUTH_FAILED.has(status))
    return { kind: 'invalid_grant', judgedAs: 400 };
  return { kind: 'rejected', judgedAs: 400 };
}

/**
 * What Strava's error means: `{"message", "errors": [{"resource", "field",
 * "code"}]}`. A refresh token or code it names is dead; the Application's
 * client_id or client_secret is the client; a 401 that names neither is a
 * revoked grant, as Strava documents.
 */
export function stravaFailureKind(status: number, error: ProviderErrorBody): TokenFailureKind {
  if (status === 410) return 'retired';
  if (status === 429 || status >= 500) return 'server';
  const { resource, field } = error;
  if (resource === 'Application' && (field === 'client_id' || field === 'client_secret')) {
    return 'invalid_client';
  }
  if (resource === 'RefreshToken' || resource === 'AuthorizationCode') return 'invalid_grant';
  if (status === 401 && resource !== 'Application') return 'invalid_grant';
  return 'rejected';
}
