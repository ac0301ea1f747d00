import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/lib/redact.js';

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

  it('redacts values of exactly 4 characters', () => {
    expect(redactorOf('wxyz').redact('a wxyz b')).toBe('a [redacted] b');
  });

  it('ignores empty and blank values', () => {
    expect(redactorOf('', '   ', '\n').redact('a   b\nc')).toBe('a   b\nc');
  });
});

describe('Redactor.redact: short values', () => {
  it('redacts values under 6 characters where they stand as a whole token', () => {
    const redactor = redactorOf('abc', 'k9', 'wxyz1');
    expect(redactor.redact('abc, k9 and (wxyz1): "abc"')).toBe(
      '[redacted], [redacted] and ([redacted]): "[redacted]"',
    );
    expect(redactor.redact('abc\nk9=wxyz1')).toBe('[redacted]\n[redacted]=[redacted]');
  });

  it('leaves them alone inside a longer run of letters or digits, so prose stays readable', () => {
    const redactor = redactorOf('abc', 'k9', 'wxyz1', 'gut');
    expect(redactor.redact('abcdef xabc k99 wxyz12 Gutachten gutes Ägut 0abc')).toBe(
      'abcdef xabc k99 wxyz12 Gutachten gutes Ägut 0abc',
    );
  });

  it('finds a short value that begins or ends in punctuation next to a letter', () => {
    expect(redactorOf('-x1').redact('key-x1 and -x1y')).toBe('key[redacted] and -x1y');
  });

  it('redacts values of 6 characters and more anywhere, also inside words', () => {
    expect(redactorOf('qwerty').redact('xqwertyx qwerty')).toBe('x[redacted]x [redacted]');
  });
});

describe('Redactor.redact: other encodings of a known value', () => {
  const SECRET = 'p@ss word/+="q"&\\x?';

  it('redacts the URL-encoded form', () => {
    const encoded = encodeURIComponent(SECRET);
    expect(encoded).not.toBe(SECRET);
    expect(redactorOf(SECRET).redact(`bad client_secret ${encoded}.`)).toBe(
      'bad client_secret [redacted].',
    );
  });

  it('redacts the form-encoded form, with + for spaces', () => {
    const encoded = new URLSearchParams({ v: SECRET }).toString().slice(2);
    expect(encoded).toContain('+');
    expect(redactorOf(SECRET).redact(`body: client_secret=${encoded}&x=1`)).toBe(
      'body: client_secret=[redacted]&x=1',
    );
  });

  it('redacts the JSON-escaped form, also with escaped slashes', () => {
    const escaped = JSON.stringify(SECRET).slice(1, -1);
    expect(escaped).not.toBe(SECRET);
    const redactor = redactorOf(SECRET);
    expect(redactor.redact(`{"secret":"${escaped}"}`)).toBe('{"secret":"[redacted]"}');
    expect(redactor.redact(`{"secret":"${escaped.replaceAll('/', '\\/')}"}`)).toBe(
      '{"secret":"[redacted]"}',
    );
  });

  it('redacts the base64 and base64url forms', () => {
    const redactor = redactorOf(SECRET);
    const bytes = Buffer.from(SECRET);
    expect(redactor.redact(`b64 ${bytes.toString('base64')} end`)).toBe('b64 [redacted] end');
    expect(redactor.redact(`b64url ${bytes.toString('base64url')} end`)).toBe(
      'b64url [redacted] end',
    );
  });

  it('redacts the value inside a longer base64 text, such as a Basic header', () => {
    const header = `Basic ${Buffer.from(`client-id:${SECRET}`).toString('base64')}`;
    const out = redactorOf(SECRET).redact(`sent ${header}`);
    // What is left of the header may hold the client id, but not enough to rebuild the secret.
    expect(out).toMatch(/^sent Basic [A-Za-z0-9+/]{0,16}\[redacted\][A-Za-z0-9+/=]{0,4}$/);
  });

  it('redacts each line of a multi-line value on its own', () => {
    const pem = 'line-one-secret\r\n  line-two-secret  \nend\n';
    const redactor = redactorOf(pem);
    expect(redactor.redact('got line-two-secret, then line-one-secret')).toBe(
      'got [redacted], then [redacted]',
    );
    expect(redactor.redact('the ending; end.')).toBe('the ending; [redacted].');
    expect(redactor.redact(`whole: ${pem}`)).toBe('whole: [redacted]');
    expect(redactor.redact(`encoded: ${encodeURIComponent(pem)}`)).toBe('encoded: [redacted]');
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
