import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Most tests wait on sockets and child processes, not on a core: on a 2-core machine
    // three workers keep both cores busy (vitest would otherwise use one).
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Tests talk to loopback servers only; an unhandled rejection is a bug, not noise.
    dangerouslyIgnoreUnhandledErrors: false,
  },
});
