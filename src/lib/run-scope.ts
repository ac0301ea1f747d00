/**
 * What every run needs around its work, the keeper's and the pull's, in a
 * workflow or at a terminal: a redactor that learns each secret the moment it
 * is known, one network whose requests a time limit or a failure aborts,
 * progress lines that pass the redactor, and at the end the sockets closed, so
 * the process ends when its work does.
 */
import { createNetwork, type Network } from './http.js';
import type { Log } from './log.js';
import { Redactor, secretLines } from './redact.js';
import type { Timing } from './timing.js';

export interface RunScopeOptions {
  readonly timing: Timing;
  /** The whole run's time limit: every request and wait is aborted when it is reached. */
  readonly limitMs: number;
  /** Where progress lines go, once redacted. */
  readonly log: Log;
  /** Tells the edge of each secret value too (an action: the runner's ::add-mask::). */
  readonly registerMask?: (value: string) => void;
}

export interface RunScope {
  readonly redactor: Redactor;
  readonly network: Network;
  /** Aborted when the time limit is reached or the run fails; the network's requests use it. */
  readonly signal: AbortSignal;
  /** Progress lines, redacted. */
  readonly log: Log;
  /** Masks `value`, its trimmed form and each of its lines; nothing for an empty value. */
  readonly mask: (value: string | undefined) => void;
  /** Stops every request still in flight: a failed run must not wait for its siblings. */
  cancel(): void;
  /** Whether the time limit is what cut the run short. */
  limitReached(): boolean;
  /** Ends the time limit and closes idle sockets, which would keep the process alive. */
  close(): Promise<void>;
}

export function openRunScope(options: RunScopeOptions): RunScope {
  const redactor = new Redactor();
  const limit = new AbortController();
  const timer = setTimeout(() => limit.abort(), options.limitMs);
  timer.unref();
  const cancelled = new AbortController();
  const signal = AbortSignal.any([limit.signal, cancelled.signal]);
  const network = createNetwork(options.timing, signal);
  return {
    redactor,
    network,
    signal,
    log: {
      info: (message) => options.log.info(redactor.redact(message)),
      warning: (message) => options.log.warning(redactor.redact(message)),
    },
    mask(value) {
      if (!value) return;
      // The runner masks each registered value as a whole: a multi-line one needs its lines too,
      // and a value with surrounding blanks its trimmed form (which is what gets used).
      if (options.registerMask) {
        for (const part of new Set([value, value.trim(), ...secretLines(value)])) {
          if (part) options.registerMask(part);
        }
      }
      redactor.add(value);
    },
    cancel: () => cancelled.abort(),
    limitReached: () => limit.signal.aborted,
    async close() {
      clearTimeout(timer);
      await network.dispatcher.destroy().catch(() => undefined);
    },
  };
}
