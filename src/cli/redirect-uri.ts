/**
 * The redirect URI, checked but never rewritten: Google compares it with the
 * registered ones character for character, so `https://www.google.com` must not
 * become `https://www.google.com/` on the way (URL normalisation would add the
 * slash), neither in the consent URL nor at the token endpoint.
 */
import { InputError } from '../lib/errors.js';
import { httpsUrl, isLoopbackHost, shown } from '../lib/validators.js';
import { DEFAULT_REDIRECT_URI } from '../oauth/consent.js';

export { DEFAULT_REDIRECT_URI };

// The URL parser drops these silently, so the URI it parsed is not the one that would be sent.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const INVISIBLE = /[\s\u0000-\u001f\u007f-\u009f]/;

/** True when the command can listen where the redirect URI points. */
export function isLoopbackHttp(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && isLoopbackHost(url.hostname);
  } catch {
    return true; // malformed: let the full validation name the problem
  }
}

/** A redirect URI the command listens on: http on a loopback host. Returned as given. */
export function loopbackRedirectUri(value: string): string {
  asTyped(value);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError('redirect-uri', `must be an absolute URL (got ${shown(value)})`);
  }
  if (url.protocol !== 'http:' || !isLoopbackHost(url.hostname)) {
    throw new InputError(
      'redirect-uri',
      `must be http on a loopback host such as ${DEFAULT_REDIRECT_URI}, where this command can listen (got ${shown(value)})`,
    );
  }
  return value;
}

/** A redirect URI only a browser reaches (a Web client's): https. Returned as given. */
export function webRedirectUri(value: string): string {
  asTyped(value);
  httpsUrl('redirect-uri', value);
  return value;
}

function asTyped(value: string): void {
  if (INVISIBLE.test(value)) {
    throw new InputError(
      'redirect-uri',
      `must not contain spaces or control characters: it is compared with the registered one character for character (got ${shown(value)})`,
    );
  }
}
