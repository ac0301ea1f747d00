/**
 * `fitbit-token-keeper authorize`: the consent step on a person's machine.
 * Proves the secret can be written, opens the consent page, receives the
 * redirect on loopback, exchanges the code with its PKCE verifier and stores
 * the refresh token, through the same code the action runs.
 */
import { parseArgs } from 'node:util';
import { type Config, httpsUrl, readInputs, readProvider, required } from '../action/inputs.js';
import { createGitHubClient } from '../github/client.js';
import { describeTarget } from '../github/target.js';
import { describeFailure, type Situation, startingSituation } from '../grant/failure.js';
import { exchange, preflight, storeRefreshToken } from '../grant/flow.js';
import { ActionError, InputError } from '../lib/errors.js';
import { createDispatcher, type Network } from '../lib/http.js';
import { Redactor } from '../lib/redact.js';
import { PRODUCTION_TIMING } from '../lib/timing.js';
import { buildConsentUrl, createPkce, createState } from '../oauth/consent.js';
import type { Provider } from '../oauth/providers.js';
import { originRepository } from './git-remote.js';
import type { CommandIo } from './io.js';
import { listenForRedirect } from './redirect-listener.js';

const OPTIONS = {
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
  provider: { type: 'string' },
  'authorize-url': { type: 'string' },
  'token-url': { type: 'string' },
  scopes: { type: 'string' },
  'redirect-uri': { type: 'string' },
  repository: { type: 'string' },
  environment: { type: 'string' },
  'secret-name': { type: 'string' },
  'github-token': { type: 'string' },
  'github-api-url': { type: 'string' },
  open: { type: 'boolean', default: true },
  print: { type: 'boolean', default: false },
  timeout: { type: 'string' },
} as const;

const DEFAULT_REDIRECT_URI = 'http://127.0.0.1:8080/';
const DEFAULT_TIMEOUT_SECONDS = 300;
const MAX_TIMEOUT_SECONDS = 24 * 3600;
/** Read when --client-secret is not given, so the secret need not sit on the command line. */
const CLIENT_SECRET_VARIABLE = 'FITBIT_TOKEN_KEEPER_CLIENT_SECRET';
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

export async function authorize(args: string[], io: CommandIo): Promise<number> {
  const redactor = new Redactor();
  const situation = startingSituation(true);
  let network: Network | undefined;
  let deadline: Deadline | undefined;
  try {
    const { values } = parseArgs({ args, options: OPTIONS, allowNegative: true, strict: true });
    // The clock starts here: --timeout bounds the whole command, not only the wait for consent.
    deadline = startDeadline(timeoutSeconds(values.timeout));
    if (!isLoopbackHttp(values['redirect-uri'] ?? DEFAULT_REDIRECT_URI)) {
      return printConsentUrlOnly(values, io);
    }
    for (const secret of [values['client-secret'], values['github-token']]) redactor.add(secret);
    const options = await resolveOptions(values, io);
    redactor.add(options.config.githubToken);
    redactor.add(options.config.clientSecret);
    const { config } = options;
    situation.provider = config.provider;
    situation.secret = config.secretName;
    const log = {
      info: (message: string) => io.err(message),
      warning: (message: string) => io.err(`warning: ${message}`),
    };
    const reach = (stage: Situation['stage']) => {
      situation.stage = stage;
    };

    network = {
      dispatcher: createDispatcher(PRODUCTION_TIMING.requestTimeoutMs),
      timing: PRODUCTION_TIMING,
      signal: deadline.signal,
    };
    const github = createGitHubClient(config.githubToken, config.githubApiUrl, network);
    reach('preflight');
    const { publicKey } = await preflight(config, github, log);

    const pkce = createPkce();
    const state = createState();
    const listener = await listenForRedirect(options.redirectUri, state, {
      deadline: deadline.signal,
      onRefused: (reason) =>
        io.err(
          `Refused a request to ${options.redirectUri} (${reason}): it did not come from this consent; still waiting for the consent redirect.`,
        ),
    });
    let code: string;
    try {
      const url = buildConsentUrl({
        authorizeUrl: options.authorizeUrl,
        provider: config.provider,
        clientId: config.clientId,
        redirectUri: options.redirectUri,
        scopes: options.scopes,
        state,
        pkce,
      });
      io.err('Open this URL in a browser and allow access:');
      io.out(url);
      if (options.openBrowser) {
        await io
          .openUrl(url)
          .catch(() => io.err('Could not open a browser: open the URL yourself.'));
      }
      io.err(`Waiting for the consent redirect on ${options.redirectUri} ...`);
      code = await listener.code;
    } finally {
      await listener.close();
    }
    redactor.add(code);
    redactor.add(pkce.verifier);

    const reseed: Config = {
      ...config,
      grant: {
        type: 'authorization_code',
        code,
        codeVerifier: pkce.verifier,
        redirectUri: options.redirectUri,
      },
    };
    reach('exchange');
    const grant = { config: reseed, github, network, publicKey, log, reach };
    const reply = await exchange(grant, (value) => redactor.add(value), redactor);
    await storeRefreshToken(grant, reply);
    io.err(
      `Done: the refresh token is stored in the secret ${config.secretName} of ${describeTarget(config.target)}.`,
    );
    if (options.print) {
      io.out(`refresh_token=${reply.refreshToken ?? ''}`);
      io.out(`access_token=${reply.accessToken}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`error: ${error.message}. Run fitbit-token-keeper --help for the options.`);
      return 2;
    }
    const failure = overTimeout(asOptionError(error), deadline);
    io.err(`error: ${describeFailure(failure, situation, redactor)}`);
    return 1;
  } finally {
    deadline?.clear();
    await network?.dispatcher.destroy().catch(() => undefined);
  }
}

/** A wrong command line, found before anything is sent: exit status 2, as `gh` and `npm` do. */
class UsageError extends ActionError {
  override name = 'UsageError';
}

interface Deadline {
  readonly seconds: number;
  /** Aborts every request and the wait for consent when the time is up. */
  readonly signal: AbortSignal;
  clear(): void;
}

function startDeadline(seconds: number): Deadline {
  const controller = new AbortController();
  // abort() without a reason raises an AbortError, which the GitHub client takes as final;
  // Octokit turns the TimeoutError of AbortSignal.timeout() into a "500", a retryable failure.
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

interface AuthorizeOptions {
  readonly config: Config;
  readonly authorizeUrl: string;
  readonly redirectUri: string;
  readonly scopes: readonly string[];
  readonly openBrowser: boolean;
  readonly print: boolean;
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

/** Validates every option with the action's own input rules, before anything is sent. */
async function resolveOptions(values: Values, io: CommandIo): Promise<AuthorizeOptions> {
  const redirectUri = loopbackRedirect(values['redirect-uri'] ?? DEFAULT_REDIRECT_URI);
  const inputs: Record<string, string | undefined> = {
    provider: values.provider,
    'client-id': values['client-id'],
    'client-secret': values['client-secret'] ?? io.env[CLIENT_SECRET_VARIABLE],
    'token-url': values['token-url'],
    'github-token': values['github-token'] ?? io.env.GH_TOKEN ?? io.env.GITHUB_TOKEN,
    'github-api-url': values['github-api-url'],
    repository: values.repository ?? (await originRepository(io.cwd)),
    environment: values.environment,
    'secret-name': values['secret-name'],
    // A stand-in: the real code arrives after consent; it only selects re-seed rules here.
    code: 'pending-consent',
    'redirect-uri': redirectUri,
  };
  const config = readInputs((name) => inputs[name] ?? '', {
    GITHUB_API_URL: io.env.GITHUB_API_URL,
    'INPUT_EXPORT-VARIABLE': '',
  });

  const presetAuthorizeUrl = config.provider.authorizeUrl;
  const authorizeUrl = values['authorize-url'] ?? presetAuthorizeUrl;
  if (authorizeUrl === undefined) {
    throw new InputError('authorize-url', "is required with provider 'custom'");
  }
  const scopes = scopesOf(values, config.provider);
  return {
    config,
    authorizeUrl: httpsUrl('authorize-url', authorizeUrl),
    redirectUri,
    scopes,
    openBrowser: values.open,
    print: values.print,
  };
}

/**
 * For a redirect URI this machine cannot listen on (e.g. a Web client's
 * https://www.google.com): print the consent URL for the re-seed workflow and
 * stop. No PKCE here: the verifier would have to travel to the workflow along
 * with the code; the client secret protects the code instead.
 */
function printConsentUrlOnly(values: Values, io: CommandIo): number {
  const provider = readProvider(values.provider);
  const clientId = required('client-id', values['client-id'], 'the OAuth client id');
  const authorizeUrl = values['authorize-url'] ?? provider.authorizeUrl;
  if (authorizeUrl === undefined) {
    throw new InputError('authorize-url', "is required with provider 'custom'");
  }
  const redirectUri = httpsUrl('redirect-uri', values['redirect-uri'] ?? '');
  const url = buildConsentUrl({
    authorizeUrl: httpsUrl('authorize-url', authorizeUrl),
    provider,
    clientId,
    redirectUri,
    scopes: scopesOf(values, provider),
    state: createState(),
    pkce: undefined,
  });
  io.err('Open this URL in a browser and allow access:');
  io.out(url);
  io.err(
    `Then copy the code parameter from the address bar of the page you land on (${redirectUri}) and run the re-seed workflow with it within a few minutes: codes are single-use and short-lived. This command stored nothing.`,
  );
  return 0;
}

function scopesOf(values: Values, provider: Provider): readonly string[] {
  return values.scopes?.split(/[\s,]+/).filter(Boolean) ?? provider.defaultScopes;
}

function isLoopbackHttp(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && LOOPBACK.test(url.hostname);
  } catch {
    return true; // malformed: let the full validation name the problem
  }
}

function loopbackRedirect(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError('redirect-uri', `must be an absolute URL (got '${value}')`);
  }
  if (url.protocol !== 'http:' || !LOOPBACK.test(url.hostname)) {
    throw new InputError(
      'redirect-uri',
      `must be http on a loopback host such as ${DEFAULT_REDIRECT_URI}, where this command can listen (got '${value}')`,
    );
  }
  return value;
}

function timeoutSeconds(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS;
  const seconds = value.trim() === '' ? Number.NaN : Number(value);
  if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
    throw new UsageError(
      `Option --timeout must be a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS} (24 hours) (got '${value}')`,
    );
  }
  return seconds;
}

/** The command's options are flags, not action inputs: name them as such. */
function asOptionError(error: unknown): unknown {
  if (error instanceof InputError) {
    const hint =
      error.input === 'github-token'
        ? ' (or set GH_TOKEN)'
        : error.input === 'client-secret'
          ? ` (or set ${CLIENT_SECRET_VARIABLE})`
          : error.input === 'repository'
            ? ' (or run inside a checkout whose origin remote is on GitHub)'
            : '';
    return new ActionError(`Option --${error.input} ${error.problem}${hint}`);
  }
  if (
    error instanceof Error &&
    (error as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS')
  ) {
    return new ActionError(`${error.message}. Run fitbit-token-keeper --help for the options`);
  }
  return error;
}
