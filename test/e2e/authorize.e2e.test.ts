/**
 * `fitbit-token-keeper authorize`, the bundled command, end to end: the test
 * plays the browser (reads the printed URL, asks the simulated consent page,
 * follows its redirect to the command's listener) and then checks that the
 * secret opens to a refresh token the simulated provider accepts. Its
 * --timeout is in authorize-timeout.e2e, the redirect URI and the default
 * repository in authorize-redirect.e2e.
 */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../sim/action-runner.js';
import {
  consentInBrowser,
  expectNoSecrets,
  FITBIT_CLIENT,
  GOOGLE_CLIENT,
  READER,
  REPOSITORY,
  refreshWorks,
  TARGET,
  useAuthorizeWorld,
  WRITER,
} from '../helpers/authorize-world.js';
import { freePort, startCommand } from '../helpers/command-runner.js';
import { controlCharacters } from '../helpers/control-characters.js';
import { settlesWithin } from '../helpers/hang-guard.js';
import { rawGet } from '../helpers/raw-get.js';

const { world, googleAuthorize } = useAuthorizeWorld();

describe('authorize with Google', () => {
  it('asks for offline access with PKCE, stores a working refresh token, and prints no token', async () => {
    const { command } = await googleAuthorize();
    const { consentUrl, page } = await consentInBrowser(command);
    const result = await command.done;
    expect(result.exitCode, result.stderr).toBe(0);
    expect(page).toMatch(/may close this window/);

    const params = consentUrl.searchParams;
    expect(params.get('access_type')).toBe('offline');
    expect(params.get('prompt')).toBe('consent');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('state')).toBeTruthy();
    expect(params.get('scope')).toContain('googlehealth.activity_and_fitness.readonly');
    // openid by default, so the grant says which Google account it belongs to.
    expect(params.get('scope')?.split(' ')).toContain('openid');

    const stored = world.github.secretValue(TARGET, 'FITBIT_REFRESH_TOKEN') ?? '';
    expect(stored).not.toBe('');
    expect(await refreshWorks(world.google.tokenUrl, stored, 'body')).toBe(true);
    // The verifier the command sent matched the challenge it put in the URL: the simulator checks.
    expect(world.google.requests.at(-2)?.form.code_verifier).toBeTruthy();

    expect(result.stdout.trim().split('\n')).toEqual([consentUrl.href]);
    for (const stream of [result.stdout, result.stderr]) {
      expect(stream).not.toContain(stored);
      expect(stream).not.toContain(GOOGLE_CLIENT.secret);
      expect(stream).not.toContain(WRITER);
    }
    expect(result.stderr).toContain(`FITBIT_REFRESH_TOKEN of repository ${REPOSITORY}`);
  });

  it('prints the tokens only with --print', async () => {
    const { command } = await googleAuthorize(['--print', '--secret-name', 'PRINTED_TOKEN']);
    await consentInBrowser(command);
    const result = await command.done;
    expect(result.exitCode, result.stderr).toBe(0);
    const stored = world.github.secretValue(TARGET, 'PRINTED_TOKEN') ?? '';
    expect(result.stdout).toContain(`refresh_token=${stored}`);
    expect(result.stderr).not.toContain(stored);
  });

  it('refuses redirects with a wrong or missing state (400) and keeps waiting for the real one', async () => {
    const { command, port } = await googleAuthorize(['--secret-name', 'STATE_TOKEN']);
    await command.waitForLine(/^https?:\/\//);
    const forged = await fetch(`http://127.0.0.1:${port}/?code=forged-code&state=forged-state`);
    expect(forged.status).toBe(400);
    const stateless = await fetch(`http://127.0.0.1:${port}/?code=forged-code`);
    expect(stateless.status).toBe(400);

    const { page } = await consentInBrowser(command);
    const result = await command.done;
    expect(result.exitCode, result.stderr).toBe(0);
    expect(page).toMatch(/may close this window/);
    const stored = world.github.secretValue(TARGET, 'STATE_TOKEN') ?? '';
    expect(await refreshWorks(world.google.tokenUrl, stored, 'body')).toBe(true);
    expect(result.stderr).toMatch(/Refused .*still waiting for the consent redirect/);
    expect(result.stderr).not.toMatch(/ignored/);
    expect(result.stderr).not.toContain('forged-code');
    expectNoSecrets(result, stored);
  });

  it('refuses a request whose Host is not a loopback name with its port, and keeps waiting', async () => {
    const { command, port } = await googleAuthorize(['--secret-name', 'HOST_TOKEN']);
    const consentUrl = new URL(await command.waitForLine(/^https?:\/\//));
    const state = consentUrl.searchParams.get('state') ?? '';
    // What a DNS-rebinding page would send: the right port, the right state even, a foreign name.
    const path = `/?${new URLSearchParams({ code: 'rebound-code', state })}`;
    for (const host of [`evil.example:${port}`, `localhost:${port + 1}`]) {
      expect((await rawGet({ port, path, host })).status).toBe(400);
    }

    await consentInBrowser(command);
    const result = await command.done;
    expect(result.exitCode, result.stderr).toBe(0);
    const stored = world.github.secretValue(TARGET, 'HOST_TOKEN') ?? '';
    expect(await refreshWorks(world.google.tokenUrl, stored, 'body')).toBe(true);
    expect(result.stderr).not.toContain('rebound-code');
  });

  it('prints the error a redirect carries without its control characters', async () => {
    const { command, port } = await googleAuthorize(['--secret-name', 'CONTROL_TOKEN']);
    const consentUrl = new URL(await command.waitForLine(/^https?:\/\//));
    const state = consentUrl.searchParams.get('state') ?? '';
    const error = 'server_error\u001b]0;owned\u0007';
    const description = `\u001b[2J\u001b[1;1HDone: the refresh token is stored.\r\n\u009b31m${'y'.repeat(300)}`;
    const path = `/?${new URLSearchParams({ state, error, error_description: description })}`;
    expect((await rawGet({ port, path })).status).toBe(400);

    // It stops at the error rather than wait out its 300 s --timeout.
    const result = await settlesWithin(command.done, 'the end of the command after the error');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/error server_error/);
    expect(result.stderr).toContain('Done: the refresh token is stored.');
    expect(result.stderr).not.toContain('y'.repeat(250));
    expect(result.stderr).not.toContain('owned');
    expect(controlCharacters(result.stderr)).toEqual([]);
    expect(world.github.secretValue(TARGET, 'CONTROL_TOKEN')).toBeUndefined();
  });

  it('writes no control character to the terminal, even from text it echoes', async () => {
    const { command } = await googleAuthorize([
      '--secret-name',
      '\u001b]0;owned\u0007BAD\u001b[2J',
    ]);
    const result = await command.done;
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/Option --secret-name '.*BAD.*' is not a valid secret name/);
    expect(controlCharacters(result.stderr)).toEqual([]);
  });

  it('says consent was denied', async () => {
    world.google.deny = true;
    try {
      const { command } = await googleAuthorize(['--secret-name', 'DENIED_TOKEN']);
      const { page } = await consentInBrowser(command);
      const result = await command.done;
      expect(result.exitCode).toBe(1);
      expect(page).toMatch(/No access was granted/);
      expect(result.stderr).toMatch(/Consent was denied \(access_denied\)/);
      expect(result.stderr).toMatch(/test user/);
      expect(world.github.secretValue(TARGET, 'DENIED_TOKEN')).toBeUndefined();
    } finally {
      world.google.deny = false;
    }
  });

  it('says so when the redirect port is already in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const { command } = await googleAuthorize([], {}, { port });
      const result = await command.done;
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(result.stdout).toBe('');
    } finally {
      blocker.close();
    }
  });

  it('checks GitHub write access before asking for consent', async () => {
    const { command } = await googleAuthorize([], { GH_TOKEN: READER });
    const result = await command.done;
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('HTTP 403');
    expect(result.stderr).toContain('"Secrets: read and write"');
    // A person at a terminal: no re-seed workflow to re-run, the command to run again.
    expect(result.stderr).toMatch(/No code was exchanged/);
    expect(result.stderr).toMatch(/Fix the problem and run fitbit-token-keeper authorize again/);
    expect(result.stderr).not.toMatch(/re-seed|re-run/);
    // The command's own names for the token: the environment variable and the flag, never the
    // action's github-token input.
    expect(result.stderr).toMatch(
      /The GitHub token \(\$GH_TOKEN, else \$GITHUB_TOKEN, or --github-token\)/,
    );
    expect(result.stderr).not.toMatch(/(?<!--)github-token(?! secret)/);
    expect(result.stderr).not.toMatch(/github-token secret|the workflow/);
  });

  it('takes the client secret from FITBIT_TOKEN_KEEPER_CLIENT_SECRET', async () => {
    const { command } = await googleAuthorize(
      ['--secret-name', 'ENV_SECRET_TOKEN'],
      { FITBIT_TOKEN_KEEPER_CLIENT_SECRET: GOOGLE_CLIENT.secret },
      { clientSecretFlag: false },
    );
    expect(command.child.spawnargs.join(' ')).not.toContain(GOOGLE_CLIENT.secret);
    await consentInBrowser(command);
    const result = await command.done;
    expect(result.exitCode, result.stderr).toBe(0);
    const stored = world.github.secretValue(TARGET, 'ENV_SECRET_TOKEN') ?? '';
    expect(await refreshWorks(world.google.tokenUrl, stored, 'body')).toBe(true);
    expect(world.google.requests.at(-2)?.form.client_secret).toBe(GOOGLE_CLIENT.secret);
    expectNoSecrets(result, stored);
  });

  it('prefers --client-secret over FITBIT_TOKEN_KEEPER_CLIENT_SECRET', async () => {
    const { command } = await googleAuthorize(['--secret-name', 'FLAG_SECRET_TOKEN'], {
      FITBIT_TOKEN_KEEPER_CLIENT_SECRET: 'GOCSPX-stale-secret-from-env',
    });
    await consentInBrowser(command);
    const result = await command.done;
    expect(result.exitCode, result.stderr).toBe(0);
    expect(world.github.secretValue(TARGET, 'FLAG_SECRET_TOKEN')).toBeTruthy();
    expectNoSecrets(result, 'GOCSPX-stale-secret-from-env');
  });

  it('names the option when a value is wrong: a usage error, exit 2, pointing to --help', async () => {
    const mark = world.github.requests.length;
    const { command } = await googleAuthorize(['--secret-name', 'bad-name']);
    const result = await command.done;
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/Option --secret-name 'bad-name' is not a valid secret name/);
    expect(result.stderr).toMatch(/--help/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
    expect(world.github.requests.length).toBe(mark);
  });
});

describe('authorize with a legacy Fitbit app', () => {
  it('stores the refresh token Fitbit now holds for the user', async () => {
    const port = await freePort();
    const command = startCommand(
      [
        'authorize',
        '--provider',
        'fitbit',
        '--client-id',
        FITBIT_CLIENT.id,
        '--client-secret',
        FITBIT_CLIENT.secret,
        '--authorize-url',
        world.fitbit.authorizeUrl,
        '--token-url',
        world.fitbit.tokenUrl,
        '--github-api-url',
        world.github.url,
        '--repository',
        REPOSITORY,
        '--secret-name',
        'LEGACY_FITBIT_TOKEN',
        '--redirect-uri',
        `http://127.0.0.1:${port}/callback`,
        '--no-open',
      ],
      { GITHUB_TOKEN: WRITER },
    );
    const { consentUrl } = await consentInBrowser(command);
    const result = await command.done;
    expect(result.exitCode, result.stderr).toBe(0);
    expect(consentUrl.searchParams.get('scope')).toContain('heartrate');
    // Fitbit names the account in every reply (user_id): no openid, which it does not know.
    expect(consentUrl.searchParams.get('scope')?.split(' ')).not.toContain('openid');
    expect(consentUrl.searchParams.get('access_type')).toBeNull();
    const stored = world.github.secretValue(TARGET, 'LEGACY_FITBIT_TOKEN') ?? '';
    expect(await refreshWorks(world.fitbit.tokenUrl, stored, 'basic')).toBe(true);
  });
});

describe('the dispatch path: a URL for a redirect this machine cannot receive', () => {
  it('prints only the consent URL; its code then re-seeds the secret through the action', async () => {
    const command = startCommand([
      'authorize',
      '--client-id',
      GOOGLE_CLIENT.id,
      '--authorize-url',
      world.google.authorizeUrl,
      '--redirect-uri',
      'https://www.google.com',
      '--no-open',
    ]);
    const result = await command.done;
    expect(result.exitCode, result.stderr).toBe(0);
    const consentUrl = new URL(result.stdout.trim());
    expect(consentUrl.searchParams.get('redirect_uri')).toBe('https://www.google.com');
    expect(consentUrl.searchParams.get('access_type')).toBe('offline');
    expect(consentUrl.searchParams.get('code_challenge')).toBeNull();
    expect(result.stderr).toMatch(/re-seed workflow/);

    // The person consents; the browser lands on https://www.google.com/?code=… and they copy the code.
    const consent = await fetch(consentUrl, { redirect: 'manual' });
    const code = new URL(consent.headers.get('location') ?? '').searchParams.get('code') ?? '';
    expect(code).not.toBe('');

    const run = await runAction({
      'client-id': GOOGLE_CLIENT.id,
      'client-secret': GOOGLE_CLIENT.secret,
      code,
      'redirect-uri': 'https://www.google.com',
      'github-token': WRITER,
      repository: REPOSITORY,
      'secret-name': 'DISPATCHED_TOKEN',
      'token-url': world.google.tokenUrl,
      'github-api-url': world.github.url,
      'export-variable': '',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const stored = world.github.secretValue(TARGET, 'DISPATCHED_TOKEN') ?? '';
    expect(await refreshWorks(world.google.tokenUrl, stored, 'body')).toBe(true);
    expect(run.exportedEnv).toEqual({});
  });
});
