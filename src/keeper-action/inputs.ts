/**
 * Reads every input of the action in one place and turns it into a frozen,
 * typed ActionConfig. Each problem is one InputError naming the input, before
 * any request. The runner's environment reaches this module only through the
 * two functions it is handed.
 */

import type { CommentEvent } from '../consent/comment.js';
import { type ConsentSettings, readConsentIssue } from '../consent/settings.js';
import type { WorkflowRun } from '../github/target.js';
import { readAccountRecord } from '../grant/account.js';
import { DEFAULT_SECRET_NAME, type GrantSettings } from '../grant/settings.js';
import { InputError } from '../lib/errors.js';
import type { InputReader } from '../lib/runner-input.js';
import {
  absoluteUrl,
  apiBaseUrl,
  environmentName,
  oneOf,
  optional,
  repository,
  required,
  scopeList,
  secretName,
  shown,
  yamlBoolean,
} from '../lib/validators.js';
import {
  CLIENT_AUTH_SETTINGS,
  consentRedirectFor,
  type Provider,
  providerNamed,
  resolveClientAuth,
  tokenUrlOf,
} from '../oauth/providers.js';
import type { TokenRequest } from '../oauth/token-client.js';
import { readTokenRequest } from './token-request.js';

/** What the runner tells every step, used where an input is left empty. */
export interface RunnerContext {
  /** GITHUB_REPOSITORY */
  readonly repository: string | undefined;
  /** GITHUB_API_URL */
  readonly apiUrl: string | undefined;
  /** GITHUB_RUN_ID */
  readonly runId: string | undefined;
  /** GITHUB_SERVER_URL, for links to the consent issue. */
  readonly serverUrl?: string | undefined;
  /** The run's issue_comment event (GITHUB_EVENT_PATH), when it is one. */
  readonly commentEvent?: CommentEvent | undefined;
}

export interface ActionConfig extends GrantSettings {
  readonly tokenRequest: TokenRequest;
  /** A code is exchanged (re-seed after consent) rather than the stored refresh token. */
  readonly reseed: boolean;
  /** Undefined: export no variable. */
  readonly exportVariable: string | undefined;
  readonly requiredScopes: readonly string[];
  readonly dryRun: boolean;
  /** What the consent loop takes beside the grant's settings. */
  readonly consent: ConsentSettings;
}

/** Inputs whose values must be masked the moment they are read. */
export const SENSITIVE_INPUTS = [
  'refresh-token',
  'client-secret',
  'code',
  'code-verifier',
  'github-token',
  'issues-token',
] as const;

const ENV_VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DURATION = /^(\d+(?:\.\d+)?)\s*(s|m|h|d|w)$/i;
const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const DEFAULT_EXPORT_VARIABLE = 'FITBIT_ACCESS_TOKEN';

export function readInputs(input: InputReader, runner: RunnerContext): ActionConfig {
  const read = (name: string): string | undefined => input(name)?.trim() || undefined;

  const provider = providerNamed(read('provider'));
  const clientId = required('client-id', read('client-id'), 'the OAuth client id');
  const clientSecret = read('client-secret');
  const clientAuth = oneOf('client-auth', read('client-auth') ?? 'auto', CLIENT_AUTH_SETTINGS);
  const tokenUrl = tokenUrlOf(provider, read('token-url'));
  const redirectUri = optional(read('redirect-uri'), (uri) => absoluteUrl('redirect-uri', uri));
  const consentIssue = readConsentIssue(read, redirectUri, runner.serverUrl);
  // The consent link's redirect must be one the provider takes (Withings: no loopback).
  if (consentIssue.enabled) consentRedirectFor(provider, 'redirect-uri', consentIssue.redirectUri);
  const githubToken = required(
    'github-token',
    read('github-token'),
    'a token that may write Actions secrets (fine-grained PAT with "Secrets: read and write", classic PAT with repo, or a GitHub App token)',
  );
  const refreshTokenSecret = secretName('secret-name', read('secret-name') ?? DEFAULT_SECRET_NAME);
  const accessTokenSecret = optional(read('access-token-secret'), (name) =>
    secretName('access-token-secret', name),
  );
  if (accessTokenSecret && accessTokenSecret.toUpperCase() === refreshTokenSecret.toUpperCase()) {
    throw new InputError(
      'access-token-secret',
      `must differ from secret-name (${refreshTokenSecret}): the access token would overwrite the refresh token`,
    );
  }
  const environment = optional(read('environment'), environmentName);
  const { tokenRequest, answer } = readTokenRequest(read, {
    redirectUri,
    consentIssue,
    commentEvent: runner.commentEvent,
    secretName: refreshTokenSecret,
  });
  const reseed = tokenRequest.type === 'authorization_code';
  const dryRun = yamlBoolean('dry-run', read('dry-run') ?? 'false');

  const config: ActionConfig = {
    provider,
    endpoint: {
      url: tokenUrl,
      clientId,
      clientSecret,
      clientAuth: resolveClientAuth(provider, clientAuth, clientSecret !== undefined),
      dialect: provider.token,
    },
    tokenRequest,
    reseed,
    githubToken,
    githubApiUrl: apiBaseUrl(
      'github-api-url',
      read('github-api-url') ?? runner.apiUrl ?? 'https://api.github.com',
    ),
    target: {
      ...repository(read('repository') ?? (runner.repository || undefined)),
      environment,
    },
    secretName: refreshTokenSecret,
    accessTokenSecret,
    // An explicitly empty export-variable exports nothing; only one not passed at all takes the default.
    exportVariable: optional(
      input('export-variable') === undefined ? DEFAULT_EXPORT_VARIABLE : read('export-variable'),
      exportVariableName,
    ),
    requiredScopes: requiredScopes(provider, read('required-scopes')),
    dryRun,
    grantLifetimeSeconds: optional(read('grant-lifetime'), duration),
    recoveryPublicKey: optional(read('recovery-public-key'), recoveryKey),
    currentRun: currentRun(runner),
    grantAccount: optional(read('grant-account'), readAccountRecord),
    consent: { ...consentIssue, dryRun, reseed, answer },
  };
  return Object.freeze(config);
}

/**
 * A check that could never pass is refused before any request: Strava's and
 * Oura's replies name no scopes, so required ones would fail every run.
 */
function requiredScopes(provider: Provider, value: string | undefined): readonly string[] {
  const scopes = scopeList(value);
  if (scopes.length > 0 && !provider.token.namesScopes) {
    throw new InputError(
      'required-scopes',
      `cannot be checked with provider ${provider.name}: its token replies never name the scopes granted, so the check would fail every run. Leave it empty; the scopes are chosen at consent (consent-scopes, or authorize --scopes)`,
    );
  }
  return scopes;
}

function currentRun(runner: RunnerContext): WorkflowRun | undefined {
  const [owner, repo] = (runner.repository ?? '').split('/');
  const id = Number(runner.runId);
  return owner && repo && Number.isSafeInteger(id) && id > 0 ? { owner, repo, id } : undefined;
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
