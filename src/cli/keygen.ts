/**
 * `fitbit-token-keeper keygen`: makes the recovery key pair whose public half
 * goes into the action's recovery-public-key input.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { generateRecoveryKeyPair } from '../lib/recovery.js';
import { defineCommand, EXIT } from './command.js';
import { workingTreeAround } from './git-remote.js';
import { DEFAULT_KEY_HELP, keyFileOf, keyFileProblem } from './key-file.js';
import { HELP_OPTION, UsageError } from './options.js';

export const KEYGEN = defineCommand({
  name: 'keygen',
  summary: "Make a recovery key pair for the action's recovery-public-key input.",
  usage: 'keygen [--private-key-file F] [--force]',
  about: [
    'Prints the public key (X25519, base64) on standard output and writes the private key to a file\n' +
      'only you can read, outside any git working tree. It never overwrites an existing key: that key\n' +
      'may be the only one that opens a token sealed earlier.',
  ],
  options: {
    'private-key-file': {
      type: 'string',
      value: 'F',
      help: `where to write the private key; default: ${DEFAULT_KEY_HELP}`,
    },
    force: { type: 'boolean', help: 'write the private key even inside a git working tree' },
    ...HELP_OPTION,
  },
  done: 'the key pair was made',
  run: async (values, io) => {
    const given = values['private-key-file'];
    const file = keyFileOf(given, io);
    const tree = await workingTreeAround(dirname(file));
    if (tree !== undefined && !values.force) {
      throw new UsageError(
        `the private key file ${file} would be inside the git working tree ${tree}, where a commit could publish it; choose a path outside it with --private-key-file, or pass --force`,
      );
    }
    try {
      if (given === undefined) {
        // Our own folder: only the user may list or enter it, whatever it was before.
        await mkdir(dirname(file), { recursive: true, mode: 0o700 });
        await chmod(dirname(file), 0o700);
      }
      const pair = await generateRecoveryKeyPair();
      // 'wx': never overwrite an existing key, which may be the only way to open a sealed token.
      await writeFile(file, `${pair.privateKey}\n`, { mode: 0o600, flag: 'wx' });
      io.out(pair.publicKey);
      io.err(
        `Private key written to ${file} (readable by you only). Put the public key above into the action's recovery-public-key input.`,
      );
      return EXIT.done;
    } catch (error) {
      io.err(`error: ${keyFileProblem(error, file, 'write')}`);
      return EXIT.failed;
    }
  },
});
