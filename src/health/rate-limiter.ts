/**
 * The client's own side of the per-user rate limit (300 requests a minute):
 * a sliding window, so no minute, however it is cut, holds more than the
 * limit. Requests go out at once while the window has room; the next one
 * waits until the oldest leaves it.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export interface RateLimit {
  readonly requests: number;
  readonly windowMs: number;
}

export interface LimiterClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

const REAL_CLOCK: LimiterClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleep(ms, undefined, signal ? { signal } : {}),
};

export class RateLimiter {
  /** When each request in the window was sent, oldest first. */
  readonly #sent: number[] = [];
  /** Time spent waiting for room: what the limit cost this run. */
  waitedMs = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly clock: LimiterClock = REAL_CLOCK,
  ) {}

  /** Resolves when one more request may go out, and counts it as sent. */
  async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.#sent.length > 0 && (this.#sent[0] ?? 0) <= now - this.limit.windowMs) {
        this.#sent.shift();
      }
      const wait =
        this.#sent.length < this.limit.requests
          ? 0
          : (this.#sent[0] ?? now) + this.limit.windowMs - now;
      if (wait <= 0) {
        this.#sent.push(now);
        return;
      }
      this.waitedMs += wait;
      await this.clock.sleep(wait, signal);
    }
  }
}
