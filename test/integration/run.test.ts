/**
 * run() in-process with the real @actions/core, against the simulators over
 * real sockets: the paths that are awkward to reach through the bundle.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { consentWithPkce } from '../../sim/browser.js';
import { readBody, startServer } from '../../sim/server.js';
import { runInProcess } from '../helpers/in-process.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/integration';
const TARGET = { repository: REPOSITORY };
const WRITER = 'ghp_integration_writer_01';
const READER = 'ghp_integration_reader_02';
const FITBIT_PUBLIC_CLIENT = 'PUBLIC1';
const GOOGLE_CLIENT = { id: 'int.apps.googleusercontent.com', secret: 'GOCSPX-integration-secret' };
const HEALTH_SLEEP = 'https://www.googleapis.com/auth/googlehealth.sleep.readonly';

const world = useWorld({
  repository: REPOSITORY,
  writer: WRITER,
  reader: READER,
  fitbitClient: { id: FITBIT_PUBLIC_CLIENT, type: 'client' },
  googleClient: GOOGLE_CLIENT,
});

beforeAll(async () => {
  world.github.addEnvironment(REPOSITORY, 'health data');
});

describe('run() with a public Fitbit client', () => {
  it('sends the client id in the body, without a Basic header, and rotates', async () => {
    const token = world.fitbit.issueGrant({
      clientId: FITBIT_PUBLIC_CLIENT,
      scope: 'sleep',
      userId: 'PUB',
    });
    const result = await runInProcess(world.fitbitInputs(token));
    expect(result.exitCode, result.stdout).toBe(0);
    const request = world.fitbit.requests.at(-1);
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.form.client_id).toBe(FITBIT_PUBLIC_CLIENT);
    expect(world.github.secretValue(TARGET, 'FITBIT_REFRESH_TOKEN')).toBe(
      world.fitbit.currentRefreshToken('PUB'),
    );
  });
});

describe('environment secrets', () => {
  it("seals with the environment's own key and writes the environment secret", async () => {
    const env = { repository: REPOSITORY, environment: 'health data' };
    const token = world.fitbit.issueGrant({
      clientId: FITBIT_PUBLIC_CLIENT,
      scope: 'sleep',
      userId: 'ENV',
    });
    world.github.setSecret(env, 'FITBIT_REFRESH_TOKEN', token);
    const repoValueBefore = world.github.secretValue(TARGET, 'FITBIT_REFRESH_TOKEN');

    const result = await runInProcess(world.fitbitInputs(token, { environment: 'health data' }));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(world.github.secretValue(env, 'FITBIT_REFRESH_TOKEN')).toBe(
      world.fitbit.currentRefreshToken('ENV'),
    );
    expect(world.github.secretValue(TARGET, 'FITBIT_REFRESH_TOKEN')).toBe(repoValueBefore);
    expect(
      world.github.requests.some((r) => r.path.includes('/environments/health%20data/secrets/')),
    ).toBe(true);
  });
});

describe('dry-run', () => {
  it('checks GitHub write access but never contacts the token endpoint or changes the secret', async () => {
    const token = world.fitbit.issueGrant({
      clientId: FITBIT_PUBLIC_CLIENT,
      scope: 'sleep',
      userId: 'DRY',
    });
    world.github.setSecret(TARGET, 'FITBIT_REFRESH_TOKEN', token);
    const tokenRequests = world.fitbit.requests.length;
    const githubRequests = world.github.requests.length;

    const result = await runInProcess(world.fitbitInputs(token, { 'dry-run': 'true' }));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(world.fitbit.requests.length).toBe(tokenRequests);
    expect(world.github.secretValue(TARGET, 'FITBIT_REFRESH_TOKEN')).toBe(token);
    const methods = world.github.requests.slice(githubRequests).map((r) => r.method);
    expect(methods).toContain('PUT'); // the probe
    expect(methods).toContain('DELETE');
    expect(result.summary).toContain('Dry run');

    const readOnly = await runInProcess(
      world.fitbitInputs(token, { 'dry-run': 'true', 'github-token': READER }),
    );
    expect(readOnly.exitCode).toBe(1);
    expect(readOnly.errors[0]).toContain('HTTP 403');
  });
});

describe('a reply that is unusable but carries a new refresh token', () => {
  it('stores the rescued refresh token before failing', async () => {
    const provider = await startServer(async (req, res) => {
      await readBody(req);
      res.writeHead(200, { 'content-type': 'application/json' });
      // scope is not a string, so the reply is rejected; the refresh token must survive.
      res.end(
        JSON.stringify({
          access_token: 'at-rescue-0001',
          refresh_token: 'rt-rescued-new-0001',
          scope: 7,
        }),
      );
    });
    try {
      const result = await runInProcess({
        provider: 'custom',
        'client-id': 'custom-client',
        'refresh-token': 'rt-old-custom-0001',
        'github-token': WRITER,
        repository: REPOSITORY,
        'secret-name': 'CUSTOM_REFRESH_TOKEN',
        'token-url': `${provider.url}/token`,
        'github-api-url': world.github.url,
      });
      expect(result.exitCode).toBe(1);
      expect(world.github.secretValue(TARGET, 'CUSTOM_REFRESH_TOKEN')).toBe('rt-rescued-new-0001');
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toContain('scope');
      expect(result.errors[0]).toMatch(/newest refresh token is stored/);
      expect(result.outputs['access-token']).toBeUndefined();
      expect(result.masks).toContain('rt-rescued-new-0001');
      expect(result.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('rt-rescued-new-0001');
    } finally {
      await provider.close();
    }
  });

  it('reports an HTML error page as such', async () => {
    const provider = await startServer(async (req, res) => {
      await readBody(req);
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<!DOCTYPE html><html><body>Bad gateway</body></html>');
    });
    try {
      const result = await runInProcess({
        provider: 'custom',
        'client-id': 'custom-client',
        'refresh-token': 'rt-custom-html-0001',
        'github-token': WRITER,
        repository: REPOSITORY,
        'token-url': `${provider.url}/token`,
        'github-api-url': world.github.url,
      });
      expect(result.exitCode).toBe(1);
      expect(result.errors[0]).toContain('HTTP 502, an HTML page');
      expect(result.errors[0]).toMatch(/re-run the workflow at once/i);
    } finally {
      await provider.close();
    }
  });
});

describe('optional extras after the refresh token is safe', () => {
  it('stores the access token in access-token-secret and exports under a custom name', async () => {
    const token = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: HEALTH_SLEEP });
    const result = await runInProcess(
      world.googleInputs(token, {
        'access-token-secret': 'GOOGLE_ACCESS_TOKEN',
        'export-variable': 'HEALTH_TOKEN',
      }),
    );
    expect(result.exitCode, result.stdout).toBe(0);
    const accessToken = result.outputs['access-token'] ?? '';
    expect(world.google.isValidAccessToken(accessToken)).toBe(true);
    expect(world.github.secretValue(TARGET, 'GOOGLE_ACCESS_TOKEN')).toBe(accessToken);
    expect(result.exportedEnv).toEqual({ HEALTH_TOKEN: accessToken });
  });

  it('exports nothing when export-variable is empty', async () => {
    const token = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: HEALTH_SLEEP });
    const result = await runInProcess(world.googleInputs(token, { 'export-variable': '' }));
    expect(result.exitCode).toBe(0);
    expect(result.exportedEnv).toEqual({});
  });

  it('fails on missing required scopes only after outputs and summary are written', async () => {
    const token = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: HEALTH_SLEEP });
    const activity = 'https://www.googleapis.com/auth/googlehealth.activity_and_fitness.readonly';
    const result = await runInProcess(
      world.googleInputs(token, { 'required-scopes': `${HEALTH_SLEEP}, ${activity}` }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(activity);
    expect(result.errors[0]).not.toContain(`scopes ${HEALTH_SLEEP}`);
    expect(result.outputs.scope).toBe(HEALTH_SLEEP);
    expect(result.summary).toContain(activity);
  });
});

describe('grant lifetime', () => {
  it('takes the secret update as consent time and warns when under 48 hours remain', async () => {
    const token = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: HEALTH_SLEEP });
    const consentedAt = new Date(Date.now() - 6 * 86_400_000);
    world.github.setSecret(TARGET, 'GOOGLE_REFRESH_TOKEN', token, consentedAt);
    const result = await runInProcess(world.googleInputs(token, { 'grant-lifetime': '7d' }));
    expect(result.exitCode, result.stdout).toBe(0);
    const expected = new Date(Math.floor(consentedAt.getTime() / 1000) * 1000 + 7 * 86_400_000);
    expect(Date.parse(result.outputs['grant-expires-at'] ?? '')).toBe(expected.getTime());
    expect(result.stdout).toMatch(/::warning::The grant is expected to expire/);
    expect(result.summary).toContain('The grant is expected to expire');
  });

  it('gives refresh-token-expires-at and grant-expires-at from refresh_token_expires_in', async () => {
    const token = world.google.issueGrant({
      clientId: GOOGLE_CLIENT.id,
      scope: HEALTH_SLEEP,
      refreshTokenExpiresIn: 30 * 86_400,
    });
    const before = Date.now();
    const result = await runInProcess(world.googleInputs(token));
    expect(result.exitCode, result.stdout).toBe(0);
    const expiresAt = Date.parse(result.outputs['refresh-token-expires-at'] ?? '');
    expect(expiresAt).toBeGreaterThanOrEqual(before + 30 * 86_400_000 - 2000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 30 * 86_400_000);
    expect(result.outputs['grant-expires-at']).toBe(result.outputs['refresh-token-expires-at']);
    expect(result.stdout).not.toContain('::warning::');
  });
});

describe('re-seed mode', () => {
  const redirectUri = 'http://127.0.0.1:8080/';
  async function consent(extra: Record<string, string>) {
    const { code, verifier } = await consentWithPkce(world.google.authorizeUrl, {
      client_id: GOOGLE_CLIENT.id,
      redirect_uri: redirectUri,
      scope: HEALTH_SLEEP,
      state: 'st',
      ...extra,
    });
    return { code, verifier, redirectUri };
  }

  it('exchanges the code with its verifier and always writes the refresh token', async () => {
    const { code, verifier, redirectUri } = await consent({
      access_type: 'offline',
      prompt: 'consent',
    });
    const result = await runInProcess({
      ...world.googleInputs(''),
      'refresh-token': '',
      code,
      'code-verifier': verifier,
      'redirect-uri': redirectUri,
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['secret-updated']).toBe('true');
    const stored = world.github.secretValue(TARGET, 'GOOGLE_REFRESH_TOKEN') ?? '';
    expect(result.masks).toEqual(expect.arrayContaining([code, verifier, stored]));
    // The stored token really works at the provider.
    const again = await runInProcess(world.googleInputs(stored));
    expect(again.exitCode, again.stdout).toBe(0);
  });

  it('explains access_type=offline when Google answers the code without a refresh token', async () => {
    const { code, verifier, redirectUri } = await consent({});
    const before = world.github.secretValue(TARGET, 'GOOGLE_REFRESH_TOKEN');
    const result = await runInProcess({
      ...world.googleInputs(''),
      'refresh-token': '',
      code,
      'code-verifier': verifier,
      'redirect-uri': redirectUri,
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toContain('access_type=offline');
    expect(result.errors[0]).toContain('prompt=consent');
    expect(result.outputs['access-token']).toBeUndefined();
    expect(world.github.secretValue(TARGET, 'GOOGLE_REFRESH_TOKEN')).toBe(before);
  });
});
