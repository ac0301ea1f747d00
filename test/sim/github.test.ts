import { request as httpRequest } from 'node:http';
import sodium from 'libsodium-wrappers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GitHubSim, type GitHubSimOptions, startGitHubSim } from '../../sim/github.js';
import { loadGitHubOpenApiValidator } from '../../sim/openapi.js';

const REPO = 'octo/health';
const OTHER = 'octo/other';
const ENV = 'prod/eu';
const WRITER = 'ghp_writer';
const READER = 'ghp_reader';
const METADATA = 'ghp_metadata';
const HIDDEN = 'ghp_hidden';
const SECRETS = `/repos/${REPO}/actions/secrets`;
const ENV_SECRETS = `/repos/${REPO}/environments/${encodeURIComponent(ENV)}/secrets`;

let sim: GitHubSim;

async function start(options: GitHubSimOptions = {}): Promise<GitHubSim> {
  sim = await startGitHubSim(options);
  sim.addRepo(REPO);
  sim.addRepo(OTHER);
  sim.addEnvironment(REPO, ENV);
  sim.addToken(WRITER, 'write');
  sim.addToken(READER, 'read');
  sim.addToken(METADATA, 'metadata');
  sim.addToken(HIDDEN, 'none');
  return sim;
}

beforeEach(async () => {
  await sodium.ready;
});
afterEach(async () => {
  await sim?.close();
});

async function call(method: string, path: string, token = WRITER, body?: unknown) {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    json: text ? JSON.parse(text) : undefined,
  };
}

/** Seals like GitHub's documented recipe: libsodium sealed box, base64 ORIGINAL. */
function seal(value: string, key: string, variant = sodium.base64_variants.ORIGINAL): string {
  const sealed = sodium.crypto_box_seal(
    value,
    sodium.from_base64(key, sodium.base64_variants.ORIGINAL),
  );
  return sodium.to_base64(sealed, variant);
}

async function keyOf(base: string) {
  const { json } = await call('GET', `${base}/public-key`);
  return json as { key_id: string; key: string };
}

describe('GitHub simulator: secrets', () => {
  it('opens a sealed PUT with the scope key: 201 on create, 204 on update, stored upper-case', async () => {
    await start();
    const key = await keyOf(SECRETS);
    expect(key.key_id).toMatch(/^\d+$/);
    expect(sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL)).toHaveLength(32);

    const created = await call('PUT', `${SECRETS}/fitbit_refresh_token`, WRITER, {
      encrypted_value: seal('first-value', key.key),
      key_id: key.key_id,
    });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({});
    expect(sim.secretValue({ repository: REPO }, 'FITBIT_REFRESH_TOKEN')).toBe('first-value');
    expect(sim.secretNames({ repository: REPO })).toEqual(['FITBIT_REFRESH_TOKEN']);

    const updated = await call('PUT', `${SECRETS}/FITBIT_REFRESH_TOKEN`, WRITER, {
      encrypted_value: seal('second-value', key.key),
      key_id: key.key_id,
    });
    expect(updated.status).toBe(204);
    expect(updated.text).toBe('');
    expect(sim.secretValue({ repository: REPO }, 'fitbit_refresh_token')).toBe('second-value');

    const meta = await call('GET', `${SECRETS}/Fitbit_Refresh_Token`);
    expect(meta.status).toBe(200);
    expect(meta.json).toEqual({
      name: 'FITBIT_REFRESH_TOKEN',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      updated_at: expect.stringMatching(/Z$/),
    });
    const list = await call('GET', SECRETS);
    expect(list.json).toEqual({ total_count: 1, secrets: [meta.json] });

    expect((await call('DELETE', `${SECRETS}/FITBIT_REFRESH_TOKEN`)).status).toBe(204);
    expect((await call('GET', `${SECRETS}/FITBIT_REFRESH_TOKEN`)).status).toBe(404);
    expect((await call('DELETE', `${SECRETS}/FITBIT_REFRESH_TOKEN`)).status).toBe(404);
  });

  it('gives every repository and environment its own key and rejects a key_id of another scope', async () => {
    await start();
    const repoKey = await keyOf(SECRETS);
    const envKey = await keyOf(ENV_SECRETS);
    const otherKey = await keyOf(`/repos/${OTHER}/actions/secrets`);
    expect(new Set([repoKey.key_id, envKey.key_id, otherKey.key_id]).size).toBe(3);
    expect(new Set([repoKey.key, envKey.key, otherKey.key]).size).toBe(3);
    expect(sim.publicKey({ repository: REPO, environment: ENV })).toEqual(envKey);

    const wrongScope = await call('PUT', `${ENV_SECRETS}/TOKEN`, WRITER, {
      encrypted_value: seal('v', repoKey.key),
      key_id: repoKey.key_id,
    });
    expect(wrongScope.status).toBe(422);
    expect(wrongScope.json.message).toContain('repository octo/health');

    const right = await call('PUT', `${ENV_SECRETS}/TOKEN`, WRITER, {
      encrypted_value: seal('env-value', envKey.key),
      key_id: envKey.key_id,
    });
    expect(right.status).toBe(201);
    expect(sim.secretValue({ repository: REPO, environment: ENV }, 'TOKEN')).toBe('env-value');
    expect(sim.secretValue({ repository: REPO }, 'TOKEN')).toBeUndefined();
  });

  it('rejects values it cannot open: another key under this key_id, URL-safe base64, missing key_id', async () => {
    await start();
    const key = await keyOf(SECRETS);
    const otherKey = await keyOf(`/repos/${OTHER}/actions/secrets`);
    const foreign = await call('PUT', `${SECRETS}/A`, WRITER, {
      encrypted_value: seal('v', otherKey.key),
      key_id: key.key_id,
    });
    expect(foreign.status).toBe(422);
    const urlSafe = await call('PUT', `${SECRETS}/A`, WRITER, {
      encrypted_value: seal('v', key.key, sodium.base64_variants.URLSAFE_NO_PADDING),
      key_id: key.key_id,
    });
    expect(urlSafe.status).toBe(422);
    const noKeyId = await call('PUT', `${SECRETS}/A`, WRITER, {
      encrypted_value: seal('v', key.key),
    });
    expect(noKeyId.status).toBe(422);
    expect(noKeyId.json.message).toBe('Invalid request.\n\n"key_id" wasn\'t supplied.');
    expect(sim.secretNames({ repository: REPO })).toEqual([]);
  });

  it('validates secret names as GitHub does', async () => {
    await start();
    const key = await keyOf(SECRETS);
    for (const name of ['GITHUB_TOKEN_COPY', 'github_x', '1ABC', 'WITH-HYPHEN']) {
      const res = await call('PUT', `${SECRETS}/${name}`, WRITER, {
        encrypted_value: seal('v', key.key),
        key_id: key.key_id,
      });
      expect(res.status, name).toBe(422);
    }
    expect(sim.secretNames({ repository: REPO })).toEqual([]);
  });

  it('keeps test-side values and dates', async () => {
    await start();
    sim.setSecret({ repository: REPO }, 'seeded', 'value', '2026-11-01T08:00:00.000Z');
    expect(sim.secretValue({ repository: REPO }, 'SEEDED')).toBe('value');
    const meta = await call('GET', `${SECRETS}/SEEDED`);
    expect(meta.json.updated_at).toBe('2026-11-01T08:00:00Z');
  });
});

describe('GitHub simulator: who may call', () => {
  it('lets a read token read but answers 403 to its writes', async () => {
    await start();
    const key = await keyOf(SECRETS);
    expect((await call('GET', `${SECRETS}/public-key`, READER)).status).toBe(200);
    const put = await call('PUT', `${SECRETS}/X`, READER, {
      encrypted_value: seal('v', key.key),
      key_id: key.key_id,
    });
    expect(put.status).toBe(403);
    expect(put.json).toEqual({
      message: 'Resource not accessible by personal access token',
      documentation_url: expect.stringContaining('https://docs.github.com/'),
      status: '403',
    });
    expect((await call('DELETE', `${SECRETS}/X`, READER)).status).toBe(403);
    expect((await call('GET', `/repos/${REPO}`, READER)).json.permissions.push).toBe(false);
  });

  it('answers 401 Bad credentials to an unknown token, 404 to a token that cannot see the repo', async () => {
    await start();
    const unknown = await call('GET', `${SECRETS}/public-key`, 'ghp_unknown');
    expect(unknown.status).toBe(401);
    expect(unknown.json).toEqual({
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/rest',
      status: '401',
    });
    expect((await call('GET', `/repos/${REPO}`, HIDDEN)).status).toBe(404);
    expect((await call('GET', `${SECRETS}/public-key`, HIDDEN)).status).toBe(404);
    expect((await call('GET', `/repos/${REPO}`, METADATA)).status).toBe(200);
    expect((await call('GET', `${SECRETS}/public-key`, METADATA)).status).toBe(403);
  });

  it('answers 404 for unknown repositories, environments and paths', async () => {
    await start();
    expect((await call('GET', '/repos/octo/missing/actions/secrets/public-key')).status).toBe(404);
    expect(
      (await call('GET', `/repos/${REPO}/environments/staging/secrets/public-key`)).status,
    ).toBe(404);
    expect(
      (await call('GET', `/repos/${REPO}/environments/${encodeURIComponent(ENV)}`)).json.name,
    ).toBe(ENV);
    expect((await call('GET', '/users/octocat')).status).toBe(404);
  });

  it('refuses a request without User-Agent with 403', async () => {
    await start();
    const url = new URL(`${sim.url}${SECRETS}/public-key`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(url, { headers: { authorization: `token ${WRITER}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('sends rate-limit headers and serves workflow runs', async () => {
    await start();
    sim.addRun(REPO, 4242, '2026-11-23T05:00:00Z');
    const run = await call('GET', `/repos/${REPO}/actions/runs/4242`);
    expect(run.status).toBe(200);
    expect(run.json).toMatchObject({ id: 4242, run_started_at: '2026-11-23T05:00:00Z' });
    expect(run.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(Number(run.headers.get('x-ratelimit-remaining'))).toBeLessThan(5000);
    expect(run.headers.get('x-ratelimit-resource')).toBe('core');
    expect(Number(run.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect((await call('GET', `/repos/${REPO}/actions/runs/1`)).status).toBe(404);
  });

  it("tells a repository's visibility and last push, as the repository endpoint does", async () => {
    const simNow = Date.parse('2026-11-23T05:00:00Z');
    await start({ now: () => simNow });
    sim.addRepo('octo/open', 'public');
    sim.addRepo('octo/inside', 'internal');
    sim.setPushedAt('octo/open', '2026-09-01T10:20:30.456Z');
    const open = await call('GET', '/repos/octo/open', METADATA);
    expect(open.json).toMatchObject({
      private: false,
      visibility: 'public',
      pushed_at: '2026-09-01T10:20:30Z',
    });
    expect((await call('GET', '/repos/octo/inside')).json).toMatchObject({
      private: true,
      visibility: 'internal',
      pushed_at: '2026-11-23T05:00:00Z',
    });
    expect((await call('GET', `/repos/${REPO}`)).json).toMatchObject({
      private: true,
      visibility: 'private',
    });
    expect((await call('GET', '/repos/octo/open', HIDDEN)).status).toBe(404);
  });

  it('records requests and serves below a base path, as GitHub Enterprise Server does', async () => {
    await start({ basePath: '/api/v3' });
    expect(sim.url).toMatch(/\/api\/v3$/);
    expect((await call('GET', `/repos/${REPO}`)).status).toBe(200);
    expect(sim.requests.at(-1)).toMatchObject({ method: 'GET', path: `/repos/${REPO}` });
    expect((await fetch(`${new URL(sim.url).origin}/repos/${REPO}`)).status).toBe(404);
  });

  it('answers 400 and records a violation when the validate hook objects', async () => {
    await start({ validate: (req) => (req.method === 'DELETE' ? ['no deletes here'] : []) });
    expect((await call('DELETE', `${SECRETS}/X`)).status).toBe(400);
    expect(sim.violations).toEqual(['no deletes here']);
  });
});

describe('GitHub simulator: accounts, permissions and issue authors', () => {
  const JOB = 'ghs_job_token';
  const APP = 'ghs_app_token';
  const BOT = { login: 'keeper-app[bot]', type: 'Bot' as const, app: 'keeper-app' };

  async function startValidated() {
    await start({ validate: await loadGitHubOpenApiValidator() });
    sim.addToken(JOB, 'metadata', 'write');
    sim.addToken(APP, 'metadata', 'write', BOT);
    sim.addToken('ghp_person', 'metadata', 'write', { login: 'Octo', type: 'User' });
  }

  const graphql = (token: string, query: string) =>
    fetch(new URL('/graphql', sim.url), {
      method: 'POST',
      headers: { authorization: `bearer ${token}`, 'user-agent': 'test' },
      body: JSON.stringify({ query }),
    }).then((res) => res.json() as Promise<Record<string, unknown>>);

  it("GET /user names a person's account; an installation token may not ask (403), as GitHub answers", async () => {
    await startValidated();
    expect(await call('GET', '/user', 'ghp_person')).toMatchObject({
      status: 200,
      json: { login: 'Octo', type: 'User' },
    });
    const job = await call('GET', '/user', JOB);
    expect(job.status).toBe(403);
    expect(job.json.message).toBe('Resource not accessible by integration');
    expect(sim.violations).toEqual([]);
  });

  it('GraphQL viewer names every token: the job token as github-actions[bot], an App as its bot', async () => {
    await startValidated();
    expect(await graphql(JOB, 'query { viewer { login } }')).toEqual({
      data: { viewer: { login: 'github-actions[bot]' } },
    });
    expect(await graphql(APP, '{ viewer { login } }')).toEqual({
      data: { viewer: { login: 'keeper-app[bot]' } },
    });
    expect(await graphql('ghp_person', 'query { viewer { login } }')).toEqual({
      data: { viewer: { login: 'Octo' } },
    });
    expect((await graphql(JOB, '{ repository { id } }')).errors).toBeDefined();
  });

  it("answers a person's permission from their role: maintain as write, triage as read, the owner admin", async () => {
    await startValidated();
    sim.setRole(REPO, 'maintainer', 'maintain');
    sim.setRole(REPO, 'triager', 'triage');
    const permission = async (login: string) =>
      (await call('GET', `/repos/${REPO}/collaborators/${login}/permission`, JOB)).json;
    expect(await permission('octo')).toMatchObject({ permission: 'admin', role_name: 'admin' });
    expect(await permission('maintainer')).toMatchObject({
      permission: 'write',
      role_name: 'maintain',
    });
    expect(await permission('triager')).toMatchObject({ permission: 'read', role_name: 'triage' });
    expect(await permission('stranger')).toMatchObject({ permission: 'none' });
    expect(sim.violations).toEqual([]);
  });

  it("shows who opened an issue: the token's account, an App with performed_via_github_app, a pull request", async () => {
    await startValidated();
    const created = await call('POST', `/repos/${REPO}/issues`, APP, { title: 't', body: 'b' });
    expect(created.json).toMatchObject({
      user: { login: 'keeper-app[bot]', type: 'Bot' },
      performed_via_github_app: { slug: 'keeper-app' },
    });
    const byJob = await call('POST', `/repos/${REPO}/issues`, JOB, { title: 't', body: 'b' });
    expect(byJob.json).toMatchObject({
      user: { login: 'github-actions[bot]' },
      performed_via_github_app: { slug: 'github-actions' },
    });
    const pull = sim.openIssueAs(
      REPO,
      { login: 'octo', type: 'User' },
      { title: 'p', body: '', labels: [], pullRequest: true },
    );
    const read = await call('GET', `/repos/${REPO}/issues/${pull.number}`, JOB);
    expect(read.json).toMatchObject({ user: { login: 'octo' }, performed_via_github_app: null });
    expect(read.json.pull_request).toBeDefined();
    const comment = sim.commentAs(REPO, pull.number, 'hi', 'COLLABORATOR', 'someone');
    expect(comment.login).toBe('someone');
    expect(sim.violations).toEqual([]);
  });
});
