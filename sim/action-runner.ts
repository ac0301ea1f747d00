/**
 * Runs the bundled action exactly as the Actions runner does: `node dist/index.js`
 * with inputs as INPUT_<NAME> variables (upper-cased, hyphens kept) and the
 * runner's command files in a temp folder. Used by the e2e tests and the demo.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ActionRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly exportedEnv: Record<string, string>;
  readonly summary: string;
  /** Values registered with ::add-mask::, in order, as registered (the command's escapes undone). */
  readonly masks: string[];
  /** The text of each ::error:: line. */
  readonly errors: string[];
  /** Every file the step could write to, with its content, for leak checks. */
  readonly commandFiles: Record<string, string>;
  /** Files the step left in its working folder besides the runner's command files. */
  readonly otherFiles: string[];
  /** For a spawned step: how long the process lived after printing its first ::error::. */
  readonly exitDelayAfterErrorMs?: number | undefined;
  /** For a spawned step: when its process ended (Date.now()), for the bench's exit delay. */
  readonly endedAt?: number | undefined;
  /** For a spawned step killed by a signal (a runner that died): which. */
  readonly signal?: NodeJS.Signals | undefined;
}

interface StepOutcome {
  exitCode: number;
  stdout: string;
  stderr: string;
  exitDelayAfterErrorMs?: number | undefined;
  endedAt?: number | undefined;
  signal?: NodeJS.Signals | undefined;
}

export interface RunOptions {
  /** Extra environment variables, e.g. GITHUB_REPOSITORY. */
  readonly env?: Record<string, string>;
  readonly entry?: string;
  /** Told the step's process id once it is spawned, e.g. for a simulator that kills it. */
  readonly started?: (pid: number) => void;
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const ACTION_ENTRY = join(PROJECT_ROOT, 'dist', 'index.js');
/** The pull action's entry, as pull/action.yml names it (`../dist/pull/index.js`). */
export const PULL_ENTRY = join(PROJECT_ROOT, 'dist', 'pull', 'index.js');

export type CommandFiles = Record<
  'GITHUB_OUTPUT' | 'GITHUB_ENV' | 'GITHUB_STATE' | 'GITHUB_STEP_SUMMARY',
  string
>;

export async function runAction(
  inputs: Record<string, string>,
  options: RunOptions = {},
): Promise<ActionRun> {
  return withRunnerFiles(async (files, folder) => {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      ...files,
      ...options.env,
      ...inputVariables(inputs),
    };
    return spawnNode(options.entry ?? ACTION_ENTRY, env, folder, options.started);
  });
}

/** INPUT_<NAME> as the runner names them: upper-cased, spaces to _, hyphens kept. */
export function inputVariables(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value,
    ]),
  );
}

/**
 * Creates the runner's command files in a temp folder, lets `step` run, then
 * reads back everything the step wrote.
 */
export async function withRunnerFiles(
  step: (files: CommandFiles, folder: string) => Promise<StepOutcome>,
): Promise<ActionRun> {
  const folder = await mkdtemp(join(tmpdir(), 'ftk-runner-'));
  const files: CommandFiles = {
    GITHUB_OUTPUT: join(folder, 'output'),
    GITHUB_ENV: join(folder, 'env'),
    GITHUB_STATE: join(folder, 'state'),
    GITHUB_STEP_SUMMARY: join(folder, 'summary'),
  };
  try {
    await Promise.all(Object.values(files).map((file) => writeFile(file, '')));
    const { exitCode, stdout, stderr, exitDelayAfterErrorMs, endedAt, signal } = await step(
      files,
      folder,
    );
    const [output = '', exported = '', state = '', summary = ''] = await Promise.all(
      Object.values(files).map((file) => readFile(file, 'utf8')),
    );
    const commandFileNames = Object.values(files).map((file) => basename(file));
    const otherFiles = (await readdir(folder)).filter((name) => !commandFileNames.includes(name));
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseCommandFile(output),
      exportedEnv: parseCommandFile(exported),
      summary,
      masks: commandLines(stdout, 'add-mask').map(decodeCommandData),
      errors: commandLines(stdout, 'error'),
      commandFiles: {
        GITHUB_OUTPUT: output,
        GITHUB_ENV: exported,
        GITHUB_STATE: state,
        GITHUB_STEP_SUMMARY: summary,
      },
      otherFiles,
      exitDelayAfterErrorMs,
      endedAt,
      signal,
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** True when `value` first shows up in stdout inside its own ::add-mask:: line. */
export function maskedBeforeAnyOtherUse(stdout: string, value: string): boolean {
  const first = stdout.indexOf(value);
  if (first === -1) return true;
  const lineStart = stdout.lastIndexOf('\n', first) + 1;
  return stdout.slice(lineStart, first) === '::add-mask::';
}

/** Reads `name=value` and `name<<DELIMITER ... DELIMITER` blocks, as the runner does. */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] && heredoc[2]) {
      const end = lines.indexOf(heredoc[2], i + 1);
      if (end === -1) throw new Error(`unterminated block for ${heredoc[1]}`);
      values[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      values[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return values;
}

function commandLines(stdout: string, command: string): string[] {
  const prefix = `::${command}::`;
  return stdout
    .split('\n')
    .filter((line) => line.startsWith(prefix) || line.startsWith(`::${command} `))
    .map((line) => line.slice(line.indexOf('::', 2) + 2));
}

function spawnNode(
  entry: string,
  env: Record<string, string>,
  cwd: string,
  started?: (pid: number) => void,
): Promise<StepOutcome> {
  return new Promise((resolvePromise, reject) => {
    // process.execPath: the same Node 24 that runs the tests, as the runner's node24.
    const child = spawn(process.execPath, [entry], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) started?.(child.pid);
    let stdout = '';
    let stderr = '';
    let errorPrintedAt: number | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (errorPrintedAt === undefined && /^::error::/m.test(stdout)) {
        errorPrintedAt = performance.now();
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const endedAt = Date.now();
      const exitDelayAfterErrorMs =
        errorPrintedAt === undefined ? undefined : performance.now() - errorPrintedAt;
      resolvePromise({
        exitCode: code ?? (signal ? 128 : 1),
        stdout,
        stderr,
        exitDelayAfterErrorMs,
        endedAt,
        signal: signal ?? undefined,
      });
    });
  });
}

/** sim/ when run by vitest, lib/sim/ when compiled for the demo and the bench. */
function findProjectRoot(simFolder: string): string {
  const root = resolve(simFolder, '..');
  return basename(root) === 'lib' ? resolve(root, '..') : root;
}

/**
 * The step log as the Actions UI shows it: mask lines hidden, masked values
 * replaced by ***, workflow commands turned into their annotations.
 */
export function renderRunnerLog(stdout: string, masks: readonly string[]): string {
  const ordered = [...masks].filter(Boolean).sort((a, b) => b.length - a.length);
  return stdout
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('::add-mask::'))
    .map((line) => {
      const command = /^::(error|warning|notice|debug)[^:]*::(.*)$/.exec(line);
      const text = command
        ? `${command[1] === 'debug' ? '##[debug]' : `${capitalize(command[1] ?? '')}: `}${decodeCommandData(command[2] ?? '')}`
        : line;
      return ordered.reduce((out, value) => out.split(value).join('***'), text);
    })
    .join('\n');
}

function decodeCommandData(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
