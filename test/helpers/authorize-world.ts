/**
 * For the tests of `fitbit-token-keeper authorize`, the bundled command: the
 * simulated world it consents in, the command started against it (Google by
 * default), and the browser the test plays: it reads the printed URL, asks the
 * simulated consent page and follows its redirect to the command's listener.
 */
import { expect } from 'vitest';
import { consentRedirect } from '../../sim/browser.js';
import { freePort, type RunningCommand, startCommand } from './command-runner.js';
import { useWorld } from './use-world.js';

export const REPOSITORY = 'octo/consent';
export const TARGET = { repository: REPOSITORY };
export const WRITER = 'ghp_authorize_writer_0001';
export const READER = 'ghp_authorize_reader_0002';
export const GOOGLE_CLIENT = {
  id: 'cli.apps.googleusercontent.com',
  secret: 'GOCSPX-cli-client-secret',
};
export const FITBIT_CLIENT = { id: '23CLI1', secret: 'fitbit-cli-client-secret-1' };

export interface GoogleAuthorizeOptions {
  port?: number;
  clientSecretFlag?: boolean;
  /** false: no --repository, so the command takes the checkout's origin. */
  repository?: string | false;
  cwd?: string;
  client?: { id: string; secret: string };
  /** The --redirect-uri for the redirect port. */
  redirectUri?: (port: number) => string;
}

/** The world of a test file, and `authorize` with a Google client started in it. */
export function useAuthorizeWorld() {
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
    options: GoogleAuthorizeOptions = {},
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

  return { world, googleAuthorize };
}

/** No secret of this test world in either stream. */
export function expectNoSecrets(result: { stdout: string; stderr: string }, ...more: string[]) {
  for (const stream of [result.stdout, result.stderr]) {
    for (const secret of [GOOGLE_CLIENT.secret, WRITER, ...more]) {
      expect(stream).not.toContain(secret);
    }
  }
}

/** Plays the browser: consent page → redirect → the command's listener. */
export async function consentInBrowser(
  command: RunningCommand,
): Promise<{ consentUrl: URL; page: string }> {
  const consentUrl = new URL(await command.waitForLine(/^https?:\/\//));
  const landing = await fetch(await consentRedirect(consentUrl));
  return { consentUrl, page: await landing.text() };
}

/** A refresh with the stored token, straight at the simulated provider. */
export async function refreshWorks(tokenUrl: string, refreshToken: string, auth: 'body' | 'basic') {
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
