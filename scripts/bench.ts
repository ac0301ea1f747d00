/**
 * `npm run bench`: wall time of the bundled action (dist/index.js, spawned as
 * the runner spawns it) against the local simulators: a Google refresh (reads
 * only) and a Fitbit rotation (probe write, exchange, sealed write-back).
 * Prints the median and spread of N runs of each; no network, no credentials.
 */
import { performance } from 'node:perf_hooks';
import { runAction } from '../test/helpers/action-runner.js';
import { startWorld } from '../test/helpers/world.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const world = await startWorld({
  repository: 'octo/bench',
  writer: 'ghp_bench_writer',
  fitbitClient: { id: '23BNCH', secret: 'bench-secret', type: 'server' },
  googleClient: { id: 'bench.apps.googleusercontent.com', secret: 'GOCSPX-bench' },
});
try {
  const googleToken = world.google.issueGrant({
    clientId: 'bench.apps.googleusercontent.com',
    scope: 'x',
  });
  let fitbitToken = world.fitbit.issueGrant({
    clientId: '23BNCH',
    scope: 'sleep',
    userId: 'BENCH',
  });

  const scenarios: Record<string, () => Promise<void>> = {
    'google refresh (no write)': async () => {
      const run = await runAction(world.googleInputs(googleToken));
      if (run.exitCode !== 0) throw new Error(run.stdout);
    },
    'fitbit rotation (probe + write-back)': async () => {
      const run = await runAction(world.fitbitInputs(fitbitToken));
      if (run.exitCode !== 0) throw new Error(run.stdout);
      fitbitToken = world.github.secretValue(world.target, 'FITBIT_REFRESH_TOKEN') ?? '';
    },
  };

  console.log(`node ${process.version}, ${RUNS} runs each, milliseconds per run of dist/index.js`);
  for (const [name, scenario] of Object.entries(scenarios)) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await scenario();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    console.log(
      `${name.padEnd(38)} median ${median.toFixed(0).padStart(5)}   min ${(times[0] ?? 0).toFixed(0).padStart(5)}   max ${(times.at(-1) ?? 0).toFixed(0).padStart(5)}`,
    );
  }
} finally {
  await world.close();
}
