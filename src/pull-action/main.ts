/**
 * The pull action: inputs → masks → the folder and public-repository guards → the pull
 * (src/health/pull.ts) → outputs and summary. It owns the single catch that
 * turns a failure into one ::error:: line, and every run writes one job
 * summary, whatever ended it (summary.ts). The access token is masked before
 * anything else can print it; the data's values reach only the files, and the
 * summary's last days' figures when `summary: true`.
 */
import * as actionsCore from '@actions/core';
import { refuseFolderOutside } from '../health/folder-guard.js';
import { pull } from '../health/pull.js';
import { PRODUCTION_PULL_TIMING, type PullTiming } from '../health/timing.js';
import { ExplainedError, errorMessage } from '../lib/errors.js';
import { openRunScope } from '../lib/run-scope.js';
import { runnerInputs } from '../lib/runner-input.js';
import { ACCESS_TOKEN_VARIABLE, readPullInputs, SENSITIVE_INPUTS } from './inputs.js';
import { publishOutputs } from './outputs.js';
import {
  failureSummaryText,
  pullSummaryText,
  refusalSummaryText,
  type Summary,
  writeSummary,
} from './summary.js';
import { repositoryVisibility } from './visibility.js';

/** The repository is public (or internal) and the person has not allowed the pull there. */
class PublicRepositoryError extends ExplainedError {
  override name = 'PublicRepositoryError';
  constructor() {
    super(
      'This repository is public: health data written here, or figures in its job summary, would be readable by anyone, so the pull wrote nothing and sent no request to the Google Health API.',
      'Keep your health data in a private repository, or set allow-public-repository: true if publishing it is what you want.',
    );
  }
}

export type PullCore = Pick<
  typeof actionsCore,
  'setSecret' | 'setOutput' | 'info' | 'warning' | 'setFailed'
> & { readonly summary: Summary };

export interface PullActionDependencies {
  readonly core: PullCore;
  /** The runner's environment: INPUT_ variables, FITBIT_ACCESS_TOKEN, GITHUB_*. */
  readonly env: NodeJS.ProcessEnv;
  readonly now: () => Date;
  readonly timing: PullTiming;
}

export function defaultDependencies(): PullActionDependencies {
  return {
    core: actionsCore,
    env: process.env,
    now: () => new Date(),
    timing: PRODUCTION_PULL_TIMING,
  };
}

export async function run(deps: PullActionDependencies = defaultDependencies()): Promise<void> {
  const { core, env } = deps;
  const scope = openRunScope({
    timing: deps.timing,
    limitMs: deps.timing.pullLimitMs,
    log: core,
    registerMask: (value) => core.setSecret(value),
  });
  const { redactor, network, log, mask } = scope;
  const input = runnerInputs(env);
  // The summary is written once: after the pull, or, when the run ends before that, by the catch.
  let summaryWritten = false;
  const summarize = async (text: string) => {
    summaryWritten = true;
    await writeSummary(core.summary, text).catch((error: unknown) =>
      log.warning(`The job summary could not be written: ${errorMessage(error)}`),
    );
  };
  try {
    for (const name of SENSITIVE_INPUTS) mask(input(name));
    mask(env[ACCESS_TOKEN_VARIABLE]);
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const config = readPullInputs(
      input,
      { exportedAccessToken: env[ACCESS_TOKEN_VARIABLE], workspace, apiUrl: env.GITHUB_API_URL },
      deps.now(),
    );
    await refuseFolderOutside(config.settings.folder, workspace);
    if (!config.allowPublicRepository) {
      const visibility = await repositoryVisibility({
        eventPath: env.GITHUB_EVENT_PATH,
        repository: env.GITHUB_REPOSITORY,
        githubToken: config.githubToken,
        githubApiUrl: config.githubApiUrl,
        network,
        redactor,
      });
      if (visibility === 'public') throw new PublicRepositoryError();
    }
    const { settings } = config;
    log.info(
      `Pulling ${settings.types.map((type) => type.name).join(', ')} through ${settings.until} (${settings.timeZone}) into ${settings.folder}, at most ${settings.maxRequests} request(s).`,
    );
    const result = await pull(settings, {
      accessToken: config.accessToken,
      network,
      timing: deps.timing,
      redactor,
      log,
    });
    publishOutputs(core, result);
    log.info(
      `${result.requests} request(s), ${result.filesWritten} file(s) changed, complete through ${result.completeThrough ?? '(none yet)'}${result.more ? '; max-requests reached: the next run goes on from here' : ''}.`,
    );
    await summarize(
      pullSummaryText({
        settings,
        result,
        figures: config.summary,
        redact: (text) => redactor.redact(text),
      }),
    );
    const failed = result.types.filter((type) => type.failure !== undefined);
    if (failed.length > 0) {
      // A 401 fails every type with the same words: say them once.
      const reasons = [...new Set(failed.map((type) => type.failure))].join(' ');
      throw new ExplainedError(
        failed.length === result.types.length
          ? `The pull failed. ${reasons}`
          : `The pull failed for ${failed.length} of ${result.types.length} data type(s); the others were written. ${reasons}`,
      );
    }
  } catch (error) {
    scope.cancel();
    const advice = error instanceof ExplainedError ? error.advice : '';
    const message = redactor.redact(errorMessage(error));
    core.setFailed(advice ? `${message} ${redactor.redact(advice)}` : message);
    if (!summaryWritten) {
      await summarize(
        error instanceof PublicRepositoryError
          ? refusalSummaryText()
          : failureSummaryText(message, redactor.redact(advice)),
      );
    }
  } finally {
    await scope.close();
  }
}
