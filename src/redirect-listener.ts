/**
 * Waits on the redirect URI's loopback host and port for the browser to come
 * back from consent, checks `state`, and answers with a page that says the
 * window may be closed. Gives up after a timeout.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ActionError } from './errors.js';

export interface RedirectListener {
  /** Resolves with the authorization code, or rejects with a clear ActionError. */
  readonly code: Promise<string>;
  close(): Promise<void>;
}

const PAGE = (title: string, text: string) =>
  `<!doctype html><meta charset="utf-8"><title>${title}</title><body style="font-family:sans-serif;margin:3em"><h1>${title}</h1><p>${text}</p></body>`;

/** Starts listening; rejects at once when the port is taken. */
export async function listenForRedirect(
  redirectUri: string,
  expectedState: string,
  timeoutMs: number,
): Promise<RedirectListener> {
  const target = new URL(redirectUri);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const port = Number(target.port || 80);

  let settle: { resolve: (code: string) => void; reject: (error: Error) => void } | undefined;
  const code = new Promise<string>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Callers may attach their handler late; an early rejection must not count as unhandled.
  code.catch(() => undefined);

  const server = createServer((req, res) => {
    const outcome = readRedirect(req, target.pathname, expectedState);
    if (outcome === undefined) {
      answer(res, 404, PAGE('Not here', 'This address only receives the consent redirect.'));
      return;
    }
    if ('error' in outcome) {
      answer(res, 400, PAGE('Consent failed', outcome.page));
      settle?.reject(new ActionError(outcome.error));
    } else {
      answer(
        res,
        200,
        PAGE('Done', 'fitbit-token-keeper received the consent. You may close this window.'),
      );
      settle?.resolve(outcome.code);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ActionError(
              `Port ${port} on ${host} is already in use, so the consent redirect cannot be received there`,
              'Stop whatever listens there, or pass another --redirect-uri (for a Google Desktop app client any loopback port works; a Web client needs the URI registered).',
            )
          : new ActionError(
              `Cannot listen on ${host}:${port} for the consent redirect (${error.code ?? error.message})`,
            ),
      );
    });
    server.listen(port, host, () => resolve());
  });

  const timer = setTimeout(() => {
    settle?.reject(
      new ActionError(
        `No consent arrived within ${Math.round(timeoutMs / 1000)} s`,
        'Open the printed URL in a browser and finish the consent, or pass a longer --timeout.',
      ),
    );
  }, timeoutMs);

  return {
    code,
    close: async () => {
      clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

type RedirectOutcome = { code: string } | { error: string; page: string };

function readRedirect(
  req: IncomingMessage,
  expectedPath: string,
  expectedState: string,
): RedirectOutcome | undefined {
  const url = new URL(req.url ?? '/', 'http://loopback');
  if (req.method !== 'GET' || url.pathname !== expectedPath) return undefined;
  const params = url.searchParams;
  if (params.get('state') !== expectedState) {
    return {
      error:
        'The consent redirect carried a wrong state, so it was ignored: it may not come from the consent you started. Run authorize again',
      page: 'The state did not match. Run the command again.',
    };
  }
  const error = params.get('error');
  if (error) {
    return {
      error:
        error === 'access_denied'
          ? 'Consent was denied (access_denied): no token was issued. Run authorize again and allow access (for a Google app in "Testing", your account must be listed as a test user)'
          : `The provider answered the consent with error ${error.slice(0, 100)}`,
      page: 'No access was granted. You may close this window.',
    };
  }
  const code = params.get('code');
  if (!code) return { error: 'The consent redirect carried no code', page: 'No code arrived.' };
  return { code };
}

function answer(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', connection: 'close' });
  res.end(html);
}
