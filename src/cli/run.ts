/** The `fitbit-token-keeper` command: the real outside world, handed to the tool. */
import { homedir } from 'node:os';
import { createInterface } from 'node:readline';
import { text } from 'node:stream/consumers';
import type { CommandIo } from './io.js';
import { terminalSafe } from './terminal-text.js';
import { runTool } from './tool.js';

// Every line goes through terminalSafe: text echoed from arguments or providers must not be
// able to drive the terminal, even where no one thought to clean it.
const io: CommandIo = {
  out: (line) => process.stdout.write(`${terminalSafe(line)}\n`),
  err: (line) => process.stderr.write(`${terminalSafe(line)}\n`),
  env: process.env,
  cwd: process.cwd(),
  home: homedir(),
  stdinIsTTY: process.stdin.isTTY === true,
  openUrl: async (url) => {
    // Loaded only when a browser is opened: the package starts child processes.
    const { default: open } = await import('open');
    const child = await open(url);
    // A browser that cannot start should not keep this process alive.
    child.unref();
  },
  readStdin: () => text(process.stdin),
  readLine,
};

/** The first line typed or piped on standard input, which is then let go so the process can end. */
function readLine(signal: AbortSignal): Promise<string | undefined> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  let onAbort = () => {};
  return new Promise<string | undefined>((resolve, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    lines.once('line', resolve);
    lines.once('close', () => resolve(undefined));
  }).finally(() => {
    signal.removeEventListener('abort', onAbort);
    lines.close();
    process.stdin.destroy();
  });
}

process.exitCode = await runTool(process.argv.slice(2), io);
