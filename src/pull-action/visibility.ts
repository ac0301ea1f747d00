/**
 * Whether the repository the pull writes into is public: health data committed
 * there, or charts in its job summary, would be readable by anyone. The event
 * that started the run says so when its payload carries `repository`; else
 * GitHub's API is asked. An `internal` repository (every member of the
 * enterprise may read it, and GitHub reports it as `private: true`) counts as
 * public. When neither can tell, the answer is "public": the pull refuses
 * rather than guess.
 */
import { readFile } from 'node:fs/promises';
import { createGitHubClient } from '../github/client.js';
import { ExplainedError, errorMessage } from '../lib/errors.js';
import type { Network } from '../lib/http.js';
import type { Redactor } from '../lib/redact.js';

export interface VisibilityContext {
  /** GITHUB_EVENT_PATH */
  readonly eventPath: string | undefined;
  /** GITHUB_REPOSITORY */
  readonly repository: string | undefined;
  readonly githubToken: string | undefined;
  readonly githubApiUrl: string;
  readonly network: Network;
  readonly redactor: Redactor;
}

export type Visibility = 'private' | 'public';

export async function repositoryVisibility(context: VisibilityContext): Promise<Visibility> {
  const fromEvent = await eventSays(context.eventPath);
  if (fromEvent !== undefined) return fromEvent;
  const [owner, repo] = (context.repository ?? '').split('/');
  if (!owner || !repo || !context.githubToken) {
    throw cannotTell('GITHUB_REPOSITORY or github-token is not set');
  }
  try {
    const github = createGitHubClient(context.githubToken, context.githubApiUrl, context.network);
    const { data } = await github.rest.repos.get({ owner, repo });
    return visibilityOf(data) ?? 'public';
  } catch (error) {
    throw cannotTell(`GitHub's API did not say: ${context.redactor.redact(errorMessage(error))}`);
  }
}

/** `repository.private` of the event's payload; undefined when the payload has none. */
async function eventSays(eventPath: string | undefined): Promise<Visibility | undefined> {
  if (!eventPath) return undefined;
  const text = await readFile(eventPath, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const { repository } = JSON.parse(text) as { repository?: RepositoryFields | null };
    return repository ? visibilityOf(repository) : undefined;
  } catch {
    return undefined;
  }
}

/** The fields of a repository that tell who may read it, in an event payload or the API's reply. */
interface RepositoryFields {
  readonly private?: unknown;
  readonly visibility?: unknown;
}

/** `visibility` where GitHub gives it (`internal` is readable beyond the owner), else `private`. */
function visibilityOf(repository: RepositoryFields): Visibility | undefined {
  const { visibility } = repository;
  if (visibility === 'private') return 'private';
  if (visibility === 'public' || visibility === 'internal') return 'public';
  if (typeof repository.private !== 'boolean') return undefined;
  return repository.private ? 'private' : 'public';
}

function cannotTell(why: string): ExplainedError {
  return new ExplainedError(
    `Could not tell whether the repository is public (${why}), so the pull wrote nothing and sent no request to the Google Health API.`,
    'Give the step a github-token that may read the repository (the default github.token does), or set allow-public-repository: true if publishing the data is what you want.',
  );
}
