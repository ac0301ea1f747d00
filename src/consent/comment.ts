/**
 * Reading the comment that answers a consent issue (`on: issue_comment`). The
 * comment comes from the event file the runner names (GITHUB_EVENT_PATH), so
 * the pasted address never passes through the step's `with:`, which the
 * runner prints. Only what needs no trust is taken from the event: who
 * commented, on which issue, and the pasted code and state; the event's copy
 * of the issue is never read for its marker. What needs GitHub's word (the
 * commenter's permission, the issue's author, its marker as it is now) is
 * trust.ts, before the exchange.
 */
import { readFile } from 'node:fs/promises';
import { ExplainedError, InputError } from '../lib/errors.js';
import { type ConsentAnswer, readConsentAnswer } from '../oauth/consent-answer.js';
import { CONSENT_LABEL, verifierSecretName } from './issue-text.js';

/** The comment that answered a consent issue, as far as the event alone can tell. */
export interface ConsentComment {
  readonly issue: number;
  readonly comment: number;
  /** Who wrote it: their permission on the repository is asked before the exchange. */
  readonly commenter: string;
  /** The pasted address's `state`: it must be the one the issue's marker records. */
  readonly state: string;
  /** `code-verifier`: S256 of it must be the PKCE challenge the issue's marker records. */
  readonly codeVerifier: string;
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
  issue?: { number?: unknown; labels?: unknown; pull_request?: unknown };
}

/** The inputs a re-seed from the consent issue takes besides the comment. */
export interface AnswerInputs {
  /** `code`, when the workflow passes the pasted text itself; else the comment is read. */
  readonly code: string | undefined;
  readonly codeVerifier: string | undefined;
  readonly issuesToken: string | undefined;
  /** For the error that names the verifier secret. */
  readonly secretName: string;
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

/**
 * What a comment holds that must never be printed: the pasted redirect address
 * and the code in it; nothing else of the comment, so that a commenter cannot
 * blank out the run's log with words of its own. Never throws.
 */
export function pastedInComment(event: CommentEvent | undefined): string[] {
  const body = commentBody(event);
  if (body === undefined) return [];
  try {
    const { address, code } = readConsentAnswer('code', body);
    // A bare code is refused (it carries no state): the whole comment is no secret to mask.
    return address === undefined ? [] : [address, code];
  } catch {
    return []; // an error= address, or one without a code: it holds no code
  }
}

/**
 * The code a re-seed answering the consent issue exchanges, and the comment
 * as far as the event tells; throws unless the event may re-seed the secret.
 */
export function answerFromComment(
  event: CommentEvent,
  inputs: AnswerInputs,
): { readonly code: string; readonly comment: ConsentComment } {
  const pasted = pastedAnswer(event, inputs.code);
  const codeVerifier = verifierForComment(inputs);
  const { comment, issue } = event;
  if (event.action !== 'created') {
    throw refusal(`the comment was ${shownWord(event.action)}, not created`);
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
  const issueNumber = issue?.number;
  const commentId = comment?.id;
  const commenter = comment?.user?.login;
  if (typeof issueNumber !== 'number' || typeof commentId !== 'number') {
    throw refusal('the event names no issue or comment');
  }
  if (typeof commenter !== 'string' || commenter === '') {
    throw refusal("the event does not name the comment's author");
  }
  if (pasted.state === undefined) {
    throw refusal(
      'the comment holds no state: paste the whole address the browser landed on, not only the code',
    );
  }
  return {
    code: pasted.code,
    comment: {
      issue: issueNumber,
      comment: commentId,
      commenter,
      state: pasted.state,
      codeVerifier,
    },
  };
}

/** The answer in `code`, else in the comment; a problem with a comment is said of the comment. */
function pastedAnswer(event: CommentEvent, code: string | undefined): ConsentAnswer {
  if (code !== undefined) return readConsentAnswer('code', code);
  const body = commentBody(event);
  if (body === undefined) throw refusal('the comment is empty');
  try {
    return readConsentAnswer('code', body);
  } catch (error) {
    throw error instanceof InputError ? refusal(`the comment ${error.problem}`) : error;
  }
}

/** The comment's text, which holds the pasted address; undefined when there is none. */
function commentBody(event: CommentEvent | undefined): string | undefined {
  const body = event?.comment?.body;
  return typeof body === 'string' && body.trim() !== '' ? body : undefined;
}

/**
 * The verifier the issue's PKCE challenge is checked with; such a re-seed also
 * needs an issues-token (GitHub is asked who commented, and the comment deleted).
 */
function verifierForComment(inputs: AnswerInputs): string {
  if (inputs.codeVerifier === undefined) {
    throw new InputError(
      'code-verifier',
      `is required to answer the consent issue: pass the verifier its link was made with, secrets.${verifierSecretName(inputs.secretName)}`,
    );
  }
  if (inputs.issuesToken === undefined) {
    throw new InputError(
      'issues-token',
      "is required to answer the consent issue: GitHub is asked who commented (its default, the job's github.token, suffices)",
    );
  }
  return inputs.codeVerifier;
}

/** GitHub compares label names without regard to case, and so does this. */
export function carriesConsentLabel(labels: unknown): boolean {
  const names = Array.isArray(labels) ? labels : [];
  return names.some((label) => {
    const name = typeof label === 'string' ? label : (label as { name?: unknown })?.name;
    return typeof name === 'string' && name.toLowerCase() === CONSENT_LABEL;
  });
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
