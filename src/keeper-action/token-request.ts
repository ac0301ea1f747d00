/**
 * What the action sends to the token endpoint: the stored refresh token, or
 * the code of a consent (re-seed). A code is pasted into `code` (the dispatch
 * re-seed), or answers the consent issue: then consent/comment.ts reads it
 * from the comment (or `code`) and the event, and its code goes with the
 * issue's consent link's redirect.
 */

import { answerFromComment, type CommentEvent, type ConsentComment } from '../consent/comment.js';
import type { ConsentIssueSettings } from '../consent/settings.js';
import { InputError } from '../lib/errors.js';
import { readConsentAnswer } from '../oauth/consent-answer.js';
import type { TokenRequest } from '../oauth/token-client.js';

export function readTokenRequest(
  read: (name: string) => string | undefined,
  context: {
    readonly redirectUri: string | undefined;
    /** An answer to the issue goes with its link's redirect; enabled, the link uses redirect-uri. */
    readonly consentIssue: ConsentIssueSettings;
    readonly commentEvent: CommentEvent | undefined;
    readonly secretName: string;
  },
): { tokenRequest: TokenRequest; answer: ConsentComment | undefined } {
  const code = read('code');
  const codeVerifier = read('code-verifier');
  const { commentEvent } = context;
  // On an issue_comment event a code (pasted, or the comment itself) answers the consent issue.
  if (commentEvent !== undefined && (code !== undefined || read('refresh-token') === undefined)) {
    const answered = answerFromComment(commentEvent, {
      code,
      codeVerifier,
      issuesToken: context.consentIssue.token,
      secretName: context.secretName,
    });
    return {
      tokenRequest: {
        type: 'authorization_code',
        code: answered.code,
        codeVerifier,
        redirectUri: context.consentIssue.redirectUri,
      },
      answer: answered.comment,
    };
  }
  if (code !== undefined) {
    const tokenRequest: TokenRequest = {
      type: 'authorization_code',
      code: readConsentAnswer('code', code).code,
      codeVerifier,
      redirectUri: context.redirectUri,
    };
    return { tokenRequest, answer: undefined };
  }
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
  return { tokenRequest: { type: 'refresh_token', refreshToken }, answer: undefined };
}
