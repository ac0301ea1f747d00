import { describe, expect, it } from 'vitest';
import {
  parseErrorBody,
  parseErrorPrefix,
  rescueRefreshToken,
} from '../../src/oauth/raw-token-reply.js';
import { TokenEndpointError, TokenReplyError } from '../../src/oauth/token-endpoint-errors.js';
import { parseTokenReply } from '../../src/oauth/token-reply.js';

const ACCESS = 'ya29.a0AfB_byC-access-token-0123456789';
const REFRESH = '1//0gRefreshTokenValue-abcdefghij0123456789';
const FITBIT_REFRESH = 'c2d0f6a8b7e94c1d8a3b5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5c7b9a1f3e5d7c';
/** The longest lifetime believed, as this module's contract says: ten years. */
const TEN_YEARS_S = 10 * 365 * 24 * 3600;

function jwt(payload: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', kid: 'k1' })}.${part(payload)}.c2lnbmF0dXJlLWJ5dGVz`;
}

/** A mask that records what it was given. */
function recorder(): { mask: (value: string) => void; masked: string[] } {
  const masked: string[] = [];
  return { mask: (value) => masked.push(value), masked };
}

function parse(body: unknown) {
  return parseTokenReply(body, () => undefined);
}

/** Parses expecting a TokenReplyError, and returns it. */
function replyError(body: unknown, mask: (value: string) => void = () => undefined) {
  try {
    parseTokenReply(body, mask);
  } catch (error) {
    expect(error).toBeInstanceOf(TokenReplyError);
    return error as TokenReplyError;
  }
  throw new Error(`parseTokenReply accepted ${JSON.stringify(body)}`);
}

describe('parseTokenReply: good replies', () => {
  it('reads a Google refresh reply without a refresh token', () => {
    expect(
      parse({
        access_token: ACCESS,
        expires_in: 3599,
        scope: 'https://www.googleapis.com/auth/googlehealth.sleep.readonly openid',
        token_type: 'Bearer',
      }),
    ).toEqual({
      accessToken: ACCESS,
      expiresIn: 3599,
      refreshToken: undefined,
      scopes: ['https://www.googleapis.com/auth/googlehealth.sleep.readonly', 'openid'],
      tokenType: 'Bearer',
      userId: undefined,
      refreshTokenExpiresIn: undefined,
    });
  });

  it('reads a Fitbit reply with a rotated refresh token and user_id', () => {
    expect(
      parse({
        access_token: ACCESS,
        expires_in: 28800,
        refresh_token: FITBIT_REFRESH,
        scope: 'activity heartrate sleep',
        token_type: 'Bearer',
        user_id: '26FWFL',
      }),
    ).toEqual({
      accessToken: ACCESS,
      expiresIn: 28800,
      refreshToken: FITBIT_REFRESH,
      scopes: ['activity', 'heartrate', 'sleep'],
      tokenType: 'Bearer',
      userId: '26FWFL',
      refreshTokenExpiresIn: undefined,
    });
  });

  it('reads expires_in and refresh_token_expires_in sent as digit strings', () => {
    const reply = parse({
      access_token: ACCESS,
      expires_in: '3600',
      refresh_token_expires_in: '604799',
    });
    expect(reply.expiresIn).toBe(3600);
    expect(reply.refreshTokenExpiresIn).toBe(604799);
  });

  it('leaves expires_in undefined when the endpoint does not say', () => {
    expect(parse({ access_token: ACCESS }).expiresIn).toBeUndefined();
    expect(parse({ access_token: ACCESS, expires_in: null }).expiresIn).toBeUndefined();
  });

  // Before: 0, fractions in strings, negatives and text failed the whole reply as malformed;
  // huge values passed and crashed the run later when a date was made of them.
  it.each<[string, unknown, number | undefined]>([
    ['0, kept', 0, 0],
    ['a fraction, rounded down', 3600.5, 3600],
    ['a numeric string with a fraction', '3600.0', 3600],
    ['a numeric string with spaces', ' 7200 ', 7200],
    ['1e13, clamped to ten years', 1e13, TEN_YEARS_S],
    ['Infinity, clamped to ten years', Number.POSITIVE_INFINITY, TEN_YEARS_S],
    ['ten years exactly, kept', TEN_YEARS_S, TEN_YEARS_S],
    ['a numeric string in exponent form, clamped', '1e13', TEN_YEARS_S],
    ['negative, omitted', -5, undefined],
    ['a negative string, omitted', '-1', undefined],
    ['text, omitted', 'one hour', undefined],
    ['an empty string, omitted', '', undefined],
    ['a boolean, omitted', true, undefined],
    ['NaN, omitted', Number.NaN, undefined],
    ['an object, omitted', { seconds: 3600 }, undefined],
  ])('reads an expiry that is %s, and never rejects the reply for it', (_what, value, seconds) => {
    const reply = parse({
      access_token: ACCESS,
      refresh_token: FITBIT_REFRESH,
      expires_in: value,
      refresh_token_expires_in: value,
    });
    expect(reply.accessToken).toBe(ACCESS);
    expect(reply.refreshToken).toBe(FITBIT_REFRESH);
    expect(reply.expiresIn).toBe(seconds);
    expect(reply.refreshTokenExpiresIn).toBe(seconds);
  });

  it('splits scopes on commas as well as spaces', () => {
    expect(
      parse({ access_token: ACCESS, scope: 'read,activity:read_all  profile' }).scopes,
    ).toEqual(['read', 'activity:read_all', 'profile']);
  });

  it('defaults token_type to Bearer when absent or empty', () => {
    expect(parse({ access_token: ACCESS }).tokenType).toBe('Bearer');
    expect(parse({ access_token: ACCESS, token_type: '' }).tokenType).toBe('Bearer');
    expect(parse({ access_token: ACCESS, token_type: 'MAC' }).tokenType).toBe('MAC');
  });

  it('treats a null refresh_token as absent', () => {
    expect(parse({ access_token: ACCESS, refresh_token: null }).refreshToken).toBeUndefined();
  });

  it('reads a numeric user_id as a string', () => {
    expect(parse({ access_token: ACCESS, user_id: 12345678 }).userId).toBe('12345678');
  });

  it("takes the user id from the id_token's sub when there is no user_id", () => {
    const idToken = jwt({ iss: 'https://accounts.google.com', sub: '110248495921238986420' });
    expect(parse({ access_token: ACCESS, id_token: idToken }).userId).toBe('110248495921238986420');
  });

  it('prefers user_id over the id_token sub', () => {
    const idToken = jwt({ sub: 'from-id-token' });
    expect(parse({ access_token: ACCESS, id_token: idToken, user_id: 'ABC123' }).userId).toBe(
      'ABC123',
    );
  });

  it('leaves the user id undefined for an id_token that is not a JWT or has no string sub', () => {
    expect(parse({ access_token: ACCESS, id_token: 'not-a-jwt' }).userId).toBeUndefined();
    expect(parse({ access_token: ACCESS, id_token: 'a.%%%.c' }).userId).toBeUndefined();
    expect(parse({ access_token: ACCESS, id_token: jwt({ sub: 42 }) }).userId).toBeUndefined();
  });
});

describe('parseTokenReply: masking', () => {
  it('masks the access token, the refresh token and the id_token of a good reply', () => {
    const idToken = jwt({ sub: 'user-1' });
    const { mask, masked } = recorder();
    parseTokenReply(
      { access_token: ACCESS, refresh_token: REFRESH, id_token: idToken, expires_in: 3600 },
      mask,
    );
    expect(masked).toEqual(expect.arrayContaining([ACCESS, REFRESH, idToken]));
  });

  it('masks nothing that is not a credential', () => {
    const { mask, masked } = recorder();
    parseTokenReply(
      { access_token: ACCESS, scope: 'sleep', token_type: 'Bearer', user_id: '26FWFL' },
      mask,
    );
    expect(masked).toEqual([ACCESS]);
  });

  const idToken = jwt({ sub: 'user-1' });
  const badFields: [string, Record<string, unknown>][] = [
    ['scope is an array', { scope: ['sleep', 'activity'] }],
    ['token_type is a number', { token_type: 1 }],
    ['user_id is an object', { user_id: { id: 'x' } }],
    ['user_id is a boolean', { user_id: true }],
    ['id_token is a number', { id_token: 7 }],
  ];

  it.each(badFields)('masks every credential before failing when %s', (_what, bad) => {
    const { mask, masked } = recorder();
    const body = { access_token: ACCESS, refresh_token: REFRESH, id_token: idToken, ...bad };
    replyError(body, mask);
    const credentials = [ACCESS, REFRESH, idToken].filter((value) =>
      Object.values(body).includes(value),
    );
    expect(masked).toEqual(expect.arrayContaining(credentials));
  });

  it('masks every credential before failing, whatever the expiry fields hold', () => {
    const { mask, masked } = recorder();
    replyError(
      {
        access_token: ACCESS,
        refresh_token: REFRESH,
        id_token: idToken,
        expires_in: 1e13,
        scope: 7,
      },
      mask,
    );
    expect(masked).toEqual(expect.arrayContaining([ACCESS, REFRESH, idToken]));
  });

  it('masks the access token and id_token before failing on a refresh_token that is not a string', () => {
    const { mask, masked } = recorder();
    replyError({ access_token: ACCESS, id_token: idToken, refresh_token: 12345 }, mask);
    expect(masked).toEqual(expect.arrayContaining([ACCESS, idToken]));
  });

  it('masks the refresh token and id_token before failing on an access_token that is not a string', () => {
    const { mask, masked } = recorder();
    replyError({ access_token: 42, id_token: idToken, refresh_token: REFRESH }, mask);
    expect(masked).toEqual(expect.arrayContaining([REFRESH, idToken]));
  });
});

describe('parseTokenReply: bad replies', () => {
  it.each([
    ['null', null],
    ['an array', [{ access_token: ACCESS }]],
    ['a string', ACCESS],
    ['a number', 3600],
  ])('rejects a reply that is %s', (_what, body) => {
    const error = replyError(body);
    expect(error).toBeInstanceOf(TokenEndpointError);
    expect(error.kind).toBe('malformed');
    expect(error.rescuedRefreshToken).toBeUndefined();
  });

  it.each([
    ['no access_token', {}],
    ['an empty access_token', { access_token: '' }],
    ['an access_token that is not a string', { access_token: 42 }],
    ['a scope that is not a string', { access_token: ACCESS, scope: 7 }],
    ['a token_type that is not a string', { access_token: ACCESS, token_type: {} }],
    ['a user_id that is neither string nor number', { access_token: ACCESS, user_id: [1] }],
    ['an id_token that is not a string', { access_token: ACCESS, id_token: {} }],
  ])('hands over the valid refresh token of a reply with %s', (_what, body) => {
    const error = replyError({ ...body, refresh_token: FITBIT_REFRESH });
    expect(error.kind).toBe('malformed');
    expect(error.rescuedRefreshToken).toBe(FITBIT_REFRESH);
    expect(error.message).not.toContain(FITBIT_REFRESH);
    expect(error.message).not.toContain(ACCESS);
  });

  it('names the field that is wrong', () => {
    expect(replyError({ access_token: ACCESS, scope: 7 }).message).toContain('scope');
    expect(replyError({ access_token: ACCESS, user_id: true }).message).toContain('user_id');
    expect(replyError({ refresh_token: REFRESH }).message).toContain('access_token');
  });

  it('rescues nothing from a reply without a refresh token', () => {
    expect(replyError({ expires_in: 3600 }).rescuedRefreshToken).toBeUndefined();
  });

  it('rejects a refresh_token that is not a string, rescuing nothing', () => {
    const error = replyError({ access_token: ACCESS, refresh_token: 12345 });
    expect(error.message).toContain('refresh_token');
    expect(error.rescuedRefreshToken).toBeUndefined();
  });

  it('rejects an empty refresh_token, rescuing nothing', () => {
    const error = replyError({ access_token: ACCESS, refresh_token: '' });
    expect(error.message).toContain('refresh_token');
    expect(error.rescuedRefreshToken).toBeUndefined();
  });
});

describe('rescueRefreshToken', () => {
  const whole = JSON.stringify({
    access_token: ACCESS,
    expires_in: 28800,
    refresh_token: FITBIT_REFRESH,
    scope: 'sleep',
    user_id: '26FWFL',
  });

  it.each([
    ['cut off after the refresh token', whole.slice(0, whole.indexOf('"scope"'))],
    ['cut off near the end', whole.slice(0, -5)],
    ['followed by garbage', `${whole}<html>proxy error</html>`],
    ['preceded by a byte order mark', `\uFEFF${whole}`],
    ['broken elsewhere', whole.replace('"scope":', '"scope" ')],
    ['spaced and indented', JSON.stringify(JSON.parse(whole), null, 2).slice(0, -10)],
    [
      'followed by 300 KiB of padding',
      `${whole.slice(0, -1)},"padding":"${'x'.repeat(300 * 1024)}`,
    ],
  ])('finds the refresh token of a body %s, and masks it first', (_what, text) => {
    const { mask, masked } = recorder();
    expect(rescueRefreshToken(text, mask)).toBe(FITBIT_REFRESH);
    expect(masked[0]).toBe(FITBIT_REFRESH);
  });

  it('masks the other credentials it can read as well', () => {
    const idToken = jwt({ sub: 'user-1' });
    const { mask, masked } = recorder();
    const text = `{"access_token":"${ACCESS}","id_token":"${idToken}","refresh_token":"${REFRESH}",`;
    expect(rescueRefreshToken(text, mask)).toBe(REFRESH);
    expect(masked).toEqual([REFRESH, ACCESS, idToken]);
  });

  it('decodes the token as a JSON string literal', () => {
    const text = String.raw`{"access_token":"a","refresh_token":"1\/\/0g\u0041b\\c\"d","x":`;
    const { mask, masked } = recorder();
    expect(rescueRefreshToken(text, mask)).toBe('1//0gAb\\c"d');
    expect(masked).toEqual(['1//0gAb\\c"d', 'a']);
  });

  it.each([
    ['cut off inside the refresh token', whole.slice(0, whole.indexOf(FITBIT_REFRESH) + 10)],
    ['without a refresh token', '{"access_token":"abc", '],
    ['with an empty refresh token', '{"refresh_token":"", "access_token":"abc'],
    ['with a refresh token that is not a string', '{"refresh_token":12345, "access_token":"abc'],
    ['with a bad escape in the refresh token', String.raw`{"refresh_token":"ab\x41", "a":`],
    [
      'where "refresh_token" is only text inside another string',
      String.raw`{"error":"x, \"refresh_token\": \"bogus\"", `,
    ],
    ['that is not JSON at all', 'refresh_token: "bogus"'],
  ])('rescues nothing from a body %s', (_what, text) => {
    expect(rescueRefreshToken(text, () => undefined)).toBeUndefined();
  });

  it("takes the first of two refresh tokens: the reply's own member comes first", () => {
    const text = `{"refresh_token":"${FITBIT_REFRESH}","debug":{"refresh_token":"other"}`;
    expect(rescueRefreshToken(text, () => undefined)).toBe(FITBIT_REFRESH);
  });
});

describe('parseErrorPrefix', () => {
  const padding = 'x'.repeat(1000);

  it("reads Fitbit's error code and message from a body cut off at the size cap", () => {
    const text = `{"errors":[{"errorType":"invalid_grant","message":"Refresh token invalid"}],"success":false,"padding":"${padding}`;
    expect(parseErrorPrefix(text)).toEqual({
      code: 'invalid_grant',
      description: 'Refresh token invalid',
    });
  });

  it("reads RFC 6749's error code from a body cut off at the size cap", () => {
    expect(parseErrorPrefix(`{"error":"invalid_grant","padding":"${padding}`)).toEqual({
      code: 'invalid_grant',
      description: undefined,
    });
    expect(
      parseErrorPrefix(
        `{"error":"invalid_client","error_description":"Unknown client","p":"${padding}`,
      ),
    ).toEqual({ code: 'invalid_client', description: 'Unknown client' });
  });

  it('reads a whole body just as parseErrorBody does', () => {
    const text = '{"error":{"code":400,"message":"Bad","status":"INVALID_ARGUMENT"}}';
    expect(parseErrorPrefix(text)).toEqual(parseErrorBody(text));
  });

  it.each([
    ['the code lies past the cut', `{"padding":"${padding}`],
    ['the code itself is cut off', '{"error":"invalid_gr'],
    ['an HTML page', `<html><body>${padding}`],
  ])('yields no code when %s', (_what, text) => {
    expect(parseErrorPrefix(text).code).toBeUndefined();
  });
});

describe('parseErrorBody', () => {
  it("reads Fitbit's error shape", () => {
    const body = JSON.stringify({
      errors: [
        {
          errorType: 'invalid_grant',
          message: `Refresh token invalid: ${FITBIT_REFRESH}. Visit https://dev.fitbit.com/docs/oauth2 for more information on the Fitbit Web API authorization process.`,
        },
      ],
      success: false,
    });
    expect(parseErrorBody(body)).toEqual({
      code: 'invalid_grant',
      description: `Refresh token invalid: ${FITBIT_REFRESH}. Visit https://dev.fitbit.com/docs/oauth2 for more information on the Fitbit Web API authorization process.`,
    });
  });

  it("reads the first of Fitbit's errors", () => {
    const body = JSON.stringify({
      errors: [
        { errorType: 'invalid_request', message: 'Missing parameters: refresh_token' },
        { errorType: 'validation', message: 'second' },
      ],
      success: false,
    });
    expect(parseErrorBody(body)).toEqual({
      code: 'invalid_request',
      description: 'Missing parameters: refresh_token',
    });
  });

  it("reads RFC 6749's error shape", () => {
    expect(
      parseErrorBody(
        '{"error":"invalid_grant","error_description":"Token has been expired or revoked."}',
      ),
    ).toEqual({ code: 'invalid_grant', description: 'Token has been expired or revoked.' });
  });

  it('reads an RFC 6749 error without a description', () => {
    expect(parseErrorBody('{"error":"invalid_client"}')).toEqual({
      code: 'invalid_client',
      description: undefined,
    });
  });

  it("reads Google API's error shape", () => {
    expect(
      parseErrorBody(
        JSON.stringify({
          error: {
            code: 400,
            message: 'Request contains an invalid argument.',
            status: 'INVALID_ARGUMENT',
          },
        }),
      ),
    ).toEqual({ code: 'INVALID_ARGUMENT', description: 'Request contains an invalid argument.' });
  });

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>'],
    ['plain text', 'upstream connect error or disconnect/reset before headers'],
    ['an empty body', ''],
    ['truncated JSON', '{"error":"invalid_gr'],
    ['a JSON array', '[{"error":"invalid_grant"}]'],
    ['JSON null', 'null'],
    ['a JSON string', '"invalid_grant"'],
    ['an object of another shape', '{"status":"failed","detail":"no"}'],
    ['an empty Fitbit error list', '{"errors":[],"success":false}'],
    ['an error that is a number', '{"error":400}'],
  ])('yields neither code nor description for %s', (_what, text) => {
    expect(parseErrorBody(text)).toEqual({ code: undefined, description: undefined });
  });
});
