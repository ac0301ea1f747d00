import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as actionsCore from '@actions/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { elementsIn, renderAsGitHub, textOf } from '../../sim/markdown.js';
import { summaryNotes, summaryProblems, summaryRows } from '../../sim/summary.js';
import {
  type OutputCore,
  outputValues,
  type PublishedOutcome,
  publishOutputs,
  type Summary,
  writeSummary,
} from '../../src/keeper-action/outputs.js';
import { secondsAfter } from '../../src/lib/time.js';
import type { TokenReply } from '../../src/oauth/token-reply.js';
import { CONTRACT_OUTPUTS } from '../helpers/contract.js';
import { keeperSummary } from '../helpers/keeper-summary.js';
import { phoneProblems, viewSummary } from '../helpers/phone-summary.js';

const ACCESS = 'ya29.a0AfB_access-token-value-0123456789';
const REFRESH = 'c2d0f6a8b7e94c1d8a3b5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5c7b9a1f3e5d7c';
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

const ISSUED_AT = new Date('2026-11-24T10:00:00.000Z');

function reply(overrides: Partial<TokenReply> = {}): TokenReply {
  return {
    accessToken: ACCESS,
    expiresIn: 3600,
    refreshToken: REFRESH,
    scopes: ['activity', 'sleep'],
    tokenType: 'Bearer',
    userId: '26FWFL',
    refreshTokenExpiresIn: 604800,
    ...overrides,
  };
}

function result(overrides: Partial<PublishedOutcome> = {}): PublishedOutcome {
  return {
    reply: reply(),
    secretUpdated: true,
    issuedAt: ISSUED_AT,
    grantExpiresAt: new Date('2026-12-01T10:00:00.000Z'),
    ...overrides,
  };
}

describe('outputValues', () => {
  it('gives every output of the contract, and nothing else', () => {
    expect(Object.keys(outputValues(result())).sort()).toEqual([...CONTRACT_OUTPUTS].sort());
  });

  it('states every fact of a full reply', () => {
    expect(outputValues(result())).toEqual({
      'access-token': ACCESS,
      'expires-in': '3600',
      'expires-at': '2026-11-24T11:00:00Z',
      scope: 'activity sleep',
      'user-id': '26FWFL',
      'refresh-token-expires-at': '2026-12-01T10:00:00Z',
      'token-type': 'Bearer',
      'grant-expires-at': '2026-12-01T10:00:00Z',
      'secret-updated': 'true',
    });
  });

  it('writes times as ISO 8601 in UTC without milliseconds', () => {
    const values = outputValues(
      result({
        issuedAt: new Date('2026-11-24T23:30:15.789+02:00'),
        reply: reply({ expiresIn: 28800, refreshTokenExpiresIn: 86400 }),
        grantExpiresAt: new Date('2026-11-30T12:00:00.5-05:00'),
      }),
    );
    expect(values['expires-at']).toBe('2026-11-25T05:30:15Z');
    expect(values['refresh-token-expires-at']).toBe('2026-11-25T21:30:15Z');
    expect(values['grant-expires-at']).toBe('2026-11-30T17:00:00Z');
    for (const name of ['expires-at', 'refresh-token-expires-at', 'grant-expires-at']) {
      expect(values[name]).toMatch(ISO_UTC);
    }
  });

  it('leaves unknown facts empty', () => {
    const values = outputValues(
      result({
        reply: reply({
          expiresIn: undefined,
          refreshToken: undefined,
          scopes: [],
          userId: undefined,
          refreshTokenExpiresIn: undefined,
        }),
        secretUpdated: false,
        grantExpiresAt: undefined,
      }),
    );
    expect(values).toEqual({
      'access-token': ACCESS,
      'expires-in': '',
      'expires-at': '',
      scope: '',
      'user-id': '',
      'refresh-token-expires-at': '',
      'token-type': 'Bearer',
      'grant-expires-at': '',
      'secret-updated': 'false',
    });
  });

  it('says secret-updated true only when the secret was written', () => {
    expect(outputValues(result({ secretUpdated: true }))['secret-updated']).toBe('true');
    expect(outputValues(result({ secretUpdated: false }))['secret-updated']).toBe('false');
  });

  it('never hands out the refresh token', () => {
    expect(Object.values(outputValues(result()))).not.toContain(REFRESH);
    expect(JSON.stringify(outputValues(result()))).not.toContain(REFRESH);
  });
});

describe('secondsAfter', () => {
  it('adds seconds, and keeps unknown unknown', () => {
    expect(secondsAfter(ISSUED_AT, 90)?.toISOString()).toBe('2026-11-24T10:01:30.000Z');
    expect(secondsAfter(ISSUED_AT, undefined)).toBeUndefined();
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e13, -1e13])(
    'gives no date, never an invalid one, for %s seconds',
    (seconds) => {
      expect(secondsAfter(ISSUED_AT, seconds)).toBeUndefined();
    },
  );

  it('gives no date after an invalid start', () => {
    expect(secondsAfter(new Date(Number.NaN), 60)).toBeUndefined();
  });
});

describe('outputValues with numbers no date can hold', () => {
  it('leaves the instants empty instead of throwing', () => {
    const values = outputValues(
      result({
        reply: reply({ expiresIn: 1e13, refreshTokenExpiresIn: Number.NaN }),
        grantExpiresAt: new Date(Number.NaN),
      }),
    );
    expect(values['expires-in']).toBe('10000000000000');
    expect(values['expires-at']).toBe('');
    expect(values['refresh-token-expires-at']).toBe('');
    expect(values['grant-expires-at']).toBe('');
  });
});

describe('publishOutputs', () => {
  function fakeCore() {
    const outputs: Record<string, string> = {};
    const exported: [string, string][] = [];
    const core: OutputCore = {
      setOutput: (name, value) => {
        outputs[name] = String(value);
      },
      exportVariable: (name, value) => {
        exported.push([name, String(value)]);
      },
    };
    return { core, outputs, exported };
  }

  it('sets every output and exports the access token under the chosen name', () => {
    const { core, outputs, exported } = fakeCore();
    publishOutputs(core, result(), 'FITBIT_ACCESS_TOKEN');
    expect(outputs).toEqual(outputValues(result()));
    expect(exported).toEqual([['FITBIT_ACCESS_TOKEN', ACCESS]]);
  });

  it('exports nothing when no variable is wanted', () => {
    const { core, outputs, exported } = fakeCore();
    publishOutputs(core, result(), undefined);
    expect(Object.keys(outputs).sort()).toEqual([...CONTRACT_OUTPUTS].sort());
    expect(exported).toEqual([]);
  });
});

describe('writeSummary', () => {
  function fakeSummary() {
    const text: string[] = [];
    let written = 0;
    const summary = {
      addHeading(heading: string) {
        text.push(heading);
        return summary;
      },
      addTable(rows: unknown[][]) {
        text.push(JSON.stringify(rows));
        return summary;
      },
      addRaw(raw: string) {
        text.push(raw);
        return summary;
      },
      async write() {
        written++;
        return summary;
      },
    };
    return {
      summary: summary as unknown as Summary,
      text: () => text.join('\n'),
      written: () => written,
    };
  }

  it('writes provider, secret, rotation, expiry and scopes, and never a token', async () => {
    const fake = fakeSummary();
    await writeSummary(fake.summary, {
      provider: 'legacy Fitbit Web API',
      secret: 'FITBIT_REFRESH_TOKEN (repository octo/repo)',
      result: result(),
      notes: ['The grant is expected to expire soon.'],
    });
    const text = fake.text();
    expect(fake.written()).toBe(1);
    expect(text).toContain('legacy Fitbit Web API');
    expect(text).toContain('FITBIT_REFRESH_TOKEN (repository octo/repo)');
    expect(text).toContain('rotated: the new one is stored');
    expect(text).toContain('Tue 24 Nov, 11:00 UTC');
    expect(text).toContain('activity, sleep');
    expect(text).toContain('Tue 1 Dec, 10:00 UTC');
    expect(text).toContain('The grant is expected to expire soon.');
    expect(text).not.toContain(ACCESS);
    expect(text).not.toContain(REFRESH);
  });

  it("shows Google's scope URLs without their common prefix, for a phone-width table", async () => {
    const fake = fakeSummary();
    await writeSummary(fake.summary, {
      provider: 'Google OAuth 2.0 (Google Health API)',
      secret: 'FITBIT_REFRESH_TOKEN',
      result: result({
        reply: reply({
          scopes: ['openid', 'https://www.googleapis.com/auth/googlehealth.sleep.readonly'],
        }),
      }),
      notes: [],
    });
    expect(fake.text()).toContain('openid, googlehealth.sleep.readonly');
  });

  it('says when the secret was left unchanged and facts are unknown', async () => {
    const fake = fakeSummary();
    await writeSummary(fake.summary, {
      provider: 'Google OAuth 2.0 (Google Health API)',
      secret: 'FITBIT_REFRESH_TOKEN',
      result: result({
        secretUpdated: false,
        reply: reply({ expiresIn: undefined, scopes: [], refreshToken: undefined }),
        grantExpiresAt: undefined,
      }),
      notes: [],
    });
    const text = fake.text();
    expect(text).toContain('unchanged: the provider keeps it valid');
    expect(text).toContain('not stated by the provider');
    expect(text).toContain('unknown');
    expect(text).not.toContain(ACCESS);
  });

  it('writes a summary for a dry run without a result', async () => {
    const fake = fakeSummary();
    await writeSummary(fake.summary, {
      provider: 'legacy Fitbit Web API',
      secret: 'FITBIT_REFRESH_TOKEN',
      result: undefined,
      notes: ['Dry run: no token was exchanged.'],
    });
    expect(fake.written()).toBe(1);
    expect(fake.text()).toContain('Dry run: no token was exchanged.');
    expect(fake.text()).not.toContain('Refresh token rotated');
  });
});

describe('writeSummary with hostile text, through the real summary of @actions/core', () => {
  const TAG_BREAKOUT = '</td></tr></table><img src=x onerror=alert(1)>';
  const MARKDOWN = '| ** [x](javascript:alert(1)) ![p](https://tracker.example/p.png) `code`';
  const NOTE = 'GitHub said: </blockquote>\n\n# Not ours\r\n[click](javascript:alert(1))\u2028end';
  let folder = '';

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'ftk-summary-'));
    const file = join(folder, 'summary');
    await writeFile(file, '');
    vi.stubEnv('GITHUB_STEP_SUMMARY', file);
  });

  afterEach(async () => {
    vi.unstubAllEnvs();
    await rm(folder, { recursive: true, force: true });
  });

  async function written(facts: Parameters<typeof writeSummary>[1]): Promise<string> {
    // A fresh instance: core.summary caches the file path of the first use.
    const SummaryClass = actionsCore.summary.constructor as new () => Summary;
    await writeSummary(new SummaryClass(), facts);
    return readFile(join(folder, 'summary'), 'utf8');
  }

  it('keeps markup in scopes, provider, secret and notes as text: no tag, cell, row, link or line', async () => {
    const summary = await written({
      provider: `custom <b>${TAG_BREAKOUT}`,
      secret: `SECRET (environment 'prod\n\n<script>x</script>' of octo/repo)`,
      result: result({ reply: reply({ scopes: [TAG_BREAKOUT, MARKDOWN, 'activity'] }) }),
      notes: [NOTE],
    });
    expect(summaryProblems(summary)).toEqual([]);
    expect(summary).not.toMatch(/<img|<\/?table>.*<\/?table>.*<\/?table>|<script|<b>/i);
    expect(summaryNotes(summary)).toHaveLength(1);
  });

  it('still shows the hostile text, readable, in the cell it belongs to', async () => {
    const summary = await written({
      provider: 'Google',
      secret: 'SECRET',
      result: result({ reply: reply({ scopes: [TAG_BREAKOUT, MARKDOWN] }) }),
      notes: [],
    });
    const scopes = summaryRows(summary).find(([item]) => item === 'Scopes');
    expect(scopes).toEqual(['Scopes', `${TAG_BREAKOUT}, ${MARKDOWN}`]);
  });
});

describe("the keeper's success summary on a phone", () => {
  const GOOGLE_SCOPES = [
    'openid',
    'activity_and_fitness',
    'health_metrics_and_measurements',
    'sleep',
    'nutrition',
  ].map((area) =>
    area === 'openid' ? area : `https://www.googleapis.com/auth/googlehealth.${area}.readonly`,
  );

  it('is label/value lines, no table, that fit the 340 px column', async () => {
    const summary = await keeperSummary({
      provider: 'Google OAuth 2.0 (Google Health API)',
      secret: 'FITBIT_REFRESH_TOKEN_ALICE_HEALTH (environment production of octo/health-data)',
      result: result({ reply: reply({ scopes: GOOGLE_SCOPES }) }),
      notes: [],
    });
    const view = viewSummary(summary);
    expect(view.tables).toEqual([]);
    expect(phoneProblems(summary, 2)).toEqual([]);
    expect(summaryProblems(summary)).toEqual([]);
    expect(view.tags.filter((tag) => tag === 'li')).toHaveLength(6);
    expect(summaryRows(summary).map(([label]) => label)).toEqual([
      'Provider',
      'Refresh token secret',
      'Refresh token',
      'Access token expires',
      'Scopes',
      'Grant expires',
    ]);
  });

  it('lets long values wrap: they sit in list items, whose text breaks, never in a table cell', async () => {
    const summary = await keeperSummary({
      provider: 'Google OAuth 2.0 (Google Health API)',
      secret: 'FITBIT_REFRESH_TOKEN',
      result: result({ reply: reply({ scopes: GOOGLE_SCOPES }) }),
      notes: [],
    });
    const items = elementsIn(renderAsGitHub(summary)).filter((element) => element.tagName === 'li');
    const scopes = items.find((item) => textOf(item).startsWith('Scopes:'));
    // The scopes are one line of text, broken at each ", ": the longest piece is one scope.
    expect(textOf(scopes ?? items[0] ?? renderAsGitHub(''))).toContain(
      'googlehealth.activity_and_fitness.readonly, googlehealth.health_metrics_and_measurements.readonly',
    );
    expect(elementsIn(renderAsGitHub(summary)).map((element) => element.tagName)).not.toContain(
      'td',
    );
  });
});
