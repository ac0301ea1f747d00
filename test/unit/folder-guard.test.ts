/**
 * The data folder stays inside the working tree: real folders on disk, real
 * symbolic links, real paths compared (src/health/folder-guard.ts).
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refuseFolderOutside } from '../../src/health/folder-guard.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const tempFolder = useTempFolders();

async function tree() {
  const root = await tempFolder('ftk-guard');
  const workspace = join(root, 'workspace');
  const outside = join(root, 'outside');
  await mkdir(workspace);
  await mkdir(outside);
  return { workspace, outside };
}

describe('refuseFolderOutside', () => {
  it('takes a folder not made yet, a real one, and a link to a folder inside the working tree', async () => {
    const { workspace } = await tree();
    await expect(refuseFolderOutside(join(workspace, 'data', 'health'), workspace)).resolves.toBe(
      undefined,
    );
    await mkdir(join(workspace, 'store', 'data'), { recursive: true });
    await symlink(join(workspace, 'store', 'data'), join(workspace, 'data'));
    await expect(refuseFolderOutside(join(workspace, 'data'), workspace)).resolves.toBe(undefined);
  });

  it('compares real paths: a working tree reached through a link of its own is fine', async () => {
    const { workspace } = await tree();
    const alias = join(await tempFolder('ftk-alias'), 'checkout');
    await symlink(workspace, alias);
    await mkdir(join(workspace, 'data'));
    await expect(refuseFolderOutside(join(alias, 'data'), alias)).resolves.toBe(undefined);
  });

  it.each([
    ['the folder itself', ['data'], 'data'],
    ['a folder on the way', ['records'], 'records/health/data'],
    ['a relative link that climbs out', ['data'], 'data'],
  ])('refuses %s leading out of the working tree', async (name, [link = ''], folder) => {
    const { workspace, outside } = await tree();
    const to = name.startsWith('a relative') ? '../outside' : outside;
    await symlink(to, join(workspace, link));
    await expect(refuseFolderOutside(join(workspace, folder), workspace)).rejects.toThrow(
      new RegExp(
        `^Input 'folder' leads out of the working tree: '${link}' is a symbolic link to a folder outside it`,
      ),
    );
  });

  it('refuses a link back to the working tree itself, whose README.md the data would overwrite', async () => {
    const { workspace } = await tree();
    await symlink(workspace, join(workspace, 'data'));
    await expect(refuseFolderOutside(join(workspace, 'data'), workspace)).rejects.toThrow(
      /is a symbolic link to the working tree itself/,
    );
  });

  it('refuses a dangling link and a file on the way', async () => {
    const { workspace, outside } = await tree();
    await symlink(join(outside, 'gone'), join(workspace, 'data'));
    await expect(refuseFolderOutside(join(workspace, 'data'), workspace)).rejects.toThrow(
      /is a symbolic link to a path that does not exist/,
    );
    await writeFile(join(workspace, 'notes'), 'text');
    await expect(refuseFolderOutside(join(workspace, 'notes', 'data'), workspace)).rejects.toThrow(
      /leads through 'notes', which is a file, not a folder/,
    );
  });
});
