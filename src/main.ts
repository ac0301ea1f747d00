/**
 * The orchestrator: inputs → masks → GitHub preflight → token exchange →
 * write-back of a new refresh token → outputs and summary. It owns the single
 * catch that turns any failure into one ::error:: line.
 */
import * as actionsCore from '@actions/core';
import { ActionError, TokenReplyError } from './errors.js';
import { describeFailure, type Situation, type Stage } from './failure.js';
import { createGitHubClient, type GitHubClient } from './github-client.js';
import { type Config, readInputs, SENSITIVE_INPUTS } from './inputs.js';
import { exchangeToken } from './oauth.js';
import {
  publishOutputs,
  type RunResult,
  type Summary,
  secondsAfter,
  writeSummary,
} from './outputs.js';
import { Redactor } from './redact.js';
import {
  describeTarget,
  fetchPublicKey,
  fetchSecretMetadata,
  type PublicKey,
  proveWriteAccess,
  type SecretMetadata,
  writeSecret,
} from './secrets.js';
import type { TokenReply } from './token-response.js';

export type ActionCore = Pick<
  typeof actionsCore,
  'getInput' | 'setSecret' | 'setOutput' | 'exportVariable' | 'info' | 'warning' | 'setFailed'
> & { readonly summary: Summary };

export interface Dependencies {
  readonly core: ActionCore;
  /** The runner's environment, for defaults such as GITHUB_REPOSITORY and GITHUB_API_URL. */
  readonly env: NodeJS.ProcessEnv;
  readonly now: () => Date;
  readonly createGitHubClient: (token: string, baseUrl: string) => GitHubClient;
}

const HOURS_48 = 48 * 3600 * 1000;

export function defaultDependencies(): Dependencies {
  return { core: actionsCore, env: process.env, now: () => new Date(), createGitHubClient };
}

export async function run(deps: Dependencies = defaultDependencies()): Promise<void> {
  const { core } = deps;
  const redactor = new Redactor();
  const situation: { -readonly [K in keyof Situation]: Situation[K] } = {
    stage: 'inputs',
    provider: undefined,
    secret: undefined,
    reseed: false,
  };
  const mask = (value: string): void => {
    if (!value) return;
    core.setSecret(value);
    redactor.add(value);
  };
  try {
    for (const name of SENSITIVE_INPUTS) mask(core.getInput(name));
    const config = readInputs((name) => core.getInput(name), deps.env);
    situation.provider = config.provider;
    situation.secret = config.secretName;
    situation.reseed = config.grant.type === 'authorization_code';
    await keepGrantAlive(config, deps, mask, redactor, (stage) => {
      situation.stage = stage;
    });
  } catch (error) {
    core.setFailed(describeFailure(error, situation, redactor));
  }
}

async function keepGrantAlive(
  config: Config,
  deps: Dependencies,
  mask: (value: string) => void,
  redactor: Redactor,
  reach: (stage: Stage) => void,
): Promise<void> {
  const { core } = deps;
  const github = deps.createGitHubClient(config.githubToken, config.githubApiUrl);

  reach('preflight');
  const { publicKey, metadata } = await preflight(config, github, core);
  if (config.dryRun) {
    core.info('Dry run: inputs and GitHub access are ready; the token endpoint was not contacted.');
    await writeSummary(core.summary, {
      provider: config.provider.label,
      secret: config.secretName,
      result: undefined,
      notes: [
        'Dry run: inputs and GitHub access are ready. No token was exchanged and no secret changed.',
      ],
    });
    return;
  }

  reach('exchange');
  const issuedAt = deps.now();
  const reply = await exchange(config, github, publicKey, mask, redactor, reach);
  core.info(
    `Token endpoint ${new URL(config.tokenUrl).host} issued a new access token${reply.expiresIn ? ` valid for ${reply.expiresIn} s` : ''}.`,
  );

  const secretUpdated = await storeRefreshToken(config, github, publicKey, reply, reach, core);

  // The grant is safe from here on; the rest is optional and may fail the step only at the end.
  const problems: string[] = [];
  if (config.accessTokenSecret) {
    try {
      await writeSecret(
        github,
        config.target,
        config.accessTokenSecret,
        reply.accessToken,
        publicKey,
      );
      core.info(`Stored the access token in the secret ${config.accessTokenSecret}.`);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }

  const result: RunResult = {
    reply,
    secretUpdated,
    issuedAt,
    grantExpiresAt: grantExpiry(config, reply, issuedAt, metadata),
  };
  publishOutputs(core, result, config.exportVariable);
  const notes = grantWarnings(result, issuedAt, core);
  const missingScopes = config.requiredScopes.filter((scope) => !reply.scopes.includes(scope));
  if (missingScopes.length > 0) {
    problems.push(
      `The grant lacks the required scopes ${missingScopes.join(', ')} (granted: ${reply.scopes.join(' ') || 'none stated'}). The user may have unticked them on the consent screen: re-seed through consent and grant them all`,
    );
  }
  await writeSummary(core.summary, {
    provider: config.provider.label,
    secret: `${config.secretName} (${describeTarget(config.target)})`,
    result,
    notes: [...notes, ...problems],
  });
  if (problems.length > 0) throw new ActionError(problems.join('. '));
}

/**
 * Proves GitHub will take the new refresh token before the old one is spent:
 * the public key always, write access where this run may write.
 */
async function preflight(
  config: Config,
  github: GitHubClient,
  core: ActionCore,
): Promise<{ publicKey: PublicKey; metadata: SecretMetadata | undefined }> {
  const reseed = config.grant.type === 'authorization_code';
  const needsWrite = config.provider.rotates || reseed || config.accessTokenSecret !== undefined;
  const needsMetadata = config.grantLifetimeSeconds !== undefined && !reseed;
  const [publicKey, metadata] = await Promise.all([
    fetchPublicKey(github, config.target),
    needsMetadata ? fetchSecretMetadata(github, config.target, config.secretName) : undefined,
  ]);
  if (needsWrite) await proveWriteAccess(github, config.target, publicKey);
  core.info(
    `GitHub: the token may ${needsWrite ? 'write' : 'read'} Actions secrets of ${describeTarget(config.target)}.`,
  );
  return { publicKey, metadata };
}

/** The exchange; a reply that is unusable but carries a new refresh token still gets it stored. */
async function exchange(
  config: Config,
  github: GitHubClient,
  publicKey: PublicKey,
  mask: (value: string) => void,
  redactor: Redactor,
  reach: (stage: Stage) => void,
): Promise<TokenReply> {
  const endpoint = {
    url: config.tokenUrl,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    clientAuth: config.clientAuth,
  };
  try {
    return await exchangeToken(endpoint, config.grant, { mask, redactor });
  } catch (error) {
    if (error instanceof TokenReplyError && error.rescuedRefreshToken) {
      reach('store');
      await writeSecret(
        github,
        config.target,
        config.secretName,
        error.rescuedRefreshToken,
        publicKey,
      );
      reach('stored');
    }
    throw error;
  }
}

/** Writes a rotated (or freshly consented) refresh token; true when the secret changed. */
async function storeRefreshToken(
  config: Config,
  github: GitHubClient,
  publicKey: PublicKey,
  reply: TokenReply,
  reach: (stage: Stage) => void,
  core: ActionCore,
): Promise<boolean> {
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
    core.info(
      `The provider did not rotate the refresh token; ${config.secretName} is left as it is.`,
    );
    return false;
  }
  reach('store');
  const outcome = await writeSecret(
    github,
    config.target,
    config.secretName,
    reply.refreshToken,
    publicKey,
  );
  reach('stored');
  core.info(
    `${reseed ? 'Stored the refresh token from consent' : 'The refresh token rotated: stored the new one'} in ${config.secretName} (${outcome}).`,
  );
  return true;
}

/** When the grant dies: as the provider says, else consent time (last secret update) + grant-lifetime. */
function grantExpiry(
  config: Config,
  reply: TokenReply,
  issuedAt: Date,
  metadata: SecretMetadata | undefined,
): Date | undefined {
  if (reply.refreshTokenExpiresIn !== undefined)
    return secondsAfter(issuedAt, reply.refreshTokenExpiresIn);
  if (config.grantLifetimeSeconds === undefined) return undefined;
  const consentedAt = config.grant.type === 'authorization_code' ? issuedAt : metadata?.updatedAt;
  return consentedAt ? secondsAfter(consentedAt, config.grantLifetimeSeconds) : undefined;
}

function grantWarnings(result: RunResult, now: Date, core: ActionCore): string[] {
  const expiresAt = result.grantExpiresAt;
  if (!expiresAt || expiresAt.getTime() - now.getTime() > HOURS_48) return [];
  const hours = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 3600_000));
  const warning = `The grant is expected to expire at ${expiresAt.toISOString()} (in about ${hours} h). Re-seed through consent before then (npx fitbit-token-keeper authorize), or publish the Google Cloud app out of "Testing" to lift the 7-day limit.`;
  core.warning(warning);
  return [warning];
}
