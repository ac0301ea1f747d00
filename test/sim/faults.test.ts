import { afterEach, describe, expect, it } from 'vitest';
import { answerWithFaults, FaultQueue } from '../../sim/faults.js';
import { type RunningServer, readBody, sendJson, startServer } from '../../sim/server.js';
import { settlesWithin } from '../helpers/hang-guard.js';

let server: RunningServer;
let handled = 0;
const faults = new FaultQueue();

async function start(): Promise<void> {
  handled = 0;
  faults.clear();
  server = await startServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    await answerWithFaults(faults, req.method ?? 'GET', path, res, () => {
      handled += 1;
      return { status: 200, body: { ok: true, handled } };
    });
  });
}

afterEach(async () => {
  await server?.close();
});

/** Resolves once the server has taken the queued fault: the request is in its hands. */
async function untilTaken(): Promise<void> {
  while (faults.pending > 0) await new Promise((resolve) => setImmediate(resolve));
}

describe('loopback server', () => {
  it('listens on 127.0.0.1, caps bodies and closes despite keep-alive sockets', async () => {
    server = await startServer(async (req, res) => {
      try {
        sendJson(res, 200, { length: (await readBody(req, 10)).length });
      } catch {
        sendJson(res, 413, { error: 'too large' });
      }
    });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(await (await fetch(server.url, { method: 'POST', body: 'short' })).json()).toEqual({
      length: 5,
    });
    expect((await fetch(server.url, { method: 'POST', body: 'x'.repeat(100) })).status).toBe(413);
    // fetch keeps those sockets alive; close() must not wait for them to time out.
    await settlesWithin(server.close(), 'close() with keep-alive sockets open');
  });

  it('closes while a request it never answers is still open, ending that request', async () => {
    let arrived = () => {};
    const requestArrived = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    server = await startServer(() => arrived()); // reads nothing, answers nothing
    const pending = fetch(server.url).catch((error: unknown) => error);
    await requestArrived;
    await settlesWithin(server.close(), 'close() with an unanswered request open');
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe('fault queue', () => {
  it('answers with an injected status, only for matching requests, as many times as asked', async () => {
    await start();
    faults.push({
      status: 503,
      body: { error: 'down' },
      times: 2,
      match: (method, path) => method === 'POST' && path === '/t',
    });
    expect((await fetch(`${server.url}/t`)).status).toBe(200);
    const first = await fetch(`${server.url}/t`, { method: 'POST' });
    expect(first.status).toBe(503);
    expect(await first.json()).toEqual({ error: 'down' });
    expect((await fetch(`${server.url}/t`, { method: 'POST' })).status).toBe(503);
    expect((await fetch(`${server.url}/t`, { method: 'POST' })).status).toBe(200);
    expect(faults.pending).toBe(0);
    expect(handled).toBe(2);
  });

  it('resets the connection without answering, before handling', async () => {
    await start();
    faults.push({ reset: true });
    await expect(fetch(server.url)).rejects.toThrow();
    expect(handled).toBe(0);
  });

  it('with onArrival, acts the moment the request arrives, before it is handled or answered', async () => {
    await start();
    const seen: number[] = [];
    // A client that dies on arrival (as a killed runner does) never gets an answer.
    const aborted = new AbortController();
    faults.push({
      onArrival: () => {
        seen.push(handled);
        aborted.abort();
      },
      hang: true,
    });
    await expect(fetch(server.url, { signal: aborted.signal })).rejects.toThrow();
    expect(seen).toEqual([0]);
    await untilTaken();
    expect(handled).toBe(0);
  });

  it('with afterHandling, handles the request and then loses the answer', async () => {
    await start();
    faults.push({ reset: true, afterHandling: true });
    await expect(fetch(server.url)).rejects.toThrow();
    expect(handled).toBe(1);
  });

  it('with afterHandling and rewrite, handles the request once and sends the rewritten answer', async () => {
    await start();
    const seen: unknown[] = [];
    faults.push({
      afterHandling: true,
      rewrite: (reply) => {
        seen.push(reply.body);
        return { status: 201, headers: { 'x-rewritten': 'yes' }, body: 'not JSON any more' };
      },
    });
    const res = await fetch(server.url);
    expect(res.status).toBe(201);
    expect(res.headers.get('x-rewritten')).toBe('yes');
    expect(await res.text()).toBe('not JSON any more');
    expect(seen).toEqual([{ ok: true, handled: 1 }]);
    expect(handled).toBe(1);
    // Consumed: the next answer is the normal one again.
    expect(await (await fetch(server.url)).json()).toEqual({ ok: true, handled: 2 });
  });

  it('delays the normal answer when no status is given, with extra headers', async () => {
    await start();
    faults.push({ delayMs: 150, headers: { 'retry-after': '1' } });
    const started = Date.now();
    const res = await fetch(server.url);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(res.status).toBe(200);
    expect(res.headers.get('retry-after')).toBe('1');
  });

  it('lets a slow fault be abandoned: the server still closes at once', async () => {
    await start();
    faults.push({ delayMs: 60_000, status: 500 });
    const pending = fetch(server.url).catch((error: unknown) => error);
    await untilTaken();
    await settlesWithin(server.close(), 'close() during a 60 s fault delay');
    expect(await pending).toBeInstanceOf(Error);
    expect(handled).toBe(0);
  });

  it('with hang, never answers: the client gives up, and the next request is answered', async () => {
    await start();
    faults.push({ hang: true });
    const client = new AbortController();
    const given = fetch(server.url, { signal: client.signal }).catch((error: unknown) => error);
    await untilTaken();
    client.abort();
    expect(((await given) as Error).name).toBe('AbortError');
    expect(handled).toBe(0);
    expect(await (await fetch(server.url)).json()).toEqual({ ok: true, handled: 1 });
  });

  it('with hang and afterHandling, handles the request and never answers: close() ends it', async () => {
    await start();
    faults.push({ hang: true, afterHandling: true });
    const pending = fetch(server.url).catch((error: unknown) => error);
    await untilTaken();
    await settlesWithin(server.close(), 'close() with a hanging request open');
    expect(await pending).toBeInstanceOf(Error);
    expect(handled).toBe(1);
  });
});
