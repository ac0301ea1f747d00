import type { ServerResponse } from 'node:http';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, readBody, startServer } from '../../sim/server.js';
import { Redactor } from '../../src/lib/redact.js';
import { PROVIDERS, type ProviderName, resolveClientAuth } from '../../src/oauth/providers.js';
import {
  buildTokenRequest,
  exchangeToken,
  type TokenEndpoint,
  type TokenRequest,
} from '../../src/oauth/token-client.js';
import { TokenEndpointError, TokenReplyError } from '../../src/oauth/token-endpoint-errors.js';

const CLIENT_ID = '123456789-abc.apps.googleusercontent.com';
const CLIENT_SECRET = 'GOCSPX-secretValue_123';
const REFRESH = '1//0gRefresh-Token_value';

const refreshGrant: TokenRequest = { type: 'refresh_token', refreshToken: REFRESH };

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

/**
 * exchangeToken against a loopback endpoint whose every answer a test scripts:
 * what is retried, what is final, and what is rescued from replies that cannot
 * be read whole.
 */
describe('exchangeToken: replies that cannot be read whole', () => {
  const ROTATED = 'rotated-0f1e2d3c4b5a69788796a5b4c3d2e1f0';
  const NEW_ACCESS = 'eyJhbGciOiJIUzI1NiJ9.new-access-token.c2lnbmF0dXJl';
  const CAP = 256 * 1024;
  const MAX_ATTEMPTS = 3;
  /** One scripted answer: status and raw body, sent however the test wants. */
  type Answer = (res: ServerResponse) => void;

  let server: RunningServer;
  let answer: Answer = () => undefined;
  let requests = 0;
  const dispatcher = new Agent();

  beforeAll(async () => {
    server = await startServer(async (req, res) => {
      await readBody(req);
      requests += 1;
      answer(res);
    });
  });
  afterEach(() => {
    requests = 0;
  });
  afterAll(async () => {
    await server.close();
    await dispatcher.close();
  });

  function send(status: number, body: string | Buffer): Answer {
    return (res) => res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  }

  async function exchange(reply: Answer) {
    answer = reply;
    const masked: string[] = [];
    const endpoint: TokenEndpoint = {
      url: `${server.url}/oauth2/token`,
      clientId: '23ABCD',
      clientSecret: 'client-secret-0001',
      clientAuth: 'basic',
    };
    const outcome = await exchangeToken(
      endpoint,
      { type: 'refresh_token', refreshToken: 'old-refresh-token-0001' },
      {
        mask: (value) => masked.push(value),
        redactor: new Redactor(),
        dispatcher,
        // Limits far above what a loaded machine needs: the attempt count decides, not the clock.
        timing: {
          requestTimeoutMs: 10_000,
          tokenEndpoint: {
            maxAttempts: MAX_ATTEMPTS,
            baseDelayMs: 1,
            maxDelayMs: 2,
            maxElapsedMs: 60_000,
          },
          maxRateLimitWaitMs: 5_000,
        },
      },
    ).then(
      (reply) => ({ reply, error: undefined }),
      (error: unknown) => ({ reply: undefined, error }),
    );
    return { ...outcome, masked, requests };
  }

  const reply = JSON.stringify({
    access_token: NEW_ACCESS,
    expires_in: 28800,
    refresh_token: ROTATED,
    scope: 'sleep',
    token_type: 'Bearer',
    user_id: '26FWFL',
  });
  const padded = (json: string, size: number) =>
    `${json.slice(0, -1)},"padding":"${'x'.repeat(size)}"}`;

  it('a 2xx over the size cap: the refresh token is masked and rescued, one request', async () => {
    const { error, masked, requests } = await exchange(send(200, padded(reply, CAP)));
    expect(error).toBeInstanceOf(TokenReplyError);
    expect((error as TokenReplyError).rescuedRefreshToken).toBe(ROTATED);
    expect((error as TokenReplyError).message).toMatch(/HTTP 200 with a body larger than/);
    expect(masked[0]).toBe(ROTATED);
    expect(masked).toContain(NEW_ACCESS);
    expect(requests).toBe(1);
  });

  it('a 2xx over the size cap without a refresh token: malformed, one request', async () => {
    const json = JSON.stringify({ access_token: NEW_ACCESS, expires_in: 3599 });
    const { error, masked, requests } = await exchange(send(200, padded(json, CAP)));
    expect(error).toBeInstanceOf(TokenEndpointError);
    expect((error as TokenEndpointError).kind).toBe('malformed');
    expect((error as TokenReplyError).rescuedRefreshToken).toBeUndefined();
    expect(masked).toEqual([NEW_ACCESS]);
    expect(requests).toBe(1);
  });

  it.each([
    ['truncated', reply.slice(0, reply.indexOf('"scope"'))],
    ['with trailing garbage', `${reply}\n<html>cached</html>`],
    ['with a syntax error elsewhere', reply.replace('"scope":', '"scope" ')],
  ])('an almost-JSON 2xx (%s): the refresh token is rescued, one request', async (_what, body) => {
    const { error, masked, requests } = await exchange(send(200, body));
    expect(error).toBeInstanceOf(TokenReplyError);
    expect((error as TokenReplyError).rescuedRefreshToken).toBe(ROTATED);
    expect((error as TokenReplyError).message).toMatch(/HTTP 200 with a body that is not JSON/);
    expect(masked[0]).toBe(ROTATED);
    expect(requests).toBe(1);
  });

  it('a 2xx with a byte order mark is read whole', async () => {
    const { reply: parsed, error, masked } = await exchange(send(200, `\uFEFF${reply}`));
    expect(error).toBeUndefined();
    expect(parsed?.refreshToken).toBe(ROTATED);
    expect(parsed?.accessToken).toBe(NEW_ACCESS);
    expect(masked).toEqual(expect.arrayContaining([ROTATED, NEW_ACCESS]));
  });

  it('a 2xx cut off inside the refresh token rescues no half token', async () => {
    const body = reply.slice(0, reply.indexOf(ROTATED) + 8);
    const { error, requests } = await exchange(send(200, body));
    expect((error as TokenEndpointError).kind).toBe('malformed');
    expect((error as TokenReplyError).rescuedRefreshToken).toBeUndefined();
    expect(requests).toBe(1);
  });

  it.each([
    [
      "Fitbit's",
      '{"errors":[{"errorType":"invalid_grant","message":"Refresh token invalid"}],"success":false}',
    ],
    ['RFC 6749', '{"error":"invalid_grant","error_description":"Bad Request"}'],
  ])(
    'a 400 invalid_grant (%s shape) over the size cap: final, still invalid_grant',
    async (_shape, json) => {
      const { error, requests } = await exchange(send(400, padded(json, 300 * 1024)));
      expect(error).toBeInstanceOf(TokenEndpointError);
      expect((error as TokenEndpointError).kind).toBe('invalid_grant');
      expect((error as TokenEndpointError).message).toContain('HTTP 400, invalid_grant');
      expect(requests).toBe(1);
    },
  );

  it('a 400 over the size cap whose code lies past the cut: final, rejected', async () => {
    const body = `{"padding":"${'x'.repeat(300 * 1024)}","error":"invalid_grant"}`;
    const { error, requests } = await exchange(send(400, body));
    expect((error as TokenEndpointError).kind).toBe('rejected');
    expect((error as TokenEndpointError).message).toMatch(/HTTP 400, an error body larger than/);
    expect(requests).toBe(1);
  });

  it.each([
    [503, 'server'],
    [429, 'server'],
  ])('a %i over the size cap is still retried', async (status, kind) => {
    const { error, requests } = await exchange(send(status, 'x'.repeat(300 * 1024)));
    expect((error as TokenEndpointError).kind).toBe(kind);
    expect(requests).toBe(MAX_ATTEMPTS);
  });

  it('a connection lost in the middle of a 2xx body is still a network failure, retried', async () => {
    const { error, requests } = await exchange((res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
      res.write(reply.slice(0, 40), () => res.destroy());
    });
    expect((error as TokenEndpointError).kind).toBe('network');
    expect(requests).toBe(MAX_ATTEMPTS);
  });

  it('a connection lost in the middle, then a whole reply: succeeds on the retry', async () => {
    let calls = 0;
    const { reply: parsed, requests } = await exchange((res) => {
      calls += 1;
      if (calls > 1) return send(200, reply)(res);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
      res.write(reply.slice(0, 40), () => res.destroy());
    });
    expect(parsed?.refreshToken).toBe(ROTATED);
    expect(requests).toBe(2);
  });
});
