/**
 * The one HTTP dispatcher for every request the action makes: timeouts on
 * connect, headers and body, and the runner's proxy settings (HTTPS_PROXY,
 * HTTP_PROXY, NO_PROXY), for the token endpoint, GitHub and the data API
 * alike; and what every raw request shares: a reply read up to a cap, and a
 * failed request told in a few words.
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

/**
 * A reply body, at most `limit` bytes of it. A larger reply is cut there and
 * the rest never read: the caller decides what a cut reply means.
 */
export async function readCapped(
  body: AsyncIterable<Buffer>,
  limit: number,
): Promise<{ text: string; cut: boolean }> {
  const { bytes, cut } = await readCappedBytes(body, limit);
  return { text: bytes.toString('utf8'), cut };
}

/** The same, as bytes: a large reply read without ever becoming one string. */
export async function readCappedBytes(
  body: AsyncIterable<Buffer>,
  limit: number,
): Promise<{ bytes: Buffer; cut: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > limit) return { bytes: Buffer.concat(chunks).subarray(0, limit), cut: true };
  }
  return { bytes: Buffer.concat(chunks), cut: false };
}

/** Why a request got no reply, in a few words that carry no secret. */
export function networkProblem(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out';
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (code.includes('TIMEOUT')) return `timed out (${code})`;
      return code;
    }
  }
  return 'network error';
}
