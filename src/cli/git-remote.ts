/**
 * owner/name of the current checkout's `origin` remote, for the command's
 * default repository. Understands https and ssh remotes of any GitHub host.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function originRepository(cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['remote', 'get-url', 'origin'], { cwd, timeout: 5000 });
    return repositoryFromRemote(stdout.trim());
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
