/**
 * vitest's global setup: builds the index of GitHub's OpenAPI operations once
 * for the whole run (parsing the 73 MB description takes a second) and hands
 * it to every test worker through a file the environment names.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOperationIndex, OPERATIONS_FILE_VARIABLE } from '../sim/openapi.js';

export default async function setup(): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'ftk-openapi-'));
  const file = join(folder, 'operations.json');
  await writeFile(file, JSON.stringify(await buildOperationIndex()));
  process.env[OPERATIONS_FILE_VARIABLE] = file;
  return () => rm(folder, { recursive: true, force: true });
}
