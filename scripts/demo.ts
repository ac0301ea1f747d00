/**
 * `npm run demo`: runs the bundled action (dist/index.js) exactly as the Actions
 * runner does, against the built-in simulators on 127.0.0.1: a chain of
 * rotations on the Fitbit-shaped endpoint, then a Google refresh. No
 * credentials, no network. Prints what a user would see in the step log and
 * the job summary.
 */
import { type ActionRun, renderRunnerLog, runAction } from '../test/helpers/action-runner.js';
import { startFitbitSim } from '../test/sim/fitbit.js';
import { startGitHubSim } from '../test/sim/github.js';
import { startGoogleSim } from '../test/sim/google.js';

const REPOSITORY = 'octo/health-data';
const GITHUB_TOKEN = 'github_pat_demo_writer';
const ROTATIONS = 3;

const [fitbit, google, github] = await Promise.all([
  startFitbitSim(),
  startGoogleSim(),
  startGitHubSim(),
]);
try {
  github.addRepo(REPOSITORY);
  github.addToken(GITHUB_TOKEN, 'write');
  const target = { repository: REPOSITORY };

  section('Legacy Fitbit: single-use refresh tokens rotate on every run');
  fitbit.addClient({ id: '23ABCD', secret: 'fitbit-demo-client-secret', type: 'server' });
  github.setSecret(
    target,
    'FITBIT_REFRESH_TOKEN',
    fitbit.issueGrant({ clientId: '23ABCD', scope: 'activity sleep heartrate', userId: '26FWFL' }),
  );
  for (let run = 1; run <= ROTATIONS; run++) {
    const before = github.secretValue(target, 'FITBIT_REFRESH_TOKEN') ?? '';
    const result = await runAction({
      provider: 'fitbit',
      'client-id': '23ABCD',
      'client-secret': 'fitbit-demo-client-secret',
      'refresh-token': before,
      'github-token': GITHUB_TOKEN,
      repository: REPOSITORY,
      'token-url': fitbit.tokenUrl,
      'github-api-url': github.url,
    });
    const after = github.secretValue(target, 'FITBIT_REFRESH_TOKEN') ?? '';
    show(`Run ${run} of the scheduled workflow`, result);
    console.log(
      `  [simulator] secret now holds a new refresh token: ${after !== before}; it is the one Fitbit will accept next: ${after === fitbit.currentRefreshToken('26FWFL')}`,
    );
  }

  section('Google Health API: refresh tokens do not rotate, the secret is left alone');
  google.addClient({ id: 'demo.apps.googleusercontent.com', secret: 'GOCSPX-demo-secret' });
  const googleToken = google.issueGrant({
    clientId: 'demo.apps.googleusercontent.com',
    scope:
      'https://www.googleapis.com/auth/googlehealth.activity_and_fitness.readonly https://www.googleapis.com/auth/googlehealth.sleep.readonly',
  });
  github.setSecret(target, 'GOOGLE_REFRESH_TOKEN', googleToken);
  const googleRun = await runAction({
    'client-id': 'demo.apps.googleusercontent.com',
    'client-secret': 'GOCSPX-demo-secret',
    'refresh-token': googleToken,
    'github-token': GITHUB_TOKEN,
    'secret-name': 'GOOGLE_REFRESH_TOKEN',
    repository: REPOSITORY,
    'token-url': google.tokenUrl,
    'github-api-url': github.url,
    'grant-lifetime': '7d',
  });
  show('A scheduled run with provider: google', googleRun);

  section('What a failure looks like: the Fitbit endpoint after 2026-11-02');
  fitbit.retired = true;
  const retiredRun = await runAction({
    provider: 'fitbit',
    'client-id': '23ABCD',
    'client-secret': 'fitbit-demo-client-secret',
    'refresh-token': github.secretValue(target, 'FITBIT_REFRESH_TOKEN') ?? '',
    'github-token': GITHUB_TOKEN,
    repository: REPOSITORY,
    'token-url': fitbit.tokenUrl,
    'github-api-url': github.url,
  });
  show('A run against the retired legacy endpoint', retiredRun);
} finally {
  await Promise.all([fitbit.close(), google.close(), github.close()]);
}

function section(title: string): void {
  console.log(`\n${'='.repeat(78)}\n${title}\n${'='.repeat(78)}`);
}

function show(title: string, result: ActionRun): void {
  console.log(`\n--- ${title}: exit code ${result.exitCode}`);
  console.log(indent(renderRunnerLog(result.stdout, result.masks)));
  const outputs = Object.entries(result.outputs).map(
    ([name, value]) => `${name}=${result.masks.includes(value) ? '***' : value}`,
  );
  if (outputs.length > 0) console.log(`  outputs: ${outputs.join(', ')}`);
  if (result.summary) console.log(`  job summary:\n${indent(summaryAsText(result.summary), 4)}`);
}

/** The summary is HTML/Markdown; a rough text rendering is enough for a terminal. */
function summaryAsText(html: string): string {
  return html
    .replace(/<\/t[dh]>\s*<t[dh][^>]*>/g, ' | ')
    .replace(/<\/tr>/g, '\n')
    .replace(/<h3>(.*?)<\/h3>/g, '$1\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

function indent(text: string, spaces = 2): string {
  return text
    .split('\n')
    .map((line) => ' '.repeat(spaces) + line)
    .join('\n');
}
