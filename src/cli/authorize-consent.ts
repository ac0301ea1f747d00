/**
 * What `fitbit-token-keeper authorize` does (authorize.ts is its help): the
 * consent step on a person's machine. Runs the same grant flow as the action:
 * the preflight proves the secret can be written, then the consent page is
 * opened, the redirect received on loopback (or, for a provider that refuses
 * loopback redirects, the landing address pasted: authorize-paste.ts), and the
 * code exchanged with its PKCE verifier and stored.
 */
import { createGitHubClient } from '../github/client.js';
import { describeTarget } from '../github/target.js';
import { keepGrant } from '../grant/flow.js';
import { beginRun, type RunLifecycle } from '../grant/lifecycle.js';
import { ExplainedError, errorMessage, InputError } from '../lib/errors.js';
import { PRODUCTION_TIMING } from '../lib/timing.js';
import { buildConsentUrl, createPkce, createState } from '../oauth/consent.js';
import { providerNamed } from '../oauth/providers.js';
import type { TokenRequest } from '../oauth/token-client.js';
import { type AuthorizeValues, timeoutSeconds } from './authorize-flags.js';
import {
  type AuthorizeConfig,
  asOptionError,
  readAuthorizeConfig,
  readConsentUrlConfig,
} from './authorize-options.js';
import { pasteInstructions, readPastedCode } from './authorize-paste.js';
import { EXIT } from './command.js';
import type { CommandIo } from './io.js';
import { UsageError } from './options.js';
import { listenForRedirect } from './redirect-listener.js';
import { DEFAULT_REDIRECT_URI, isLoopbackHttp } from './redirect-uri.js';

export async function authorize(values: AuthorizeValues, io: CommandIo): Promise<number> {
  const seconds = timeoutSeconds(values.timeout);
  // The clock starts here: --timeout bounds the whole command, not only the wait for consent.
  const lifecycle = beginRun({
    timing: PRODUCTION_TIMING,
    limitMs: seconds * 1000,
    overLimit: (error) => timeoutReached(error, seconds),
    audience: 'command',
    log: {
      info: (message) => io.err(message),
      warning: (message) => io.err(`warning: ${message}`),
    },
    reseed: true,
  });
  try {
    const listens = providerNamed(values.provider).loopbackRedirects;
    if (listens && !isLoopbackHttp(values['redirect-uri'] ?? DEFAULT_REDIRECT_URI)) {
      return printConsentUrlOnly(values, io);
    }
    for (const secret of [values['client-secret'], values['github-token']]) lifecycle.mask(secret);
    const config = await readAuthorizeConfig(values, io.env, io.cwd);
    lifecycle.mask(config.githubToken);
    lifecycle.mask(config.endpoint.clientSecret);
    await keepGrant({
      ...lifecycle,
      settings: config,
      reseed: true,
      dryRun: false,
      github: createGitHubClient(config.githubToken, config.githubApiUrl, lifecycle.network),
      now: () => new Date(),
      hooks: {
        beforeExchange: () => consent(config, io, lifecycle),
        afterStore: async ({ reply }) => {
          io.err(
            `Done: the refresh token is stored in the secret ${config.secretName} of ${describeTarget(config.target)}.`,
          );
          if (config.print) {
            io.out(`refresh_token=${reply.refreshToken ?? ''}`);
            io.out(`access_token=${reply.accessToken}`);
          }
        },
      },
    });
    return EXIT.done;
  } catch (error) {
    if (error instanceof UsageError) throw error; // the command's help line, exit status 2
    // A malformed option value is found before any request: a wrong command line too.
    if (error instanceof InputError) throw new UsageError(errorMessage(asOptionError(error)));
    io.err(`error: ${lifecycle.fail(asOptionError(error)).line}`);
    return EXIT.failed;
  } finally {
    await lifecycle.close();
  }
}

/** Names the --timeout when it was what cut the command short. */
function timeoutReached(error: Error, seconds: number): ExplainedError {
  return new ExplainedError(
    `The --timeout of ${seconds} s was reached. ${error.message}`,
    'Finish the consent sooner, or pass a longer --timeout (it bounds the GitHub calls and the token exchange too).',
  );
}

/**
 * The consent in the browser: PKCE and a fresh state, the URL printed (and
 * opened), the answer received on loopback or pasted; resolves to the code to
 * exchange.
 */
async function consent(
  config: AuthorizeConfig,
  io: CommandIo,
  run: Pick<RunLifecycle, 'signal' | 'mask'>,
): Promise<TokenRequest> {
  const pkce = createPkce();
  const state = createState();
  const url = buildConsentUrl({
    authorizeUrl: config.authorizeUrl,
    provider: config.provider,
    clientId: config.endpoint.clientId,
    redirectUri: config.redirectUri,
    scopes: config.scopes,
    state,
    pkce,
  });
  const code =
    config.answer === 'paste'
      ? await pastedAnswer(config, io, url, state, run.signal)
      : await loopbackAnswer(config, io, url, state, run.signal);
  run.mask(code);
  run.mask(pkce.verifier);
  return {
    type: 'authorization_code',
    code,
    codeVerifier: pkce.verifier,
    redirectUri: config.redirectUri,
  };
}

/** The consent URL printed, and opened unless --no-open. */
async function showConsentUrl(config: AuthorizeConfig, io: CommandIo, url: string): Promise<void> {
  io.err('Open this URL in a browser and allow access:');
  io.out(url);
  if (config.openBrowser) {
    await io.openUrl(url).catch(() => io.err('Could not open a browser: open the URL yourself.'));
  }
}

/** The code the browser brings back to the loopback redirect this command listens on. */
async function loopbackAnswer(
  config: AuthorizeConfig,
  io: CommandIo,
  url: string,
  state: string,
  deadline: AbortSignal,
): Promise<string> {
  const listener = await listenForRedirect(config.redirectUri, state, {
    deadline,
    onRefused: (reason) =>
      io.err(
        `Refused a request to ${config.redirectUri} (${reason}): it did not come from this consent; still waiting for the consent redirect.`,
      ),
  });
  try {
    await showConsentUrl(config, io, url);
    io.err(`Waiting for the consent redirect on ${config.redirectUri} ...`);
    return await listener.code;
  } finally {
    await listener.close();
  }
}

/** The code in the landing address the person pastes (a provider that refuses loopback redirects). */
async function pastedAnswer(
  config: AuthorizeConfig,
  io: CommandIo,
  url: string,
  state: string,
  deadline: AbortSignal,
): Promise<string> {
  const pasted = { provider: config.provider, redirectUri: config.redirectUri, state, deadline };
  io.err(pasteInstructions(pasted));
  await showConsentUrl(config, io, url);
  io.err('Paste the address the browser lands on, then press Enter:');
  return readPastedCode(io, pasted);
}

/**
 * For a redirect URI this machine cannot listen on (e.g. a Web client's
 * https://www.google.com): print the consent URL for the re-seed workflow and
 * stop. No PKCE here: the verifier would have to travel to the workflow along
 * with the code; the client secret protects the code instead.
 */
function printConsentUrlOnly(values: AuthorizeValues, io: CommandIo): number {
  const config = readConsentUrlConfig(values);
  const url = buildConsentUrl({ ...config, state: createState(), pkce: undefined });
  io.err('Open this URL in a browser and allow access:');
  io.out(url);
  io.err(
    `Then copy the code parameter from the address bar of the page you land on (${config.redirectUri}) and run the re-seed workflow with it within a few minutes (codes are single-use and short-lived), its redirect-uri set to ${config.redirectUri} character for character. This command stored nothing.`,
  );
  return EXIT.done;
}
