/**
 * What every command shares: `--help` on standard output, and a wrong command
 * line as one line on standard error that points to that help, exit status 2.
 */
import type { CommandIo } from './io.js';
import {
  type HELP_OPTION,
  type OptionSpecs,
  type OptionValues,
  optionLines,
  parseOptions,
  UsageError,
} from './options.js';

export const TOOL = 'fitbit-token-keeper';

/** 0 done, 1 failed, 2 a wrong command line. */
export const EXIT = { done: 0, failed: 1, usage: 2 } as const;

export interface CommandSpec<S extends OptionSpecs> {
  readonly name: string;
  /** One line, for the tool's list of commands. */
  readonly summary: string;
  /** The synopsis after the tool's name. */
  readonly usage: string;
  /** Paragraphs between the synopsis and the options. */
  readonly about: readonly string[];
  readonly options: S;
  /** What exit status 0 means for this command. */
  readonly done: string;
  run(values: OptionValues<S>, io: CommandIo): Promise<number>;
}

/** A command as the dispatcher sees it, its option types no longer needed. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly options: OptionSpecs;
  help(): string;
  execute(args: readonly string[], io: CommandIo): Promise<number>;
}

export function defineCommand<S extends OptionSpecs & typeof HELP_OPTION>(
  spec: CommandSpec<S>,
): Command {
  const help = () => commandHelp(spec);
  return {
    name: spec.name,
    summary: spec.summary,
    options: spec.options,
    help,
    execute: async (args, io) => {
      try {
        const values = parseOptions(spec.options, args);
        if (values.help) {
          io.out(help());
          return EXIT.done;
        }
        return await spec.run(values, io);
      } catch (error) {
        if (error instanceof UsageError) {
          io.err(usageLine(error.message, spec.name));
          return EXIT.usage;
        }
        throw error;
      }
    },
  };
}

/** `error: … Run 'fitbit-token-keeper <command> --help'.` on one line. */
export function usageLine(problem: string, command?: string): string {
  const help = command ? `${TOOL} ${command} --help` : `${TOOL} --help`;
  return `error: ${problem.replace(/\.$/, '')}. Run '${help}'.`;
}

function commandHelp(spec: CommandSpec<OptionSpecs>): string {
  return [
    spec.summary,
    '',
    'Usage:',
    `  ${TOOL} ${spec.usage}`,
    '',
    ...spec.about.flatMap((paragraph) => [paragraph, '']),
    'Options:',
    ...optionLines(spec.options),
    '',
    `Exit status: 0 ${spec.done}, 1 failed, 2 usage error (a wrong command line).`,
  ].join('\n');
}
