/** The command's --timeout: one clock for GitHub, the consent and the exchange. */
import { ExplainedError } from '../lib/errors.js';

export interface Deadline {
  readonly seconds: number;
  /** Aborts every request and the wait for consent when the time is up. */
  readonly signal: AbortSignal;
  clear(): void;
}

export function startDeadline(seconds: number): Deadline {
  const controller = new AbortController();
  // abort() without a reason raises an AbortError, which the GitHub client takes as final.
  const timer = setTimeout(() => controller.abort(), seconds * 1000);
  timer.unref();
  return { seconds, signal: controller.signal, clear: () => clearTimeout(timer) };
}

/** Names the --timeout when it was what cut the command short. */
export function overTimeout(error: unknown, deadline: Deadline | undefined): unknown {
  if (!deadline?.signal.aborted || !(error instanceof Error)) return error;
  return new ExplainedError(
    `The --timeout of ${deadline.seconds} s was reached. ${error.message}`,
    'Run fitbit-token-keeper authorize again and finish the consent sooner, or pass a longer --timeout (it bounds the GitHub calls and the token exchange too).',
  );
}
