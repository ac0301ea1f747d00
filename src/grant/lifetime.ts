/**
 * The grant's own rules, apart from any edge: when it is expected to die, when
 * that is close enough to warn about, and which required scopes it lacks.
 */
import type { SecretMetadata } from '../github/secrets.js';
import { humanTime, secondsAfter } from '../lib/time.js';
import type { TokenReply } from '../oauth/token-reply.js';

/** A grant this close to its end needs a new consent now. */
export const RENEWAL_WINDOW_MS = 48 * 3600 * 1000;

/**
 * When the grant dies: as the provider says (refresh_token_expires_in), else
 * the consent time plus the configured lifetime. The consent time is now for a
 * re-seed, else the secret's last update (every re-seed writes it).
 */
export function grantExpiry(
  reply: TokenReply,
  issuedAt: Date,
  lifetime: { seconds: number | undefined; reseed: boolean; secret: SecretMetadata | undefined },
): Date | undefined {
  if (reply.refreshTokenExpiresIn !== undefined) {
    return secondsAfter(issuedAt, reply.refreshTokenExpiresIn);
  }
  if (lifetime.seconds === undefined) return undefined;
  const consentedAt = lifetime.reseed ? issuedAt : lifetime.secret?.updatedAt;
  return consentedAt ? secondsAfter(consentedAt, lifetime.seconds) : undefined;
}

/** True when the grant ends within the renewal window from `now`. */
export function endsSoon(expiresAt: Date | undefined, now: Date): expiresAt is Date {
  return expiresAt !== undefined && expiresAt.getTime() - now.getTime() <= RENEWAL_WINDOW_MS;
}

/** Whole hours until the grant ends, never below zero. */
export function hoursLeft(expiresAt: Date, now: Date): number {
  return Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 3600_000));
}

/** A warning when the grant ends within the renewal window; undefined otherwise. */
export function expiryWarning(expiresAt: Date | undefined, now: Date): string | undefined {
  if (!endsSoon(expiresAt, now)) return undefined;
  return `The grant is expected to expire on ${humanTime(expiresAt, now)} (in about ${hoursLeft(expiresAt, now)} h). Re-seed through consent before then (npx fitbit-token-keeper authorize), or publish the Google Cloud app out of "Testing" to lift the 7-day limit.`;
}

/** The required scopes the grant lacks, as a problem; undefined when it has them all. */
export function missingScopes(
  required: readonly string[],
  granted: readonly string[],
): string | undefined {
  const missing = required.filter((scope) => !granted.includes(scope));
  if (missing.length === 0) return undefined;
  return `The grant lacks the required scopes ${missing.join(', ')} (granted: ${granted.join(' ') || 'none stated'}). The user may have unticked them on the consent screen: re-seed through consent and grant them all`;
}
