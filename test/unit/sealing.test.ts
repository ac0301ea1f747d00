import sodium from 'libsodium-wrappers';
import { beforeAll, describe, expect, it } from 'vitest';
import { sealSecret } from '../../src/lib/sealing.js';

const STANDARD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** crypto_box_SEALBYTES: an ephemeral public key (32) and a MAC (16). */
const SEAL_OVERHEAD = 48;

interface KeyPair {
  readonly publicKey: Uint8Array;
  readonly privateKey: Uint8Array;
}

const toBase64 = (bytes: Uint8Array): string =>
  sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);

function open(sealed: string, keys: KeyPair): string {
  const bytes = new Uint8Array(Buffer.from(sealed, 'base64'));
  return sodium.to_string(sodium.crypto_box_seal_open(bytes, keys.publicKey, keys.privateKey));
}

describe('sealSecret', () => {
  let keys: KeyPair;
  beforeAll(async () => {
    await sodium.ready;
    // A key whose standard base64 has + or /, as GitHub's often do: it must be read as such.
    for (let attempt = 0; attempt < 200; attempt++) {
      keys = sodium.crypto_box_keypair();
      if (/[+/]/.test(toBase64(keys.publicKey))) break;
    }
  });

  it('seals so that the holder of the private key can open it', async () => {
    const plaintext = 'c2d0f6a8b7e94c1d8a3b5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5c7b9a1f3e5d7c';
    expect(toBase64(keys.publicKey)).toMatch(/[+/]/);
    const sealed = await sealSecret(plaintext, toBase64(keys.publicKey));
    expect(sealed).not.toContain(plaintext);
    expect(open(sealed, keys)).toBe(plaintext);
  });

  it('round-trips text outside ASCII', async () => {
    const plaintext = '1//0g-Grüße-🔑-トークン';
    expect(open(await sealSecret(plaintext, toBase64(keys.publicKey)), keys)).toBe(plaintext);
  });

  it('cannot be opened with another key pair', async () => {
    const sealed = await sealSecret('refresh-token-value', toBase64(keys.publicKey));
    const other = sodium.crypto_box_keypair();
    expect(() => open(sealed, other)).toThrow();
  });

  it.each([1, 2, 3, 5, 64, 100])(
    'writes standard padded base64 of plaintext + 48 bytes for %i bytes',
    async (length) => {
      const plaintext = 'r'.repeat(length);
      const sealed = await sealSecret(plaintext, toBase64(keys.publicKey));
      expect(sealed).toMatch(STANDARD_BASE64);
      expect(sealed.length % 4).toBe(0);
      const bytes = Buffer.from(sealed, 'base64');
      expect(bytes.length).toBe(length + SEAL_OVERHEAD);
      expect(bytes.toString('base64')).toBe(sealed);
    },
  );

  it('counts the length in UTF-8 bytes', async () => {
    const plaintext = 'ü€🔑';
    const sealed = await sealSecret(plaintext, toBase64(keys.publicKey));
    expect(Buffer.from(sealed, 'base64').length).toBe(Buffer.byteLength(plaintext) + SEAL_OVERHEAD);
  });

  it('pads with = when the sealed length is not a multiple of 3', async () => {
    // 5 + 48 = 53 bytes: 53 mod 3 = 2, so one '='; 4 + 48 = 52: two '='.
    expect(await sealSecret('12345', toBase64(keys.publicKey))).toMatch(/[^=]=$/);
    expect(await sealSecret('1234', toBase64(keys.publicKey))).toMatch(/[^=]==$/);
  });

  it('uses the standard alphabet (+ and /), never the URL-safe one (- and _)', async () => {
    const outputs = await Promise.all(
      Array.from({ length: 20 }, () => sealSecret('x'.repeat(64), toBase64(keys.publicKey))),
    );
    const all = outputs.join('');
    expect(all).not.toMatch(/[-_]/);
    // 20 x 152 random characters: the chance of no + or / at all is below 1e-40.
    expect(all).toMatch(/[+/]/);
  });

  it('seals the same value differently each time (fresh ephemeral key)', async () => {
    const first = await sealSecret('same', toBase64(keys.publicKey));
    const second = await sealSecret('same', toBase64(keys.publicKey));
    expect(first).not.toBe(second);
    expect(open(first, keys)).toBe('same');
    expect(open(second, keys)).toBe('same');
  });
});
