/**
 * The one bundle (dist/bundle/) that every entry point loads, so the actions
 * and the command carry a single copy of their code: dist/index.js runs the
 * keeper action, dist/pull/index.js the pull action, dist/cli/index.js the
 * command. The pull's and the command's own modules are split off and loaded
 * only when they run.
 */
export { run as runAction } from '../action/main.js';

export async function runPull(): Promise<void> {
  const { run } = await import('../pull/main.js');
  await run();
}

export async function runCommand(): Promise<void> {
  await import('../cli/run.js');
}
