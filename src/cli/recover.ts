/**
 * `fitbit-token-keeper recover`: opens a refresh token the action sealed to the
 * recovery key when GitHub would not store it, and prints it.
 */
import { readFile } from 'node:fs/promises';
import { DEFAULT_SECRET_NAME } from '../grant/settings.js';
import { errorMessage, InputError } from '../lib/errors.js';
import { openRecovered, RECOVERY_MARKER } from '../lib/recovery.js';
import { secretName } from '../lib/validators.js';
import { defineCommand, EXIT } from './command.js';
import { DEFAULT_KEY_HELP, keyFileOf, keyFileProblem } from './key-file.js';
import { HELP_OPTION } from './options.js';

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
    const file = keyFileOf(given, io);
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
