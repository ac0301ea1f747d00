/**
 * The Octokit client for the secrets API, from @actions/github, with two
 * things Octokit does not do the way this action needs:
 * - one request hook that retries on the action's shared policy
 *   (retry-policy.ts), with the longer write-back budget for the request that
 *   carries a new refresh token;
 * - a fetch that follows no redirect to another origin, so a sealed value or
 *   the token never goes anywhere but the configured API.
 * Requests go through the action's own dispatcher (the token endpoint's
 * timeouts and proxy settings) and are aborted with the run's signal.
 */
import { getOctokit } from '@actions/github';
import { fetch, type RequestInit } from 'undici';
import type { Network } from '../lib/http.js';
import { withRetries } from '../lib/retry.js';
import { judgeHttpFailure } from '../lib/retry-policy.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

const API_VERSION = '2022-11-28';
const USER_AGENT = 'fitbit-token-keeper';
/** GitHub redirects within its origin for a renamed or transferred repository. */
const MAX_HOPS = 3;

/** Request option for the write of a new refresh token: it gets Timing.writeBack. */
export const WRITE_BACK = { writeBack: true } as const;

/** GitHub answered a redirect this client does not follow. */
export class RedirectRefusedError extends Error {
  override name = 'RedirectRefusedError';
  constructor(
    readonly status: number,
    /** Where it pointed, origin only; undefined when there was no usable Location. */
    readonly target: string | undefined,
  ) {
    super(
      `GitHub answered HTTP ${status}, a redirect${target ? ` to ${target}` : ''}, which is not followed`,
    );
  }
}

export function createGitHubClient(token: string, baseUrl: string, network: Network) {
  const { timing } = network;
  const octokit = getOctokit(token, {
    baseUrl,
    userAgent: USER_AGENT,
    request: { fetch: (url: string, init: RequestInit) => fetchWithinOrigin(url, init, network) },
  });
  octokit.hook.wrap('request', async (send, options) => {
    // Pin the REST version: 2022-11-28 is served by github.com, GHE.com and every supported GHES.
    options.headers['x-github-api-version'] = API_VERSION;
    const budget = options.request?.writeBack === true ? timing.writeBack : timing.github;
    const { value } = await withRetries(
      async () => send(options),
      (error) => judgeGitHubError(error, timing.maxRateLimitWaitMs),
      budget,
      { signal: network.signal },
    );
    return value;
  });
  return octokit;
}

/** The shared retry policy, read off an Octokit error. */
function judgeGitHubError(error: unknown, maxRateLimitWaitMs: number) {
  const failure = error as {
    name?: unknown;
    cause?: unknown;
    response?: { status: number; headers: Record<string, string | undefined>; data?: unknown };
  } | null;
  if (failure?.name === 'AbortError' || failure?.cause instanceof RedirectRefusedError) {
    return { retry: false };
  }
  const response = failure?.response;
  const message = (response?.data as { message?: unknown } | undefined)?.message;
  return judgeHttpFailure(
    {
      // Octokit reports a failed connection as status 500 without a response.
      status: response?.status,
      headers: response?.headers ?? {},
      message: typeof message === 'string' ? message : undefined,
    },
    maxRateLimitWaitMs,
  );
}

/**
 * Fetch that follows a redirect only within the origin it was sent to, and
 * only when it repeats the same request; every other redirect is refused.
 */
async function fetchWithinOrigin(url: string, init: RequestInit, network: Network) {
  let current = new URL(url);
  for (let hop = 0; ; hop++) {
    const response = await fetch(current, {
      ...init,
      redirect: 'manual',
      dispatcher: network.dispatcher,
      signal: network.signal ?? null,
    });
    if (response.status < 300 || response.status >= 400 || response.status === 304) {
      return response;
    }
    await response.body?.cancel().catch(() => undefined);
    const next = redirectTarget(current, response.headers.get('location'));
    const sameOrigin = next !== undefined && next.origin === current.origin;
    if (!next || !sameOrigin || !keepsRequest(response.status, init.method) || hop >= MAX_HOPS) {
      throw new RedirectRefusedError(response.status, next?.origin);
    }
    current = next;
  }
}

/**
 * Whether following the redirect sends the same request again: 307/308 keep
 * method and body; 301/302/303 turn them into a GET, which is the same request
 * only for a GET (GitHub answers a renamed repository's GET with 301).
 */
function keepsRequest(status: number, method: string | undefined): boolean {
  if (status === 307 || status === 308) return true;
  const isGet = method === undefined || method === 'GET' || method === 'HEAD';
  return isGet && (status === 301 || status === 302 || status === 303);
}

function redirectTarget(from: URL, location: string | null): URL | undefined {
  if (!location) return undefined;
  try {
    return new URL(location, from);
  } catch {
    return undefined;
  }
}
