/**
 * Re-seed from a comment on the consent issue (`on: issue_comment`): before
 * anything is sent, the comment must come from someone trusted with the
 * repository, on an issue labelled fitbit-token-keeper for this secret, and
 * the pasted address must carry the state that issue recorded.
 */
import { readFile } from 'node:fs/promises';
import { ExplainedError } from '../../lib/errors.js';
import { CONSENT_LABEL, readMarker } from './issue-text.js';

/** The comment that answered a consent issue, once checked. */
export interface ConsentComment {
  readonly issue: number;
  readonly comment: number;
}

const TRUSTED = ['OWNER', 'MEMBER', 'COLLABORATOR'];

/** The part of an issue_comment event (GITHUB_EVENT_PATH) the re-seed reads. */
export interface CommentEvent {
  action?: unknown;
  comment?: { id?: unknown; author_association?: unknown };
  issue?: { number?: unknown; body?: unknown; labels?: unknown };
}

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

/** Throws unless the comment may re-seed `secretName`; `state` is the pasted address's. */
export function checkConsentComment(
  payload: CommentEvent,
  secretName: string,
  state: string | undefined,
): ConsentComment {
  const { comment, issue } = payload;
  if (payload.action === 'deleted') throw refusal('the comment was deleted');
  const association = comment?.author_association;
  if (typeof association !== 'string' || !TRUSTED.includes(association)) {
    throw refusal(
      `the comment's author is not the repository's owner, a member or a collaborator (author_association ${typeof association === 'string' ? association.replace(/[^A-Z_]/g, '') : 'missing'})`,
    );
  }
  const labels = Array.isArray(issue?.labels) ? issue.labels : [];
  const labelled = labels.some(
    (label) =>
      (typeof label === 'string' ? label : (label as { name?: unknown })?.name) === CONSENT_LABEL,
  );
  if (!labelled) throw refusal(`the issue does not carry the label ${CONSENT_LABEL}`);
  const marker = readMarker(typeof issue?.body === 'string' ? issue.body : '');
  if (marker === undefined) throw refusal('the issue records no consent state');
  if (marker.secret !== secretName) {
    throw refusal(`the issue is for the secret ${marker.secret}, not ${secretName}`);
  }
  if (state === undefined) {
    throw refusal(
      'the comment holds no state: paste the whole address the browser landed on, not only the code',
    );
  }
  if (state !== marker.state) {
    throw refusal(
      'the pasted address carries a state other than the one this issue recorded (an old or foreign consent link): open the link in the issue again',
    );
  }
  const issueNumber = issue?.number;
  const commentId = comment?.id;
  if (typeof issueNumber !== 'number' || typeof commentId !== 'number') {
    throw refusal('the event names no issue or comment');
  }
  return { issue: issueNumber, comment: commentId };
}

function refusal(why: string): ExplainedError {
  return new ExplainedError(
    `Refused to re-seed from the issue comment: ${why}. Nothing was sent to the token endpoint and the secret is unchanged`,
    'Answer the consent issue as its owner, a member or a collaborator, with the address the browser landed on after opening the link in the issue.',
  );
}
