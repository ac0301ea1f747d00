/**
 * For a vitest file: starts the simulated world before its tests and closes it
 * (checking GitHub's OpenAPI violations) after them. The returned object is
 * filled in before the first test runs.
 */
import { afterAll, beforeAll } from 'vitest';
import { startWorld, type World, type WorldOptions } from '../../sim/world.js';

export function useWorld(options: WorldOptions): World {
  const world = {} as World;
  beforeAll(async () => {
    Object.assign(world, await startWorld(options));
  });
  afterAll(() => world.close?.());
  return world;
}
