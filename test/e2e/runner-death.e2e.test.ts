/**
 * Nothing lost when the runner dies: the bundled action, run as the runner
 * runs it, rotates a legacy Fitbit grant with `recovery-public-key` set; the
 * simulated GitHub kills the action's process (SIGKILL) the moment the new
 * token's PUT arrives, before it stores or answers anything. The sealed copy
 * the action printed before the write is then opened with the bundled
 * `fitbit-token-keeper recover`, and it is the token the provider issued: the
 * next refresh with it works, while the old one is spent.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRunnerLog, runAction } from '../../sim/action-runner.js';
import { generateRecoveryKeyPair, RECOVERY_MARKER } from '../../src/lib/recovery.js';
import { startCommand } from '../helpers/command-runner.js';
import { useTempFolders } from '../helpers/temp-folders.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/runner-death';
const TARGET = { repository: REPOSITORY };
const SECRET = 'FITBIT_REFRESH_TOKEN';
const WRITER = 'ghp_runner_death_writer_01';
const CLIENT = { id: '23RDTH', secret: 'fitbit-runner-death-secret' };
const GOOGLE_CLIENT = { id: 'runner-death.apps.googleusercontent.com', secret: 'GOCSPX-death' };
const USER = 'KILLED1';

const tempFolder = useTempFolders();
const world = useWorld({
  repository: REPOSITORY,
  writer: WRITER,
  fitbitClient: { ...CLIENT, type: 'server' },
  googleClient: GOOGLE_CLIENT,
});

const isRefreshTokenWrite = (method: string, path: string) =>
  method === 'PUT' && path === `/repos/${REPOSITORY}/actions/secrets/${SECRET}`;

/** Asks the provider directly, as the next run would: the reply's status and error. */
async function refreshAtProvider(refreshToken: string): Promise<{ status: number; body: string }> {
  const response = await fetch(world.fitbit.tokenUrl, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }),
  });
  return { status: response.status, body: await response.text() };
}

describe('a runner killed while GitHub receives the new refresh token', () => {
  it('leaves a sealed copy in the log that `recover` opens to the token the provider issued', async () => {
    const spent = world.fitbit.issueGrant({ clientId: CLIENT.id, scope: 'sleep', userId: USER });
    world.github.setSecret(TARGET, SECRET, spent);
    const pair = await generateRecoveryKeyPair();

    let pid: number | undefined;
    let killedAtArrival = false;
    world.github.faults.push({
      match: isRefreshTokenWrite,
      onArrival: () => {
        if (pid === undefined) throw new Error('the action was not started');
        killedAtArrival = process.kill(pid, 'SIGKILL');
      },
      // Never answered: the process that sent it is gone.
      hang: true,
    });
    const killed = await runAction(
      world.fitbitInputs(spent, { 'recovery-public-key': pair.publicKey }),
      { started: (started) => (pid = started) },
    );

    expect(killedAtArrival).toBe(true);
    expect(killed.signal, killed.stdout).toBe('SIGKILL');
    expect(world.github.faults.pending).toBe(0);
    // The provider rotated; GitHub never stored the new token: the secret holds the spent one.
    const issued = world.fitbit.currentRefreshToken(USER, CLIENT.id);
    expect(issued).toBeDefined();
    expect(issued).not.toBe(spent);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(spent);
    // The log holds exactly one sealed copy, on a line of its own; the token only in its mask.
    const sealedLines = killed.stdout.split('\n').filter((line) => line.includes(RECOVERY_MARKER));
    expect(sealedLines).toHaveLength(1);
    expect(sealedLines[0]).toMatch(/^fitbit-token-keeper-recovery:[A-Za-z0-9+/]+=*$/);
    expect(renderRunnerLog(killed.stdout, [])).not.toContain(issued);

    // On the person's machine: the private key keygen wrote, the line copied from the log.
    const keyFile = join(await tempFolder('ftk-runner-death-key'), 'recovery.key');
    await writeFile(keyFile, `${pair.privateKey}\n`, { mode: 0o600 });
    const recovered = await startCommand(
      ['recover', '--private-key-file', keyFile],
      {},
      {
        stdin: `${sealedLines[0]}\n`,
      },
    ).done;
    expect(recovered.exitCode, recovered.stderr).toBe(0);
    expect(recovered.stdout).toBe(`${issued}\n`);

    // Stored again (as `gh secret set` does), the recovered token is the one the next run spends.
    const recoveredToken = recovered.stdout.trim();
    world.github.setSecret(TARGET, SECRET, recoveredToken);
    const next = await runAction(world.fitbitInputs(recoveredToken));
    expect(next.exitCode, next.stdout).toBe(0);
    expect(next.outputs['secret-updated']).toBe('true');
    const stored = world.github.secretValue(TARGET, SECRET);
    expect(stored).toBe(world.fitbit.currentRefreshToken(USER, CLIENT.id));
    expect(stored).not.toBe(recoveredToken);
    // The token the killed run sent is spent for good.
    const old = await refreshAtProvider(spent);
    expect(old.status).toBe(400);
    expect(old.body).toContain('invalid_grant');
  });

  it('a refresh that brings no new refresh token prints no sealed copy', async () => {
    const token = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: 'openid' });
    world.github.setSecret(TARGET, 'GOOGLE_REFRESH_TOKEN', token);
    const pair = await generateRecoveryKeyPair();
    const result = await runAction(
      world.googleInputs(token, { 'recovery-public-key': pair.publicKey }),
    );
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['secret-updated']).toBe('false');
    expect(result.stdout).not.toContain(RECOVERY_MARKER);
  });
});
