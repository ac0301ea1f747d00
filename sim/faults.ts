// Fault injection shared by every simulator: tests queue failures, the next matching
// request consumes one before (or, with afterHandling, instead of) its normal answer.
import type { ServerResponse } from 'node:http';
import { type Reply, sendReply } from './server.js';

export interface Fault {
  /** Answer with this status instead of the normal answer. */
  status?: number;
  /** Body of that answer: string as is, anything else as JSON. */
  body?: unknown;
  /** Headers added to the answer (the fault's, or the normal one when no status). */
  headers?: Record<string, string>;
  /**
   * Called the moment a matching request has arrived, before anything is handled or
   * answered: e.g. the runner dies (SIGKILL) while GitHub holds the new secret's PUT.
   */
  onArrival?: () => void;
  /** Wait this long before answering. Alone, it only delays the normal answer. */
  delayMs?: number;
  /** Hold the answer until this settles (e.g. until other requests have arrived). */
  holdUntil?: Promise<unknown>;
  /**
   * Never answer: the request stays open until the client gives up or the server
   * closes. A reply slower than any timeout, however slow the machine.
   */
  hang?: boolean;
  /** Destroy the socket without answering (after delayMs, if given). */
  reset?: boolean;
  /**
   * Let the simulator handle the request first (state changes, e.g. a token is spent),
   * then replace or delay its answer: "the server did it, the reply got lost".
   */
  afterHandling?: boolean;
  /**
   * Transforms the normal answer before it is sent (e.g. pads or corrupts its body),
   * so a test can damage a reply the simulator really gave. Unused when status is set.
   */
  rewrite?: (reply: Reply) => Reply;
  /** Which requests it applies to (path without query); default all. */
  match?: (method: string, path: string) => boolean;
  /** How many requests it applies to; default 1. */
  times?: number;
}

export class FaultQueue {
  readonly #queue: Array<{ fault: Fault; left: number }> = [];

  push(...faults: Fault[]): void {
    for (const fault of faults) this.#queue.push({ fault, left: fault.times ?? 1 });
  }

  clear(): void {
    this.#queue.length = 0;
  }

  /** Faults still waiting to be consumed. */
  get pending(): number {
    return this.#queue.length;
  }

  /** Consumes one use of the first fault that matches, if any. */
  take(method: string, path: string): Fault | undefined {
    const index = this.#queue.findIndex(({ fault }) => fault.match?.(method, path) ?? true);
    const entry = this.#queue[index];
    if (!entry) return undefined;
    entry.left -= 1;
    if (entry.left <= 0) this.#queue.splice(index, 1);
    return entry.fault;
  }
}

/**
 * Answers one request: consumes a matching fault, otherwise sends what `handle`
 * computes. `handle` runs at most once and never when a fault pre-empts it.
 */
export async function answerWithFaults(
  faults: FaultQueue,
  method: string,
  path: string,
  res: ServerResponse,
  handle: () => Reply | Promise<Reply>,
): Promise<void> {
  const fault = faults.take(method, path);
  if (!fault) {
    sendReply(res, await handle());
    return;
  }
  fault.onArrival?.();
  const handled = fault.afterHandling ? await handle() : undefined;
  await pause(fault.delayMs ?? 0, res);
  if (fault.holdUntil) await Promise.race([fault.holdUntil, closed(res)]);
  if (fault.hang && !res.destroyed) await closed(res);
  if (res.destroyed || !res.socket || res.socket.destroyed) return; // client or server gone
  if (fault.reset) {
    res.socket?.resetAndDestroy();
    return;
  }
  for (const [name, value] of Object.entries(fault.headers ?? {})) res.setHeader(name, value);
  if (fault.status !== undefined) {
    sendReply(res, { status: fault.status, body: fault.body });
    return;
  }
  const reply = handled ?? (await handle());
  sendReply(res, fault.rewrite ? fault.rewrite(reply) : reply);
}

function closed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => res.once('close', () => resolve()));
}

/** Sleeps, but wakes early when the response closes so close() never waits on it. */
function pause(ms: number, res: ServerResponse): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      res.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    res.once('close', done);
  });
}
