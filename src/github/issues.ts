/**
 * The issues calls of the consent issue, through the same Octokit client as
 * the secrets (retries, no cross-origin redirects). Failures become
 * IssuesApiErrors that name the permission the issues-token needs.
 */
import { ExplainedError } from '../lib/errors.js';
import { lastFailure } from '../lib/retry.js';
import type { GitHubClient } from './client.js';
import { apiMessageOf, responseStatus } from './errors.js';

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

export interface Issue {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly labels: readonly string[];
  readonly state: 'open' | 'closed';
  /** The login of the account that opened it (a bot's ends in `[bot]`). */
  readonly author: string;
  /** GitHub serves pull requests as issues too. */
  readonly pullRequest: boolean;
}

/** The permission a workflow gives its GITHUB_TOKEN for issues. */
export const ISSUES_PERMISSION = 'permissions: issues: write';

export class IssuesApiError extends ExplainedError {
  override name = 'IssuesApiError';
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(
      message,
      `Give the issues-token ${ISSUES_PERMISSION} (in the workflow's permissions block for the job's GITHUB_TOKEN, or "Issues: read and write" for a fine-grained token).`,
    );
  }
}

/** Open issues carrying `label`, oldest first (one page is plenty: one issue per secret). */
export async function openIssuesLabelled(
  client: GitHubClient,
  where: Repository,
  label: string,
): Promise<Issue[]> {
  const response = await call(where, 'list the open issues', () =>
    client.rest.issues.listForRepo({
      ...where,
      labels: label,
      state: 'open',
      sort: 'created',
      direction: 'asc',
      per_page: 100,
    }),
  );
  return response.data
    .map(toIssue)
    .filter((issue) => !issue.pullRequest)
    .sort((a, b) => a.number - b.number);
}

/** One issue as it is now (not as an event's copy of it showed it). */
export async function getIssue(
  client: GitHubClient,
  where: Repository,
  number: number,
): Promise<Issue> {
  const response = await call(where, `read issue #${number}`, () =>
    client.rest.issues.get({ ...where, issue_number: number }),
  );
  return toIssue(response.data);
}

/** Creates `label` unless it exists (422 already_exists is success). */
export async function ensureLabel(
  client: GitHubClient,
  where: Repository,
  label: { name: string; color: string; description: string },
): Promise<void> {
  try {
    await client.rest.issues.createLabel({ ...where, ...label });
  } catch (error) {
    if (responseStatus(error) === 422) return;
    throw toIssuesError(error, where, `create the label ${label.name}`);
  }
}

export async function createIssue(
  client: GitHubClient,
  where: Repository,
  issue: { title: string; body: string; labels: string[] },
): Promise<number> {
  const response = await call(where, 'open the consent issue', () =>
    client.rest.issues.create({ ...where, ...issue }),
  );
  return response.data.number;
}

/** Opens an issue under `label`, which is created first unless it exists. */
export async function createLabelledIssue(
  client: GitHubClient,
  where: Repository,
  label: { name: string; color: string; description: string },
  issue: { title: string; body: string },
): Promise<number> {
  await ensureLabel(client, where, label);
  return createIssue(client, where, { ...issue, labels: [label.name] });
}

/** Leaves `comment` on an issue, then closes it. */
export async function closeWithComment(
  client: GitHubClient,
  where: Repository,
  number: number,
  comment: string,
  reason: 'completed' | 'not_planned',
): Promise<void> {
  await commentOnIssue(client, where, number, comment);
  await updateIssue(client, where, number, { state: 'closed', state_reason: reason });
}

export async function updateIssue(
  client: GitHubClient,
  where: Repository,
  number: number,
  change: {
    title?: string;
    body?: string;
    state?: 'open' | 'closed';
    state_reason?: 'completed' | 'not_planned';
  },
): Promise<void> {
  await call(where, `update issue #${number}`, () =>
    client.rest.issues.update({ ...where, issue_number: number, ...change }),
  );
}

export async function commentOnIssue(
  client: GitHubClient,
  where: Repository,
  number: number,
  body: string,
): Promise<void> {
  await call(where, `comment on issue #${number}`, () =>
    client.rest.issues.createComment({ ...where, issue_number: number, body }),
  );
}

/** Deletes a comment; one that is already gone (404: its author deleted it) counts as deleted. */
export async function deleteComment(
  client: GitHubClient,
  where: Repository,
  commentId: number,
): Promise<void> {
  try {
    await client.rest.issues.deleteComment({ ...where, comment_id: commentId });
  } catch (error) {
    if (responseStatus(error) === 404) return;
    throw toIssuesError(error, where, `delete comment ${commentId}`);
  }
}

function toIssue(item: {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  labels: (string | { name?: string })[];
  user: { login: string } | null;
  pull_request?: unknown;
}): Issue {
  return {
    number: item.number,
    title: item.title,
    body: item.body ?? '',
    labels: item.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))),
    state: item.state === 'open' ? 'open' : 'closed',
    author: item.user?.login ?? '',
    pullRequest: item.pull_request !== undefined && item.pull_request !== null,
  };
}

async function call<T>(where: Repository, action: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw toIssuesError(error, where, action);
  }
}

function toIssuesError(error: unknown, where: Repository, action: string): IssuesApiError {
  return new IssuesApiError(failedCall(error, where, action), responseStatus(error));
}

/** "Could not <action> of owner/repo (HTTP 403: GitHub's words)", for any failed call. */
export function failedCall(error: unknown, where: Repository, action: string): string {
  const status = responseStatus(error);
  const failure = lastFailure(error).error as { response?: { data?: unknown } } | undefined;
  const message = apiMessageOf(failure?.response?.data);
  const said = message === undefined ? '' : `: ${message}`;
  const detail =
    status === undefined ? ' (GitHub could not be reached)' : ` (HTTP ${status}${said})`;
  return `Could not ${action} of ${where.owner}/${where.repo}${detail}`;
}
