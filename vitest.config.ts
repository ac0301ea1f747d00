import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (test/unit, test/integration, test/sim: everything in
 * process, nothing spawned; `npm run test:unit`) and `e2e` (the bundles spawned
 * as the runner and a person run them). `npm test` runs both.
 *
 * No test has a wall-clock budget (see scripts/test-loaded.sh, which runs the
 * suite with every core busy), so the timeouts below only catch a hang: on an
 * idle machine the slowest in-process test takes about 2 s and the slowest
 * spawned one about 5 s, and a machine with every core taken three times over
 * makes them about five times slower.
 */
export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    // Most tests wait on sockets and child processes, not on a core: on a 2-core machine
    // three workers keep both cores busy (vitest would otherwise use one).
    maxWorkers: 3,
    // Tests talk to loopback servers only; an unhandled rejection is a bug, not noise.
    dangerouslyIgnoreUnhandledErrors: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'test/unit/**/*.test.ts',
            'test/integration/**/*.test.ts',
            'test/sim/**/*.test.ts',
          ],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
