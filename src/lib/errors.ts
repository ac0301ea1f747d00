/**
 * Error classes whose messages are safe to print: they never carry a token,
 * secret, code or request body. An ExplainedError says what failed; its
 * `advice` says what to do. The action and the command both report them.
 */
export class ExplainedError extends Error {
  override name = 'ExplainedError';
  constructor(
    message: string,
    readonly advice = '',
  ) {
    super(message);
  }
}

/** A malformed or missing input, found before any request. */
export class InputError extends ExplainedError {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`Input '${input}' ${problem}`);
  }
}

/** The message of anything thrown, without a stack. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
