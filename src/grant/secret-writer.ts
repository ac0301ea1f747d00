/**
 * The one way the grant's secrets are written: every value is sealed with the
 * public key the preflight read, so no other part fetches a key of its own.
 * The refresh token is the one piece of state that must never be lost: with a
 * recovery key it is sealed to that key and printed before its write starts
 * (a runner killed during the write leaves that copy in the log), and its write
 * gets GitHub's longest retry budget. The other secrets (the access-token copy,
 * the consent link's PKCE verifier) cost only a re-run when a write fails.
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
  const copied =
    recoveryPublicKey !== undefined &&
    (await printRecoveryCopy(refreshToken, recoveryPublicKey, secretName, log));
  try {
    return await writeSecret(github, target, secretName, refreshToken, publicKey, {
      writeBack: true,
    });
  } catch (error) {
    const failure =
      error instanceof ExplainedError
        ? error
        : new ExplainedError(
            `Could not seal the new refresh token for ${secretName}: ${errorMessage(error)}`,
          );
    // The copy printed before the write is the one to open: a second, differently sealed
    // text of the same token would only make a person wonder which one holds it.
    if (!copied) throw failure;
    throw new ExplainedError(
      failure.message,
      `${failure.advice} The new refresh token was sealed to recovery-public-key and printed in the log above, before the write: open that line with \`fitbit-token-keeper recover --private-key-file FILE\` and store the token with \`gh secret set ${secretName}\`.`,
    );
  }
}

/**
 * Prints the new refresh token sealed to the recovery key, before its write
 * starts: whatever happens after this line (GitHub refuses, the runner is
 * killed), the token can be opened with the private key. Resolves to whether
 * it was printed; a copy that cannot be made is a warning, and the write goes on.
 */
async function printRecoveryCopy(
  refreshToken: string,
  recoveryPublicKey: string,
  secretName: string,
  log: Log,
): Promise<boolean> {
  let sealed: string;
  try {
    sealed = await sealForRecovery(refreshToken, recoveryPublicKey);
  } catch (error) {
    log.warning(
      `Could not seal a recovery copy of the new refresh token (${errorMessage(error)}); writing it to ${secretName} without one.`,
    );
    return false;
  }
  log.info(
    `The new refresh token, sealed to recovery-public-key before it is written to ${secretName}. Should this run end without saying it was stored, open the next line with \`fitbit-token-keeper recover\` and store the token with \`gh secret set ${secretName}\`:\n${sealed}`,
  );
  return true;
}
