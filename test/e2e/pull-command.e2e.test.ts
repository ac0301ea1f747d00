/**
 * The bundled `fitbit-token-keeper pull` (dist/cli/index.js) as a person runs
 * it for a first backfill: the token from FITBIT_ACCESS_TOKEN only, the folder
 * relative to the current one, progress on standard error, the outputs on
 * standard output, and the same files the action writes.
 */
import { readdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type HealthSim, startHealthSim } from '../../sim/google-health.js';
import { startCommand } from '../helpers/command-runner.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const tempFolder = useTempFolders();
const TOKEN = 'ya29.pull-command-token-0123456789abcdef';

let sim: HealthSim;
afterEach(async () => {
  await sim?.close();
});

async function pullCommand(
  args: string[],
  env: Record<string, string> = {},
  prepare: (cwd: string) => Promise<void> = async () => {},
) {
  const cwd = await tempFolder('ftk-pull-cwd');
  await prepare(cwd);
  const home = await tempFolder('ftk-home');
  const result = await startCommand(
    ['pull', '--api-url', sim.url, ...args],
    { HOME: home, FITBIT_ACCESS_TOKEN: TOKEN, ...env },
    { cwd },
  ).done;
  return { ...result, cwd };
}

describe('fitbit-token-keeper pull', () => {
  it('backfills into ./data with progress on stderr and the outputs on stdout', async () => {
    sim = await startHealthSim({ seed: 8 });
    sim.addToken(TOKEN, [
      'activity_and_fitness.readonly',
      'sleep.readonly',
      'health_metrics_and_measurements.readonly',
    ]);
    const run = await pullCommand([
      '--since',
      '2026-10-01',
      '--until',
      '2026-10-31',
      '--time-zone',
      'Europe/Berlin',
      '--types',
      'steps,sleep,weight',
    ]);
    expect(run.stderr).not.toMatch(/error/);
    expect(run.exitCode).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'complete-through=2026-10-31',
      'more=false',
      `requests=${sim.requests.length}`,
      expect.stringMatching(/^files-written=\d+$/),
      '',
    ]);
    expect(run.stderr).toMatch(
      /^steps: 2026-10-01 to 2026-10-31, 31 day\(s\), \d+ point\(s\), 31 file\(s\) changed$/m,
    );
    expect(run.stderr).toMatch(/^weight: 2026-10-01 to 2026-10-31/m);
    expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN);
    expect(await readdir(join(run.cwd, 'data', 'weight', '2026'))).toHaveLength(31);
    const csv = await readFile(join(run.cwd, 'data', 'daily.csv'), 'utf8');
    expect(csv.split('\n')).toHaveLength(33);
    expect(csv).toMatch(/^2026-10-\d\d,\d+,/m);
  });

  it('refuses a --folder that leads out of the current folder through a symbolic link, before any request', async () => {
    sim = await startHealthSim();
    const outside = await tempFolder('ftk-outside');
    const run = await pullCommand(['--folder', 'data/health'], {}, (cwd) =>
      symlink(outside, join(cwd, 'data')),
    );
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(
      /^error: option --folder leads out of the working tree: 'data' is a symbolic link to a folder outside it/m,
    );
    expect(sim.requests).toHaveLength(0);
    expect(await readdir(outside)).toEqual([]);
  });

  it('takes no token but FITBIT_ACCESS_TOKEN: without it, a usage error and no request', async () => {
    sim = await startHealthSim();
    const missing = await pullCommand([], { FITBIT_ACCESS_TOKEN: '' });
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(
      /^error: FITBIT_ACCESS_TOKEN is not set: .*Run 'fitbit-token-keeper pull --help'\.$/m,
    );
    const asFlag = await pullCommand(['--access-token', TOKEN]);
    expect(asFlag.exitCode).toBe(2);
    expect(asFlag.stderr).toMatch(/unknown option '--access-token'/);
    expect(sim.requests).toHaveLength(0);
  });

  it('names the option of a bad value (exit 2) and fails a refused token with exit 1', async () => {
    sim = await startHealthSim();
    const bad = await pullCommand(['--since', '2026-13-01']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/^error: option --since must be a date written YYYY-MM-DD/m);
    expect(sim.requests).toHaveLength(0);
    const refused = await pullCommand(['--since', '2026-11-01', '--until', '2026-11-02']);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toMatch(/^error: .*HTTP 401.*The access token is not valid/m);
  });
});
