/**
 * Re-seed mode of the bundled action (`code` from a consent redirect), with
 * PKCE checked by the simulators, and the recovery path for a refresh token
 * GitHub would not store: keygen → sealed text in the log → recover.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../sim/action-runner.js';
import { consentWithPkce } from '../../sim/browser.js';
import { randomBase64Url } from '../../sim/oauth-kit.js';
import { summaryRows } from '../../sim/summary.js';
import { startCommand } from '../helpers/command-runner.js';
import { useTempFolders } from '../helpers/temp-folders.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/reseed';
const TARGET = { repository: REPOSITORY };
const WRITER = 'ghp_reseed_writer_00001';
const READER = 'ghp_reseed_reader_00002';
const REDIRECT_URI = 'http://127.0.0.1:8080/';
const GOOGLE_CLIENT = { id: 'reseed.apps.googleusercontent.com', secret: 'GOCSPX-reseed-secret' };
const FITBIT_CLIENT = { id: '23RSD1', secret: 'fitbit-reseed-secret-001' };

const tempFolder = useTempFolders();
const world = useWorld({
  repository: REPOSITORY,
  writer: WRITER,
  reader: READER,
  fitbitClient: { ...FITBIT_CLIENT, type: 'server' },
  googleClient: GOOGLE_CLIENT,
});

/** What a person does in the browser: consent, then copy the code from the redirect. */
function consent(
  authorizeUrl: string,
  clientId: string,
  scope: string,
  extra: Record<string, string> = {},
) {
  return consentWithPkce(authorizeUrl, {
    client_id: clientId,
    redirect_uri: REDIRECT_URI,
    scope,
    state: randomBase64Url(8),
    ...extra,
  });
}

function reseedInputs(provider: 'google' | 'fitbit', code: string, verifier: string) {
  const client = provider === 'google' ? GOOGLE_CLIENT : FITBIT_CLIENT;
  return {
    provider,
    'client-id': client.id,
    'client-secret': client.secret,
    code,
    'code-verifier': verifier,
    'redirect-uri': REDIRECT_URI,
    'github-token': WRITER,
    repository: REPOSITORY,
    'secret-name': `${provider.toUpperCase()}_RESEEDED`,
    'token-url': provider === 'google' ? world.google.tokenUrl : world.fitbit.tokenUrl,
    'github-api-url': world.github.url,
  };
}

describe('re-seed mode', () => {
  it('google: exchanges the code with its verifier and stores a refresh token that works', async () => {
    const { code, verifier } = await consent(world.google.authorizeUrl, GOOGLE_CLIENT.id, 'x', {
      access_type: 'offline',
      prompt: 'consent',
    });
    const result = await runAction(reseedInputs('google', code, verifier));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['secret-updated']).toBe('true');
    expect(result.masks).toEqual(expect.arrayContaining([code, verifier]));
    const stored = world.github.secretValue(TARGET, 'GOOGLE_RESEEDED') ?? '';
    const refresh = await runAction({
      'client-id': GOOGLE_CLIENT.id,
      'client-secret': GOOGLE_CLIENT.secret,
      'refresh-token': stored,
      'github-token': WRITER,
      repository: REPOSITORY,
      'token-url': world.google.tokenUrl,
      'github-api-url': world.github.url,
    });
    expect(refresh.exitCode, refresh.stdout).toBe(0);
  });

  it('takes the code from the whole pasted address, as a phone shows it, and masks the code alone', async () => {
    const { code, verifier, landing } = await consent(
      world.google.authorizeUrl,
      GOOGLE_CLIENT.id,
      'x',
      { access_type: 'offline', prompt: 'consent' },
    );
    const pasted = `The page did not load, its address is:\n${landing.href}\nthanks`;
    const mark = world.google.requests.length;
    const result = await runAction(reseedInputs('google', pasted, verifier));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(world.google.requests.slice(mark).map((request) => request.form.code)).toEqual([code]);
    expect(result.masks).toContain(code);
    expect(world.github.secretValue(TARGET, 'GOOGLE_RESEEDED')).toBeDefined();
    // A re-seed stored the token consent gave: the summary does not call that a rotation.
    const fate = summaryRows(result.summary).find(([item]) => item === 'Refresh token')?.[1];
    expect(fate).toBe('stored from the new consent');
    expect(result.summary).not.toMatch(/rotated/i);
  });

  it('a pasted address with error=access_denied fails naming the code input, with no request', async () => {
    const before = {
      github: world.github.requests.length,
      google: world.google.requests.length,
    };
    const result = await runAction(
      reseedInputs('google', `${REDIRECT_URI}?error=access_denied&state=abc`, randomBase64Url(32)),
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain("Input 'code'");
    expect(result.errors[0]).toContain('access_denied');
    expect(world.github.requests.length).toBe(before.github);
    expect(world.google.requests.length).toBe(before.google);
  });

  it('fitbit: stores the refresh token Fitbit now holds for the user', async () => {
    const { code, verifier } = await consent(
      world.fitbit.authorizeUrl,
      FITBIT_CLIENT.id,
      'activity sleep',
    );
    const result = await runAction(reseedInputs('fitbit', code, verifier));
    expect(result.exitCode, result.stdout).toBe(0);
    const stored = world.github.secretValue(TARGET, 'FITBIT_RESEEDED');
    expect(stored).toBeDefined();
    expect(stored).toBe(world.fitbit.currentRefreshToken(result.outputs['user-id'] ?? ''));
  });

  it('a wrong verifier is refused by the provider and the secret is left alone', async () => {
    const { code } = await consent(world.fitbit.authorizeUrl, FITBIT_CLIENT.id, 'activity');
    const before = world.github.secretValue(TARGET, 'FITBIT_RESEEDED');
    const result = await runAction(reseedInputs('fitbit', code, randomBase64Url(32)));
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('invalid_grant');
    expect(result.errors[0]).toMatch(/authorization code was refused/);
    expect(result.errors[0]).not.toContain(code);
    expect(world.github.secretValue(TARGET, 'FITBIT_RESEEDED')).toBe(before);
  });

  it('proves write access before spending the code', async () => {
    const { code, verifier } = await consent(world.google.authorizeUrl, GOOGLE_CLIENT.id, 'x', {
      access_type: 'offline',
    });
    const exchanges = world.google.requests.length;
    const result = await runAction({
      ...reseedInputs('google', code, verifier),
      'github-token': READER,
    });
    expect(result.exitCode).toBe(1);
    expect(world.google.requests.length).toBe(exchanges);
    expect(result.errors[0]).toMatch(/authorization code was not used/);
  });
});

describe('recovery of a refresh token GitHub would not store', () => {
  it('keygen → sealed text in the log → recover gives back the token the provider expects', async () => {
    const home = await tempFolder('ftk-recovery');
    const keygen = await startCommand(['keygen'], { HOME: home }, { cwd: home }).done;
    expect(keygen.exitCode, keygen.stderr).toBe(0);
    const publicKey = keygen.stdout.trim();
    expect(Buffer.from(publicKey, 'base64')).toHaveLength(32);
    const keyFile = join(home, '.config', 'fitbit-token-keeper', 'recovery.key');
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect(await readFile(keyFile, 'utf8')).not.toContain(publicKey);
    // A second keygen must not overwrite the only key that opens earlier sealed tokens.
    const again = await startCommand(['keygen'], { HOME: home }, { cwd: home }).done;
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toMatch(/exists already/);

    const spent = world.fitbit.issueGrant({
      clientId: FITBIT_CLIENT.id,
      scope: 'sleep',
      userId: 'RECOVER',
    });
    world.github.faults.push({
      status: 403,
      body: { message: 'Resource not accessible by personal access token' },
      match: (method, path) => method === 'PUT' && path.endsWith('/FITBIT_REFRESH_TOKEN'),
      times: 1000,
    });
    let run: Awaited<ReturnType<typeof runAction>>;
    try {
      run = await runAction({
        provider: 'fitbit',
        'client-id': FITBIT_CLIENT.id,
        'client-secret': FITBIT_CLIENT.secret,
        'refresh-token': spent,
        'github-token': WRITER,
        repository: REPOSITORY,
        'token-url': world.fitbit.tokenUrl,
        'github-api-url': world.github.url,
        'recovery-public-key': publicKey,
      });
    } finally {
      world.github.faults.clear();
    }
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toMatch(/could NOT be stored/);
    expect(run.errors[0]).toMatch(/fitbit-token-keeper recover/);
    const newToken = world.fitbit.currentRefreshToken('RECOVER') ?? '';
    expect(newToken).not.toBe(spent);
    expect(run.stdout).not.toMatch(new RegExp(`^(?!::add-mask::).*${newToken}`, 'm'));

    const sealedLine = run.stdout
      .split('\n')
      .find((line) => line.includes('fitbit-token-keeper-recovery:'));
    expect(sealedLine).toBeDefined();
    const recovered = await startCommand(
      ['recover', '--private-key-file', keyFile],
      {},
      { stdin: `${sealedLine}\n` },
    ).done;
    expect(recovered.exitCode, recovered.stderr).toBe(0);
    expect(recovered.stdout.trim()).toBe(newToken);
  });
});
