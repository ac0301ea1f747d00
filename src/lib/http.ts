/**
 * The one HTTP dispatcher for every request the action makes: timeouts on
 * connect, headers and body, and the runner's proxy settings (HTTPS_PROXY,
 * HTTP_PROXY, NO_PROXY), for the token endpoint and GitHub alike.
 */
import { type Dispatcher, EnvHttpProxyAgent } from 'undici';
import type { Timing } from './timing.js';

/** How requests go out: the shared dispatcher, the time budgets, the step's deadline. */
export interface Network {
  readonly dispatcher: Dispatcher;
  readonly timing: Timing;
  readonly signal: AbortSignal | undefined;
}

/** The network of one run or command: a fresh dispatcher on `timing`, cut short by `signal`. */
export function createNetwork(timing: Timing, signal: AbortSignal | undefined): Network {
  return { dispatcher: createDispatcher(timing.requestTimeoutMs), timing, signal };
}

export function createDispatcher(requestTimeoutMs: number): Dispatcher {
  return new EnvHttpProxyAgent({
    connect: { timeout: requestTimeoutMs },
    headersTimeout: requestTimeoutMs,
    bodyTimeout: requestTimeoutMs,
  });
}
