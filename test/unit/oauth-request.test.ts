import { describe, expect, it } from 'vitest';
import type { Grant } from '../../src/inputs.js';
import { buildTokenRequest, type TokenEndpoint } from '../../src/oauth.js';
import { PROVIDERS, type ProviderName, resolveClientAuth } from '../../src/providers.js';

const CLIENT_ID = '123456789-abc.apps.googleusercontent.com';
const CLIENT_SECRET = 'GOCSPX-secretValue_123';
const REFRESH = '1//0gRefresh-Token_value';

const refreshGrant: Grant = { type: 'refresh_token', refreshToken: REFRESH };

const FORM_HEADERS = {
  accept: 'application/json',
  'content-type': 'application/x-www-form-urlencoded',
  'user-agent': 'fitbit-token-keeper',
};

/** The endpoint a provider preset yields with client-auth `auto`, as readInputs builds it. */
function presetEndpoint(
  name: ProviderName,
  clientSecret: string | undefined,
  clientId = CLIENT_ID,
): TokenEndpoint {
  const provider = PROVIDERS[name];
  return {
    url: provider.tokenUrl ?? 'https://auth.example.com/oauth/token',
    clientId,
    clientSecret,
    clientAuth: resolveClientAuth(provider, 'auto', clientSecret !== undefined),
  };
}

/** The form body as ordered name/value pairs, decoded. */
function fields(body: string): [string, string][] {
  return [...new URLSearchParams(body)];
}

function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`, 'utf8').toString('base64')}`;
}

describe('buildTokenRequest: refresh grants per provider', () => {
  it('google: id and secret in the form body, no Authorization header', () => {
    const { headers, body } = buildTokenRequest(
      presetEndpoint('google', CLIENT_SECRET),
      refreshGrant,
    );
    expect(headers).toEqual(FORM_HEADERS);
    expect(fields(body)).toEqual([
      ['grant_type', 'refresh_token'],
      ['refresh_token', REFRESH],
      ['client_id', CLIENT_ID],
      ['client_secret', CLIENT_SECRET],
    ]);
  });

  it('fitbit with a secret: HTTP Basic, and neither id nor secret in the body', () => {
    const { headers, body } = buildTokenRequest(
      presetEndpoint('fitbit', 'fitbitsecret0123', '23ABCD'),
      { type: 'refresh_token', refreshToken: 'abcdef0123456789' },
    );
    expect(headers).toEqual({
      ...FORM_HEADERS,
      authorization: basic('23ABCD', 'fitbitsecret0123'),
    });
    expect(body).toBe('grant_type=refresh_token&refresh_token=abcdef0123456789');
  });

  it('custom with a secret: HTTP Basic like fitbit', () => {
    const { headers, body } = buildTokenRequest(presetEndpoint('custom', 's3cret'), refreshGrant);
    expect(headers.authorization).toBe(basic(CLIENT_ID, 's3cret'));
    expect(fields(body)).toEqual([
      ['grant_type', 'refresh_token'],
      ['refresh_token', REFRESH],
    ]);
  });

  it.each(['fitbit', 'custom', 'google'] as const)(
    '%s public client: the id alone in the body, no Authorization header',
    (name) => {
      const { headers, body } = buildTokenRequest(presetEndpoint(name, undefined), refreshGrant);
      expect(headers).toEqual(FORM_HEADERS);
      expect(fields(body)).toEqual([
        ['grant_type', 'refresh_token'],
        ['refresh_token', REFRESH],
        ['client_id', CLIENT_ID],
      ]);
    },
  );
});

describe('buildTokenRequest: explicit client-auth', () => {
  it('basic sends id and secret only in the Authorization header', () => {
    const { headers, body } = buildTokenRequest(
      {
        url: 'https://oauth2.googleapis.com/token',
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        clientAuth: 'basic',
      },
      refreshGrant,
    );
    expect(headers).toEqual({ ...FORM_HEADERS, authorization: basic(CLIENT_ID, CLIENT_SECRET) });
    expect(body).not.toContain('client_id');
    expect(body).not.toContain('client_secret');
    expect(body).not.toContain(encodeURIComponent(CLIENT_SECRET));
  });

  it('body sends id and secret in the form even where the preset would use Basic', () => {
    const { headers, body } = buildTokenRequest(
      {
        url: 'https://api.fitbit.com/oauth2/token',
        clientId: '23ABCD',
        clientSecret: 'x',
        clientAuth: 'body',
      },
      refreshGrant,
    );
    expect(headers.authorization).toBeUndefined();
    expect(fields(body)).toEqual([
      ['grant_type', 'refresh_token'],
      ['refresh_token', REFRESH],
      ['client_id', '23ABCD'],
      ['client_secret', 'x'],
    ]);
  });

  it('basic without a secret falls back to the id alone in the body', () => {
    const { headers, body } = buildTokenRequest(
      {
        url: 'https://api.fitbit.com/oauth2/token',
        clientId: '23ABCD',
        clientSecret: undefined,
        clientAuth: 'basic',
      },
      refreshGrant,
    );
    expect(headers).toEqual(FORM_HEADERS);
    expect(fields(body)).toEqual([
      ['grant_type', 'refresh_token'],
      ['refresh_token', REFRESH],
      ['client_id', '23ABCD'],
    ]);
  });
});

describe('buildTokenRequest: encoding', () => {
  it('form-encodes client id and secret before joining them for Basic (RFC 6749 2.3.1)', () => {
    const { headers } = buildTokenRequest(
      {
        url: 'https://auth.example.com/token',
        clientId: 'my client:1',
        clientSecret: 'p@ss+w/rd=&ü~%',
        clientAuth: 'basic',
      },
      refreshGrant,
    );
    // application/x-www-form-urlencoded: space as '+', everything but A-Z a-z 0-9 * - . _ percent-encoded.
    expect(headers.authorization).toBe(
      `Basic ${Buffer.from('my+client%3A1:p%40ss%2Bw%2Frd%3D%26%C3%BC%7E%25').toString('base64')}`,
    );
  });

  it('leaves plain ids and secrets unchanged in the Basic header', () => {
    const { headers } = buildTokenRequest(
      {
        url: 'https://auth.example.com/token',
        clientId: 'abc-1.2_3',
        clientSecret: 'XYZ*789',
        clientAuth: 'basic',
      },
      refreshGrant,
    );
    const encoded = (headers.authorization ?? '').replace(/^Basic /, '');
    expect(Buffer.from(encoded, 'base64').toString('utf8')).toBe('abc-1.2_3:XYZ*789');
  });

  it('form-encodes token characters that are special in a form body', () => {
    const { body } = buildTokenRequest(
      {
        url: 'https://auth.example.com/token',
        clientId: 'id&x=1',
        clientSecret: 'a b+c',
        clientAuth: 'body',
      },
      { type: 'refresh_token', refreshToken: 'r+t/1=&x' },
    );
    expect(body).toBe(
      'grant_type=refresh_token&refresh_token=r%2Bt%2F1%3D%26x&client_id=id%26x%3D1&client_secret=a+b%2Bc',
    );
  });
});

describe('buildTokenRequest: authorization code grants', () => {
  it('sends code, code_verifier and redirect_uri, and no refresh token', () => {
    const { headers, body } = buildTokenRequest(presetEndpoint('google', CLIENT_SECRET), {
      type: 'authorization_code',
      code: '4/0AfJohXk-code',
      codeVerifier: 'verifier-0123456789-abcdefghijklmnopqrstuvwxyz_ABCDEFG',
      redirectUri: 'http://127.0.0.1:8080/',
    });
    expect(headers).toEqual(FORM_HEADERS);
    expect(fields(body)).toEqual([
      ['grant_type', 'authorization_code'],
      ['code', '4/0AfJohXk-code'],
      ['code_verifier', 'verifier-0123456789-abcdefghijklmnopqrstuvwxyz_ABCDEFG'],
      ['redirect_uri', 'http://127.0.0.1:8080/'],
      ['client_id', CLIENT_ID],
      ['client_secret', CLIENT_SECRET],
    ]);
  });

  it('omits code_verifier and redirect_uri when they were not given', () => {
    const { headers, body } = buildTokenRequest(presetEndpoint('fitbit', 'sec', '23ABCD'), {
      type: 'authorization_code',
      code: 'abc123',
      codeVerifier: undefined,
      redirectUri: undefined,
    });
    expect(headers.authorization).toBe(basic('23ABCD', 'sec'));
    expect(body).toBe('grant_type=authorization_code&code=abc123');
  });

  it('public client with PKCE: verifier and id in the body, no secret anywhere', () => {
    const { headers, body } = buildTokenRequest(presetEndpoint('fitbit', undefined, '23ABCD'), {
      type: 'authorization_code',
      code: 'abc123',
      codeVerifier: 'v'.repeat(43),
      redirectUri: 'http://localhost:8888/callback',
    });
    expect(headers).toEqual(FORM_HEADERS);
    expect(fields(body)).toEqual([
      ['grant_type', 'authorization_code'],
      ['code', 'abc123'],
      ['code_verifier', 'v'.repeat(43)],
      ['redirect_uri', 'http://localhost:8888/callback'],
      ['client_id', '23ABCD'],
    ]);
  });
});
