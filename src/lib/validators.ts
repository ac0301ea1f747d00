/**
 * The rules every edge applies to what a person typed, each failure one
 * InputError naming the input (the action's input, or the command's option),
 * found before any request. Values are quoted escaped, never raw.
 */
import { InputError } from './errors.js';

const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const LOOPBACK_HOSTS = ['localhost', '[::1]'];
/** GitHub's limit for secret and environment names. */
const MAX_NAME_LENGTH = 255;
// C0, DEL and C1: a line break in a name that log lines quote would start a workflow command.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what the pattern finds
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what the pattern escapes
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/g;
const SHORT_ESCAPES: Record<string, string> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\\': '\\\\',
};

const YAML_TRUE = ['true', 'True', 'TRUE'];
const YAML_FALSE = ['false', 'False', 'FALSE'];

/** A boolean input as the runner passes YAML's booleans. */
export function yamlBoolean(name: string, value: string): boolean {
  if (YAML_TRUE.includes(value)) return true;
  if (YAML_FALSE.includes(value)) return false;
  throw new InputError(name, `must be true or false (got ${shown(value)})`);
}

/** 127.x.y.z, localhost or [::1]: where plain http stays on this machine. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.includes(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

export function required(name: string, value: string | undefined, what: string): string {
  if (value === undefined) throw new InputError(name, `is required: ${what}`);
  return value;
}

export function optional<T>(value: string | undefined, parse: (value: string) => T): T | undefined {
  return value === undefined ? undefined : parse(value);
}

export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const match = allowed.find((option) => option === value.toLowerCase());
  if (match === undefined) {
    throw new InputError(name, `must be one of ${allowed.join(', ')} (got ${shown(value)})`);
  }
  return match;
}

/** Scopes separated by spaces or commas, as people write them. */
export function scopeList(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** GitHub's rules for secret names: letters, digits and _, not a digit first, not GITHUB_. */
export function secretName(name: string, value: string): string {
  if (value.length > MAX_NAME_LENGTH) {
    throw new InputError(name, `must be at most ${MAX_NAME_LENGTH} characters`);
  }
  if (!SECRET_NAME.test(value)) {
    throw new InputError(
      name,
      `${shown(value)} is not a valid secret name: use letters, digits and _ only, not starting with a digit`,
    );
  }
  if (/^GITHUB_/i.test(value)) {
    throw new InputError(
      name,
      `${shown(value)} is not allowed: secret names may not start with GITHUB_`,
    );
  }
  return value;
}

export function repository(value: string | undefined): { owner: string; repo: string } {
  if (value === undefined) {
    throw new InputError('repository', 'is required: owner/name of the repository');
  }
  const [owner = '', repo = '', ...rest] = value.split('/');
  if (rest.length > 0 || !OWNER.test(owner) || !REPO.test(repo) || /^\.\.?$/.test(repo)) {
    throw new InputError('repository', `must be owner/name (got ${shown(value)})`);
  }
  return { owner, repo };
}

export function environmentName(value: string): string {
  if (hasControlCharacters(value)) {
    throw new InputError(
      'environment',
      `must not contain line breaks or other control characters (got ${shown(value)})`,
    );
  }
  if (value === '.' || value === '..') {
    throw new InputError(
      'environment',
      `cannot be ${shown(value)}: in the API URL it would name another path, not an environment`,
    );
  }
  if (value.length > MAX_NAME_LENGTH) {
    throw new InputError('environment', `must be at most ${MAX_NAME_LENGTH} characters`);
  }
  return value;
}

export function absoluteUrl(name: string, value: string): string {
  try {
    new URL(value);
    return value;
  } catch {
    throw new InputError(name, `must be an absolute URL (got ${shown(value)})`);
  }
}

/** https only, except plain http to a loopback host (local simulators, test servers). */
export function httpsUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(name, `must be an absolute https URL (got ${shown(value)})`);
  }
  if (url.username || url.password) {
    throw new InputError(name, 'must not contain credentials');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new InputError(
      name,
      `must use https (plain http is allowed only for loopback hosts) (got '${url.protocol}//${url.host}')`,
    );
  }
  return url.href;
}

/** The API base, as Octokit wants it: no trailing slash. */
export function apiBaseUrl(name: string, value: string): string {
  return httpsUrl(name, value).replace(/\/+$/, '');
}

/** Whether a value holds C0, DEL or C1 controls (a line break among them). */
export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

/** A value quoted for an error message: control characters and line breaks escaped, never raw. */
export function shown(value: string): string {
  const escaped = value.replace(
    UNPRINTABLE,
    (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${escaped}'`;
}
