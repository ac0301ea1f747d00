/**
 * Redirects from GitHub, with the bundle run as the runner runs it: only a
 * 307/308 within the API's own origin is followed (GitHub sends those for a
 * renamed repository); a redirect to another host, or one that would turn the
 * PUT into a GET, is refused, so neither the sealed token nor the github-token
 * reaches anyone else, and nothing counts as stored that GitHub did not store.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../sim/action-runner.js';
import { type GitHubSim, startGitHubSim } from '../../sim/github.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/redirects';
const TARGET = { repository: REPOSITORY };
const SECRET = 'FITBIT_REFRESH_TOKEN';
const WRITER = 'ghp_redirects_writer_0001';
const CLIENT = { id: '23RDR1', secret: 'fitbit-redirects-secret-01' };
const SECRET_PATH = `/repos/${REPOSITORY}/actions/secrets/${SECRET}`;
const KEY_PATH = `/repos/${REPOSITORY}/actions/secrets/public-key`;

const world = useWorld({
  repository: REPOSITORY,
  writer: WRITER,
  fitbitClient: { ...CLIENT, type: 'server' },
});
/** Another host that would gladly take the token and the sealed value. */
let elsewhere: GitHubSim;
let users = 0;

beforeAll(async () => {
  elsewhere = await startGitHubSim();
  elsewhere.addRepo(REPOSITORY);
  elsewhere.addToken(WRITER, 'write');
});
afterAll(() => elsewhere.close());
afterEach(() => {
  world.github.faults.clear();
  expect(elsewhere.requests).toEqual([]);
});

function seed(): { userId: string; token: string } {
  const userId = `REDIRECT${++users}`;
  const token = world.fitbit.issueGrant({ clientId: CLIENT.id, scope: 'sleep', userId });
  world.github.setSecret(TARGET, SECRET, token);
  return { userId, token };
}

describe('redirects from GitHub', () => {
  it('a 307 on the secret PUT to another host is refused: nothing sent there, nothing reported stored', async () => {
    const { token } = seed();
    world.github.faults.push({
      status: 307,
      headers: { location: `${elsewhere.url}${SECRET_PATH}` },
      match: (method, path) => method === 'PUT' && path === SECRET_PATH,
    });
    const result = await runAction(world.fitbitInputs(token));
    expect(result.exitCode).toBe(1);
    expect(result.outputs['secret-updated']).toBeUndefined();
    expect(result.errors[0]).toMatch(
      /HTTP 307, a redirect to http:\/\/127\.0\.0\.1:\d+, which is not followed/,
    );
    expect(result.errors[0]).toMatch(/could NOT be stored/);
    expect(elsewhere.secretNames(TARGET)).toEqual([]);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(token);
  });

  it('a 303 on the secret PUT is refused, not turned into a GET whose 200 would count as stored', async () => {
    const { token } = seed();
    const before = world.github.requests.length;
    world.github.faults.push({
      status: 303,
      headers: { location: SECRET_PATH },
      match: (method, path) => method === 'PUT' && path === SECRET_PATH,
    });
    const result = await runAction(world.fitbitInputs(token));
    expect(result.exitCode).toBe(1);
    expect(result.outputs['secret-updated']).toBeUndefined();
    expect(result.errors[0]).toMatch(/HTTP 303, a redirect/);
    const after = world.github.requests.slice(before);
    expect(after.filter((r) => r.method === 'GET' && r.path === SECRET_PATH)).toEqual([]);
  });

  it('a 307 on the public-key read to another host is refused before the token endpoint', async () => {
    const { token } = seed();
    const tokenRequests = world.fitbit.requests.length;
    world.github.faults.push({
      status: 307,
      headers: { location: `${elsewhere.url}${KEY_PATH}` },
      match: (method, path) => method === 'GET' && path === KEY_PATH,
    });
    const result = await runAction(world.fitbitInputs(token));
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/HTTP 307, a redirect to/);
    expect(result.errors[0]).toMatch(/token endpoint was not contacted/);
    expect(world.fitbit.requests.length).toBe(tokenRequests);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(token);
  });

  it('a renamed repository: same-origin redirects are followed, the PUT keeping its method and body', async () => {
    const { userId, token } = seed();
    world.github.renameRepo('octo/old-name', REPOSITORY);
    const before = world.github.requests.length;
    const result = await runAction(world.fitbitInputs(token, { repository: 'octo/old-name' }));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['secret-updated']).toBe('true');
    expect(world.github.secretValue(TARGET, SECRET)).toBe(world.fitbit.currentRefreshToken(userId));
    const puts = world.github.requests
      .slice(before)
      .filter((r) => r.method === 'PUT' && r.path.endsWith(`/${SECRET}`))
      .map((r) => r.path);
    expect(puts).toEqual([`/repos/octo/old-name/actions/secrets/${SECRET}`, SECRET_PATH]);
  });
});
