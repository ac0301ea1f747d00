/**
 * The grant's account as a consent issue records it: an HMAC-SHA256 of the
 * account id (Fitbit's user_id, the `sub` of a Google id_token) keyed with the
 * consent link's PKCE verifier, which only the repository's secrets hold. The
 * issue then tells nobody whose grant it is, while a re-seed, which is handed
 * that verifier, can tell whether a new grant is the same account's.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function identityTag(verifier: string, userId: string): string {
  return createHmac('sha256', verifier)
    .update(`fitbit-token-keeper grant account ${userId}`)
    .digest('base64url');
}

/** Whether `userId` is the account `tag` was recorded for. */
export function sameIdentity(tag: string, verifier: string, userId: string): boolean {
  const expected = Buffer.from(identityTag(verifier, userId));
  const recorded = Buffer.from(tag);
  return expected.length === recorded.length && timingSafeEqual(expected, recorded);
}
