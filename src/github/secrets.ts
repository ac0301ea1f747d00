/**
 * Reads and writes one Actions secret through GitHub's REST API: the scope's
 * public key, sealed writes, metadata, and a write-access probe that leaves
 * nothing behind. Failures become GitHubApiErrors (github-errors.ts).
 */
import { randomBytes } from 'node:crypto';
import { isSealingKey, sealSecret } from '../lib/sealing.js';
import { type GitHubClient, WRITE_BACK } from './client.js';
import { type Access, GitHubApiError, responseStatus, toGitHubApiError } from './errors.js';
import { describeTarget, type SecretTarget, type WorkflowRun } from './target.js';

export interface PublicKey {
  readonly keyId: string;
  readonly key: string;
}

export interface SecretMetadata {
  readonly updatedAt: Date;
}

interface SealedValue {
  readonly encrypted_value: string;
  readonly key_id: string;
  readonly request?: typeof WRITE_BACK;
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

/**
 * The public key of the scope the secret lives in (each environment has its
 * own), checked to be an X25519 key so that sealing cannot fail later, after
 * the old refresh token is spent.
 */
export async function fetchPublicKey(
  client: GitHubClient,
  target: SecretTarget,
): Promise<PublicKey> {
  const response = await call(target, 'read', 'read the secrets public key', () =>
    endpointsOf(client, target).publicKey(),
  );
  const { key_id: keyId, key } = response.data as { key_id?: unknown; key?: unknown };
  if (typeof keyId !== 'string' || typeof key !== 'string' || !isSealingKey(key)) {
    throw new GitHubApiError(
      `GitHub answered the secrets public key of ${describeTarget(target)} with something that is not a base64 X25519 key, so nothing can be sealed for it`,
      response.status,
      'Check github-api-url: it must point at the GitHub REST API itself.',
    );
  }
  return { keyId, key };
}

/**
 * Seals `value` with `publicKey` and writes it; resolves to whether the secret
 * was new. Only 201 (created) and 204 (updated) mean GitHub stored it.
 */
export async function writeSecret(
  client: GitHubClient,
  target: SecretTarget,
  name: string,
  value: string,
  publicKey: PublicKey,
  options: { writeBack?: boolean } = {},
): Promise<'created' | 'updated'> {
  const sealed: SealedValue = {
    encrypted_value: await sealSecret(value, publicKey.key),
    key_id: publicKey.keyId,
    ...(options.writeBack ? { request: WRITE_BACK } : {}),
  };
  const action = `write the secret ${name}`;
  const response = await call(target, 'write', action, () =>
    endpointsOf(client, target).put(name, sealed),
  );
  const status: number = response.status;
  if (status === 201) return 'created';
  if (status === 204) return 'updated';
  throw new GitHubApiError(
    `Could not ${action} of ${describeTarget(target)}: GitHub answered HTTP ${status}, which does not say the secret was stored`,
    status,
  );
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
    const status = responseStatus(error);
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
 * Writes a throw-away probe secret, which proves the token may write secrets
 * without touching the real one; resolves to its name, for deleteProbe.
 */
export async function writeProbe(
  client: GitHubClient,
  target: SecretTarget,
  publicKey: PublicKey,
): Promise<string> {
  const probe = `FITBIT_TOKEN_KEEPER_PROBE_${randomBytes(6).toString('hex').toUpperCase()}`;
  await writeSecret(client, target, probe, 'probe', publicKey);
  return probe;
}

/**
 * Deletes the probe again. Never throws: the write, which is what counts, has
 * succeeded; resolves to a warning naming the probe when it could not go.
 */
export async function deleteProbe(
  client: GitHubClient,
  target: SecretTarget,
  probe: string,
): Promise<string | undefined> {
  try {
    await removeSecret(client, target, probe, `delete the probe secret ${probe}`);
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `${reason}. The token may write secrets, so the run goes on; delete the secret ${probe} from ${describeTarget(target)} by hand (Settings → Secrets and variables → Actions, or gh secret delete ${probe})`;
  }
}

/** Deletes a secret; one that does not exist (any more) counts as deleted. */
export async function removeSecret(
  client: GitHubClient,
  target: SecretTarget,
  name: string,
  action = `delete the secret ${name}`,
): Promise<void> {
  try {
    await call(target, 'write', action, () => endpointsOf(client, target).remove(name));
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 404) return;
    throw error;
  }
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
