/**
 * What every part of the consent loop works with: the grant's settings, the
 * consent settings, the issues client, and which issues are the keeper's own.
 *
 * Only the keeper's own issues count: an issue is the keeper's when the
 * account the issues-token writes as opened it (asked of GitHub, accounts.ts),
 * it carries the label, and its marker names this secret and environment. An
 * issue anyone else opened is never updated, commented on, closed or read for
 * its marker, however well it copies the label and the marker.
 */
import { loginOf } from '../github/accounts.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { type Issue, openIssuesLabelled, type Repository } from '../github/issues.js';
import type { GrantSettings } from '../grant/settings.js';
import type { Network } from '../lib/http.js';
import type { Log } from '../lib/log.js';
import { CONSENT_LABEL, readMarker } from './issue-text.js';
import type { ConsentSettings } from './settings.js';

export interface ConsentIssueContext {
  readonly grant: GrantSettings;
  readonly settings: ConsentSettings;
  /** Authenticated with issues-token. */
  readonly issues: GitHubClient;
  readonly where: Repository;
  readonly log: Log;
  readonly mask: (value: string) => void;
  readonly now: () => Date;
  /** The login the issues-token writes as: the one account whose issues count. Asked once. */
  readonly writer: () => Promise<string>;
  /**
   * The keeper's open consent issues for this secret as this run first read
   * them; the hooks start that read beside the preflight, so it costs no round
   * trip of its own. Later calls get the same answer.
   */
  readonly listed: () => Promise<Issue[]>;
}

export interface ContextServices {
  readonly network: Network;
  readonly log: Log;
  readonly mask: (value: string) => void;
  readonly now: () => Date;
}

export function consentContext(
  grant: GrantSettings,
  settings: ConsentSettings,
  token: string,
  services: ContextServices,
): ConsentIssueContext {
  const issues = createGitHubClient(token, grant.githubApiUrl, services.network);
  const where = { owner: grant.target.owner, repo: grant.target.repo };
  let writer: Promise<string> | undefined;
  let listed: Promise<Issue[]> | undefined;
  const ctx: ConsentIssueContext = {
    grant,
    settings,
    issues,
    where,
    log: services.log,
    mask: services.mask,
    now: services.now,
    writer: () => (writer ??= loginOf(issues, where)),
    listed: () => (listed ??= ownIssues(ctx)),
  };
  return ctx;
}

/** The keeper's open consent issues for this secret (and environment), lowest number first. */
export async function ownIssues(ctx: ConsentIssueContext): Promise<Issue[]> {
  const open = await openIssuesLabelled(ctx.issues, ctx.where, CONSENT_LABEL);
  // Most runs find no consent issue at all: they need not ask whose the issues-token is.
  if (open.length === 0) return [];
  const writer = await ctx.writer();
  return open.filter((issue) => openedBy(issue, writer) && isForThisSecret(ctx.grant, issue));
}

/** GitHub compares logins without regard to case. */
export function openedBy(issue: Issue, login: string): boolean {
  return issue.author.toLowerCase() === login.toLowerCase();
}

/** The marker of one of the keeper's own issues names this secret and environment. */
function isForThisSecret(grant: GrantSettings, issue: Issue): boolean {
  const marker = readMarker(issue.body);
  return (
    marker?.secret.toUpperCase() === grant.secretName.toUpperCase() &&
    marker.environment?.toLowerCase() === grant.target.environment?.toLowerCase()
  );
}
