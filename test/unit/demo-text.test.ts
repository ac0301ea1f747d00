/**
 * The demo's text rendering: the workflow step is YAML that reads back as the
 * step it shows, and the job summary the action writes (label/value lines on
 * success, a table on failure) becomes aligned plain text that loses no cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  alignedTable,
  summaryAsText,
  workflowStepYaml,
  wrapLine,
  yamlScalar,
} from '../../scripts/demo-text.js';
import { keeperSummary } from '../helpers/keeper-summary.js';

/** The summary exactly as the action writes it, taken from @actions/core's own buffer. */
function actionSummary(rows: { provider: string; secret: string }, notes: string[]) {
  return keeperSummary({ ...rows, result: undefined, notes });
}

describe('workflowStepYaml', () => {
  it('reads back as the step it shows, expressions and comments included', () => {
    const yaml = workflowStepYaml({
      id: 'token',
      uses: 'OWNER/fitbit-token-keeper@v1',
      with: [
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression
        { name: 'refresh-token', written: '${{ secrets.FITBIT_REFRESH_TOKEN }}' },
        { name: 'grant-lifetime', written: '7d', comment: 'while in "Testing"' },
        { name: 'export-variable', written: '' },
        { name: 'dry-run', written: 'true' },
        { name: 'recovery-public-key', written: 'Jw35p3Eja/OPs=', comment: 'not a secret' },
      ],
    });
    expect(parse(yaml)).toEqual([
      {
        id: 'token',
        uses: 'OWNER/fitbit-token-keeper@v1',
        with: {
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression
          'refresh-token': '${{ secrets.FITBIT_REFRESH_TOKEN }}',
          'grant-lifetime': '7d',
          'export-variable': '',
          'dry-run': 'true',
          'recovery-public-key': 'Jw35p3Eja/OPs=',
        },
      },
    ]);
    // As people write them in workflows: expressions unquoted, comments after the value.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression
    expect(yaml).toContain('    refresh-token: ${{ secrets.FITBIT_REFRESH_TOKEN }}\n');
    expect(yaml).toContain('    grant-lifetime: 7d # while in "Testing"\n');
  });

  it('yamlScalar: any one-line string reads back as itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (value) => {
        expect(parse(`key: ${yamlScalar(value)} # comment`)).toEqual({ key: value });
        expect(yamlScalar(value)).not.toContain('\n');
      }),
    );
  });
});

describe('summaryAsText', () => {
  it("renders the action's summary as a heading, aligned label/value lines and the notes", async () => {
    const html = await actionSummary(
      {
        provider: 'Google OAuth 2.0 <Health> & co',
        secret: 'FITBIT_REFRESH_TOKEN (repository a/b)',
      },
      ['Dry run: nothing "exchanged".'],
    );
    expect(html).toContain('<li><strong>Provider:</strong> '); // lines, not a table
    expect(summaryAsText(html).split('\n')).toEqual([
      'Fitbit token keeper',
      'Provider              Google OAuth 2.0 <Health> & co',
      'Refresh token secret  FITBIT_REFRESH_TOKEN (repository a/b)',
      '> Dry run: nothing "exchanged".',
    ]);
  });

  it('wraps a long last cell at spaces under its own column and keeps every word', () => {
    const scopes = Array.from({ length: 6 }, (_, i) => `https://example.com/scope.${i}.readonly`);
    const text = alignedTable(
      [
        ['Item', 'Value'],
        ['Scopes', scopes.join(' ')],
        ['Grant expires', 'unknown'],
      ],
      60,
    );
    const lines = text.split('\n');
    expect(lines.every((line) => line.length <= 60)).toBe(true);
    const valueColumn = 'Grant expires  '.length;
    expect(lines.length).toBe(2 + scopes.length + 1); // one scope a line, then the last row
    for (const line of lines.slice(2)) {
      // Every value, continuation lines included, starts in the value column.
      expect(line.slice(valueColumn - 2, valueColumn)).toBe('  ');
      expect(line[valueColumn]).not.toBe(' ');
    }
    expect(
      lines
        .slice(2)
        .map((line) => line.slice(valueColumn).trim())
        .join(' '),
    ).toBe(`${scopes.join(' ')} unknown`);
  });
});

describe('wrapLine', () => {
  it('leaves short lines alone and never breaks a word such as a sealed line', () => {
    expect(wrapLine('  short  line', 40)).toBe('  short  line');
    const sealed = `fitbit-token-keeper-recovery:${'A'.repeat(120)}=`;
    const wrapped = wrapLine(`The new refresh token, sealed: ${sealed} end`, 50);
    expect(wrapped.split('\n').map((line) => line.trim())).toContain(sealed);
    expect(wrapped.split(/\s+/).filter(Boolean).join(' ')).toBe(
      `The new refresh token, sealed: ${sealed} end`,
    );
  });
});
