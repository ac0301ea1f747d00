/**
 * What every run of the grant flow needs around it, the action's and the
 * command's alike: a redactor that learns each secret the moment it is known,
 * one network whose requests a time limit or a failure aborts, progress lines
 * that pass the redactor, a failure told in the edge's words, and at the end
 * the sockets closed, so the process ends when its work does.
 */
import type { ExplainedError } from '../lib/errors.js';
import { createNetwork } from '../lib/http.js';
import { Redactor, secretLines } from '../lib/redact.js';
import type { Timing } from '../lib/timing.js';
import {
  type Audience,
  describeFailure,
  explainFailure,
  type FailureExplanation,
} from './failure.js';
import type { RunServices } from './flow.js';
import type { Log } from './log.js';
import { type Situation, unwrapFailure } from './stage.js';

export interface RunOptions {
  readonly timing: Timing;
  /** The whole run's time limit: every request and wait is aborted when it is reached. */
  readonly limitMs: number;
  /** The failure a run cut short by its limit reports, in the edge's words. */
  readonly overLimit: (error: Error) => ExplainedError;
  readonly audience: Audience;
  /** Where progress lines go, once redacted. */
  readonly log: Log;
  /** Tells the edge of each secret value too (the action: the runner's ::add-mask::). */
  readonly registerMask?: (value: string) => void;
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

export interface RunLifecycle extends RunServices {
  /** Aborted when the time limit is reached or the run fails; the network's requests use it. */
  readonly signal: AbortSignal;
  /** Masks `value`, its trimmed form and each of its lines; nothing for an empty value. */
  readonly mask: (value: string | undefined) => void;
  /** Aborts every request still in flight and tells the failure in the edge's words. */
  fail(error: unknown): ReportedFailure;
  /** Ends the time limit and closes idle sockets, which would keep the process alive. */
  close(): Promise<void>;
}

export function beginRun(options: RunOptions): RunLifecycle {
  const redactor = new Redactor();
  const limit = new AbortController();
  const timer = setTimeout(() => limit.abort(), options.limitMs);
  timer.unref();
  // Aborted the moment the run fails, so no sibling request or retry outlives it.
  const cancel = new AbortController();
  const signal = AbortSignal.any([limit.signal, cancel.signal]);
  const network = createNetwork(options.timing, signal);
  const mask = (value: string | undefined): void => {
    if (!value) return;
    // The runner masks each registered value as a whole: a multi-line one needs its lines too,
    // and a value with surrounding blanks its trimmed form (which is what gets used).
    if (options.registerMask) {
      for (const part of new Set([value, value.trim(), ...secretLines(value)])) {
        if (part) options.registerMask(part);
      }
    }
    redactor.add(value);
  };
  const log: Log = {
    info: (message) => options.log.info(redactor.redact(message)),
    warning: (message) => options.log.warning(redactor.redact(message)),
  };
  return {
    signal,
    network,
    log,
    mask,
    redactor,
    fail(error) {
      cancel.abort();
      const unwrapped = unwrapFailure(error, options.reseed ?? false);
      const { situation, followUp } = unwrapped;
      const cause =
        limit.signal.aborted && unwrapped.cause instanceof Error
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
    async close() {
      clearTimeout(timer);
      await network.dispatcher.destroy().catch(() => undefined);
    },
  };
}
