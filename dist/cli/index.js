#!/usr/bin/env node
/**
 * Entry point of the `fitbit-token-keeper` command. The bundle's HTTP client
 * (undici 8) needs a newer Node.js than some still in use, so the version is
 * checked before the bundle is loaded.
 */
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
    process.stderr.write(`fitbit-token-keeper needs Node.js 24 or newer (this is ${process.version}). Run it with npx from a clone of fitbit-token-keeper after npm ci: the project brings its own Node 24.\n`);
    process.exitCode = 1;
}
else {
    const { runCommand } = await import('../bundle/index.js');
    await runCommand();
}
export {};
