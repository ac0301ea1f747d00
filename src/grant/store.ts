/**
 * Writes a new refresh token, the one piece of state that must not be lost.
 * When GitHub will not take it and a recovery key is set, the token is sealed
 * to that key and printed, so `fitbit-token-keeper recover` can still open it.
 */
import type { GitHubClient } from '../github/client.js';
import { type PublicKey, writeSecret } from '../github/secrets.js';
import { ExplainedError, errorMessage } from '../lib/errors.js';
import { sealForRecovery } from '../lib/recovery.js';
import type { Log } from './log.js';
import type { GrantSettings } from './settings.js';

export async function storeRefreshToken(
  { target, secretName, recoveryPublicKey }: GrantSettings,
  github: GitHubClient,
  publicKey: PublicKey,
  refreshToken: string,
  log: Log,
): Promise<'created' | 'updated'> {
  try {
    return await writeSecret(github, target, secretName, refreshToken, publicKey, {
      writeBack: true,
    });
  } catch (error) {
    // Whatever failed (GitHub, or sealing with its key), the token must survive somewhere.
    const failure =
      error instanceof ExplainedError
        ? error
        : new ExplainedError(
            `Could not seal the new refresh token for ${secretName}: ${errorMessage(error)}`,
          );
    if (recoveryPublicKey === undefined) throw failure;
    const sealed = await sealForRecovery(refreshToken, recoveryPublicKey);
    log.info(`The new refresh token, sealed to recovery-public-key:\n${sealed}`);
    throw new ExplainedError(
      failure.message,
      `${failure.advice} The new refresh token was sealed to recovery-public-key and printed in the log above: open it with \`fitbit-token-keeper recover --private-key-file FILE\` and store it with \`gh secret set ${secretName}\`.`,
    );
  }
}
