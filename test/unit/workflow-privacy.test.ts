/**
 * What the workflows we hand out print and pass: the steps that read health
 * data print counts, never a value (they run here, as the runner runs them,
 * with a stand-in curl that answers as the Google Health API does), and no
 * step hands the action an issue comment through `with:`, which the runner
 * prints before the action can mask it.
 */
import { spawnSync } from 'node:child_process';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useTempFolders } from '../helpers/temp-folders.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on?: unknown;
  jobs: Record<string, { steps: Step[] }>;
}

const tempFolder = useTempFolders();

/** A week of daily step totals and an identity, each value one the output must never show. */
const STEP_TOTALS = [11017, 9023, 14029, 8031, 12037, 7041, 10043];
const ROLLUP = {
  rollupDataPoints: STEP_TOTALS.map((total, day) => ({
    civilStartTime: { date: { year: 2026, month: 11, day: 24 + day } },
    steps: { countSum: String(total) },
  })),
};
const IDENTITY = { healthUserId: 'health-user-5f2c91', legacyUserId: 'LEGACY9Q7' };
const VALUES = [...STEP_TOTALS.map(String), IDENTITY.healthUserId, IDENTITY.legacyUserId];

/** Plays curl for the steps: the API's answer to the address asked, honouring -o and -w. */
const FAKE_CURL = `#!/usr/bin/env bash
out=; fmt=; url=
while [ $# -gt 0 ]; do
  case "$1" in
    -o) out="$2"; shift ;;
    -w) fmt="$2"; shift ;;
    -H|-d|-X) shift ;;
    https://*) url="$1" ;;
  esac
  shift
done
case "$url" in
  */dataPoints:dailyRollUp) body="$(cat "$FAKE_API/rollup.json")" ;;
  */users/me/identity) body="$(cat "$FAKE_API/identity.json")" ;;
  *) echo "curl: unexpected $url" >&2; exit 22 ;;
esac
if [ -n "$out" ]; then printf '%s' "$body" > "$out"; else printf '%s' "$body"; fi
if [ -n "$fmt" ]; then printf '%b' "\${fmt//%\\{http_code\\}/200}"; fi
`;

/** Runs a step's script as the runner's default shell does, against the stand-in API. */
async function runStep(script: string) {
  const folder = await tempFolder('ftk-step');
  await writeFile(join(folder, 'curl'), FAKE_CURL);
  await chmod(join(folder, 'curl'), 0o755);
  await writeFile(join(folder, 'rollup.json'), JSON.stringify(ROLLUP));
  await writeFile(join(folder, 'identity.json'), JSON.stringify(IDENTITY));
  await writeFile(join(folder, 'step.sh'), script);
  const result = spawnSync(
    'bash',
    ['--noprofile', '--norc', '-eo', 'pipefail', join(folder, 'step.sh')],
    {
      encoding: 'utf8',
      env: {
        PATH: `${folder}:${process.env.PATH ?? ''}`,
        FAKE_API: folder,
        FITBIT_ACCESS_TOKEN: 'ya29.stand-in',
      },
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The one step of `workflow` whose script reads the Google Health API. */
function dataStep(workflow: Workflow): string {
  const scripts = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .map((step) => step.run ?? '')
    .filter((run) => run.includes('health.googleapis.com'));
  expect(scripts).toHaveLength(1);
  return scripts[0] ?? '';
}

const example = async (name: string) =>
  parse(await readFile(`examples/${name}`, 'utf8')) as Workflow;

/** The YAML blocks of the README, each parsed; `under` a heading when given. */
async function readmeWorkflows(under?: string): Promise<Workflow[]> {
  const readme = await readFile('README.md', 'utf8');
  const from = under === undefined ? 0 : readme.indexOf(`\n${under}\n`);
  expect(from).toBeGreaterThanOrEqual(0);
  const blocks = [...readme.slice(from).matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map(
    (match) => parse(match[1] ?? '') as unknown,
  );
  return blocks.filter(
    (block): block is Workflow => typeof block === 'object' && block !== null && 'jobs' in block,
  );
}

describe('the workflows print counts of the health data they read, never a value', () => {
  it('examples/keep-alive.yml: how many days of step totals came back', async () => {
    const { status, output } = await runStep(dataStep(await example('keep-alive.yml')));
    expect(status, output).toBe(0);
    expect(output).toContain(`received for ${STEP_TOTALS.length} day(s)`);
    for (const value of VALUES) expect(output).not.toContain(value);
  });

  it("the README's first workflow to copy: how many days came back, not what", async () => {
    const [workflow] = await readmeWorkflows('## Start here: the workflows to copy');
    const { status, output } = await runStep(dataStep(workflow as Workflow));
    expect(status, output).toBe(0);
    expect(output).toContain(`received for ${STEP_TOTALS.length} day(s)`);
    for (const value of VALUES) expect(output).not.toContain(value);
  });
});

describe('no workflow passes an issue comment through with:', () => {
  it('examples/reseed-from-issue.yml and the README give the action no code: it reads the event file', async () => {
    const workflows = [await example('reseed-from-issue.yml'), ...(await readmeWorkflows())];
    const onComments = workflows.filter((workflow) =>
      JSON.stringify(workflow.on ?? {}).includes('issue_comment'),
    );
    expect(onComments.length).toBeGreaterThanOrEqual(2); // the example and the README's
    const keeperSteps = onComments
      .flatMap((workflow) => Object.values(workflow.jobs))
      .flatMap((job) => job.steps)
      .filter((step) => step.uses?.includes('fitbit-token-keeper'));
    expect(keeperSteps.length).toBeGreaterThanOrEqual(2);
    for (const step of keeperSteps) {
      expect(Object.keys(step.with ?? {})).not.toContain('code');
      expect(step.with?.['code-verifier']).toBeDefined();
    }
    const everyStep = workflows.flatMap((w) => Object.values(w.jobs)).flatMap((job) => job.steps);
    for (const step of everyStep) {
      expect(JSON.stringify(step.with ?? {})).not.toContain('github.event.comment');
      expect(step.run ?? '').not.toContain('github.event.comment');
    }
  });
});
