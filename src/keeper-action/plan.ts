/**
 * The grant flow as the action runs it: what it sends (the configured refresh
 * token or code) and its hooks, which publish the result, keep the consent
 * issue, and write a dry run's summary.
 */

import { consentHooks } from '../consent/hooks.js';
import { createGitHubClient } from '../github/client.js';
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
  const consent = consentHooks(config, config.consent, services);
  // Progress lines pass the redactor: they quote names and messages from GitHub and the provider.
  const publishing: PublishCore = { ...core, info: log.info, warning: log.warning };
  return {
    ...services,
    settings: config,
    reseed: config.reseed,
    dryRun: config.dryRun,
    github,
    hooks: {
      alongsidePreflight: consent.alongsidePreflight,
      async beforeExchange() {
        await consent.beforeExchange();
        return config.tokenRequest;
      },
      beforeStore: consent.beforeStore,
      async afterStore(outcome) {
        // The consent issue first (it never throws), so the summary can name the issue it opened.
        const consentNeeded = await consent.afterStore(outcome);
        await publishResult(config, outcome, publishing, consentNeeded);
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
