import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../sim/summary.js';
import { escapeSummaryText } from '../../src/lib/escape.js';

// Characters that, raw, could open a tag, an entity, a link, an image or a code span.
const RAW_SPECIALS = /[<>&"'[\]`\\|*~]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point of the pattern
const BREAK_OR_CONTROL = /\r\n|[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The output without the entities it is made of: what must be left is plain text. */
function withoutEntities(out: string): string {
  return out.replace(/&(?:#\d+|amp|lt|gt|quot);/g, '');
}

describe('escapeSummaryText', () => {
  it("turns HTML's special characters into entities", () => {
    expect(escapeSummaryText(`a & b < c > d " e ' f`)).toBe(
      'a &amp; b &lt; c &gt; d &quot; e &#39; f',
    );
  });

  it('leaves no tag of a table breakout', () => {
    const out = escapeSummaryText('</td></tr></table><img src=x onerror=alert(1)>');
    expect(out).not.toMatch(/[<>]/);
    expect(out).toBe('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('leaves no Markdown link, image, code span or table cell', () => {
    const out = escapeSummaryText(
      '| ** [x](javascript:alert(1)) ![p](https://t.example/p.png) `c` \\',
    );
    expect(withoutEntities(out)).not.toMatch(RAW_SPECIALS);
    expect(decodeEntities(out)).toBe(
      '| ** [x](javascript:alert(1)) ![p](https://t.example/p.png) `c` \\',
    );
  });

  it.each([
    ['LF', 'a\nb'],
    ['CRLF', 'a\r\nb'],
    ['CR', 'a\rb'],
    ['LINE SEPARATOR', 'a\u2028b'],
    ['PARAGRAPH SEPARATOR', 'a\u2029b'],
    ['NEL (C1)', 'a\u0085b'],
    ['NUL', 'a\u0000b'],
    ['an ANSI escape', 'a\u001bb'],
    ['CSI (C1)', 'a\u009bb'],
    ['a right-to-left override', 'a\u202eb'],
  ])('replaces %s with a space, so text cannot leave its line', (_what, text) => {
    expect(escapeSummaryText(text)).toBe('a b');
  });

  it('keeps ordinary scopes, secret names and dates as they are', () => {
    for (const text of [
      'https://www.googleapis.com/auth/googlehealth.activity_and_fitness.readonly',
      'FITBIT_REFRESH_TOKEN (repository octo/my.repo-2)',
      '2026-12-01T10:00:00Z',
      'Google OAuth 2.0 (Google Health API)',
    ]) {
      expect(escapeSummaryText(text)).toBe(text);
    }
  });

  it('for any text: no raw special, no line break, and it reads back as the text', () => {
    const hostile = fc.string({
      unit: fc.constantFrom(...'<>&"\'[]()!`\\|*~_#\n\r\u2028 a1', '&amp;', '&#60;', '\u009b'),
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), hostile), (text) => {
        const out = escapeSummaryText(text);
        expect(withoutEntities(out)).not.toMatch(RAW_SPECIALS);
        expect(out).not.toMatch(BREAK_OR_CONTROL);
        expect(decodeEntities(out)).toBe(text.replace(new RegExp(BREAK_OR_CONTROL, 'g'), ' '));
      }),
      { numRuns: 500 },
    );
  });
});
