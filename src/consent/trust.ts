/**
 * The checks of a re-seed from a consent-issue comment that need GitHub's
 * word, made before the code is exchanged (the comment's own checks ran when
 * the inputs were read, comment.ts), and the check of the new grant's account,
 * made after the exchange and before anything is stored.
 *
 * Who may answer: someone whose permission on the repository is admin or write
 * (maintain counts as write), that is, someone who could already run code with
 * the repository's secrets. Which issue counts: one open now, labelled, and
 * opened by the account the issues-token writes as (accounts.ts): so the
 * consent issue's writer, never someone who copied its marker.
 */
import { loginOf, permissionOf } from '../github/accounts.js';
import { getIssue } from '../github/issues.js';
import type { ActionConfig } from '../keeper-action/inputs.js';
import { ExplainedError } from '../lib/errors.js';
import { type ConsentComment, carriesConsentLabel, checkMarkerNames, refusal } from './comment.js';
import { sameIdentity } from './identity.js';
import { type ConsentIssueContext, repositoryOf } from './issue.js';
import { readMarker } from './issue-text.js';

export async function verifyConsentComment(
  ctx: ConsentIssueContext,
  answered: ConsentComment,
): Promise<void> {
  const where = repositoryOf(ctx.config);
  const [permission, issue, writer] = await Promise.all([
    permissionOf(ctx.issues, where, answered.commenter),
    getIssue(ctx.issues, where, answered.issue),
    loginOf(ctx.issues, where),
  ]);
  if (permission !== 'admin' && permission !== 'write') {
    throw refusal(
      `GitHub says ${answered.commenter} has ${permission === 'none' ? 'no' : permission} access to ${where.owner}/${where.repo}; only someone with write or admin access may change the grant`,
    );
  }
  if (issue.pullRequest) throw refusal('the comment is on a pull request, not on a consent issue');
  if (issue.state !== 'open') throw refusal(`issue #${issue.number} is closed`);
  if (!carriesConsentLabel(issue.labels)) {
    throw refusal(`issue #${issue.number} no longer carries the label of consent issues`);
  }
  if (issue.author.toLowerCase() !== writer.toLowerCase()) {
    throw refusal(
      `issue #${issue.number} was opened by ${issue.author}, not by ${writer}, the account the issues-token writes consent issues as`,
    );
  }
  const marker = readMarker(issue.body);
  const { config } = ctx;
  if (marker === undefined) throw refusal(`issue #${issue.number} records no consent state`);
  checkMarkerNames(marker, {
    secretName: config.secretName,
    environment: config.target.environment,
  });
  if (marker.state !== answered.marker.state || marker.challenge !== answered.marker.challenge) {
    throw refusal(
      `the consent link of issue #${issue.number} changed after the comment was written: open the link in the issue's body again`,
    );
  }
}

/**
 * The new grant must be the account the issue recorded, when it recorded one;
 * throws before anything is stored otherwise.
 */
export function checkSameAccount(
  config: ActionConfig,
  answered: ConsentComment,
  userId: string | undefined,
): void {
  const recorded = answered.marker.identity;
  const verifier =
    config.tokenRequest.type === 'authorization_code'
      ? config.tokenRequest.codeVerifier
      : undefined;
  if (recorded === undefined || verifier === undefined) return;
  if (userId !== undefined && sameIdentity(recorded, verifier, userId)) return;
  const secret = config.secretName;
  throw new ExplainedError(
    userId === undefined
      ? `Refused to store the new grant: the provider did not say whose it is, and the grant in ${secret} belongs to a known account, so the consent may have come from another account than the grant's`
      : `Refused to store the new grant: the consent came from another account than the grant's (issue #${answered.issue} recorded the account the grant in ${secret} belongs to)`,
    `The consent is needed from the account the grant belongs to, the one whose data the workflow reads: open the link in issue #${answered.issue} again, sign in with that account (sign out of the other one first), and paste the new address. To move the grant to another account on purpose, re-seed with \`npx fitbit-token-keeper authorize\` instead.`,
  );
}
