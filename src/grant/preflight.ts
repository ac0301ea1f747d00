/**
 * Proves GitHub will take a new refresh token before the old one is spent:
 * the scope's public key always, write access where this run may write, and,
 * for rotating refreshes, that no other run rotated the secret since this run
 * started. The reads go out in one parallel round.
 */
import type { GitHubClient } from '../github/client.js';
import {
  deleteProbe,
  fetchPublicKey,
  fetchRunStartedAt,
  fetchSecretMetadata,
  type SecretMetadata,
  writeProbe,
} from '../github/secrets.js';
import { describeTarget } from '../github/target.js';
import { ExplainedError } from '../lib/errors.js';
import type { Log } from '../lib/log.js';
import { loadSodium } from '../lib/sealing.js';
import { type SecretWriter, secretWriter } from './secret-writer.js';
import type { GrantSettings } from './settings.js';

export interface Preflight {
  /** Writes the grant's secrets with the public key read here. */
  readonly secrets: SecretWriter;
  /** The refresh token secret's metadata, where this run needs its last update. */
  readonly metadata: SecretMetadata | undefined;
  /**
   * The probe secret's DELETE, still in flight so that it overlaps the token
   * request; the flow awaits it before it returns or fails, so no probe is left.
   */
  readonly probeRemoved: Promise<void>;
}

export async function preflight(
  settings: GrantSettings,
  reseed: boolean,
  github: GitHubClient,
  log: Log,
): Promise<Preflight> {
  const { provider, target, secretName, currentRun } = settings;
  const needsWrite = provider.rotates || reseed || settings.accessTokenSecret !== undefined;
  const staleRun = provider.rotates && !reseed ? currentRun : undefined;
  const needsMetadata =
    staleRun !== undefined || (settings.grantLifetimeSeconds !== undefined && !reseed);
  // A run that will seal loads libsodium (its WebAssembly takes tens of ms) while GitHub
  // answers; a failed load shows when the first value is sealed.
  if (needsWrite) loadSodium().catch(() => undefined);
  const [publicKey, metadata, runStartedAt] = await Promise.all([
    fetchPublicKey(github, target),
    needsMetadata ? fetchSecretMetadata(github, target, secretName) : undefined,
    staleRun ? fetchRunStartedAt(github, staleRun) : undefined,
  ]);
  if (staleRun) refuseStaleSecret(secretName, metadata, runStartedAt, log);
  let probeRemoved = Promise.resolve();
  if (needsWrite) {
    const probe = await writeProbe(github, target, publicKey);
    probeRemoved = deleteProbe(github, target, probe).then((leftBehind) => {
      if (leftBehind) log.warning(leftBehind);
    });
  }
  log.info(
    `GitHub: the token may ${needsWrite ? 'write' : 'read'} Actions secrets of ${describeTarget(target)}.`,
  );
  return { secrets: secretWriter(settings, github, publicKey, log), metadata, probeRemoved };
}

/**
 * Repository secrets are read when a run is queued. If the secret changed after
 * this run started, another run rotated it: the token this run holds is spent,
 * and sending it would only earn an invalid_grant (or, worse, race the other run).
 */
function refuseStaleSecret(
  secretName: string,
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
    throw new ExplainedError(
      `The secret ${secretName} was updated at ${metadata.updatedAt.toISOString()}, after this run started (${runStartedAt.toISOString()}): another run has rotated the refresh token since this run read it, so the token this run holds is already spent. It was not sent`,
      'Nothing needs repair: the next run reads the newer token. To avoid this, keep every workflow that uses the grant in one concurrency group without cancel-in-progress (see examples/keep-alive.yml).',
    );
  }
}
