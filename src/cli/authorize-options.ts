/**
 * The `authorize` command's own configuration: its flags and environment
 * variables, read with the validators the action's inputs use too. Nothing
 * here is sent anywhere; every problem is found before the first request. A
 * missing value is a UsageError (exit 2); a malformed one an InputError.
 */
import { DEFAULT_SECRET_NAME, type GrantSettings } from '../grant/settings.js';
import { ExplainedError, InputError } from '../lib/errors.js';
import {
  apiBaseUrl,
  environmentName,
  httpsUrl,
  optional,
  repository,
  scopeList,
  secretName,
} from '../lib/validators.js';
import { withIdentityScope } from '../oauth/consent.js';
import {
  consentRedirectFor,
  type Provider,
  providerNamed,
  resolveClientAuth,
  tokenUrlOf,
} from '../oauth/providers.js';
import { type AuthorizeValues, CLIENT_SECRET_VARIABLE } from './authorize-flags.js';
import { defaultRepository } from './default-repository.js';
import { UsageError } from './options.js';
import { DEFAULT_REDIRECT_URI, loopbackRedirectUri, webRedirectUri } from './redirect-uri.js';

/** The command, once its options are read: a re-seed through a consent in the browser. */
export interface AuthorizeConfig extends GrantSettings {
  readonly authorizeUrl: string;
  readonly redirectUri: string;
  /**
   * How the consent's answer arrives: on the loopback redirect this command
   * listens on, or pasted on standard input (a provider that refuses loopback
   * redirects, whose https redirect only a browser reaches).
   */
  readonly answer: 'listen' | 'paste';
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

/** The environment and the checkout the command runs in fill what the flags leave out. */
export async function readAuthorizeConfig(
  values: AuthorizeValues,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<AuthorizeConfig> {
  const provider = providerNamed(values.provider);
  const answer = provider.loopbackRedirects ? 'listen' : 'paste';
  const redirectUri =
    answer === 'listen'
      ? loopbackRedirectUri(values['redirect-uri'] ?? DEFAULT_REDIRECT_URI)
      : pastedRedirectUri(values, provider);
  requireForCustom(values, provider, ['authorize-url', 'token-url']);
  const clientId = clientIdOf(values);
  const clientSecret = values['client-secret'] ?? (env[CLIENT_SECRET_VARIABLE] || undefined);
  const tokenUrl = tokenUrlOf(provider, values['token-url']);
  const githubToken = values['github-token'] || env.GH_TOKEN || env.GITHUB_TOKEN;
  if (!githubToken) {
    throw new UsageError(
      'no GitHub token: set GH_TOKEN (or GITHUB_TOKEN), or pass --github-token, a token that may write Actions secrets',
    );
  }
  return {
    provider,
    endpoint: {
      url: tokenUrl,
      clientId,
      clientSecret,
      clientAuth: resolveClientAuth(provider, 'auto', clientSecret !== undefined),
      dialect: provider.token,
    },
    githubToken,
    githubApiUrl: apiBaseUrl(
      'github-api-url',
      values['github-api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com',
    ),
    target: {
      ...repository(values.repository ?? (await defaultRepository(cwd))),
      environment: optional(values.environment, environmentName),
    },
    secretName: secretName('secret-name', values['secret-name'] ?? DEFAULT_SECRET_NAME),
    accessTokenSecret: undefined,
    recoveryPublicKey: undefined,
    grantLifetimeSeconds: undefined,
    currentRun: undefined,
    authorizeUrl: authorizeUrlOf(provider, values['authorize-url']),
    redirectUri,
    answer,
    scopes: scopesOf(values, provider),
    openBrowser: values.open,
    print: values.print,
  };
}

export function readConsentUrlConfig(values: AuthorizeValues): ConsentUrlConfig {
  const provider = providerNamed(values.provider);
  requireForCustom(values, provider, ['authorize-url']);
  return {
    provider,
    clientId: clientIdOf(values),
    authorizeUrl: authorizeUrlOf(provider, values['authorize-url']),
    redirectUri: webRedirectUri(values['redirect-uri'] ?? ''),
    scopes: scopesOf(values, provider),
  };
}

/** The https redirect a provider that refuses loopback ones sends the browser to: required. */
function pastedRedirectUri(values: AuthorizeValues, provider: Provider): string {
  const given = values['redirect-uri'];
  if (given === undefined) {
    throw new UsageError(
      `option --redirect-uri is required with --provider ${provider.name}: ${provider.label} refuses loopback addresses, so give the https address registered with your app; you paste the address the browser lands on`,
    );
  }
  return consentRedirectFor(provider, 'redirect-uri', webRedirectUri(given));
}

/** The command's options are flags, not action inputs: name them as such. */
export function asOptionError(error: unknown): unknown {
  if (error instanceof InputError) {
    const hint = error.input === 'client-secret' ? ` (or set ${CLIENT_SECRET_VARIABLE})` : '';
    return new ExplainedError(`Option --${error.input} ${error.problem}${hint}`);
  }
  return error;
}

function clientIdOf(values: AuthorizeValues): string {
  const clientId = values['client-id'];
  if (!clientId) throw new UsageError('option --client-id is required: the OAuth client id');
  return clientId;
}

/** `custom` has no preset endpoints: the flags must name them. */
function requireForCustom(
  values: AuthorizeValues,
  provider: Provider,
  flags: ReadonlyArray<'authorize-url' | 'token-url'>,
): void {
  if (provider.name !== 'custom') return;
  const missing = flags.find((flag) => values[flag] === undefined);
  if (missing) throw new UsageError(`option --${missing} is required with --provider custom`);
}

function authorizeUrlOf(provider: Provider, override: string | undefined): string {
  const authorizeUrl = override ?? provider.authorizeUrl;
  if (authorizeUrl === undefined) {
    throw new InputError('authorize-url', "is required with provider 'custom'");
  }
  return httpsUrl('authorize-url', authorizeUrl);
}

function scopesOf(values: AuthorizeValues, provider: Provider): readonly string[] {
  return values.scopes === undefined
    ? withIdentityScope(provider, provider.defaultScopes)
    : scopeList(values.scopes);
}
