/**
 * `node lib/scripts/simulators.js OUTPUT_FILE`: starts the Google, Google
 * Health API, Fitbit and GitHub simulators (sim/) on 127.0.0.1 and keeps them
 * up until it is killed (SIGTERM or SIGINT), for the self-test workflow and for
 * trying the bundled actions by hand. It seeds one repository, a token that may write its
 * secrets, a Google client and a Google grant whose refresh token is stored in
 * the repository's simulated secret, as `fitbit-token-keeper authorize` would
 * have left it.
 *
 * When everything listens it writes `name=value` lines (the format of
 * $GITHUB_OUTPUT) to OUTPUT_FILE, atomically (written beside it, then renamed),
 * so a caller can wait for the file and then read it whole. The values are the
 * simulators' own: no real credential is involved. Every request GitHub's
 * OpenAPI description does not document is answered 400 and reported at exit,
 * which is then non-zero.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { startWorld } from '../sim/world.js';

const outputFile = process.argv[2];
if (outputFile === undefined || outputFile === '') {
  process.stderr.write('usage: node lib/scripts/simulators.js OUTPUT_FILE\n');
  process.exit(2);
}

const REPOSITORY = 'self-test/health-data';
const SECRET_NAME = 'FITBIT_REFRESH_TOKEN';
const SCOPE = [
  'activity_and_fitness.readonly',
  'sleep.readonly',
  'health_metrics_and_measurements.readonly',
]
  .map((area) => `https://www.googleapis.com/auth/googlehealth.${area}`)
  .join(' ');

const writerToken = `ghs_selftest${randomBytes(12).toString('hex')}`;
const client = {
  id: 'self-test.apps.googleusercontent.com',
  secret: `GOCSPX-${randomBytes(12).toString('hex')}`,
};
// The tests' world: the three simulators, the repository, the writer token and the clients.
const world = await startWorld({
  repository: REPOSITORY,
  writer: writerToken,
  fitbitClient: {
    id: 'SELFTEST',
    secret: `fitbit-${randomBytes(8).toString('hex')}`,
    type: 'server',
  },
  googleClient: client,
});
const { google, fitbit, github, health } = world;
const refreshToken = google.issueGrant({ clientId: client.id, scope: SCOPE });
github.setSecret({ repository: REPOSITORY }, SECRET_NAME, refreshToken);

const values: Record<string, string> = {
  'google-url': google.url,
  'health-api-url': health.url,
  'token-url': google.tokenUrl,
  'fitbit-token-url': fitbit.tokenUrl,
  'github-api-url': github.url,
  repository: REPOSITORY,
  'github-token': writerToken,
  'client-id': client.id,
  'client-secret': client.secret,
  'secret-name': SECRET_NAME,
  'refresh-token': refreshToken,
  scope: SCOPE,
};
const temporary = `${outputFile}.${process.pid}.tmp`;
writeFileSync(
  temporary,
  Object.entries(values)
    .map(([name, value]) => `${name}=${value}\n`)
    .join(''),
  { mode: 0o600 },
);
renameSync(temporary, outputFile);
process.stderr.write(
  `simulators up: Google ${google.url}, Fitbit ${fitbit.url}, GitHub ${github.url} (pid ${process.pid}); values in ${outputFile}\n`,
);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  const stored = github.secretValue({ repository: REPOSITORY }, SECRET_NAME);
  process.stderr.write(
    `simulators stopped (${signal}): ${google.requests.length} Google request(s), ${health.requests.length} Google Health API request(s), ${github.requests.length} GitHub request(s); ${SECRET_NAME} ${stored === refreshToken ? 'still holds the seeded refresh token' : 'holds a different value'}\n`,
  );
  // Closing the world names any request GitHub's OpenAPI description does not document.
  await world.close().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
