/**
 * Seals a value for GitHub's secrets API: libsodium sealed box against the
 * scope's X25519 public key, base64 in the ORIGINAL variant (standard alphabet,
 * padded; the library's default URL-safe variant would be rejected).
 */

/** crypto_box_PUBLICKEYBYTES */
const X25519_KEY_BYTES = 32;

export type Sodium = typeof import('libsodium-wrappers').default;

let loaded: Promise<Sodium> | undefined;

/**
 * libsodium, loaded on first use: a refresh that writes nothing (Google's)
 * never pays for compiling and starting its WebAssembly.
 */
export function loadSodium(): Promise<Sodium> {
  loaded ??= import('libsodium-wrappers').then(async ({ default: sodium }) => {
    await sodium.ready;
    return sodium;
  });
  return loaded;
}

export async function sealSecret(plaintext: string, publicKeyBase64: string): Promise<string> {
  const sodium = await loadSodium();
  const publicKey = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
  const sealed = sodium.crypto_box_seal(sodium.from_string(plaintext), publicKey);
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}

/**
 * True when `publicKeyBase64` is a 32-byte X25519 key in standard base64, as
 * `sealSecret` needs; checked without loading libsodium, which a refresh that
 * writes nothing never needs.
 */
export function isSealingKey(publicKeyBase64: string): boolean {
  const bytes = Buffer.from(publicKeyBase64, 'base64');
  return bytes.length === X25519_KEY_BYTES && bytes.toString('base64') === publicKeyBase64;
}
