/**
 * `fitbit-token-keeper keygen` and `recover`: make the recovery key pair, and
 * open a refresh token the action sealed to it when GitHub would not store it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage } from '../lib/errors.js';
import { generateRecoveryKeyPair, openRecovered } from '../lib/recovery.js';
import type { CommandIo } from './io.js';

const DEFAULT_KEY_FILE = 'fitbit-token-keeper-recovery.key';

export async function keygen(args: string[], io: CommandIo): Promise<number> {
  try {
    const { values } = parseArgs({ args, options: { 'private-key-file': { type: 'string' } } });
    const file = resolve(io.cwd, values['private-key-file'] ?? DEFAULT_KEY_FILE);
    const pair = await generateRecoveryKeyPair();
    // 'wx': never overwrite an existing key, which may be the only way to open a sealed token.
    await writeFile(file, `${pair.privateKey}\n`, { mode: 0o600, flag: 'wx' });
    io.out(pair.publicKey);
    io.err(
      `Private key written to ${file} (readable by you only). Keep it off the repository. Put the public key above into the action's recovery-public-key input.`,
    );
    return 0;
  } catch (error) {
    const exists = (error as { code?: unknown }).code === 'EEXIST';
    io.err(
      `error: ${exists ? 'the private key file exists already; it is not overwritten (pass another --private-key-file)' : errorMessage(error)}`,
    );
    return 1;
  }
}

export async function recover(args: string[], io: CommandIo): Promise<number> {
  try {
    const { values } = parseArgs({ args, options: { 'private-key-file': { type: 'string' } } });
    const keyFile = values['private-key-file'];
    if (!keyFile) throw new Error('--private-key-file is required');
    const privateKey = await readFile(resolve(io.cwd, keyFile), 'utf8');
    const sealed = await io.readStdin();
    io.out(await openRecovered(sealed, privateKey));
    io.err('Store it again with: gh secret set FITBIT_REFRESH_TOKEN (paste it at the prompt).');
    return 0;
  } catch (error) {
    io.err(`error: ${errorMessage(error)}`);
    return 1;
  }
}
