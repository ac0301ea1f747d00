/**
 * Provider presets: where the token endpoint is, how the client authenticates
 * there, whether refresh tokens rotate, and what a dead grant usually means.
 */
import { InputError } from '../lib/errors.js';
import { httpsUrl, oneOf } from '../lib/validators.js';

export const PROVIDER_NAMES = ['google', 'fitbit', 'custom'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

export const CLIENT_AUTH_SETTINGS = ['auto', 'basic', 'body'] as const;
export type ClientAuthSetting = (typeof CLIENT_AUTH_SETTINGS)[number];
/** How the client id (and secret) reach the token endpoint. `body` without a secret = public client. */
export type ClientAuth = 'basic' | 'body';

export interface Provider {
  readonly name: ProviderName;
  readonly label: string;
  /** Undefined for `custom`, which requires `token-url`. */
  readonly tokenUrl: string | undefined;
  /** The consent page; undefined for `custom`, which requires `--authorize-url`. */
  readonly authorizeUrl: string | undefined;
  /** Scopes asked for at consent when none are given: read-only health data. */
  readonly defaultScopes: readonly string[];
  /**
   * The scope that makes the token reply name the account (Google: openid, for
   * an id_token with `sub`); undefined where the reply names it anyway (Fitbit's user_id).
   */
  readonly identityScope: string | undefined;
  /** Extra authorization URL parameters the provider needs to hand out a refresh token. */
  readonly consentParams: Readonly<Record<string, string>>;
  /** Rotating providers hand out a new single-use refresh token on every refresh. */
  readonly rotates: boolean;
  readonly clientAuth: (hasSecret: boolean) => ClientAuth;
  /** Likely causes of `invalid_grant`, to tell the user why the grant died. */
  readonly deadGrantCauses: string;
}

const basicWhenSecret = (hasSecret: boolean): ClientAuth => (hasSecret ? 'basic' : 'body');

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
    identityScope: 'openid',
    // Without both, Google returns no refresh token (offline) or no new one on re-consent.
    consentParams: { access_type: 'offline', prompt: 'consent' },
    rotates: false,
    clientAuth: () => 'body',
    deadGrantCauses:
      'Google grants die when the Cloud project\'s OAuth audience is in "Testing" (grants for restricted scopes such as the Google Health API end 7 days after consent; publish the app to lift that), when access was revoked at myaccount.google.com/connections, after 6 months unused, when time-limited access ran out, or when more than 100 newer grants were issued for this client',
  },
  fitbit: {
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
    identityScope: undefined,
    consentParams: {},
    rotates: true,
    clientAuth: basicWhenSecret,
    deadGrantCauses:
      'Fitbit refresh tokens are single-use: another run or tool that shares this grant may already have spent it (keep every user of the grant in one concurrency group), or access was revoked, or the account moved to a Google account',
  },
  custom: {
    name: 'custom',
    label: 'custom OAuth 2.0 provider',
    tokenUrl: undefined,
    authorizeUrl: undefined,
    defaultScopes: [],
    identityScope: undefined,
    consentParams: {},
    rotates: true,
    clientAuth: basicWhenSecret,
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
