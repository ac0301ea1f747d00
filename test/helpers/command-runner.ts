/**
 * Runs the bundled `fitbit-token-keeper` command (dist/cli/index.js) as a user
 * would, with a clean environment, and lets a test read its output while it
 * runs (to play the browser) and wait for it to end. A command still running
 * when its test ends (the test failed or timed out) is killed then.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { PROJECT_ROOT } from '../../sim/action-runner.js';

export const COMMAND_ENTRY = join(PROJECT_ROOT, 'dist', 'cli', 'index.js');

/**
 * The Node.js that runs the command: the one running the tests (24), or the
 * one FTK_COMMAND_NODE names; .ci/run runs the command's suites again on 22.
 */
export const COMMAND_NODE = process.env.FTK_COMMAND_NODE || process.execPath;

export interface RunningCommand {
  readonly child: ChildProcessWithoutNullStreams;
  /**
   * Resolves with the first stdout line that matches; rejects when the command ends
   * without it, or after `timeoutMs` (default a minute: the wait includes the process
   * start, which a loaded machine may take seconds over, so only a hang reaches it).
   */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves when the process has ended. */
  readonly done: Promise<{ exitCode: number; stdout: string; stderr: string }>;
  stdout(): string;
  stderr(): string;
}

const running = new Set<ChildProcessWithoutNullStreams>();
afterEach(() => {
  for (const child of running) child.kill();
  running.clear();
});

export function startCommand(
  args: readonly string[],
  env: Record<string, string> = {},
  /** `stdin`: all the command reads, then it ends; `openStdin`: left open for `child.stdin.write`. */
  options: { cwd?: string; stdin?: string; openStdin?: boolean } = {},
): RunningCommand {
  const child = spawn(COMMAND_NODE, [COMMAND_ENTRY, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    cwd: options.cwd ?? PROJECT_ROOT,
  });
  running.add(child);
  child.on('close', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  const offer = () => {
    for (const line of stdout.split('\n')) {
      for (const waiter of [...waiters]) {
        if (waiter.pattern.test(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    }
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    offer();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  if (!options.openStdin) child.stdin.end(options.stdin ?? '');
  const done = new Promise<{ exitCode: number; stdout: string; stderr: string }>((resolveDone) => {
    child.on('close', (code) => resolveDone({ exitCode: code ?? 1, stdout, stderr }));
    // A Node.js that cannot start (a wrong FTK_COMMAND_NODE) ends the command at once, not by timeout.
    child.on('error', (error) => {
      stderr += `could not start ${COMMAND_NODE}: ${error.message}\n`;
      resolveDone({ exitCode: 127, stdout, stderr });
    });
  });
  return {
    child,
    done,
    stdout: () => stdout,
    stderr: () => stderr,
    waitForLine: (pattern, timeoutMs = 60_000) =>
      new Promise((resolveLine, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no stdout line matched ${pattern}; stderr: ${stderr}`)),
          timeoutMs,
        );
        waiters.push({
          pattern,
          resolve: (line) => {
            clearTimeout(timer);
            resolveLine(line);
          },
        });
        offer();
        void done.then(() => {
          clearTimeout(timer);
          reject(new Error(`the command ended before printing ${pattern}; stderr: ${stderr}`));
        });
      }),
  };
}

/** A port nobody listens on right now, for a redirect URI. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const address = server.address();
  await new Promise((resolveClose) => server.close(resolveClose));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
