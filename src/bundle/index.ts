/**
 * The one bundle (dist/bundle/) that both entry points load, so the action and
 * the command carry a single copy of their code: dist/index.js runs the
 * action, dist/cli/index.js the command. The command's own modules are split
 * off and loaded only when it runs.
 */
export { run as runAction } from '../action/main.js';

export async function runCommand(): Promise<void> {
  await import('../cli/run.js');
}
