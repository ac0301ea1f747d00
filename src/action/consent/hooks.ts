/**
 * Where the consent issue joins the grant flow: once the refresh token is
 * safe it keeps the issue (opens it as the grant nears its end, closes it once
 * renewed); when the grant turns out dead it opens the issue before the run
 * fails. Neither ever fails a run: problems are warnings.
 */
import type { GitHubClient } from '../../github/client.js';
import { createGitHubClient } from '../../github/client.js';
import type { FlowFailure, GrantOutcome, RunServices } from '../../grant/flow.js';
import { endsSoon, hoursLeft } from '../../grant/lifetime.js';
import { TokenEndpointError } from '../../oauth/token-endpoint-errors.js';
import type { ActionConfig } from '../inputs.js';
import { type ConsentIssueContext, closeConsentIssues, openConsentIssue } from './issue.js';

export interface ConsentHooks {
  /** Once the refresh token is safe; never throws. */
  afterStore(outcome: GrantOutcome): Promise<void>;
  /** After a failed run: opens the consent issue when the grant is dead; the next step it asks for. */
  onFailure(failure: FlowFailure): Promise<string | undefined>;
}

export function consentHooks(
  config: ActionConfig,
  services: RunServices & { readonly github: GitHubClient; readonly now: () => Date },
): ConsentHooks {
  const settings = config.consentIssue;
  const answered = config.consentComment;
  const ctx: ConsentIssueContext | undefined =
    settings.token === undefined || (!settings.enabled && answered === undefined)
      ? undefined
      : {
          config,
          settings,
          issues: createGitHubClient(settings.token, config.githubApiUrl, services.network),
          log: services.log,
          mask: services.mask,
          now: services.now,
        };
  if (answered !== undefined && ctx === undefined) {
    services.log.warning(
      'The issues-token is empty, so the comment holding the code cannot be deleted nor the issue closed.',
    );
  }
  return {
    async afterStore({ reply, issuedAt, grantExpiresAt, preflight }) {
      if (ctx === undefined) return;
      if (answered !== undefined || !endsSoon(grantExpiresAt, issuedAt)) {
        await closeConsentIssues(ctx, grantExpiresAt, answered);
        return;
      }
      await openConsentIssue(ctx, {
        reason: `it is expected to end in about ${hoursLeft(grantExpiresAt, issuedAt)} h`,
        deadline: grantExpiresAt,
        grantedScopes: reply.scopes,
        secrets: preflight.secrets,
      });
    },
    async onFailure({ cause, preflight }) {
      if (ctx === undefined || !settings.enabled || config.reseed) return undefined;
      if (!(cause instanceof TokenEndpointError)) return undefined;
      if (cause.kind !== 'invalid_grant' && cause.kind !== 'retired') return undefined;
      const issue = await openConsentIssue(ctx, {
        reason:
          cause.kind === 'retired'
            ? 'the token endpoint answered 410 Gone, so the grant no longer works'
            : 'the token endpoint answered invalid_grant, so the grant has ended',
        deadline: undefined,
        grantedScopes: [],
        secrets: preflight?.secrets,
      });
      if (issue === undefined) return undefined;
      const { owner, repo } = config.target;
      return `Answer the consent issue ${settings.serverUrl}/${owner}/${repo}/issues/${issue}: open its consent link, allow access, and paste the address the browser lands on as a comment.`;
    },
  };
}
