/**
 * Who is who on GitHub, for the trust checks of a re-seed from the consent
 * issue: the account a token writes as, and a person's permission on the
 * repository.
 *
 * A person's token (classic or fine-grained PAT) names its account at
 * GET /user. An installation token (the job's GITHUB_TOKEN, or a GitHub App's)
 * may not ask that (403 "Resource not accessible by integration") and cannot
 * call GET /app (which takes the App's JWT); GraphQL's `viewer { login }`
 * answers for it with the bot it writes as: `github-actions[bot]` for
 * GITHUB_TOKEN, `<app-slug>[bot]` for an App.
 */
import { ExplainedError } from '../lib/errors.js';
import type { GitHubClient } from './client.js';
import { responseStatus } from './errors.js';
import { failedCall, type Repository } from './issues.js';

/**
 * GitHub's base permission: `maintain` is reported as write and `triage` as
 * read (custom roles as the base role they extend).
 */
export type BasePermission = 'admin' | 'write' | 'read' | 'none';

/** The login `token` writes as (issues, comments): a person's, or an installation's bot. */
export async function loginOf(client: GitHubClient, where: Repository): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    // 403 is an installation token's answer: ask GraphQL instead.
    if (responseStatus(error) !== 403)
      throw accountsError(error, where, 'ask whose the issues-token is');
  }
  try {
    const reply = await client.graphql<{ viewer?: { login?: unknown } }>(
      'query { viewer { login } }',
    );
    const login = reply.viewer?.login;
    if (typeof login !== 'string' || login === '') throw new Error('no viewer login');
    return login;
  } catch (error) {
    throw accountsError(error, where, 'ask whose the issues-token is (GraphQL viewer)');
  }
}

/** The base permission of `login` on the repository; none for someone without access. */
export async function permissionOf(
  client: GitHubClient,
  where: Repository,
  login: string,
): Promise<BasePermission> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
      ...where,
      username: login,
    });
    const { permission } = data;
    return permission === 'admin' || permission === 'write' || permission === 'read'
      ? permission
      : 'none';
  } catch (error) {
    // 404: no such account, or none GitHub will tell about; either way no access.
    if (responseStatus(error) === 404) return 'none';
    throw accountsError(error, where, `read the permission of ${login}`);
  }
}

function accountsError(error: unknown, where: Repository, action: string): ExplainedError {
  return new ExplainedError(
    failedCall(error, where, action),
    "The issues-token must be able to read the repository: the job's GITHUB_TOKEN always can; a personal access token needs access to this repository.",
  );
}
