/**
 * The bundled pull action (dist/pull/index.js) run once, as a workflow step
 * runs it, in a fresh workspace whose event says the repository is private,
 * against the Google Health API simulator, over a span it must finish: for the
 * scripts that pull a span whole (sample-data, bench-pull). The workspace's
 * data/ is the caller's to read, and the workspace its to remove (a pull that
 * did not finish removes it here).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PULL_ENTRY, runAction } from '../sim/action-runner.js';
import type { HealthSim } from '../sim/google-health.js';

export interface PullSpan {
  readonly types: readonly string[];
  readonly since: string;
  readonly until: string;
  readonly timeZone: string;
  /** An access token the simulator knows. */
  readonly token: string;
  readonly maxRequests: number;
  /** More for the step's environment (NODE_OPTIONS, say). */
  readonly env?: Record<string, string>;
}

/** Pulls the span into a new workspace's data/; the workspace, the step's wall time and outputs. */
export async function pullSpan(sim: HealthSim, span: PullSpan) {
  const workspace = await mkdtemp(join(tmpdir(), 'ftk-pull-span-'));
  const event = join(workspace, 'event.json');
  await writeFile(event, JSON.stringify({ repository: { private: true } }));
  const started = performance.now();
  const step = await runAction(
    {
      types: span.types.join(','),
      since: span.since,
      until: span.until,
      'time-zone': span.timeZone,
      folder: 'data',
      'max-requests': String(span.maxRequests),
      'api-url': sim.url,
    },
    {
      entry: PULL_ENTRY,
      env: {
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_PATH: event,
        FITBIT_ACCESS_TOKEN: span.token,
        ...span.env,
      },
    },
  );
  const wallMs = performance.now() - started;
  if (step.exitCode !== 0 || step.outputs.more !== 'false') {
    await rm(workspace, { recursive: true, force: true });
    throw new Error(`the pull did not finish (exit code ${step.exitCode}):\n${step.stdout}`);
  }
  return { workspace, wallMs, outputs: step.outputs };
}
