/**
 * The repository `authorize` writes to when --repository is absent: the
 * `origin` of the checkout it runs in. Not when that checkout is
 * fitbit-token-keeper itself or a fork of it (the README has people run the
 * command from a clone of the tool): a user's refresh token must not land in
 * the tool's own repository, so there --repository must be given.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../lib/errors.js';
import { repository } from '../lib/validators.js';
import { originRemote, repositoryFromRemote, workingTreeAround } from './git-remote.js';
import { UsageError } from './options.js';
import { PACKAGE_NAME } from './version.js';

const GIVE = 'pass --repository owner/name of the repository whose workflow uses the action';

export async function defaultRepository(cwd: string): Promise<string> {
  const [remote, topLevel] = await Promise.all([originRemote(cwd), workingTreeAround(cwd)]);
  if (topLevel === undefined) {
    throw new UsageError(`no --repository, and this folder is not in a git checkout; ${GIVE}`);
  }
  const origin = remote === undefined ? undefined : repositoryFromRemote(remote);
  if (await isThisTool(origin, topLevel)) {
    throw new UsageError(
      `no --repository, and this checkout is ${PACKAGE_NAME} itself or a fork of it${origin ? ` (origin ${origin})` : ''}: a refresh token must not be stored in the tool's own repository; ${GIVE}`,
    );
  }
  if (remote === undefined) {
    throw new UsageError(`no --repository, and this checkout has no origin remote; ${GIVE}`);
  }
  if (origin === undefined || !isRepositoryName(origin)) {
    // Not the remote itself in the message: its URL may hold credentials.
    throw new UsageError(
      `no --repository, and the origin remote of this checkout names no GitHub repository; ${GIVE}`,
    );
  }
  return origin;
}

/** A fork keeps the repository's name, or at least the package's name (a renamed fork). */
async function isThisTool(origin: string | undefined, topLevel: string): Promise<boolean> {
  const name = origin?.slice(origin.indexOf('/') + 1);
  if (name?.toLowerCase() === PACKAGE_NAME) return true;
  try {
    const manifest: unknown = JSON.parse(await readFile(join(topLevel, 'package.json'), 'utf8'));
    return (manifest as { name?: unknown } | null)?.name === PACKAGE_NAME;
  } catch {
    return false; // no package.json, or not JSON: not a checkout of the tool
  }
}

function isRepositoryName(value: string): boolean {
  try {
    repository(value);
    return true;
  } catch (error) {
    if (error instanceof InputError) return false;
    throw error;
  }
}
