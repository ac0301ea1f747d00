import sodium from 'libsodium-wrappers';
import { describe, expect, it } from 'vitest';
import {
  generateRecoveryKeyPair,
  openRecovered,
  RECOVERY_MARKER,
  sealForRecovery,
} from '../../src/lib/recovery.js';

describe('recovery sealing', () => {
  it('round-trips through a pasted log line, with or without the marker', async () => {
    const pair = await generateRecoveryKeyPair();
    const sealed = await sealForRecovery('rt-0123456789abcdef', pair.publicKey);
    expect(sealed.startsWith(RECOVERY_MARKER)).toBe(true);
    expect(sealed).not.toContain('rt-0123456789abcdef');
    const logLine = `2026-11-25T12:00:00Z ${sealed}  \n`;
    expect(await openRecovered(logLine, pair.privateKey)).toBe('rt-0123456789abcdef');
    expect(await openRecovered(sealed.slice(RECOVERY_MARKER.length), `${pair.privateKey}\n`)).toBe(
      'rt-0123456789abcdef',
    );
  });

  it('makes a real X25519 pair: the public key belongs to the private one', async () => {
    await sodium.ready;
    const pair = await generateRecoveryKeyPair();
    const derived = sodium.crypto_scalarmult_base(
      sodium.from_base64(pair.privateKey, sodium.base64_variants.ORIGINAL),
    );
    expect(sodium.to_base64(derived, sodium.base64_variants.ORIGINAL)).toBe(pair.publicKey);
  });

  it('refuses the wrong key and cut text with a message that names the problem', async () => {
    const pair = await generateRecoveryKeyPair();
    const other = await generateRecoveryKeyPair();
    const sealed = await sealForRecovery('rt-secret', pair.publicKey);
    await expect(openRecovered(sealed, other.privateKey)).rejects.toThrow(
      /does not open with this private key/,
    );
    await expect(openRecovered(sealed.slice(0, -20), pair.privateKey)).rejects.toThrow(
      /does not open|not base64/,
    );
    await expect(openRecovered(sealed, 'c2hvcnQ=')).rejects.toThrow(
      /not hold an X25519 private key/,
    );
  });
});
