/**
 * The grant's life cycle, shared by the action and the `authorize` command so
 * there is one implementation: prove GitHub will take the new refresh token,
 * exchange at the token endpoint, store what must be stored.
 */

import type { Config } from '../action/inputs.js';
import type { GitHubClient } from '../github/client.js';
import {
  fetchPublicKey,
  fetchRunStartedAt,
  fetchSecretMetadata,
  type PublicKey,
  proveWriteAccess,
  type SecretMetadata,
  writeSecret,
} from '../github/secrets.js';
import { describeTarget } from '../github/target.js';
import { ActionError, errorMessage, TokenReplyError } from '../lib/errors.js';
import type { Network } from '../lib/http.js';
import { sealForRecovery } from '../lib/recovery.js';
import type { Redactor } from '../lib/redact.js';
import { exchangeToken } from '../oauth/token-client.js';
import type { TokenReply } from '../oauth/token-response.js';
import type { Stage } from './failure.js';

/** Where progress lines go: core.info / core.warning in the action, stderr in the command. */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
}

/** What the exchange and the write-back need once the preflight has passed. */
export interface GrantContext {
  readonly config: Config;
  readonly github: GitHubClient;
  readonly network: Network;
  readonly publicKey: PublicKey;
  readonly log: Log;
  /** Records how far the run got, for the failure message. */
  readonly reach: (stage: Stage) => void;
}

/**
 * Proves GitHub will take the new refresh token before the old one is spent:
 * the public key always, write access where this run may write. For rotating
 * refreshes it also checks, in the same parallel round, that no other run has
 * rotated the secret since this run started.
 */
export async function preflight(
  config: Config,
  github: GitHubClient,
  log: Log,
): Promise<{ publicKey: PublicKey; metadata: SecretMetadata | undefined }> {
  const reseed = config.grant.type === 'authorization_code';
  const needsWrite = config.provider.rotates || reseed || config.accessTokenSecret !== undefined;
  const guardStaleSecret = config.provider.rotates && !reseed && config.currentRun !== undefined;
  const needsMetadata = guardStaleSecret || (config.grantLifetimeSeconds !== undefined && !reseed);
  const [publicKey, metadata, runStartedAt] = await Promise.all([
    fetchPublicKey(github, config.target),
    needsMetadata ? fetchSecretMetadata(github, config.target, config.secretName) : undefined,
    guardStaleSecret && config.currentRun
      ? fetchRunStartedAt(github, config.currentRun)
      : undefined,
  ]);
  if (guardStaleSecret) refuseStaleSecret(config, metadata, runStartedAt, log);
  if (needsWrite) {
    const probeLeftBehind = await proveWriteAccess(github, config.target, publicKey);
    if (probeLeftBehind) log.warning(probeLeftBehind);
  }
  log.info(
    `GitHub: the token may ${needsWrite ? 'write' : 'read'} Actions secrets of ${describeTarget(config.target)}.`,
  );
  return { publicKey, metadata };
}

/**
 * Repository secrets are read when a run is queued. If the secret changed after
 * this run started, another run rotated it: the token this run holds is spent,
 * and sending it would only earn an invalid_grant (or, worse, race the other run).
 */
function refuseStaleSecret(
  config: Config,
  metadata: SecretMetadata | undefined,
  runStartedAt: Date | undefined,
  log: Log,
): void {
  if (runStartedAt === undefined) {
    log.info(
      'Could not read when this run started (the github-token may lack "Actions: read"); the stale-secret check is skipped.',
    );
    return;
  }
  if (metadata !== undefined && metadata.updatedAt.getTime() > runStartedAt.getTime()) {
    throw new ActionError(
      `The secret ${config.secretName} was updated at ${metadata.updatedAt.toISOString()}, after this run started (${runStartedAt.toISOString()}): another run has rotated the refresh token since this run read it, so the token this run holds is already spent. It was not sent`,
      'Nothing needs repair: the next run reads the newer token. To avoid this, keep every workflow that uses the grant in one concurrency group without cancel-in-progress (see examples/keep-alive.yml).',
    );
  }
}

/** The exchange; a reply that is unusable but carries a new refresh token still gets it stored. */
export async function exchange(
  context: GrantContext,
  mask: (value: string) => void,
  redactor: Redactor,
): Promise<TokenReply> {
  const { config, reach } = context;
  const endpoint = {
    url: config.tokenUrl,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    clientAuth: config.clientAuth,
  };
  try {
    return await exchangeToken(endpoint, config.grant, { mask, redactor, ...context.network });
  } catch (error) {
    if (error instanceof TokenReplyError && error.rescuedRefreshToken) {
      reach('store');
      await writeRefreshToken(context, error.rescuedRefreshToken);
      reach('stored');
    }
    throw error;
  }
}

/** Writes a rotated (or freshly consented) refresh token; true when the secret changed. */
export async function storeRefreshToken(
  context: GrantContext,
  reply: TokenReply,
): Promise<boolean> {
  const { config, reach, log } = context;
  const reseed = config.grant.type === 'authorization_code';
  const sent = config.grant.type === 'refresh_token' ? config.grant.refreshToken : undefined;
  if (reply.refreshToken === undefined || reply.refreshToken === sent) {
    if (reseed) {
      reach('exchange');
      throw new ActionError(
        `The token endpoint answered the authorization code without a refresh token, so there is nothing to store in ${config.secretName}`,
        config.provider.name === 'google'
          ? 'Google issues a refresh token only when the consent URL asks for access_type=offline and prompt=consent: request a new code with both (fitbit-token-keeper authorize adds them).'
          : 'Make sure the consent URL asks for offline access (for many providers the offline_access scope).',
      );
    }
    reach('unchanged');
    log.info(
      `The provider did not rotate the refresh token; ${config.secretName} is left as it is.`,
    );
    return false;
  }
  reach('store');
  const outcome = await writeRefreshToken(context, reply.refreshToken);
  reach('stored');
  log.info(
    `${reseed ? 'Stored the refresh token from consent' : 'The refresh token rotated: stored the new one'} in ${config.secretName} (${outcome}).`,
  );
  return true;
}

/**
 * Writes the new refresh token, the one piece of state that must not be lost.
 * When GitHub will not take it and a recovery key is set, the token is sealed
 * to that key and printed, so `fitbit-token-keeper recover` can still open it.
 */
async function writeRefreshToken(
  { config, github, publicKey, log }: GrantContext,
  refreshToken: string,
): Promise<'created' | 'updated'> {
  try {
    return await writeSecret(github, config.target, config.secretName, refreshToken, publicKey, {
      writeBack: true,
    });
  } catch (error) {
    // Whatever failed (GitHub, or sealing with its key), the token must survive somewhere.
    const failure =
      error instanceof ActionError
        ? error
        : new ActionError(
            `Could not seal the new refresh token for ${config.secretName}: ${errorMessage(error)}`,
          );
    if (config.recoveryPublicKey === undefined) throw failure;
    const sealed = await sealForRecovery(refreshToken, config.recoveryPublicKey);
    log.info(`The new refresh token, sealed to recovery-public-key:\n${sealed}`);
    throw new ActionError(
      failure.message,
      `${failure.advice} The new refresh token was sealed to recovery-public-key and printed in the log above: open it with \`fitbit-token-keeper recover --private-key-file FILE\` and store it with \`gh secret set ${config.secretName}\`.`,
    );
  }
}
