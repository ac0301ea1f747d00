/**
 * For a test file about one rotating (legacy Fitbit) grant per test: the
 * simulated world, faults cleared after each test, and `seed()`, which gives
 * each test a fresh user whose refresh token sits in the default secret.
 */
import { afterEach } from 'vitest';
import type { World } from '../../sim/world.js';
import { useWorld } from './use-world.js';

export const SECRET = 'FITBIT_REFRESH_TOKEN';

export interface RotationWorldOptions {
  readonly repository: string;
  readonly writer: string;
  readonly reader?: string;
  readonly client: { readonly id: string; readonly secret: string };
}

export function useRotationWorld(options: RotationWorldOptions): {
  world: World;
  seed: () => { userId: string; token: string };
} {
  const { repository, writer, reader, client } = options;
  const world = useWorld({
    repository,
    writer,
    ...(reader === undefined ? {} : { reader }),
    fitbitClient: { ...client, type: 'server' },
  });
  afterEach(() => {
    world.fitbit.faults.clear();
    world.github.faults.clear();
  });
  let users = 0;
  const seed = () => {
    const userId = `USER${++users}`;
    const token = world.fitbit.issueGrant({ clientId: client.id, scope: 'sleep', userId });
    world.github.setSecret({ repository }, SECRET, token);
    return { userId, token };
  };
  return { world, seed };
}

export const isTokenRequest = (method: string, path: string) =>
  method === 'POST' && path === '/oauth2/token';
export const isSecretPut = (method: string, path: string) =>
  method === 'PUT' && path.endsWith(`/${SECRET}`);
