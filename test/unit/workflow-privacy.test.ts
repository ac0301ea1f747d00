/**
 * What the workflows we hand out print and pass: the steps that read health
 * data print counts, never a value (they run here, as the runner runs them,
 * with a stand-in curl that answers as the Google Health API, Strava, WHOOP,
 * Oura and Withings do), and no step hands the action an issue comment through
 * `with:`, which the runner prints before the action can mask it.
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

/** What each rotating preset's API answers the example's step: three records, each value one never to show. */
const PROVIDER_DATA = {
  strava: [
    { id: 90817263, name: 'Morning Run 4417', distance: 12345.6 },
    { id: 90817264, name: 'Evening Ride 5521', distance: 40211.3 },
    { id: 90817265, name: 'Lunch Walk 6638', distance: 3307.9 },
  ],
  whoop: {
    records: [71, 64, 88].map((score, day) => ({
      cycle_id: 5512300 + day,
      score: { recovery_score: score + 0.25, resting_heart_rate: 48 + day },
    })),
  },
  oura: {
    data: [77, 83, 69].map((score, day) => ({ id: `sleep-${day}-a1b2c3`, score: score + 1000 })),
  },
  withings: {
    status: 0,
    body: {
      measuregrps: [71234, 71456, 71890].map((value, grp) => ({
        grpid: 4412300 + grp,
        measures: [{ value, type: 1, unit: -3 }],
      })),
    },
  },
} as const;
const PROVIDER_VALUES =
  JSON.stringify(PROVIDER_DATA).match(
    /\d{4,}(?:\.\d+)?|[A-Z][a-z]+ [A-Z][a-z]+ \d+|sleep-\d-a1b2c3/g,
  ) ?? [];

/** Plays curl for the steps: the API's answer to the address asked, honouring -o and -w. */
const FAKE_CURL = `#!/usr/bin/env bash
out=; fmt=; url=
while [ $# -gt 0 ]; do
  case "$1" in
    -o) out="$2"; shift ;;
    -w) fmt="$2"; shift ;;
    -H|-d|-X|--data) shift ;;
    https://*) url="$1" ;;
  esac
  shift
done
case "$url" in
  */dataPoints:dailyRollUp) body="$(cat "$FAKE_API/rollup.json")" ;;
  */users/me/identity) body="$(cat "$FAKE_API/identity.json")" ;;
  */athlete/activities*) body="$(cat "$FAKE_API/strava.json")" ;;
  */developer/v2/recovery*) body="$(cat "$FAKE_API/whoop.json")" ;;
  */usercollection/daily_sleep*) body="$(cat "$FAKE_API/oura.json")" ;;
  */measure) body="$(cat "$FAKE_API/withings.json")" ;;
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
  for (const [provider, data] of Object.entries(PROVIDER_DATA)) {
    await writeFile(join(folder, `${provider}.json`), JSON.stringify(data));
  }
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
        STRAVA_ACCESS_TOKEN: 'strava-stand-in',
        WHOOP_ACCESS_TOKEN: 'whoop-stand-in',
        OURA_ACCESS_TOKEN: 'oura-stand-in',
        WITHINGS_ACCESS_TOKEN: 'withings-stand-in',
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

  it.each([
    ['strava', 'Activities in the last 7 days: 3.'],
    ['whoop', 'Recoveries in the last 7 days: 3.'],
    ['oura', 'Nights scored in the last 7 days: 3.'],
    ['withings', 'Weighings in the last 7 days: 3.'],
  ])('examples/%s.yml: how many records came back', async (provider, line) => {
    const workflow = await example(`${provider}.yml`);
    const [script, ...others] = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .map((step) => step.run ?? '')
      .filter((run) => run.includes('curl'));
    expect(others).toEqual([]);
    const { status, output } = await runStep(script ?? '');
    expect(status, output).toBe(0);
    expect(output.trim()).toBe(line);
    expect(PROVIDER_VALUES.length).toBeGreaterThan(10);
    for (const value of PROVIDER_VALUES) expect(output).not.toContain(value);
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
