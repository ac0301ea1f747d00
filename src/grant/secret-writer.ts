/**
 * The one way the grant's secrets are written: every value is sealed with the
 * public key the preflight read, so no other part fetches a key of its own.
 * The refresh token is the one piece of state that must never be lost: it
 * gets GitHub's longest retry budget and, when GitHub will not take it, is
 * sealed to the recovery key and printed. The other secrets (the access-token
 * copy, the consent link's PKCE verifier) cost only a re-run when a write fails.
 */
import type { GitHubClient } from '../github/client.js';
import { type PublicKey, removeSecret, writeSecret } from '../github/secrets.js';
import { ExplainedError, errorMessage } from '../lib/errors.js';
import type { Log } from '../lib/log.js';
import { sealForRecovery } from '../lib/recovery.js';
import type { GrantSettings } from './settings.js';

export type WriteResult = 'created' | 'updated';

export interface SecretWriter {
  /** Writes a new refresh token into the grant's secret; throws an ExplainedError it could not. */
  storeRefreshToken(refreshToken: string): Promise<WriteResult>;
  /** Writes another secret of the grant in the same repository or environment. */
  store(name: string, value: string): Promise<WriteResult>;
  /** Deletes a secret of the grant; a secret that is already gone counts as deleted. */
  remove(name: string): Promise<void>;
}

export function secretWriter(
  settings: GrantSettings,
  github: GitHubClient,
  publicKey: PublicKey,
  log: Log,
): SecretWriter {
  const { target } = settings;
  return {
    storeRefreshToken: (refreshToken) =>
      storeRefreshToken(settings, github, publicKey, refreshToken, log),
    store: (name, value) => writeSecret(github, target, name, value, publicKey),
    remove: (name) => removeSecret(github, target, name),
  };
}

async function storeRefreshToken(
  { target, secretName, recoveryPublicKey }: GrantSettings,
  github: GitHubClient,
  publicKey: PublicKey,
  refreshToken: string,
  log: Log,
): Promise<WriteResult> {
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
