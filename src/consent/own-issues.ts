/**
 * The keeper's own consent issues, as GitHub holds them, read through the
 * issues-token: where they live, which account writes them, and which are
 * open for this secret.
 *
 * Only the keeper's own issues count: an issue is the keeper's when the
 * account the issues-token writes as opened it (asked of GitHub, accounts.ts),
 * it carries the label, and its marker names this secret and environment. An
 * issue anyone else opened is never updated, commented on, closed or read for
 * its marker, however well it copies the label and the marker.
 */
import { loginOf } from '../github/accounts.js';
import type { GitHubClient } from '../github/client.js';
import { type Issue, openIssuesLabelled, type Repository } from '../github/issues.js';
import { CONSENT_LABEL, type ConsentSecret, differsFrom, readMarker } from './issue-text.js';

export interface OwnIssues {
  /** Authenticated with the issues-token. */
  readonly client: GitHubClient;
  readonly where: Repository;
  /** The login the issues-token writes as: the one account whose issues count. Asked once. */
  readonly writer: () => Promise<string>;
  /**
   * The keeper's open consent issues for this secret as this run first read
   * them; the hooks start that read beside the preflight, so it costs no round
   * trip of its own. Later calls get the same answer.
   */
  readonly listed: () => Promise<Issue[]>;
  /** Read them again: after opening one, an overlapping run may have opened one too. */
  readonly reread: () => Promise<Issue[]>;
}

export function ownIssues(
  client: GitHubClient,
  where: Repository,
  secret: ConsentSecret,
): OwnIssues {
  let writer: Promise<string> | undefined;
  let listed: Promise<Issue[]> | undefined;
  const own: OwnIssues = {
    client,
    where,
    writer: () => (writer ??= loginOf(client, where)),
    listed: () => (listed ??= own.reread()),
    async reread() {
      const open = await openIssuesLabelled(client, where, CONSENT_LABEL);
      // Most runs find no consent issue at all: they need not ask whose the issues-token is.
      if (open.length === 0) return [];
      const login = await own.writer();
      return open.filter((issue) => openedBy(issue, login) && isFor(issue, secret));
    },
  };
  return own;
}

/** GitHub compares logins without regard to case. */
export function openedBy(issue: Issue, login: string): boolean {
  return issue.author.toLowerCase() === login.toLowerCase();
}

/** The marker of one of the keeper's own issues names this secret and environment. */
function isFor(issue: Issue, secret: ConsentSecret): boolean {
  const marker = readMarker(issue.body);
  return marker !== undefined && differsFrom(marker, secret) === undefined;
}
