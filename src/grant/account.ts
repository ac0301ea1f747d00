/**
 * The grant's account (Fitbit's user_id, the `sub` of a Google id_token),
 * remembered beyond the grant's death: once a run learns it, it is written,
 * sealed, to `<secret-name>_ACCOUNT`, and every workflow hands it back as
 * `grant-account`. A re-seed whose new grant is another account's is refused
 * before anything is stored.
 *
 * The record names the account without revealing it: a random salt and an
 * HMAC-SHA256 of the account id keyed with that salt (`v1.<salt>.<tag>`). The
 * same tag, keyed with a consent link's PKCE verifier, is what a consent
 * issue's marker records.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ExplainedError, errorMessage, InputError } from '../lib/errors.js';
import type { Log } from '../lib/log.js';
import { hasControlCharacters } from '../lib/validators.js';
import type { SecretWriter } from './secret-writer.js';

/** The account as `grant-account` hands it back: the keeper's salted tag, or an id set by hand. */
export type AccountRecord =
  | { readonly salt: string; readonly tag: string }
  | { readonly accountId: string };

/** What a run did with the account its reply named. */
export type AccountNote =
  /** The reply named no account. */
  | 'unknown'
  /** grant-account already names it. */
  | 'same'
  /** Written to the secret: grant-account was empty. */
  | 'recorded'
  /** Written to the secret: grant-account named another account. */
  | 'changed'
  /** Could not be written (a warning said why). */
  | 'not-recorded';

const RECORD = /^v1\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

export const accountSecretName = (secret: string) => `${secret}_ACCOUNT`;

/** An HMAC of the account id under `key`: tells nobody without the key whose account it is. */
export function accountTag(key: string, accountId: string): string {
  return createHmac('sha256', key)
    .update(`fitbit-token-keeper grant account ${accountId}`)
    .digest('base64url');
}

/** Whether `accountId` is the account `tag` was made for under `key`. */
export function isTaggedAccount(tag: string, key: string, accountId: string): boolean {
  const expected = Buffer.from(accountTag(key, accountId));
  const recorded = Buffer.from(tag);
  return expected.length === recorded.length && timingSafeEqual(expected, recorded);
}

/** The `grant-account` input; its value is never shown, even in an error. */
export function readAccountRecord(value: string): AccountRecord {
  const match = RECORD.exec(value);
  if (match?.[1] !== undefined && match[2] !== undefined) return { salt: match[1], tag: match[2] };
  if (value.length > 255 || hasControlCharacters(value)) {
    throw new InputError(
      'grant-account',
      'is not an account the keeper recorded: pass the secret it writes, secrets.<secret-name>_ACCOUNT (for example secrets.FITBIT_REFRESH_TOKEN_ACCOUNT)',
    );
  }
  return { accountId: value };
}

export function isAccount(record: AccountRecord, accountId: string): boolean {
  if ('accountId' in record) return record.accountId === accountId;
  return isTaggedAccount(record.tag, record.salt, accountId);
}

/** A new record of `accountId`, as `<secret-name>_ACCOUNT` holds it: a fresh salt each time. */
export function newAccountRecord(accountId: string): string {
  const salt = randomBytes(16).toString('base64url');
  return `v1.${salt}.${accountTag(salt, accountId)}`;
}

/** Who records the grant's account, as a refusal names it, and how to consent anew. */
export interface AccountRecorder {
  readonly name: string;
  readonly consentAgain: string;
}

const GRANT_ACCOUNT_INPUT: AccountRecorder = {
  name: 'grant-account',
  consentAgain: 'consent again',
};

/**
 * A re-seed must bring back the recorded account's grant; throws before
 * anything is stored otherwise (also when the reply names no account).
 * `recorder` is grant-account unless said otherwise (a consent issue's marker).
 */
export function refuseOtherAccount(
  record: AccountRecord | undefined,
  secretName: string,
  accountId: string | undefined,
  recorder: AccountRecorder = GRANT_ACCOUNT_INPUT,
): void {
  if (record === undefined) return;
  if (accountId !== undefined && isAccount(record, accountId)) return;
  throw new ExplainedError(
    accountId === undefined
      ? `Refused to store the new grant: the provider did not say whose it is, and ${recorder.name} records the account the grant in ${secretName} belongs to, so the consent may have come from another account than the grant's`
      : `Refused to store the new grant: the consent came from another account than the grant's (${recorder.name} records the account the grant in ${secretName} belongs to)`,
    `The consent is needed from the account the grant belongs to, the one whose data the workflow reads: sign in with that account (sign out of the other one first) and ${recorder.consentAgain}${accountId === undefined ? ', through a consent link that asks for the account (openid for Google)' : ''}. To move the grant to another account on purpose, re-seed with \`npx fitbit-token-keeper authorize\` instead.`,
  );
}

/**
 * Once the refresh token is stored: writes the account the reply named to
 * `<secret-name>_ACCOUNT` unless grant-account already names it. A write that
 * fails is a warning, never a failed run.
 */
export async function rememberAccount(
  settings: {
    readonly secretName: string;
    readonly grantAccount?: AccountRecord | undefined;
  },
  secrets: SecretWriter,
  accountId: string | undefined,
  log: Log,
): Promise<AccountNote> {
  const { grantAccount } = settings;
  if (accountId === undefined) return 'unknown';
  if (grantAccount !== undefined && isAccount(grantAccount, accountId)) return 'same';
  const name = accountSecretName(settings.secretName);
  try {
    await secrets.store(name, newAccountRecord(accountId));
  } catch (error) {
    log.warning(
      `Could not record the grant's account in the secret ${name} (${errorMessage(error)}): without it a re-seed after the grant dies cannot tell the grant's account from another. The refresh itself is not affected. Give the github-token "Secrets: read and write".`,
    );
    return 'not-recorded';
  }
  log.info(`Recorded the grant's account in the secret ${name}.`);
  return grantAccount === undefined ? 'recorded' : 'changed';
}
