/**
 * The data folder must stay inside the working tree the pull was given
 * (GITHUB_WORKSPACE for the action, the current folder for the command):
 * settings.ts refuses a path that climbs out of it by name, and this refuses
 * one that leads out of it through a symbolic link, the folder itself or any
 * folder on the way to it, by comparing real paths. It runs before any request,
 * so a refused folder costs nothing and no health data is written elsewhere.
 */
import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { InputError } from '../lib/errors.js';
import { shown } from '../lib/validators.js';

/** Throws an InputError naming `folder` when the data folder leads out of `base`. */
export async function refuseFolderOutside(folder: string, base: string): Promise<void> {
  const realBase = await realpath(base);
  const steps = relative(base, folder).split(sep).filter(Boolean);
  let path = base;
  for (const step of steps) {
    path = join(path, step);
    const entry = await lstat(path).catch(() => undefined);
    if (entry === undefined) return; // from here on the pull creates real folders
    const shownPath = shown(relative(base, path));
    if (!entry.isSymbolicLink() && !entry.isDirectory()) {
      throw new InputError('folder', `leads through ${shownPath}, which is a file, not a folder`);
    }
    const real = await realpath(path).catch(() => undefined);
    if (real === undefined || !isInside(real, realBase)) {
      throw new InputError(
        'folder',
        `leads out of the working tree: ${shownPath} is a symbolic link to ${real === undefined ? 'a path that does not exist' : real === realBase ? 'the working tree itself' : 'a folder outside it'}, and health data written there would not stay in the repository. Give a folder that is a real folder inside it, such as data`,
      );
    }
  }
}

/** Strictly inside: a link back to the working tree itself would put the data's README.md over its own. */
function isInside(path: string, base: string): boolean {
  const inside = relative(base, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}
