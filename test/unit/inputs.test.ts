import sodium from 'libsodium-wrappers';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ActionConfig, readInputs, SENSITIVE_INPUTS } from '../../src/keeper-action/inputs.js';
import { InputError } from '../../src/lib/errors.js';
import { PROVIDERS } from '../../src/oauth/providers.js';

/**
 * Inputs are handed over the way the runner does it: as INPUT_<NAME> variables
 * (upper-cased, hyphens kept) in the same environment that also carries the
 * runner's defaults. An input that is absent has no variable at all.
 */
type Inputs = Record<string, string | undefined>;

const SECRET_VALUES = {
  'refresh-token': 'rt-SENSITIVE-0f1e2d3c4b5a69788796a5b4',
  'client-secret': 'cs-SENSITIVE-client-secret-value',
  code: 'code-SENSITIVE-4/0AfJohXkQ9',
  'code-verifier': 'cv-SENSITIVE-verifier-0123456789abcdefghijklmnopq',
  'github-token': 'ghp_SENSITIVEabcdefghijklmnopqrstuvwxyz01',
} as const;

const BASE: Inputs = {
  'client-id': 'my-client-id',
  'client-secret': SECRET_VALUES['client-secret'],
  'refresh-token': SECRET_VALUES['refresh-token'],
  'github-token': SECRET_VALUES['github-token'],
};

const RUNNER_ENV = { GITHUB_REPOSITORY: 'octo-org/health-data' };
// C0, DEL and C1: none may reach the log raw.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point of the pattern
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

function environmentFor(inputs: Inputs, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const all: NodeJS.ProcessEnv = { ...env };
  for (const [name, value] of Object.entries(inputs)) {
    if (value !== undefined) all[`INPUT_${name.toUpperCase()}`] = value;
  }
  return all;
}

function read(overrides: Inputs = {}, env: NodeJS.ProcessEnv = RUNNER_ENV): ActionConfig {
  const all = environmentFor({ ...BASE, ...overrides }, env);
  return readInputs((name) => all[`INPUT_${name.toUpperCase()}`], {
    repository: all.GITHUB_REPOSITORY,
    apiUrl: all.GITHUB_API_URL,
    runId: all.GITHUB_RUN_ID,
  });
}

/** Runs readInputs expecting an InputError, and returns it. */
function failure(overrides: Inputs, env: NodeJS.ProcessEnv = RUNNER_ENV): InputError {
  try {
    read(overrides, env);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`readInputs accepted ${JSON.stringify(overrides)}`);
}

/** The error names the input and leaks none of the sensitive values that were set. */
function expectInputError(overrides: Inputs, input: string, env?: NodeJS.ProcessEnv): InputError {
  const error = failure(overrides, env);
  expect(error.input).toBe(input);
  expect(error.message).toContain(`'${input}'`);
  for (const value of Object.values(SECRET_VALUES)) expect(error.message).not.toContain(value);
  return error;
}

describe('readInputs: defaults', () => {
  it('applies the contract defaults when only the required inputs are given', () => {
    const config = read();
    expect(config.provider.name).toBe('google');
    expect(config.endpoint.url).toBe('https://oauth2.googleapis.com/token');
    expect(config.endpoint.clientAuth).toBe('body');
    expect(config.endpoint.clientId).toBe('my-client-id');
    expect(config.endpoint.clientSecret).toBe(SECRET_VALUES['client-secret']);
    expect(config.tokenRequest).toEqual({
      type: 'refresh_token',
      refreshToken: SECRET_VALUES['refresh-token'],
    });
    expect(config.githubToken).toBe(SECRET_VALUES['github-token']);
    expect(config.githubApiUrl).toBe('https://api.github.com');
    expect(config.target).toEqual({
      owner: 'octo-org',
      repo: 'health-data',
      environment: undefined,
    });
    expect(config.secretName).toBe('FITBIT_REFRESH_TOKEN');
    expect(config.accessTokenSecret).toBeUndefined();
    expect(config.exportVariable).toBe('FITBIT_ACCESS_TOKEN');
    expect(config.requiredScopes).toEqual([]);
    expect(config.dryRun).toBe(false);
    expect(config.grantLifetimeSeconds).toBeUndefined();
    expect(config.recoveryPublicKey).toBeUndefined();
  });

  it('returns a frozen config', () => {
    const config = read();
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { secretName: string }).secretName = 'OTHER';
    }).toThrow(TypeError);
  });

  it('takes repository and API URL from GITHUB_REPOSITORY and GITHUB_API_URL', () => {
    const config = read(
      {},
      { GITHUB_REPOSITORY: 'someone/elsewhere', GITHUB_API_URL: 'https://ghe.example.com/api/v3' },
    );
    expect(config.target.owner).toBe('someone');
    expect(config.target.repo).toBe('elsewhere');
    expect(config.githubApiUrl).toBe('https://ghe.example.com/api/v3');
  });

  it('prefers explicit inputs over the runner environment', () => {
    const config = read(
      { repository: 'mine/repo', 'github-api-url': 'https://api.example.ghe.com/' },
      { GITHUB_REPOSITORY: 'someone/elsewhere', GITHUB_API_URL: 'https://ghe.example.com/api/v3' },
    );
    expect(config.target.owner).toBe('mine');
    expect(config.target.repo).toBe('repo');
    expect(config.githubApiUrl).toBe('https://api.example.ghe.com');
  });

  it('drops trailing slashes from github-api-url', () => {
    expect(read({ 'github-api-url': 'https://ghe.example.com/api/v3//' }).githubApiUrl).toBe(
      'https://ghe.example.com/api/v3',
    );
  });

  it('requires a repository when neither the input nor GITHUB_REPOSITORY gives one', () => {
    expectInputError({}, 'repository', {});
  });

  it('trims surrounding whitespace, such as the newline of a pasted secret', () => {
    const config = read({
      'client-id': '  my-client-id ',
      'refresh-token': `${SECRET_VALUES['refresh-token']}\n`,
      'secret-name': ' MY_SECRET ',
    });
    expect(config.endpoint.clientId).toBe('my-client-id');
    expect(config.tokenRequest).toEqual({
      type: 'refresh_token',
      refreshToken: SECRET_VALUES['refresh-token'],
    });
    expect(config.secretName).toBe('MY_SECRET');
  });

  it('lists exactly the sensitive inputs of the contract', () => {
    expect([...SENSITIVE_INPUTS].sort()).toEqual(
      [
        'client-secret',
        'code',
        'code-verifier',
        'github-token',
        'issues-token',
        'refresh-token',
      ].sort(),
    );
  });
});

describe('readInputs: the consent issue', () => {
  it('is off by default and needs no issues-token then', () => {
    const config = read();
    expect(config.consent.enabled).toBe(false);
  });

  it('reads consent-issue, issues-token, consent-scopes and the default redirect URI', () => {
    const config = read({
      'consent-issue': 'true',
      'issues-token': 'ghs_x',
      'consent-scopes': 'a, b',
    });
    expect(config.consent).toEqual({
      enabled: true,
      token: 'ghs_x',
      redirectUri: 'http://127.0.0.1:8080/',
      serverUrl: 'https://github.com',
      scopes: ['a', 'b'],
      dryRun: false,
      reseed: false,
      answer: undefined,
    });
  });

  it('takes redirect-uri verbatim for the consent link, without a code', () => {
    const config = read({
      'consent-issue': 'true',
      'issues-token': 't',
      'redirect-uri': 'https://x.test',
    });
    expect(config.consent.redirectUri).toBe('https://x.test');
  });

  it.each([
    [undefined],
    ['http://127.0.0.1:8080/'],
    ['https://localhost/cb'],
    ['https://10.0.0.1/cb'],
  ])('refuses the Withings consent link the redirect %s, which Withings refuses', (redirect) => {
    const error = expectInputError(
      {
        provider: 'withings',
        'consent-issue': 'true',
        'issues-token': 't',
        'redirect-uri': redirect,
      },
      'redirect-uri',
    );
    expect(error.message).toMatch(/https address registered with Withings/);
  });

  it("takes Withings' registered https redirect for the consent link, and any redirect without one", () => {
    const withLink = { provider: 'withings', 'consent-issue': 'true', 'issues-token': 't' };
    const redirectUri = 'https://health.example.org/withings';
    expect(read({ ...withLink, 'redirect-uri': redirectUri }).consent.redirectUri).toBe(
      redirectUri,
    );
    expect(read({ provider: 'withings' }).consent.enabled).toBe(false);
  });

  it('rejects a consent-issue that is not a boolean, and an empty issues-token when on', () => {
    expectInputError({ 'consent-issue': 'yes' }, 'consent-issue');
    expectInputError({ 'consent-issue': 'true', 'issues-token': '' }, 'issues-token');
  });
});

describe('readInputs: grant-account', () => {
  const record = `v1.${'s'.repeat(22)}.${'t'.repeat(43)}`;

  it('is not recorded by default', () => {
    expect(read().grantAccount).toBeUndefined();
  });

  it("reads the keeper's record as its salt and tag", () => {
    expect(read({ 'grant-account': record }).grantAccount).toEqual({
      salt: 's'.repeat(22),
      tag: 't'.repeat(43),
    });
  });

  it('takes any other value as the account id itself, set by hand', () => {
    expect(read({ 'grant-account': ' 104857600000000000001 ' }).grantAccount).toEqual({
      accountId: '104857600000000000001',
    });
  });

  it('rejects a value with control characters, never showing it', () => {
    const error = failure({ 'grant-account': 'acc\u0007ount-1234' });
    expect(error.input).toBe('grant-account');
    expect(error.message).not.toContain('ount-1234');
    expect(error.message).toMatch(/secrets\.FITBIT_REFRESH_TOKEN_ACCOUNT/);
  });
});

describe('readInputs: required inputs', () => {
  it('rejects a missing client-id', () => {
    expectInputError({ 'client-id': undefined }, 'client-id');
  });

  it('treats a blank client-id as missing', () => {
    expectInputError({ 'client-id': '   ' }, 'client-id');
  });

  it('rejects a missing github-token', () => {
    expectInputError({ 'github-token': undefined }, 'github-token');
  });

  it('rejects a run with neither refresh-token nor code, and says code is the alternative', () => {
    const error = expectInputError({ 'refresh-token': undefined }, 'refresh-token');
    expect(error.message).toContain("'code'");
  });

  it('accepts a public client without client-secret', () => {
    const config = read({ 'client-secret': undefined, provider: 'fitbit' });
    expect(config.endpoint.clientSecret).toBeUndefined();
    expect(config.endpoint.clientAuth).toBe('body');
  });
});

describe('readInputs: grants', () => {
  it('switches to re-seed mode when code is given, with verifier and redirect URI', () => {
    const config = read({
      'refresh-token': undefined,
      code: SECRET_VALUES.code,
      'code-verifier': SECRET_VALUES['code-verifier'],
      'redirect-uri': 'http://127.0.0.1:8080/',
    });
    expect(config.tokenRequest).toEqual({
      type: 'authorization_code',
      code: SECRET_VALUES.code,
      codeVerifier: SECRET_VALUES['code-verifier'],
      redirectUri: 'http://127.0.0.1:8080/',
    });
  });

  it('takes a code without verifier or redirect URI', () => {
    expect(read({ 'refresh-token': undefined, code: SECRET_VALUES.code }).tokenRequest).toEqual({
      type: 'authorization_code',
      code: SECRET_VALUES.code,
      codeVerifier: undefined,
      redirectUri: undefined,
    });
  });

  it('uses the code, not the refresh token, when both are given', () => {
    const config = read({ code: SECRET_VALUES.code });
    expect(config.tokenRequest.type).toBe('authorization_code');
    expect(JSON.stringify(config.tokenRequest)).not.toContain(SECRET_VALUES['refresh-token']);
  });

  it('rejects code-verifier without code', () => {
    expectInputError({ 'code-verifier': SECRET_VALUES['code-verifier'] }, 'code-verifier');
  });

  it('rejects redirect-uri without code', () => {
    expectInputError({ 'redirect-uri': 'https://www.google.com' }, 'redirect-uri');
  });

  it('rejects a redirect-uri that is not an absolute URL', () => {
    const error = failure({ code: SECRET_VALUES.code, 'redirect-uri': '/callback' });
    expect(error.input).toBe('redirect-uri');
    expect(error.message).not.toContain(SECRET_VALUES.code);
  });
});

describe('readInputs: secret names', () => {
  it.each(['MY_SECRET', '_LEADING_UNDERSCORE', 'lower_case_1', 'X'])('accepts %s', (name) => {
    expect(read({ 'secret-name': name }).secretName).toBe(name);
    expect(read({ 'access-token-secret': name, 'secret-name': 'OTHER' }).accessTokenSecret).toBe(
      name,
    );
  });

  const refused = [
    ['a hyphen', 'FITBIT-REFRESH-TOKEN'],
    ['a leading digit', '1FITBIT'],
    ['a space', 'MY SECRET'],
    ['a non-ASCII letter', 'GEHEIMNIS_Ä'],
    ['the GITHUB_ prefix', 'GITHUB_REFRESH'],
    ['the github_ prefix in lower case', 'github_refresh'],
    ['the GitHub_ prefix in mixed case', 'GitHub_Refresh'],
  ];

  it.each(refused)('rejects secret-name with %s', (_what, name) => {
    expectInputError({ 'secret-name': name }, 'secret-name');
  });

  it.each(refused)('rejects access-token-secret with %s', (_what, name) => {
    expectInputError({ 'access-token-secret': name }, 'access-token-secret');
  });

  it('accepts names of 255 characters and rejects longer ones', () => {
    const longest = `S${'_'.repeat(254)}`;
    expect(read({ 'secret-name': longest }).secretName).toBe(longest);
    expectInputError({ 'secret-name': `${longest}X` }, 'secret-name');
    expectInputError({ 'access-token-secret': `${longest}X` }, 'access-token-secret');
  });

  it('shows a name with control characters escaped, never raw', () => {
    const error = expectInputError({ 'secret-name': 'A\n::stop-commands::x\u009b' }, 'secret-name');
    expect(error.message).toContain(String.raw`A\n::stop-commands::x\u009b`);
    expect(error.message).not.toMatch(CONTROL_CHARACTER);
  });

  it('rejects an access-token-secret equal to the default secret-name', () => {
    expectInputError({ 'access-token-secret': 'FITBIT_REFRESH_TOKEN' }, 'access-token-secret');
  });

  it('rejects an access-token-secret equal to secret-name in another case', () => {
    expectInputError(
      { 'secret-name': 'MY_REFRESH', 'access-token-secret': 'my_refresh' },
      'access-token-secret',
    );
  });
});

describe('readInputs: repository and environment', () => {
  it.each(['octo/repo', 'Octo-Org/my.repo_name-2', 'a/.github'])('accepts %s', (value) => {
    const [owner, repo] = value.split('/');
    expect(read({ repository: value }).target).toEqual({ owner, repo, environment: undefined });
  });

  it.each([
    'octo',
    'octo/',
    '/repo',
    'octo/repo/extra',
    'octo org/repo',
    'octo/re po',
    '-octo/repo',
    'octo/..',
    'https://github.com/octo/repo',
  ])('rejects %s', (value) => {
    expectInputError({ repository: value }, 'repository');
  });

  it('rejects a GITHUB_REPOSITORY that is not owner/name', () => {
    expectInputError({}, 'repository', { GITHUB_REPOSITORY: 'not-a-repository' });
  });

  it('targets an environment when one is given', () => {
    expect(read({ environment: 'production' }).target.environment).toBe('production');
  });

  it('rejects an environment name longer than 255 characters', () => {
    expectInputError({ environment: 'e'.repeat(256) }, 'environment');
  });

  it.each(['e'.repeat(255), 'prod.eu', '.hidden', '...', 'Ünïcode staging'])(
    'accepts the environment %s',
    (name) => {
      expect(read({ environment: name }).target.environment).toBe(name);
    },
  );

  // A newline would turn the rest of the name into a workflow command (::stop-commands::)
  // in every log line that names the target; `.` and `..` would resolve to other API paths.
  it.each([
    ['a newline', 'prod\n::stop-commands::abc', String.raw`prod\n::stop-commands::abc`],
    ['a carriage return', 'prod\rstaging', String.raw`prod\rstaging`],
    ['a C0 control (BEL)', 'prod\u0007', String.raw`prod\u0007`],
    ['DEL', 'pro\u007fd', String.raw`pro\u007fd`],
    ['a C1 control (CSI)', 'prod\u009b31m', String.raw`prod\u009b31m`],
    ['the name .', '.', '.'],
    ['the name ..', '..', '..'],
  ])('rejects an environment with %s, showing it escaped', (_what, name, shown) => {
    const error = expectInputError({ environment: name }, 'environment');
    expect(error.message).toContain(shown);
    expect(error.message).not.toMatch(CONTROL_CHARACTER);
  });
});

describe('readInputs: URLs', () => {
  it.each([
    ['google', 'https://oauth2.googleapis.com/token'],
    ['fitbit', 'https://api.fitbit.com/oauth2/token'],
  ])('uses the token URL of the %s preset', (provider, url) => {
    expect(read({ provider }).endpoint.url).toBe(url);
  });

  it('requires token-url with provider custom', () => {
    expectInputError({ provider: 'custom' }, 'token-url');
  });

  it('uses token-url with provider custom', () => {
    expect(
      read({ provider: 'custom', 'token-url': 'https://www.strava.com/oauth/token' }).endpoint.url,
    ).toBe('https://www.strava.com/oauth/token');
  });

  it('lets token-url override a preset', () => {
    expect(
      read({ provider: 'fitbit', 'token-url': 'https://proxy.example/token' }).endpoint.url,
    ).toBe('https://proxy.example/token');
  });

  const loopback = [
    'http://127.0.0.1:8080/token',
    'http://127.42.7.9/token',
    'http://localhost:3000/token',
    'http://[::1]:9000/token',
  ];
  const notAllowed = [
    ['plain http to a public host', 'http://oauth2.googleapis.com/token'],
    ['plain http to a private address', 'http://10.0.0.1/token'],
    ['plain http to a host that only starts like localhost', 'http://localhost.example.com/token'],
    ['plain http to a host that only starts like 127.0.0.1', 'http://127.0.0.1.nip.io/token'],
    ['another scheme', 'ftp://example.com/token'],
    ['no URL at all', 'oauth2.googleapis.com/token'],
  ];

  it.each(loopback)('allows plain http token-url to loopback %s', (url) => {
    expect(read({ 'token-url': url }).endpoint.url).toBe(url);
  });

  it.each(loopback)('allows plain http github-api-url to loopback %s', (url) => {
    expect(read({ 'github-api-url': url }).githubApiUrl).toBe(url);
  });

  it.each(notAllowed)('rejects token-url with %s', (_what, url) => {
    expectInputError({ 'token-url': url }, 'token-url');
  });

  it.each(notAllowed)('rejects github-api-url with %s', (_what, url) => {
    expectInputError({ 'github-api-url': url }, 'github-api-url');
  });

  it('rejects a GITHUB_API_URL that is plain http to a public host', () => {
    expectInputError({}, 'github-api-url', {
      ...RUNNER_ENV,
      GITHUB_API_URL: 'http://ghe.example.com/api/v3',
    });
  });

  it.each([
    ['token-url', 'https://client:hunter2-password@auth.example.com/token'],
    ['token-url', 'https://only-user@auth.example.com/token'],
    ['github-api-url', 'https://x-access-token:hunter2-password@ghe.example.com/api/v3'],
  ])('rejects %s with credentials and does not repeat them', (input, url) => {
    const error = expectInputError({ [input]: url }, input);
    expect(error.message).toMatch(/credentials/);
    expect(error.message).not.toContain('hunter2-password');
  });
});

describe('readInputs: choices', () => {
  it('rejects an unknown provider', () => {
    expectInputError({ provider: 'polar' }, 'provider');
  });

  it.each(['strava', 'whoop', 'oura', 'withings'] as const)(
    'takes provider %s with nothing but the client: its token URL and dialect',
    (provider) => {
      const { endpoint } = read({ provider });
      expect(endpoint.url).toBe(PROVIDERS[provider].tokenUrl);
      expect(endpoint.dialect).toBe(PROVIDERS[provider].token);
      expect(read({ provider, 'token-url': 'https://other.example/token' }).endpoint.url).toBe(
        'https://other.example/token',
      );
    },
  );

  it('rejects an unknown client-auth', () => {
    expectInputError({ 'client-auth': 'header' }, 'client-auth');
  });

  it.each([
    ['google', 'auto', true, 'body'],
    ['google', 'basic', true, 'basic'],
    ['fitbit', 'auto', true, 'basic'],
    ['fitbit', 'auto', false, 'body'],
    ['fitbit', 'body', true, 'body'],
    ['strava', 'auto', true, 'body'],
    ['whoop', 'auto', true, 'body'],
    ['oura', 'auto', true, 'body'],
    ['oura', 'basic', true, 'basic'],
    ['withings', 'auto', true, 'body'],
  ] as const)(
    'resolves provider %s with client-auth %s (secret: %s) to %s',
    (provider, clientAuth, withSecret, expected) => {
      const config = read({
        provider,
        'client-auth': clientAuth,
        'client-secret': withSecret ? SECRET_VALUES['client-secret'] : undefined,
      });
      expect(config.endpoint.clientAuth).toBe(expected);
    },
  );

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('reads dry-run %s', (value, expected) => {
    expect(read({ 'dry-run': value }).dryRun).toBe(expected);
  });

  it.each(['yes', '1', 'on', 'tRuE', 'dry'])('rejects dry-run %s', (value) => {
    expectInputError({ 'dry-run': value }, 'dry-run');
  });

  it('splits required-scopes on spaces and commas', () => {
    expect(
      read({ 'required-scopes': ' activity, sleep  heartrate,,profile ' }).requiredScopes,
    ).toEqual(['activity', 'sleep', 'heartrate', 'profile']);
  });
});

describe('readInputs: grant-lifetime', () => {
  it.each([
    ['7d', 7 * 86400],
    ['36h', 36 * 3600],
    ['90m', 90 * 60],
    ['45s', 45],
    ['2w', 14 * 86400],
    ['1.5d', 36 * 3600],
    ['7D', 7 * 86400],
    ['7 d', 7 * 86400],
  ])('reads %s as %i seconds', (value, seconds) => {
    expect(read({ 'grant-lifetime': value }).grantLifetimeSeconds).toBe(seconds);
  });

  it.each(['7', 'd', '7 days', '-7d', '0d', '0.0h', 'P7D', '7y', 'seven days'])(
    'rejects %s',
    (value) => {
      expectInputError({ 'grant-lifetime': value }, 'grant-lifetime');
    },
  );
});

describe('readInputs: recovery-public-key', () => {
  let publicKey = '';
  beforeAll(async () => {
    await sodium.ready;
    publicKey = sodium.to_base64(
      sodium.crypto_box_keypair().publicKey,
      sodium.base64_variants.ORIGINAL,
    );
  });

  it('accepts a 32-byte X25519 public key in base64', () => {
    expect(read({ 'recovery-public-key': publicKey }).recoveryPublicKey).toBe(publicKey);
  });

  it.each([
    ['31 bytes', Buffer.alloc(31, 7).toString('base64')],
    ['33 bytes', Buffer.alloc(33, 7).toString('base64')],
    ['64 bytes (a private and public key pair)', Buffer.alloc(64, 7).toString('base64')],
    ['text that is not base64', 'this is not a key at all!'],
  ])('rejects %s', (_what, value) => {
    expectInputError({ 'recovery-public-key': value }, 'recovery-public-key');
  });
});

describe('readInputs: export-variable', () => {
  it('uses the default FITBIT_ACCESS_TOKEN when the input is absent', () => {
    expect(read({ 'export-variable': undefined }).exportVariable).toBe('FITBIT_ACCESS_TOKEN');
  });

  it('exports nothing when the input is given empty, as the contract says', () => {
    // The runner sets INPUT_EXPORT-VARIABLE to '' when the workflow says `export-variable: ''`.
    expect(read({ 'export-variable': '' }).exportVariable).toBeUndefined();
  });

  it('accepts another valid name', () => {
    expect(read({ 'export-variable': 'HEALTH_TOKEN' }).exportVariable).toBe('HEALTH_TOKEN');
  });

  it.each(['1TOKEN', 'MY-TOKEN', 'MY TOKEN'])('rejects the invalid name %s', (value) => {
    expectInputError({ 'export-variable': value }, 'export-variable');
  });

  it.each(['GITHUB_TOKEN', 'github_output', 'RUNNER_TEMP', 'CI', 'NODE_OPTIONS', 'node_options'])(
    'rejects the runner-reserved name %s',
    (value) => {
      expectInputError({ 'export-variable': value }, 'export-variable');
    },
  );
});
