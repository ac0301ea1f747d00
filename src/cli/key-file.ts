/**
 * Where the recovery private key lives: by default in the user's config
 * folder, outside every clone, and never inside a git working tree unless the
 * user insists, since one `git add -A` would publish it.
 */
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { errorMessage } from '../lib/errors.js';

export const KEY_FOLDER_NAME = 'fitbit-token-keeper';
export const KEY_FILE_NAME = 'recovery.key';

/** `$XDG_CONFIG_HOME/fitbit-token-keeper/recovery.key`, else `~/.config/…`. */
export function defaultKeyFile(env: NodeJS.ProcessEnv, home: string): string {
  const xdg = env.XDG_CONFIG_HOME;
  // The XDG spec says to ignore a relative XDG_CONFIG_HOME.
  const config = xdg && isAbsolute(xdg) ? xdg : join(home, '.config');
  return join(config, KEY_FOLDER_NAME, KEY_FILE_NAME);
}

/** The key file --private-key-file names (relative to the working folder), else the default one. */
export function keyFileOf(
  given: string | undefined,
  io: { readonly env: NodeJS.ProcessEnv; readonly home: string; readonly cwd: string },
): string {
  return given === undefined ? defaultKeyFile(io.env, io.home) : resolve(io.cwd, given);
}

/** The default key file, as the help of keygen and recover names it. */
export const DEFAULT_KEY_HELP = `${KEY_FILE_NAME} in $XDG_CONFIG_HOME/${KEY_FOLDER_NAME}/, else in ~/.config/${KEY_FOLDER_NAME}/`;

/** A file system error as a person reads it: no errno, no syscall, no stack. */
export function keyFileProblem(error: unknown, file: string, use: 'read' | 'write'): string {
  switch ((error as { code?: unknown }).code) {
    case 'ENOENT':
      return use === 'read'
        ? `the private key file ${file} does not exist`
        : `the folder ${dirname(file)} does not exist`;
    case 'EEXIST':
      return `a private key exists already at ${file}; it is not overwritten (it may be the only key that opens a sealed token): pass another --private-key-file`;
    case 'EACCES':
    case 'EPERM':
      return `no permission to use ${file}`;
    case 'EISDIR':
      return `${file} is a folder, not a file`;
    default:
      return errorMessage(error);
  }
}
