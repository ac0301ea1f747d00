/**
 * The Octokit client for the secrets API, from @actions/github, with Octokit's
 * retry plugin (5xx and other transient failures, n² s backoff) and throttling
 * plugin (primary and secondary rate limits, Retry-After / x-ratelimit-reset).
 * Requests go through
 * the action's own dispatcher: the same timeouts and proxy settings as the
 * token endpoint.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { fetch } from 'undici';
import type { Network } from './http.js';

export type GitHubClient = ReturnType<typeof createGitHubClient>;

const API_VERSION = '2022-11-28';
const USER_AGENT = 'fitbit-token-keeper';
// Statuses that no retry can fix (a 403 that is a rate limit goes to the throttling plugin).
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];

export function createGitHubClient(token: string, baseUrl: string, network: Network) {
  const { timing } = network;
  const mayWait = (retryAfterSeconds: number, retryCount: number) =>
    retryCount < timing.githubRetries && retryAfterSeconds * 1000 <= timing.maxRateLimitWaitMs;
  const octokit = getOctokit(
    token,
    {
      baseUrl,
      userAgent: USER_AGENT,
      request: {
        fetch: (url: string, init: RequestInit) =>
          fetch(url, {
            ...(init as object),
            dispatcher: network.dispatcher,
            signal: network.signal ?? null,
          }),
      },
      retry: {
        retries: timing.githubRetries,
        retryAfterBaseValue: timing.githubRetryUnitMs,
        doNotRetry: DO_NOT_RETRY,
      },
      throttle: {
        // The plugin spaces writes a second apart by default, GitHub's advice for bulk
        // writes. Here that second would fall between spending the old refresh token and
        // storing the new one; this action makes three writes a run, so none is spaced.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
        retryAfterBaseValue: timing.githubRetryUnitMs,
        onRateLimit: (
          retryAfter: number,
          _options: unknown,
          _octokit: unknown,
          retryCount: number,
        ) => mayWait(retryAfter, retryCount),
        onSecondaryRateLimit: (
          retryAfter: number,
          _options: unknown,
          _octokit: unknown,
          retryCount: number,
        ) => mayWait(retryAfter, retryCount),
      },
    },
    retry,
    throttling,
  );
  // Pin the REST version: 2022-11-28 is served by github.com, GHE.com and every supported GHES.
  octokit.hook.before('request', (options) => {
    options.headers['x-github-api-version'] = API_VERSION;
  });
  return octokit;
}
