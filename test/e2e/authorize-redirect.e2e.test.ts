/**
 * `fitbit-token-keeper authorize`, the bundled command: the redirect URI is
 * used exactly as typed, and without --repository the command takes the
 * checkout it runs in (never the tool's own repository).
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../sim/action-runner.js';
import { consentRedirect } from '../../sim/browser.js';
import {
  consentInBrowser,
  GOOGLE_CLIENT,
  REPOSITORY,
  TARGET,
  useAuthorizeWorld,
  WRITER,
} from '../helpers/authorize-world.js';
import { freePort, startCommand } from '../helpers/command-runner.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { world, googleAuthorize } = useAuthorizeWorld();

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
