/**
 * keygen and recover with the outside world injected (CommandIo): the home
 * folder and whether standard input is a terminal come from the io, so what
 * a person at a terminal sees can be checked without one.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../../src/cli/io.js';
import { KEYGEN } from '../../src/cli/keygen.js';
import { RECOVER } from '../../src/cli/recover.js';
import { sealForRecovery } from '../../src/lib/recovery.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const tempFolder = useTempFolders();
const PROMPT = 'Paste the sealed line from the log, then press Ctrl-D:';

/** An io whose streams are arrays; `events` keeps the order of lines and the stdin read. */
function fakeIo(options: { home: string; stdin?: string; stdinIsTTY?: boolean }) {
  const events: string[] = [];
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    out: (line) => {
      out.push(line);
      events.push(`out: ${line}`);
    },
    err: (line) => {
      err.push(line);
      events.push(`err: ${line}`);
    },
    env: {},
    cwd: options.home,
    home: options.home,
    stdinIsTTY: options.stdinIsTTY ?? false,
    openUrl: async () => undefined,
    readStdin: async () => {
      events.push('stdin read');
      return options.stdin ?? '';
    },
    readLine: async () => {
      throw new Error('recover reads standard input whole, never a line');
    },
  };
  return { io, out, err, events };
}

async function keyPair(home: string): Promise<string> {
  const { io, out } = fakeIo({ home });
  expect(await KEYGEN.execute([], io)).toBe(0);
  return out[0] ?? '';
}

describe('keygen', () => {
  it("writes under the io's home folder, not the process's", async () => {
    const home = await tempFolder('ftk-unit-home');
    await keyPair(home);
    const keyFile = join(home, '.config', 'fitbit-token-keeper', 'recovery.key');
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect((await readFile(keyFile, 'utf8')).trim()).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });
});

describe('recover', () => {
  it('prompts on standard error before it reads a terminal', async () => {
    const home = await tempFolder('ftk-unit-home');
    const sealed = await sealForRecovery('rt-from-a-terminal', await keyPair(home));
    const { io, events } = fakeIo({ home, stdin: `${sealed}\n`, stdinIsTTY: true });
    expect(await RECOVER.execute([], io)).toBe(0);
    expect(events.slice(0, 3)).toEqual([`err: ${PROMPT}`, 'stdin read', 'out: rt-from-a-terminal']);
  });

  it('does not prompt a pipe', async () => {
    const home = await tempFolder('ftk-unit-home');
    const sealed = await sealForRecovery('rt-from-a-pipe', await keyPair(home));
    const { io, err, out } = fakeIo({ home, stdin: sealed });
    expect(await RECOVER.execute([], io)).toBe(0);
    expect(out).toEqual(['rt-from-a-pipe']);
    expect(err.join('\n')).not.toContain(PROMPT);
  });

  it('asks for no paste when the private key is missing', async () => {
    const home = await tempFolder('ftk-unit-home');
    const { io, events } = fakeIo({ home, stdinIsTTY: true });
    expect(await RECOVER.execute([], io)).toBe(1);
    expect(events).toEqual([
      `err: error: the private key file ${join(home, '.config', 'fitbit-token-keeper', 'recovery.key')} does not exist`,
    ]);
  });

  it('says there was no input when a person presses Ctrl-D at once', async () => {
    const home = await tempFolder('ftk-unit-home');
    await keyPair(home);
    const { io, err, out } = fakeIo({ home, stdin: '  \n', stdinIsTTY: true });
    expect(await RECOVER.execute([], io)).toBe(1);
    expect(err).toEqual([
      PROMPT,
      'error: no input: pipe or paste the sealed text (the log line with fitbit-token-keeper-recovery:) on standard input',
    ]);
    expect(out).toEqual([]);
  });
});
