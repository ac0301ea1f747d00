/**
 * The demo's scene of the pull: the keeper refreshes, then the bundled pull
 * action (dist/pull/index.js) backfills a month of the simulated person's
 * data with the access token the keeper exported, and runs again the next
 * day, filling in that day and changing nothing else. It shows the step and
 * its log (counts only), then keeps the data folder (README.md, daily.csv,
 * charts/*.svg, the day files) and prints its path, for a person to open.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ActionRun, PULL_ENTRY, renderRunnerLog, runAction } from '../sim/action-runner.js';
import type { HealthSim } from '../sim/google-health.js';
import { indent, workflowStepYaml, wrapLine } from './demo-text.js';

/** What the scene needs of the demo: the data simulator, a keeper run, its way of telling. */
export interface PullStage {
  readonly health: HealthSim;
  scene(title: string): void;
  say(text: string): void;
  /** The step's exit code, for the scene's outcome. */
  record(exitCode: number): void;
  /** A scheduled keeper run, quietly: its exported access token. */
  accessToken(): Promise<string>;
}

const USES = 'OWNER/fitbit-token-keeper/pull@v1';
const WIDTH = 96;

/** Plays the scene; the data folder it wrote and kept. */
export async function playPull(stage: PullStage): Promise<string> {
  stage.scene('10. Keep the data: the pull action backfills a month, then goes on day by day');
  stage.say(
    '[demo] The same job first runs the keeper (as in scene 1), which exports FITBIT_ACCESS_TOKEN;\nthen the pull reads the Google Health API (a simulator with a simulated person) into data/.',
  );
  // The workspace is kept (it holds only data/); the runner's event file is not.
  const workspace = await mkdtemp(join(tmpdir(), 'ftk-demo-data-'));
  const eventFolder = await mkdtemp(join(tmpdir(), 'ftk-demo-event-'));
  const data = join(workspace, 'data');
  try {
    const event = join(eventFolder, 'event.json');
    await writeFile(event, JSON.stringify({ repository: { private: true } }));
    const token = await stage.accessToken();
    const pull = async (until: string, shown: boolean) => {
      const run = await runAction(
        {
          since: '2026-10-01',
          until,
          'time-zone': 'Europe/Berlin',
          'api-url': stage.health.url,
        },
        {
          entry: PULL_ENTRY,
          env: {
            GITHUB_WORKSPACE: workspace,
            GITHUB_EVENT_PATH: event,
            FITBIT_ACCESS_TOKEN: token,
          },
        },
      );
      stage.record(run.exitCode);
      if (shown) show(stage, run);
      return run;
    };
    stage.say(
      '\nworkflow step (`until` fixes "yesterday" for the demo; a scheduled run leaves it out):',
    );
    stage.say(
      indent(
        workflowStepYaml({
          uses: USES,
          with: [
            { name: 'since', written: '2026-10-01', comment: 'history from here, oldest first' },
            { name: 'time-zone', written: 'Europe/Berlin' },
          ],
        }),
      ),
    );
    const first = await pull('2026-10-31', true);
    const days = await readdir(join(data, 'steps', '2026'));
    const charts = await readdir(join(data, 'charts'));
    stage.say(
      `[demo] ${first.outputs['files-written']} files written: ${days.length} days of each type, daily.csv, .pull-state.json, ${charts.length} charts (${charts.map((file) => `charts/${file}`).join(', ')}) and README.md, which shows them and reads each in words:`,
    );
    const readme = await readFile(join(data, 'README.md'), 'utf8');
    stage.say(indent(wordsOf(readme).join('\n')));
    stage.say('\n[demo] The next day, the same step: it fetches the new day and the last 3 again.');
    const next = await pull('2026-11-01', false);
    stage.say(
      `[demo] ${next.outputs.requests} requests, ${next.outputs['files-written']} files changed, complete through ${next.outputs['complete-through']}; no value of the data in the log.`,
    );
  } finally {
    await rm(eventFolder, { recursive: true, force: true });
  }
  stage.say(`[demo] The data folder is kept, to look at (README.md shows the charts): ${data}`);
  return data;
}

/** The README's lines that read a chart in words: the line after each image. */
function wordsOf(readme: string): string[] {
  const lines = readme.split('\n');
  return lines.flatMap((line, index) => (line.startsWith('![') ? [lines[index + 2] ?? ''] : []));
}

function show(stage: PullStage, run: ActionRun): void {
  const log = renderRunnerLog(`${run.stdout}\n${run.stderr}`, run.masks)
    .split('\n')
    .map((line) => wrapLine(line, WIDTH - 4))
    .join('\n');
  stage.say(
    `\nstep log (Run ${USES}):\n${indent(log)}\n    => ${run.exitCode === 0 ? 'step succeeded' : `step failed, exit code ${run.exitCode}`}`,
  );
}
