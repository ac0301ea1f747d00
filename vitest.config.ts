import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (test/unit, test/integration, test/sim: everything in
 * process, nothing spawned; `npm run test:unit`) and `e2e` (the bundles spawned
 * as the runner and a person run them). `npm test` runs both.
 *
 * No test has a wall-clock budget (scripts/test-loaded.sh runs the suite with
 * every core busy), so these timeouts only catch a hang. On an idle 2-core
 * machine the slowest in-process test takes 2 s and the slowest spawned one (or
 * the demo, in its beforeAll) 5 s; with every core busy and a load average of
 * 13, 10 s and 33 s. A hang inside an in-process run ends sooner, at its 20 s
 * step limit (test/helpers/fast-timing.ts).
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
          // Each worker keeps its modules from file to file instead of starting afresh for
          // each of the forty files: a quarter of `npm run test:unit`'s time. These tests
          // leave nothing behind (process.env, stdout and the exit code are restored, each
          // world is closed); shuffled files and tests in a shared worker pass alike.
          isolate: false,
          include: [
            'test/unit/**/*.test.ts',
            'test/integration/**/*.test.ts',
            'test/sim/**/*.test.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
