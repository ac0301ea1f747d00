/**
 * The action: inputs → masks → the grant flow (preflight, exchange, store) →
 * outputs and summary. It owns the single catch that turns any failure into
 * one ::error:: line saying where the grant stands.
 */
import * as actionsCore from '@actions/core';
import { createGitHubClient } from '../github/client.js';
import { describeTarget } from '../github/target.js';
import { describeFailure, explainFailure } from '../grant/failure.js';
import { checkGrant, type GrantPlan, keepGrant } from '../grant/flow.js';
import type { Log } from '../grant/log.js';
import { type Situation, unwrapFailure } from '../grant/stage.js';
import { ExplainedError, errorMessage } from '../lib/errors.js';
import { createNetwork, type Network } from '../lib/http.js';
import { Redactor, secretLines } from '../lib/redact.js';
import { PRODUCTION_TIMING, type Timing } from '../lib/timing.js';
import { prepareConsent } from './consent-hooks.js';
import { type ActionConfig, readInputs, SENSITIVE_INPUTS } from './inputs.js';
import { type Summary, writeFailureSummary, writeSummary } from './outputs.js';
import { publishResult, SummarizedProblems } from './publish.js';

export type ActionCore = Pick<
  typeof actionsCore,
  'setSecret' | 'setOutput' | 'exportVariable' | 'info' | 'warning' | 'setFailed'
> & { readonly summary: Summary };

/** What a failed run left for the person to do, beyond the error line. */
interface FollowUp {
  /** The consent issue this run opened or updated, as a link. */
  consentIssue?: string;
}

export interface Dependencies {
  readonly core: ActionCore;
  /** The runner's environment: the INPUT_ variables and defaults such as GITHUB_REPOSITORY. */
  readonly env: NodeJS.ProcessEnv;
  readonly now: () => Date;
  readonly timing: Timing;
}

export function defaultDependencies(): Dependencies {
  return { core: actionsCore, env: process.env, now: () => new Date(), timing: PRODUCTION_TIMING };
}

export async function run(deps: Dependencies = defaultDependencies()): Promise<void> {
  const { core, env } = deps;
  const redactor = new Redactor();
  const mask = (value: string | undefined): void => {
    if (!value) return;
    // The runner masks each registered value as a whole: a multi-line one needs its lines too,
    // and an input with surrounding blanks its trimmed form (which is what gets used).
    const parts = new Set([value, value.trim(), ...secretLines(value)]);
    for (const part of parts) if (part) core.setSecret(part);
    redactor.add(value);
  };
  // The runner passes input NAME as INPUT_NAME, upper-cased, spaces as _, hyphens kept.
  const input = (name: string) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
  const stepDeadline = AbortSignal.timeout(deps.timing.stepLimitMs);
  // Aborted the moment the run fails, so no sibling request or retry outlives it.
  const cancel = new AbortController();
  const network = createNetwork(deps.timing, AbortSignal.any([stepDeadline, cancel.signal]));
  let reseed = false;
  // Filled when a failing run opened the consent issue: the summary's next step points to it.
  const followUp: FollowUp = {};
  try {
    for (const name of SENSITIVE_INPUTS) mask(input(name));
    const config = readInputs(input, {
      repository: env.GITHUB_REPOSITORY,
      apiUrl: env.GITHUB_API_URL,
      runId: env.GITHUB_RUN_ID,
    });
    reseed = config.tokenRequest.type === 'authorization_code';
    // A code taken from a pasted address is only part of the masked input: mask it alone too.
    if (config.tokenRequest.type === 'authorization_code') mask(config.tokenRequest.code);
    await keepAlive(config, deps, network, mask, redactor, input('code'), followUp);
  } catch (error) {
    cancel.abort();
    const { cause, situation } = unwrapFailure(error, reseed);
    const failure = overStepLimit(cause, stepDeadline, deps.timing);
    core.setFailed(describeFailure(failure, situation, redactor));
    await summarizeFailure(core, failure, situation, redactor, followUp);
  } finally {
    // Idle keep-alive sockets would hold the step open for seconds after its work is done.
    await network.dispatcher.destroy().catch(() => undefined);
  }
}

async function keepAlive(
  config: ActionConfig,
  deps: Dependencies,
  network: Network,
  mask: (value: string) => void,
  redactor: Redactor,
  pasted: string | undefined,
  followUp: FollowUp,
): Promise<void> {
  const log = redactingLog(deps.core, redactor);
  const github = createGitHubClient(config.githubToken, config.githubApiUrl, network);
  const consent = await prepareConsent({
    config,
    env: deps.env,
    pasted,
    github,
    network,
    log,
    mask,
    now: deps.now,
  });
  const secret = `${config.secretName} (${describeTarget(config.target)})`;
  const plan: GrantPlan<void> = {
    settings: config,
    reseed: config.tokenRequest.type === 'authorization_code',
    github,
    network,
    log,
    mask,
    redactor,
    now: deps.now,
    tokenRequest: () => consent.tokenRequest,
    afterStore: async (outcome) => {
      try {
        await publishResult(config, outcome, { ...deps.core, ...log }, github);
      } finally {
        await consent.afterStore(outcome);
      }
    },
  };
  if (!config.dryRun) {
    try {
      await keepGrant(plan);
    } catch (error) {
      const issue = await consent.onFailure(error);
      if (issue !== undefined) {
        const server = deps.env.GITHUB_SERVER_URL || 'https://github.com';
        followUp.consentIssue = `${server}/${config.target.owner}/${config.target.repo}/issues/${issue}`;
      }
      throw error;
    }
    return;
  }
  await checkGrant(plan);
  log.info('Dry run: inputs and GitHub access are ready; the token endpoint was not contacted.');
  await writeSummary(deps.core.summary, {
    provider: config.provider.label,
    secret,
    result: undefined,
    notes: [
      'Dry run: inputs and GitHub access are ready. No token was exchanged and no secret changed.',
    ],
  });
}

/**
 * Progress lines pass the redactor, as errors do: they quote names and messages
 * from GitHub and the provider, which may echo a secret in a form the runner's
 * masks do not know (URL-encoded, JSON-escaped, base64).
 */
function redactingLog(core: ActionCore, redactor: Redactor): Log {
  return {
    info: (message) => core.info(redactor.redact(message)),
    warning: (message) => core.warning(redactor.redact(message)),
  };
}

/**
 * The job summary of a failed run, where people look first. A summary that
 * cannot be written (no GITHUB_STEP_SUMMARY outside Actions) is only a warning:
 * the ::error:: line has said it all already.
 */
async function summarizeFailure(
  core: ActionCore,
  failure: unknown,
  situation: Situation,
  redactor: Redactor,
  followUp: FollowUp,
): Promise<void> {
  // Problems found after the token was stored are already notes of the summary written then.
  if (failure instanceof SummarizedProblems) return;
  const secret = situation.secret;
  const explanation = explainFailure(failure, situation, redactor);
  const nextStep = followUp.consentIssue
    ? `Answer the consent issue ${followUp.consentIssue}: open its consent link, allow access, and paste the address the browser lands on as a comment.`
    : explanation.nextStep;
  try {
    await writeFailureSummary(core.summary, {
      provider: situation.provider?.label,
      secret,
      explanation: { ...explanation, nextStep },
    });
  } catch (error) {
    core.warning(`The job summary could not be written: ${redactor.redact(errorMessage(error))}`);
  }
}

/** Names the step's own time limit when it was what cut the failing call short. */
function overStepLimit(error: unknown, stepDeadline: AbortSignal, timing: Timing): unknown {
  if (!stepDeadline.aborted || !(error instanceof Error)) return error;
  const limit = Math.round(timing.stepLimitMs / 1000);
  return new ExplainedError(
    `The step reached its ${limit} s time limit. ${error.message}`,
    error instanceof ExplainedError ? error.advice : '',
  );
}
