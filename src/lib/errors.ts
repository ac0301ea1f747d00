/**
 * Error classes whose messages are safe to print: they never carry a token,
 * secret, code or request body. Each says what failed; `advice` says what to do.
 */
export class ActionError extends Error {
  override name = 'ActionError';
  constructor(
    message: string,
    readonly advice = '',
  ) {
    super(message);
  }
}

/** A malformed or missing input, found before any request. */
export class InputError extends ActionError {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`Input '${input}' ${problem}`);
  }
}

export type TokenFailureKind =
  | 'invalid_grant'
  | 'invalid_client'
  | 'retired'
  | 'rejected'
  | 'server'
  | 'network'
  | 'malformed';

/** The token endpoint refused, failed or answered something unusable. */
export class TokenEndpointError extends ActionError {
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

/** GitHub refused or failed a secrets API call. */
export class GitHubApiError extends ActionError {
  override name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number | undefined,
    advice = '',
  ) {
    super(message, advice);
  }
}

/** The message of anything thrown, without a stack. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
