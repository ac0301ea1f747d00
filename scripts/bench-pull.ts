/**
 * The pull's part of `npm run bench` (alone: `npm run bench -- pull`): the
 * bundled pull action (dist/pull/index.js), spawned as the runner spawns it,
 * backfills one year of the default types from the Google Health API
 * simulator, every answer 40 ms late, the per-user limit at its real 300 a
 * minute. It compares the requests sent with the fewest the API allows for
 * that data (each roll-up range as wide as its cap, each listing in pages as
 * full as its cap) and the wall time with the floor that limit sets (those
 * requests ÷ 300 a minute). Then it pulls a year of every type and reports
 * how big a year of each is: files, bytes, and packed in a git repository.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PULL_ENTRY, runAction } from '../sim/action-runner.js';
import { type HealthSim, startHealthSim } from '../sim/google-health.js';

const run = promisify(execFile);
const LATENCY_MS = 40;
const PER_USER_LIMIT = { requests: 300, windowMs: 60_000 };
const TOKEN = 'ya29.bench-pull-token';
const SINCE = '2025-12-01';
const UNTIL = '2026-11-30';
const DAYS = 365;
const DEFAULT_TYPES = ['steps', 'sleep', 'daily-resting-heart-rate', 'heart-rate'];
const ALL_TYPES = [
  ...DEFAULT_TYPES,
  'distance',
  'floors',
  'total-calories',
  'daily-heart-rate-variability',
  'daily-oxygen-saturation',
  'weight',
  'heart-rate-samples',
];

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
  readonly sizes: Record<string, Size>;
}

export async function benchPull(resultsFile: string): Promise<PullBench> {
  console.log(
    `\npull: a year of ${DEFAULT_TYPES.join(', ')} (${SINCE} to ${UNTIL}), answers ${LATENCY_MS} ms late, ${PER_USER_LIMIT.requests} requests a minute per user`,
  );
  console.log(
    'its data folders are temporary and deleted once measured; `npm run sample-data` writes a year to keep (examples/data/)',
  );
  const sim = await start();
  try {
    const { folder, wallMs, outputs } = await backfill(sim, DEFAULT_TYPES);
    const minimum = minimumRequests(sim);
    const retries = sim.requests.filter((request) => request.status !== 200).length;
    const floorMs = (minimum.total / PER_USER_LIMIT.requests) * PER_USER_LIMIT.windowMs;
    const result = {
      latencyMs: LATENCY_MS,
      days: DAYS,
      requests: Number(outputs.requests),
      minimum,
      retries,
      rateLimited: sim.rateLimited,
      wallMs,
      floorMs,
      sizes: {},
    };
    await rm(folder, { recursive: true, force: true });
    console.log(
      `requests: ${result.requests} sent, the API's minimum ${minimum.total} (${Object.entries(
        minimum,
      )
        .filter(([name]) => name !== 'total')
        .map(([name, count]) => `${name} ${count}`)
        .join(', ')}), ${retries} retried, ${sim.rateLimited} answered 429 by the limit`,
    );
    console.log(
      `wall time: ${(wallMs / 1000).toFixed(1)} s, floor ${(floorMs / 1000).toFixed(1)} s (${minimum.total} ÷ 300 a minute): ${((wallMs / floorMs) * 100).toFixed(0)} % of the floor`,
    );
    const sizes = await yearSizes();
    printSizes(sizes);
    const report = { ...result, sizes };
    await writeFile(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`written to ${resultsFile}`);
    return report;
  } finally {
    await sim.close();
  }
}

async function start(): Promise<HealthSim> {
  const sim = await startHealthSim({
    seed: 1,
    timeZone: 'Europe/Berlin',
    latencyMs: LATENCY_MS,
    perUserLimit: PER_USER_LIMIT,
  });
  sim.addToken(TOKEN, [
    'activity_and_fitness.readonly',
    'sleep.readonly',
    'health_metrics_and_measurements.readonly',
  ]);
  return sim;
}

/** The bundled pull action over the year, as a workflow step runs it; its wall time. */
async function backfill(sim: HealthSim, types: readonly string[]) {
  const workspace = await mkdtemp(join(tmpdir(), 'ftk-bench-pull-'));
  const event = join(workspace, 'event.json');
  await writeFile(event, JSON.stringify({ repository: { private: true } }));
  const started = performance.now();
  const step = await runAction(
    {
      types: types.join(','),
      since: SINCE,
      until: UNTIL,
      'time-zone': 'Europe/Berlin',
      folder: 'data',
      'max-requests': '2000',
      'api-url': sim.url,
    },
    {
      entry: PULL_ENTRY,
      env: {
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_PATH: event,
        FITBIT_ACCESS_TOKEN: TOKEN,
      },
    },
  );
  const wallMs = performance.now() - started;
  if (step.exitCode !== 0 || step.outputs.more !== 'false') {
    throw new Error(`the pull did not finish:\n${step.stdout}`);
  }
  return { folder: workspace, wallMs, outputs: step.outputs };
}

/** The fewest requests the API allows for the year's data of the default types. */
function minimumRequests(sim: HealthSim): Record<string, number> & { total: number } {
  const pages = (points: number, cap: number) => Math.max(1, Math.ceil(points / cap));
  const counts = {
    steps: Math.ceil(DAYS / 90),
    'heart-rate': Math.ceil(DAYS / 14),
    sleep: pages(sim.listedCount('sleep', SINCE, UNTIL), 25),
    'daily-resting-heart-rate': pages(
      sim.listedCount('daily-resting-heart-rate', SINCE, UNTIL),
      10_000,
    ),
  };
  return { ...counts, total: Object.values(counts).reduce((sum, count) => sum + count, 0) };
}

/** A year of every type, pulled once; per type its files, bytes, and bytes packed by git. */
async function yearSizes() {
  const sim = await start();
  try {
    const { folder } = await backfill(sim, ALL_TYPES);
    const sizes: Record<string, Size> = {};
    for (const type of ALL_TYPES) {
      const typeFolder = join(folder, 'data', type);
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
      sizes[type] = { files, bytes, diskBytes, packedBytes: await packedBytes(typeFolder) };
    }
    await rm(folder, { recursive: true, force: true });
    return sizes;
  } finally {
    await sim.close();
  }
}

/** What the folder takes in a git repository: committed, then packed (`git gc`). */
async function packedBytes(folder: string): Promise<number> {
  const git = (...args: string[]) => run('git', ['-C', folder, ...args]);
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
  await git('gc', '--quiet', '--aggressive');
  const { stdout } = await git('count-objects', '-v');
  const kib = Number(/size-pack: (\d+)/.exec(stdout)?.[1] ?? 0);
  return kib * 1024;
}

function printSizes(sizes: Record<string, Size>) {
  const mib = (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(1)} MiB`
      : `${Math.round(bytes / 1024)} KiB`;
  console.log('\na year of each type: files, bytes, disk blocks taken, packed in git');
  for (const [type, size] of Object.entries(sizes)) {
    console.log(
      `${type.padEnd(30)}${String(size.files).padStart(5)}${mib(size.bytes).padStart(11)}${mib(size.diskBytes).padStart(11)}${mib(size.packedBytes).padStart(11)}`,
    );
  }
}
