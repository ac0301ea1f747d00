/**
 * The demo's scene of a runner that dies mid-write: a keep-alive run with
 * `provider: whoop` and `recovery-public-key` rotates the grant, and the
 * simulated GitHub kills the action's process (SIGKILL) the moment the new
 * token's write arrives, before it stores anything. The secret keeps the spent
 * token; the log keeps the new one, sealed. The bundled `fitbit-token-keeper
 * recover` opens it with the private key, it is stored again as `gh secret
 * set` would, and the next run rotates on. No token is printed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ActionRun, PROJECT_ROOT } from '../sim/action-runner.js';
import type { GitHubSim } from '../sim/github.js';
import type { PresetSim } from '../sim/preset-provider.js';
import { generateRecoveryKeyPair, RECOVERY_MARKER } from '../src/lib/recovery.js';
import { indent, wrapLine, yes } from './demo-text.js';

/** What the scene needs of the demo: its simulators, its way of running and telling. */
export interface WhoopStage {
  readonly whoop: PresetSim;
  /** The client the workflow's variables and secrets name at WHOOP. */
  readonly clientId: string;
  readonly github: GitHubSim;
  readonly repository: string;
  readonly secret: string;
  scene(title: string): void;
  say(text: string): void;
  /**
   * A scheduled run of the WHOOP keep-alive step with the secret's current
   * token, `recoveryPublicKey` in its `with:`; `started` is told the action's process id.
   */
  keepAlive(
    recoveryPublicKey: string,
    show: { showYaml: boolean; started?: (pid: number) => void },
  ): Promise<ActionRun>;
}

/** What the scene saw, for the demo's test through its own pipe; never printed. */
export interface WhoopRecovery {
  /** The refresh token the killed run sent, which WHOOP spent. */
  readonly spent: string;
  /** The one WHOOP handed out in its place, as WHOOP holds it after the kill. */
  readonly issued: string | undefined;
  /** What the secret held after the kill. */
  readonly secretAfterKill: string | undefined;
  /** What `fitbit-token-keeper recover` printed, with the exit code it ended with. */
  readonly recovered: string;
  readonly recoverExitCode: number;
  /** After the next run: what the secret holds, and the token WHOOP holds then. */
  readonly storedAfterNext: string | undefined;
  readonly whoopHoldsAfterNext: string | undefined;
  /** The recovery private key the scene made. */
  readonly privateKey: string;
}

const USER = '10387254';
const SCOPE = 'offline read:recovery read:sleep read:cycles';
const CLI_ENTRY = join(PROJECT_ROOT, 'dist', 'cli', 'index.js');
const WIDTH = 96;

export async function playWhoopRunnerDeath(stage: WhoopStage): Promise<WhoopRecovery> {
  const { whoop, clientId, github, secret } = stage;
  const target = { repository: stage.repository };
  stage.scene('9. WHOOP: the runner dies while GitHub stores the rotated token');
  stage.say(
    [
      "[demo] Since the legacy Fitbit API ended, the grants that rotate are other providers': here",
      'provider: whoop, whose every refresh (the action asks for scope=offline) spends the refresh',
      'token and hands out the next. `npx fitbit-token-keeper keygen` made a key pair; its public key',
      'is the variable RECOVERY_PUBLIC_KEY. The simulated GitHub kills the action (SIGKILL, as a',
      'cancelled job or a lost runner does) the moment the write of the new token reaches it.',
    ].join('\n'),
  );
  const pair = await generateRecoveryKeyPair();
  const spent = whoop.issueGrant({ clientId: clientId, scope: SCOPE, user: USER });
  github.setSecret(target, secret, spent);

  let pid: number | undefined;
  github.faults.push({
    match: (method, path) => method === 'PUT' && path.endsWith(`/actions/secrets/${secret}`),
    onArrival: () => {
      if (pid !== undefined) process.kill(pid, 'SIGKILL');
    },
    // Never answered: the process that sent it is gone.
    hang: true,
  });
  const killed = await stage.keepAlive(pair.publicKey, {
    showYaml: true,
    started: (started) => (pid = started),
  });
  const killedAtWrite = killed.signal === 'SIGKILL' && github.faults.pending === 0;
  github.faults.clear();

  const issued = whoop.currentRefreshToken(USER, clientId);
  const secretAfterKill = github.secretValue(target, secret);
  const sealed = killed.stdout.split('\n').filter((line) => line.startsWith(RECOVERY_MARKER));
  stage.say(
    [
      `[demo] Killed as GitHub received the write: ${yes(killedAtWrite)}. WHOOP has spent the token the`,
      `run sent and holds a new one: ${yes(issued !== undefined && issued !== spent)}. ${secret} still holds the spent one: ${yes(secretAfterKill === spent)}.`,
      `The log holds the new one, sealed to the recovery key before the write began: ${yes(sealed.length === 1)}.`,
    ].join('\n'),
  );

  const recovery = await recover(sealed[0] ?? '', pair.privateKey, secret);
  stage.say(
    [
      '[demo] On your machine, with that log line in sealed.txt and the private key keygen wrote:',
      indent(
        [
          'npx fitbit-token-keeper recover --private-key-file KEY_FILE \\',
          `  --secret-name ${secret} < sealed.txt`,
          wrapLine(recovery.stderr.trim(), WIDTH - 9),
        ].join('\n'),
        9,
      ),
      `       It printed a refresh token (not shown here). Is it the one WHOOP issued? ${yes(recovery.exitCode === 0 && recovery.token === issued)}.`,
      `[demo] Stored again (as \`gh secret set ${secret}\` does), the next run spends it:`,
    ].join('\n'),
  );
  github.setSecret(target, secret, recovery.token);
  const next = await stage.keepAlive(pair.publicKey, { showYaml: false });
  const storedAfterNext = github.secretValue(target, secret);
  const whoopHoldsAfterNext = whoop.currentRefreshToken(USER, clientId);
  stage.say(
    [
      `[demo] WHOOP took the recovered token and rotated again (secret-updated=${next.outputs['secret-updated']});`,
      `${secret} holds the one WHOOP accepts next: ${yes(storedAfterNext !== recovery.token && storedAfterNext === whoopHoldsAfterNext)}.`,
    ].join('\n'),
  );
  return {
    spent,
    issued,
    secretAfterKill,
    recovered: recovery.token,
    recoverExitCode: recovery.exitCode,
    storedAfterNext,
    whoopHoldsAfterNext,
    privateKey: pair.privateKey,
  };
}

/**
 * `fitbit-token-keeper recover`, the bundled command as npx runs it, with the
 * private key in a file of its own (as keygen leaves it) and the sealed line
 * on standard input: the token it printed, and what it told the person.
 */
async function recover(
  sealedLine: string,
  privateKey: string,
  secret: string,
): Promise<{ token: string; stderr: string; exitCode: number }> {
  const folder = await mkdtemp(join(tmpdir(), 'ftk-demo-key-'));
  try {
    const keyFile = join(folder, 'recovery.key');
    await writeFile(keyFile, `${privateKey}\n`, { mode: 0o600 });
    // Synchronous is safe: the command talks to no simulator, only reads its key and input.
    const ran = spawnSync(
      process.execPath,
      [CLI_ENTRY, 'recover', '--private-key-file', keyFile, '--secret-name', secret],
      { env: { PATH: process.env.PATH ?? '' }, input: `${sealedLine}\n`, encoding: 'utf8' },
    );
    return { token: ran.stdout.trim(), stderr: ran.stderr, exitCode: ran.status ?? 1 };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
