/**
 * For a test whose point is that something ends by itself (a process after its
 * error, a server's close() despite an open request, a run that must not sit
 * out a long Retry-After): the bound is no time budget but a hang detector. It
 * starts at the event the test is about, never at a process start, and is far
 * longer than anything takes on a loaded machine, and far shorter than the
 * hang it is there to catch.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** Seconds where a loaded machine needs milliseconds; the hangs tested last 60 s or more. */
export const HANG_MS = 20_000;

/** Resolves as `promise` does; rejects, naming `what`, if it has not settled after `ms`. */
export async function settlesWithin<T>(
  promise: Promise<T>,
  what: string,
  ms = HANG_MS,
): Promise<T> {
  const guard = new AbortController();
  const hang = sleep(ms, undefined, { signal: guard.signal }).then(() => {
    throw new Error(`${what} had not happened ${ms} ms later: it hangs`);
  });
  try {
    return await Promise.race([promise, hang]);
  } finally {
    guard.abort();
    hang.catch(() => undefined);
  }
}
