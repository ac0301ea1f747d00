/**
 * The pull's part of `npm run bench` (alone: `npm run bench -- pull`), on the
 * bundled pull action (dist/pull/index.js) spawned as the runner spawns it,
 * against the Google Health API simulator, every answer 40 ms late, the
 * per-user limit at its real 300 a minute:
 * 1. A year of the default types: the requests sent against the fewest the API
 *    allows for that data (each roll-up range as wide as its cap, each listing
 *    in pages as full as its cap), the wall time against the floor that limit
 *    sets (those requests ÷ 300 a minute).
 * 2. A month of intraday heart rate at the live API's density (a sample about
 *    every 2 s, pages of at most 5,000): the pull's peak memory (the child's
 *    RSS high-water mark; the goal is under 200 MiB), its requests against the
 *    fewest, its wall time.
 * 3. How big a year of each type is: files, bytes, disk blocks, and packed in
 *    a git repository. Every type but intraday heart rate is pulled by the
 *    bundle; a year of intraday heart rate would take the bundle some 2,900
 *    requests (ten minutes at the limit), so its day files are written here
 *    with the pull's own file code (src/health/files.ts) from the simulator's
 *    samples, after checking that they are byte for byte the files the bundle
 *    wrote for the month of step 2.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { type HealthSim, type HealthSimOptions, startHealthSim } from '../sim/google-health.js';
import { nextDay } from '../sim/health-data.js';
import { dataTypeNamed, type ListType } from '../src/health/data-types.js';
import { dayFilePath, rowOf, rowsFileText } from '../src/health/files.js';
import { withPeakRss } from './peak-rss.js';
import { pullSpan } from './pull-span.js';

const run = promisify(execFile);
const LATENCY_MS = 40;
const PER_USER_LIMIT = { requests: 300, windowMs: 60_000 };
const TOKEN = 'ya29.bench-pull-token';
const TIME_ZONE = 'Europe/Berlin';
const SINCE = '2025-12-01';
const UNTIL = '2026-11-30';
const DAYS = 365;
const MONTH = { since: '2026-11-01', until: '2026-11-30', days: 30 };
const SAMPLES = dataTypeNamed('heart-rate-samples') as ListType;
const DEFAULT_TYPES = ['steps', 'sleep', 'daily-resting-heart-rate', 'heart-rate'];
const OTHER_TYPES = [
  ...DEFAULT_TYPES,
  'distance',
  'floors',
  'total-calories',
  'daily-heart-rate-variability',
  'daily-oxygen-saturation',
  'weight',
];
const MEMORY_GOAL_BYTES = 200 * 2 ** 20;

/** A year of one type: its files, their bytes, the disk blocks they take, and packed in git. */
interface Size {
  readonly files: number;
  readonly bytes: number;
  readonly diskBytes: number;
  readonly packedBytes: number;
}

export interface PullBench {
  readonly latencyMs: number;
  readonly days: number;
  readonly requests: number;
  readonly minimum: Record<string, number> & { total: number };
  readonly retries: number;
  readonly rateLimited: number;
  readonly wallMs: number;
  /** minimum ÷ 300 a minute */
  readonly floorMs: number;
  readonly intraday: {
    readonly days: number;
    readonly samples: number;
    readonly requests: number;
    readonly minimum: number;
    readonly wallMs: number;
    readonly peakRssBytes: number;
  };
  readonly sizes: Record<string, Size>;
}

export async function benchPull(resultsFile: string): Promise<PullBench> {
  const year = await benchYear();
  const { intraday, monthFolder } = await benchIntraday();
  try {
    const sizes = await yearSizes(monthFolder);
    printSizes(sizes);
    const report = { ...year, intraday, sizes };
    await writeFile(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`written to ${resultsFile}`);
    return report;
  } finally {
    await rm(monthFolder, { recursive: true, force: true });
  }
}

/** 1. A year of the default types: requests against the minimum, wall time against the floor. */
async function benchYear() {
  console.log(
    `\npull: a year of ${DEFAULT_TYPES.join(', ')} (${SINCE} to ${UNTIL}), answers ${LATENCY_MS} ms late, ${PER_USER_LIMIT.requests} requests a minute per user`,
  );
  console.log(
    'its data folders are temporary and deleted once measured; `npm run sample-data` writes a year to keep (examples/data/)',
  );
  const sim = await start();
  try {
    const { workspace, wallMs, outputs } = await backfill(sim, DEFAULT_TYPES, SINCE, UNTIL);
    await rm(workspace, { recursive: true, force: true });
    const minimum = minimumRequests(sim);
    const retries = sim.requests.filter((request) => request.status !== 200).length;
    const floorMs = (minimum.total / PER_USER_LIMIT.requests) * PER_USER_LIMIT.windowMs;
    console.log(
      `requests: ${outputs.requests} sent, the API's minimum ${minimum.total} (${Object.entries(
        minimum,
      )
        .filter(([name]) => name !== 'total')
        .map(([name, count]) => `${name} ${count}`)
        .join(', ')}), ${retries} retried, ${sim.rateLimited} answered 429 by the limit`,
    );
    console.log(
      `wall time: ${(wallMs / 1000).toFixed(1)} s, floor ${(floorMs / 1000).toFixed(1)} s (${minimum.total} ÷ 300 a minute): ${((wallMs / floorMs) * 100).toFixed(0)} % of the floor`,
    );
    return {
      latencyMs: LATENCY_MS,
      days: DAYS,
      requests: Number(outputs.requests),
      minimum,
      retries,
      rateLimited: sim.rateLimited,
      wallMs,
      floorMs,
    };
  } finally {
    await sim.close();
  }
}

/** 2. A month of intraday heart rate at the live density: peak memory, requests, wall time. */
async function benchIntraday() {
  console.log(
    `\npull: a month of heart-rate-samples at the live density (${MONTH.since} to ${MONTH.until}), pages of at most ${SAMPLES.pageCap}`,
  );
  const sim = await start();
  try {
    const { result, peakRssBytes } = await withPeakRss((env) =>
      backfill(sim, ['heart-rate-samples'], MONTH.since, MONTH.until, env),
    );
    const { workspace, wallMs, outputs } = result;
    let samples = 0;
    let minimum = 0;
    for (let day = MONTH.since; day <= MONTH.until; day = nextDay(day)) {
      const count = sim.listedCount('heart-rate', day, day);
      samples += count;
      minimum += Math.max(1, Math.ceil(count / SAMPLES.pageCap));
    }
    const mib = peakRssBytes / 2 ** 20;
    console.log(
      `${samples.toLocaleString('en')} samples (${Math.round(samples / MONTH.days).toLocaleString('en')} a day), ${outputs.requests} requests (the fewest: ${minimum}), ${(wallMs / 1000).toFixed(1)} s`,
    );
    console.log(
      `peak memory of the pull: ${mib.toFixed(0)} MiB (goal: under ${MEMORY_GOAL_BYTES / 2 ** 20} MiB${peakRssBytes < MEMORY_GOAL_BYTES ? ', met' : ', NOT MET'})`,
    );
    const intraday = {
      days: MONTH.days,
      samples,
      requests: Number(outputs.requests),
      minimum,
      wallMs,
      peakRssBytes,
    };
    return { intraday, monthFolder: workspace };
  } finally {
    await sim.close();
  }
}

async function start(options: HealthSimOptions = {}): Promise<HealthSim> {
  const sim = await startHealthSim({
    seed: 1,
    timeZone: TIME_ZONE,
    latencyMs: LATENCY_MS,
    perUserLimit: PER_USER_LIMIT,
    ...options,
  });
  sim.addToken(TOKEN, [
    'activity_and_fitness.readonly',
    'sleep.readonly',
    'health_metrics_and_measurements.readonly',
  ]);
  return sim;
}

/** The bundled pull action over [since, until], as a workflow step runs it; its wall time. */
function backfill(
  sim: HealthSim,
  types: readonly string[],
  since: string,
  until: string,
  env: Record<string, string> = {},
) {
  return pullSpan(sim, {
    types,
    since,
    until,
    timeZone: TIME_ZONE,
    token: TOKEN,
    maxRequests: 5000,
    env,
  });
}

/** The fewest requests the API allows for the year's data of the default types. */
function minimumRequests(sim: HealthSim): Record<string, number> & { total: number } {
  const pages = (points: number, cap: number) => Math.max(1, Math.ceil(points / cap));
  const pageCap = (name: string) => (dataTypeNamed(name) as ListType).pageCap;
  const counts = {
    steps: Math.ceil(DAYS / 90),
    'heart-rate': Math.ceil(DAYS / 14),
    sleep: pages(sim.listedCount('sleep', SINCE, UNTIL), pageCap('sleep')),
    'daily-resting-heart-rate': pages(
      sim.listedCount('daily-resting-heart-rate', SINCE, UNTIL),
      pageCap('daily-resting-heart-rate'),
    ),
  };
  return { ...counts, total: Object.values(counts).reduce((sum, count) => sum + count, 0) };
}

/** 3. A year of every type; per type its files, bytes, and bytes packed by git. */
async function yearSizes(monthFolder: string): Promise<Record<string, Size>> {
  console.log(
    `\na year of each type (${SINCE} to ${UNTIL}): files, bytes, disk blocks taken, packed in git`,
  );
  const sim = await start({ latencyMs: 0 });
  try {
    const { workspace } = await backfill(sim, OTHER_TYPES, SINCE, UNTIL);
    const sizes: Record<string, Size> = {};
    for (const type of OTHER_TYPES) sizes[type] = await sizeOf(join(workspace, 'data', type));
    await rm(workspace, { recursive: true, force: true });
    const samples = await mkdtemp(join(tmpdir(), 'ftk-bench-samples-'));
    try {
      await writeYearOfSamples(sim, samples, monthFolder);
      sizes['heart-rate-samples'] = await sizeOf(join(samples, SAMPLES.name));
    } finally {
      await rm(samples, { recursive: true, force: true });
    }
    return sizes;
  } finally {
    await sim.close();
  }
}

/**
 * A year of intraday day files as the pull writes them (rowOf and rowsFileText
 * of src/health/files.ts over the simulator's points); the month the bundle
 * pulled must come out byte for byte the same, or the figure would not be the pull's.
 */
async function writeYearOfSamples(sim: HealthSim, folder: string, monthFolder: string) {
  const columns = SAMPLES.compactColumns ?? [];
  for (let day = SINCE; day <= UNTIL; day = nextDay(day)) {
    const { times, bpm } = sim.person.heartRateDay(day);
    const rows = Array.from(times, (time, index) =>
      rowOf(columns, sim.person.heartRatePoint(time, bpm[index] ?? 0)),
    );
    const path = dayFilePath(folder, SAMPLES, day);
    await mkdir(dirname(path), { recursive: true });
    const text = rowsFileText(columns, rows);
    await writeFile(path, text);
    if (day >= MONTH.since && day <= MONTH.until) {
      const pulled = await readFile(dayFilePath(join(monthFolder, 'data'), SAMPLES, day), 'utf8');
      if (pulled !== text) throw new Error(`${day}: not the file the pull wrote`);
    }
  }
}

async function sizeOf(typeFolder: string): Promise<Size> {
  let files = 0;
  let bytes = 0;
  let diskBytes = 0;
  for (const entry of await readdir(typeFolder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const info = await stat(join(entry.parentPath, entry.name));
    files += 1;
    bytes += info.size;
    diskBytes += info.blocks * 512;
  }
  return { files, bytes, diskBytes, packedBytes: await packedBytes(typeFolder) };
}

/** What the folder takes in a git repository: committed, then packed (`git gc`). */
async function packedBytes(folder: string): Promise<number> {
  const git = (...args: string[]) => run('git', ['-C', folder, ...args], { maxBuffer: 2 ** 26 });
  await git('init', '--quiet');
  await git('add', '.');
  await git(
    '-c',
    'user.name=bench',
    '-c',
    'user.email=bench@example.com',
    'commit',
    '--quiet',
    '-m',
    'year',
  );
  await git('gc', '--quiet');
  const { stdout } = await git('count-objects', '-v');
  const kib = Number(/size-pack: (\d+)/.exec(stdout)?.[1] ?? 0);
  return kib * 1024;
}

function printSizes(sizes: Record<string, Size>) {
  const mib = (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(1)} MiB`
      : `${Math.round(bytes / 1024)} KiB`;
  for (const [type, size] of Object.entries(sizes)) {
    console.log(
      `${type.padEnd(30)}${String(size.files).padStart(5)}${mib(size.bytes).padStart(11)}${mib(size.diskBytes).padStart(11)}${mib(size.packedBytes).padStart(11)}`,
    );
  }
}
