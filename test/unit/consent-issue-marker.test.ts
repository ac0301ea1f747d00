/** The consent issue's marker and the issue-comment check: pure, no I/O. */
import { describe, expect, it } from 'vitest';
import { checkConsentComment } from '../../src/action/consent/comment.js';
import { readMarker, renderMarker } from '../../src/action/consent/issue-text.js';

const MARKER = { secret: 'S', environment: 'prod eu', state: 'st-1', challenge: 'ch_2' };

const payload = (overrides: { association?: string; labels?: unknown[]; body?: string } = {}) => ({
  action: 'created',
  comment: { id: 7, author_association: overrides.association ?? 'MEMBER' },
  issue: {
    number: 3,
    labels: overrides.labels ?? [{ name: 'fitbit-token-keeper' }],
    body: overrides.body ?? `text\n${renderMarker(MARKER)}`,
  },
});

describe('the marker', () => {
  it('round-trips, environment included, and ignores a garbled one', () => {
    expect(readMarker(`a\n${renderMarker(MARKER)}\nb`)).toEqual(MARKER);
    expect(readMarker('<!-- fitbit-token-keeper secret=S -->')).toBeUndefined();
    expect(readMarker('no marker')).toBeUndefined();
    expect(readMarker('<!-- fitbit-token-keeper secret=S environment=%E0 state=x -->')).toBe(
      undefined,
    );
  });
});

describe('checkConsentComment', () => {
  it('accepts OWNER, MEMBER and COLLABORATOR with the recorded state', () => {
    for (const association of ['OWNER', 'MEMBER', 'COLLABORATOR']) {
      expect(checkConsentComment(payload({ association }), 'S', 'st-1')).toEqual({
        issue: 3,
        comment: 7,
      });
    }
  });

  it.each([
    ['a contributor', payload({ association: 'CONTRIBUTOR' }), 'st-1', /owner, a member/],
    ['no label', payload({ labels: [] }), 'st-1', /label fitbit-token-keeper/],
    ['another secret', payload(), 'st-1', /for the secret S, not OTHER/],
    ['a foreign state', payload(), 'st-9', /state other than/],
    ['no state', payload(), undefined, /holds no state/],
    ['no marker', payload({ body: 'plain' }), 'st-1', /records no consent state/],
  ])('refuses %s', (_, event, state, message) => {
    const secret = _ === 'another secret' ? 'OTHER' : 'S';
    expect(() => checkConsentComment(event, secret, state)).toThrow(message);
  });
});
