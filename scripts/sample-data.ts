/**
 * `npm run sample-data`: writes examples/data/, the folder a person gets, so
 * that anyone browsing the repository sees it before installing: the bundled
 * pull action (dist/pull/index.js), run as a workflow step runs it, backfills
 * a year of the simulated person's data (sim/health-data.ts, a fixed seed)
 * from the Google Health API simulator, with its daily.csv, README.md and
 * charts. `since` and `until` are fixed, so a re-run writes the same bytes:
 * CI runs it and fails when the committed copy differs (.ci/run). Re-run it
 * after any change to what the pull writes, and commit examples/data/.
 */
import { cp, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PROJECT_ROOT, PULL_ENTRY, runAction } from '../sim/action-runner.js';
import { startHealthSim } from '../sim/google-health.js';

const SAMPLE_FOLDER = join(PROJECT_ROOT, 'examples', 'data');
/** The default types, and the two more that have charts of their own. */
const TYPES = [
  'steps',
  'sleep',
  'daily-resting-heart-rate',
  'heart-rate',
  'daily-heart-rate-variability',
  'weight',
];
const SINCE = '2025-12-01';
const UNTIL = '2026-11-30';
const TIME_ZONE = 'Europe/Berlin';
const SEED = 1;
const TOKEN = 'ya29.sample-data-access-token';

/** Pulls the sample year into `target` (replacing what it held); its files and bytes. */
async function writeSample(target: string): Promise<{ files: number; bytes: number }> {
  const sim = await startHealthSim({ seed: SEED, timeZone: TIME_ZONE });
  sim.addToken(TOKEN, [
    'activity_and_fitness.readonly',
    'sleep.readonly',
    'health_metrics_and_measurements.readonly',
  ]);
  const workspace = await mkdtemp(join(tmpdir(), 'ftk-sample-data-'));
  try {
    const event = join(workspace, 'event.json');
    await writeFile(event, JSON.stringify({ repository: { private: true } }));
    const step = await runAction(
      {
        types: TYPES.join(','),
        since: SINCE,
        until: UNTIL,
        'time-zone': TIME_ZONE,
        folder: 'data',
        'max-requests': '1000',
        'api-url': sim.url,
      },
      {
        entry: PULL_ENTRY,
        env: { GITHUB_WORKSPACE: workspace, GITHUB_EVENT_PATH: event, FITBIT_ACCESS_TOKEN: TOKEN },
      },
    );
    if (step.exitCode !== 0 || step.outputs.more !== 'false') {
      throw new Error(`the pull did not finish (exit code ${step.exitCode}):\n${step.stdout}`);
    }
    // Replaced whole: a file the pull no longer writes must not stay behind.
    await rm(target, { recursive: true, force: true });
    await cp(join(workspace, 'data'), target, { recursive: true });
    return await sizeOf(target);
  } finally {
    await rm(workspace, { recursive: true, force: true });
    await sim.close();
  }
}

async function sizeOf(folder: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

const { files, bytes } = await writeSample(SAMPLE_FOLDER);
process.stdout.write(
  `${relative(PROJECT_ROOT, SAMPLE_FOLDER)}/: ${files} files, ${(bytes / 1024).toFixed(0)} KiB, a year (${SINCE} to ${UNTIL}) of ${TYPES.join(', ')} from the simulator (seed ${SEED}); commit it.\n`,
);
