/** The grant's account as `<secret-name>_ACCOUNT` holds it and `grant-account` hands it back. */
import { describe, expect, it } from 'vitest';
import {
  isAccount,
  newAccountRecord,
  readAccountRecord,
  refuseOtherAccount,
} from '../../src/grant/account.js';

const OWNER = '104857600000000000001';
const OTHER = '104857600000000000002';

describe('the account record', () => {
  it('names the account without revealing it, salted afresh each time', () => {
    const first = newAccountRecord(OWNER);
    const second = newAccountRecord(OWNER);
    expect(first).not.toContain(OWNER);
    expect(first).not.toBe(second);
    for (const record of [first, second]) {
      expect(isAccount(readAccountRecord(record), OWNER)).toBe(true);
      expect(isAccount(readAccountRecord(record), OTHER)).toBe(false);
    }
  });

  it('takes an account id set by hand as it is', () => {
    expect(isAccount(readAccountRecord(OWNER), OWNER)).toBe(true);
    expect(isAccount(readAccountRecord(OWNER), OTHER)).toBe(false);
  });
});

describe('refuseOtherAccount', () => {
  const record = readAccountRecord(newAccountRecord(OWNER));

  it("lets the recorded account's grant through, and anything when nothing is recorded", () => {
    expect(() => refuseOtherAccount(record, 'S', OWNER)).not.toThrow();
    expect(() => refuseOtherAccount(undefined, 'S', OTHER)).not.toThrow();
  });

  it("refuses another account's grant, and one that names no account, never naming either", () => {
    expect(() => refuseOtherAccount(record, 'S', OTHER)).toThrow(
      /consent came from another account than the grant's \(grant-account records the account the grant in S belongs to\)/,
    );
    expect(() => refuseOtherAccount(record, 'S', undefined)).toThrow(
      /the provider did not say whose it is/,
    );
    try {
      refuseOtherAccount(record, 'S', OTHER);
    } catch (error) {
      expect(String(error)).not.toContain(OTHER);
      expect(String(error)).not.toContain(OWNER);
    }
  });
});
