/**
 * Where the recovery private key lives: by default in the user's config
 * folder, outside every clone, and never inside a git working tree unless the
 * user insists, since one `git add -A` would publish it.
 */
import { lstat, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';

export const KEY_FOLDER_NAME = 'fitbit-token-keeper';
export const KEY_FILE_NAME = 'recovery.key';

/** `$XDG_CONFIG_HOME/fitbit-token-keeper/recovery.key`, else `~/.config/…`. */
export function defaultKeyFile(env: NodeJS.ProcessEnv, home: string): string {
  const xdg = env.XDG_CONFIG_HOME;
  // The XDG spec says to ignore a relative XDG_CONFIG_HOME.
  const config = xdg && isAbsolute(xdg) ? xdg : join(home, '.config');
  return join(config, KEY_FOLDER_NAME, KEY_FILE_NAME);
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
