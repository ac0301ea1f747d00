/**
 * The Google Health API simulator behaves as the reference and live probes say
 * the API does: filters (civil time on the person's own clock), page caps (5,000
 * whatever pageSize asks), page tokens (an empty page may carry one), newest
 * first, the live density of intraday heart rate, roll-up range caps, int64 as
 * strings, Google's errors, scopes, the per-user limit, late syncs, gaps versus
 * true zeros, daylight saving time, a traveller, naps, and the same data for a seed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type HealthSim, type HealthSimOptions, startHealthSim } from '../../sim/google-health.js';
import { nextDay, SimulatedPerson } from '../../sim/health-data.js';

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

  it('pages intraday heart rate at 1,440 by default and 5,000 at most whatever pageSize asks, int64 as strings', async () => {
    await start();
    const filter =
      'heart_rate.sample_time.civil_time >= "2026-06-01" AND heart_rate.sample_time.civil_time < "2026-06-02"';
    expect((await list('heart-rate', { filter })).json.dataPoints).toHaveLength(1440);
    const big = await list('heart-rate', { filter, pageSize: '10000' });
    expect(big.json.dataPoints).toHaveLength(5_000);
    expect(typeof big.json.dataPoints[0].heartRate.beatsPerMinute).toBe('string');
    expect(big.json.nextPageToken).toBeTruthy();
    let total = big.json.dataPoints.length;
    let token = big.json.nextPageToken as string | undefined;
    while (token) {
      const next = await list('heart-rate', { filter, pageSize: '10000', pageToken: token });
      expect(next.json.dataPoints.length).toBeLessThanOrEqual(5_000);
      total += next.json.dataPoints.length;
      token = next.json.nextPageToken;
    }
    expect(total).toBe(sim.listedCount('heart-rate', '2026-06-01', '2026-06-01'));
  });

  it('holds intraday heart rate at the live density: a sample every ~2 s awake and in exercise, about 37,000 a day', async () => {
    await start();
    const counts = ['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05'].map(
      (day) => sim.listedCount('heart-rate', day, day),
    );
    for (const count of counts) expect(count).toBeGreaterThan(30_000);
    expect(Math.max(...counts)).toBeGreaterThan(35_000);
    expect(Math.max(...counts)).toBeLessThan(45_000);
    const { times } = sim.person.heartRateDay('2026-06-03');
    const gaps = Array.from(
      times.subarray(1),
      (time, index) => (time - (times[index] ?? 0)) / 1000,
    );
    const sorted = [...gaps].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBe(2); // the median gap
    const workout = sim.person.workout('2026-06-03');
    if (workout) {
      const inWorkout = gaps.filter(
        (_gap, index) => (times[index] ?? 0) >= workout.start && (times[index] ?? 0) < workout.end,
      );
      expect(Math.max(...inWorkout)).toBeLessThanOrEqual(3);
    }
  });

  it('answers an empty page that still carries a token where its scan crosses a whole day without a sample', async () => {
    await start({ timeZone: 'UTC', sampleSeconds: 60 });
    sim.setDay('2026-06-02', 'off-wrist');
    const filter =
      'heart_rate.sample_time.civil_time >= "2026-06-01" AND heart_rate.sample_time.civil_time < "2026-06-04"';
    const pages: number[] = [];
    const tokens: boolean[] = [];
    let token: string | undefined;
    do {
      const page = await list('heart-rate', {
        filter,
        pageSize: '10000',
        ...(token ? { pageToken: token } : {}),
      });
      pages.push(page.json.dataPoints?.length ?? 0);
      token = page.json.nextPageToken;
      tokens.push(token !== undefined);
    } while (token);
    // The 3rd (newest first), the empty 2nd that still says "more", then the 1st.
    expect(pages).toEqual([1400, 0, 1400]);
    expect(tokens).toEqual([true, true, false]);
  });

  it("selects by the person's own clock with the civil-time filters, and gives every point its own offset", async () => {
    await start({ timeZone: 'America/Los_Angeles', sampleSeconds: 60 });
    const { json } = await list('heart-rate', {
      filter:
        'heart_rate.sample_time.civil_time >= "2026-11-05" AND heart_rate.sample_time.civil_time < "2026-11-06"',
      pageSize: '5000',
    });
    const times = json.dataPoints.map((point: Json) => point.heartRate.sampleTime.physicalTime);
    // Newest first: the evening of the 5th in Los Angeles is the morning of the 6th in UTC.
    expect(times[0]).toBe('2026-11-06T07:59:00Z');
    expect(times.at(-1)).toBe('2026-11-05T08:00:00Z');
    expect(
      new Set(json.dataPoints.map((point: Json) => point.heartRate.sampleTime.utcOffset)),
    ).toEqual(new Set(['-28800s']));
    expect(json.dataPoints[0].heartRate.sampleTime.civilTime).toEqual({
      date: { year: 2026, month: 11, day: 5 },
      time: { hours: 23, minutes: 59 },
    });
    const sleep = await list('sleep', {
      filter:
        'sleep.interval.civil_end_time >= "2026-11-05" AND sleep.interval.civil_end_time < "2026-11-06T00:00:00"',
    });
    for (const point of sleep.json.dataPoints) {
      expect(point.sleep.interval.civilEndTime.date).toEqual({ year: 2026, month: 11, day: 5 });
      expect(point.sleep.interval.endUtcOffset).toBe('-28800s');
    }
    const weight = await list('weight', {
      filter:
        'weight.sample_time.civil_time >= "2026-11-01" AND weight.sample_time.civil_time < "2026-12-01"',
    });
    expect(weight.json.dataPoints.length).toBeGreaterThan(3);
    for (const point of weight.json.dataPoints) {
      expect(point.weight.sampleTime.civilTime.date).toMatchObject({ year: 2026, month: 11 });
    }
  });

  it('follows a traveller: the day of a flight west lasts 33 hours, its samples on both clocks', async () => {
    // From Berlin to Los Angeles at 10:00 Berlin time (01:00 in Los Angeles) on 10 June.
    await start({
      timeZone: 'Europe/Berlin',
      sampleSeconds: 60,
      moves: [{ at: '2026-06-10T08:00:00Z', timeZone: 'America/Los_Angeles' }],
    });
    const day = sim.person.heartRateDay('2026-06-10');
    const first = day.times[0] ?? 0;
    const last = day.times[day.times.length - 1] ?? 0;
    expect(new Date(first).toISOString()).toBe('2026-06-09T22:00:00.000Z');
    expect(new Date(last).toISOString()).toBe('2026-06-11T06:59:00.000Z');
    expect(sim.person.utcOffset(first)).toBe('7200s');
    expect(sim.person.utcOffset(last)).toBe('-25200s');
    expect(sim.listedCount('heart-rate', '2026-06-10', '2026-06-10')).toBe(33 * 60 - 40);
  });

  it('has naps apart from nights: some days a nap, some days only a nap', async () => {
    await start();
    let naps = 0;
    let napOnly = 0;
    for (let day = '2026-01-01'; day <= '2026-12-31'; day = nextDay(day)) {
      const sessions = sim.person.sleepSessions(day);
      naps += sessions.filter((session) => session.nap).length;
      if (sessions.length > 0 && sessions.every((session) => session.nap)) napOnly += 1;
    }
    expect(naps).toBeGreaterThan(30);
    expect(napOnly).toBeGreaterThan(2);
    const { json } = await list('sleep', {
      filter: sleepFilter('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'),
    });
    const flagged = json.dataPoints.filter((point: Json) => point.sleep.metadata.nap);
    for (const nap of flagged) expect(nap.sleep.type).toBe('CLASSIC');
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
    await start({ timeZone: 'Europe/Berlin', sampleSeconds: 60 });
    const count = async (day: string, after: string) =>
      (
        await list('heart-rate', {
          filter: `heart_rate.sample_time.civil_time >= "${day}" AND heart_rate.sample_time.civil_time < "${after}"`,
          pageSize: '10000',
        })
      ).json.dataPoints.length;
    // A shower of 40 minutes each day takes 40 samples off.
    expect(await count('2026-10-25', '2026-10-26')).toBe(25 * 60 - 40);
    expect(await count('2026-03-29', '2026-03-30')).toBe(23 * 60 - 40);
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

describe("the simulated person: figures that agree with each other, as a watch's do", () => {
  it("a day's lowest heart rate (asleep) is below its resting heart rate, its average above", () => {
    const person = new SimulatedPerson({
      seed: 7,
      timeZone: 'Europe/Berlin',
      firstDay: '2026-01-01',
    });
    let day = '2026-03-01';
    let checked = 0;
    for (let index = 0; index < 30; index++, day = nextDay(day)) {
      const resting = person.restingHeartRate(day);
      const rollUp = person.rolledUp('heart-rate', day, Number.POSITIVE_INFINITY) as
        | { heartRate: { beatsPerMinuteMin: number; beatsPerMinuteAvg: number } }
        | undefined;
      if (resting === undefined || rollUp === undefined) continue;
      expect(rollUp.heartRate.beatsPerMinuteMin, day).toBeLessThan(resting);
      expect(rollUp.heartRate.beatsPerMinuteAvg, day).toBeGreaterThan(resting);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(25); // a few days off the wrist at most
  });
});
