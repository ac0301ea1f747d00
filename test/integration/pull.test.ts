/**
 * The pull in-process against the Google Health API simulator, on the fast
 * timing: the faults that need retries (500, 503, 504, a reset connection, a
 * 429 without Retry-After), a range the API calls too wide, a filter it
 * refuses, the per-user limit on a virtual clock, and page tokens followed.
 */
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
      log: { info: (line) => info.push(line), warning: (line) => warnings.push(line) },
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
      filter: { field: 'sleep.interval.end-time', literal: 'timestamp' },
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

  it('follows every page of intraday samples and splits them into their days', async () => {
    await start();
    const { result, folder } = await run({
      types: 'heart-rate-samples',
      since: '2026-11-01',
      until: '2026-11-10',
    });
    // 10 days of a sample a minute, less 40 minutes a day: 13,960 samples, two pages.
    expect(result.requests).toBe(2);
    const day = JSON.parse(
      await readFile(join(folder, 'data/heart-rate-samples/2026/2026-11-05.json'), 'utf8'),
    );
    expect(day.rows).toHaveLength(1400);
    expect(day.rows[0][0]).toBe('2026-11-04T23:00:00Z');
  });

  it('stops at max-requests inside a listing, writes nothing of it, says so, and a larger budget finishes', async () => {
    // A sample every 30 s: twice what the registry expects, so a budget-sized range needs two pages.
    await start({ sampleSeconds: 30 });
    const first = await run({
      types: 'heart-rate-samples',
      since: '2026-11-01',
      until: '2026-11-10',
      'max-requests': '1',
    });
    expect(first.result).toMatchObject({ more: true, requests: 1, completeThrough: undefined });
    // A run that completed no range at all would repeat itself forever: it fails instead.
    expect(first.result.types[0]?.failure).toMatch(
      /^heart-rate-samples: max-requests \(1\) ran out inside the first range from 2026-11-01, .*raise max-requests/,
    );
    const written = await readFile(
      join(first.folder, 'data/heart-rate-samples/2026/2026-11-05.json'),
      'utf8',
    ).catch(() => 'none');
    expect(written).toBe('none');
    const second = await run(
      {
        types: 'heart-rate-samples',
        since: '2026-11-01',
        until: '2026-11-10',
        'max-requests': '10',
      },
      { folder: first.folder },
    );
    expect(second.result).toMatchObject({ more: false, completeThrough: '2026-11-10' });
  });
});
