/**
 * Plays the person in the browser at a simulated provider's consent page: the
 * page is asked with the given parameters and answers with a redirect, whose
 * address carries the code (or an error). Written once for every test.
 */
import { pkceChallenge, randomBase64Url } from './oauth-kit.js';

/** The address the consent page redirected to. */
export async function consentRedirect(
  authorizeUrl: string | URL,
  params: Record<string, string> = {},
): Promise<URL> {
  const url = new URL(authorizeUrl);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (!location) throw new Error(`the consent page did not redirect (${response.status})`);
  return new URL(location);
}

/** A consent with a fresh PKCE pair: the code, the address it came in and the verifier it needs. */
export async function consentWithPkce(
  authorizeUrl: string,
  params: Record<string, string>,
): Promise<{ code: string; verifier: string; landing: URL }> {
  const verifier = randomBase64Url(32);
  const landing = await consentRedirect(authorizeUrl, {
    response_type: 'code',
    code_challenge: pkceChallenge(verifier),
    code_challenge_method: 'S256',
    ...params,
  });
  return { code: landing.searchParams.get('code') ?? '', verifier, landing };
}
