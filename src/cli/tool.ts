/**
 * The tool's own command line: `--help` (or nothing at all), `--version`, and
 * the dispatch to a command, which reads the rest.
 */
import { errorMessage } from '../lib/errors.js';
import { shown } from '../lib/validators.js';
import { AUTHORIZE } from './authorize.js';
import { type Command, EXIT, TOOL, usageLine } from './command.js';
import type { CommandIo } from './io.js';
import { KEYGEN } from './keygen.js';
import { type OptionSpecs, optionLines } from './options.js';
import { PULL } from './pull.js';
import { RECOVER } from './recover.js';
import { VERSION } from './version.js';

export const COMMANDS: readonly Command[] = [AUTHORIZE, PULL, KEYGEN, RECOVER];

/** The tool's own flags, before any command (read by hand: there are two). */
export const TOOL_OPTIONS = {
  help: {
    type: 'boolean',
    short: 'h',
    help: `show this help; '${TOOL} <command> --help' shows a command's options`,
  },
  version: { type: 'boolean', help: 'print the version' },
} as const satisfies OptionSpecs;

export async function runTool(args: readonly string[], io: CommandIo): Promise<number> {
  const [first, ...rest] = args;
  if (first === undefined || first === '--help' || first === '-h') {
    io.out(toolHelp());
    return EXIT.done;
  }
  if (first === '--version') {
    io.out(VERSION);
    return EXIT.done;
  }
  const command = COMMANDS.find((candidate) => candidate.name === first);
  if (command === undefined) {
    const what = first.startsWith('-') ? 'option' : 'command';
    io.err(usageLine(`unknown ${what} ${shown(first)}`));
    return EXIT.usage;
  }
  try {
    return await command.execute(rest, io);
  } catch (error) {
    // Commands report their own failures; this is the net for a bug.
    io.err(`error: ${errorMessage(error)}`);
    return EXIT.failed;
  }
}

function toolHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    `${TOOL} ${VERSION}: keeps a Fitbit / Google Health OAuth grant alive, its refresh token in a`,
    'GitHub Actions secret, and keeps your health data in files. This command does the steps that',
    'need a person, and a first backfill of your data; the actions do the rest.',
    '',
    'Usage:',
    `  ${TOOL} <command> [options]`,
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    ...optionLines(TOOL_OPTIONS),
    '',
    'Exit status: 0 done, 1 failed, 2 usage error (a wrong command line).',
  ].join('\n');
}
