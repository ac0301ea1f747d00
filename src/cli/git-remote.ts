/**
 * The git checkout around a folder: its top-level folder (found by its `.git`,
 * without running git) and its `origin` remote, for the command's default
 * repository and for keeping the recovery key out of any working tree.
 * Understands https and ssh remotes of any GitHub host.
 */
import { execFile } from 'node:child_process';
import { lstat, realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The `origin` remote's URL as configured (it may carry credentials: never print it). */
export function originRemote(cwd: string): Promise<string | undefined> {
  return git(cwd, 'remote', 'get-url', 'origin');
}

async function git(cwd: string, ...args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, timeout: 5000 });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** `https://github.com/o/r(.git)`, `git@github.com:o/r(.git)`, `ssh://git@host/o/r` → `o/r`. */
export function repositoryFromRemote(remote: string): string | undefined {
  const match =
    /^(?:[a-z+]+:\/\/(?:[^@/]+@)?[^/]+\/|[^@\s]+@[^:\s]+:)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/i.exec(
      remote,
    );
  return match?.[1] && match[2] ? `${match[1]}/${match[2]}` : undefined;
}

/** The top folder of the git working tree that holds `path`, if any (found by its `.git`). */
export async function workingTreeAround(path: string): Promise<string | undefined> {
  let folder = await nearestExisting(path);
  for (;;) {
    if (await exists(join(folder, '.git'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** The real path of `path` or of its nearest existing ancestor (a new file's folder may not exist). */
async function nearestExisting(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : nearestExisting(parent);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}
