/**
 * For a vitest file: temporary folders (homes, clones, key folders) that are
 * all removed after its tests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export function useTempFolders(): (prefix: string) => Promise<string> {
  const folders: string[] = [];
  afterAll(async () => {
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });
  return async (prefix) => {
    const folder = await mkdtemp(join(tmpdir(), `${prefix}-`));
    folders.push(folder);
    return folder;
  };
}
