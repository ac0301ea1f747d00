/** The `fitbit-token-keeper` command: dispatches to authorize, keygen and recover. */
import { text } from 'node:stream/consumers';
import open from 'open';
import { authorize } from './authorize.js';
import type { CommandIo } from './io.js';
import { keygen, recover } from './recovery.js';
import { terminalSafe } from './terminal-text.js';

const USAGE = `Usage:
  fitbit-token-keeper authorize --client-id ID [--client-secret S] [--provider google|fitbit|custom]
      [--authorize-url URL] [--token-url URL] [--scopes "a b"] [--redirect-uri http://127.0.0.1:8080/]
      [--repository owner/name] [--environment ENV] [--secret-name NAME] [--github-token T]
      [--github-api-url URL] [--no-open] [--print] [--timeout SECONDS]
  fitbit-token-keeper keygen [--private-key-file F]
  fitbit-token-keeper recover --private-key-file F < sealed.txt

authorize reads its secrets from the environment when the flag is not given; prefer that, since
every local user can read a command line (e.g. with ps):
  FITBIT_TOKEN_KEEPER_CLIENT_SECRET   the client secret (else --client-secret)
  GH_TOKEN, else GITHUB_TOKEN         the GitHub token (else --github-token)
--timeout SECONDS (default 300, at most 86400) bounds the whole command: GitHub, consent, exchange.`;

const COMMANDS: Record<string, (args: string[], io: CommandIo) => Promise<number>> = {
  authorize,
  keygen,
  recover,
};

// Every line goes through terminalSafe: text echoed from arguments or providers must not be
// able to drive the terminal, even where no one thought to clean it.
const io: CommandIo = {
  out: (line) => process.stdout.write(`${terminalSafe(line)}\n`),
  err: (line) => process.stderr.write(`${terminalSafe(line)}\n`),
  env: process.env,
  cwd: process.cwd(),
  openUrl: async (url) => {
    const child = await open(url);
    // A browser that cannot start should not keep this process alive.
    child.unref();
  },
  readStdin: () => text(process.stdin),
};

const [command = '', ...args] = process.argv.slice(2);
const handler = COMMANDS[command];
if (handler) {
  process.exitCode = await handler(args, io);
} else {
  io.err(
    command === '--help' || command === '-h' || command === ''
      ? USAGE
      : `Unknown command '${command}'.\n${USAGE}`,
  );
  process.exitCode = command === '--help' || command === '-h' ? 0 : 2;
}
