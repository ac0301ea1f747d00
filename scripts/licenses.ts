/**
 * Writes dist/licenses.txt: the license of every package the bundle carries,
 * as ncc's build statistics (lib/ncc-stats.json) list its modules. ncc's own
 * --license output keeps only the last chunk's packages once the bundle is
 * split, so it is not used.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../sim/action-runner.js';

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly license?: string;
}

interface Stats {
  readonly modules?: ReadonlyArray<{ readonly name?: string; readonly modules?: Stats['modules'] }>;
}

const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;
/** `./node_modules/@scope/name/…` or `./node_modules/name/…`, the innermost package wins. */
const PACKAGE_PATH = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//;

/** Every package folder a module of the bundle came from. */
function packageFolders(stats: Stats): Set<string> {
  const folders = new Set<string>();
  const visit = (modules: Stats['modules']) => {
    for (const module of modules ?? []) {
      const folder = PACKAGE_PATH.exec(module.name ?? '')?.[1];
      if (folder) folders.add(join(PROJECT_ROOT, folder));
      visit(module.modules);
    }
  };
  visit(stats.modules);
  return folders;
}

async function notice(folder: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8')) as Manifest;
  const file = (await readdir(folder)).find((name) => LICENSE_FILE.test(name));
  const text = file ? (await readFile(join(folder, file), 'utf8')).trim() : '';
  return `${manifest.name}@${manifest.version}\n${manifest.license ?? 'UNKNOWN'}\n${text}`;
}

const stats = JSON.parse(await readFile(join(PROJECT_ROOT, 'lib', 'ncc-stats.json'), 'utf8'));
const notices = await Promise.all([...packageFolders(stats)].map(notice));
await writeFile(
  join(PROJECT_ROOT, 'dist', 'licenses.txt'),
  `${[...new Set(notices)].sort().join('\n\n')}\n`,
);
// The entry points are plain ES modules: say so beside them, as ncc does for the bundle.
for (const folder of ['dist', 'dist/cli']) {
  await writeFile(join(PROJECT_ROOT, folder, 'package.json'), '{\n  "type": "module"\n}\n');
}
