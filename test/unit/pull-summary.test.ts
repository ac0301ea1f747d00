/**
 * The pull's job summary as GitHub shows it (sim/markdown.ts) in a phone's
 * 340 px column: a heading that says whether the pull succeeded, a failure's
 * reason said once, the days each type holds and through which day, what the
 * next run does, no table wider than three columns or than the column, the
 * last days' figures only when asked for, and the public-repository refusal.
 */
import { describe, expect, it } from 'vitest';
import type { DailyRow } from '../../src/health/daily-csv.js';
import { DATA_TYPES, DEFAULT_TYPES, dataTypeNamed } from '../../src/health/data-types.js';
import type { PullResult, TypeOutcome } from '../../src/health/pull.js';
import { lastDaysFigures, readingOf } from '../../src/pull-action/figures.js';
import {
  failureSummaryText,
  figuresTable,
  HEADINGS,
  type PullSummaryFacts,
  pullSummaryText,
  refusalSummaryText,
} from '../../src/pull-action/summary.js';
import { phoneProblems, viewSummary } from '../helpers/phone-summary.js';

/** Google's 401 as the pull words it: 360 characters that once filled every row of a table. */
const REFUSED_TOKEN =
  'The Google Health API answered HTTP 401 UNAUTHENTICATED: Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. The access token is not valid (expired, revoked, or not a Google Health API token): run the keeper step first in the same job, so that FITBIT_ACCESS_TOKEN holds a fresh one, or pass one in access-token.';

/** Ten days of figures, each value one the summary may show only when asked. */
const ROWS: DailyRow[] = Array.from({ length: 10 }, (_, index) => ({
  date: `2026-11-${String(21 + index).padStart(2, '0')}`,
  values: {
    steps: String(8017 + index * 331),
    sleep_minutes: String(371 + index * 3),
    ...(index % 4 === 0 ? { nap_minutes: String(20 + index) } : {}),
    resting_heart_rate_bpm: String(55 + (index % 3)),
    heart_rate_min_bpm: String(47 + (index % 2)),
    heart_rate_avg_bpm: (70.3 + index / 10).toFixed(1),
    heart_rate_max_bpm: String(129 + index),
  },
}));

function outcome(type: string, more: Partial<TypeOutcome> = {}): TypeOutcome {
  return {
    type,
    days: 10,
    requests: 2,
    filesWritten: 10,
    completeThrough: '2026-11-30',
    failure: undefined,
    ...more,
  };
}

function facts(result: Partial<PullResult> = {}, more: Partial<PullSummaryFacts> = {}) {
  const types = DEFAULT_TYPES.map((type) => outcome(type.name));
  return {
    settings: {
      types: DEFAULT_TYPES,
      since: '2026-11-21',
      until: '2026-11-30',
      refetchDays: 3,
      maxRequests: 250,
    },
    result: {
      completeThrough: '2026-11-30',
      more: false,
      requests: 9,
      filesWritten: 43,
      types,
      rows: ROWS,
      held: new Map(DEFAULT_TYPES.map((type) => [type.name, 91])),
      ...result,
    },
    figures: false,
    redact: (text: string) => text,
    ...more,
  } satisfies PullSummaryFacts;
}

/** Every value of the data, as daily.csv holds it. */
const VALUES = ROWS.flatMap((row) => Object.values(row.values));

describe('a pull that succeeded', () => {
  const summary = pullSummaryText(facts());
  const view = viewSummary(summary);

  it('says so in its heading, and fits a phone', () => {
    expect(view.heading).toBe(HEADINGS.succeeded);
    expect(view.heading).toMatch(/succeeded/);
    expect(phoneProblems(summary)).toEqual([]);
  });

  it('says how many days each type holds and through which day, in three columns', () => {
    expect(view.tables).toEqual([
      [
        ['type', 'days held', 'through'],
        ['steps', '91', '2026-11-30'],
        ['sleep', '91', '2026-11-30'],
        ['daily-resting-heart-rate', '91', '2026-11-30'],
        ['heart-rate', '91', '2026-11-30'],
      ],
    ]);
  });

  it('says what the next run does', () => {
    expect(view.text).toContain(
      'Next: The next run goes on from 2026-12-01, and fetches the last 3 days again for late syncs.',
    );
    const stopped = viewSummary(
      pullSummaryText(
        facts({
          more: true,
          completeThrough: '2026-11-24',
          types: [outcome('steps'), outcome('sleep', { completeThrough: '2026-11-24' })],
        }),
      ),
    );
    expect(stopped.text).toContain(
      'max-requests (250) stopped this run with days left up to 2026-11-30: the next run goes on from 2026-11-25.',
    );
  });

  it('shows no value of the data unless the person asked for figures', () => {
    for (const value of VALUES) expect(view.text).not.toMatch(new RegExp(`\\b${value}\\b`));
    expect(view.text).not.toContain('Your last days');
  });
});

describe('a pull that failed', () => {
  const all = DEFAULT_TYPES.map((type) =>
    outcome(type.name, { failure: REFUSED_TOKEN, completeThrough: undefined, days: 0 }),
  );
  const summary = pullSummaryText(facts({ types: all, completeThrough: undefined, rows: [] }));
  const view = viewSummary(summary);

  it('says so in its heading', () => {
    expect(view.heading).toBe(HEADINGS.failed);
    expect(view.heading).toMatch(/failed/);
  });

  it('says the reason once, not once per type, outside any table, and fits a phone', () => {
    expect(view.text.split('HTTP 401')).toHaveLength(2);
    expect(view.text).toContain(`Why: ${REFUSED_TOKEN}`);
    for (const table of view.tables) expect(JSON.stringify(table)).not.toContain('401');
    expect(phoneProblems(summary)).toEqual([]);
  });

  it('names the failed types, and says that each keeps its days and where the next run goes on', () => {
    expect(view.tables[0]?.slice(1).map((row) => row[0])).toEqual(
      DEFAULT_TYPES.map((type) => `${type.name} (failed)`),
    );
    expect(view.text).toContain(
      'Each failed type keeps the days it held. Once the problem is fixed, the next run goes on from 2026-11-21.',
    );
  });

  it('says each different reason once, and which types the others are', () => {
    const forbidden = 'sleep: The Google Health API answered HTTP 403 PERMISSION_DENIED.';
    const types = [
      outcome('steps'),
      outcome('sleep', { failure: forbidden, completeThrough: '2026-11-20' }),
      outcome('heart-rate', { failure: REFUSED_TOKEN }),
      outcome('daily-resting-heart-rate', { failure: REFUSED_TOKEN }),
    ];
    const mixed = viewSummary(pullSummaryText(facts({ types })));
    expect(mixed.text.split('HTTP 401')).toHaveLength(2);
    expect(mixed.text.split('HTTP 403')).toHaveLength(2);
    expect(mixed.text).toContain('sleep, heart-rate, daily-resting-heart-rate failed; the other');
    expect(mixed.text).toContain('the next run goes on from 2026-11-21');
  });

  it("keeps the API's text as text: no tag, link, image or line of its own", () => {
    const hostile =
      'sleep: </p><img src=x onerror=alert(1)> [click](javascript:alert(1)) https://tracker.example/p _em_ `code`\n\n# Not ours';
    const types = [outcome('steps'), outcome('sleep', { failure: hostile })];
    const shown = viewSummary(pullSummaryText(facts({ types })));
    expect(
      shown.tags.filter(
        (tag) => !['h3', 'p', 'strong', 'table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(tag),
      ),
    ).toEqual([]);
    expect(shown.text).toMatch(
      /<\/p><img src=x onerror=alert\(1\)> \[click\]\(javascript:alert\(1\)\) https:\/\/tracker\.example\/p _em_ `code`\s+# Not ours/,
    );
  });

  it('hides what the redactor hides', () => {
    const types = [outcome('steps', { failure: 'steps: token ya29.secret-value was refused' })];
    const text = pullSummaryText(
      facts({ types }, { redact: (value) => value.replaceAll('ya29.secret-value', '***') }),
    );
    expect(text).not.toContain('ya29.secret-value');
    expect(viewSummary(text).text).toContain('steps: token *** was refused');
  });
});

describe('a run that failed before the pull', () => {
  it('says so, why, and what to do', () => {
    const view = viewSummary(
      failureSummaryText(
        "Input 'time-zone' 'Berlin' is not an IANA time zone",
        'Use a name such as Europe/Berlin.',
      ),
    );
    expect(view.heading).toBe(HEADINGS.failed);
    expect(view.text).toContain("Why: Input 'time-zone' 'Berlin' is not an IANA time zone");
    expect(view.text).toContain('Next: Use a name such as Europe/Berlin.');
    expect(view.tables).toEqual([]);
  });
});

describe('the public-repository refusal', () => {
  const view = viewSummary(refusalSummaryText());

  it('has a heading that says the pull was refused and why', () => {
    expect(view.heading).toMatch(/refused.*public/);
    expect(view.text).toMatch(/Why: Health data written here.*readable by anyone/);
  });

  it('says how to allow it, the input shown as code', () => {
    expect(view.text).toMatch(/To allow it: Keep your health data in a private repository/);
    expect(view.tags).toContain('code');
    expect(view.text).toContain('allow-public-repository: true');
  });
});

describe('summary: true, the last days as figures', () => {
  const summary = pullSummaryText(facts({}, { figures: true }));
  const view = viewSummary(summary);

  it('is a table of three columns that fits a phone: the newest day and the 7-day average', () => {
    expect(phoneProblems(summary)).toEqual([]);
    const figures = view.tables[1];
    expect(figures?.[0]).toEqual(['figure', '2026-11-30', '7-day average']);
    // steps: 8017 + 331 × 9 on the 30th; the average of the 24th to the 30th.
    const average = Math.round(
      [3, 4, 5, 6, 7, 8, 9].reduce((sum, i) => sum + 8017 + 331 * i, 0) / 7,
    );
    expect(figures?.[1]).toEqual(['steps', '10,996', average.toLocaleString('en-US')]);
    expect(figures?.[2]).toEqual(['sleep', '6 h 38 min', '6 h 29 min']);
    // Naps on the 25th and the 29th only: none on the newest day, their average over those two.
    expect(figures?.[3]).toEqual(['naps', '–', '26 min']);
    expect(figures?.[4]).toEqual(['resting heart rate', '55 bpm', '56 bpm']);
    expect(figures?.map((row) => row[0])).toEqual([
      'figure',
      'steps',
      'sleep',
      'naps',
      'resting heart rate',
      'lowest heart rate',
      'average heart rate',
      'highest heart rate',
    ]);
  });

  it('shows only the columns of the types pulled', () => {
    const steps = dataTypeNamed('steps');
    const lastDays = lastDaysFigures(ROWS, steps === undefined ? [] : [steps]);
    expect(lastDays?.figures.map((figure) => figure.label)).toEqual(['steps']);
    expect(lastDaysFigures([], DEFAULT_TYPES)).toBeUndefined();
    expect(figuresTable({ newest: '2026-11-30', figures: [] })).toMatch(/No figures/);
  });
});

describe('readingOf: a daily.csv column as a person reads it', () => {
  const column = (name: string) => {
    const found = DATA_TYPES.flatMap((type) => type.columns).find((each) => each.name === name);
    if (found === undefined) throw new Error(`the registry has no column ${name}`);
    return found;
  };

  it.each([
    ['resting_heart_rate_bpm', 58, 0, 'resting heart rate', '58 bpm'],
    ['heart_rate_avg_bpm', 71.36, 1, 'average heart rate', '71.4 bpm'],
    ['sleep_minutes', 402.4, 0, 'sleep', '6 h 42 min'],
    ['nap_minutes', 32, 0, 'naps', '32 min'],
    ['distance_km', 7.25, 2, 'distance', '7.25 km'],
    ['calories_kcal', 2140, 0, 'calories', '2,140 kcal'],
    ['hrv_ms', 41.5, 1, 'HRV', '41.5 ms'],
    ['spo2_percent', 96.2, 1, 'SpO₂', '96.2 %'],
    ['weight_kg', 71.3, 1, 'weight', '71.3 kg'],
    ['steps', 10234, 0, 'steps', '10,234'],
    ['floors', 12, 0, 'floors', '12'],
  ])('%s', (name, value, places, label, shown) => {
    const reading = readingOf(column(name));
    expect(reading.label).toBe(label);
    expect(reading.format(value, places)).toBe(shown);
  });
});
