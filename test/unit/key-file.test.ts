/** Where the recovery key goes by default, and how a git working tree around a path is found. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workingTreeAround } from '../../src/cli/git-remote.js';
import { defaultKeyFile } from '../../src/cli/key-file.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const tempFolder = useTempFolders();

describe('defaultKeyFile', () => {
  it('uses an absolute XDG_CONFIG_HOME, else ~/.config (a relative one is ignored, as XDG says)', () => {
    expect(defaultKeyFile({ XDG_CONFIG_HOME: '/cfg' }, '/home/u')).toBe(
      '/cfg/fitbit-token-keeper/recovery.key',
    );
    for (const env of [{}, { XDG_CONFIG_HOME: '' }, { XDG_CONFIG_HOME: 'cfg' }]) {
      expect(defaultKeyFile(env, '/home/u')).toBe(
        '/home/u/.config/fitbit-token-keeper/recovery.key',
      );
    }
  });
});

describe('workingTreeAround', () => {
  it('finds the folder with .git (a folder, or the file of a linked worktree) above a path', async () => {
    const root = await tempFolder('ftk-tree');
    await mkdir(join(root, 'clone', '.git'), { recursive: true });
    await mkdir(join(root, 'worktree', 'deep'), { recursive: true });
    await writeFile(join(root, 'worktree', '.git'), 'gitdir: /elsewhere\n');
    await mkdir(join(root, 'plain'));
    expect(await workingTreeAround(join(root, 'clone', 'not', 'yet', 'made'))).toBe(
      join(root, 'clone'),
    );
    expect(await workingTreeAround(join(root, 'worktree', 'deep'))).toBe(join(root, 'worktree'));
    expect(await workingTreeAround(join(root, 'plain'))).toBeUndefined();
  });
});
