/**
 * The `authorize` command's own configuration: its flags and environment
 * variables, read with the validators the action's inputs use too. Nothing
 * here is sent anywhere; every problem is found before the first request.
 */
import { parseArgs } from 'node:util';
import type { GrantSettings } from '../grant/settings.js';
import { ActionError, InputError } from '../lib/errors.js';
import {
  apiBaseUrl,
  environmentName,
  httpsUrl,
  optional,
  repository,
  required,
  scopeList,
  secretName,
} from '../lib/validators.js';
import { type Provider, providerNamed, resolveClientAuth, tokenUrlOf } from '../oauth/providers.js';
import { originRepository } from './git-remote.js';

export const AUTHORIZE_OPTIONS = {
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
  provider: { type: 'string' },
  'authorize-url': { type: 'string' },
  'token-url': { type: 'string' },
  scopes: { type: 'string' },
  'redirect-uri': { type: 'string' },
  repository: { type: 'string' },
  environment: { type: 'string' },
  'secret-name': { type: 'string' },
  'github-token': { type: 'string' },
  'github-api-url': { type: 'string' },
  open: { type: 'boolean', default: true },
  print: { type: 'boolean', default: false },
  timeout: { type: 'string' },
} as const;

export type AuthorizeValues = ReturnType<
  typeof parseArgs<{ options: typeof AUTHORIZE_OPTIONS }>
>['values'];

/** The command, once its options are read: a re-seed through a consent in the browser. */
export interface AuthorizeConfig extends GrantSettings {
  readonly authorizeUrl: string;
  readonly redirectUri: string;
  readonly scopes: readonly string[];
  readonly openBrowser: boolean;
  readonly print: boolean;
}

/** Only a consent URL, for a redirect URI this machine cannot listen on (a Web client's). */
export interface ConsentUrlConfig {
  readonly provider: Provider;
  readonly clientId: string;
  readonly authorizeUrl: string;
  readonly redirectUri: string;
  readonly scopes: readonly string[];
}

export const DEFAULT_REDIRECT_URI = 'http://127.0.0.1:8080/';
const DEFAULT_TIMEOUT_SECONDS = 300;
const MAX_TIMEOUT_SECONDS = 24 * 3600;
/** Read when --client-secret is not given, so the secret need not sit on the command line. */
export const CLIENT_SECRET_VARIABLE = 'FITBIT_TOKEN_KEEPER_CLIENT_SECRET';
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/** A wrong command line, found before anything is sent: exit status 2, as `gh` and `npm` do. */
export class UsageError extends ActionError {
  override name = 'UsageError';
}

export function parseAuthorizeArgs(args: string[]): AuthorizeValues {
  return parseArgs({ args, options: AUTHORIZE_OPTIONS, allowNegative: true, strict: true }).values;
}

/** The environment and the checkout the command runs in fill what the flags leave out. */
export async function readAuthorizeConfig(
  values: AuthorizeValues,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<AuthorizeConfig> {
  const redirectUri = loopbackRedirect(values['redirect-uri'] ?? DEFAULT_REDIRECT_URI);
  const provider = providerNamed(values.provider);
  const clientId = required('client-id', values['client-id'], 'the OAuth client id');
  const clientSecret = values['client-secret'] ?? env[CLIENT_SECRET_VARIABLE];
  const tokenUrl = tokenUrlOf(provider, values['token-url']);
  const githubToken = required(
    'github-token',
    values['github-token'] ?? env.GH_TOKEN ?? env.GITHUB_TOKEN,
    'a token that may write Actions secrets',
  );
  return {
    provider,
    endpoint: {
      url: tokenUrl,
      clientId,
      clientSecret,
      clientAuth: resolveClientAuth(provider, 'auto', clientSecret !== undefined),
    },
    githubToken,
    githubApiUrl: apiBaseUrl(
      'github-api-url',
      values['github-api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com',
    ),
    target: {
      ...repository(values.repository ?? (await originRepository(cwd))),
      environment: optional(values.environment, environmentName),
    },
    secretName: secretName('secret-name', values['secret-name'] ?? 'FITBIT_REFRESH_TOKEN'),
    accessTokenSecret: undefined,
    recoveryPublicKey: undefined,
    grantLifetimeSeconds: undefined,
    currentRun: undefined,
    authorizeUrl: authorizeUrlOf(provider, values['authorize-url']),
    redirectUri,
    scopes: scopesOf(values, provider),
    openBrowser: values.open,
    print: values.print,
  };
}

export function readConsentUrlConfig(values: AuthorizeValues): ConsentUrlConfig {
  const provider = providerNamed(values.provider);
  return {
    provider,
    clientId: required('client-id', values['client-id'], 'the OAuth client id'),
    authorizeUrl: authorizeUrlOf(provider, values['authorize-url']),
    redirectUri: httpsUrl('redirect-uri', values['redirect-uri'] ?? ''),
    scopes: scopesOf(values, provider),
  };
}

/** True when the command can listen where the redirect URI points. */
export function isLoopbackHttp(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && LOOPBACK.test(url.hostname);
  } catch {
    return true; // malformed: let the full validation name the problem
  }
}

export function timeoutSeconds(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS;
  const seconds = value.trim() === '' ? Number.NaN : Number(value);
  if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
    throw new UsageError(
      `Option --timeout must be a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS} (24 hours) (got '${value}')`,
    );
  }
  return seconds;
}

/** The command's options are flags, not action inputs: name them as such. */
export function asOptionError(error: unknown): unknown {
  if (error instanceof InputError) {
    const hint =
      error.input === 'github-token'
        ? ' (or set GH_TOKEN)'
        : error.input === 'client-secret'
          ? ` (or set ${CLIENT_SECRET_VARIABLE})`
          : error.input === 'repository'
            ? ' (or run inside a checkout whose origin remote is on GitHub)'
            : '';
    return new ActionError(`Option --${error.input} ${error.problem}${hint}`);
  }
  if (
    error instanceof Error &&
    (error as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS')
  ) {
    return new ActionError(`${error.message}. Run fitbit-token-keeper --help for the options`);
  }
  return error;
}

function authorizeUrlOf(provider: Provider, override: string | undefined): string {
  const authorizeUrl = override ?? provider.authorizeUrl;
  if (authorizeUrl === undefined) {
    throw new InputError('authorize-url', "is required with provider 'custom'");
  }
  return httpsUrl('authorize-url', authorizeUrl);
}

function scopesOf(values: AuthorizeValues, provider: Provider): readonly string[] {
  return values.scopes === undefined ? provider.defaultScopes : scopeList(values.scopes);
}

function loopbackRedirect(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError('redirect-uri', `must be an absolute URL (got '${value}')`);
  }
  if (url.protocol !== 'http:' || !LOOPBACK.test(url.hostname)) {
    throw new InputError(
      'redirect-uri',
      `must be http on a loopback host such as ${DEFAULT_REDIRECT_URI}, where this command can listen (got '${value}')`,
    );
  }
  return value;
}
