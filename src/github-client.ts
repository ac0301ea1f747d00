/**
 * The Octokit client for the secrets API, from @actions/github: it follows the
 * runner's proxy settings and takes the API base for GHES and GHE.com.
 */
import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

const API_VERSION = '2022-11-28';
const USER_AGENT = 'fitbit-token-keeper';

export function createGitHubClient(token: string, baseUrl: string): GitHubClient {
  const octokit = getOctokit(token, { baseUrl, userAgent: USER_AGENT });
  // Pin the REST version: 2022-11-28 is served by github.com, GHE.com and every supported GHES.
  octokit.hook.before('request', (options) => {
    options.headers['x-github-api-version'] = API_VERSION;
  });
  return octokit;
}
