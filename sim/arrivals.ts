// The requests a simulator received, in the order they arrived. One sequence numbers
// every arrival and every answer at every simulator of the process (the tests, the demo
// and the bench start them all in one), so the requests of a run can be put in one
// order across GitHub and the providers, and a test can tell which were open at the
// same time: two timestamps can be equal, two numbers of the sequence cannot. And a
// way to wait for requests, for a test that holds one answer back until others are in.
import type { ServerResponse } from 'node:http';

let lastEvent = 0;

/** The next number of the process-wide sequence of arrivals and answers. */
function nextEvent(): number {
  lastEvent += 1;
  return lastEvent;
}

/** The number the next arrival or answer will be above. */
export function eventsSoFar(): number {
  return lastEvent;
}

/** What every recorded request carries. */
export interface Arrival {
  /** When it had fully arrived, as a number of the process-wide sequence. */
  readonly arrival: number;
  /** When its answer was sent (or the exchange ended without one); undefined while open. */
  answered?: number;
}

/** Keeps a simulator's requests in `list` and wakes those waiting for some to arrive. */
export class RequestRecorder<T extends Arrival> {
  readonly list: T[] = [];
  readonly #waiting = new Set<{ match: (request: T) => boolean; left: number; done: () => void }>();

  /** Keeps `request` as arrived now, and numbers its answer once `res` ends. */
  record(request: Omit<T, keyof Arrival>, res: ServerResponse): T {
    const recorded = { ...request, arrival: nextEvent() } as T;
    res.once('close', () => {
      recorded.answered = nextEvent();
    });
    this.list.push(recorded);
    for (const waiter of this.#waiting) {
      if (!waiter.match(recorded)) continue;
      waiter.left -= 1;
      if (waiter.left === 0) {
        this.#waiting.delete(waiter);
        waiter.done();
      }
    }
    return recorded;
  }

  /** Resolves once `count` (at least 1) more requests that `match` have arrived. */
  until(match: (request: T) => boolean, count = 1): Promise<void> {
    return new Promise((done) => {
      this.#waiting.add({ match, left: count, done });
    });
  }
}
