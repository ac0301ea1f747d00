/**
 * Every failed run explains itself in the job summary, where people look
 * first: what happened, where the grant stands (still valid, spent, stored
 * nowhere), and the one next step. The bundle runs as the runner runs it.
 */
import { describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../../sim/action-runner.js';
import { summaryDetails, summaryProblems, summaryRows } from '../../sim/summary.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/failure-summary';
const TARGET = { repository: REPOSITORY };
const WRITER = 'ghp_failsum_writer_0001';
const READER = 'ghp_failsum_reader_0002';
const FITBIT_CLIENT = { id: '23FSUM', secret: 'fitbit-failsum-secret-01' };
const GOOGLE_CLIENT = { id: 'failsum.apps.googleusercontent.com', secret: 'GOCSPX-failsum-0001' };

const world = useWorld({
  repository: REPOSITORY,
  writer: WRITER,
  reader: READER,
  fitbitClient: { ...FITBIT_CLIENT, type: 'server' },
  googleClient: GOOGLE_CLIENT,
});

/** The failure table as item → value; the summary must be one well-formed table. */
function failureTable(run: ActionRun): Record<string, string> {
  expect(run.exitCode).toBe(1);
  expect(run.summary).toContain('Fitbit token keeper: the run failed');
  expect(summaryProblems(run.summary)).toEqual([]);
  return Object.fromEntries(
    summaryRows(run.summary).map(([item = '', value = '']) => [item, value]),
  );
}

function expectNoToken(run: ActionRun, ...tokens: string[]): void {
  for (const token of [...tokens, WRITER, READER, FITBIT_CLIENT.secret, GOOGLE_CLIENT.secret]) {
    expect(run.summary).not.toContain(token);
  }
}

describe('the job summary of a failed run', () => {
  it('a dead Google grant: expired or revoked, the causes folded away, and the next step is a new consent', async () => {
    const token = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: 'x' });
    world.google.revoke(token);
    const run = await runAction(world.googleInputs(token));
    const table = failureTable(run);
    expect(table['What happened']).toContain('invalid_grant');
    // One sentence: the causes are in the folded explanation, not in the table.
    expect(table['What happened']).not.toMatch(/Testing/);
    expect(summaryDetails(run.summary)).toMatch(/Google grants die when .*"Testing"/);
    expect(table['The grant']).toMatch(/^expired or revoked/);
    expect(table['Where it stands']).not.toMatch(/authorize/);
    expect(table['Next step']).toContain('npx fitbit-token-keeper authorize');
    // The command is code on the page, not text between literal backquotes.
    expect(table['Next step']).not.toContain('`');
    expect(run.summary).toContain('<code>npx fitbit-token-keeper authorize</code>');
    expect(table['Refresh token secret']).toBe(`GOOGLE_REFRESH_TOKEN (repository ${REPOSITORY})`);
    expectNoToken(run, token);
  });

  it('a read-only token with a rotating provider: still valid, and the permission to add', async () => {
    const token = world.fitbit.issueGrant({ clientId: FITBIT_CLIENT.id, scope: 's', userId: 'RO' });
    world.github.setSecret(TARGET, 'FITBIT_REFRESH_TOKEN', token);
    const run = await runAction(world.fitbitInputs(token, { 'github-token': READER }));
    const table = failureTable(run);
    expect(table['The grant']).toMatch(/^still valid/);
    expect(table['Where it stands']).toMatch(/not contacted/);
    expect(table['Next step']).toContain('"Secrets: read and write"');
    expectNoToken(run, token);
  });

  it('GitHub refusing the rotated token: stored nowhere, re-run at once', async () => {
    const token = world.fitbit.issueGrant({ clientId: FITBIT_CLIENT.id, scope: 's', userId: 'WF' });
    world.github.setSecret(TARGET, 'FITBIT_REFRESH_TOKEN', token);
    world.github.faults.push({
      status: 403,
      body: { message: 'Resource not accessible by personal access token' },
      match: (method, path) => method === 'PUT' && path.endsWith('/FITBIT_REFRESH_TOKEN'),
      times: 50,
    });
    try {
      const run = await runAction(world.fitbitInputs(token));
      const table = failureTable(run);
      expect(table['The grant']).toMatch(/^stored nowhere/);
      expect(table['Where it stands']).toMatch(/could NOT be stored/);
      // The fix (the permission) and the urgent re-run, as one step.
      expect(table['Next step']).toMatch(/"Secrets: read and write".* Re-run the workflow at once/);
      expectNoToken(run, token, world.fitbit.currentRefreshToken('WF') ?? 'none');
    } finally {
      world.github.faults.clear();
    }
  });

  it('bad input: nothing was sent, the grant is untouched', async () => {
    const run = await runAction(world.googleInputs('rt-bad-input-0001', { 'secret-name': '1BAD' }));
    const table = failureTable(run);
    expect(table['What happened']).toContain("Input 'secret-name'");
    expect(table['The grant']).toMatch(/^still valid/);
    expect(table['Where it stands']).toMatch(/Nothing was sent/);
  });
});
