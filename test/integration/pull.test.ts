/**
 * The pull in-process against the Google Health API simulator, on the fast
 * timing: the faults that need retries (500, 503, 504, a reset connection, a
 * 429 without Retry-After), a range the API calls too wide, a filter it
 * refuses, the per-user limit on a virtual clock; intraday samples at the live
 * density (pages of 5,000, a day at a time, planned from the density met,
 * max-requests with no day half-written); and the person's own days (a zone
 * that is not UTC, never set; a traveller).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type HealthSim, type HealthSimOptions, startHealthSim } from '../../sim/google-health.js';
import {
  type DataType,
  dataTypeNamed,
  type ListType,
  type RollUpType,
} from '../../src/health/data-types.js';
import { type PullResult, pull } from '../../src/health/pull.js';
import { readPullSettings } from '../../src/health/settings.js';
import type { PullTiming } from '../../src/health/timing.js';
import { createNetwork } from '../../src/lib/http.js';
import { Redactor } from '../../src/lib/redact.js';
import { FAST_PULL_TIMING } from '../helpers/fast-pull-timing.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const tempFolder = useTempFolders();
const ALL = [
  'activity_and_fitness.readonly',
  'sleep.readonly',
  'health_metrics_and_measurements.readonly',
];
const NOW = new Date('2026-12-02T10:00:00Z');

let sim: HealthSim;
afterEach(async () => {
  await sim?.close();
});

async function start(options: HealthSimOptions = {}): Promise<HealthSim> {
  sim = await startHealthSim({ seed: 5, ...options });
  sim.addToken('token', ALL);
  return sim;
}

interface Run {
  result: PullResult;
  info: string[];
  warnings: string[];
  folder: string;
}

async function run(
  values: Record<string, string>,
  options: {
    folder?: string;
    types?: DataType[];
    timing?: PullTiming;
    clock?: { now(): number; sleep(ms: number): Promise<void>; random(): number };
    /** Sees each progress line as the pull logs it, while it runs. */
    onInfo?: (line: string) => void;
  } = {},
): Promise<Run> {
  const base = options.folder ?? (await tempFolder('ftk-pull'));
  const settings = readPullSettings(
    (name) => ({ 'api-url': sim.url, 'time-zone': 'Europe/Berlin', ...values })[name],
    NOW,
    base,
  );
  const timing = options.timing ?? FAST_PULL_TIMING;
  const network = createNetwork(timing, undefined);
  const info: string[] = [];
  const warnings: string[] = [];
  try {
    const result = await pull(options.types ? { ...settings, types: options.types } : settings, {
      accessToken: 'token',
      network,
      timing,
      redactor: new Redactor(),
      log: {
        info: (line) => {
          info.push(line);
          options.onInfo?.(line);
        },
        warning: (line) => warnings.push(line),
      },
      ...(options.clock ? { clock: options.clock } : {}),
    });
    return { result, info, warnings, folder: base };
  } finally {
    await network.dispatcher.destroy();
  }
}

const dataApi = (_method: string, path: string) => path.includes('/dataPoints');

describe('pull: retries', () => {
  it('survives 500, 503, 504 and a reset connection, and counts every attempt', async () => {
    await start();
    sim.faults.push(
      { status: 500, match: dataApi },
      { status: 503, headers: { 'retry-after': '0' }, match: dataApi },
      { status: 504, match: dataApi },
      { reset: true, match: dataApi },
    );
    const { result } = await run({ types: 'steps', since: '2026-11-01', until: '2026-11-30' });
    expect(result.types[0]?.failure).toBeUndefined();
    expect(result.completeThrough).toBe('2026-11-30');
    // One roll-up of 30 days, four times refused on the way.
    expect(result.requests).toBe(5);
    expect(sim.requests.map((request) => request.status)).toEqual([500, 503, 504, undefined, 200]);
  });

  it('waits out a 429 that names no wait with backoff, and gives up on one that asks too long', async () => {
    await start();
    sim.faults.push({ status: 429, times: 2, match: dataApi });
    const { result } = await run({ types: 'steps', since: '2026-11-01', until: '2026-11-30' });
    expect(result.requests).toBe(3);
    expect(result.types[0]?.failure).toBeUndefined();

    sim.faults.push({ status: 429, headers: { 'retry-after': '3600' }, match: dataApi });
    const refused = await run({ types: 'steps', since: '2026-11-01', until: '2026-11-30' });
    expect(refused.result.types[0]?.failure).toMatch(
      /^steps: The Google Health API answered HTTP 429/,
    );
    expect(refused.result.requests).toBe(1);
  });
});

describe('pull: what the API refuses', () => {
  it('splits a roll-up range the API calls too wide, and keeps the narrower width', async () => {
    await start();
    // The registry believes heart rate takes 30 days; the API takes 14.
    const heartRate = { ...(dataTypeNamed('heart-rate') as RollUpType), rangeCapDays: 30 };
    const { result, warnings, folder } = await run(
      { since: '2026-09-01', until: '2026-11-29' },
      { types: [heartRate] },
    );
    expect(result.types[0]).toMatchObject({ failure: undefined, days: 90 });
    expect(warnings[0]).toMatch(
      /heart-rate: the API refused 30 days in one request; asking for \d+ at a time/,
    );
    const refusals = sim.requests.filter((request) => request.status === 400).length;
    expect(refusals).toBeGreaterThan(0);
    expect(refusals).toBeLessThanOrEqual(3); // learned once, not per range
    const file = JSON.parse(
      await readFile(join(folder, 'data/heart-rate/2026/2026-10-25.json'), 'utf8'),
    );
    expect(file.rollupDataPoints).toHaveLength(1);
  });

  it('fails only the type whose filter the API refuses, keeps its state, writes the others', async () => {
    await start();
    const broken: ListType = {
      ...(dataTypeNamed('sleep') as ListType),
      filter: { field: 'sleep.interval.civil-end-time' },
    };
    const steps = dataTypeNamed('steps') as DataType;
    const { result, folder } = await run(
      { since: '2026-11-20', until: '2026-11-30' },
      { types: [steps, broken] },
    );
    expect(result.types[0]?.failure).toBeUndefined();
    expect(result.types[1]?.failure).toMatch(
      /^sleep: The Google Health API answered HTTP 400 INVALID_DATA_POINT_FILTER: .*registry \(src\/health\/data-types\.ts\) needs correcting/,
    );
    const state = JSON.parse(await readFile(join(folder, 'data/.pull-state.json'), 'utf8'));
    expect(Object.keys(state.types)).toEqual(['steps']);
    expect(result.completeThrough).toBeUndefined();
  });
});

describe('pull: limits and pages', () => {
  it('never lets the per-user limit answer 429: 700 requests wait their turn (virtual clock)', async () => {
    let now = 0;
    const clock = {
      now: () => now,
      sleep: async (ms: number) => {
        now += ms;
      },
      random: () => 0.5,
    };
    await start({ now: () => now });
    const daily = { ...(dataTypeNamed('steps') as RollUpType), rangeCapDays: 1 };
    const { result } = await run(
      { since: '2024-12-01', until: '2026-10-31', 'max-requests': '1000' },
      {
        types: [daily],
        clock,
        timing: { ...FAST_PULL_TIMING, perUserLimit: { requests: 300, windowMs: 60_000 } },
      },
    );
    expect(result.requests).toBe(700);
    expect(sim.rateLimited).toBe(0);
    expect(now).toBe(120_000); // two windows waited out: the floor for 700 at 300 a minute
  });

  it('pages intraday samples at the live density a day at a time, and writes each day before asking for the next', async () => {
    await start();
    const folder = await tempFolder('ftk-pull');
    const file = (day: string) => join(folder, `data/heart-rate-samples/2026/${day}.json`);
    const seen: { line: string; requests: number; written: boolean }[] = [];
    const { result } = await run(
      { types: 'heart-rate-samples', since: '2026-11-01', until: '2026-11-02' },
      {
        folder,
        onInfo: (line) =>
          seen.push({
            line,
            requests: sim.requests.length,
            written: existsSync(file('2026-11-01')),
          }),
      },
    );
    const listings = sim.requests.map((request) => request.query.filter);
    const dayFilter = (day: string, after: string) =>
      `heart_rate.sample_time.civil_time >= "${day}" AND heart_rate.sample_time.civil_time < "${after}"`;
    const pages = (day: string) => Math.ceil(sim.listedCount('heart-rate', day, day) / 5_000);
    // One civil day a listing, every page of 5,000 followed: no more than a day is ever held.
    expect(listings).toEqual([
      ...Array(pages('2026-11-01')).fill(dayFilter('2026-11-01', '2026-11-02')),
      ...Array(pages('2026-11-02')).fill(dayFilter('2026-11-02', '2026-11-03')),
    ]);
    expect(pages('2026-11-01')).toBeGreaterThan(5);
    expect(result.requests).toBe(listings.length);
    // The first day was on disk when its last page had arrived, before the second day's first request.
    const first = seen.find((entry) =>
      entry.line.startsWith('heart-rate-samples: 2026-11-01 to 2026-11-01'),
    );
    expect(first).toMatchObject({ requests: pages('2026-11-01'), written: true });
    for (const day of ['2026-11-01', '2026-11-02']) {
      const rows = JSON.parse(await readFile(file(day), 'utf8')).rows;
      expect(rows).toHaveLength(sim.listedCount('heart-rate', day, day));
      expect(rows[0]).toEqual([
        expect.stringMatching(/Z$/),
        '3600s',
        expect.stringMatching(/^\d+$/),
      ]);
    }
  });

  it('plans its listings from the density it meets: a watch that samples once a minute gets three days a request', async () => {
    await start({ sampleSeconds: 60 });
    const { result } = await run({
      types: 'heart-rate-samples',
      since: '2026-11-01',
      until: '2026-11-10',
    });
    const ranges = sim.requests.map((request) =>
      /civil_time >= "([\d-]+)" AND .* < "([\d-]+)"/.exec(request.query.filter ?? '')?.slice(1),
    );
    // The first day at the live density's guess, then 1,400 a day: three days fill a page.
    expect(ranges).toEqual([
      ['2026-11-01', '2026-11-02'],
      ['2026-11-02', '2026-11-05'],
      ['2026-11-05', '2026-11-08'],
      ['2026-11-08', '2026-11-11'],
    ]);
    expect(result).toMatchObject({ requests: 4, completeThrough: '2026-11-10' });
  });

  it('follows a page that comes empty and still carries a token', async () => {
    await start({ timeZone: 'UTC', sampleSeconds: 60 });
    // A day off the wrist inside a three-day listing: the API's scan answers it with an empty page.
    sim.setDay('2026-11-03', 'off-wrist');
    const { result, folder } = await run({
      types: 'heart-rate-samples',
      since: '2026-11-01',
      until: '2026-11-04',
      'time-zone': 'UTC',
    });
    const listed = sim.requests.map((request) => request.query.pageToken !== undefined);
    // The first day alone (the live density's guess), then 2 to 4 in one listing of three pages.
    expect(listed).toEqual([false, false, true, true]);
    expect(result).toMatchObject({ requests: 4, completeThrough: '2026-11-04' });
    const rows = async (day: string) =>
      JSON.parse(await readFile(join(folder, `data/heart-rate-samples/2026/${day}.json`), 'utf8'))
        .rows;
    expect(await rows('2026-11-02')).toHaveLength(1400);
    expect(await rows('2026-11-03')).toEqual([]);
    expect(await rows('2026-11-04')).toHaveLength(1400);
  });

  it('gives up a range of several days that holds more than a page, writes nothing of it, and asks day by day', async () => {
    await start();
    // The watch charged all day but an hour: the next range is planned for 2 days at that density.
    sim.setDay('2026-11-01', 'worn-an-hour');
    const { result, info, folder } = await run({
      types: 'heart-rate-samples',
      since: '2026-11-01',
      until: '2026-11-03',
    });
    expect(info).toContain(
      'heart-rate-samples: 2026-11-02 to 2026-11-03 holds more than 1 page(s) of points; asking for one day at a time',
    );
    const starts = sim.requests.map(
      (request) => /civil_time >= "([\d-]+)"/.exec(request.query.filter ?? '')?.[1],
    );
    const pages = (day: string) => Math.ceil(sim.listedCount('heart-rate', day, day) / 5_000);
    expect(starts).toEqual([
      '2026-11-01',
      // The two-day range, given up once its points pass a page's worth.
      '2026-11-02',
      '2026-11-02',
      ...Array(pages('2026-11-02')).fill('2026-11-02'),
      ...Array(pages('2026-11-03')).fill('2026-11-03'),
    ]);
    expect(result.completeThrough).toBe('2026-11-03');
    for (const day of ['2026-11-01', '2026-11-02', '2026-11-03']) {
      const rows = JSON.parse(
        await readFile(join(folder, `data/heart-rate-samples/2026/${day}.json`), 'utf8'),
      ).rows;
      expect(rows, day).toHaveLength(sim.listedCount('heart-rate', day, day));
    }
  });

  it('stops at max-requests with no day half-written: the cut day is neither written nor counted', async () => {
    await start();
    const inputs = { types: 'heart-rate-samples', since: '2026-11-01', until: '2026-11-03' };
    const pages = (day: string) => Math.ceil(sim.listedCount('heart-rate', day, day) / 5_000);
    const file = (folder: string, day: string) =>
      join(folder, `data/heart-rate-samples/2026/${day}.json`);
    // Not even one day fits: the run would stop in the same place every time, so it fails.
    const tooFew = await run({ ...inputs, 'max-requests': String(pages('2026-11-01') - 1) });
    expect(tooFew.result).toMatchObject({ more: true, completeThrough: undefined });
    expect(tooFew.result.types[0]?.failure).toMatch(
      /^heart-rate-samples: max-requests \(\d+\) ran out inside the first range from 2026-11-01, .*raise max-requests/,
    );
    expect(existsSync(file(tooFew.folder, '2026-11-01'))).toBe(false);
    // Two days fit, the third does not: it is left to the next run without a request spent on it.
    const budget = pages('2026-11-01') + pages('2026-11-02') + 2;
    const first = await run({ ...inputs, 'max-requests': String(budget) });
    expect(first.result).toMatchObject({
      more: true,
      completeThrough: '2026-11-02',
      requests: pages('2026-11-01') + pages('2026-11-02'),
    });
    expect(first.result.types[0]?.failure).toBeUndefined();
    expect(existsSync(file(first.folder, '2026-11-02'))).toBe(true);
    expect(existsSync(file(first.folder, '2026-11-03'))).toBe(false);
    const state = JSON.parse(await readFile(join(first.folder, 'data/.pull-state.json'), 'utf8'));
    expect(state.types['heart-rate-samples'].completeThrough).toBe('2026-11-02');
    const second = await run(inputs, { folder: first.folder });
    expect(second.result).toMatchObject({ more: false, completeThrough: '2026-11-03' });
  });
});

describe('pull: daily.csv', () => {
  it('has the columns of the types held, in the contract order; a type added later adds its own, and none is dropped', async () => {
    await start();
    sim.setDay('2026-11-02', 'off-wrist');
    sim.setDay('2026-11-03', 'zero-steps');
    const first = await run({ types: 'sleep,steps', since: '2026-11-01', until: '2026-11-04' });
    const csv = async () =>
      (await readFile(join(first.folder, 'data/daily.csv'), 'utf8')).trim().split('\n');
    const [header, ...rows] = await csv();
    expect(header).toBe('date,steps,sleep_minutes,nap_minutes');
    // Off the wrist: no steps at all (empty); worn without a step: a true zero.
    expect(rows.find((row) => row.startsWith('2026-11-02'))).toBe('2026-11-02,,,');
    expect(rows.find((row) => row.startsWith('2026-11-03'))?.split(',')[1]).toBe('0');
    // A later run asks for weight only: its column comes in its place, steps and sleep stay.
    await run(
      { types: 'weight', since: '2026-11-01', until: '2026-11-04' },
      { folder: first.folder },
    );
    expect((await csv())[0]).toBe('date,steps,sleep_minutes,nap_minutes,weight_kg');
    await run({ types: 'daily-resting-heart-rate' }, { folder: first.folder });
    expect((await csv())[0]).toBe(
      'date,steps,sleep_minutes,nap_minutes,resting_heart_rate_bpm,weight_kg',
    );
  });
});

describe("pull: the person's own days", () => {
  it('gives a person in Los Angeles who never set time-zone their own days: an evening is that evening', async () => {
    await start({ timeZone: 'America/Los_Angeles', sampleSeconds: 60 });
    const { result, folder } = await run({
      types: 'heart-rate-samples,sleep,weight,steps',
      since: '2026-11-03',
      until: '2026-11-05',
      'time-zone': undefined,
    } as unknown as Record<string, string>);
    expect(result.types.map((type) => type.failure)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const rows = async (day: string) =>
      JSON.parse(await readFile(join(folder, `data/heart-rate-samples/2026/${day}.json`), 'utf8'))
        .rows as string[][];
    const fourth = await rows('2026-11-04');
    // 20:30 on the 4th in Los Angeles is 04:30 on the 5th in UTC: it is the 4th's.
    expect(fourth.map((row) => row[0])).toContain('2026-11-05T04:30:00Z');
    expect(fourth[0]?.[0]).toBe('2026-11-04T08:00:00Z');
    expect(fourth.at(-1)?.[0]).toBe('2026-11-05T07:59:00Z');
    expect((await rows('2026-11-05')).map((row) => row[0])).not.toContain('2026-11-05T04:30:00Z');
    // Every point of every day file is on that day by its own clock.
    for (const day of ['2026-11-03', '2026-11-04', '2026-11-05']) {
      const sleep = JSON.parse(await readFile(join(folder, `data/sleep/2026/${day}.json`), 'utf8'));
      for (const point of sleep.dataPoints) {
        expect(point.sleep.interval.civilEndTime.date.day).toBe(Number(day.slice(8)));
      }
      const weighings = JSON.parse(
        await readFile(join(folder, `data/weight/2026/${day}.json`), 'utf8'),
      );
      for (const point of weighings.dataPoints) {
        expect(point.weight.sampleTime.civilTime.date.day).toBe(Number(day.slice(8)));
      }
    }
  });

  it("keeps a traveller's days: the day of a flight west is one day of 33 hours, on both clocks", async () => {
    // From Berlin to Los Angeles, leaving at 10:00 Berlin time on 10 June (01:00 in Los Angeles).
    await start({
      sampleSeconds: 60,
      moves: [{ at: '2026-06-10T08:00:00Z', timeZone: 'America/Los_Angeles' }],
    });
    const { result, folder } = await run({
      types: 'heart-rate-samples,sleep,steps',
      since: '2026-06-09',
      until: '2026-06-11',
      'time-zone': 'Europe/Berlin',
    });
    expect(result.completeThrough).toBe('2026-06-11');
    const rows = async (day: string) =>
      JSON.parse(await readFile(join(folder, `data/heart-rate-samples/2026/${day}.json`), 'utf8'))
        .rows as string[][];
    const flight = await rows('2026-06-10');
    expect(flight).toHaveLength(33 * 60 - 40);
    expect(flight[0]?.[0]).toBe('2026-06-09T22:00:00Z');
    expect(flight.at(-1)?.[0]).toBe('2026-06-11T06:59:00Z');
    expect(new Set(flight.map((row) => row[1]))).toEqual(new Set(['7200s', '-25200s']));
    expect(await rows('2026-06-09')).toHaveLength(24 * 60 - 40);
    expect(new Set((await rows('2026-06-11')).map((row) => row[1]))).toEqual(new Set(['-25200s']));
    // The night that ends on the 11th in Los Angeles is the 11th's, as the API's days are.
    const sleep = JSON.parse(
      await readFile(join(folder, 'data/sleep/2026/2026-06-11.json'), 'utf8'),
    );
    for (const point of sleep.dataPoints) {
      expect(point.sleep.interval.endUtcOffset).toBe('-25200s');
      expect(point.sleep.interval.civilEndTime.date).toEqual({ year: 2026, month: 6, day: 11 });
    }
    const csv = (await readFile(join(folder, 'data/daily.csv'), 'utf8')).trim().split('\n');
    expect(csv.map((line) => line.split(',')[0])).toEqual([
      'date',
      '2026-06-09',
      '2026-06-10',
      '2026-06-11',
    ]);
  });
});
