/**
 * Self-hosted runners reach the internet through HTTP(S)_PROXY. The bundle,
 * spawned as the runner spawns it, must send the token exchange and every
 * GitHub call through a real forwarding proxy, and bypass it for NO_PROXY hosts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProxy, type ProxyServer } from 'proxy';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../../sim/action-runner.js';
import { runInProcess } from '../helpers/in-process.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/proxied';
const TARGET = { repository: REPOSITORY };
const WRITER = 'ghp_proxy_writer_00001';
const CLIENT = { id: '23PRX1', secret: 'fitbit-proxy-secret-01' };

let proxy: ProxyServer;
let proxyUrl: string;
const proxied: string[] = [];
const world = useWorld({
  repository: REPOSITORY,
  writer: WRITER,
  fitbitClient: { ...CLIENT, type: 'server' },
});

beforeAll(async () => {
  proxy = createProxy(createServer());
  // Plain-HTTP targets arrive in absolute form (`POST http://host/path`); TLS ones as CONNECT.
  proxy.on('request', (req) => proxied.push(`${req.method} ${req.url}`));
  proxy.on('connect', (req) => proxied.push(`CONNECT ${req.url}`));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

beforeEach(() => {
  proxied.length = 0;
});

afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
});

function rotate(env: Record<string, string>) {
  const userId = `PROXY${Math.floor(Math.random() * 1e6)}`;
  const token = world.fitbit.issueGrant({ clientId: CLIENT.id, scope: 'sleep', userId });
  world.github.setSecret(TARGET, 'FITBIT_REFRESH_TOKEN', token);
  const run = runAction(world.fitbitInputs(token), { env });
  return { run, userId };
}

describe('proxies', () => {
  it('sends the token exchange and every GitHub call through HTTP_PROXY', async () => {
    const { run, userId } = rotate({ HTTP_PROXY: proxyUrl });
    const result = await run;
    expect(result.exitCode, result.stdout).toBe(0);
    expect(world.github.secretValue(TARGET, 'FITBIT_REFRESH_TOKEN')).toBe(
      world.fitbit.currentRefreshToken(userId),
    );
    expect(proxied).toContain(`POST ${world.fitbit.tokenUrl}`);
    expect(proxied).toContain(
      `GET ${world.github.url}/repos/${REPOSITORY}/actions/secrets/public-key`,
    );
    expect(proxied).toContain(
      `PUT ${world.github.url}/repos/${REPOSITORY}/actions/secrets/FITBIT_REFRESH_TOKEN`,
    );
  });

  it('honours the lower-case variable too', async () => {
    const { run } = rotate({ http_proxy: proxyUrl });
    expect((await run).exitCode).toBe(0);
    expect(proxied).toContain(`POST ${world.fitbit.tokenUrl}`);
  });

  it('goes direct for hosts in NO_PROXY', async () => {
    const { run, userId } = rotate({ HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' });
    const result = await run;
    expect(result.exitCode, result.stdout).toBe(0);
    expect(proxied).toEqual([]);
    expect(world.github.secretValue(TARGET, 'FITBIT_REFRESH_TOKEN')).toBe(
      world.fitbit.currentRefreshToken(userId),
    );
  });

  // In-process on the shared fast timing: the bundle would retry the dead proxy on
  // production backoff, and the proxy settings are read the same way here.
  it('fails before the token endpoint, naming the call, when the proxy is down', async () => {
    const before = world.fitbit.requests.length;
    const token = world.fitbit.issueGrant({ clientId: CLIENT.id, scope: 'sleep', userId: 'DOWN' });
    world.github.setSecret(TARGET, 'FITBIT_REFRESH_TOKEN', token);
    const result = await runInProcess(world.fitbitInputs(token), {
      HTTP_PROXY: 'http://127.0.0.1:9',
    });
    expect(result.exitCode).toBe(1);
    expect(world.fitbit.requests.length).toBe(before);
    expect(result.errors[0]).toMatch(/Could not read the secrets public key/);
    expect(result.errors[0]).toMatch(/could not be reached/);
    expect(result.errors[0]).toMatch(/after 4 attempts/);
  });
});
