/**
 * Writes dist/licenses.txt: the license of every package the bundles carry
 * (the runtime dependencies and theirs). ncc's own --license output keeps
 * only the last chunk's packages once the bundle is split, so it is not used.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../test/helpers/action-runner.js';

interface Manifest {
  name: string;
  version: string;
  license?: string;
  dependencies?: Record<string, string>;
}

const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;

/** The package folder that `name` resolves to from `from`, as Node looks it up. */
async function packageFolder(name: string, from: string): Promise<string | undefined> {
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, 'node_modules', name);
    if (await readManifest(candidate)) return candidate;
    if (dirname(folder) === folder) return undefined;
  }
}

async function readManifest(folder: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(join(folder, 'package.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

async function licenseText(folder: string): Promise<string> {
  const file = (await readdir(folder)).find((name) => LICENSE_FILE.test(name));
  return file ? (await readFile(join(folder, file), 'utf8')).trim() : '';
}

const root = (await readManifest(PROJECT_ROOT)) as Manifest;
const seen = new Map<string, string>();
const queue: Array<[string, string]> = Object.keys(root.dependencies ?? {}).map((name) => [
  name,
  PROJECT_ROOT,
]);
while (queue.length > 0) {
  const [name, from] = queue.shift() as [string, string];
  const folder = await packageFolder(name, from);
  if (!folder || seen.has(folder)) continue;
  const manifest = (await readManifest(folder)) as Manifest;
  seen.set(
    folder,
    `${manifest.name}@${manifest.version}\n${manifest.license ?? 'UNKNOWN'}\n${await licenseText(folder)}`,
  );
  for (const dependency of Object.keys(manifest.dependencies ?? {}))
    queue.push([dependency, folder]);
}
const text = `${[...seen.values()].sort().join('\n\n')}\n`;
await writeFile(join(PROJECT_ROOT, 'dist', 'licenses.txt'), text);
// The entry points are plain ES modules: say so beside them, as ncc does for the bundle.
for (const folder of ['dist', 'dist/cli']) {
  await writeFile(join(PROJECT_ROOT, folder, 'package.json'), '{\n  "type": "module"\n}\n');
}
