/**
 * Provider presets, as data: where the consent page and the token endpoint
 * are, how the client authenticates there, how scopes are written, how the
 * provider's replies read, whether refresh tokens rotate, and what a dead
 * grant usually means. Facts and sources: providers.md of the contract.
 */
import { InputError } from '../lib/errors.js';
import { httpsUrl, isLoopbackHost, oneOf, shown } from '../lib/validators.js';

export const PROVIDER_NAMES = [
  'google',
  'fitbit',
  'strava',
  'whoop',
  'oura',
  'withings',
  'custom',
] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

export const CLIENT_AUTH_SETTINGS = ['auto', 'basic', 'body'] as const;
export type ClientAuthSetting = (typeof CLIENT_AUTH_SETTINGS)[number];
/** How the client id (and secret) reach the token endpoint. `body` without a secret = public client. */
export type ClientAuth = 'basic' | 'body';

/**
 * How a provider's token endpoint is spoken to and read, beyond RFC 6749:
 * what every request carries, how its replies and errors are shaped, where it
 * names the account, and whether every refresh must bring a new refresh token.
 */
export interface TokenDialect {
  /** Sent with every token request (Withings: action=requesttoken). */
  readonly formParams: Readonly<Record<string, string>>;
  /** Sent with every refresh (WHOOP: scope=offline, without which no new refresh token comes). */
  readonly refreshParams: Readonly<Record<string, string>>;
  /**
   * How replies read: `oauth` (RFC 6749, and Fitbit's error shape), `strava`
   * (errors as {message, errors: [{resource, field, code}]}), `withings`
   * (every answer HTTP 200, its outcome in {status, body, error}).
   */
  readonly replies: 'oauth' | 'strava' | 'withings';
  /** The members that lead to the account in a reply (an id_token's `sub` is read besides). */
  readonly accountAt: readonly string[];
  /** The reply names the scopes granted; Strava's and Oura's never do, so none can be required. */
  readonly namesScopes: boolean;
  /**
   * Every refresh hands out a new refresh token and spends the one sent: a
   * reply without one is an error, never "not rotated".
   */
  readonly rotatesEveryRefresh: boolean;
}

export interface Provider {
  readonly name: ProviderName;
  readonly label: string;
  /** Undefined for `custom`, which requires `token-url`. */
  readonly tokenUrl: string | undefined;
  /** The consent page; undefined for `custom`, which requires `--authorize-url`. */
  readonly authorizeUrl: string | undefined;
  /** Scopes asked for at consent when none are given: read-only health data. */
  readonly defaultScopes: readonly string[];
  /** How the consent link joins its scopes (Strava and Withings: commas). */
  readonly scopeSeparator: ' ' | ',';
  /**
   * The scope that makes the token reply name the account (Google: openid, for
   * an id_token with `sub`); undefined where the reply names it anyway (Fitbit's user_id).
   */
  readonly identityScope: string | undefined;
  /** Extra authorization URL parameters the provider needs to hand out a refresh token. */
  readonly consentParams: Readonly<Record<string, string>>;
  /** False where the provider refuses loopback redirect addresses (Withings). */
  readonly loopbackRedirects: boolean;
  /** How long an authorization code lives, where that is short enough to tell a person (Withings: 30 s). */
  readonly codeLifetimeSeconds: number | undefined;
  /** The refresh token may change on a refresh: it must be written back. */
  readonly rotates: boolean;
  /**
   * How long an identical refresh is answered with the identical pair, in
   * words ("for up to 8 hours"); undefined where a spent token is refused.
   */
  readonly replaysRefresh: string | undefined;
  readonly clientAuth: (hasSecret: boolean) => ClientAuth;
  readonly token: TokenDialect;
  /** Likely causes of a dead grant (invalid_grant, or the provider's own word for it). */
  readonly deadGrantCauses: string;
}

const basicWhenSecret = (hasSecret: boolean): ClientAuth => (hasSecret ? 'basic' : 'body');
const inTheBody = (): ClientAuth => 'body';

/** RFC 6749 as it stands: no extra parameters, the account in `user_id` (or an id_token). */
export const OAUTH_DIALECT: TokenDialect = {
  formParams: {},
  refreshParams: {},
  replies: 'oauth',
  accountAt: ['user_id'],
  namesScopes: true,
  rotatesEveryRefresh: false,
};

const SHARED_GRANT =
  'another run or tool that shares this grant may already have spent it (keep every user of the grant in one concurrency group)';

/** What every preset whose refresh tokens rotate shares (all but Google); each says what is its own. */
const ROTATING_PRESET = {
  scopeSeparator: ' ',
  identityScope: undefined,
  consentParams: {},
  loopbackRedirects: true,
  codeLifetimeSeconds: undefined,
  rotates: true,
  replaysRefresh: undefined,
  clientAuth: inTheBody,
} as const satisfies Partial<Provider>;

export const PROVIDERS: Readonly<Record<ProviderName, Provider>> = {
  google: {
    name: 'google',
    label: 'Google OAuth 2.0 (Google Health API)',
    tokenUrl: 'https://oauth2.googleapis.com/token',
    authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    defaultScopes: [
      'activity_and_fitness',
      'health_metrics_and_measurements',
      'sleep',
      'nutrition',
      'location',
      'profile',
      'settings',
    ].map((area) => `https://www.googleapis.com/auth/googlehealth.${area}.readonly`),
    scopeSeparator: ' ',
    identityScope: 'openid',
    // Without both, Google returns no refresh token (offline) or no new one on re-consent.
    consentParams: { access_type: 'offline', prompt: 'consent' },
    loopbackRedirects: true,
    codeLifetimeSeconds: undefined,
    rotates: false,
    replaysRefresh: undefined,
    clientAuth: inTheBody,
    token: OAUTH_DIALECT,
    deadGrantCauses:
      'Google grants die when the Cloud project\'s OAuth audience is in "Testing" (grants for restricted scopes such as the Google Health API end 7 days after consent; publish the app to lift that), when access was revoked at myaccount.google.com/connections, after 6 months unused, when time-limited access ran out, or when more than 100 newer grants were issued for this client',
  },
  fitbit: {
    ...ROTATING_PRESET,
    name: 'fitbit',
    label: 'legacy Fitbit Web API',
    tokenUrl: 'https://api.fitbit.com/oauth2/token',
    authorizeUrl: 'https://www.fitbit.com/oauth2/authorize',
    defaultScopes: [
      'activity',
      'cardio_fitness',
      'heartrate',
      'location',
      'nutrition',
      'oxygen_saturation',
      'profile',
      'respiratory_rate',
      'settings',
      'sleep',
      'temperature',
      'weight',
    ],
    replaysRefresh: 'for a short while',
    clientAuth: basicWhenSecret,
    token: OAUTH_DIALECT,
    deadGrantCauses: `Fitbit refresh tokens are single-use: ${SHARED_GRANT}, or access was revoked, or the account moved to a Google account`,
  },
  strava: {
    ...ROTATING_PRESET,
    name: 'strava',
    label: 'Strava',
    tokenUrl: 'https://www.strava.com/oauth/token',
    authorizeUrl: 'https://www.strava.com/oauth/authorize',
    defaultScopes: ['read', 'activity:read_all', 'profile:read_all'],
    scopeSeparator: ',',
    // Shows the consent screen even to an athlete who already allowed the app, as a re-consent should.
    consentParams: { approval_prompt: 'force' },
    token: {
      ...OAUTH_DIALECT,
      replies: 'strava',
      accountAt: ['athlete', 'id'],
      namesScopes: false,
    },
    deadGrantCauses: `a Strava refresh token dies the moment a newer one is handed out: ${SHARED_GRANT}; or the athlete revoked the app's access (strava.com/settings/apps)`,
  },
  whoop: {
    ...ROTATING_PRESET,
    name: 'whoop',
    label: 'WHOOP',
    tokenUrl: 'https://api.prod.whoop.com/oauth/oauth2/token',
    authorizeUrl: 'https://api.prod.whoop.com/oauth/oauth2/auth',
    // `offline` is what makes WHOOP hand out a refresh token at all.
    defaultScopes: [
      'read:recovery',
      'read:cycles',
      'read:sleep',
      'read:workout',
      'read:body_measurement',
      'read:profile',
      'offline',
    ],
    token: { ...OAUTH_DIALECT, refreshParams: { scope: 'offline' }, rotatesEveryRefresh: true },
    deadGrantCauses: `WHOOP refresh tokens are single-use, and a refresh without scope=offline spends one without handing out the next: ${SHARED_GRANT}; or access was revoked in the WHOOP app`,
  },
  oura: {
    ...ROTATING_PRESET,
    name: 'oura',
    label: 'Oura',
    tokenUrl: 'https://api.ouraring.com/oauth/token',
    authorizeUrl: 'https://cloud.ouraring.com/oauth/authorize',
    // No scope asks for all of them, which Oura documents; its API only reads. The names
    // are not spelt alike across its pages (spo2, spo2Daily), so none is guessed here.
    defaultScopes: [],
    token: { ...OAUTH_DIALECT, namesScopes: false, rotatesEveryRefresh: true },
    deadGrantCauses: `Oura refresh tokens are single-use: ${SHARED_GRANT}; or access was revoked in the Oura account`,
  },
  withings: {
    ...ROTATING_PRESET,
    name: 'withings',
    label: 'Withings',
    tokenUrl: 'https://wbsapi.withings.net/v2/oauth2',
    authorizeUrl: 'https://account.withings.com/oauth2_user/authorize2',
    // user.info is for Withings' SDK partners only: without a contract a consent asking for it fails.
    defaultScopes: ['user.metrics', 'user.activity'],
    scopeSeparator: ',',
    loopbackRedirects: false,
    codeLifetimeSeconds: 30,
    replaysRefresh: 'for up to 8 hours, while its new access token is unused',
    token: {
      formParams: { action: 'requesttoken' },
      refreshParams: {},
      replies: 'withings',
      accountAt: ['userid'],
      namesScopes: true,
      rotatesEveryRefresh: true,
    },
    deadGrantCauses: `a Withings refresh token ends 8 hours after the refresh that replaced it (sooner once the new access token is used) and a year after it was issued: ${SHARED_GRANT}; or access was revoked in the Withings account`,
  },
  custom: {
    ...ROTATING_PRESET,
    name: 'custom',
    label: 'custom OAuth 2.0 provider',
    tokenUrl: undefined,
    authorizeUrl: undefined,
    defaultScopes: [],
    replaysRefresh: 'for a short while',
    clientAuth: basicWhenSecret,
    token: OAUTH_DIALECT,
    deadGrantCauses:
      'the refresh token was already used (rotating providers accept each one once), expired, or access was revoked',
  },
};

/** The explicit `client-auth` setting wins; `auto` follows the provider's habit. */
export function resolveClientAuth(
  provider: Provider,
  setting: ClientAuthSetting,
  hasSecret: boolean,
): ClientAuth {
  return setting === 'auto' ? provider.clientAuth(hasSecret) : setting;
}

/** The preset named by the `provider` input or option (default google). */
export function providerNamed(value: string | undefined): Provider {
  return PROVIDERS[oneOf('provider', value ?? 'google', PROVIDER_NAMES)];
}

/** The preset's token URL, or the override; `custom` has none of its own. */
export function tokenUrlOf(provider: Provider, override: string | undefined): string {
  if (override !== undefined) return httpsUrl('token-url', override);
  if (provider.tokenUrl === undefined) {
    throw new InputError('token-url', "is required with provider 'custom'");
  }
  return provider.tokenUrl;
}

/**
 * A consent redirect the provider takes: where it refuses loopback addresses
 * (Withings: https only, no localhost, no IP address), one that points there
 * is an InputError naming `input`. Returned as given.
 */
export function consentRedirectFor(provider: Provider, input: string, uri: string): string {
  if (provider.loopbackRedirects) return uri;
  const url = URL.parse(uri);
  const refused =
    url === null ||
    url.protocol !== 'https:' ||
    isLoopbackHost(url.hostname) ||
    /^\d+\.\d+\.\d+\.\d+$|^\[/.test(url.hostname);
  if (refused) {
    throw new InputError(
      input,
      `must be an https address registered with ${provider.label} (it refuses localhost and IP addresses), such as a page of your own site (got ${shown(uri)})`,
    );
  }
  return uri;
}
