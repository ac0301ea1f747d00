/**
 * The last line of defence for a new refresh token that GitHub would not take:
 * it is sealed to the user's recovery key (the same sealed box GitHub uses),
 * printed, and later opened with the private key on the user's machine.
 */
import { loadSodium, type Sodium, sealSecret } from './sealing.js';

/** The marker in front of the sealed text, so `recover` finds it in a pasted log line. */
export const RECOVERY_MARKER = 'fitbit-token-keeper-recovery:';

export interface RecoveryKeyPair {
  readonly publicKey: string;
  readonly privateKey: string;
}

export async function generateRecoveryKeyPair(): Promise<RecoveryKeyPair> {
  const sodium = await loadSodium();
  const pair = sodium.crypto_box_keypair();
  const encode = (bytes: Uint8Array) => sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);
  return { publicKey: encode(pair.publicKey), privateKey: encode(pair.privateKey) };
}

export async function sealForRecovery(refreshToken: string, publicKey: string): Promise<string> {
  return `${RECOVERY_MARKER}${await sealSecret(refreshToken, publicKey)}`;
}

/** Opens sealed text (with or without the marker, anywhere in `text`) with the private key. */
export async function openRecovered(text: string, privateKeyBase64: string): Promise<string> {
  const sodium = await loadSodium();
  const marked = text.indexOf(RECOVERY_MARKER);
  const sealedText =
    marked === -1
      ? text.trim()
      : (/^[A-Za-z0-9+/=]+/.exec(text.slice(marked + RECOVERY_MARKER.length))?.[0] ?? '');
  const privateKey = decode(sodium, privateKeyBase64.trim(), 'private key');
  if (privateKey.length !== sodium.crypto_box_SECRETKEYBYTES) {
    throw new Error('the private key file does not hold an X25519 private key');
  }
  const publicKey = sodium.crypto_scalarmult_base(privateKey);
  let opened: Uint8Array;
  try {
    opened = sodium.crypto_box_seal_open(
      decode(sodium, sealedText, 'sealed text'),
      publicKey,
      privateKey,
    );
  } catch {
    throw new Error(
      'the sealed text does not open with this private key (wrong key, or the text is cut)',
    );
  }
  return sodium.to_string(opened);
}

function decode(sodium: Sodium, base64: string, what: string): Uint8Array {
  try {
    return sodium.from_base64(base64, sodium.base64_variants.ORIGINAL);
  } catch {
    throw new Error(`the ${what} is not base64`);
  }
}
