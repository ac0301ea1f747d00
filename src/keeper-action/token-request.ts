/**
 * What the action sends to the token endpoint: the stored refresh token, or
 * the code of a consent (re-seed): pasted into `code`, or a comment on the
 * consent issue, read from the event file. The answer is read once, here.
 */

import {
  type CommentEvent,
  type ConsentComment,
  checkConsentComment,
  commentBody,
  refusal,
} from '../consent/comment.js';
import type { ConsentIssueSettings } from '../consent/settings.js';
import { InputError } from '../lib/errors.js';
import { readConsentAnswer } from '../oauth/consent-answer.js';
import type { TokenRequest } from '../oauth/token-client.js';

/**
 * What to send: the stored refresh token, or a code from consent (re-seed). A
 * pasted answer is read once, here: its code, and its state, which a comment
 * on the consent issue must match before anything is sent. On an
 * issue_comment event with neither `code` nor `refresh-token`, the answer is
 * the comment itself, read from the event file. Such a comment answers the
 * issue's consent link, so its code goes with that link's redirect.
 */
export function readTokenRequest(
  read: (name: string) => string | undefined,
  context: {
    readonly redirectUri: string | undefined;
    readonly consentIssue: ConsentIssueSettings;
    readonly commentEvent: CommentEvent | undefined;
    readonly secretName: string;
    readonly environment: string | undefined;
  },
): { tokenRequest: TokenRequest; consentComment: ConsentComment | undefined } {
  const { commentEvent } = context;
  const fromComment =
    commentEvent !== undefined && read('code') === undefined && read('refresh-token') === undefined;
  const pasted = fromComment ? commentBody(commentEvent) : read('code');
  if (fromComment && pasted === undefined) throw refusal('the comment is empty');
  if (pasted !== undefined) {
    const { code, state } = fromComment
      ? answerInComment(pasted)
      : readConsentAnswer('code', pasted);
    const codeVerifier = read('code-verifier');
    const consentComment =
      commentEvent === undefined
        ? undefined
        : checkConsentComment(commentEvent, {
            secretName: context.secretName,
            environment: context.environment,
            state,
            codeVerifier: verifierForComment(
              context.consentIssue,
              codeVerifier,
              context.secretName,
            ),
          });
    const tokenRequest: TokenRequest = {
      type: 'authorization_code',
      code,
      codeVerifier,
      redirectUri: consentComment ? context.consentIssue.redirectUri : context.redirectUri,
    };
    return { tokenRequest, consentComment };
  }
  // The consent issue's link uses redirect-uri too.
  const onlyWithCodes = context.consentIssue.enabled
    ? ['code-verifier']
    : ['code-verifier', 'redirect-uri'];
  for (const onlyWithCode of onlyWithCodes) {
    if (read(onlyWithCode) !== undefined) {
      throw new InputError(onlyWithCode, "is only used together with 'code' (re-seed mode)");
    }
  }
  const refreshToken = read('refresh-token');
  if (refreshToken === undefined) {
    throw new InputError(
      'refresh-token',
      "is required unless 'code' is given: pass the stored secret with an expression such as secrets.FITBIT_REFRESH_TOKEN (an empty value usually means the secret does not exist or is not available to this workflow)",
    );
  }
  return { tokenRequest: { type: 'refresh_token', refreshToken }, consentComment: undefined };
}

/** The pasted address in a comment; a problem with it is said of the comment, which is no input. */
function answerInComment(text: string): ReturnType<typeof readConsentAnswer> {
  try {
    return readConsentAnswer('code', text);
  } catch (error) {
    throw error instanceof InputError ? refusal(`the comment ${error.problem}`) : error;
  }
}

/**
 * The verifier a re-seed from a comment checks the issue's PKCE challenge
 * with; such a re-seed also needs an issues-token (GitHub is asked who
 * commented, and the comment deleted).
 */
function verifierForComment(
  consentIssue: ConsentIssueSettings,
  codeVerifier: string | undefined,
  secretName: string,
): string {
  if (codeVerifier === undefined) {
    throw new InputError(
      'code-verifier',
      `is required to answer the consent issue: pass the verifier its link was made with, secrets.${secretName}_VERIFIER`,
    );
  }
  if (consentIssue.token === undefined) {
    throw new InputError(
      'issues-token',
      "is required to answer the consent issue: GitHub is asked who commented (its default, the job's github.token, suffices)",
    );
  }
  return codeVerifier;
}
