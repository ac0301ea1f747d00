/**
 * Reads and writes one Actions secret through GitHub's REST API: the scope's
 * public key, sealed writes, metadata, and a write-access probe that leaves
 * nothing behind. Every failure becomes a GitHubApiError that names the
 * permission the token needs.
 */
import { randomBytes } from 'node:crypto';
import { GitHubApiError } from './errors.js';
import type { GitHubClient } from './github-client.js';
import type { SecretTarget, WorkflowRun } from './inputs.js';
import { sealSecret } from './sealing.js';

export interface PublicKey {
  readonly keyId: string;
  readonly key: string;
}

export interface SecretMetadata {
  readonly updatedAt: Date;
}

type Access = 'read' | 'write';

export function describeTarget(target: SecretTarget): string {
  const repository = `${target.owner}/${target.repo}`;
  return target.environment === undefined
    ? `repository ${repository}`
    : `environment '${target.environment}' of ${repository}`;
}

interface SealedValue {
  readonly encrypted_value: string;
  readonly key_id: string;
  readonly request?: { retries: number };
}

/**
 * The four secrets endpoints of one scope: a repository's, or an environment's
 * (which has its own key). The only place that tells the two apart.
 */
function endpointsOf(client: GitHubClient, target: SecretTarget) {
  const { owner, repo, environment } = target;
  const { actions } = client.rest;
  if (environment === undefined) {
    return {
      publicKey: () => actions.getRepoPublicKey({ owner, repo }),
      get: (name: string) => actions.getRepoSecret({ owner, repo, secret_name: name }),
      put: (name: string, sealed: SealedValue) =>
        actions.createOrUpdateRepoSecret({ owner, repo, secret_name: name, ...sealed }),
      remove: (name: string) => actions.deleteRepoSecret({ owner, repo, secret_name: name }),
    };
  }
  const scope = { owner, repo, environment_name: environment };
  return {
    publicKey: () => actions.getEnvironmentPublicKey(scope),
    get: (name: string) => actions.getEnvironmentSecret({ ...scope, secret_name: name }),
    put: (name: string, sealed: SealedValue) =>
      actions.createOrUpdateEnvironmentSecret({ ...scope, secret_name: name, ...sealed }),
    remove: (name: string) => actions.deleteEnvironmentSecret({ ...scope, secret_name: name }),
  };
}

/** The public key of the scope the secret lives in (each environment has its own). */
export async function fetchPublicKey(
  client: GitHubClient,
  target: SecretTarget,
): Promise<PublicKey> {
  const response = await call(target, 'read', 'read the secrets public key', () =>
    endpointsOf(client, target).publicKey(),
  );
  return { keyId: response.data.key_id, key: response.data.key };
}

/** Seals `value` with `publicKey` and writes it; resolves to whether the secret was new. */
export async function writeSecret(
  client: GitHubClient,
  target: SecretTarget,
  name: string,
  value: string,
  publicKey: PublicKey,
  options: { retries?: number } = {},
): Promise<'created' | 'updated'> {
  const sealed: SealedValue = {
    encrypted_value: await sealSecret(value, publicKey.key),
    key_id: publicKey.keyId,
    // Octokit's retry plugin reads a per-request retry count from here.
    ...(options.retries === undefined ? {} : { request: { retries: options.retries } }),
  };
  const response = await call(target, 'write', `write the secret ${name}`, () =>
    endpointsOf(client, target).put(name, sealed),
  );
  return response.status === 201 ? 'created' : 'updated';
}

/** When the secret was last written, or undefined when it does not exist. */
export async function fetchSecretMetadata(
  client: GitHubClient,
  target: SecretTarget,
  name: string,
): Promise<SecretMetadata | undefined> {
  try {
    const response = await call(target, 'read', `read the metadata of secret ${name}`, () =>
      endpointsOf(client, target).get(name),
    );
    return { updatedAt: new Date(response.data.updated_at) };
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 404) return undefined;
    throw error;
  }
}

/**
 * When the workflow run (this attempt) started, or undefined when GitHub will
 * not say (a token without "Actions: read" gets 403 or 404 here).
 */
export async function fetchRunStartedAt(
  client: GitHubClient,
  run: WorkflowRun,
): Promise<Date | undefined> {
  try {
    const response = await client.rest.actions.getWorkflowRun({
      owner: run.owner,
      repo: run.repo,
      run_id: run.id,
    });
    const started = response.data.run_started_at;
    return started ? new Date(started) : undefined;
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) return undefined;
    throw toGitHubApiError(
      error,
      { ...run, environment: undefined },
      'read',
      'read this workflow run',
    );
  }
}

/**
 * Proves the token may write secrets without touching the real one: writes a
 * throw-away probe secret and deletes it again.
 */
export async function proveWriteAccess(
  client: GitHubClient,
  target: SecretTarget,
  publicKey: PublicKey,
): Promise<void> {
  const probe = `FITBIT_TOKEN_KEEPER_PROBE_${randomBytes(6).toString('hex').toUpperCase()}`;
  await writeSecret(client, target, probe, 'probe', publicKey);
  await call(target, 'write', `delete the probe secret ${probe}`, () =>
    endpointsOf(client, target).remove(probe),
  );
}

async function call<T>(
  target: SecretTarget,
  access: Access,
  action: string,
  send: () => Promise<T>,
): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw toGitHubApiError(error, target, access, action);
  }
}

/** Turns an Octokit failure into a message with the status, GitHub's own words and the fix. */
export function toGitHubApiError(
  error: unknown,
  target: SecretTarget,
  access: Access,
  action: string,
): GitHubApiError {
  const where = describeTarget(target);
  if (!hasResponse(error)) {
    // Octokit reports a failed connection as status 500 without a response.
    return new GitHubApiError(
      `Could not ${action} of ${where}: GitHub could not be reached (${networkCause(error)})`,
      undefined,
      "Check github-api-url and the runner's network or proxy settings, then re-run the workflow.",
    );
  }
  const status = statusOf(error);
  const apiMessage = apiMessageOf(error);
  const said = apiMessage ? ` (HTTP ${status}: ${apiMessage})` : status ? ` (HTTP ${status})` : '';
  const headline = `Could not ${action} of ${where}${said}`;

  if (status === 401) {
    return new GitHubApiError(
      `${headline}: GitHub rejected the github-token as invalid or expired`,
      status,
      `Replace the github-token secret with a valid token. ${permissionAdvice(target)}`,
    );
  }
  if (status === 403 && isRateLimited(error, apiMessage)) {
    return new GitHubApiError(
      `${headline}: GitHub's rate limit was hit`,
      status,
      'Re-run the workflow later.',
    );
  }
  if (status === 403) {
    return new GitHubApiError(
      `${headline}: the github-token is not allowed to ${access} Actions secrets there`,
      status,
      permissionAdvice(target),
    );
  }
  if (status === 404) {
    const missing =
      target.environment === undefined
        ? `the repository ${target.owner}/${target.repo} does not exist or the github-token cannot see it`
        : `the environment '${target.environment}' or the repository does not exist, or the github-token cannot see it`;
    return new GitHubApiError(
      `${headline}: ${missing}`,
      status,
      `Check the repository${target.environment === undefined ? '' : ' and environment'} inputs. ${permissionAdvice(target)}`,
    );
  }
  if (status === undefined || status >= 500 || status === 429) {
    return new GitHubApiError(
      `${headline}: GitHub is unreachable or failing`,
      status,
      'Re-run the workflow.',
    );
  }
  return new GitHubApiError(headline, status);
}

/** Always asks for write: refreshes of rotating providers and re-seeds must write the secret. */
function permissionAdvice(target: SecretTarget): string {
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

function hasResponse(error: unknown): boolean {
  return (error as { response?: unknown } | null)?.response !== undefined;
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

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function apiMessageOf(error: unknown): string | undefined {
  const data = (error as { response?: { data?: unknown } } | null)?.response?.data;
  const message = (data as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message.slice(0, 300) : undefined;
}

function isRateLimited(error: unknown, apiMessage: string | undefined): boolean {
  const headers = (error as { response?: { headers?: Record<string, unknown> } } | null)?.response
    ?.headers;
  return headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(apiMessage ?? '');
}
