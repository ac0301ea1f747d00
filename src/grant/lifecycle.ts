/**
 * What every run of the grant flow needs around it, the action's and the
 * command's alike: the run scope (lib/run-scope.ts: redactor, network, time
 * limit, redacted progress lines, teardown) and a failure told in the edge's
 * words, saying where the grant stands.
 */
import type { ExplainedError } from '../lib/errors.js';
import { openRunScope, type RunScope, type RunScopeOptions } from '../lib/run-scope.js';
import {
  type Audience,
  describeFailure,
  explainFailure,
  type FailureExplanation,
} from './failure.js';
import type { RunServices } from './flow.js';
import { type Situation, unwrapFailure } from './stage.js';

export interface RunOptions extends RunScopeOptions {
  /** The failure a run cut short by its limit reports, in the edge's words. */
  readonly overLimit: (error: Error) => ExplainedError;
  readonly audience: Audience;
  /** Whether a failure before the flow began belongs to a re-seed (the command is always one). */
  readonly reseed?: boolean;
}

/** A failed run, ready for the edge to print. */
export interface ReportedFailure {
  /** What failed, the time limit named when it was what cut the run short. */
  readonly cause: unknown;
  readonly situation: Situation;
  /** The one line: what happened, where the grant stands, what to do; redacted. */
  readonly line: string;
  /** The same in parts, for the job summary; redacted. */
  readonly explanation: FailureExplanation;
}

export interface RunLifecycle extends RunServices, Omit<RunScope, 'cancel' | 'limitReached'> {
  readonly mask: RunScope['mask'];
  /** Aborts every request still in flight and tells the failure in the edge's words. */
  fail(error: unknown): ReportedFailure;
}

/** The run scope (lib/run-scope.ts) of the grant flow, with its failures told in the edge's words. */
export function beginRun(options: RunOptions): RunLifecycle {
  const scope = openRunScope(options);
  const { redactor } = scope;
  return {
    ...scope,
    fail(error) {
      scope.cancel();
      const unwrapped = unwrapFailure(error, options.reseed ?? false);
      const { situation, followUp } = unwrapped;
      const cause =
        scope.limitReached() && unwrapped.cause instanceof Error
          ? options.overLimit(unwrapped.cause)
          : unwrapped.cause;
      const explanation = explainFailure(cause, situation, redactor, options.audience);
      return {
        cause,
        situation,
        line: describeFailure(cause, situation, redactor, options.audience),
        explanation:
          followUp === undefined
            ? explanation
            : { ...explanation, nextStep: redactor.redact(followUp) },
      };
    },
  };
}
