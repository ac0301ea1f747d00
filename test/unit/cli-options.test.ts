/**
 * The command line of each command: flags read into typed values, and every
 * mistake a UsageError whose message names the flag as typed.
 */
import { describe, expect, it } from 'vitest';
import {
  HELP_OPTION,
  type OptionSpecs,
  optionLines,
  parseOptions,
  UsageError,
} from '../../src/cli/options.js';

const SPECS = {
  'client-id': { type: 'string', value: 'ID', help: 'the client id' },
  open: { type: 'boolean', negatable: true, help: 'open no browser' },
  print: { type: 'boolean', help: 'print the tokens' },
  ...HELP_OPTION,
} as const satisfies OptionSpecs;

function usageProblem(args: string[]): string {
  try {
    parseOptions(SPECS, args);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`no usage error for ${JSON.stringify(args)}`);
}

describe('parseOptions', () => {
  it('gives every flag a value: strings as typed or undefined, booleans their default', () => {
    expect(parseOptions(SPECS, [])).toEqual({
      'client-id': undefined,
      open: true,
      print: false,
      help: false,
    });
    expect(parseOptions(SPECS, ['--client-id=-abc', '--no-open', '--print', '-h'])).toEqual({
      'client-id': '-abc',
      open: false,
      print: true,
      help: true,
    });
    expect(parseOptions(SPECS, ['--client-id', 'a b'])['client-id']).toBe('a b');
  });

  it.each([
    [['--foo'], "unknown option '--foo'"],
    [['-x'], "unknown option '-x'"],
    [['--no-print'], "unknown option '--no-print'"],
    [['--no-client-id'], "unknown option '--no-client-id'"],
    [['--client-id'], "option '--client-id' needs a value"],
    [['--print=yes'], "option '--print' takes no value"],
    [['stray'], "unexpected argument 'stray'"],
    [['--', '--print'], "unexpected argument '--print'"],
  ])('%j: %s', (args, problem) => {
    expect(usageProblem(args)).toBe(problem);
  });

  it('takes a value that looks like a flag for a forgotten value, and says how to mean it', () => {
    expect(usageProblem(['--client-id', '--no-open'])).toBe(
      "option '--client-id' needs a value, and '--no-open' looks like an option (if it is the value, write --client-id=--no-open)",
    );
  });

  it('quotes what was typed with its control characters escaped', () => {
    expect(usageProblem(['--\u001b[2Jx'])).toBe("unknown option '--\\u001b[2Jx'");
  });
});

describe('optionLines', () => {
  it('gives each flag one line, its short form, placeholder and text aligned', () => {
    expect(optionLines(SPECS)).toEqual([
      '      --client-id ID  the client id',
      '      --no-open       open no browser',
      '      --print         print the tokens',
      '  -h, --help          show this help',
    ]);
  });
});
