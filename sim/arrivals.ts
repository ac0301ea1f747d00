// The requests a simulator received, in the order they arrived. One arrival number
// runs across every simulator in the process (the tests, the demo and the bench start
// them all in one), so the requests of a run can be put in one order across GitHub and
// the providers: two timestamps can be equal, two arrival numbers cannot. And a way to
// wait for requests, for a test that holds one answer back until others are in flight.

let lastArrival = 0;

/** What every recorded request carries. */
export interface Arrival {
  /** Its place in the order of arrival at all simulators of this process, from 1. */
  readonly arrival: number;
}

/** Numbers the next request to arrive at any simulator. */
export function nextArrival(): number {
  lastArrival += 1;
  return lastArrival;
}

/** Keeps a simulator's requests in `list` and wakes those waiting for some to arrive. */
export class RequestRecorder<T extends Arrival> {
  readonly list: T[] = [];
  readonly #waiting = new Set<{ match: (request: T) => boolean; left: number; done: () => void }>();

  record(request: T): void {
    this.list.push(request);
    for (const waiter of this.#waiting) {
      if (!waiter.match(request)) continue;
      waiter.left -= 1;
      if (waiter.left === 0) {
        this.#waiting.delete(waiter);
        waiter.done();
      }
    }
  }

  /** Resolves once `count` more requests that `match` have arrived. */
  until(match: (request: T) => boolean, count = 1): Promise<void> {
    return new Promise((done) => {
      this.#waiting.add({ match, left: count, done });
    });
  }
}
