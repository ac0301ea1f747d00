/** What can go wrong at the token endpoint, as error values whose messages are safe to print. */
import { ExplainedError } from '../lib/errors.js';

export type TokenFailureKind =
  | 'invalid_grant'
  | 'invalid_client'
  | 'retired'
  | 'rejected'
  | 'server'
  | 'network'
  | 'malformed';

/** The token endpoint refused, failed or answered something unusable. */
export class TokenEndpointError extends ExplainedError {
  override name = 'TokenEndpointError';
  constructor(
    message: string,
    readonly kind: TokenFailureKind,
    /** Undefined when no reply arrived (kind 'network'). */
    readonly status?: number,
    /** The reply's Retry-After header, for the retry policy. */
    readonly retryAfter?: string,
  ) {
    super(message);
  }
}

/**
 * The reply was unusable, but may still carry a new refresh token: that token
 * must be stored before the run fails, or a rotating grant is lost.
 */
export class TokenReplyError extends TokenEndpointError {
  override name = 'TokenReplyError';
  constructor(
    message: string,
    readonly rescuedRefreshToken?: string,
  ) {
    super(message, 'malformed');
  }
}
