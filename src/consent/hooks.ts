/**
 * Where the consent issue joins the grant flow. A re-seed from an issue
 * comment is checked with GitHub before the code is exchanged (who commented,
 * which issue) and after it (whose grant came back), before anything is
 * stored. Once the refresh token is safe the issue is kept: opened as the
 * grant nears its end, closed once renewed; when the grant turns out dead the
 * issue is opened before the run fails. Keeping the issue never fails a run:
 * problems are warnings.
 */
import type { GitHubClient } from '../github/client.js';
import { createGitHubClient } from '../github/client.js';
import type { Issue } from '../github/issues.js';
import type { FlowFailure, GrantOutcome, NewGrant, RunServices } from '../grant/flow.js';
import { endsSoon, hoursLeft } from '../grant/lifetime.js';
import type { ActionConfig } from '../keeper-action/inputs.js';
import { capitalize } from '../lib/text.js';
import { humanTime } from '../lib/time.js';
import { TokenEndpointError } from '../oauth/token-endpoint-errors.js';
import {
  type ConsentIssueContext,
  closeConsentIssues,
  openConsentIssue,
  ownIssues,
  repositoryOf,
} from './issue.js';
import { checkSameAccount, verifyConsentComment } from './trust.js';

export interface ConsentHooks {
  /** Beside the preflight: the open consent issues are read in the same round trip. */
  alongsidePreflight(): void;
  /** Before the exchange: refuses a comment GitHub does not back (throws). */
  beforeExchange(): Promise<void>;
  /** After the exchange, before the store: refuses another account's grant (throws). */
  beforeStore(grant: NewGrant): Promise<void>;
  /**
   * Once the refresh token is safe; never throws. Resolves to what the job
   * summary should tell the person when it opened or updated the issue.
   */
  afterStore(outcome: GrantOutcome): Promise<string | undefined>;
  /** After a failed run: opens the consent issue when the grant is dead; the next step it asks for. */
  onFailure(failure: FlowFailure): Promise<string | undefined>;
}

export function consentHooks(
  config: ActionConfig,
  services: RunServices & {
    readonly github: GitHubClient;
    readonly now: () => Date;
    /** When GitHub stops the keep-alive's schedule, if soon (github/schedule.ts): the issue says so. */
    readonly scheduleStopsAt?: () => Promise<Date | undefined>;
  },
): ConsentHooks {
  const settings = config.consentIssue;
  const answered = config.consentComment;
  // readInputs refuses a comment re-seed without an issues-token.
  const ctx =
    settings.token === undefined || (!settings.enabled && answered === undefined)
      ? undefined
      : contextFor(config, settings.token, services);
  return {
    alongsidePreflight() {
      // Only the keep-alive run lists the issues; a re-seed from a comment knows its issue.
      if (ctx !== undefined && settings.enabled && answered === undefined && !config.dryRun) {
        ctx.listed().catch(() => undefined); // a failed list is a warning where it is used
      }
    },
    async beforeExchange() {
      if (ctx !== undefined && answered !== undefined) await verifyConsentComment(ctx, answered);
    },
    async beforeStore({ userId }) {
      if (answered !== undefined) checkSameAccount(config, answered, userId);
    },
    async afterStore({ reply, issuedAt, grantExpiresAt, preflight }) {
      if (ctx === undefined) return undefined;
      if (answered !== undefined || !endsSoon(grantExpiresAt, issuedAt)) {
        const followUp =
          answered === undefined ? undefined : { comment: answered, secrets: preflight.secrets };
        await closeConsentIssues(ctx, grantExpiresAt, followUp);
        return undefined;
      }
      const issue = await openConsentIssue(ctx, {
        reason: `it is expected to end in about ${hoursLeft(grantExpiresAt, issuedAt)} h`,
        deadline: grantExpiresAt,
        grantedScopes: reply.scopes,
        userId: reply.userId,
        secrets: preflight.secrets,
        scheduleStopsAt: await services.scheduleStopsAt?.(),
      });
      return issue === undefined
        ? undefined
        : `The grant needs a new consent before ${humanTime(grantExpiresAt, issuedAt)}: ${answerIssue(issue)}`;
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
        // A dead grant tells nothing: the issue's marker keeps what was seen before.
        grantedScopes: [],
        userId: undefined,
        secrets: preflight?.secrets,
        scheduleStopsAt: await services.scheduleStopsAt?.(),
      });
      return issue === undefined ? undefined : capitalize(answerIssue(issue));
    },
  };

  /** What to do with the consent issue, linked so that a tap on a phone opens it. */
  function answerIssue(issue: number): string {
    const { owner, repo } = config.target;
    return `answer the consent issue ${settings.serverUrl}/${owner}/${repo}/issues/${issue}: open its consent link, allow access, and paste the address the browser lands on as a comment.`;
  }
}

function contextFor(
  config: ActionConfig,
  token: string,
  services: RunServices & { readonly now: () => Date },
): ConsentIssueContext {
  const base = {
    config,
    settings: config.consentIssue,
    issues: createGitHubClient(token, config.githubApiUrl, services.network),
    log: services.log,
    mask: services.mask,
    now: services.now,
  };
  let listed: Promise<Issue[]> | undefined;
  return { ...base, listed: () => (listed ??= ownIssues(base, repositoryOf(config))) };
}
