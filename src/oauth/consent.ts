/**
 * The consent step's URL: PKCE S256 (RFC 7636), a random state, the scopes
 * joined as the provider writes them (Strava and Withings: commas), and the
 * provider's extra parameters (Google's access_type=offline, prompt=consent).
 * The challenge goes into every link, also where the provider documents no
 * PKCE: RFC 6749 §3.1 has a server ignore parameters it does not know, and the
 * consent issue checks the verifier against it locally all the same.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Provider } from './providers.js';

/** The loopback redirect both the command and the consent issue use when none is given. */
export const DEFAULT_REDIRECT_URI = 'http://127.0.0.1:8080/';

export interface Pkce {
  readonly verifier: string;
  readonly challenge: string;
}

export interface ConsentRequest {
  readonly authorizeUrl: string;
  readonly provider: Provider;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scopes: readonly string[];
  readonly state: string;
  /** Undefined only where no verifier can reach the exchange (the URL-only mode). */
  readonly pkce: Pkce | undefined;
}

/** 32 random bytes → a 43-character verifier, within RFC 7636's 43–128. */
export function createPkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: pkceChallenge(verifier) };
}

/** S256: base64url(SHA-256(verifier)), without padding (RFC 7636 §4.2). */
export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/**
 * The scopes a consent asks for when none are given explicitly: `scopes` plus
 * the provider's scope that names the account (Google's openid), so that the
 * grant's identity is known. It reveals no health data.
 */
export function withIdentityScope(provider: Provider, scopes: readonly string[]): string[] {
  const { identityScope } = provider;
  return identityScope === undefined || scopes.includes(identityScope)
    ? [...scopes]
    : [...scopes, identityScope];
}

export function createState(): string {
  return randomBytes(16).toString('base64url');
}

export function buildConsentUrl(request: ConsentRequest): string {
  const url = new URL(request.authorizeUrl);
  const params: Record<string, string> = {
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    state: request.state,
    ...request.provider.consentParams,
  };
  if (request.pkce) {
    params.code_challenge = request.pkce.challenge;
    params.code_challenge_method = 'S256';
  }
  if (request.scopes.length > 0)
    params.scope = request.scopes.join(request.provider.scopeSeparator);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}
