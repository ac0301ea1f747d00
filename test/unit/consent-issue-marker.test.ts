/** The consent issue's marker, the grant's account tag and the issue-comment check: pure, no I/O. */
import { describe, expect, it } from 'vitest';
import { type CommentEvent, checkConsentComment } from '../../src/consent/comment.js';
import { identityTag, sameIdentity } from '../../src/consent/identity.js';
import { readMarker, renderMarker } from '../../src/consent/issue-text.js';
import { pkceChallenge } from '../../src/oauth/consent.js';

const VERIFIER = 'v'.repeat(43);
const MARKER = {
  secret: 'S',
  environment: 'prod eu',
  state: 'st-1',
  challenge: pkceChallenge(VERIFIER),
  identity: identityTag(VERIFIER, '1234567890'),
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
    author_association: overrides.association ?? 'MEMBER',
    user: { login: 'login' in overrides ? overrides.login : 'octo' },
  },
  issue: {
    number: 3,
    labels: overrides.labels ?? [{ name: 'fitbit-token-keeper' }],
    body: overrides.body ?? `text\n${renderMarker(MARKER)}`,
    ...(overrides.pullRequest ? { pull_request: { url: 'https://api.github.com/pulls/3' } } : {}),
  },
});

const expected = (overrides: Partial<Parameters<typeof checkConsentComment>[1]> = {}) => ({
  secretName: 'S',
  environment: 'prod eu',
  state: 'st-1',
  codeVerifier: VERIFIER,
  ...overrides,
});

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
    expect(sameIdentity(MARKER.identity, VERIFIER, '1234567890')).toBe(true);
    expect(sameIdentity(MARKER.identity, VERIFIER, '1234567891')).toBe(false);
    expect(sameIdentity(MARKER.identity, 'w'.repeat(43), '1234567890')).toBe(false);
    expect(identityTag('w'.repeat(43), '1234567890')).not.toBe(MARKER.identity);
  });
});

describe('checkConsentComment', () => {
  it('accepts OWNER, MEMBER and COLLABORATOR with the recorded state and verifier', () => {
    for (const association of ['OWNER', 'MEMBER', 'COLLABORATOR']) {
      expect(checkConsentComment(payload({ association }), expected())).toEqual({
        issue: 3,
        comment: 7,
        commenter: 'octo',
        marker: MARKER,
      });
    }
  });

  it('compares the label, the secret and the environment without regard to case, as GitHub does', () => {
    const event = payload({ labels: [{ name: 'Fitbit-Token-Keeper' }] });
    expect(
      checkConsentComment(event, expected({ secretName: 's', environment: 'PROD EU' })),
    ).toEqual(expect.objectContaining({ issue: 3 }));
  });

  it.each<[string, CommentEvent, ReturnType<typeof expected>, RegExp]>([
    ['an edited comment', payload({ action: 'edited' }), expected(), /was edited, not created/],
    ['a deleted comment', payload({ action: 'deleted' }), expected(), /was deleted, not created/],
    ['a comment on a pull request', payload({ pullRequest: true }), expected(), /pull request/],
    ['a contributor', payload({ association: 'CONTRIBUTOR' }), expected(), /owner, a member/],
    ['no label', payload({ labels: [] }), expected(), /label fitbit-token-keeper/],
    ['another secret', payload(), expected({ secretName: 'OTHER' }), /secret S, not OTHER/],
    [
      'another environment',
      payload(),
      expected({ environment: 'staging' }),
      /environment prod eu, not of the environment staging/,
    ],
    [
      'a repository secret for an environment issue',
      payload(),
      expected({ environment: undefined }),
      /not of the repository/,
    ],
    ['a foreign state', payload(), expected({ state: 'st-9' }), /a state other than/],
    ['no state', payload(), expected({ state: undefined }), /holds no state/],
    [
      'a verifier of another link',
      payload(),
      expected({ codeVerifier: 'w'.repeat(43) }),
      /state matches, but S256 of code-verifier is not the PKCE challenge/,
    ],
    [
      'an issue whose link has no PKCE',
      payload({ body: renderMarker({ ...MARKER, challenge: undefined }) }),
      expected(),
      /holds no consent link with PKCE/,
    ],
    ['no marker', payload({ body: 'plain' }), expected(), /records no consent state/],
    ['no author', payload({ login: undefined }), expected(), /does not name the comment's author/],
  ])('refuses %s', (_, event, answer, message) => {
    expect(() => checkConsentComment(event, answer)).toThrow(message);
  });
});
