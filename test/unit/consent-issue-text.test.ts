/**
 * The consent issue as a person reads it on a phone: rendered as GitHub
 * renders an issue (GFM, sanitised), the link is one tap, the steps are a
 * numbered list that names Google's screens, times are human, and the marker
 * is invisible.
 */
import { describe, expect, it } from 'vitest';
import { elementsIn, linksIn, renderAsGitHub, textOf } from '../../sim/markdown.js';
import {
  type ConsentIssueText,
  renderConsentIssue,
  renewedComment,
} from '../../src/consent/issue-text.js';
import { codeSpan } from '../../src/lib/escape.js';

const NOW = new Date('2026-12-02T21:00:00Z');
const URL_ = 'https://accounts.google.com/o/oauth2/v2/auth?response_type=code&client_id=x&state=s1';

function issue(overrides: Partial<ConsentIssueText> = {}): ConsentIssueText {
  return {
    marker: {
      secret: 'FITBIT_REFRESH_TOKEN',
      environment: undefined,
      state: 's1',
      challenge: 'c1',
    },
    where: 'repository you/health-data',
    reason: 'it is expected to end in about 31 h',
    deadline: new Date('2026-12-04T04:07:00Z'),
    link: { url: URL_, redirectUri: 'http://127.0.0.1:8080/', scopesFrom: 'grant' },
    provider: 'google',
    accountKnown: false,
    now: NOW,
    ...overrides,
  };
}

describe('the consent issue, rendered as GitHub renders it', () => {
  const root = renderAsGitHub(renderConsentIssue(issue()));
  const text = textOf(root);

  it('makes the consent page one tap: a link whose address is the consent URL', () => {
    const heading = elementsIn(root).find((element) => element.tagName === 'h3');
    expect(heading && linksIn(heading)).toEqual([URL_]);
    expect(heading && textOf(heading)).toBe('Open the consent page');
  });

  it('gives the steps as a numbered list that names the screen Google shows, and what to press', () => {
    const steps = elementsIn(root).filter((element) => element.tagName === 'li');
    expect(steps).toHaveLength(5);
    expect(textOf(steps[1] ?? root)).toMatch(
      /Google hasn't verified this app.*Continue.*Advanced.*Go to … \(unsafe\)/,
    );
    expect(textOf(steps[2] ?? root)).toMatch(/tick every box.*access the grant had, nothing more/);
    expect(textOf(steps[3] ?? root)).toContain('http://127.0.0.1:8080/…');
  });

  it('says the deadline as a person reads it, not as ISO 8601', () => {
    expect(text).toContain('Renew it before Fri 4 Dec, 04:07 UTC');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it("warns to use only the link in the issue's body", () => {
    expect(text).toContain("Use only the link in this issue's body");
  });

  it("says another account's consent is refused only when the grant's account is recorded", () => {
    const refusal = 'a consent from another account than the one the grant belongs to';
    expect(text).not.toContain(refusal);
    const known = textOf(renderAsGitHub(renderConsentIssue(issue({ accountKnown: true }))));
    expect(known).toContain(refusal);
  });

  it('keeps the marker out of sight (an HTML comment GitHub does not show)', () => {
    expect(text).not.toContain('fitbit-token-keeper secret=');
  });

  it('shows a provider other than Google the short steps, without Google screens', () => {
    const other = renderAsGitHub(renderConsentIssue(issue({ provider: 'other' })));
    expect(elementsIn(other).filter((element) => element.tagName === 'li')).toHaveLength(4);
    expect(textOf(other)).not.toContain("Google hasn't verified");
  });

  it('says how long the code lives: minutes, or for Withings 30 seconds, sending the person to `authorize` first', () => {
    expect(text).toContain('a one-time code that expires within minutes: paste it right away.');
    const withings = renderAsGitHub(
      renderConsentIssue(
        issue({
          marker: { ...issue().marker, secret: 'WITHINGS_REFRESH_TOKEN' },
          provider: 'other',
          shortCode: { seconds: 30, provider: 'withings' },
        }),
      ),
    );
    const said = textOf(withings);
    expect(said).not.toMatch(/minutes/);
    expect(said).toMatch(
      /Be quick: the address the browser lands on holds a one-time code that lives only 30 seconds, and the re-seed workflow must start and exchange it within them, which it may not manage\. Prefer renewing on a computer with npx fitbit-token-keeper authorize --provider withings --secret-name WITHINGS_REFRESH_TOKEN .*If you answer here, paste the address within 30 seconds of allowing access\./,
    );
    // Said before the steps: seconds count from the moment the person allows access.
    expect(said.indexOf('Be quick')).toBeLessThan(said.indexOf('From your phone'));
    // The command is one code span a person can copy whole.
    const code = elementsIn(withings)
      .filter((element) => element.tagName === 'code')
      .map((element) => textOf(element));
    expect(code).toContain(
      'npx fitbit-token-keeper authorize --provider withings --secret-name WITHINGS_REFRESH_TOKEN',
    );
  });

  it("shows the provider's answer as code, its own backticks and line breaks included", () => {
    for (const answer of ['plain', 'a `tick` and ``two``', '`edge`', 'two\nlines\r\n\n# heading']) {
      const root = renderAsGitHub(`Before ${codeSpan(answer)} after.`);
      const [paragraph, ...rest] = elementsIn(root).filter((element) => element.tagName === 'p');
      expect(rest).toEqual([]);
      const code = paragraph ? elementsIn(paragraph) : [];
      expect(code.map((element) => element.tagName)).toEqual(['code']);
      expect(code[0] && textOf(code[0])).toBe(answer.replace(/\r\n|\n/g, ' '));
    }
  });

  it("says when GitHub stops the keep-alive's schedule, only when it is about to", () => {
    expect(text).not.toMatch(/schedule/);
    const stopsAt = new Date('2026-12-20T06:15:00Z');
    for (const link of [issue().link, { absent: 'This issue holds no consent link.' }]) {
      const rendered = renderAsGitHub(
        renderConsentIssue(issue({ scheduleStopsAt: stopsAt, link })),
      );
      expect(textOf(rendered)).toMatch(
        /GitHub stops the keep-alive's schedule on Sun 20 Dec, 06:15 UTC: its repository is public .* 60 days without activity\. Push a commit/,
      );
      const bold = elementsIn(rendered).filter((element) => element.tagName === 'strong');
      expect(bold.map((element) => textOf(element))).toContain('Sun 20 Dec, 06:15 UTC');
    }
  });

  it('says when the grant lasts until once renewed, as a person reads it', () => {
    expect(renewedComment(new Date('2026-12-09T04:33:00Z'), NOW)).toBe(
      'The grant was renewed. It is now expected to last until Wed 9 Dec, 04:33 UTC. Closing this issue.',
    );
  });
});
