/**
 * Reads every input in one place and turns it into a frozen, typed Config.
 * Each problem is reported as one InputError naming the input, before any request.
 */

import type { SecretTarget, WorkflowRun } from '../github/target.js';
import { InputError } from '../lib/errors.js';
import {
  CLIENT_AUTH_SETTINGS,
  type ClientAuth,
  type ClientAuthSetting,
  PROVIDER_NAMES,
  PROVIDERS,
  type Provider,
  resolveClientAuth,
} from '../oauth/providers.js';

export type GetInput = (name: string) => string;

export type Grant =
  | { readonly type: 'refresh_token'; readonly refreshToken: string }
  | {
      readonly type: 'authorization_code';
      readonly code: string;
      readonly codeVerifier: string | undefined;
      readonly redirectUri: string | undefined;
    };

export interface Config {
  readonly provider: Provider;
  readonly tokenUrl: string;
  readonly clientAuth: ClientAuth;
  readonly clientId: string;
  readonly clientSecret: string | undefined;
  readonly grant: Grant;
  readonly githubToken: string;
  readonly githubApiUrl: string;
  readonly target: SecretTarget;
  readonly secretName: string;
  readonly accessTokenSecret: string | undefined;
  readonly exportVariable: string | undefined;
  readonly requiredScopes: readonly string[];
  readonly dryRun: boolean;
  readonly grantLifetimeSeconds: number | undefined;
  readonly recoveryPublicKey: string | undefined;
  /** Undefined outside Actions (no GITHUB_RUN_ID): the stale-secret check is then skipped. */
  readonly currentRun: WorkflowRun | undefined;
}

/** Inputs whose values must be masked the moment they are read. */
export const SENSITIVE_INPUTS = [
  'refresh-token',
  'client-secret',
  'code',
  'code-verifier',
  'github-token',
] as const;

const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ENV_VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const DURATION = /^(\d+(?:\.\d+)?)\s*(s|m|h|d|w)$/i;
const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const YAML_TRUE = ['true', 'True', 'TRUE'];
const YAML_FALSE = ['false', 'False', 'FALSE'];
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

/** `env` supplies the runner's defaults (GITHUB_REPOSITORY, GITHUB_API_URL) when an input is empty. */
export function readInputs(getInput: GetInput, env: NodeJS.ProcessEnv = process.env): Config {
  const read = (name: string): string | undefined => getInput(name).trim() || undefined;

  const provider = readProvider(read('provider'));
  const clientId = required('client-id', read('client-id'), 'the OAuth client id');
  const clientSecret = read('client-secret');
  const clientAuthSetting: ClientAuthSetting = oneOf(
    'client-auth',
    read('client-auth') ?? 'auto',
    CLIENT_AUTH_SETTINGS,
  );
  const tokenUrl = readTokenUrl(provider, read('token-url'));
  const grant = readGrant(read);
  const githubToken = required(
    'github-token',
    read('github-token'),
    'a token that may write Actions secrets (fine-grained PAT with "Secrets: read and write", classic PAT with repo, or a GitHub App token)',
  );
  const secretName = secretNameInput('secret-name', read('secret-name') ?? 'FITBIT_REFRESH_TOKEN');
  const accessTokenSecret = optional(read('access-token-secret'), (name) =>
    secretNameInput('access-token-secret', name),
  );
  if (accessTokenSecret && accessTokenSecret.toUpperCase() === secretName.toUpperCase()) {
    throw new InputError(
      'access-token-secret',
      `must differ from secret-name (${secretName}): the access token would overwrite the refresh token`,
    );
  }

  const config: Config = {
    provider,
    tokenUrl,
    clientAuth: resolveClientAuth(provider, clientAuthSetting, clientSecret !== undefined),
    clientId,
    clientSecret,
    grant,
    githubToken,
    githubApiUrl: httpsUrl(
      'github-api-url',
      read('github-api-url') ?? env.GITHUB_API_URL ?? 'https://api.github.com',
    ).replace(/\/+$/, ''),
    target: {
      ...repository(read('repository') ?? (env.GITHUB_REPOSITORY || undefined)),
      environment: optional(read('environment'), environmentName),
    },
    secretName,
    accessTokenSecret,
    exportVariable: optional(readExportVariable(read, env), exportVariableName),
    requiredScopes: (read('required-scopes') ?? '').split(/[\s,]+/).filter(Boolean),
    dryRun: boolean('dry-run', read('dry-run') ?? 'false'),
    grantLifetimeSeconds: optional(read('grant-lifetime'), duration),
    recoveryPublicKey: optional(read('recovery-public-key'), recoveryKey),
    currentRun: currentRun(env),
  };
  return Object.freeze(config);
}

/** The preset named by `provider` (default google). */
export function readProvider(value: string | undefined): Provider {
  return PROVIDERS[oneOf('provider', value ?? 'google', PROVIDER_NAMES)];
}

function readGrant(read: (name: string) => string | undefined): Grant {
  const code = read('code');
  if (code !== undefined) {
    return {
      type: 'authorization_code',
      code,
      codeVerifier: read('code-verifier'),
      redirectUri: optional(read('redirect-uri'), (uri) => absoluteUrl('redirect-uri', uri)),
    };
  }
  for (const onlyWithCode of ['code-verifier', 'redirect-uri']) {
    if (read(onlyWithCode) !== undefined) {
      throw new InputError(onlyWithCode, "is only used together with 'code' (re-seed mode)");
    }
  }
  const refreshToken = read('refresh-token');
  if (refreshToken === undefined) {
    throw new InputError(
      'refresh-token',
      "is required unless 'code' is given: pass the stored secret with an expression such as secrets.FITBIT_REFRESH_TOKEN (an empty value usually means the secret does not exist or is not available to this workflow)",
    );
  }
  return { type: 'refresh_token', refreshToken };
}

/**
 * An explicitly empty `export-variable` means "export nothing"; only an input the
 * runner did not pass at all (no INPUT_ variable) falls back to the default.
 */
function readExportVariable(
  read: (name: string) => string | undefined,
  env: NodeJS.ProcessEnv,
): string | undefined {
  const given = env['INPUT_EXPORT-VARIABLE'] !== undefined;
  return read('export-variable') ?? (given ? undefined : 'FITBIT_ACCESS_TOKEN');
}

function currentRun(env: NodeJS.ProcessEnv): WorkflowRun | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const id = Number(env.GITHUB_RUN_ID);
  return owner && repo && Number.isSafeInteger(id) && id > 0 ? { owner, repo, id } : undefined;
}

function readTokenUrl(provider: Provider, override: string | undefined): string {
  if (override !== undefined) return httpsUrl('token-url', override);
  if (provider.tokenUrl === undefined) {
    throw new InputError('token-url', "is required with provider 'custom'");
  }
  return provider.tokenUrl;
}

export function required(name: string, value: string | undefined, what: string): string {
  if (value === undefined) throw new InputError(name, `is required: ${what}`);
  return value;
}

function optional<T>(value: string | undefined, parse: (value: string) => T): T | undefined {
  return value === undefined ? undefined : parse(value);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const match = allowed.find((option) => option === value.toLowerCase());
  if (match === undefined) {
    throw new InputError(name, `must be one of ${allowed.join(', ')} (got ${shown(value)})`);
  }
  return match;
}

function boolean(name: string, value: string): boolean {
  if (YAML_TRUE.includes(value)) return true;
  if (YAML_FALSE.includes(value)) return false;
  throw new InputError(name, `must be true or false (got ${shown(value)})`);
}

function secretNameInput(name: string, value: string): string {
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

function exportVariableName(value: string): string {
  if (!ENV_VAR_NAME.test(value)) {
    throw new InputError(
      'export-variable',
      `${shown(value)} is not a valid environment variable name: use letters, digits and _ only, not starting with a digit (or leave it empty to export nothing)`,
    );
  }
  if (/^(GITHUB_|RUNNER_)/i.test(value) || /^(CI|NODE_OPTIONS)$/i.test(value)) {
    throw new InputError('export-variable', `${shown(value)} is reserved by the Actions runner`);
  }
  return value;
}

function repository(value: string | undefined): { owner: string; repo: string } {
  if (value === undefined) {
    throw new InputError('repository', 'is required: owner/name of the repository');
  }
  const [owner = '', repo = '', ...rest] = value.split('/');
  if (rest.length > 0 || !OWNER.test(owner) || !REPO.test(repo) || /^\.\.?$/.test(repo)) {
    throw new InputError('repository', `must be owner/name (got ${shown(value)})`);
  }
  return { owner, repo };
}

function environmentName(value: string): string {
  if (CONTROL_CHARACTERS.test(value)) {
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

function absoluteUrl(name: string, value: string): string {
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
  const loopback =
    LOOPBACK_HOSTS.includes(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new InputError(
      name,
      `must use https (plain http is allowed only for loopback hosts) (got '${url.protocol}//${url.host}')`,
    );
  }
  return url.href;
}

function duration(value: string): number {
  const match = DURATION.exec(value);
  const unit = match?.[2]?.toLowerCase();
  if (!match?.[1] || unit === undefined || DURATION_UNITS[unit] === undefined) {
    throw new InputError(
      'grant-lifetime',
      `must be a duration such as 7d, 36h or 90m (got ${shown(value)})`,
    );
  }
  const seconds = Number(match[1]) * DURATION_UNITS[unit];
  if (seconds <= 0) throw new InputError('grant-lifetime', 'must be longer than zero');
  return seconds;
}

function recoveryKey(value: string): string {
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length !== 32 || bytes.toString('base64') !== value) {
    throw new InputError(
      'recovery-public-key',
      'must be a base64 X25519 public key (32 bytes) as `fitbit-token-keeper keygen` prints it',
    );
  }
  return value;
}

/** A value quoted for an error message: control characters and line breaks escaped, never raw. */
function shown(value: string): string {
  const escaped = value.replace(
    UNPRINTABLE,
    (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${escaped}'`;
}
