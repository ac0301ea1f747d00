import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors.js';
import {
  CLIENT_AUTH_SETTINGS,
  consentRedirectFor,
  PROVIDER_NAMES,
  PROVIDERS,
  resolveClientAuth,
} from '../../src/oauth/providers.js';

describe('provider presets', () => {
  it('offers exactly the providers and client-auth settings of the contract', () => {
    expect([...PROVIDER_NAMES]).toEqual([
      'google',
      'fitbit',
      'strava',
      'whoop',
      'oura',
      'withings',
      'custom',
    ]);
    expect([...CLIENT_AUTH_SETTINGS]).toEqual(['auto', 'basic', 'body']);
    for (const name of PROVIDER_NAMES) expect(PROVIDERS[name].name).toBe(name);
  });

  it('google: Google token endpoint, no rotation, credentials in the body', () => {
    const google = PROVIDERS.google;
    expect(google.tokenUrl).toBe('https://oauth2.googleapis.com/token');
    expect(google.rotates).toBe(false);
    expect(google.clientAuth(true)).toBe('body');
    expect(google.clientAuth(false)).toBe('body');
  });

  it('fitbit: legacy Fitbit endpoint, rotating, Basic only when there is a secret', () => {
    const fitbit = PROVIDERS.fitbit;
    expect(fitbit.tokenUrl).toBe('https://api.fitbit.com/oauth2/token');
    expect(fitbit.rotates).toBe(true);
    expect(fitbit.clientAuth(true)).toBe('basic');
    expect(fitbit.clientAuth(false)).toBe('body');
  });

  it('custom: no token URL of its own, treated as rotating, Basic only when there is a secret', () => {
    const custom = PROVIDERS.custom;
    expect(custom.tokenUrl).toBeUndefined();
    expect(custom.rotates).toBe(true);
    expect(custom.clientAuth(true)).toBe('basic');
    expect(custom.clientAuth(false)).toBe('body');
  });

  it("google's dead-grant causes name the 7-day Testing limit, revocation and 6 months unused", () => {
    const causes = PROVIDERS.google.deadGrantCauses;
    expect(causes).toMatch(/Testing/);
    expect(causes).toMatch(/7 days/);
    expect(causes).toMatch(/revoked/);
    expect(causes).toMatch(/6 months/);
  });

  it("fitbit's dead-grant causes say refresh tokens are single-use", () => {
    expect(PROVIDERS.fitbit.deadGrantCauses).toMatch(/single-use/);
  });
});

describe('the presets of providers that rotate (providers.md)', () => {
  it.each([
    ['strava', 'https://www.strava.com/oauth/authorize', 'https://www.strava.com/oauth/token', ','],
    [
      'whoop',
      'https://api.prod.whoop.com/oauth/oauth2/auth',
      'https://api.prod.whoop.com/oauth/oauth2/token',
      ' ',
    ],
    [
      'oura',
      'https://cloud.ouraring.com/oauth/authorize',
      'https://api.ouraring.com/oauth/token',
      ' ',
    ],
    [
      'withings',
      'https://account.withings.com/oauth2_user/authorize2',
      'https://wbsapi.withings.net/v2/oauth2',
      ',',
    ],
  ] as const)(
    '%s: consent at %s, tokens at %s, scopes joined by %j, credentials in the form, rotating',
    (name, authorizeUrl, tokenUrl, separator) => {
      const provider = PROVIDERS[name];
      expect(provider.authorizeUrl).toBe(authorizeUrl);
      expect(provider.tokenUrl).toBe(tokenUrl);
      expect(provider.scopeSeparator).toBe(separator);
      expect(provider.rotates).toBe(true);
      expect(provider.clientAuth(true)).toBe('body');
      expect(provider.clientAuth(false)).toBe('body');
      expect(provider.identityScope).toBeUndefined();
    },
  );

  it('asks for read-only scopes: WHOOP with offline, Withings without the partners-only user.info, Oura for none by name', () => {
    expect(PROVIDERS.whoop.defaultScopes).toContain('offline');
    expect(PROVIDERS.whoop.defaultScopes.filter((s) => s !== 'offline')).toSatisfy(
      (scopes: string[]) => scopes.every((scope) => scope.startsWith('read:')),
    );
    expect(PROVIDERS.strava.defaultScopes.every((scope) => /read/.test(scope))).toBe(true);
    expect(PROVIDERS.withings.defaultScopes).toEqual(['user.metrics', 'user.activity']);
    expect(PROVIDERS.oura.defaultScopes).toEqual([]);
  });

  it('speaks each dialect: scope=offline on every WHOOP refresh, action=requesttoken on every Withings request', () => {
    expect(PROVIDERS.whoop.token.refreshParams).toEqual({ scope: 'offline' });
    expect(PROVIDERS.withings.token.formParams).toEqual({ action: 'requesttoken' });
    expect(PROVIDERS.withings.token.replies).toBe('withings');
    expect(PROVIDERS.strava.token.replies).toBe('strava');
    expect(PROVIDERS.strava.token.accountAt).toEqual(['athlete', 'id']);
    expect(PROVIDERS.withings.token.accountAt).toEqual(['userid']);
    // Strava only sometimes rotates: the same token back is no error.
    expect(PROVIDERS.strava.token.rotatesEveryRefresh).toBe(false);
    for (const name of ['whoop', 'oura', 'withings'] as const) {
      expect(PROVIDERS[name].token.rotatesEveryRefresh).toBe(true);
    }
  });

  it('Withings refuses loopback redirects and its codes live 30 seconds; the others take loopback', () => {
    expect(PROVIDERS.withings.loopbackRedirects).toBe(false);
    expect(PROVIDERS.withings.codeLifetimeSeconds).toBe(30);
    for (const name of ['strava', 'whoop', 'oura'] as const) {
      expect(PROVIDERS[name].loopbackRedirects).toBe(true);
    }
  });
});

describe('consentRedirectFor', () => {
  it('takes any redirect for a provider that takes loopback, as given', () => {
    expect(consentRedirectFor(PROVIDERS.strava, 'redirect-uri', 'http://127.0.0.1:8080/')).toBe(
      'http://127.0.0.1:8080/',
    );
  });

  it.each([
    'http://127.0.0.1:8080/',
    'https://localhost/cb',
    'https://127.0.0.1/cb',
    'https://203.0.113.9/cb',
    'https://[::1]/cb',
    'http://health.example.org/cb',
    'not a url',
  ])('refuses %s for Withings, naming the input', (uri) => {
    expect(() => consentRedirectFor(PROVIDERS.withings, 'redirect-uri', uri)).toThrow(InputError);
  });

  it('takes an https address for Withings, exactly as given', () => {
    const uri = 'https://health.example.org/withings';
    expect(consentRedirectFor(PROVIDERS.withings, 'redirect-uri', uri)).toBe(uri);
  });
});

describe('resolveClientAuth', () => {
  it.each(PROVIDER_NAMES)('lets an explicit setting win for %s', (name) => {
    for (const hasSecret of [true, false]) {
      expect(resolveClientAuth(PROVIDERS[name], 'basic', hasSecret)).toBe('basic');
      expect(resolveClientAuth(PROVIDERS[name], 'body', hasSecret)).toBe('body');
    }
  });

  it.each([
    ['google', true, 'body'],
    ['google', false, 'body'],
    ['fitbit', true, 'basic'],
    ['fitbit', false, 'body'],
    ['custom', true, 'basic'],
    ['custom', false, 'body'],
  ] as const)('auto for %s (secret: %s) is %s', (name, hasSecret, expected) => {
    expect(resolveClientAuth(PROVIDERS[name], 'auto', hasSecret)).toBe(expected);
  });
});
