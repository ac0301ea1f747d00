/**
 * Start and finish near the floor, checked by what happens, not by a clock:
 * the command's --version and --help load no HTTP client, neither they nor
 * the keeper action load the charting libraries (only a pull that draws
 * does), a Google refresh loads the presets only as data and none of the
 * command's consent, and the action turns
 * V8's WebAssembly tier-up off once its bundle has loaded (not before, which
 * would cost Node its code cache), so that no background compile of undici's
 * parser holds the process at exit.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_ENTRY, PULL_ENTRY, runAction } from '../../sim/action-runner.js';
import { startHealthSim } from '../../sim/google-health.js';
import { startWorld } from '../../sim/world.js';
import { COMMAND_ENTRY, COMMAND_NODE } from '../helpers/command-runner.js';

const TOKEN = 'ya29.start-up-e2e-access-token';
let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ftk-start-up-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

function runNode(
  node: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 1, stdout, stderr }));
  });
}

/** The files a run of the command (or another entry) loaded (module hooks record each one). */
async function filesLoadedBy(
  args: readonly string[],
  entry = COMMAND_ENTRY,
  node = COMMAND_NODE,
): Promise<string[]> {
  const record = join(folder, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  const hooks = await recordingHooks();
  await writeFile(record, '');
  const result = await runNode(node, [`--import=${hooks}`, entry, ...args], {
    FTK_LOADED: record,
  });
  expect(result.stderr).not.toMatch(/Error \[|registerHooks/);
  return loadedFiles(record);
}

/** Module hooks that append each file loaded to the file FTK_LOADED names. */
async function recordingHooks(): Promise<string> {
  const hooks = join(folder, 'record-loads.mjs');
  await writeFile(
    hooks,
    [
      "import { registerHooks } from 'node:module';",
      "import { appendFileSync } from 'node:fs';",
      'registerHooks({',
      "  load(url, context, next) { appendFileSync(process.env.FTK_LOADED, url + '\\n'); return next(url, context); },",
      '});',
    ].join('\n'),
  );
  return hooks;
}

async function loadedFiles(record: string): Promise<string[]> {
  const urls = (await readFile(record, 'utf8')).split('\n').filter(Boolean);
  return urls.filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url));
}

/** Whether any of `files` holds `text`. */
async function anyHolds(files: readonly string[], text: string): Promise<boolean> {
  for (const file of files) {
    if ((await readFile(file, 'utf8')).includes(text)) return true;
  }
  return false;
}

/** Whether any loaded file holds undici's HTTP parser (the wasm module's own function names). */
function loadsHttpClient(files: readonly string[]): Promise<boolean> {
  return anyHolds(files, 'llhttp_execute');
}

describe('the command answers --version and --help without loading its HTTP client', () => {
  it.each([
    [['--version']],
    [['--help']],
    [['authorize', '--help']],
    [['pull', '--help']],
    [['keygen', '--help']],
  ])('%j', async (args) => {
    const files = await filesLoadedBy(args);
    expect(files.some((file) => file.includes(join('dist', 'bundle')))).toBe(true);
    expect(await loadsHttpClient(files)).toBe(false);
  });

  it('while a command that talks to GitHub loads it (the check can tell)', async () => {
    // No GitHub token: a usage error, found once the work is loaded.
    const files = await filesLoadedBy(['authorize', '--client-id', 'x']);
    expect(await loadsHttpClient(files)).toBe(true);
  });
});

describe('a Google refresh loads what it needs, and no more for the other presets', () => {
  it("loads the presets as data beside its own, and none of the command's consent (listener, paste)", async () => {
    const world = await startWorld({
      repository: 'octo/start-up',
      writer: 'ghp_start_up_writer_0001',
      fitbitClient: { id: 'UNUSED', secret: 'unused', type: 'server' },
    });
    try {
      const token = world.google.issueGrant({
        clientId: 'unused.apps.googleusercontent.com',
        scope: 'x',
      });
      const record = join(folder, `loaded-${Math.random().toString(36).slice(2)}.txt`);
      await writeFile(record, '');
      const result = await runAction(world.googleInputs(token), {
        env: { NODE_OPTIONS: `--import=${await recordingHooks()}`, FTK_LOADED: record },
      });
      expect(result.exitCode, result.stdout).toBe(0);
      const loaded = (await loadedFiles(record)).filter((file) =>
        file.includes(join('dist', 'bundle')),
      );
      // The presets' data and dialects are there (one table, a few functions)...
      expect(await anyHolds(loaded, 'requesttoken')).toBe(true);
      // ...but nothing the command's consent needs: its listener and the Withings paste.
      expect(await anyHolds(loaded, 'The consent redirect has already arrived')).toBe(false);
      expect(await anyHolds(loaded, 'Standard input ended before an address was pasted')).toBe(
        false,
      );
    } finally {
      await world.close();
    }
  });
});

/** Which charting libraries the loaded files hold: vega (its SVG renderer), vega-lite (its messages). */
async function chartingLoaded(files: readonly string[]): Promise<string[]> {
  const loaded = new Set<string>();
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    if (text.includes('SVGStringRenderer')) loaded.add('vega');
    if (text.includes('Invalid specification')) loaded.add('vega-lite');
  }
  return [...loaded].sort();
}

describe('the charting libraries (vega, vega-lite) load only when the pull draws', () => {
  it.each([[['--version']], [['pull', '--help']]])('not for the command %j', async (args) => {
    expect(await chartingLoaded(await filesLoadedBy(args))).toEqual([]);
  });

  it('not for the keeper action', async () => {
    // No inputs: the action fails on its inputs, having loaded its bundle.
    const files = await filesLoadedBy([], ACTION_ENTRY, process.execPath);
    expect(files.some((file) => file.includes(join('dist', 'bundle')))).toBe(true);
    expect(await chartingLoaded(files)).toEqual([]);
  });

  it('not for a pull that draws nothing (an input refused)', async () => {
    const files = await filesLoadedBy([], PULL_ENTRY, process.execPath);
    expect(files.some((file) => file.includes(join('dist', 'bundle')))).toBe(true);
    expect(await chartingLoaded(files)).toEqual([]);
  });

  it('while a pull that draws loads both (the check can tell)', async () => {
    const health = await startHealthSim({ seed: 3 });
    try {
      health.addToken(TOKEN, ['activity_and_fitness.readonly']);
      const workspace = await mkdtemp(join(folder, 'workspace-'));
      const event = join(workspace, 'event.json');
      await writeFile(event, JSON.stringify({ repository: { private: true } }));
      const record = join(folder, 'loaded-by-pull.txt');
      await writeFile(record, '');
      const run = await runAction(
        { types: 'steps', since: '2026-03-01', until: '2026-03-02', 'api-url': health.url },
        {
          entry: PULL_ENTRY,
          env: {
            GITHUB_WORKSPACE: workspace,
            GITHUB_EVENT_PATH: event,
            FITBIT_ACCESS_TOKEN: TOKEN,
            NODE_OPTIONS: `--import=${await recordingHooks()}`,
            FTK_LOADED: record,
          },
        },
      );
      expect(run.exitCode).toBe(0);
      expect(await readdir(join(workspace, 'data', 'charts'))).toContain('steps-year.svg');
      expect(await chartingLoaded(await loadedFiles(record))).toEqual(['vega', 'vega-lite']);
    } finally {
      await health.close();
    }
  });
});

describe('the action turns WebAssembly tier-up off once its bundle has loaded', () => {
  it('in force for a module compiled after the bundle loaded, not for one compiled before', async () => {
    const report = join(folder, 'tiers.json');
    const probe = join(folder, 'wasm-tiers.mjs');
    // A wasm function heated before the action starts, and another at its end.
    await writeFile(
      probe,
      `
import { writeFileSync } from 'node:fs';
const bytes = new Uint8Array([0,97,115,109,1,0,0,0,1,6,1,96,1,127,1,127,3,2,1,0,7,5,1,1,102,0,0,10,9,1,7,0,32,0,65,1,106,11]);
// f(x) = x + add. Another constant, other bytes: V8 reuses the code of a module with the same
// bytes. Compiled synchronously: at beforeExit, only a timer keeps the process alive.
const fresh = (add) =>
  new WebAssembly.Instance(new WebAssembly.Module(bytes.map((b, i) => (i === 35 ? add : b)))).exports.f;
const heat = (f) => { let x = 0; for (let i = 0; i < 1e6; i++) x = f(x); };
const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
const before = fresh(1);
const started = Date.now();
let beforeTieredUp = false;
// Generous: only a V8 that never tiers up ends this loop by the bound.
while (!beforeTieredUp && Date.now() - started < 20000) { heat(before); await pause(); beforeTieredUp = %IsTurboFanFunction(before); }
const tierUpMs = Date.now() - started;
process.once('beforeExit', async () => {
  const after = fresh(2);
  const until = Date.now() + Math.max(1000, 3 * tierUpMs);
  let afterTieredUp = false;
  while (!afterTieredUp && Date.now() < until) { heat(after); await pause(); afterTieredUp = %IsTurboFanFunction(after); }
  writeFileSync(${JSON.stringify(report)}, JSON.stringify({ beforeTieredUp, afterTieredUp, afterBaseline: %IsLiftoffFunction(after) }));
});
`,
    );
    // No inputs: the action fails on its inputs, having loaded its bundle.
    const result = await runNode(
      process.execPath,
      ['--allow-natives-syntax', `--import=${probe}`, ACTION_ENTRY],
      {},
    );
    expect(result.stdout).toMatch(/::error::Input 'client-id'/);
    expect(JSON.parse(await readFile(report, 'utf8'))).toEqual({
      beforeTieredUp: true,
      afterTieredUp: false,
      afterBaseline: true,
    });
  });
});
