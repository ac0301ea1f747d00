/**
 * A failed step ends promptly: with GitHub answering in 150–300 ms, as from a
 * hosted runner, and the public key refused, the bundle prints its error and
 * exits at once instead of living on while abandoned sibling reads are retried.
 */
import { expect, it } from 'vitest';
import { runAction } from '../../sim/action-runner.js';
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

it('exits within a second of its ::error:: when a preflight read is refused while others are in flight', async () => {
  const token = world.fitbit.issueGrant({ clientId: CLIENT.id, scope: 'sleep', userId: 'PROMPT1' });
  world.github.setSecret({ repository: REPOSITORY }, SECRET, token, new Date(Date.now() - 60_000));
  world.github.addRun(REPOSITORY, RUN_ID, new Date());
  const keyPath = `/repos/${REPOSITORY}/actions/secrets/public-key`;
  world.github.faults.push(
    {
      status: 403,
      delayMs: 150,
      body: { message: 'Resource not accessible by personal access token' },
      match: (method, path) => method === 'GET' && path === keyPath,
    },
    // The run and the secret's metadata, read in the same round, answer later.
    { delayMs: 300, match: (method) => method === 'GET', times: 2 },
  );
  const tokenRequests = world.fitbit.requests.length;
  const result = await runAction(world.fitbitInputs(token), {
    env: { GITHUB_REPOSITORY: REPOSITORY, GITHUB_RUN_ID: String(RUN_ID) },
  });
  expect(result.exitCode).toBe(1);
  expect(result.errors[0]).toMatch(/HTTP 403/);
  expect(world.fitbit.requests.length).toBe(tokenRequests);
  expect(result.exitDelayAfterErrorMs).toBeDefined();
  expect(result.exitDelayAfterErrorMs ?? Infinity).toBeLessThan(1000);
});
