/**
 * Every input of the pull action, read in one place: the pull's own settings
 * (shared with the command), the access token (the input, else the keeper's
 * FITBIT_ACCESS_TOKEN), and what only the action has: the job summary, the
 * public-repository guard and its GitHub token. Each problem is one
 * InputError naming the input, before any request.
 */

import type { PullSettings } from '../health/pull.js';
import { readPullSettings } from '../health/settings.js';
import { InputError } from '../lib/errors.js';
import type { InputReader } from '../lib/runner-input.js';
import { apiBaseUrl, yamlBoolean } from '../lib/validators.js';

/** The variable the keeper exports the access token in. */
export const ACCESS_TOKEN_VARIABLE = 'FITBIT_ACCESS_TOKEN';

/** Inputs whose values are masked the moment they are read. */
export const SENSITIVE_INPUTS = ['access-token', 'github-token'] as const;

export interface PullActionConfig {
  readonly settings: PullSettings;
  readonly accessToken: string;
  readonly summary: boolean;
  readonly allowPublicRepository: boolean;
  /** For asking GitHub whether the repository is public; may be absent outside Actions. */
  readonly githubToken: string | undefined;
  readonly githubApiUrl: string;
}

/** What the runner tells every step, used where an input is left empty. */
export interface RunnerContext {
  /** The job's FITBIT_ACCESS_TOKEN, as the keeper exported it. */
  readonly exportedAccessToken: string | undefined;
  /** GITHUB_WORKSPACE: the folder input is relative to it. */
  readonly workspace: string;
  /** GITHUB_API_URL */
  readonly apiUrl: string | undefined;
}

export function readPullInputs(
  input: InputReader,
  runner: RunnerContext,
  now: Date,
): PullActionConfig {
  const read = (name: string): string | undefined => input(name)?.trim() || undefined;
  const accessToken = read('access-token') ?? (runner.exportedAccessToken?.trim() || undefined);
  if (accessToken === undefined) {
    throw new InputError(
      'access-token',
      `is required: run the keeper step (OWNER/fitbit-token-keeper) before this one in the same job, so that ${ACCESS_TOKEN_VARIABLE} holds a fresh access token, or pass one in access-token`,
    );
  }
  return {
    settings: readPullSettings(read, now, runner.workspace),
    accessToken,
    summary: yamlBoolean('summary', read('summary') ?? 'false'),
    allowPublicRepository: yamlBoolean(
      'allow-public-repository',
      read('allow-public-repository') ?? 'false',
    ),
    githubToken: read('github-token'),
    githubApiUrl: apiBaseUrl('GITHUB_API_URL', runner.apiUrl || 'https://api.github.com'),
  };
}
