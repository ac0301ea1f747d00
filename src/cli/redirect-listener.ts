/**
 * Waits on the redirect URI's loopback host and port for the browser to come
 * back from consent, and answers with a page that says the window may be
 * closed. Any local web page can send requests here, so only the redirect of
 * this consent ends the wait: a request with a foreign Host header (DNS
 * rebinding) or without the right `state` is refused and the wait goes on.
 * Gives up when the deadline fires.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ExplainedError } from '../lib/errors.js';
import { untrustedLine } from './terminal-text.js';

export interface RedirectListener {
  /** Resolves with the authorization code, or rejects with a clear ExplainedError. */
  readonly code: Promise<string>;
  /** The port it listens on: the redirect URI's, or the one the system chose for port 0. */
  readonly port: number;
  close(): Promise<void>;
}

export interface ListenOptions {
  /** Ends the wait: the command's --timeout. */
  readonly deadline: AbortSignal;
  /** Told of the first refused request, so the person knows the command still waits. */
  readonly onRefused?: (reason: string) => void;
}

/** How much of the provider's `error` and `error_description` a message quotes. */
const MAX_PROVIDER_TEXT = 200;
/** Names a browser may use for a loopback redirect, besides the one the URI names. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

const PAGE = (title: string, text: string) =>
  `<!doctype html><meta charset="utf-8"><title>${title}</title><body style="font-family:sans-serif;margin:3em"><h1>${title}</h1><p>${text}</p></body>`;
const REFUSED = PAGE(
  'Refused',
  'This request did not come from the consent fitbit-token-keeper started, so it was refused. The command is still waiting for the consent redirect.',
);

/** Starts listening; rejects at once when the port is taken. */
export async function listenForRedirect(
  redirectUri: string,
  expectedState: string,
  options: ListenOptions,
): Promise<RedirectListener> {
  const target = new URL(redirectUri);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const hostNames = new Set([...LOOPBACK_NAMES, target.hostname.toLowerCase()]);

  let settle: { resolve: (code: string) => void; reject: (error: Error) => void } | undefined;
  const code = new Promise<string>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Callers may attach their handler late; an early rejection must not count as unhandled.
  code.catch(() => undefined);
  let waiting = true;
  const finish = (outcome: RedirectOutcome) => {
    waiting = false;
    if ('code' in outcome) settle?.resolve(outcome.code);
    else settle?.reject(new ExplainedError(outcome.error));
  };

  let refusedBefore = false;
  const refuse = (res: ServerResponse, reason: string) => {
    answer(res, 400, REFUSED);
    if (!refusedBefore) options.onRefused?.(reason);
    refusedBefore = true;
  };

  const server = createServer((req, res) => {
    const url = URL.parse(req.url ?? '/', 'http://loopback');
    if (!isThisListener(req, hostNames)) {
      refuse(res, 'its Host header does not name this listener');
    } else if (req.method !== 'GET' || url?.pathname !== target.pathname) {
      answer(res, 404, PAGE('Not here', 'This address only receives the consent redirect.'));
    } else if (!waiting) {
      answer(res, 400, PAGE('Already received', 'The consent redirect has already arrived.'));
    } else if (url.searchParams.get('state') !== expectedState) {
      refuse(res, 'its state is not the one this consent was started with');
    } else {
      const outcome = readRedirect(url.searchParams);
      answer(res, ...pageFor(outcome));
      finish(outcome);
    }
  });

  const port = await listen(server, host, Number(target.port || 80));

  const onDeadline = () => {
    waiting = false;
    settle?.reject(
      new ExplainedError(
        'No consent arrived',
        'Open the printed URL in a browser and finish the consent, or pass a longer --timeout.',
      ),
    );
  };
  if (options.deadline.aborted) onDeadline();
  options.deadline.addEventListener('abort', onDeadline, { once: true });

  return {
    code,
    port,
    close: async () => {
      options.deadline.removeEventListener('abort', onDeadline);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Listens and returns the port; a taken port becomes an error that says what to do. */
async function listen(
  server: ReturnType<typeof createServer>,
  host: string,
  port: number,
): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ExplainedError(
              `Port ${port} on ${host} is already in use, so the consent redirect cannot be received there`,
              'Stop whatever listens there, or pass another --redirect-uri (for a Google Desktop app client any loopback port works; a Web client needs the URI registered).',
            )
          : new ExplainedError(
              `Cannot listen on ${host}:${port} for the consent redirect (${error.code ?? error.message})`,
            ),
      );
    });
    server.listen(port, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

/**
 * A browser following the redirect names a loopback host and this port. A page
 * on another name that resolves to 127.0.0.1 (DNS rebinding) sends its own
 * name, and a page served from another local port sends that port.
 */
function isThisListener(req: IncomingMessage, names: ReadonlySet<string>): boolean {
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(req.headers.host ?? '');
  if (!match) return false;
  const [, name = '', portText] = match;
  return names.has(name.toLowerCase()) && Number(portText ?? 80) === req.socket.localPort;
}

type RedirectOutcome = { code: string } | { error: string };

/** What the redirect of this consent (its state checked) carries: a code or the provider's error. */
function readRedirect(params: URLSearchParams): RedirectOutcome {
  const error = params.get('error');
  if (error) return { error: consentError(error, params.get('error_description')) };
  const code = params.get('code');
  if (!code) return { error: 'The consent redirect carried no code' };
  return { code };
}

/** The provider's words go into the message cleaned: a crafted redirect must not drive the terminal. */
function consentError(error: string, description: string | null): string {
  const said = description
    ? ` (the provider said: ${untrustedLine(description, MAX_PROVIDER_TEXT)})`
    : '';
  if (error === 'access_denied') {
    return `Consent was denied (access_denied): no token was issued${said}. Run fitbit-token-keeper authorize again and allow access (for a Google app in "Testing", your account must be listed as a test user)`;
  }
  return `The provider answered the consent with error ${untrustedLine(error, MAX_PROVIDER_TEXT)}${said}`;
}

function pageFor(outcome: RedirectOutcome): [number, string] {
  if ('code' in outcome) {
    return [
      200,
      PAGE('Done', 'fitbit-token-keeper received the consent. You may close this window.'),
    ];
  }
  return [400, PAGE('Consent failed', 'No access was granted. You may close this window.')];
}

function answer(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', connection: 'close' });
  res.end(html);
}
