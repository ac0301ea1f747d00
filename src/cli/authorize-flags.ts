/**
 * The `authorize` command's flags, each with its one line in --help: what it
 * does, and where the value comes from when the flag is absent.
 */
import { DEFAULT_SECRET_NAME } from '../grant/settings.js';
import { shown } from '../lib/validators.js';
import { HELP_OPTION, type OptionSpecs, type OptionValues, UsageError } from './options.js';
import { DEFAULT_REDIRECT_URI } from './redirect-uri.js';

/** Read when --client-secret is not given, so the secret need not sit on the command line. */
export const CLIENT_SECRET_VARIABLE = 'FITBIT_TOKEN_KEEPER_CLIENT_SECRET';

const DEFAULT_TIMEOUT_SECONDS = 300;
const MAX_TIMEOUT_SECONDS = 24 * 3600;

export const AUTHORIZE_OPTIONS = {
  'client-id': { type: 'string', value: 'ID', help: 'the OAuth client id (required)' },
  'client-secret': {
    type: 'string',
    value: 'S',
    help: `the client secret; default: $${CLIENT_SECRET_VARIABLE} (safer: other users can read a command line)`,
  },
  provider: {
    type: 'string',
    value: 'NAME',
    help: 'google (default: the Google Health API), fitbit (legacy Fitbit Web API), strava, whoop, oura, withings or custom',
  },
  'authorize-url': {
    type: 'string',
    value: 'URL',
    help: "the consent page; default: the provider's (required with --provider custom)",
  },
  'token-url': {
    type: 'string',
    value: 'URL',
    help: "the token endpoint; default: the provider's (required with --provider custom)",
  },
  scopes: {
    type: 'string',
    value: '"A B"',
    help: "the scopes to ask for, space or comma separated; default: the provider's read-only scopes (for google with openid, so the grant's account is known)",
  },
  'redirect-uri': {
    type: 'string',
    value: 'URI',
    help: `where consent returns, used exactly as given (default ${DEFAULT_REDIRECT_URI}); not loopback: print the URL only; withings: your registered https address, whose landing address you paste`,
  },
  repository: {
    type: 'string',
    value: 'OWNER/NAME',
    help: "the repository whose secret is written; default: the current checkout's origin remote",
  },
  environment: {
    type: 'string',
    value: 'ENV',
    help: 'write a secret of this deployment environment instead of a repository secret',
  },
  'secret-name': {
    type: 'string',
    value: 'NAME',
    help: `the secret that holds the refresh token; default: ${DEFAULT_SECRET_NAME}`,
  },
  'github-token': {
    type: 'string',
    value: 'T',
    help: 'a token that may write Actions secrets; default: $GH_TOKEN, else $GITHUB_TOKEN',
  },
  'github-api-url': {
    type: 'string',
    value: 'URL',
    help: 'the GitHub REST API; default: $GITHUB_API_URL, else https://api.github.com',
  },
  open: { type: 'boolean', negatable: true, help: 'print the consent URL, but open no browser' },
  print: {
    type: 'boolean',
    help: 'also print the new refresh and access tokens on standard output',
  },
  timeout: {
    type: 'string',
    value: 'SECONDS',
    help: `give up after this long (GitHub, consent, exchange); default: ${DEFAULT_TIMEOUT_SECONDS}, at most ${MAX_TIMEOUT_SECONDS}`,
  },
  ...HELP_OPTION,
} as const satisfies OptionSpecs;

export type AuthorizeValues = OptionValues<typeof AUTHORIZE_OPTIONS>;

export function timeoutSeconds(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS;
  const seconds = value.trim() === '' ? Number.NaN : Number(value);
  if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
    throw new UsageError(
      `option --timeout must be a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS} (24 hours) (got ${shown(value)})`,
    );
  }
  return seconds;
}
