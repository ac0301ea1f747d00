/**
 * The checks of a re-seed from a consent-issue comment that need GitHub's
 * word, made before the code is exchanged (comment.ts took from the event only
 * what needs no trust), and the check of the new grant's account against the
 * issue's marker, made after the exchange and before anything is stored.
 *
 * Who may answer: someone whose permission on the repository is admin or write
 * (maintain counts as write), that is, someone who could already run code with
 * the repository's secrets. Which issue counts: one open now, labelled, and
 * opened by the account the issues-token writes as (own-issues.ts); only then is
 * its marker read, as GitHub holds it now: this secret, and the state and PKCE
 * challenge of the link the comment answers.
 */
import { permissionOf } from '../github/accounts.js';
import { getIssue } from '../github/issues.js';
import { refuseOtherAccount } from '../grant/account.js';
import { pkceChallenge } from '../oauth/consent.js';
import { type ConsentComment, carriesConsentLabel, refusal } from './comment.js';
import { type ConsentMarker, type ConsentSecret, differsFrom, readMarker } from './issue-text.js';
import { type OwnIssues, openedBy } from './own-issues.js';

/** Resolves to the answered issue's marker, read only once the issue is known to be the keeper's. */
export async function verifyConsentComment(
  own: OwnIssues,
  secret: ConsentSecret,
  answered: ConsentComment,
): Promise<ConsentMarker> {
  const { client, where } = own;
  const [permission, issue, writer] = await Promise.all([
    permissionOf(client, where, answered.commenter),
    getIssue(client, where, answered.issue),
    own.writer(),
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
  if (!openedBy(issue, writer)) {
    throw refusal(
      `issue #${issue.number} was opened by ${issue.author}, not by ${writer}, the account the issues-token writes consent issues as`,
    );
  }
  const marker = readMarker(issue.body);
  if (marker === undefined) throw refusal(`issue #${issue.number} records no consent state`);
  checkMarkerNames(marker, secret);
  checkAnswerMatches(marker, answered);
  return marker;
}

/** The marker must be this run's: the same secret and the same environment (or none). */
function checkMarkerNames(marker: ConsentMarker, expected: ConsentSecret): void {
  const differs = differsFrom(marker, expected);
  if (differs === 'secret') {
    throw refusal(`the issue is for the secret ${marker.secret}, not ${expected.secret}`);
  }
  if (differs === 'environment') {
    const scope = (environment: string | undefined) =>
      environment === undefined ? 'the repository' : `the environment ${environment}`;
    throw refusal(
      `the issue is for the secret of ${scope(marker.environment)}, not of ${scope(expected.environment)}`,
    );
  }
}

/** The pasted state and the verifier must be the ones of the issue's own link; names which differs. */
function checkAnswerMatches(marker: ConsentMarker, answered: ConsentComment): void {
  if (marker.challenge === undefined) {
    throw refusal(
      'the issue holds no consent link with PKCE, so no answer to it can be trusted; the next run of the keep-alive workflow adds the link',
    );
  }
  if (answered.state !== marker.state) {
    throw refusal(
      'the pasted address carries a state other than the one this issue recorded (an old or foreign consent link): open the link in the issue again',
    );
  }
  if (pkceChallenge(answered.codeVerifier) !== marker.challenge) {
    throw refusal(
      "the state matches, but S256 of code-verifier is not the PKCE challenge this issue recorded: the verifier secret belongs to another consent link (a newer issue, or a run that overlapped). Open the link in the issue's body again",
    );
  }
}

/**
 * The new grant must be the account the issue recorded, when it recorded one;
 * throws before anything is stored otherwise.
 */
export function checkSameAccount(
  marker: ConsentMarker,
  answered: ConsentComment,
  secretName: string,
  userId: string | undefined,
): void {
  if (marker.identity === undefined) return;
  // The marker's tag is keyed with the link's verifier, where grant-account's has a salt.
  refuseOtherAccount({ salt: answered.codeVerifier, tag: marker.identity }, secretName, userId, {
    name: `issue #${answered.issue}`,
    consentAgain: `open the link in issue #${answered.issue} again, then paste the new address`,
  });
}
