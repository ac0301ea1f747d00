/**
 * Re-seed from a comment on the consent issue (`on: issue_comment`). The
 * comment comes from the event file the runner names (GITHUB_EVENT_PATH), so
 * the pasted address never passes through the step's `with:`, which the
 * runner prints. What can be checked without a request is checked here, when
 * the inputs are read: the event, the commenter's association, the issue's
 * label and marker, and that the pasted state and the verifier belong to the
 * issue's link. What needs GitHub's word is trust.ts, before the exchange.
 */
import { readFile } from 'node:fs/promises';
import { ExplainedError } from '../lib/errors.js';
import { pkceChallenge } from '../oauth/consent.js';
import { CONSENT_LABEL, type ConsentMarker, readMarker } from './issue-text.js';

/** The comment that answered a consent issue, once checked. */
export interface ConsentComment {
  readonly issue: number;
  readonly comment: number;
  /** Who wrote it: their permission on the repository is asked before the exchange. */
  readonly commenter: string;
  /** The issue's marker as the event showed it; trust.ts compares it with the issue now. */
  readonly marker: ConsentMarker;
}

/** The part of an issue_comment event (GITHUB_EVENT_PATH) the re-seed reads. */
export interface CommentEvent {
  action?: unknown;
  comment?: {
    id?: unknown;
    body?: unknown;
    author_association?: unknown;
    user?: { login?: unknown } | null;
  };
  issue?: { number?: unknown; body?: unknown; labels?: unknown; pull_request?: unknown };
}

/** What the answer must match: this run's secret, and the pasted address and verifier. */
export interface ExpectedAnswer {
  readonly secretName: string;
  readonly environment: string | undefined;
  /** The pasted address's `state`; undefined for a bare code. */
  readonly state: string | undefined;
  readonly codeVerifier: string;
}

const TRUSTED = ['OWNER', 'MEMBER', 'COLLABORATOR'];

/** The run's issue_comment event, or undefined for any other event. */
export async function readCommentEvent(env: NodeJS.ProcessEnv): Promise<CommentEvent | undefined> {
  if (env.GITHUB_EVENT_NAME !== 'issue_comment') return undefined;
  const path = env.GITHUB_EVENT_PATH;
  if (!path) throw refusal('the runner named no event file (GITHUB_EVENT_PATH)');
  try {
    return JSON.parse(await readFile(path, 'utf8')) as CommentEvent;
  } catch {
    throw refusal('the event file (GITHUB_EVENT_PATH) could not be read as JSON');
  }
}

/** The comment's text, which holds the pasted address; undefined when there is none. */
export function commentBody(event: CommentEvent | undefined): string | undefined {
  const body = event?.comment?.body;
  return typeof body === 'string' && body.trim() !== '' ? body : undefined;
}

/** Throws unless the comment may re-seed the secret, as far as the event itself tells. */
export function checkConsentComment(
  payload: CommentEvent,
  expected: ExpectedAnswer,
): ConsentComment {
  const { comment, issue } = payload;
  if (payload.action !== 'created') {
    throw refusal(`the comment was ${shownWord(payload.action)}, not created`);
  }
  if (issue?.pull_request !== undefined && issue.pull_request !== null) {
    throw refusal('the comment is on a pull request, not on a consent issue');
  }
  const association = comment?.author_association;
  if (typeof association !== 'string' || !TRUSTED.includes(association)) {
    throw refusal(
      `the comment's author is not the repository's owner, a member or a collaborator (author_association ${shownWord(association)})`,
    );
  }
  if (!carriesConsentLabel(issue?.labels)) {
    throw refusal(`the issue does not carry the label ${CONSENT_LABEL}`);
  }
  const marker = readMarker(typeof issue?.body === 'string' ? issue.body : '');
  if (marker === undefined) throw refusal('the issue records no consent state');
  checkMarkerNames(marker, expected);
  checkAnswerMatches(marker, expected);
  const issueNumber = issue?.number;
  const commentId = comment?.id;
  const commenter = comment?.user?.login;
  if (typeof issueNumber !== 'number' || typeof commentId !== 'number') {
    throw refusal('the event names no issue or comment');
  }
  if (typeof commenter !== 'string' || commenter === '') {
    throw refusal("the event does not name the comment's author");
  }
  return { issue: issueNumber, comment: commentId, commenter, marker };
}

/** GitHub compares label names without regard to case, and so does this. */
export function carriesConsentLabel(labels: unknown): boolean {
  const names = Array.isArray(labels) ? labels : [];
  return names.some((label) => {
    const name = typeof label === 'string' ? label : (label as { name?: unknown })?.name;
    return typeof name === 'string' && name.toLowerCase() === CONSENT_LABEL;
  });
}

/** The marker must be this run's: the same secret and the same environment (or none). */
export function checkMarkerNames(
  marker: ConsentMarker,
  expected: Pick<ExpectedAnswer, 'secretName' | 'environment'>,
): void {
  // GitHub stores secret names upper-cased and compares environment names without case.
  if (marker.secret.toUpperCase() !== expected.secretName.toUpperCase()) {
    throw refusal(`the issue is for the secret ${marker.secret}, not ${expected.secretName}`);
  }
  const same = marker.environment?.toLowerCase() === expected.environment?.toLowerCase();
  if (!same) {
    const scope = (environment: string | undefined) =>
      environment === undefined ? 'the repository' : `the environment ${environment}`;
    throw refusal(
      `the issue is for the secret of ${scope(marker.environment)}, not of ${scope(expected.environment)}`,
    );
  }
}

/** The pasted state and the verifier must be the ones of the issue's own link; names which differs. */
function checkAnswerMatches(marker: ConsentMarker, expected: ExpectedAnswer): void {
  if (marker.challenge === undefined) {
    throw refusal(
      'the issue holds no consent link with PKCE, so no answer to it can be trusted; the next run of the keep-alive workflow adds the link',
    );
  }
  if (expected.state === undefined) {
    throw refusal(
      'the comment holds no state: paste the whole address the browser landed on, not only the code',
    );
  }
  if (expected.state !== marker.state) {
    throw refusal(
      'the pasted address carries a state other than the one this issue recorded (an old or foreign consent link): open the link in the issue again',
    );
  }
  if (pkceChallenge(expected.codeVerifier) !== marker.challenge) {
    throw refusal(
      "the state matches, but S256 of code-verifier is not the PKCE challenge this issue recorded: the verifier secret belongs to another consent link (a newer issue, or a run that overlapped). Open the link in the issue's body again",
    );
  }
}

/** A word from the event, shown only as far as it is one. */
function shownWord(value: unknown): string {
  return typeof value === 'string' ? value.replace(/[^A-Za-z_]/g, '').slice(0, 40) : 'missing';
}

export function refusal(why: string): ExplainedError {
  return new ExplainedError(
    `Refused to re-seed from the issue comment: ${why}`,
    "Answer the consent issue with the address the browser landed on after opening the link in the issue's body, as someone with write access to the repository.",
  );
}
