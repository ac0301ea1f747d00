/**
 * The charts as the bundled pull action (dist/pull/index.js) draws them, run
 * as a workflow step runs it against the Google Health API simulator: the
 * charts of the requested types appear in charts/, the folder's README shows
 * each one, nothing of them reaches the log, and a re-run over the same data
 * changes no file.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PULL_ENTRY, runAction } from '../../sim/action-runner.js';
import { type HealthSim, startHealthSim } from '../../sim/google-health.js';
import { outsideReferences, parseSvg } from '../helpers/svg.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const tempFolder = useTempFolders();
const TOKEN = 'ya29.pull-charts-e2e-access-token-0123456789';

let sim: HealthSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(): Promise<HealthSim> {
  const started = await startHealthSim({ seed: 8, timeZone: 'America/New_York' });
  started.addToken(TOKEN, [
    'activity_and_fitness.readonly',
    'sleep.readonly',
    'health_metrics_and_measurements.readonly',
  ]);
  sim = started;
  return started;
}

/** A checkout, and the pull step over it. */
async function checkout(health: HealthSim) {
  const root = await tempFolder('ftk-charts-workspace');
  const event = join(root, 'event.json');
  await writeFile(event, JSON.stringify({ repository: { private: true } }));
  const data = join(root, 'data');
  const step = (inputs: Record<string, string>) =>
    runAction(
      { 'api-url': health.url, 'time-zone': 'America/New_York', ...inputs },
      {
        entry: PULL_ENTRY,
        env: { GITHUB_WORKSPACE: root, GITHUB_EVENT_PATH: event, FITBIT_ACCESS_TOKEN: TOKEN },
      },
    );
  return { data, step };
}

/** Every file of the folder, by path, as a hash of its bytes. */
async function tree(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(folder, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return files;
}

describe('the pull action draws charts/*.svg', () => {
  it('for the default types, shown in the README; a re-run over the same data changes no file', async () => {
    const { data, step } = await checkout(await start());
    const inputs = { since: '2026-01-10', until: '2026-03-20' }; // crosses no year: still drawn
    const first = await step(inputs);
    expect(first.errors).toEqual([]);
    expect(first.exitCode).toBe(0);
    const charts = (await readdir(join(data, 'charts'))).sort();
    expect(charts).toEqual([
      'resting-heart-rate-year.svg',
      'sleep-year.svg',
      'steps-30-days.svg',
      'steps-year.svg',
    ]);
    const readme = await readFile(join(data, 'README.md'), 'utf8');
    for (const chart of charts) {
      const svg = await readFile(join(data, 'charts', chart), 'utf8');
      const { width, height, viewBox } = parseSvg(svg).properties;
      expect(viewBox, chart).toBe(`0 0 ${width} ${height}`);
      expect(outsideReferences(svg), chart).toEqual([]);
      expect(Buffer.byteLength(svg), chart).toBeLessThanOrEqual(150 * 1024);
      expect(readme).toMatch(new RegExp(`^!\\[[^\\]]{20,}\\]\\(charts/${chart}\\)$`, 'm'));
    }
    // The lines that read the charts in words stay in the folder: not one of their figures is
    // logged (a figure with its unit, or a number of thousands; a log's counts have neither).
    const figures = readme
      .split('\n')
      .filter((line) => /^(Last|Since) /.test(line))
      .flatMap(
        (line) =>
          line.match(/\d[\d,]*(?:\.\d+)? (?:steps|bpm)|\d+ h \d+ min|\d{1,3}(?:,\d{3})+/g) ?? [],
      );
    expect(figures.length).toBeGreaterThanOrEqual(6);
    const log = `${first.stdout}${first.stderr}${first.summary}`;
    expect(figures.filter((figure) => log.includes(figure))).toEqual([]);

    const held = await tree(data);
    const again = await step(inputs);
    expect(again.exitCode).toBe(0);
    expect(again.outputs['files-written']).toBe('0');
    expect(await tree(data)).toEqual(held);
  });

  it('for the types requested only: steps and weight draw no chart of sleep or heart rate', async () => {
    const { data, step } = await checkout(await start());
    const run = await step({ types: 'steps,weight', since: '2026-02-01', until: '2026-02-28' });
    expect(run.exitCode).toBe(0);
    expect((await readdir(join(data, 'charts'))).sort()).toEqual([
      'steps-30-days.svg',
      'steps-year.svg',
      'weight-year.svg',
    ]);
    const readme = await readFile(join(data, 'README.md'), 'utf8');
    expect(readme).not.toContain('sleep-year.svg');
    expect(readme).not.toContain('resting-heart-rate-year.svg');
  });
});
