/**
 * The action: inputs → masks → the grant flow (preflight, exchange, store,
 * then the action's hooks: outputs, summary, the consent issue) → one catch
 * that turns any failure into one ::error:: line and a job summary saying
 * where the grant stands.
 */
import * as actionsCore from '@actions/core';
import { pastedInComment, readCommentEvent } from '../consent/comment.js';
import { describeTarget } from '../github/target.js';
import { keepGrant } from '../grant/flow.js';
import { beginRun, type ReportedFailure } from '../grant/lifecycle.js';
import { ExplainedError, errorMessage } from '../lib/errors.js';
import type { Log } from '../lib/log.js';
import { runnerInputs } from '../lib/runner-input.js';
import { PRODUCTION_TIMING, type Timing } from '../lib/timing.js';
import { readInputs, SENSITIVE_INPUTS } from './inputs.js';
import { type Summary, writeFailureSummary } from './outputs.js';
import { actionPlan } from './plan.js';
import { SummarizedProblems } from './publish.js';

export type ActionCore = Pick<
  typeof actionsCore,
  'setSecret' | 'setOutput' | 'exportVariable' | 'info' | 'warning' | 'setFailed'
> & { readonly summary: Summary };

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
  const { core, env, timing } = deps;
  const lifecycle = beginRun({
    timing,
    limitMs: timing.stepLimitMs,
    overLimit: (error) => stepLimitReached(error, timing),
    audience: 'action',
    log: core,
    registerMask: (value) => core.setSecret(value),
  });
  const input = runnerInputs(env);
  try {
    for (const name of SENSITIVE_INPUTS) lifecycle.mask(input(name));
    const commentEvent = await readCommentEvent(env);
    // A comment may hold a pasted address and its code: both masked before anything is printed,
    // and nothing else of it, so that a commenter cannot blank out the run's log.
    for (const pasted of pastedInComment(commentEvent)) lifecycle.mask(pasted);
    const config = readInputs(input, {
      repository: env.GITHUB_REPOSITORY,
      apiUrl: env.GITHUB_API_URL,
      runId: env.GITHUB_RUN_ID,
      serverUrl: env.GITHUB_SERVER_URL,
      commentEvent,
    });
    // A code taken from a pasted address is only part of the masked input: mask it alone too.
    if (config.tokenRequest.type === 'authorization_code') lifecycle.mask(config.tokenRequest.code);
    await keepGrant(actionPlan(config, { ...lifecycle, core, now: deps.now }));
  } catch (error) {
    const failure = lifecycle.fail(error);
    core.setFailed(failure.line);
    await summarizeFailure(core, failure, lifecycle.log);
  } finally {
    await lifecycle.close();
  }
}

/**
 * The job summary of a failed run, where people look first. A summary that
 * cannot be written (no GITHUB_STEP_SUMMARY outside Actions) is only a warning:
 * the ::error:: line has said it all already.
 */
async function summarizeFailure(
  core: ActionCore,
  failure: ReportedFailure,
  log: Log,
): Promise<void> {
  // Problems found after the token was stored are already notes of the summary written then.
  if (failure.cause instanceof SummarizedProblems) return;
  try {
    const { provider, secret, target } = failure.situation;
    await writeFailureSummary(core.summary, {
      provider,
      secret: secret && target ? `${secret} (${describeTarget(target)})` : secret,
      explanation: failure.explanation,
    });
  } catch (error) {
    log.warning(`The job summary could not be written: ${errorMessage(error)}`);
  }
}

/** Names the step's own time limit when it was what cut the failing call short. */
function stepLimitReached(error: Error, timing: Timing): ExplainedError {
  const limit = Math.round(timing.stepLimitMs / 1000);
  return new ExplainedError(
    `The step reached its ${limit} s time limit. ${error.message}`,
    error instanceof ExplainedError ? error.advice : '',
  );
}
