/**
 * Turns a failed GitHub call into a GitHubApiError whose message says what
 * failed (status and GitHub's own words) and whose advice says what to do,
 * naming the permission the github-token needs.
 */
import { ExplainedError } from '../lib/errors.js';
import { lastFailure } from '../lib/retry.js';
import { rateLimitOf } from '../lib/retry-policy.js';
import { capitalize, lowerFirst } from '../lib/text.js';
import { RedirectRefusedError } from './client.js';
import { describeTarget, type SecretTarget } from './target.js';

/**
 * The names a person knows GitHub's settings by: the action's inputs in a
 * workflow, the command's flags and environment variables at a terminal.
 */
export interface GitHubNames {
  /** The GitHub token, e.g. "the github-token". */
  readonly token: string;
  /** The API base setting, e.g. "github-api-url". */
  readonly apiUrl: string;
  /** Where the repository (and environment) are given, e.g. "the repository input". */
  readonly repository: string;
  /** Trying again, a sentence, e.g. "Re-run the workflow". */
  readonly rerun: string;
}

/** The action's names, which GitHubApiError's own message and advice use. */
export const ACTION_GITHUB_NAMES: GitHubNames = {
  token: 'the github-token',
  apiUrl: 'github-api-url',
  repository: 'the repository input',
  rerun: 'Re-run the workflow',
};

export interface GitHubWords {
  readonly message: string;
  readonly advice: string;
}

/** GitHub refused or failed a secrets API call. */
export class GitHubApiError extends ExplainedError {
  override name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number | undefined,
    advice = '',
    /** The same message and advice in another edge's names, when they name a setting. */
    readonly wordedFor?: (names: GitHubNames) => GitHubWords,
  ) {
    super(message, advice);
  }
}

/** A GitHubApiError whose message and advice name settings: worded for the action by default. */
function namingError(
  status: number | undefined,
  wording: (names: GitHubNames) => GitHubWords,
): GitHubApiError {
  const { message, advice } = wording(ACTION_GITHUB_NAMES);
  return new GitHubApiError(message, status, advice, wording);
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
    const redirect = failure.cause;
    return namingError(redirect.status, (names) => ({
      message: `Could not ${action} of ${where}: ${redirect.message}, so nothing was sent anywhere else`,
      advice: `Check ${names.apiUrl}: it must be the API base itself (for example https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server).`,
    }));
  }
  const response = failure.response;
  if (response === undefined) {
    return namingError(undefined, (names) => ({
      message: `Could not ${action} of ${where}: GitHub could not be reached (${networkCause(last)})${after}`,
      advice: `Check ${names.apiUrl} and the network or proxy settings, then ${lowerFirst(names.rerun)}.`,
    }));
  }
  const { status } = response;
  const apiMessage = apiMessageOf(response.data);
  const headline = `Could not ${action} of ${where} (HTTP ${status}${apiMessage ? `: ${apiMessage}` : ''})${after}`;

  const limit = rateLimitOf({ status, headers: response.headers, message: apiMessage });
  if (limit !== undefined) {
    return namingError(status, (names) => ({
      message: `${headline}: GitHub's ${limit.kind} rate limit was hit`,
      advice:
        limit.waitMs === undefined
          ? `${names.rerun} later.`
          : `${names.rerun} after ${clockTime(Date.now() + limit.waitMs)} UTC.`,
    }));
  }
  switch (status) {
    case 401:
      return namingError(status, (names) => ({
        message: `${headline}: GitHub rejected ${names.token} as invalid or expired`,
        advice: `Replace ${names.token} with a valid token. ${permissionAdvice(target, names)}`,
      }));
    case 403:
      return namingError(status, (names) => ({
        message: `${headline}: ${names.token} is not allowed to ${access} Actions secrets there`,
        advice: permissionAdvice(target, names),
      }));
    case 404:
      return namingError(status, (names) => ({
        message: `${headline}: ${notFound(target, names)}`,
        advice: `Check ${names.repository}${target.environment === undefined ? '' : ' and the environment'}. ${permissionAdvice(target, names)}`,
      }));
  }
  if (status >= 500) {
    return namingError(status, (names) => ({
      message: `${headline}: GitHub is failing`,
      advice: `${names.rerun}.`,
    }));
  }
  return new GitHubApiError(headline, status);
}

function notFound(target: SecretTarget, names: GitHubNames): string {
  return target.environment === undefined
    ? `the repository ${target.owner}/${target.repo} does not exist or ${names.token} cannot see it`
    : `the environment '${target.environment}' or the repository does not exist, or ${names.token} cannot see it`;
}

/** Always asks for write: refreshes of rotating providers and re-seeds must write the secret. */
export function permissionAdvice(
  target: SecretTarget,
  names: GitHubNames = ACTION_GITHUB_NAMES,
): string {
  const finePermission =
    target.environment === undefined
      ? '"Secrets: read and write"'
      : '"Environments: read and write" (and "Secrets: read and write")';
  return (
    `${capitalize(names.token)} needs to be a fine-grained personal access token with ${finePermission} on ${target.owner}/${target.repo}, ` +
    'a classic personal access token with the repo scope, or a GitHub App installation token with the secrets permission ' +
    '(for example from actions/create-github-app-token with permission-secrets: write). ' +
    "A workflow's own GITHUB_TOKEN can never write Actions secrets."
  );
}

function networkCause(error: unknown): string {
  // Aborted by the run's own time limit or failure, which the caller names.
  if ((error as { name?: unknown } | undefined)?.name === 'AbortError')
    return 'the request was cut short';
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
