/**
 * `fitbit-token-keeper authorize`, the bundled command, end to end: the test
 * plays the browser (reads the printed URL, asks the simulated consent page,
 * follows its redirect to the command's listener) and then checks that the
 * secret opens to a refresh token the simulated provider accepts.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../sim/action-runner.js';
import { consentRedirect } from '../../sim/browser.js';
import { freePort, type RunningCommand, startCommand } from '../helpers/command-runner.js';
import { controlCharacters } from '../helpers/control-characters.js';
import { settlesWithin } from '../helpers/hang-guard.js';
import { rawGet } from '../helpers/raw-get.js';
import { useTempFolders } from '../helpers/temp-folders.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/consent';
const TARGET = { repository: REPOSITORY };
const WRITER = 'ghp_authorize_writer_0001';
const READER = 'ghp_authorize_reader_0002';
const GOOGLE_CLIENT = { id: 'cli.apps.googleusercontent.com', secret: 'GOCSPX-cli-client-secret' };
const FITBIT_CLIENT = { id: '23CLI1', secret: 'fitbit-cli-client-secret-1' };

const world = useWorld({
  repository: REPOSITORY,
  writer: WRITER,
  reader: READER,
  fitbitClient: { ...FITBIT_CLIENT, type: 'server' },
  googleClient: GOOGLE_CLIENT,
});

async function googleAuthorize(
  extra: string[] = [],
  env: Record<string, string> = {},
  options: {
    port?: number;
    clientSecretFlag?: boolean;
    /** false: no --repository, so the command takes the checkout's origin. */
    repository?: string | false;
    cwd?: string;
    client?: { id: string; secret: string };
    /** The --redirect-uri for the redirect port. */
    redirectUri?: (port: number) => string;
  } = {},
) {
  const redirectPort = options.port ?? (await freePort());
  const client = options.client ?? GOOGLE_CLIENT;
  const secretFlag = options.clientSecretFlag === false ? [] : ['--client-secret', client.secret];
  const repository = options.repository ?? REPOSITORY;
  const redirectUri = (options.redirectUri ?? ((port) => `http://127.0.0.1:${port}/`))(
    redirectPort,
  );
  const command = startCommand(
    [
      'authorize',
      '--client-id',
      client.id,
      ...secretFlag,
      '--authorize-url',
      world.google.authorizeUrl,
      '--token-url',
      world.google.tokenUrl,
      '--github-api-url',
      world.github.url,
      ...(repository === false ? [] : ['--repository', repository]),
      '--redirect-uri',
      redirectUri,
      '--no-open',
      ...extra,
    ],
    { GH_TOKEN: WRITER, ...env },
    options.cwd === undefined ? {} : { cwd: options.cwd },
  );
  return { command, port: redirectPort, redirectUri };
}

/** No secret of this test world in either stream. */
function expectNoSecrets(result: { stdout: string; stderr: string }, ...more: string[]) {
  for (const stream of [result.stdout, result.stderr]) {
    for (const secret of [GOOGLE_CLIENT.secret, WRITER, ...more]) {
      expect(stream).not.toContain(secret);
    }
  }
}

/** Plays the browser: consent page → redirect → the command's listener. */
async function consentInBrowser(
  command: RunningCommand,
): Promise<{ consentUrl: URL; page: string }> {
  const consentUrl = new URL(await command.waitForLine(/^https?:\/\//));
  const landing = await fetch(await consentRedirect(consentUrl));
  return { consentUrl, page: await landing.text() };
}

/** A refresh with the stored token, straight at the simulated provider. */
async function refreshWorks(tokenUrl: string, refreshToken: string, auth: 'body' | 'basic') {
  const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken });
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (auth === 'body') {
    form.set('client_id', GOOGLE_CLIENT.id);
    form.set('client_secret', GOOGLE_CLIENT.secret);
  } else {
    headers.authorization = `Basic ${Buffer.from(`${FITBIT_CLIENT.id}:${FITBIT_CLIENT.secret}`).toString('base64')}`;
  }
  const response = await fetch(tokenUrl, { method: 'POST', headers, body: form });
  return response.status === 200;
}

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

  // Each --timeout below leaves the command seconds for what comes before the step it cuts
  // short, however loaded the machine; that step never ends by itself (its reply never comes).

  it('gives up after --timeout with a clear message', async () => {
    const { command } = await googleAuthorize(['--timeout', '3']);
    await command.waitForLine(/^https?:\/\//); // waiting for the consent, which never comes
    const result = await command.done;
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/--timeout of 3 s was reached/);
    expect(result.stderr).toMatch(/No consent arrived/);
  });

  it('bounds the GitHub preflight by --timeout too', async () => {
    const isKeyRead = (method: string, path: string) =>
      method === 'GET' && path.endsWith('/public-key');
    world.github.faults.push({ hang: true, match: isKeyRead });
    try {
      const before = world.github.requests.length;
      const { command } = await googleAuthorize(['--timeout', '2']);
      const result = await command.done;
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toMatch(/--timeout of 2 s was reached/);
      // The key read had gone out and was still unanswered when the time was up.
      const sent = world.github.requests.slice(before);
      expect(sent.filter((r) => isKeyRead(r.method, r.path))).toHaveLength(1);
      expect(result.stdout).toBe('');
      expectNoSecrets(result);
    } finally {
      world.github.faults.clear();
    }
  });

  it('bounds the token exchange by --timeout too', async () => {
    const tokenPath = new URL(world.google.tokenUrl).pathname;
    const isExchange = (method: string, path: string) => method === 'POST' && path === tokenPath;
    world.google.faults.push({ hang: true, match: isExchange });
    try {
      const before = world.google.requests.length;
      const { command } = await googleAuthorize(['--timeout', '5', '--secret-name', 'SLOW_TOKEN']);
      await consentInBrowser(command);
      const result = await command.done;
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toMatch(/--timeout of 5 s was reached/);
      expect(result.stderr).toMatch(/token endpoint/);
      const sent = world.google.requests.slice(before);
      expect(sent.filter((r) => isExchange(r.method, r.path))).toHaveLength(1);
      expect(world.github.secretValue(TARGET, 'SLOW_TOKEN')).toBeUndefined();
      expectNoSecrets(result);
    } finally {
      world.google.faults.clear();
    }
  });

  it.each([
    ['over 24 hours', '86401'],
    ['zero', '0'],
    ['negative', '-5'],
    ['not a number', 'soon'],
    ['empty', ''],
  ])('refuses a --timeout that is %s as a usage error, before any request', async (_, value) => {
    const before = world.github.requests.length;
    const { command } = await googleAuthorize([`--timeout=${value}`]);
    const result = await command.done;
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/--timeout/);
    expect(result.stderr).toMatch(/--help/);
    expect(result.stdout).toBe('');
    expect(world.github.requests.length).toBe(before);
  });

  it('accepts a --timeout of exactly 24 hours', async () => {
    const { command } = await googleAuthorize(['--timeout', '86400'], { GH_TOKEN: READER });
    const result = await command.done;
    // It got as far as GitHub, which refuses the read-only token.
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('HTTP 403');
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
    expect(result.stderr).toMatch(/No consent was asked for yet/);
    expect(result.stderr).toMatch(/Fix the problem and run fitbit-token-keeper authorize again/);
    expect(result.stderr).not.toMatch(/re-seed|re-run/);
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

/** A Google "Web application" client: only its registered redirect URIs, matched exactly. */
let webClients = 0;
function webClient(redirectUri: string) {
  webClients += 1;
  const client = {
    id: `web-${webClients}.apps.googleusercontent.com`,
    secret: 'GOCSPX-web-secret',
  };
  world.google.addClient({ ...client, redirectUris: [redirectUri] });
  return client;
}

/** The redirect_uri of the code exchange the simulated Google received for this client. */
function exchangedRedirectUri(clientId: string): string | undefined {
  const exchanges = world.google.requests.filter(
    (request) =>
      request.form.grant_type === 'authorization_code' && request.form.client_id === clientId,
  );
  expect(exchanges).toHaveLength(1);
  return exchanges[0]?.form.redirect_uri;
}

describe('the redirect URI is used exactly as given, never normalised', () => {
  it.each(['https://www.google.com', 'https://www.google.com/'])(
    'URL-only mode: %s reaches the consent URL and, through the action, the token endpoint as typed',
    async (redirectUri) => {
      const client = webClient(redirectUri);
      const result = await startCommand([
        'authorize',
        '--client-id',
        client.id,
        '--authorize-url',
        world.google.authorizeUrl,
        '--redirect-uri',
        redirectUri,
        '--no-open',
      ]).done;
      expect(result.exitCode, result.stderr).toBe(0);
      const consentUrl = new URL(result.stdout.trim());
      expect(consentUrl.searchParams.get('redirect_uri')).toBe(redirectUri);
      expect(result.stderr).toContain(`redirect-uri set to ${redirectUri} character`);
      // Google's consent page shows redirect_uri_mismatch (no redirect) for any other string.
      const landing = await consentRedirect(consentUrl);
      const secretName = `WEB_TOKEN_${webClients}`;
      const run = await runAction({
        'client-id': client.id,
        'client-secret': client.secret,
        code: landing.searchParams.get('code') ?? '',
        'redirect-uri': redirectUri,
        'github-token': WRITER,
        repository: REPOSITORY,
        'secret-name': secretName,
        'token-url': world.google.tokenUrl,
        'github-api-url': world.github.url,
        'export-variable': '',
      });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(exchangedRedirectUri(client.id)).toBe(redirectUri);
      expect(world.github.secretValue(TARGET, secretName)).toBeTruthy();
    },
  );

  it.each([
    ['without', ''],
    ['with', '/'],
  ])(
    'listener mode: http://127.0.0.1:PORT %s a trailing slash stays so, in the consent URL and at the token endpoint',
    async (_, slash) => {
      const port = await freePort();
      const redirectUri = `http://127.0.0.1:${port}${slash}`;
      const client = webClient(redirectUri);
      const secretName = `LOOPBACK_TOKEN_${webClients}`;
      const { command } = await googleAuthorize(
        ['--secret-name', secretName],
        {},
        {
          port,
          client,
          redirectUri: () => redirectUri,
        },
      );
      const { consentUrl, page } = await consentInBrowser(command);
      const result = await command.done;
      expect(result.exitCode, result.stderr).toBe(0);
      expect(page).toMatch(/may close this window/);
      expect(consentUrl.searchParams.get('redirect_uri')).toBe(redirectUri);
      expect(exchangedRedirectUri(client.id)).toBe(redirectUri);
      expect(world.github.secretValue(TARGET, secretName)).toBeTruthy();
    },
  );

  it.each([' https://www.google.com', 'https://www.google.com/\t'])(
    'refuses %j, which the URL parser would silently clean, before any request',
    async (redirectUri) => {
      const result = await startCommand([
        'authorize',
        '--client-id',
        GOOGLE_CLIENT.id,
        '--authorize-url',
        world.google.authorizeUrl,
        '--redirect-uri',
        redirectUri,
      ]).done;
      expect(result.exitCode).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        /Option --redirect-uri must not contain spaces or control characters/,
      );
    },
  );
});

const git = promisify(execFile);
const tempFolder = useTempFolders();

/** A checkout in a temporary folder: `git init`, an origin remote, maybe a package.json. */
async function checkout(origin: string | undefined, packageName?: string): Promise<string> {
  const folder = await tempFolder('ftk-checkout');
  await git('git', ['init', '--quiet', folder]);
  if (origin !== undefined) await git('git', ['-C', folder, 'remote', 'add', 'origin', origin]);
  if (packageName !== undefined) {
    await writeFile(join(folder, 'package.json'), JSON.stringify({ name: packageName }));
  }
  return folder;
}

describe('authorize without --repository: the checkout it runs in', () => {
  it.each([
    ['a fork that kept the name', 'https://github.com/someone/fitbit-token-keeper.git', undefined],
    [
      'a renamed fork (its package.json)',
      'git@github.com:someone/health-tools.git',
      'fitbit-token-keeper',
    ],
    ['a clone without origin', undefined, 'fitbit-token-keeper'],
  ])("refuses the tool's own repository: %s", async (_, origin, packageName) => {
    const folder = await checkout(origin, packageName);
    const before = world.github.requests.length;
    const { command } = await googleAuthorize([], {}, { repository: false, cwd: folder });
    const result = await command.done;
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^error: no --repository, and this checkout is fitbit-token-keeper itself or a fork of it.*pass --repository owner\/name.*Run 'fitbit-token-keeper authorize --help'\.$/,
    );
    expect(world.github.requests.length).toBe(before);
  });

  it("takes an ordinary checkout's origin, also from a folder inside it", async () => {
    const folder = await checkout(`git@github.com:${REPOSITORY}.git`);
    await mkdir(join(folder, 'workflows'));
    const { command } = await googleAuthorize(
      ['--secret-name', 'ORIGIN_TOKEN'],
      {},
      {
        repository: false,
        cwd: join(folder, 'workflows'),
      },
    );
    await consentInBrowser(command);
    const result = await command.done;
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toContain(`ORIGIN_TOKEN of repository ${REPOSITORY}`);
    expect(world.github.secretValue(TARGET, 'ORIGIN_TOKEN')).toBeTruthy();
  });

  it('honours an explicit --repository even in a checkout of the tool', async () => {
    const folder = await checkout('https://github.com/someone/fitbit-token-keeper.git');
    const { command } = await googleAuthorize(
      ['--secret-name', 'EXPLICIT_TOKEN'],
      {},
      {
        cwd: folder,
      },
    );
    await consentInBrowser(command);
    const result = await command.done;
    expect(result.exitCode, result.stderr).toBe(0);
    expect(world.github.secretValue(TARGET, 'EXPLICIT_TOKEN')).toBeTruthy();
  });

  it('asks for --repository outside any checkout', async () => {
    const folder = await tempFolder('ftk-not-a-checkout');
    const { command } = await googleAuthorize([], {}, { repository: false, cwd: folder });
    const result = await command.done;
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      /^error: no --repository, and this folder is not in a git checkout; pass --repository owner\/name/,
    );
  });
});
