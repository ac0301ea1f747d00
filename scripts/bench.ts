/**
 * `npm run bench`: the bundled action (dist/index.js), spawned as the runner
 * spawns it, against the local simulators: a Google refresh (reads only), a
 * legacy Fitbit rotation and a rotation through the `whoop` preset (probe
 * write, exchange, sealed write-back), the last two on the same path but for
 * the preset's dialect (scope=offline on the wire, its reply read). Each run
 * is interleaved with three baselines, so every ratio holds on any machine:
 * a bare `node -e 0`; a write-only peer's whole job (scripts/bench-peer.ts:
 * public key, seal, one secret written, with @actions/core, @actions/github
 * and libsodium, bundled by ncc as dist/ is); and the scenario's own requests
 * sent with node:http alone (scripts/bench-floor.ts, the floor). It also
 * reports how long each process lives after the last answer it got, beside
 * bare Node's own exit. A second pass injects the latency of a hosted runner
 * (GitHub 40 ms, token endpoint 80 ms) and counts the sequential round trips.
 * Prints a table and writes bench-results.json; no network, no credentials.
 * Then the pull's backfill of a year (scripts/bench-pull.ts), alone with
 * `npm run bench -- pull`.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import sodium from 'libsodium-wrappers';
import { PROJECT_ROOT, runAction } from '../sim/action-runner.js';
import { PRESET_CLIENTS, startWorld, type World } from '../sim/world.js';
import type { FloorRequest } from './bench-floor.js';
import { benchPull } from './bench-pull.js';
import { withPeakRss } from './peak-rss.js';

const RUNS = Math.max(15, Number(process.env.BENCH_RUNS ?? 15));
const REPOSITORY = 'octo/bench';
const WRITER = 'ghp_bench_writer';
const CACHE = join(PROJECT_ROOT, 'node_modules', '.cache', 'ftk-bench');
const FLOOR_ENTRY = join(PROJECT_ROOT, 'lib', 'scripts', 'bench-floor.js');
/** What each package of the design card costs to load by itself (module: its one import). */
const IMPORTS_ALONE: Readonly<Record<string, string>> = {
  '@actions/core': "import * as core from '@actions/core';\ncore.info('');\n",
  undici: "import { request } from 'undici';\nvoid request;\n",
  '@actions/github': "import { getOctokit } from '@actions/github';\nvoid getOctokit;\n",
  'libsodium-wrappers': "import sodium from 'libsodium-wrappers';\nawait sodium.ready;\n",
  // What a Google refresh cannot do without: the packages it loads, together.
  '@actions/core + @actions/github + undici':
    "import * as core from '@actions/core';\nimport { getOctokit } from '@actions/github';\nimport { request } from 'undici';\ncore.info('');\nvoid getOctokit;\nvoid request;\n",
};
const LATENCY = { githubMs: 40, tokenEndpointMs: 80 };
const RESULTS_FILE = join(PROJECT_ROOT, 'bench-results.json');
const GOOGLE_CLIENT = { id: 'bench.apps.googleusercontent.com', secret: 'GOCSPX-bench' };
const FITBIT_CLIENT = { id: '23BNCH', secret: 'bench-secret' };

interface Scenario {
  readonly name: string;
  /** One run of the action; throws when it fails. Resolves to when the process ended. */
  run(env?: Record<string, string>): Promise<number>;
  /** The same requests, in the same rounds, for the node:http floor. */
  readonly floorPlan: FloorRequest[][];
}

interface ScenarioResult {
  readonly name: string;
  readonly medianMs: number;
  readonly bareNodeMedianMs: number;
  readonly ratio: number;
  /** The write-only peer's median, as a ratio to bare Node in the same interleaved runs. */
  readonly peerRatio: number;
  /** The node:http floor's median, likewise. */
  readonly floorRatio: number;
  /** Median time from the last answer the simulators sent to the process's end. */
  readonly exitAfterLastAnswerMs: number;
  readonly peakRssBytes: number;
  readonly requests: { github: number; tokenEndpoint: number };
  readonly withLatency: { medianMs: number; roundTrips: number };
}

// `npm run bench -- pull` runs only the pull's backfill, which takes a while.
if (!process.argv.slice(2).includes('pull')) await benchKeeper();
await benchPull(join(PROJECT_ROOT, 'bench-pull-results.json'));

/** The keeper action: a Google refresh, a Fitbit and a WHOOP rotation, as described above. */
async function benchKeeper(): Promise<void> {
  const world = await startWorld({
    repository: REPOSITORY,
    writer: WRITER,
    fitbitClient: { ...FITBIT_CLIENT, type: 'server' },
    googleClient: GOOGLE_CLIENT,
  });
  try {
    const scenarios = await makeScenarios(world);
    const peer = await bundled('bench-peer');
    console.log(
      `node ${process.version}, ${RUNS} runs of each, interleaved with node -e 0, the write-only peer and the node:http floor`,
    );
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) results.push(await measure(scenario, world, peer));
    const bareExitMs = await bareExitDelay();
    const distBytes = await folderBytes(join(PROJECT_ROOT, 'dist'));
    const importsAlone = await measureImportsAlone();
    printTable(results, distBytes, bareExitMs);
    console.log('\neach package alone, bundled by ncc and run (its import cost, not ours):');
    for (const [name, alone] of Object.entries(importsAlone)) {
      console.log(
        `  ${name.padEnd(42)}${`${alone.medianMs.toFixed(0)} ms`.padStart(8)}${`${alone.ratio.toFixed(1)}×`.padStart(7)} node -e 0`,
      );
    }
    const report = {
      node: process.version,
      runs: RUNS,
      latency: LATENCY,
      distBytes,
      importsAlone,
      bareExitMs,
      results,
    };
    await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwritten to ${RESULTS_FILE}`);
  } finally {
    await world.close();
  }
}

/** A script of scripts/ (compiled to lib/scripts/), bundled by ncc as dist/ is. */
async function bundled(name: string): Promise<string> {
  const out = join(CACHE, name);
  await spawned(join(PROJECT_ROOT, 'node_modules', '.bin', 'ncc'), [
    'build',
    join(PROJECT_ROOT, 'lib', 'scripts', `${name}.js`),
    '-o',
    out,
    '--quiet',
  ]);
  const [entry] = (await readdir(out)).filter((file) => /^index\.m?js$/.test(file));
  if (entry === undefined) throw new Error(`ncc wrote no index.js for ${name}`);
  return join(out, entry);
}

/**
 * What importing each package costs by itself: a bundle holding only that
 * import, built by ncc as dist/ is, run as often as the scenarios and
 * interleaved with bare Node. Where the action's time goes that is not ours.
 */
async function measureImportsAlone(): Promise<Record<string, { medianMs: number; ratio: number }>> {
  const bundles: [string, string][] = [];
  for (const [name, source] of Object.entries(IMPORTS_ALONE)) {
    const folder = join(CACHE, `alone-${name.replace(/\W/g, '-')}`);
    await mkdir(folder, { recursive: true });
    const entry = join(folder, 'entry.mjs');
    await writeFile(entry, source);
    await spawned(join(PROJECT_ROOT, 'node_modules', '.bin', 'ncc'), [
      'build',
      entry,
      '-o',
      join(folder, 'out'),
      '--quiet',
    ]);
    bundles.push([name, join(folder, 'out', 'index.mjs')]);
  }
  const times = new Map<string, number[]>(bundles.map(([name]) => [name, []]));
  const bareTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bareTimes.push(await timed(bareNode));
    for (const [name, bundle] of bundles) {
      times.get(name)?.push(await timed(() => spawned(process.execPath, [bundle])));
    }
  }
  const bare = median(bareTimes);
  return Object.fromEntries(
    [...times].map(([name, values]) => [
      name,
      { medianMs: median(values), ratio: median(values) / bare },
    ]),
  );
}

async function makeScenarios(world: World): Promise<Scenario[]> {
  const googleToken = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: 'x' });
  let fitbitToken = world.fitbit.issueGrant({
    clientId: FITBIT_CLIENT.id,
    scope: 'sleep',
    userId: 'BENCH',
  });
  const whoop = PRESET_CLIENTS.whoop;
  let whoopToken = world.presets.whoop.issueGrant({
    clientId: whoop.id,
    scope: 'read:sleep offline',
    user: 'bench',
  });
  const succeed = async (inputs: Record<string, string>, env: Record<string, string>) => {
    const run = await runAction(inputs, { env });
    if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.stdout}`);
    return run.endedAt ?? Date.now();
  };
  const github = (method: string, path: string, body?: unknown): FloorRequest => ({
    method,
    url: `${world.github.url}/repos/${REPOSITORY}/actions/secrets/${path}`,
    headers: {
      authorization: `token ${WRITER}`,
      accept: 'application/vnd.github.v3+json',
      'user-agent': 'bench-floor',
      'x-github-api-version': '2022-11-28',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const tokenPost = (url: string, form: Record<string, string>): FloorRequest => ({
    method: 'POST',
    url,
    headers: {
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
      'user-agent': 'bench-floor',
    },
    body: new URLSearchParams(form).toString(),
  });
  const sealed = await sealedForFloor(world);
  // A rotation's round trips: a spent token at the token endpoint (with the provider's `form`
  // besides), and other secrets: the floor leaves the chain alone.
  const rotationFloor = (tokenUrl: string, form: Record<string, string>): FloorRequest[][] => [
    [github('GET', 'public-key')],
    [github('PUT', 'BENCH_FLOOR_PROBE', sealed)],
    [
      github('DELETE', 'BENCH_FLOOR_PROBE'),
      tokenPost(tokenUrl, {
        grant_type: 'refresh_token',
        refresh_token: 'spent-refresh-token-of-the-floor',
        ...form,
      }),
    ],
    [github('PUT', 'BENCH_FLOOR_SECRET', sealed)],
  ];
  return [
    {
      name: 'google refresh',
      run: (env = {}) => succeed(world.googleInputs(googleToken), env),
      floorPlan: [
        [github('GET', 'public-key')],
        [
          tokenPost(world.google.tokenUrl, {
            grant_type: 'refresh_token',
            refresh_token: googleToken,
            client_id: GOOGLE_CLIENT.id,
            client_secret: GOOGLE_CLIENT.secret,
          }),
        ],
      ],
    },
    {
      name: 'fitbit rotation',
      run: async (env = {}) => {
        const endedAt = await succeed(world.fitbitInputs(fitbitToken), env);
        fitbitToken = world.github.secretValue(world.target, 'FITBIT_REFRESH_TOKEN') ?? '';
        return endedAt;
      },
      floorPlan: rotationFloor(world.fitbit.tokenUrl, {}),
    },
    {
      name: 'whoop rotation',
      run: async (env = {}) => {
        const endedAt = await succeed(world.presetInputs('whoop', whoopToken), env);
        whoopToken = world.github.secretValue(world.target, 'WHOOP_REFRESH_TOKEN') ?? '';
        return endedAt;
      },
      floorPlan: rotationFloor(world.presets.whoop.tokenUrl, {
        client_id: whoop.id,
        client_secret: whoop.secret,
        scope: 'offline',
      }),
    },
  ];
}

/** The token endpoints the scenarios use. */
function tokenEndpoints(world: World) {
  return [world.google, world.fitbit, world.presets.whoop];
}

/** A value sealed for the repository ahead of time: the floor sends bytes, it seals nothing. */
async function sealedForFloor(world: World): Promise<{ encrypted_value: string; key_id: string }> {
  const response = await fetch(
    `${world.github.url}/repos/${REPOSITORY}/actions/secrets/public-key`,
    {
      headers: { authorization: `token ${WRITER}`, 'user-agent': 'bench' },
    },
  );
  const key = (await response.json()) as { key: string; key_id: string };
  await sodium.ready;
  const { ORIGINAL } = sodium.base64_variants;
  const value = sodium.crypto_box_seal(
    sodium.from_string('floor'),
    sodium.from_base64(key.key, ORIGINAL),
  );
  return { encrypted_value: sodium.to_base64(value, ORIGINAL), key_id: key.key_id };
}

async function measure(scenario: Scenario, world: World, peer: string): Promise<ScenarioResult> {
  const peerRun = () => peerJob(world, peer);
  const floorRun = () =>
    spawned(process.execPath, [FLOOR_ENTRY], {
      BENCH_FLOOR_PLAN: JSON.stringify(scenario.floorPlan),
    });
  // Warm the file cache and the simulators.
  await scenario.run();
  await peerRun();
  await floorRun();
  const times = {
    action: [] as number[],
    bare: [] as number[],
    peer: [] as number[],
    floor: [] as number[],
  };
  const exitDelays: number[] = [];
  let requests = { github: 0, tokenEndpoint: 0 };
  for (let i = 0; i < RUNS; i++) {
    times.bare.push(await timed(bareNode));
    const mark = requestCounts(world);
    let endedAt = 0;
    times.action.push(
      await timed(async () => {
        endedAt = await scenario.run();
      }),
    );
    const after = requestCounts(world);
    requests = {
      github: requests.github + after.github - mark.github,
      tokenEndpoint: requests.tokenEndpoint + after.tokenEndpoint - mark.tokenEndpoint,
    };
    exitDelays.push(endedAt - lastArrival(world));
    times.peer.push(await timed(peerRun));
    times.floor.push(await timed(floorRun));
  }
  const peakRssBytes = await peakRss(scenario);
  const withLatency = await measureWithLatency(scenario, world);
  const bare = median(times.bare);
  return {
    name: scenario.name,
    medianMs: median(times.action),
    bareNodeMedianMs: bare,
    ratio: median(times.action) / bare,
    peerRatio: median(times.peer) / bare,
    floorRatio: median(times.floor) / bare,
    exitAfterLastAnswerMs: median(exitDelays),
    peakRssBytes,
    requests: { github: requests.github / RUNS, tokenEndpoint: requests.tokenEndpoint / RUNS },
    withLatency,
  };
}

/** The write-only peer: one secret written, as the actions that only set a secret do. */
async function peerJob(world: World, entry: string): Promise<void> {
  const run = await runAction(
    {
      'github-token': WRITER,
      repository: REPOSITORY,
      'github-api-url': world.github.url,
      'secret-name': 'BENCH_PEER_SECRET',
      value: 'peer',
    },
    { entry },
  );
  if (run.exitCode !== 0) throw new Error(`the peer failed:\n${run.stdout}${run.stderr}`);
}

/** When the last request of any simulator arrived (each is answered at once, without latency). */
function lastArrival(world: World): number {
  const last = (requests: readonly { receivedAt: number }[]) => requests.at(-1)?.receivedAt ?? 0;
  return Math.max(
    last(world.github.requests),
    ...tokenEndpoints(world).map((sim) => last(sim.requests)),
  );
}

/**
 * Bare Node's own exit, measured as the action's is: from its last sign of
 * work (a byte on standard output) to the end of the process.
 */
async function bareExitDelay(): Promise<number> {
  const delays: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    delays.push(
      await new Promise<number>((resolve, reject) => {
        const child = spawn(process.execPath, ['-e', "process.stdout.write('x')"], {
          stdio: ['ignore', 'pipe', 'ignore'],
        });
        let wroteAt = 0;
        child.stdout.on('data', () => {
          wroteAt = Date.now();
        });
        child.on('error', reject);
        child.on('close', () => resolve(Date.now() - wroteAt));
      }),
    );
  }
  return median(delays);
}

/**
 * Every GitHub answer delayed 40 ms and every token answer 80 ms. Requests sent
 * in one parallel round arrive within a few milliseconds of each other; the
 * next round only after an answer, so a gap of half the latency separates rounds.
 */
async function measureWithLatency(scenario: Scenario, world: World) {
  const forever = Number.POSITIVE_INFINITY;
  world.github.faults.push({ delayMs: LATENCY.githubMs, times: forever });
  for (const sim of tokenEndpoints(world)) {
    sim.faults.push({ delayMs: LATENCY.tokenEndpointMs, times: forever });
  }
  try {
    const times: number[] = [];
    let roundTrips = 0;
    for (let i = 0; i < Math.ceil(RUNS / 3); i++) {
      const since = Date.now();
      times.push(
        await timed(async () => {
          await scenario.run();
        }),
      );
      roundTrips = rounds(arrivalsSince(world, since), LATENCY.githubMs / 2);
    }
    return { medianMs: median(times), roundTrips };
  } finally {
    world.github.faults.clear();
    for (const sim of tokenEndpoints(world)) sim.faults.clear();
  }
}

function arrivalsSince(world: World, since: number): number[] {
  const servers: { requests: readonly { receivedAt: number }[] }[] = [
    world.github,
    ...tokenEndpoints(world),
  ];
  return servers
    .flatMap((server) => server.requests.map((request) => request.receivedAt))
    .filter((time) => time >= since)
    .sort((a, b) => a - b);
}

function rounds(arrivals: readonly number[], gapMs: number): number {
  return arrivals.filter((time, i) => i === 0 || time - (arrivals[i - 1] ?? 0) >= gapMs).length;
}

function requestCounts(world: World) {
  return {
    github: world.github.requests.length,
    tokenEndpoint: tokenEndpoints(world).reduce((sum, sim) => sum + sim.requests.length, 0),
  };
}

/** Peak resident memory of one run: the child reports its own maxRSS as it exits. */
async function peakRss(scenario: Scenario): Promise<number> {
  return (await withPeakRss((env) => scenario.run(env))).peakRssBytes;
}

function bareNode(): Promise<void> {
  return spawned(process.execPath, ['-e', '0']);
}

function spawned(
  command: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore', env: { ...process.env, ...env } });
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

function printTable(
  results: readonly ScenarioResult[],
  distBytes: number,
  bareExitMs: number,
): void {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const x = (value: number) => `${value.toFixed(1)}×`;
  console.log(
    `\n${'scenario'.padEnd(16)}${'median'.padStart(9)}${'node -e 0'.padStart(11)}${'ratio'.padStart(8)}${'peer'.padStart(7)}${'floor'.padStart(7)}${'exit'.padStart(8)}${'peak RSS'.padStart(11)}${'requests'.padStart(11)}${'w/ latency'.padStart(12)}${'rounds'.padStart(8)}`,
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(16)}${ms(r.medianMs).padStart(9)}${ms(r.bareNodeMedianMs).padStart(11)}${x(r.ratio).padStart(8)}${x(r.peerRatio).padStart(7)}${x(r.floorRatio).padStart(7)}${ms(r.exitAfterLastAnswerMs).padStart(8)}${`${(r.peakRssBytes / 2 ** 20).toFixed(0)} MiB`.padStart(11)}${`${r.requests.github} + ${r.requests.tokenEndpoint}`.padStart(11)}${ms(r.withLatency.medianMs).padStart(12)}${String(r.withLatency.roundTrips).padStart(8)}`,
    );
  }
  console.log(
    `\nratio, peer, floor: medians over node -e 0 in the same interleaved runs (peer: a write-only\naction's whole job; floor: the same requests with node:http); exit: from the last answer to the\nprocess's end (bare Node: ${ms(bareExitMs)} from its last byte out to its end); requests: GitHub +\ntoken endpoint per run; dist/: ${(distBytes / 1e6).toFixed(2)} MB`,
  );
}
