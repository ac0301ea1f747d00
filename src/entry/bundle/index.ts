/**
 * The one bundle (dist/bundle/) that every entry point loads, so the actions
 * and the command carry a single copy of their code: dist/index.js runs the
 * keeper action, dist/pull/index.js the pull action, dist/cli/index.js the
 * command. This file holds no code of theirs: each is split off and loaded
 * only when it runs, so `fitbit-token-keeper --version` loads no HTTP client.
 */
import { skipWasmTierUp } from '../../lib/wasm-tier-up.js';

export async function runAction(): Promise<void> {
  const { run } = await import('../../keeper-action/main.js');
  skipWasmTierUp(); // everything is loaded now; see lib/wasm-tier-up.ts
  await run();
}

/** The pull parses many replies in a long run: V8's optimising tier pays for itself there. */
export async function runPull(): Promise<void> {
  const { run } = await import('../../pull-action/main.js');
  await run();
}

export async function runCommand(): Promise<void> {
  await import('../../cli/run.js');
}
