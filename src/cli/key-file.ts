/**
 * Where the recovery private key lives: by default in the user's config
 * folder, outside every clone, and never inside a git working tree unless the
 * user insists, since one `git add -A` would publish it.
 */
import { isAbsolute, join } from 'node:path';

export const KEY_FOLDER_NAME = 'fitbit-token-keeper';
export const KEY_FILE_NAME = 'recovery.key';

/** `$XDG_CONFIG_HOME/fitbit-token-keeper/recovery.key`, else `~/.config/…`. */
export function defaultKeyFile(env: NodeJS.ProcessEnv, home: string): string {
  const xdg = env.XDG_CONFIG_HOME;
  // The XDG spec says to ignore a relative XDG_CONFIG_HOME.
  const config = xdg && isAbsolute(xdg) ? xdg : join(home, '.config');
  return join(config, KEY_FOLDER_NAME, KEY_FILE_NAME);
}
