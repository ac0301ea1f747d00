/**
 * Turns a failed GitHub call into a GitHubApiError whose message says what
 * failed (status and GitHub's own words) and whose advice says what to do,
 * naming the permission the github-token needs.
 */
import { ExplainedError } from '../lib/errors.js';
import { lastFailure } from '../lib/retry.js';
import { rateLimitOf } from '../lib/retry-policy.js';
import { RedirectRefusedError } from './client.js';
import { describeTarget, type SecretTarget } from './target.js';

/** GitHub refused or failed a secrets API call. */
export class GitHubApiError extends ExplainedError {
  override name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number | undefined,
    advice = '',
  ) {
    super(message, advice);
  }
}

export type Access = 'read' | 'write';

interface OctokitFailure {
  readonly cause?: unknown;
  readonly response?: {
    readonly status: number;
    readonly headers: Record<string, string | undefined>;
    readonly data?: unknown;
  };
}

export function toGitHubApiError(
  error: unknown,
  target: SecretTarget,
  access: Access,
  action: string,
): GitHubApiError {
  const { error: last, attempts } = lastFailure(error);
  const failure = (last ?? {}) as OctokitFailure;
  const where = describeTarget(target);
  const after = attempts > 1 ? ` (after ${attempts} attempts)` : '';
  if (failure.cause instanceof RedirectRefusedError) {
    return new GitHubApiError(
      `Could not ${action} of ${where}: ${failure.cause.message}, so nothing was sent anywhere else`,
      failure.cause.status,
      'Check github-api-url: it must be the API base itself (for example https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server).',
    );
  }
  const response = failure.response;
  if (response === undefined) {
    return new GitHubApiError(
      `Could not ${action} of ${where}: GitHub could not be reached (${networkCause(last)})${after}`,
      undefined,
      "Check github-api-url and the runner's network or proxy settings, then re-run the workflow.",
    );
  }
  const { status } = response;
  const apiMessage = apiMessageOf(response.data);
  const headline = `Could not ${action} of ${where} (HTTP ${status}${apiMessage ? `: ${apiMessage}` : ''})${after}`;

  const limit = rateLimitOf({ status, headers: response.headers, message: apiMessage });
  if (limit !== undefined) {
    return new GitHubApiError(
      `${headline}: GitHub's ${limit.kind} rate limit was hit`,
      status,
      limit.waitMs === undefined
        ? 'Re-run the workflow later.'
        : `Re-run the workflow after ${clockTime(Date.now() + limit.waitMs)} UTC.`,
    );
  }
  switch (status) {
    case 401:
      return new GitHubApiError(
        `${headline}: GitHub rejected the github-token as invalid or expired`,
        status,
        `Replace the github-token secret with a valid token. ${permissionAdvice(target)}`,
      );
    case 403:
      return new GitHubApiError(
        `${headline}: the github-token is not allowed to ${access} Actions secrets there`,
        status,
        permissionAdvice(target),
      );
    case 404:
      return new GitHubApiError(
        `${headline}: ${notFound(target)}`,
        status,
        `Check the repository${target.environment === undefined ? '' : ' and environment'} inputs. ${permissionAdvice(target)}`,
      );
  }
  if (status >= 500) {
    return new GitHubApiError(`${headline}: GitHub is failing`, status, 'Re-run the workflow.');
  }
  return new GitHubApiError(headline, status);
}

function notFound(target: SecretTarget): string {
  return target.environment === undefined
    ? `the repository ${target.owner}/${target.repo} does not exist or the github-token cannot see it`
    : `the environment '${target.environment}' or the repository does not exist, or the github-token cannot see it`;
}

/** Always asks for write: refreshes of rotating providers and re-seeds must write the secret. */
export function permissionAdvice(target: SecretTarget): string {
  const finePermission =
    target.environment === undefined
      ? '"Secrets: read and write"'
      : '"Environments: read and write" (and "Secrets: read and write")';
  return (
    `The github-token needs a fine-grained personal access token with ${finePermission} on ${target.owner}/${target.repo}, ` +
    'a classic personal access token with the repo scope, or a GitHub App installation token with the secrets permission ' +
    '(for example from actions/create-github-app-token with permission-secrets: write). ' +
    "The workflow's own GITHUB_TOKEN can never write Actions secrets."
  );
}

function networkCause(error: unknown): string {
  let cause: unknown = error;
  let message = 'network error';
  for (let depth = 0; depth < 4 && cause; depth++) {
    const { code, message: text } = cause as { code?: unknown; message?: unknown };
    if (typeof code === 'string') return code;
    if (typeof text === 'string' && text) message = text.slice(0, 200);
    cause = (cause as { cause?: unknown }).cause;
  }
  return message;
}

/** The HTTP status GitHub answered a failed call with (after retries); undefined without a reply. */
export function responseStatus(error: unknown): number | undefined {
  return (lastFailure(error).error as OctokitFailure | undefined)?.response?.status;
}

/** GitHub's own words in a failed call's reply, cut to a printable length. */
export function apiMessageOf(data: unknown): string | undefined {
  const message = (data as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message.slice(0, 300) : undefined;
}

function clockTime(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(11, 16);
}
