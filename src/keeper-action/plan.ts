/**
 * The grant flow as the action runs it: what it sends (the configured refresh
 * token or code) and its hooks, which publish the result, keep the consent
 * issue, write a dry run's summary, and ask beside the preflight whether
 * GitHub is about to stop the keep-alive's schedule.
 */

import { consentHooks } from '../consent/hooks.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { checkSchedule, scheduleWarning } from '../github/schedule.js';
import { describeTarget } from '../github/target.js';
import type { GrantPlan, RunServices } from '../grant/flow.js';
import type { ActionConfig } from './inputs.js';
import { writeSummary } from './outputs.js';
import { type PublishCore, publishResult } from './publish.js';

export interface ActionServices extends RunServices {
  readonly core: PublishCore;
  readonly now: () => Date;
}

export function actionPlan(config: ActionConfig, services: ActionServices): GrantPlan {
  const { core, log } = services;
  const github = createGitHubClient(config.githubToken, config.githubApiUrl, services.network);
  const schedule = scheduleCheck(config, github, services);
  const consent = consentHooks(config, config.consent, {
    ...services,
    scheduleStopsAt: async () => (await schedule.answer())?.stopsAt,
  });
  // Progress lines pass the redactor: they quote names and messages from GitHub and the provider.
  const publishing: PublishCore = { ...core, info: log.info, warning: log.warning };
  return {
    ...services,
    settings: config,
    reseed: config.reseed,
    dryRun: config.dryRun,
    github,
    hooks: {
      alongsidePreflight() {
        consent.alongsidePreflight();
        schedule.ask();
      },
      async beforeExchange() {
        await consent.beforeExchange();
        return config.tokenRequest;
      },
      beforeStore: consent.beforeStore,
      async afterStore(outcome) {
        // The consent issue first (it never throws), so the summary can name the issue it opened.
        const consentNeeded = await consent.afterStore(outcome);
        await publishResult(config, outcome, publishing, {
          action: consentNeeded,
          scheduleWarning: (await schedule.answer())?.warning,
        });
      },
      async afterDryRun() {
        log.info(
          'Dry run: inputs and GitHub access are ready; the token endpoint was not contacted.',
        );
        await writeSummary(core.summary, {
          provider: config.provider.label,
          secret: `${config.secretName} (${describeTarget(config.target)})`,
          result: undefined,
          notes: [
            'Dry run: inputs and GitHub access are ready. No token was exchanged and no secret changed.',
          ],
        });
      },
      onFailure: consent.onFailure,
    },
  };
}

/** GitHub is about to stop the keep-alive's schedule: when, and the warning that says so. */
interface ScheduleStops {
  readonly stopsAt: Date;
  readonly warning: string;
}

/**
 * The keep-alive's question about its own schedule (github/schedule.ts), for
 * the repository the workflow runs in. Asked beside the preflight, so it adds
 * no round trip; its answer is a warning the moment it comes (or a short note
 * when GitHub would not say), and later a note in the summary and the consent
 * issue. A re-seed or a dry run, and a run outside a workflow, do not ask.
 */
function scheduleCheck(config: ActionConfig, github: GitHubClient, services: ActionServices) {
  const { log, network, now } = services;
  const run = config.currentRun;
  let asked: Promise<ScheduleStops | undefined> | undefined;
  return {
    ask(): void {
      if (run === undefined || config.reseed || config.dryRun) return;
      const where = { owner: run.owner, repo: run.repo };
      asked ??= checkSchedule(github, where, now).then((check) => {
        if (check.status === 'stops soon') {
          const warning = scheduleWarning(check, now());
          log.warning(warning);
          return { stopsAt: check.stopsAt, warning };
        }
        // A run that failed meanwhile aborted the request: that is no news about the schedule.
        if (check.status === 'unknown' && network.signal?.aborted !== true) {
          log.info(
            `Skipped the check of this workflow's schedule: GitHub did not say whether ${where.owner}/${where.repo} is public and when it was last pushed to (${check.why}).`,
          );
        }
        return undefined;
      });
    },
    /** Resolves once GitHub has answered; undefined when the schedule is fine or was not asked about. */
    answer: (): Promise<ScheduleStops | undefined> => asked ?? Promise.resolve(undefined),
  };
}
