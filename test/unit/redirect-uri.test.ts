/** Redirect URIs are checked, never rewritten: Google compares them character for character. */
import { describe, expect, it } from 'vitest';
import { loopbackRedirectUri, webRedirectUri } from '../../src/cli/redirect-uri.js';

describe('the redirect URI, as given', () => {
  it.each([
    'http://127.0.0.1:8080',
    'http://127.0.0.1:8080/',
    'http://localhost:8765/callback/',
    'http://[::1]:9000',
    'HTTP://127.0.0.1:8080/Path',
  ])('loopback %s comes back unchanged', (uri) => {
    expect(loopbackRedirectUri(uri)).toBe(uri);
  });

  it.each([
    'https://www.google.com',
    'https://www.google.com/',
    'https://example.com:443/cb',
    'https://example.com/a/../b',
  ])('web %s comes back unchanged', (uri) => {
    expect(webRedirectUri(uri)).toBe(uri);
  });

  it.each([
    ' https://www.google.com',
    'https://www.google.com ',
    'https://www.goo\tgle.com/',
    'https://www.google.com/\n',
  ])('refuses %j, which the URL parser would quietly clean into another string', (uri) => {
    expect(() => webRedirectUri(uri)).toThrow(/must not contain spaces or control characters/);
    expect(() => loopbackRedirectUri(uri)).toThrow(/must not contain spaces or control characters/);
  });

  it('still refuses what is not a redirect URI', () => {
    expect(() => webRedirectUri('http://example.com/')).toThrow(/must use https/);
    expect(() => webRedirectUri('https://user:pw@example.com/')).toThrow(/credentials/);
    expect(() => loopbackRedirectUri('https://127.0.0.1:8080/')).toThrow(/http on a loopback host/);
    expect(() => loopbackRedirectUri('nonsense')).toThrow(/absolute URL/);
  });
});
