import { describe, expect, it } from 'vitest';
import {
  CLIENT_AUTH_SETTINGS,
  PROVIDER_NAMES,
  PROVIDERS,
  resolveClientAuth,
} from '../../src/oauth/providers.js';

describe('provider presets', () => {
  it('offers exactly the providers and client-auth settings of the contract', () => {
    expect([...PROVIDER_NAMES]).toEqual(['google', 'fitbit', 'custom']);
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
