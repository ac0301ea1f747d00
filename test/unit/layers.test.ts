/**
 * The layers of src/, as CONTRIBUTING.md's module map describes them:
 * imports point down (entry points → bundle → edges → grant / health →
 * oauth/github → lib), never up, and never sideways between the edges; only
 * the two actions touch @actions/core.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../sim/action-runner.js';

const SRC = join(PROJECT_ROOT, 'src');
/** Which layers each layer may import from (its own always). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  lib: [],
  oauth: ['lib'],
  github: ['lib'],
  grant: ['lib', 'oauth', 'github'],
  health: ['lib'],
  consent: ['lib', 'oauth', 'github', 'grant'],
  'keeper-action': ['lib', 'oauth', 'github', 'grant', 'consent'],
  'pull-action': ['lib', 'github', 'health'],
  cli: ['lib', 'oauth', 'github', 'grant', 'health'],
  entry: ['keeper-action', 'cli', 'pull-action', 'lib'],
};

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Data, not code, that any layer may read: the manifest, for the package's name and version. */
const DATA_FILES = [join(PROJECT_ROOT, 'package.json')];

function layerOf(file: string): string {
  const [first = ''] = relative(SRC, file).split('/');
  return first;
}

/** Static imports and re-exports, side-effect imports, and dynamic import('…') with a literal. */
function importsOf(source: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm,
    /^\s*import\s+'([^']+)'/gm,
    /\bimport\(\s*'([^']+)'\s*\)/g,
  ];
  return patterns.flatMap((pattern) =>
    [...source.matchAll(pattern)].map((match) => match[1] ?? ''),
  );
}

describe('the layers of src/', () => {
  it('import only downwards, and never from one edge into the other', async () => {
    const violations: string[] = [];
    for (const file of await sourceFiles(SRC)) {
      const layer = layerOf(file);
      for (const specifier of importsOf(await readFile(file, 'utf8'))) {
        if (!specifier.startsWith('.')) continue;
        if (DATA_FILES.includes(join(file, '..', specifier))) continue;
        const target = layerOf(join(file, '..', specifier));
        const allowed = target === layer || (MAY_IMPORT[layer] ?? []).includes(target);
        if (!allowed) violations.push(`${relative(SRC, file)} imports ${specifier}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keep test/ to itself: nothing outside it imports from it', async () => {
    const TEST = join(PROJECT_ROOT, 'test');
    const outside: string[] = [];
    for (const folder of ['src', 'sim', 'scripts']) {
      for (const file of await sourceFiles(join(PROJECT_ROOT, folder))) {
        for (const specifier of importsOf(await readFile(file, 'utf8'))) {
          if (!specifier.startsWith('.')) continue;
          const target = relative(TEST, join(file, '..', specifier));
          if (!target.startsWith('..'))
            outside.push(`${relative(PROJECT_ROOT, file)} imports ${specifier}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });

  it('keep the simulators out of what ships: src/ imports nothing from sim/', async () => {
    const SIM = join(PROJECT_ROOT, 'sim');
    const users: string[] = [];
    for (const file of await sourceFiles(SRC)) {
      for (const specifier of importsOf(await readFile(file, 'utf8'))) {
        if (
          specifier.startsWith('.') &&
          !relative(SIM, join(file, '..', specifier)).startsWith('..')
        ) {
          users.push(`${relative(SRC, file)} imports ${specifier}`);
        }
      }
    }
    expect(users).toEqual([]);
  });

  it('let only the two actions touch @actions/core', async () => {
    const users: string[] = [];
    for (const file of await sourceFiles(SRC)) {
      const source = await readFile(file, 'utf8');
      if (
        importsOf(source).includes('@actions/core') &&
        !['keeper-action', 'pull-action'].includes(layerOf(file))
      ) {
        users.push(relative(SRC, file));
      }
    }
    expect(users).toEqual([]);
  });
});
