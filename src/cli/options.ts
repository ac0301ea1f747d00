/**
 * A command's flags: each declared once with the line `--help` gives it, read
 * from the command line with node's tokenizer, and every mistake in them (an
 * unknown flag, a missing value, a stray argument) a UsageError with a
 * message of our own, the same on every Node.js release.
 */
import { parseArgs } from 'node:util';
import { ExplainedError } from '../lib/errors.js';
import { shown } from '../lib/validators.js';

/** A wrong command line, found before anything is sent: exit status 2, as `gh` and `npm` do. */
export class UsageError extends ExplainedError {
  override name = 'UsageError';
}

/** One flag: how it is read, and its one line in --help. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The placeholder for a string's value in --help: ID, URL, … */
  readonly value?: string;
  /** A boolean that is on unless `--no-<name>` is given. */
  readonly negatable?: true;
  /** What it does, and where the value comes from when the flag is absent. */
  readonly help: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** What the command gets: strings as typed (or undefined); booleans true or false. */
export type OptionValues<S extends OptionSpecs> = {
  readonly [K in keyof S]: S[K]['type'] extends 'boolean' ? boolean : string | undefined;
};

export const HELP_OPTION = {
  help: { type: 'boolean', short: 'h', help: 'show this help' },
} as const satisfies OptionSpecs;

export function parseOptions<S extends OptionSpecs>(
  specs: S,
  args: readonly string[],
): OptionValues<S> {
  const { tokens } = parseArgs({
    args: [...args],
    options: specs,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    values[name] = spec.type === 'boolean' ? spec.negatable === true : undefined;
  }
  for (const token of tokens) {
    if (token.kind === 'positional') {
      throw new UsageError(`unexpected argument ${shown(token.value)}`);
    }
    if (token.kind !== 'option') continue;
    const negated = token.name.startsWith('no-') ? specs[token.name.slice(3)] : undefined;
    if (negated?.negatable && token.value === undefined) {
      values[token.name.slice(3)] = false;
      continue;
    }
    const spec = specs[token.name];
    if (spec === undefined || (negated?.negatable && token.value !== undefined)) {
      throw new UsageError(`unknown option ${shown(token.rawName)}`);
    }
    values[token.name] = flagValue(spec, token.rawName, token.value, token.inlineValue);
  }
  return values as OptionValues<S>;
}

function flagValue(
  spec: OptionSpec,
  flag: string,
  value: string | undefined,
  inline: boolean | undefined,
): string | boolean {
  if (spec.type === 'boolean') {
    if (value !== undefined) throw new UsageError(`option ${shown(flag)} takes no value`);
    return true;
  }
  if (value === undefined) throw new UsageError(`option ${shown(flag)} needs a value`);
  // `--client-id --no-open`: most likely a forgotten value, not a client id that starts with -.
  if (inline === false && value.startsWith('-')) {
    throw new UsageError(
      `option ${shown(flag)} needs a value, and ${shown(value)} looks like an option (if it is the value, write ${flag}=${value})`,
    );
  }
  return value;
}

/** The options section of --help: one line per flag, the explanations in one column. */
export function optionLines(specs: OptionSpecs): string[] {
  const anyShort = Object.values(specs).some((spec) => spec.short !== undefined);
  const flags = Object.entries(specs).map(([name, spec]) => {
    const long = `--${spec.negatable ? 'no-' : ''}${name}${spec.value ? ` ${spec.value}` : ''}`;
    const short = spec.short ? `-${spec.short}, ` : anyShort ? '    ' : '';
    return [`${short}${long}`, spec.help] as const;
  });
  const width = Math.max(...flags.map(([flag]) => flag.length));
  return flags.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`);
}
