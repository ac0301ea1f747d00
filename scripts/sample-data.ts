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
import { cp, readdir, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../sim/action-runner.js';
import { startHealthSim } from '../sim/google-health.js';
import { pullSpan } from './pull-span.js';

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
  try {
    const { workspace } = await pullSpan(sim, {
      types: TYPES,
      since: SINCE,
      until: UNTIL,
      timeZone: TIME_ZONE,
      token: TOKEN,
      maxRequests: 1000,
    });
    try {
      // Replaced whole: a file the pull no longer writes must not stay behind.
      await rm(target, { recursive: true, force: true });
      await cp(join(workspace, 'data'), target, { recursive: true });
      return await sizeOf(target);
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  } finally {
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
