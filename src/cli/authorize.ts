/**
 * `fitbit-token-keeper authorize`: the consent step on a person's machine.
 * Runs the same grant flow as the action: the preflight proves the secret can
 * be written, then the consent page is opened, the redirect received on
 * loopback, and the code exchanged with its PKCE verifier and stored.
 */
import { createGitHubClient } from '../github/client.js';
import { describeTarget } from '../github/target.js';
import { describeFailure } from '../grant/failure.js';
import { keepGrant } from '../grant/flow.js';
import type { Log } from '../grant/log.js';
import { unwrapFailure } from '../grant/stage.js';
import { ActionError } from '../lib/errors.js';
import { createDispatcher, type Network } from '../lib/http.js';
import { Redactor } from '../lib/redact.js';
import { PRODUCTION_TIMING } from '../lib/timing.js';
import { buildConsentUrl, createPkce, createState } from '../oauth/consent.js';
import type { TokenRequest } from '../oauth/token-client.js';
import {
  type AuthorizeConfig,
  type AuthorizeValues,
  asOptionError,
  DEFAULT_REDIRECT_URI,
  isLoopbackHttp,
  parseAuthorizeArgs,
  readAuthorizeConfig,
  readConsentUrlConfig,
  timeoutSeconds,
  UsageError,
} from './authorize-options.js';
import type { CommandIo } from './io.js';
import { listenForRedirect } from './redirect-listener.js';

export async function authorize(args: string[], io: CommandIo): Promise<number> {
  const redactor = new Redactor();
  let network: Network | undefined;
  let deadline: Deadline | undefined;
  try {
    const values = parseAuthorizeArgs(args);
    // The clock starts here: --timeout bounds the whole command, not only the wait for consent.
    const until = startDeadline(timeoutSeconds(values.timeout));
    deadline = until;
    if (!isLoopbackHttp(values['redirect-uri'] ?? DEFAULT_REDIRECT_URI)) {
      return printConsentUrlOnly(values, io);
    }
    for (const secret of [values['client-secret'], values['github-token']]) redactor.add(secret);
    const config = await readAuthorizeConfig(values, io.env, io.cwd);
    redactor.add(config.githubToken);
    redactor.add(config.endpoint.clientSecret);
    network = {
      dispatcher: createDispatcher(PRODUCTION_TIMING.requestTimeoutMs),
      timing: PRODUCTION_TIMING,
      signal: until.signal,
    };
    const log: Log = {
      info: (message) => io.err(message),
      warning: (message) => io.err(`warning: ${message}`),
    };
    const reply = await keepGrant({
      settings: config,
      reseed: true,
      github: createGitHubClient(config.githubToken, config.githubApiUrl, network),
      network,
      log,
      mask: (value) => redactor.add(value),
      redactor,
      now: () => new Date(),
      tokenRequest: () => consent(config, io, until.signal, redactor),
      afterStore: async ({ reply }) => reply,
    });
    io.err(
      `Done: the refresh token is stored in the secret ${config.secretName} of ${describeTarget(config.target)}.`,
    );
    if (config.print) {
      io.out(`refresh_token=${reply.refreshToken ?? ''}`);
      io.out(`access_token=${reply.accessToken}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`error: ${error.message}. Run fitbit-token-keeper --help for the options.`);
      return 2;
    }
    const { cause, situation } = unwrapFailure(error, true);
    const failure = overTimeout(asOptionError(cause), deadline);
    io.err(`error: ${describeFailure(failure, situation, redactor)}`);
    return 1;
  } finally {
    deadline?.clear();
    await network?.dispatcher.destroy().catch(() => undefined);
  }
}

/**
 * The consent in the browser: PKCE and a fresh state, the URL printed (and
 * opened), the redirect received on loopback; resolves to the code to exchange.
 */
async function consent(
  config: AuthorizeConfig,
  io: CommandIo,
  deadline: AbortSignal,
  redactor: Redactor,
): Promise<TokenRequest> {
  const pkce = createPkce();
  const state = createState();
  const listener = await listenForRedirect(config.redirectUri, state, {
    deadline,
    onRefused: (reason) =>
      io.err(
        `Refused a request to ${config.redirectUri} (${reason}): it did not come from this consent; still waiting for the consent redirect.`,
      ),
  });
  try {
    const url = buildConsentUrl({
      authorizeUrl: config.authorizeUrl,
      provider: config.provider,
      clientId: config.endpoint.clientId,
      redirectUri: config.redirectUri,
      scopes: config.scopes,
      state,
      pkce,
    });
    io.err('Open this URL in a browser and allow access:');
    io.out(url);
    if (config.openBrowser) {
      await io.openUrl(url).catch(() => io.err('Could not open a browser: open the URL yourself.'));
    }
    io.err(`Waiting for the consent redirect on ${config.redirectUri} ...`);
    const code = await listener.code;
    redactor.add(code);
    redactor.add(pkce.verifier);
    return {
      type: 'authorization_code',
      code,
      codeVerifier: pkce.verifier,
      redirectUri: config.redirectUri,
    };
  } finally {
    await listener.close();
  }
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
    `Then copy the code parameter from the address bar of the page you land on (${config.redirectUri}) and run the re-seed workflow with it within a few minutes: codes are single-use and short-lived. This command stored nothing.`,
  );
  return 0;
}

interface Deadline {
  readonly seconds: number;
  /** Aborts every request and the wait for consent when the time is up. */
  readonly signal: AbortSignal;
  clear(): void;
}

function startDeadline(seconds: number): Deadline {
  const controller = new AbortController();
  // abort() without a reason raises an AbortError, which the GitHub client takes as final.
  const timer = setTimeout(() => controller.abort(), seconds * 1000);
  timer.unref();
  return { seconds, signal: controller.signal, clear: () => clearTimeout(timer) };
}

/** Names the --timeout when it was what cut the command short. */
function overTimeout(error: unknown, deadline: Deadline | undefined): unknown {
  if (!deadline?.signal.aborted || !(error instanceof Error)) return error;
  return new ActionError(
    `The --timeout of ${deadline.seconds} s was reached. ${error.message}`,
    'Run authorize again and finish the consent sooner, or pass a longer --timeout (it bounds the GitHub calls and the token exchange too).',
  );
}
