/**
 * The loopback redirect listener on a real socket: only the redirect of the
 * consent this command started (right Host, right state) ends the wait; any
 * other request is refused with 400 and the listener keeps waiting.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { listenForRedirect, type RedirectListener } from '../../src/cli/redirect-listener.js';
import { controlCharacters } from '../helpers/control-characters.js';
import { rawGet } from '../helpers/raw-get.js';

const STATE = 'the-state-this-command-made-0001';

const open: RedirectListener[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((listener) => listener.close()));
});

async function start(
  path = '/',
  host = '127.0.0.1',
  options: { deadline?: AbortSignal; onRefused?: (reason: string) => void } = {},
): Promise<RedirectListener> {
  const listener = await listenForRedirect(`http://${host}:0${path}`, STATE, {
    deadline: options.deadline ?? new AbortController().signal,
    ...(options.onRefused ? { onRefused: options.onRefused } : {}),
  });
  open.push(listener);
  return listener;
}

function get(port: number, path: string, host?: string | null, address?: string) {
  return rawGet({
    port,
    path,
    ...(host === undefined ? {} : { host }),
    ...(address ? { address } : {}),
  });
}

const redirect = (params: Record<string, string>, path = '/') =>
  `${path}?${new URLSearchParams(params)}`;

describe('listenForRedirect: state', () => {
  it('ends the wait with the code of a redirect that carries the right state', async () => {
    const listener = await start();
    const page = await get(listener.port, redirect({ code: 'the-code', state: STATE }));
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/may close this window/);
    await expect(listener.code).resolves.toBe('the-code');
  });

  it.each([
    ['a wrong state', { code: 'forged-code', state: 'forged-state' }],
    ['no state', { code: 'forged-code' }],
    ['an empty state', { code: 'forged-code', state: '' }],
    ['a wrong state with an error', { error: 'access_denied', state: 'forged-state' }],
  ])('refuses a redirect with %s (400) and keeps waiting for the real one', async (_, params) => {
    const listener = await start();
    const refused = await get(listener.port, redirect(params));
    expect(refused.status).toBe(400);
    expect(refused.body).not.toMatch(/ignored/);
    expect(refused.body).toMatch(/still waiting/);

    const real = await get(listener.port, redirect({ code: 'the-real-code', state: STATE }));
    expect(real.status).toBe(200);
    await expect(listener.code).resolves.toBe('the-real-code');
  });

  it('tells the command once that it refused requests', async () => {
    const reasons: string[] = [];
    const listener = await start('/', '127.0.0.1', { onRefused: (reason) => reasons.push(reason) });
    await get(listener.port, redirect({ code: 'forged', state: 'forged' }));
    await get(listener.port, redirect({ code: 'forged', state: 'forged' }));
    await get(listener.port, redirect({ code: 'the-code', state: STATE }));
    await expect(listener.code).resolves.toBe('the-code');
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).not.toContain('forged');
  });

  it('ends the wait with access_denied when the right state carries it', async () => {
    const listener = await start();
    const page = await get(listener.port, redirect({ error: 'access_denied', state: STATE }));
    expect(page.status).toBe(400);
    expect(page.body).toMatch(/No access was granted/);
    await expect(listener.code).rejects.toThrow(/Consent was denied \(access_denied\)/);
  });

  it('answers 404 off the redirect path and keeps waiting', async () => {
    const listener = await start('/callback');
    expect((await get(listener.port, '/favicon.ico')).status).toBe(404);
    await get(listener.port, redirect({ code: 'the-code', state: STATE }, '/callback'));
    await expect(listener.code).resolves.toBe('the-code');
  });

  it('does not say "Done" to a request after the wait has ended', async () => {
    const listener = await start();
    await get(listener.port, redirect({ code: 'the-code', state: STATE }));
    await expect(listener.code).resolves.toBe('the-code');
    const late = await get(listener.port, redirect({ code: 'the-code', state: STATE }));
    expect(late.status).toBe(400);
    expect(late.body).not.toMatch(/may close this window/);
  });
});

describe('listenForRedirect: Host header', () => {
  it.each([
    ['another name', (_port: number) => 'evil.example'],
    ['another name with the port', (port: number) => `evil.example:${port}`],
    ['a rebinding name that resolves to loopback', (port: number) => `127.0.0.1.nip.io:${port}`],
    ['another loopback address than the URI names', (port: number) => `127.0.0.3:${port}`],
    ['a loopback name with another port', (port: number) => `127.0.0.1:${port + 1}`],
    ['localhost with another port', (port: number) => `localhost:${port + 1}`],
    ['a loopback name without the port', (_port: number) => '127.0.0.1'],
    ['user info before a loopback name', (port: number) => `evil.example@127.0.0.1:${port}`],
  ])('refuses %s (400) and keeps waiting', async (_, hostFor) => {
    const listener = await start();
    const params = redirect({ code: 'the-code', state: STATE });
    const refused = await get(listener.port, params, hostFor(listener.port));
    expect(refused.status).toBe(400);

    await get(listener.port, params);
    await expect(listener.code).resolves.toBe('the-code');
  });

  it('refuses a request without a Host header', async () => {
    const listener = await start();
    const params = redirect({ code: 'the-code', state: STATE });
    expect((await get(listener.port, params, null)).status).toBe(400);
    await get(listener.port, params);
    await expect(listener.code).resolves.toBe('the-code');
  });

  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', '127.0.0.1'],
    ['LocalHost', '127.0.0.1'],
    ['[::1]', '127.0.0.1'],
    ['127.0.0.2', '127.0.0.2'],
  ])('accepts Host %s with the listener port (listening on %s)', async (name, bind) => {
    const listener = await start('/', bind);
    const page = await get(
      listener.port,
      redirect({ code: 'the-code', state: STATE }),
      `${name}:${listener.port}`,
      bind,
    );
    expect(page.status).toBe(200);
    await expect(listener.code).resolves.toBe('the-code');
  });
});

describe('listenForRedirect: provider text', () => {
  it('cleans the error and its description of control characters and truncates them', async () => {
    const listener = await start();
    const description = `\u001b]0;pwned\u0007Your \u001b[31mconsole\u001b[0m\r\nDone: stored\u009b2J ${'x'.repeat(400)}`;
    await get(
      listener.port,
      redirect({ error: 'server_error\u001b[2J', error_description: description, state: STATE }),
    );
    const error = await listener.code.then(
      () => new Error('resolved'),
      (reason: Error) => reason,
    );
    expect(error.message).toMatch(/error server_error/);
    expect(error.message).toContain('Your console');
    expect(controlCharacters(error.message, [])).toEqual([]);
    expect(error.message).not.toContain('pwned');
    expect(error.message).not.toContain('[31m');
    expect(error.message.length).toBeLessThan(500);
  });
});

describe('listenForRedirect: deadline', () => {
  it('stops waiting when the deadline fires', async () => {
    const deadline = new AbortController();
    const listener = await start('/', '127.0.0.1', { deadline: deadline.signal });
    deadline.abort();
    await expect(listener.code).rejects.toThrow(/No consent arrived/);
  });
});
