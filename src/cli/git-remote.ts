/**
 * What git says about the checkout the command runs in: its top-level folder
 * and its `origin` remote, for the command's default repository. Understands
 * https and ssh remotes of any GitHub host.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The `origin` remote's URL as configured (it may carry credentials: never print it). */
export function originRemote(cwd: string): Promise<string | undefined> {
  return git(cwd, 'remote', 'get-url', 'origin');
}

/** The top-level folder of the working tree around `cwd`. */
export function checkoutTopLevel(cwd: string): Promise<string | undefined> {
  return git(cwd, 'rev-parse', '--show-toplevel');
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
