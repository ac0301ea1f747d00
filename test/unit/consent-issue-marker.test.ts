/**
 * The consent issue's marker, the grant's account tag, and what a re-seed
 * takes from an issue_comment event before asking GitHub: pure, no I/O. The
 * event's copy of the issue is never read for a marker (GitHub is asked for
 * the issue as it is now, trust.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  answerFromComment,
  type CommentEvent,
  pastedInComment,
} from '../../src/consent/comment.js';
import { readMarker, renderMarker } from '../../src/consent/issue-text.js';
import { accountTag, isTaggedAccount } from '../../src/grant/account.js';
import { pkceChallenge } from '../../src/oauth/consent.js';

const VERIFIER = 'v'.repeat(43);
const CODE = '4/0AfJohXkQ9';
const ADDRESS = `http://127.0.0.1:8080/?state=st-1&code=${encodeURIComponent(CODE)}&scope=openid`;
const MARKER = {
  secret: 'S',
  environment: 'prod eu',
  state: 'st-1',
  challenge: pkceChallenge(VERIFIER),
  identity: accountTag(VERIFIER, '1234567890'),
  scopes: ['openid', 'https://www.googleapis.com/auth/googlehealth.sleep.readonly'],
};

interface Overrides {
  action?: string;
  association?: string;
  labels?: unknown[];
  body?: string;
  pullRequest?: boolean;
  login?: string | undefined;
}

const payload = (overrides: Overrides = {}): CommentEvent => ({
  action: overrides.action ?? 'created',
  comment: {
    id: 7,
    body: overrides.body ?? `Here it is:\n${ADDRESS}\nthanks`,
    author_association: overrides.association ?? 'MEMBER',
    user: { login: 'login' in overrides ? overrides.login : 'octo' },
  },
  issue: {
    number: 3,
    labels: overrides.labels ?? [{ name: 'fitbit-token-keeper' }],
    ...(overrides.pullRequest ? { pull_request: { url: 'https://api.github.com/pulls/3' } } : {}),
  },
});

const inputs = {
  code: undefined,
  codeVerifier: VERIFIER,
  issuesToken: 'ghs_job',
  secretName: 'S',
};

describe('the marker', () => {
  it('round-trips, environment, account and scopes included, and ignores a garbled one', () => {
    expect(readMarker(`a\n${renderMarker(MARKER)}\nb`)).toEqual(MARKER);
    const bare = { secret: 'S', environment: undefined, state: 'x', challenge: undefined };
    expect(readMarker(renderMarker(bare))).toEqual({ ...bare, identity: undefined, scopes: [] });
    expect(readMarker('<!-- fitbit-token-keeper secret=S -->')).toBeUndefined();
    expect(readMarker('no marker')).toBeUndefined();
    expect(readMarker('<!-- fitbit-token-keeper secret=S environment=%E0 state=x -->')).toBe(
      undefined,
    );
  });

  it("tells nothing of the account: no part of the id, and another verifier's tag differs", () => {
    const rendered = renderMarker(MARKER);
    expect(rendered).not.toContain('1234567890');
    expect(isTaggedAccount(MARKER.identity, VERIFIER, '1234567890')).toBe(true);
    expect(isTaggedAccount(MARKER.identity, VERIFIER, '1234567891')).toBe(false);
    expect(isTaggedAccount(MARKER.identity, 'w'.repeat(43), '1234567890')).toBe(false);
    expect(accountTag('w'.repeat(43), '1234567890')).not.toBe(MARKER.identity);
  });
});

describe('answerFromComment', () => {
  it('takes the code and state from the pasted address, for OWNER, MEMBER and COLLABORATOR', () => {
    for (const association of ['OWNER', 'MEMBER', 'COLLABORATOR']) {
      expect(answerFromComment(payload({ association }), inputs)).toEqual({
        code: CODE,
        comment: { issue: 3, comment: 7, commenter: 'octo', state: 'st-1', codeVerifier: VERIFIER },
      });
    }
  });

  it('compares the label without regard to case, as GitHub does', () => {
    const event = payload({ labels: [{ name: 'Fitbit-Token-Keeper' }] });
    expect(answerFromComment(event, inputs).comment.issue).toBe(3);
  });

  it('takes the answer from code when the workflow passes it, still checking the event', () => {
    const answered = answerFromComment(payload({ body: 'not the answer' }), {
      ...inputs,
      code: ADDRESS,
    });
    expect(answered.code).toBe(CODE);
    expect(() =>
      answerFromComment(payload({ association: 'NONE' }), { ...inputs, code: ADDRESS }),
    ).toThrow(/owner, a member/);
  });

  it.each<[string, CommentEvent, RegExp]>([
    ['an edited comment', payload({ action: 'edited' }), /was edited, not created/],
    ['a deleted comment', payload({ action: 'deleted' }), /was deleted, not created/],
    ['a comment on a pull request', payload({ pullRequest: true }), /pull request/],
    ['a contributor', payload({ association: 'CONTRIBUTOR' }), /owner, a member/],
    ['no label', payload({ labels: [] }), /label fitbit-token-keeper/],
    ['no state', payload({ body: `code=${CODE}` }), /holds no state/],
    ['an empty comment', payload({ body: ' ' }), /the comment is empty/],
    ['a refused consent', payload({ body: '?error=access_denied&state=s' }), /access_denied/],
    ['no author', payload({ login: undefined }), /does not name the comment's author/],
  ])('refuses %s', (_, event, message) => {
    expect(() => answerFromComment(event, inputs)).toThrow(message);
  });

  it('needs code-verifier and an issues-token, naming each input', () => {
    expect(() => answerFromComment(payload(), { ...inputs, codeVerifier: undefined })).toThrow(
      /Input 'code-verifier' .*secrets\.S_VERIFIER/,
    );
    expect(() => answerFromComment(payload(), { ...inputs, issuesToken: undefined })).toThrow(
      /Input 'issues-token'/,
    );
  });
});

describe('pastedInComment: what a run masks of a comment', () => {
  it('is the pasted address and its code, never the other words of the comment', () => {
    expect(pastedInComment(payload())).toEqual([ADDRESS, CODE]);
  });

  it('is nothing for a comment without a code: words, a bare code, an error address', () => {
    expect(pastedInComment(payload({ body: 'the\nGitHub\ne' }))).toEqual([]);
    expect(pastedInComment(payload({ body: CODE }))).toEqual([]);
    expect(pastedInComment(payload({ body: '?error=access_denied&state=s' }))).toEqual([]);
    expect(pastedInComment(undefined)).toEqual([]);
  });
});
