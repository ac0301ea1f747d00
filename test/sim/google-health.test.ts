/**
 * The Google Health API simulator behaves as the reference says the API does:
 * filters, page caps, page tokens, newest first, roll-up range caps, int64 as
 * strings, Google's errors, scopes, the per-user limit, late syncs, gaps
 * versus true zeros, daylight saving time, and the same data for a seed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type HealthSim, type HealthSimOptions, startHealthSim } from '../../sim/google-health.js';

const ALL = [
  'activity_and_fitness.readonly',
  'sleep.readonly',
  'health_metrics_and_measurements.readonly',
];

let sim: HealthSim;
afterEach(async () => {
  await sim?.close();
});

async function start(options: HealthSimOptions = {}, scopes = ALL): Promise<HealthSim> {
  sim = await startHealthSim({ seed: 3, ...options });
  sim.addToken('token', scopes);
  return sim;
}

// biome-ignore lint/suspicious/noExplicitAny: the answers are read by the shapes the reference gives them
type Json = Record<string, any>;

async function list(path: string, query: Record<string, string>, token = 'token') {
  const url = `${sim.url}/v4/users/me/dataTypes/${path}/dataPoints?${new URLSearchParams(query)}`;
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Json };
}

async function rollUp(path: string, start: number[], end: number[], token = 'token') {
  const date = ([year, month, day]: number[]) => ({ date: { year, month, day } });
  const res = await fetch(`${sim.url}/v4/users/me/dataTypes/${path}/dataPoints:dailyRollUp`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ range: { start: date(start), end: date(end) }, windowSizeDays: 1 }),
  });
  return { status: res.status, json: (await res.json()) as Json };
}

const sleepFilter = (from: string, to: string) =>
  `sleep.interval.end_time >= "${from}" AND sleep.interval.end_time < "${to}"`;

describe('Google Health simulator: listings', () => {
  it('accepts only >= and < joined by AND on snake_case fields: anything else is INVALID_DATA_POINT_FILTER', async () => {
    await start();
    const ok = await list('sleep', {
      filter: sleepFilter('2026-11-01T00:00:00Z', '2026-11-03T00:00:00Z'),
    });
    expect(ok.status).toBe(200);
    for (const filter of [
      'sleep.interval.end_time > "2026-11-01T00:00:00Z" AND sleep.interval.end_time < "2026-11-03T00:00:00Z"',
      'sleep.interval.end_time >= "2026-11-01T00:00:00Z" OR sleep.interval.end_time < "2026-11-03T00:00:00Z"',
      'sleep.interval.end-time >= "2026-11-01T00:00:00Z"',
      'sleep.interval.start_time >= "2026-11-01T00:00:00Z"',
      'sleep.interval.end_time >= "2026-11-01"',
    ]) {
      const refused = await list('sleep', { filter });
      expect(refused.status, filter).toBe(400);
      expect(refused.json.error.status).toBe('INVALID_ARGUMENT');
      expect(refused.json.error.details[0].reason, filter).toBe('INVALID_DATA_POINT_FILTER');
    }
  });

  it('caps sleep pages at 25, follows its own page tokens, newest first, and refuses a token of another query', async () => {
    await start();
    const filter = sleepFilter('2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z');
    const first = await list('sleep', { filter, pageSize: '100' });
    expect(first.json.dataPoints).toHaveLength(25);
    const ends = first.json.dataPoints.map((point: Json) => point.sleep.interval.startTime);
    expect([...ends].sort().reverse()).toEqual(ends);
    let token = first.json.nextPageToken as string | undefined;
    let total = first.json.dataPoints.length;
    while (token) {
      const page = await list('sleep', { filter, pageSize: '100', pageToken: token });
      total += page.json.dataPoints.length;
      token = page.json.nextPageToken;
    }
    expect(total).toBe(sim.listedCount('sleep', '2026-01-01', '2026-02-28'));
    const foreign = await list('sleep', {
      filter: sleepFilter('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'),
      pageToken: first.json.nextPageToken,
    });
    expect(foreign.status).toBe(400);
  });

  it('pages intraday heart rate at 1,440 by default and 10,000 at most, int64 as strings', async () => {
    await start();
    const filter =
      'heart_rate.sample_time.physical_time >= "2026-06-01T00:00:00Z" AND heart_rate.sample_time.physical_time < "2026-06-09T00:00:00Z"';
    expect((await list('heart-rate', { filter })).json.dataPoints).toHaveLength(1440);
    const big = await list('heart-rate', { filter, pageSize: '20000' });
    expect(big.json.dataPoints).toHaveLength(10_000);
    expect(typeof big.json.dataPoints[0].heartRate.beatsPerMinute).toBe('string');
    expect(big.json.nextPageToken).toBeTruthy();
  });

  it('lists daily summaries by date', async () => {
    await start();
    const filter =
      'daily_resting_heart_rate.date >= "2026-11-01" AND daily_resting_heart_rate.date < "2026-11-08"';
    const { json } = await list('daily-resting-heart-rate', { filter });
    expect(json.dataPoints.length).toBeGreaterThan(4);
    expect(json.dataPoints[0].dailyRestingHeartRate.date).toMatchObject({ year: 2026, month: 11 });
    expect(json.dataPoints[0].dailyRestingHeartRate.beatsPerMinute).toMatch(/^\d+$/);
  });
});

describe('Google Health simulator: daily roll-ups', () => {
  it('refuses ranges beyond 90 days, or 14 for heart rate', async () => {
    await start();
    expect((await rollUp('steps', [2026, 1, 1], [2026, 4, 1])).status).toBe(200); // 90 days
    const wide = await rollUp('steps', [2026, 1, 1], [2026, 4, 2]);
    expect(wide.status).toBe(400);
    expect(wide.json.error.message).toMatch(/maximum range for steps is 90 days/);
    expect((await rollUp('heart-rate', [2026, 1, 1], [2026, 1, 15])).status).toBe(200);
    expect((await rollUp('heart-rate', [2026, 1, 1], [2026, 1, 16])).status).toBe(400);
  });

  it('leaves out a day off the wrist, and answers 0 for a worn day without a step', async () => {
    await start();
    sim.setDay('2026-11-02', 'off-wrist');
    sim.setDay('2026-11-03', 'zero-steps');
    const { json } = await rollUp('steps', [2026, 11, 1], [2026, 11, 5]);
    const byDay = new Map<number, string>(
      json.rollupDataPoints.map((point: Json) => [
        point.civilStartTime.date.day,
        point.steps.countSum,
      ]),
    );
    expect([...byDay.keys()]).toEqual([4, 3, 1]); // newest first, the 2nd missing
    expect(byDay.get(3)).toBe('0');
    expect(Number(byDay.get(1))).toBeGreaterThan(1000);
  });

  it('holds back what has not synced yet, and serves it after a sync', async () => {
    const noon = Date.parse('2026-11-20T11:00:00Z'); // 12:00 in Berlin
    await start({ syncedUntil: noon });
    const before = await rollUp('steps', [2026, 11, 20], [2026, 11, 21]);
    sim.syncUntil(Date.parse('2026-11-21T00:00:00Z'));
    const after = await rollUp('steps', [2026, 11, 20], [2026, 11, 21]);
    expect(Number(after.json.rollupDataPoints[0].steps.countSum)).toBeGreaterThan(
      Number(before.json.rollupDataPoints[0].steps.countSum),
    );
  });

  it('follows daylight saving time: 25 hours of samples on the autumn day, 23 in spring', async () => {
    await start({ timeZone: 'Europe/Berlin' });
    const count = async (from: string, to: string) =>
      (
        await list('heart-rate', {
          filter: `heart_rate.sample_time.physical_time >= "${from}" AND heart_rate.sample_time.physical_time < "${to}"`,
          pageSize: '10000',
        })
      ).json.dataPoints.length;
    // A shower of 40 minutes each day takes 40 samples off.
    expect(await count('2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z')).toBe(25 * 60 - 40);
    expect(await count('2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z')).toBe(23 * 60 - 40);
    const samples = (
      await list('heart-rate', {
        filter: `heart_rate.sample_time.physical_time >= "2026-10-25T00:30:00Z" AND heart_rate.sample_time.physical_time < "2026-10-25T01:30:00Z"`,
      })
    ).json.dataPoints.map((point: Json) => point.heartRate.sampleTime.utcOffset);
    expect(new Set(samples)).toEqual(new Set(['7200s', '3600s']));
  });
});

describe('Google Health simulator: tokens, limits, determinism', () => {
  it("answers 401 for an unknown token and 403 for a scope the token lacks, in Google's shape", async () => {
    await start({}, ['activity_and_fitness.readonly']);
    const filter = sleepFilter('2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z');
    const unknown = await list('sleep', { filter }, 'not-a-token');
    expect(unknown.status).toBe(401);
    expect(unknown.json.error).toMatchObject({ code: 401, status: 'UNAUTHENTICATED' });
    const noScope = await list('sleep', { filter });
    expect(noScope.status).toBe(403);
    expect(noScope.json.error.details[0].reason).toBe('ACCESS_TOKEN_SCOPE_INSUFFICIENT');
    expect((await rollUp('steps', [2026, 11, 1], [2026, 11, 2])).status).toBe(200);
  });

  it('answers 429 with Retry-After beyond the per-user limit, until the window frees', async () => {
    let now = 1_000_000;
    await start({ perUserLimit: { requests: 3, windowMs: 60_000 }, now: () => now });
    const ask = () => rollUp('steps', [2026, 11, 1], [2026, 11, 2]);
    for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
    now += 10_000;
    const limited = await fetch(`${sim.url}/v4/users/me/dataTypes/steps/dataPoints:dailyRollUp`, {
      method: 'POST',
      headers: { authorization: 'Bearer token' },
      body: JSON.stringify({
        range: {
          start: { date: { year: 2026, month: 11, day: 1 } },
          end: { date: { year: 2026, month: 11, day: 2 } },
        },
      }),
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('50');
    expect(((await limited.json()) as Json).error.status).toBe('RESOURCE_EXHAUSTED');
    expect(sim.rateLimited).toBe(1);
    now += 50_000;
    expect((await ask()).status).toBe(200);
  });

  it('serves the same data for the same seed, and other data for another', async () => {
    const body = async (seed: number) => {
      await start({ seed });
      const { json } = await rollUp('steps', [2026, 5, 1], [2026, 5, 31]);
      await sim.close();
      return JSON.stringify(json);
    };
    expect(await body(11)).toBe(await body(11));
    expect(await body(11)).not.toBe(await body(12));
  });
});
