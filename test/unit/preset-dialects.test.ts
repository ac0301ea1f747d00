/**
 * The rotating presets' dialects, function by function: what each token
 * request carries (buildTokenRequest), how its consent link joins scopes
 * (buildConsentUrl), and how each provider's replies and errors read as it
 * sends them: Withings' envelope, Strava's errors and expires_at, the account
 * where each reply names it.
 */
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/lib/redact.js';
import { buildConsentUrl } from '../../src/oauth/consent.js';
import { PROVIDERS, type ProviderName } from '../../src/oauth/providers.js';
import { failure, parseErrorBody } from '../../src/oauth/raw-token-reply.js';
import { stravaFailureKind, unwrapWithings } from '../../src/oauth/reply-dialects.js';
import { buildTokenRequest } from '../../src/oauth/token-client.js';
import { TokenEndpointError } from '../../src/oauth/token-endpoint-errors.js';
import { accessTokenExpiry, parseTokenReply } from '../../src/oauth/token-reply.js';

const WHERE = 'the token endpoint (example.test)';
const ACCESS = 'access-token-value-0001';
const REFRESH = 'refresh-token-value-0001';

function endpointOf(name: ProviderName) {
  const provider = PROVIDERS[name];
  return {
    url: provider.tokenUrl ?? '',
    clientId: 'client-1',
    clientSecret: 'secret-1',
    clientAuth: provider.clientAuth(true),
    dialect: provider.token,
  };
}

describe('what each preset sends to its token endpoint', () => {
  const refresh = { type: 'refresh_token', refreshToken: REFRESH } as const;
  const code = {
    type: 'authorization_code',
    code: 'code-1',
    codeVerifier: 'v'.repeat(43),
    redirectUri: 'https://health.example.org/cb',
  } as const;

  it.each([
    ['strava', {}],
    ['whoop', { scope: 'offline' }],
    ['oura', {}],
    ['withings', { action: 'requesttoken' }],
  ] as const)('%s refresh: credentials in the form, plus %j', (name, extra) => {
    const { headers, body } = buildTokenRequest(endpointOf(name), refresh);
    expect(headers.authorization).toBeUndefined();
    expect(Object.fromEntries(new URLSearchParams(body))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: REFRESH,
      client_id: 'client-1',
      client_secret: 'secret-1',
      ...extra,
    });
  });

  it('asks WHOOP for scope=offline on a refresh only, and Withings for action=requesttoken on a code too', () => {
    const whoop = new URLSearchParams(buildTokenRequest(endpointOf('whoop'), code).body);
    expect(whoop.has('scope')).toBe(false);
    const withings = new URLSearchParams(buildTokenRequest(endpointOf('withings'), code).body);
    expect(Object.fromEntries(withings)).toEqual({
      action: 'requesttoken',
      grant_type: 'authorization_code',
      code: 'code-1',
      code_verifier: code.codeVerifier,
      redirect_uri: code.redirectUri,
      client_id: 'client-1',
      client_secret: 'secret-1',
    });
  });
});

describe('consent links join scopes as each provider does', () => {
  const pkce = { verifier: 'v'.repeat(43), challenge: 'c'.repeat(43) };
  const link = (name: ProviderName, scopes = PROVIDERS[name].defaultScopes) =>
    new URL(
      buildConsentUrl({
        authorizeUrl: PROVIDERS[name].authorizeUrl ?? '',
        provider: PROVIDERS[name],
        clientId: 'client-1',
        redirectUri: 'https://health.example.org/cb',
        scopes,
        state: 'state-1',
        pkce,
      }),
    );

  it('Strava and Withings with commas, WHOOP with spaces, Oura with no scope at all; each with a PKCE challenge', () => {
    expect(link('strava').searchParams.get('scope')).toBe(
      'read,activity:read_all,profile:read_all',
    );
    expect(link('strava').searchParams.get('approval_prompt')).toBe('force');
    expect(link('withings').searchParams.get('scope')).toBe('user.metrics,user.activity');
    expect(link('whoop').searchParams.get('scope')).toBe(
      'read:recovery read:cycles read:sleep read:workout read:body_measurement read:profile offline',
    );
    expect(link('oura').searchParams.has('scope')).toBe(false);
    expect(link('oura', ['daily', 'heartrate']).searchParams.get('scope')).toBe('daily heartrate');
    for (const name of ['strava', 'whoop', 'oura', 'withings'] as const) {
      expect(link(name).searchParams.get('code_challenge')).toBe(pkce.challenge);
      expect(link(name).searchParams.get('code_challenge_method')).toBe('S256');
    }
  });
});

describe("Withings' envelope", () => {
  const unwrap = (json: unknown) => {
    const masked: string[] = [];
    try {
      return { value: unwrapWithings(WHERE, json, (v) => masked.push(v), new Redactor()), masked };
    } catch (error) {
      return { error: error as TokenEndpointError, masked };
    }
  };

  it('hands on the body of status 0, its credentials masked', () => {
    const body = { userid: 363, access_token: ACCESS, refresh_token: REFRESH, expires_in: 10800 };
    expect(unwrap({ status: 0, body })).toEqual({ value: body, masked: [REFRESH, ACCESS] });
  });

  it.each([
    [601, 'Too many requests', 'server', 429],
    [522, 'Timeout', 'server', 504],
    [503, 'Invalid Params: invalid refresh_token', 'invalid_grant', 400],
    [503, 'Invalid Params: invalid code', 'invalid_grant', 400],
    [503, 'Invalid Params: invalid client_id', 'invalid_client', 401],
    [401, 'Authentication failed', 'invalid_grant', 400],
    [100, '', 'invalid_grant', 400],
    [2554, 'Not implemented', 'rejected', 400],
    [503, 'Invalid Params: invalid redirect_uri', 'rejected', 400],
  ] as const)('status %s (%j) is %s, judged as HTTP %s', (status, error, kind, judgedAs) => {
    const { error: thrown } = unwrap({ status, body: {}, error });
    expect(thrown).toBeInstanceOf(TokenEndpointError);
    expect(thrown?.kind).toBe(kind);
    expect(thrown?.status).toBe(judgedAs);
    expect(thrown?.message).toBe(
      `The token endpoint (example.test) answered status ${status}${error ? `: ${error}` : ''}`,
    );
  });

  it('never hands on an access token with an error status, and masks it', () => {
    const { value, error, masked } = unwrap({
      status: 503,
      body: { access_token: ACCESS },
      error: 'Invalid Params',
    });
    expect(value).toBeUndefined();
    expect(error?.kind).toBe('rejected');
    expect(masked).toEqual([ACCESS]);
  });

  it('calls a reply without a status malformed, never retried', () => {
    const { error } = unwrap({ access_token: ACCESS });
    expect(error?.kind).toBe('malformed');
    expect(error?.message).toMatch(/without the status Withings puts in every reply/);
  });

  it('quotes the error text redacted: a token-like value in it is not repeated', () => {
    const { error } = unwrap({
      status: 503,
      body: {},
      error: 'invalid refresh_token 9f8e7d6c5b4a39281706f5e4d3c2b1a0',
    });
    expect(error?.message).not.toContain('9f8e7d6c5b4a39281706f5e4d3c2b1a0');
  });
});

describe("Strava's errors", () => {
  const body = (resource: string, field: string, message = 'Bad Request') =>
    JSON.stringify({ message, errors: [{ resource, field, code: 'invalid' }] });

  it('reads the resource and field beside the code and message', () => {
    expect(parseErrorBody(body('RefreshToken', 'refresh_token'))).toEqual({
      code: 'invalid',
      description: 'Bad Request',
      resource: 'RefreshToken',
      field: 'refresh_token',
    });
  });

  it.each([
    [400, 'RefreshToken', 'refresh_token', 'invalid_grant'],
    [400, 'AuthorizationCode', 'code', 'invalid_grant'],
    [400, 'Application', 'client_secret', 'invalid_client'],
    [401, 'Application', 'client_id', 'invalid_client'],
    [401, 'Athlete', 'access_token', 'invalid_grant'],
    [400, 'Application', 'redirect_uri', 'rejected'],
    [403, 'Application', 'Status', 'rejected'],
    [429, 'Application', 'rate limit', 'server'],
    [503, 'Application', '', 'server'],
  ] as const)('HTTP %s naming %s %s is %s', (status, resource, field, kind) => {
    expect(stravaFailureKind(status, parseErrorBody(body(resource, field)))).toBe(kind);
  });

  it('a 401 without a body is a revoked grant', () => {
    expect(stravaFailureKind(401, parseErrorBody(''))).toBe('invalid_grant');
  });

  /** A 400 naming the refresh token, read as the given provider's dialect reads errors. */
  const deadTokenReply = (replies?: 'strava') =>
    failure(
      WHERE,
      {
        status: 400,
        text: body('RefreshToken', 'refresh_token'),
        cut: false,
        retryAfter: undefined,
      },
      new Redactor(),
      replies,
    );

  it('says what Strava named, in the message of the failure', () => {
    const error = deadTokenReply('strava');
    expect(error.kind).toBe('invalid_grant');
    expect(error.message).toBe(
      'The token endpoint (example.test) answered HTTP 400, RefreshToken refresh_token: invalid: Bad Request',
    );
  });

  it('reads the same body as a plain rejection where Strava is not the provider', () => {
    expect(deadTokenReply().kind).toBe('rejected');
  });
});

describe('the account and the expiry where each reply names them', () => {
  const parse = (body: Record<string, unknown>, accountAt?: readonly string[]) =>
    parseTokenReply({ access_token: ACCESS, ...body }, () => undefined, accountAt);

  it("reads Strava's athlete.id, Withings' userid as a number or a string", () => {
    expect(parse({ athlete: { id: 6958432 } }, ['athlete', 'id']).userId).toBe('6958432');
    expect(parse({}, ['athlete', 'id']).userId).toBeUndefined();
    expect(parse({ userid: 363 }, ['userid']).userId).toBe('363');
    expect(parse({ userid: '363' }, ['userid']).userId).toBe('363');
    expect(() => parse({ userid: { id: 1 } }, ['userid'])).toThrow(/userid is not a string/);
    expect(() => parse({ userid: 3.5 }, ['userid'])).toThrow(/userid is not a string/);
  });

  it("keeps Fitbit's user_id as the default", () => {
    expect(parse({ user_id: '26FWFL' }).userId).toBe('26FWFL');
  });

  it("takes Strava's expires_at as the access token's end, over expires_in after the request", () => {
    const issuedAt = new Date('2026-12-01T08:00:00Z');
    const expiresAt = Date.parse('2026-12-01T10:30:00Z') / 1000;
    const reply = parse({ expires_at: expiresAt, expires_in: 21600 });
    expect(reply.expiresAt).toBe(expiresAt);
    expect(accessTokenExpiry(reply, issuedAt)?.toISOString()).toBe('2026-12-01T10:30:00.000Z');
    const plain = parse({ expires_in: 3600 });
    expect(accessTokenExpiry(plain, issuedAt)?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(parse({ expires_at: 'soon' }).expiresAt).toBeUndefined();
    expect(parse({ expires_at: 1e20 }).expiresAt).toBeUndefined();
  });
});
