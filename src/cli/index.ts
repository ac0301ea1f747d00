#!/usr/bin/env node
/**
 * Entry point of the `fitbit-token-keeper` command. The bundle's HTTP client
 * (undici 8) does not load on Node.js before 22, so the version is checked
 * before anything else is imported.
 */
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `fitbit-token-keeper needs Node.js 24 or newer (this is ${process.version}). Run it with npx from a clone of fitbit-token-keeper after npm ci: the project brings its own Node 24.\n`,
  );
  process.exitCode = 1;
} else {
  await import('./run.js');
}
