import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AUTHORIZE_OPTIONS } from '../../src/cli/authorize-flags.js';
import { readConsentUrlConfig } from '../../src/cli/authorize-options.js';
import { repositoryFromRemote } from '../../src/cli/git-remote.js';
import { parseOptions } from '../../src/cli/options.js';
import {
  buildConsentUrl,
  createPkce,
  createState,
  pkceChallenge,
  withIdentityScope,
} from '../../src/oauth/consent.js';
import { PROVIDERS } from '../../src/oauth/providers.js';

describe('createPkce', () => {
  it('makes an RFC 7636 S256 pair: a 43-character verifier and its SHA-256, base64url', () => {
    const { verifier, challenge } = createPkce();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(challenge).toBe(createHash('sha256').update(verifier).digest('base64url'));
    expect(createPkce().verifier).not.toBe(verifier);
  });

  it('makes a fresh unguessable state each time', () => {
    const states = new Set(Array.from({ length: 50 }, createState));
    expect(states.size).toBe(50);
    for (const state of states) expect(state.length).toBeGreaterThanOrEqual(20);
  });
});

describe("the scopes a consent asks for: openid beside Google's, unless given explicitly", () => {
  it('adds openid to Google scopes once, and nothing for providers whose reply names the account', () => {
    expect(withIdentityScope(PROVIDERS.google, ['a'])).toEqual(['a', 'openid']);
    expect(withIdentityScope(PROVIDERS.google, ['openid', 'a'])).toEqual(['openid', 'a']);
    expect(withIdentityScope(PROVIDERS.fitbit, ['sleep'])).toEqual(['sleep']);
  });

  it('authorize asks for the read-only scopes and openid, or exactly the --scopes given', () => {
    const read = (args: string[]) =>
      readConsentUrlConfig(
        parseOptions(AUTHORIZE_OPTIONS, [
          ...['--client-id', 'id', '--redirect-uri', 'https://www.google.com'],
          ...args,
        ]),
      ).scopes;
    expect(read([])).toEqual([...PROVIDERS.google.defaultScopes, 'openid']);
    expect(read(['--scopes', 'x y'])).toEqual(['x', 'y']);
    expect(read(['--provider', 'fitbit'])).toEqual(PROVIDERS.fitbit.defaultScopes);
  });

  it('S256 is base64url SHA-256 of the verifier, as createPkce pairs them', () => {
    const { verifier, challenge } = createPkce();
    expect(pkceChallenge(verifier)).toBe(challenge);
  });
});

describe('buildConsentUrl', () => {
  const pkce = { verifier: 'v'.repeat(43), challenge: 'c'.repeat(43) };

  it('asks Google for offline access and a fresh consent, with PKCE', () => {
    const url = new URL(
      buildConsentUrl({
        authorizeUrl: PROVIDERS.google.authorizeUrl as string,
        provider: PROVIDERS.google,
        clientId: 'id.apps.googleusercontent.com',
        redirectUri: 'http://127.0.0.1:8080/',
        scopes: PROVIDERS.google.defaultScopes,
        state: 'st4te',
        pkce,
      }),
    );
    expect(url.origin + url.pathname).toBe('https://accounts.google.com/o/oauth2/v2/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'id.apps.googleusercontent.com',
      redirect_uri: 'http://127.0.0.1:8080/',
      state: 'st4te',
      access_type: 'offline',
      prompt: 'consent',
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256',
      scope: PROVIDERS.google.defaultScopes.join(' '),
    });
    for (const scope of PROVIDERS.google.defaultScopes) {
      expect(scope).toMatch(
        /^https:\/\/www\.googleapis\.com\/auth\/googlehealth\.[a-z_]+\.readonly$/,
      );
    }
  });

  it('sends Fitbit no Google parameters, and leaves PKCE out when there is no verifier', () => {
    const url = new URL(
      buildConsentUrl({
        authorizeUrl: PROVIDERS.fitbit.authorizeUrl as string,
        provider: PROVIDERS.fitbit,
        clientId: '23ABCD',
        redirectUri: 'https://example.org/cb',
        scopes: ['activity', 'sleep'],
        state: 's',
        pkce: undefined,
      }),
    );
    expect(url.href.startsWith('https://www.fitbit.com/oauth2/authorize?')).toBe(true);
    expect(url.searchParams.get('scope')).toBe('activity sleep');
    expect(url.searchParams.has('access_type')).toBe(false);
    expect(url.searchParams.has('code_challenge')).toBe(false);
  });
});

describe('repositoryFromRemote', () => {
  it.each([
    ['https://github.com/octo/health.git', 'octo/health'],
    ['https://github.com/octo/health', 'octo/health'],
    ['https://x-access-token:abc@github.com/octo/health.git', 'octo/health'],
    ['git@github.com:octo/health.git', 'octo/health'],
    ['ssh://git@github.example.com/octo/health.data', 'octo/health.data'],
  ])('%s → %s', (remote, expected) => {
    expect(repositoryFromRemote(remote)).toBe(expected);
  });

  it.each(['', '/local/path/repo', 'https://github.com/only-owner'])('%s → nothing', (remote) => {
    expect(repositoryFromRemote(remote)).toBeUndefined();
  });
});
