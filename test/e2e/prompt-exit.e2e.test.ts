/**
 * A failed step ends by itself: with GitHub answering the public-key read with a
 * 403 while the run's other reads (the run, the secret's metadata, the
 * repository for the schedule check) are still in flight and never answered, the bundle prints its error and exits instead of
 * living on for abandoned reads (or retrying them). A process that waited for
 * them would live until their 30 s request timeout; one that exits at once
 * does so in milliseconds, seconds on a loaded machine.
 */
import { expect, it } from 'vitest';
import { runAction } from '../../sim/action-runner.js';
import { HANG_MS } from '../helpers/hang-guard.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/prompt';
const SECRET = 'FITBIT_REFRESH_TOKEN';
const WRITER = 'ghp_prompt_writer_00001';
const CLIENT = { id: '23PRM1', secret: 'fitbit-prompt-secret-001' };
const RUN_ID = 5151;

const world = useWorld({
  repository: REPOSITORY,
  writer: WRITER,
  fitbitClient: { ...CLIENT, type: 'server' },
});

it('exits by itself after its ::error:: when a preflight read is refused while others are in flight', async () => {
  const token = world.fitbit.issueGrant({ clientId: CLIENT.id, scope: 'sleep', userId: 'PROMPT1' });
  world.github.setSecret({ repository: REPOSITORY }, SECRET, token, new Date(Date.now() - 60_000));
  world.github.addRun(REPOSITORY, RUN_ID, new Date());
  const keyPath = `/repos/${REPOSITORY}/actions/secrets/public-key`;
  const isKeyRead = (method: string, path: string) => method === 'GET' && path === keyPath;
  const isOtherRead = (method: string, path: string) => method === 'GET' && path !== keyPath;
  world.github.faults.push(
    {
      status: 403,
      body: { message: 'Resource not accessible by personal access token' },
      // Refused only once the run, the secret's metadata and the repository, read in the same
      // round, are out.
      holdUntil: world.github.untilRequests((r) => isOtherRead(r.method, r.path), 3),
      match: isKeyRead,
    },
    // Those three are never answered.
    { hang: true, match: isOtherRead, times: 3 },
  );
  const before = world.github.requests.length;
  const tokenRequests = world.fitbit.requests.length;
  const result = await runAction(world.fitbitInputs(token), {
    env: { GITHUB_REPOSITORY: REPOSITORY, GITHUB_RUN_ID: String(RUN_ID) },
  });
  expect(result.exitCode).toBe(1);
  expect(result.errors[0]).toMatch(/HTTP 403/);
  expect(world.fitbit.requests.length).toBe(tokenRequests);
  // The other reads were out, unanswered, when the step failed; none was sent again.
  const sent = world.github.requests.slice(before);
  expect(sent.filter((r) => isOtherRead(r.method, r.path))).toHaveLength(3);
  // The schedule check cut short by the failure is no news: no note about it after the error.
  expect(result.stdout).not.toMatch(/schedule/);
  expect(result.exitDelayAfterErrorMs).toBeDefined();
  expect(result.exitDelayAfterErrorMs ?? Infinity).toBeLessThan(HANG_MS);
});
