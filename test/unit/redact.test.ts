import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/redact.js';

const HEX_TOKEN = 'c2d0f6a8b7e94c1d8a3b5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5c7b9a1f3e5d7c';
const JWT =
  'eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiIyM0FCQ0QiLCJzdWIiOiIyNkZXRkwiLCJleHAiOjE3OTQwMDAwMDB9.Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA';

function redactorOf(...values: (string | undefined)[]): Redactor {
  const redactor = new Redactor();
  for (const value of values) redactor.add(value);
  return redactor;
}

describe('Redactor.redact', () => {
  it('replaces a known value wherever it occurs, every time', () => {
    const redactor = redactorOf('s3cr3t-value');
    expect(redactor.redact('a s3cr3t-value, xs3cr3t-valuex and (s3cr3t-value)')).toBe(
      'a [redacted], x[redacted]x and ([redacted])',
    );
  });

  it('replaces several known values', () => {
    const redactor = redactorOf('token-one', 'token-two');
    expect(redactor.redact('token-two then token-one')).toBe('[redacted] then [redacted]');
  });

  it('replaces the longest value first, so a value containing another goes whole', () => {
    const redactor = redactorOf('abcd', 'abcdefgh');
    expect(redactor.redact('x abcdefgh y abcd z')).toBe('x [redacted] y [redacted] z');
  });

  it('treats values literally, not as patterns', () => {
    const redactor = redactorOf('a.b*c+d');
    expect(redactor.redact('aXbbbcd a.b*c+d')).toBe('aXbbbcd [redacted]');
  });

  it('ignores values shorter than 4 characters', () => {
    const redactor = redactorOf('abc', 'no', '');
    expect(redactor.redact('abc no abcdef')).toBe('abc no abcdef');
  });

  it('redacts values of exactly 4 characters', () => {
    expect(redactorOf('wxyz').redact('a wxyz b')).toBe('a [redacted] b');
  });

  it('ignores undefined', () => {
    expect(redactorOf(undefined).redact('nothing to hide')).toBe('nothing to hide');
  });

  it('leaves token-shaped text that it does not know', () => {
    expect(redactorOf('known-value').redact(`other ${HEX_TOKEN}`)).toBe(`other ${HEX_TOKEN}`);
  });
});

describe('Redactor.redactUntrusted', () => {
  it("catches a 64-hex refresh token in Fitbit's invalid_grant message and keeps the rest readable", () => {
    const message = `Refresh token invalid: ${HEX_TOKEN}. Visit https://dev.fitbit.com/docs/oauth2 for more information on the Fitbit Web API authorization process.`;
    expect(new Redactor().redactUntrusted(message)).toBe(
      'Refresh token invalid: [redacted]. Visit https://dev.fitbit.com/docs/oauth2 for more information on the Fitbit Web API authorization process.',
    );
  });

  it('catches a whole JWT in a Fitbit-style message', () => {
    const message = `Access token expired: ${JWT}. Visit https://dev.fitbit.com/docs/oauth2 for more information on the Fitbit Web API authorization process.`;
    const out = new Redactor().redactUntrusted(message);
    expect(out).toBe(
      'Access token expired: [redacted]. Visit https://dev.fitbit.com/docs/oauth2 for more information on the Fitbit Web API authorization process.',
    );
    for (const part of JWT.split('.')) expect(out).not.toContain(part);
  });

  it('catches a Google-style refresh token', () => {
    const token = '1//0gA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvWxYz-_AbCdEf';
    expect(new Redactor().redactUntrusted(`bad token ${token} given`)).toBe(
      'bad token [redacted] given',
    );
  });

  it('keeps long ordinary words that contain no digit', () => {
    const text =
      'internationalization_and_localization counterrevolutionaries Token has been expired or revoked.';
    expect(new Redactor().redactUntrusted(text)).toBe(text);
  });

  it('keeps short identifiers with digits, such as a Fitbit user id or HTTP status', () => {
    const text = 'user 26FWFL got HTTP 400 at 2026-11-02';
    expect(new Redactor().redactUntrusted(text)).toBe(text);
  });

  it('redacts known values first, also those that do not look like tokens', () => {
    const redactor = redactorOf('correct horse battery');
    expect(redactor.redactUntrusted('secret was correct horse battery!')).toBe(
      'secret was [redacted]!',
    );
  });
});
