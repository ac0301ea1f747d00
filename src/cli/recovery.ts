/**
 * `fitbit-token-keeper keygen` and `recover`: make the recovery key pair, and
 * open a refresh token the action sealed to it when GitHub would not store it.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DEFAULT_SECRET_NAME } from '../grant/settings.js';
import { errorMessage, InputError } from '../lib/errors.js';
import { generateRecoveryKeyPair, openRecovered, RECOVERY_MARKER } from '../lib/recovery.js';
import { secretName } from '../lib/validators.js';
import { defineCommand, EXIT } from './command.js';
import { workingTreeAround } from './git-remote.js';
import { defaultKeyFile, KEY_FILE_NAME, KEY_FOLDER_NAME } from './key-file.js';
import { HELP_OPTION, UsageError } from './options.js';

const DEFAULT_KEY_HELP = `${KEY_FILE_NAME} in $XDG_CONFIG_HOME/${KEY_FOLDER_NAME}/, else in ~/.config/${KEY_FOLDER_NAME}/`;

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
    const file = given === undefined ? defaultKeyFile(io.env, io.home) : resolve(io.cwd, given);
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

export const RECOVER = defineCommand({
  name: 'recover',
  summary: 'Open a refresh token the action sealed to your recovery key, and print it.',
  usage: 'recover [--private-key-file F] [--secret-name NAME] < sealed.txt',
  about: [
    `Reads the sealed text on standard input: the log line with ${RECOVERY_MARKER} (or the\n` +
      'whole log). At a terminal, paste it and press Ctrl-D. Prints the refresh token on standard\n' +
      'output and the gh command that stores it again.',
  ],
  options: {
    'private-key-file': {
      type: 'string',
      value: 'F',
      help: `the private key keygen wrote; default: ${DEFAULT_KEY_HELP}`,
    },
    'secret-name': {
      type: 'string',
      value: 'NAME',
      help: `the secret to store the token in again (for the gh command); default: ${DEFAULT_SECRET_NAME}`,
    },
    ...HELP_OPTION,
  },
  done: 'the token was opened',
  run: async (values, io) => {
    const given = values['private-key-file'];
    const file = given === undefined ? defaultKeyFile(io.env, io.home) : resolve(io.cwd, given);
    try {
      const secret = secretName('secret-name', values['secret-name'] ?? DEFAULT_SECRET_NAME);
      // The key first: no one should paste a sealed token only to learn that the key is missing.
      const privateKey = await readFile(file, 'utf8').catch((error: unknown) => {
        throw new Error(keyFileProblem(error, file, 'read'));
      });
      if (io.stdinIsTTY) io.err('Paste the sealed line from the log, then press Ctrl-D:');
      const sealed = await io.readStdin();
      if (sealed.trim() === '') {
        throw new Error(
          `no input: pipe or paste the sealed text (the log line with ${RECOVERY_MARKER}) on standard input`,
        );
      }
      io.out(await openRecovered(sealed, privateKey));
      io.err(
        `Store it again with: gh secret set ${secret} (in a checkout of the repository, or add --repo owner/name; paste the token at the prompt).`,
      );
      return EXIT.done;
    } catch (error) {
      const message =
        error instanceof InputError
          ? `option --${error.input} ${error.problem}`
          : errorMessage(error);
      io.err(`error: ${message}`);
      return EXIT.failed;
    }
  },
});

/** A file system error as a person reads it: no errno, no syscall, no stack. */
function keyFileProblem(error: unknown, file: string, use: 'read' | 'write'): string {
  switch ((error as { code?: unknown }).code) {
    case 'ENOENT':
      return use === 'read'
        ? `the private key file ${file} does not exist`
        : `the folder ${dirname(file)} does not exist`;
    case 'EEXIST':
      return `a private key exists already at ${file}; it is not overwritten (it may be the only key that opens a sealed token): pass another --private-key-file`;
    case 'EACCES':
    case 'EPERM':
      return `no permission to use ${file}`;
    case 'EISDIR':
      return `${file} is a folder, not a file`;
    default:
      return errorMessage(error);
  }
}
