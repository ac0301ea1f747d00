/**
 * Where the consent issue joins the grant flow. A re-seed from an issue
 * comment is checked with GitHub before the code is exchanged (who commented,
 * which issue) and after it (whose grant came back), before anything is
 * stored. Once the refresh token is safe the issue is kept: opened as the
 * grant nears its end, closed once renewed; when the grant turns out dead the
 * issue is opened before the run fails. Keeping the issue never fails a run:
 * problems are warnings.
 *
 * The consent loop takes the grant's settings and its own (settings.ts),
 * never the edge's configuration. Here they are taken apart once: the
 * keeper's issues on GitHub (own-issues.ts), the issue's page (issue-page.ts),
 * the log and clock; each step gets only those of them it needs.
 */

import { createGitHubClient } from '../github/client.js';
import type { FlowFailure, GrantOutcome, NewGrant } from '../grant/flow.js';
import { endsSoon, hoursLeft } from '../grant/lifetime.js';
import type { GrantSettings } from '../grant/settings.js';
import type { Network } from '../lib/http.js';
import { capitalize } from '../lib/text.js';
import { humanTime } from '../lib/time.js';
import { TokenEndpointError } from '../oauth/token-endpoint-errors.js';
import { closeConsentIssues, type IssueServices, openConsentIssue } from './issue.js';
import { issuePage } from './issue-page.js';
import type { ConsentMarker } from './issue-text.js';
import { ownIssues } from './own-issues.js';
import type { ConsentSettings } from './settings.js';
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
  grant: GrantSettings,
  settings: ConsentSettings,
  services: IssueServices & {
    readonly network: Network;
    /** When GitHub stops the keep-alive's schedule, if soon (github/schedule.ts): the issue says so. */
    readonly scheduleStopsAt?: () => Promise<Date | undefined>;
  },
): ConsentHooks {
  const { answer, token } = settings;
  const { log, mask, now } = services;
  const run: IssueServices = { log, mask, now };
  const page = issuePage(grant, settings);
  const { owner, repo } = grant.target;
  // inputs refuse a comment re-seed without an issues-token.
  const own =
    token === undefined || (!settings.enabled && answer === undefined)
      ? undefined
      : ownIssues(
          createGitHubClient(token, grant.githubApiUrl, services.network),
          { owner, repo },
          page.secret,
        );
  /** The answered issue's marker, once GitHub has vouched for the issue. */
  let answered: ConsentMarker | undefined;
  return {
    alongsidePreflight() {
      // Only the keep-alive run lists the issues; a re-seed from a comment knows its issue.
      if (own !== undefined && settings.enabled && answer === undefined && !settings.dryRun) {
        own.listed().catch(() => undefined); // a failed list is a warning where it is used
      }
    },
    async beforeExchange() {
      if (own !== undefined && answer !== undefined) {
        answered = await verifyConsentComment(own, page.secret, answer);
      }
    },
    async beforeStore({ userId }) {
      if (answer !== undefined && answered !== undefined) {
        checkSameAccount(answered, answer, grant.secretName, userId);
      }
    },
    async afterStore({ reply, issuedAt, grantExpiresAt, preflight }) {
      if (own === undefined) return undefined;
      if (answer !== undefined || !endsSoon(grantExpiresAt, issuedAt)) {
        const renewal = { expiresAt: grantExpiresAt, secrets: preflight.secrets, answered: answer };
        await closeConsentIssues(own, grant.secretName, renewal, run);
        return undefined;
      }
      const issue = await openConsentIssue(
        own,
        page,
        {
          reason: `it is expected to end in about ${hoursLeft(grantExpiresAt, issuedAt)} h`,
          deadline: grantExpiresAt,
          grantedScopes: reply.scopes,
          userId: reply.userId,
          scheduleStopsAt: await services.scheduleStopsAt?.(),
        },
        preflight.secrets,
        run,
      );
      return issue === undefined
        ? undefined
        : `The grant needs a new consent before ${humanTime(grantExpiresAt, issuedAt)}: ${answerIssue(issue)}`;
    },
    async onFailure({ cause, preflight }) {
      if (own === undefined || !settings.enabled || settings.reseed) return undefined;
      if (!(cause instanceof TokenEndpointError)) return undefined;
      if (cause.kind !== 'invalid_grant' && cause.kind !== 'retired') return undefined;
      const issue = await openConsentIssue(
        own,
        page,
        {
          reason: cause.kind === 'retired' ? 'it no longer works' : 'it has ended',
          // The provider's answer as the failure read it, whatever its shape (RFC 6749's
          // invalid_grant, Strava's resource and field, Withings' status inside an HTTP 200).
          answer: cause.message,
          deadline: undefined,
          // A dead grant tells nothing: the issue's marker keeps what was seen before.
          grantedScopes: [],
          userId: undefined,
          scheduleStopsAt: await services.scheduleStopsAt?.(),
        },
        preflight?.secrets,
        run,
      );
      return issue === undefined ? undefined : capitalize(answerIssue(issue));
    },
  };

  /** What to do with the consent issue, linked so that a tap on a phone opens it. */
  function answerIssue(issue: number): string {
    return `answer the consent issue ${settings.serverUrl}/${owner}/${repo}/issues/${issue}: open its consent link, allow access, and paste the address the browser lands on as a comment.`;
  }
}
