/**
 * The orchestrator: inputs → masks → GitHub preflight → token exchange →
 * write-back of a new refresh token → outputs and summary. It owns the single
 * catch that turns any failure into one ::error:: line.
 */
import * as actionsCore from '@actions/core';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { type PublicKey, type SecretMetadata, writeSecret } from '../github/secrets.js';
import { describeTarget } from '../github/target.js';
import { describeFailure, type Stage, startingSituation } from '../grant/failure.js';
import { exchange, preflight, storeRefreshToken } from '../grant/flow.js';
import { ActionError } from '../lib/errors.js';
import { createDispatcher, type Network } from '../lib/http.js';
import { Redactor, secretLines } from '../lib/redact.js';
import { PRODUCTION_TIMING, type Timing } from '../lib/timing.js';
import type { TokenReply } from '../oauth/token-response.js';
import { type Config, readInputs, SENSITIVE_INPUTS } from './inputs.js';
import {
  publishOutputs,
  type RunResult,
  type Summary,
  secondsAfter,
  writeSummary,
} from './outputs.js';

export type ActionCore = Pick<
  typeof actionsCore,
  'getInput' | 'setSecret' | 'setOutput' | 'exportVariable' | 'info' | 'warning' | 'setFailed'
> & { readonly summary: Summary };

export interface Dependencies {
  readonly core: ActionCore;
  /** The runner's environment, for defaults such as GITHUB_REPOSITORY and GITHUB_API_URL. */
  readonly env: NodeJS.ProcessEnv;
  readonly now: () => Date;
  readonly timing: Timing;
}

const HOURS_48 = 48 * 3600 * 1000;

export function defaultDependencies(): Dependencies {
  return { core: actionsCore, env: process.env, now: () => new Date(), timing: PRODUCTION_TIMING };
}

export async function run(deps: Dependencies = defaultDependencies()): Promise<void> {
  const { core } = deps;
  const redactor = new Redactor();
  const situation = startingSituation(false);
  const mask = (value: string): void => {
    if (!value) return;
    // The runner masks each registered value as a whole: a multi-line one needs its lines too.
    for (const part of new Set([value, ...secretLines(value)])) core.setSecret(part);
    redactor.add(value);
  };
  const stepDeadline = AbortSignal.timeout(deps.timing.stepLimitMs);
  // Aborted the moment the run fails, so no sibling request or retry outlives it.
  const cancel = new AbortController();
  const network: Network = {
    dispatcher: createDispatcher(deps.timing.requestTimeoutMs),
    timing: deps.timing,
    signal: AbortSignal.any([stepDeadline, cancel.signal]),
  };
  try {
    for (const name of SENSITIVE_INPUTS) mask(core.getInput(name));
    const config = readInputs((name) => core.getInput(name), deps.env);
    situation.provider = config.provider;
    situation.secret = config.secretName;
    situation.reseed = config.grant.type === 'authorization_code';
    await keepGrantAlive(config, deps, network, mask, redactor, (stage) => {
      situation.stage = stage;
    });
  } catch (error) {
    cancel.abort();
    core.setFailed(
      describeFailure(overStepLimit(error, stepDeadline, deps.timing), situation, redactor),
    );
  } finally {
    // Idle keep-alive sockets would hold the step open for seconds after its work is done.
    await network.dispatcher.destroy().catch(() => undefined);
  }
}

/**
 * The core whose progress lines pass the redactor, as errors do: they quote names and
 * messages from GitHub and the provider, which may echo a secret in a form the runner's
 * masks do not know (URL-encoded, JSON-escaped, base64).
 */
function redactingLog(core: ActionCore, redactor: Redactor): ActionCore {
  return {
    ...core,
    info: (message) => core.info(redactor.redact(message)),
    warning: (message, properties) =>
      core.warning(
        redactor.redact(message instanceof Error ? message.message : message),
        properties,
      ),
  };
}

/** Names the step's own time limit when it was what cut the failing call short. */
function overStepLimit(error: unknown, stepDeadline: AbortSignal, timing: Timing): unknown {
  if (!stepDeadline.aborted || !(error instanceof Error)) return error;
  const limit = Math.round(timing.stepLimitMs / 1000);
  return new ActionError(
    `The step reached its ${limit} s time limit. ${error.message}`,
    error instanceof ActionError ? error.advice : '',
  );
}

async function keepGrantAlive(
  config: Config,
  deps: Dependencies,
  network: Network,
  mask: (value: string) => void,
  redactor: Redactor,
  reach: (stage: Stage) => void,
): Promise<void> {
  const core = redactingLog(deps.core, redactor);
  const github = createGitHubClient(config.githubToken, config.githubApiUrl, network);

  const secret = `${config.secretName} (${describeTarget(config.target)})`;

  reach('preflight');
  const { publicKey, metadata } = await preflight(config, github, core);
  if (config.dryRun) {
    core.info('Dry run: inputs and GitHub access are ready; the token endpoint was not contacted.');
    await writeSummary(core.summary, {
      provider: config.provider.label,
      secret,
      result: undefined,
      notes: [
        'Dry run: inputs and GitHub access are ready. No token was exchanged and no secret changed.',
      ],
    });
    return;
  }

  reach('exchange');
  const issuedAt = deps.now();
  const grant = { config, github, network, publicKey, log: core, reach };
  const reply = await exchange(grant, mask, redactor);
  core.info(
    `Token endpoint ${new URL(config.tokenUrl).host} issued a new access token${reply.expiresIn ? ` valid for ${reply.expiresIn} s` : ''}.`,
  );

  const secretUpdated = await storeRefreshToken(grant, reply);

  // The grant is safe from here on; the rest is optional and may fail the step only at the end.
  const problems = await storeAccessTokenCopy(config, github, publicKey, reply, core);
  const result: RunResult = {
    reply,
    secretUpdated,
    issuedAt,
    grantExpiresAt: grantExpiry(config, reply, issuedAt, metadata),
  };
  publishOutputs(core, result, config.exportVariable);
  const notes = grantWarnings(result, issuedAt, core);
  problems.push(...missingScopes(config, reply));
  await writeSummary(core.summary, {
    provider: config.provider.label,
    secret,
    result,
    notes: [...notes, ...problems],
  });
  if (problems.length > 0) throw new ActionError(problems.join('. '));
}

/** `access-token-secret`: a copy of the access token for other workflows; failures are collected. */
async function storeAccessTokenCopy(
  config: Config,
  github: GitHubClient,
  publicKey: PublicKey,
  reply: TokenReply,
  core: ActionCore,
): Promise<string[]> {
  if (!config.accessTokenSecret) return [];
  try {
    await writeSecret(
      github,
      config.target,
      config.accessTokenSecret,
      reply.accessToken,
      publicKey,
    );
    core.info(`Stored the access token in the secret ${config.accessTokenSecret}.`);
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

/** `required-scopes` the grant lacks, as a problem that fails the step after everything else. */
function missingScopes(config: Config, reply: TokenReply): string[] {
  const missing = config.requiredScopes.filter((scope) => !reply.scopes.includes(scope));
  if (missing.length === 0) return [];
  return [
    `The grant lacks the required scopes ${missing.join(', ')} (granted: ${reply.scopes.join(' ') || 'none stated'}). The user may have unticked them on the consent screen: re-seed through consent and grant them all`,
  ];
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
