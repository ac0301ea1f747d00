#!/usr/bin/env node
/**
 * Entry point of the `fitbit-token-keeper` command. The bundle's HTTP client
 * (undici 8) needs a newer Node.js than some still in use, so the version is
 * checked before the bundle is loaded.
 */
// undici 8, the bundle's HTTP client, needs 22.19 or newer.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  process.stderr.write(
    `fitbit-token-keeper needs Node.js 22.19 or newer (this is ${process.version}). Install a current Node.js LTS (22 or 24) and run it again.\n`,
  );
  process.exitCode = 1;
} else {
  const { runCommand } = await import('../bundle/index.js');
  await runCommand();
}
