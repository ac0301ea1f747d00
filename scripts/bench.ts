/**
 * `npm run bench`: the bundled action (dist/index.js), spawned as the runner
 * spawns it, against the local simulators: a Google refresh (reads only) and a
 * legacy Fitbit rotation (probe write, exchange, sealed write-back). Each run
 * is interleaved with a bare `node -e 0`, so the ratio to a bare Node start
 * holds on any machine. A second pass injects the latency of a hosted runner
 * (GitHub 40 ms, token endpoint 80 ms) and counts the sequential round trips.
 * Prints a table and writes bench-results.json; no network, no credentials.
 * Then the pull's backfill of a year (scripts/bench-pull.ts), alone with
 * `npm run bench -- pull`.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT, runAction } from '../sim/action-runner.js';
import { startWorld, type World } from '../sim/world.js';
import { benchPull } from './bench-pull.js';

const RUNS = Math.max(15, Number(process.env.BENCH_RUNS ?? 15));
const LATENCY = { githubMs: 40, tokenEndpointMs: 80 };
const RESULTS_FILE = join(PROJECT_ROOT, 'bench-results.json');
const GOOGLE_CLIENT = { id: 'bench.apps.googleusercontent.com', secret: 'GOCSPX-bench' };
const FITBIT_CLIENT = { id: '23BNCH', secret: 'bench-secret' };

interface Scenario {
  readonly name: string;
  /** One run of the action; throws when it fails. */
  run(env?: Record<string, string>): Promise<void>;
}

interface ScenarioResult {
  readonly name: string;
  readonly medianMs: number;
  readonly bareNodeMedianMs: number;
  readonly ratio: number;
  readonly peakRssBytes: number;
  readonly requests: { github: number; tokenEndpoint: number };
  readonly withLatency: { medianMs: number; roundTrips: number };
}

// `npm run bench -- pull` runs only the pull's backfill, which takes a while.
if (!process.argv.slice(2).includes('pull')) await benchKeeper();
await benchPull(join(PROJECT_ROOT, 'bench-pull-results.json'));

/** The keeper action: a Google refresh and a Fitbit rotation, as described above. */
async function benchKeeper(): Promise<void> {
  const world = await startWorld({
    repository: 'octo/bench',
    writer: 'ghp_bench_writer',
    fitbitClient: { ...FITBIT_CLIENT, type: 'server' },
    googleClient: GOOGLE_CLIENT,
  });
  try {
    const scenarios = makeScenarios(world);
    console.log(`node ${process.version}, ${RUNS} runs of each, interleaved with node -e 0`);
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) results.push(await measure(scenario, world));
    const distBytes = await folderBytes(join(PROJECT_ROOT, 'dist'));
    const coreAlone = await measureCoreAlone();
    printTable(results, distBytes);
    console.log(
      `@actions/core alone, bundled and run: ${coreAlone.medianMs.toFixed(0)} ms = ${coreAlone.ratio.toFixed(1)}× node -e 0 (the floor for any action that imports it)`,
    );
    const report = {
      node: process.version,
      runs: RUNS,
      latency: LATENCY,
      distBytes,
      coreAlone,
      results,
    };
    await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwritten to ${RESULTS_FILE}`);
  } finally {
    await world.close();
  }
}

/**
 * What importing @actions/core costs by itself: a bundle holding only that
 * import, built by ncc as dist/ is, run as often as the scenarios.
 */
async function measureCoreAlone(): Promise<{ medianMs: number; ratio: number }> {
  const folder = join(PROJECT_ROOT, 'node_modules', '.cache', 'ftk-bench');
  await mkdir(folder, { recursive: true });
  const entry = join(folder, 'core-only.mjs');
  await writeFile(entry, "import * as core from '@actions/core';\ncore.info('');\n");
  await spawned(join(PROJECT_ROOT, 'node_modules', '.bin', 'ncc'), [
    'build',
    entry,
    '-o',
    join(folder, 'out'),
    '--quiet',
  ]);
  const bundle = join(folder, 'out', 'index.mjs');
  const coreTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bareTimes.push(await timed(bareNode));
    coreTimes.push(await timed(() => spawned(process.execPath, [bundle])));
  }
  return { medianMs: median(coreTimes), ratio: median(coreTimes) / median(bareTimes) };
}

function makeScenarios(world: World): Scenario[] {
  const googleToken = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: 'x' });
  let fitbitToken = world.fitbit.issueGrant({
    clientId: FITBIT_CLIENT.id,
    scope: 'sleep',
    userId: 'BENCH',
  });
  const succeed = async (inputs: Record<string, string>, env: Record<string, string>) => {
    const run = await runAction(inputs, { env });
    if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.stdout}`);
  };
  return [
    {
      name: 'google refresh',
      run: (env = {}) => succeed(world.googleInputs(googleToken), env),
    },
    {
      name: 'fitbit rotation',
      run: async (env = {}) => {
        await succeed(world.fitbitInputs(fitbitToken), env);
        fitbitToken = world.github.secretValue(world.target, 'FITBIT_REFRESH_TOKEN') ?? '';
      },
    },
  ];
}

async function measure(scenario: Scenario, world: World): Promise<ScenarioResult> {
  await scenario.run(); // warm the file cache and the simulators
  const actionTimes: number[] = [];
  const bareTimes: number[] = [];
  const before = requestCounts(world);
  for (let i = 0; i < RUNS; i++) {
    bareTimes.push(await timed(bareNode));
    actionTimes.push(await timed(() => scenario.run()));
  }
  const after = requestCounts(world);
  const requests = {
    github: (after.github - before.github) / RUNS,
    tokenEndpoint: (after.tokenEndpoint - before.tokenEndpoint) / RUNS,
  };
  const peakRssBytes = await peakRss(scenario);
  const withLatency = await measureWithLatency(scenario, world);
  const medianMs = median(actionTimes);
  const bareNodeMedianMs = median(bareTimes);
  return {
    name: scenario.name,
    medianMs,
    bareNodeMedianMs,
    ratio: medianMs / bareNodeMedianMs,
    peakRssBytes,
    requests,
    withLatency,
  };
}

/**
 * Every GitHub answer delayed 40 ms and every token answer 80 ms. Requests sent
 * in one parallel round arrive within a few milliseconds of each other; the
 * next round only after an answer, so a gap of half the latency separates rounds.
 */
async function measureWithLatency(scenario: Scenario, world: World) {
  const forever = Number.POSITIVE_INFINITY;
  world.github.faults.push({ delayMs: LATENCY.githubMs, times: forever });
  world.google.faults.push({ delayMs: LATENCY.tokenEndpointMs, times: forever });
  world.fitbit.faults.push({ delayMs: LATENCY.tokenEndpointMs, times: forever });
  try {
    const times: number[] = [];
    let roundTrips = 0;
    for (let i = 0; i < Math.ceil(RUNS / 3); i++) {
      const since = Date.now();
      times.push(await timed(() => scenario.run()));
      roundTrips = rounds(arrivalsSince(world, since), LATENCY.githubMs / 2);
    }
    return { medianMs: median(times), roundTrips };
  } finally {
    world.github.faults.clear();
    world.google.faults.clear();
    world.fitbit.faults.clear();
  }
}

function arrivalsSince(world: World, since: number): number[] {
  return [...world.github.requests, ...world.google.requests, ...world.fitbit.requests]
    .map((request) => request.receivedAt)
    .filter((time) => time >= since)
    .sort((a, b) => a - b);
}

function rounds(arrivals: readonly number[], gapMs: number): number {
  return arrivals.filter((time, i) => i === 0 || time - (arrivals[i - 1] ?? 0) >= gapMs).length;
}

function requestCounts(world: World) {
  return {
    github: world.github.requests.length,
    tokenEndpoint: world.google.requests.length + world.fitbit.requests.length,
  };
}

/** Peak resident memory of one run: the child reports its own maxRSS as it exits. */
async function peakRss(scenario: Scenario): Promise<number> {
  const folder = await mkdtemp(join(tmpdir(), 'ftk-bench-'));
  const report = join(folder, 'rss');
  const reporter = join(folder, 'report-rss.mjs');
  await writeFile(
    reporter,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS * 1024)));\n`,
  );
  try {
    await scenario.run({ NODE_OPTIONS: `--import=${reporter}` });
    return Number(await readFile(report, 'utf8'));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function bareNode(): Promise<void> {
  return spawned(process.execPath, ['-e', '0']);
}

function spawned(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`)),
    );
  });
}

async function timed(action: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

function printTable(results: readonly ScenarioResult[], distBytes: number): void {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  console.log(
    `\n${'scenario'.padEnd(16)}${'median'.padStart(9)}${'node -e 0'.padStart(11)}${'ratio'.padStart(8)}${'peak RSS'.padStart(11)}${'requests'.padStart(14)}${'with latency'.padStart(14)}${'round trips'.padStart(13)}`,
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(16)}${ms(r.medianMs).padStart(9)}${ms(r.bareNodeMedianMs).padStart(11)}${`${r.ratio.toFixed(1)}×`.padStart(8)}${`${(r.peakRssBytes / 2 ** 20).toFixed(0)} MiB`.padStart(11)}${`${r.requests.github} + ${r.requests.tokenEndpoint}`.padStart(14)}${ms(r.withLatency.medianMs).padStart(14)}${String(r.withLatency.roundTrips).padStart(13)}`,
    );
  }
  console.log(
    `\nrequests: GitHub + token endpoint per run; dist/: ${(distBytes / 1e6).toFixed(2)} MB`,
  );
}
