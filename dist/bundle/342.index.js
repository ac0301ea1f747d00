export const id = 342;
export const ids = [342];
export const modules = {

/***/ 6537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ authorize)
});

// EXTERNAL MODULE: ./lib/src/github/client.js + 23 modules
var client = __webpack_require__(8630);
// EXTERNAL MODULE: ./lib/src/github/target.js
var target = __webpack_require__(6119);
// EXTERNAL MODULE: ./lib/src/grant/failure.js
var grant_failure = __webpack_require__(7393);
// EXTERNAL MODULE: ./lib/src/grant/flow.js + 5 modules
var flow = __webpack_require__(9597);
// EXTERNAL MODULE: ./lib/src/grant/stage.js
var stage = __webpack_require__(6453);
// EXTERNAL MODULE: ./lib/src/lib/errors.js
var errors = __webpack_require__(7603);
// EXTERNAL MODULE: ./lib/src/lib/http.js
var http = __webpack_require__(8500);
// EXTERNAL MODULE: ./lib/src/lib/redact.js
var redact = __webpack_require__(1125);
// EXTERNAL MODULE: ./lib/src/lib/timing.js
var timing = __webpack_require__(2666);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/src/oauth/consent.js
/**
 * The consent step's URL: PKCE S256 (RFC 7636), a random state, and the
 * provider's extra parameters (Google's access_type=offline, prompt=consent).
 */

/** 32 random bytes → a 43-character verifier, within RFC 7636's 43–128. */
function createPkce() {
    const verifier = (0,external_node_crypto_.randomBytes)(32).toString('base64url');
    return { verifier, challenge: (0,external_node_crypto_.createHash)('sha256').update(verifier).digest('base64url') };
}
function createState() {
    return (0,external_node_crypto_.randomBytes)(16).toString('base64url');
}
function buildConsentUrl(request) {
    const url = new URL(request.authorizeUrl);
    const params = {
        response_type: 'code',
        client_id: request.clientId,
        redirect_uri: request.redirectUri,
        state: request.state,
        ...request.provider.consentParams,
    };
    if (request.pkce) {
        params.code_challenge = request.pkce.challenge;
        params.code_challenge_method = 'S256';
    }
    if (request.scopes.length > 0)
        params.scope = request.scopes.join(' ');
    for (const [name, value] of Object.entries(params))
        url.searchParams.set(name, value);
    return url.href;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/src/lib/validators.js
var validators = __webpack_require__(8607);
// EXTERNAL MODULE: ./lib/src/oauth/providers.js
var providers = __webpack_require__(4428);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/src/cli/git-remote.js
/**
 * owner/name of the current checkout's `origin` remote, for the command's
 * default repository. Understands https and ssh remotes of any GitHub host.
 */


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function originRepository(cwd) {
    try {
        const { stdout } = await run('git', ['remote', 'get-url', 'origin'], { cwd, timeout: 5000 });
        return repositoryFromRemote(stdout.trim());
    }
    catch {
        return undefined;
    }
}
/** `https://github.com/o/r(.git)`, `git@github.com:o/r(.git)`, `ssh://git@host/o/r` → `o/r`. */
function repositoryFromRemote(remote) {
    const match = /^(?:[a-z+]+:\/\/(?:[^@/]+@)?[^/]+\/|[^@\s]+@[^:\s]+:)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/i.exec(remote);
    return match?.[1] && match[2] ? `${match[1]}/${match[2]}` : undefined;
}

;// CONCATENATED MODULE: ./lib/src/cli/authorize-options.js
/**
 * The `authorize` command's own configuration: its flags and environment
 * variables, read with the validators the action's inputs use too. Nothing
 * here is sent anywhere; every problem is found before the first request.
 */





const AUTHORIZE_OPTIONS = {
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
};
const DEFAULT_REDIRECT_URI = 'http://127.0.0.1:8080/';
const DEFAULT_TIMEOUT_SECONDS = 300;
const MAX_TIMEOUT_SECONDS = 24 * 3600;
/** Read when --client-secret is not given, so the secret need not sit on the command line. */
const CLIENT_SECRET_VARIABLE = 'FITBIT_TOKEN_KEEPER_CLIENT_SECRET';
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;
/** A wrong command line, found before anything is sent: exit status 2, as `gh` and `npm` do. */
class UsageError extends errors/* ActionError */.lZ {
    name = 'UsageError';
}
function parseAuthorizeArgs(args) {
    return (0,external_node_util_.parseArgs)({ args, options: AUTHORIZE_OPTIONS, allowNegative: true, strict: true }).values;
}
/** The environment and the checkout the command runs in fill what the flags leave out. */
async function readAuthorizeConfig(values, env, cwd) {
    const redirectUri = loopbackRedirect(values['redirect-uri'] ?? DEFAULT_REDIRECT_URI);
    const provider = (0,providers/* providerNamed */.li)(values.provider);
    const clientId = (0,validators/* required */.mw)('client-id', values['client-id'], 'the OAuth client id');
    const clientSecret = values['client-secret'] ?? env[CLIENT_SECRET_VARIABLE];
    const tokenUrl = (0,providers/* tokenUrlOf */.qV)(provider, values['token-url']);
    const githubToken = (0,validators/* required */.mw)('github-token', values['github-token'] ?? env.GH_TOKEN ?? env.GITHUB_TOKEN, 'a token that may write Actions secrets');
    return {
        provider,
        endpoint: {
            url: tokenUrl,
            clientId,
            clientSecret,
            clientAuth: (0,providers/* resolveClientAuth */.EC)(provider, 'auto', clientSecret !== undefined),
        },
        githubToken,
        githubApiUrl: (0,validators/* apiBaseUrl */.tj)('github-api-url', values['github-api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com'),
        target: {
            ...(0,validators/* repository */.Jk)(values.repository ?? (await originRepository(cwd))),
            environment: (0,validators/* optional */.lq)(values.environment, validators/* environmentName */.VE),
        },
        secretName: (0,validators/* secretName */.Gf)('secret-name', values['secret-name'] ?? 'FITBIT_REFRESH_TOKEN'),
        accessTokenSecret: undefined,
        recoveryPublicKey: undefined,
        grantLifetimeSeconds: undefined,
        currentRun: undefined,
        authorizeUrl: authorizeUrlOf(provider, values['authorize-url']),
        redirectUri,
        scopes: scopesOf(values, provider),
        openBrowser: values.open,
        print: values.print,
    };
}
function readConsentUrlConfig(values) {
    const provider = (0,providers/* providerNamed */.li)(values.provider);
    return {
        provider,
        clientId: (0,validators/* required */.mw)('client-id', values['client-id'], 'the OAuth client id'),
        authorizeUrl: authorizeUrlOf(provider, values['authorize-url']),
        redirectUri: (0,validators/* httpsUrl */.N3)('redirect-uri', values['redirect-uri'] ?? ''),
        scopes: scopesOf(values, provider),
    };
}
/** True when the command can listen where the redirect URI points. */
function isLoopbackHttp(value) {
    try {
        const url = new URL(value);
        return url.protocol === 'http:' && LOOPBACK.test(url.hostname);
    }
    catch {
        return true; // malformed: let the full validation name the problem
    }
}
function timeoutSeconds(value) {
    if (value === undefined)
        return DEFAULT_TIMEOUT_SECONDS;
    const seconds = value.trim() === '' ? Number.NaN : Number(value);
    if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
        throw new UsageError(`Option --timeout must be a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS} (24 hours) (got '${value}')`);
    }
    return seconds;
}
/** The command's options are flags, not action inputs: name them as such. */
function asOptionError(error) {
    if (error instanceof errors/* InputError */.dz) {
        const hint = error.input === 'github-token'
            ? ' (or set GH_TOKEN)'
            : error.input === 'client-secret'
                ? ` (or set ${CLIENT_SECRET_VARIABLE})`
                : error.input === 'repository'
                    ? ' (or run inside a checkout whose origin remote is on GitHub)'
                    : '';
        return new errors/* ActionError */.lZ(`Option --${error.input} ${error.problem}${hint}`);
    }
    if (error instanceof Error &&
        error.code?.toString().startsWith('ERR_PARSE_ARGS')) {
        return new errors/* ActionError */.lZ(`${error.message}. Run fitbit-token-keeper --help for the options`);
    }
    return error;
}
function authorizeUrlOf(provider, override) {
    const authorizeUrl = override ?? provider.authorizeUrl;
    if (authorizeUrl === undefined) {
        throw new errors/* InputError */.dz('authorize-url', "is required with provider 'custom'");
    }
    return (0,validators/* httpsUrl */.N3)('authorize-url', authorizeUrl);
}
function scopesOf(values, provider) {
    return values.scopes === undefined ? provider.defaultScopes : (0,validators/* scopeList */.Jb)(values.scopes);
}
function loopbackRedirect(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* InputError */.dz('redirect-uri', `must be an absolute URL (got '${value}')`);
    }
    if (url.protocol !== 'http:' || !LOOPBACK.test(url.hostname)) {
        throw new errors/* InputError */.dz('redirect-uri', `must be http on a loopback host such as ${DEFAULT_REDIRECT_URI}, where this command can listen (got '${value}')`);
    }
    return value;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./lib/src/cli/terminal-text.js
var terminal_text = __webpack_require__(615);
;// CONCATENATED MODULE: ./lib/src/cli/redirect-listener.js
/**
 * Waits on the redirect URI's loopback host and port for the browser to come
 * back from consent, and answers with a page that says the window may be
 * closed. Any local web page can send requests here, so only the redirect of
 * this consent ends the wait: a request with a foreign Host header (DNS
 * rebinding) or without the right `state` is refused and the wait goes on.
 * Gives up when the deadline fires.
 */



/** How much of the provider's `error` and `error_description` a message quotes. */
const MAX_PROVIDER_TEXT = 200;
/** Names a browser may use for a loopback redirect, besides the one the URI names. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const PAGE = (title, text) => `<!doctype html><meta charset="utf-8"><title>${title}</title><body style="font-family:sans-serif;margin:3em"><h1>${title}</h1><p>${text}</p></body>`;
const REFUSED = PAGE('Refused', 'This request did not come from the consent fitbit-token-keeper started, so it was refused. The command is still waiting for the consent redirect.');
/** Starts listening; rejects at once when the port is taken. */
async function listenForRedirect(redirectUri, expectedState, options) {
    const target = new URL(redirectUri);
    const host = target.hostname.replace(/^\[|\]$/g, '');
    const hostNames = new Set([...LOOPBACK_NAMES, target.hostname.toLowerCase()]);
    let settle;
    const code = new Promise((resolve, reject) => {
        settle = { resolve, reject };
    });
    // Callers may attach their handler late; an early rejection must not count as unhandled.
    code.catch(() => undefined);
    let waiting = true;
    const finish = (outcome) => {
        waiting = false;
        if ('code' in outcome)
            settle?.resolve(outcome.code);
        else
            settle?.reject(new errors/* ActionError */.lZ(outcome.error));
    };
    let refusedBefore = false;
    const refuse = (res, reason) => {
        answer(res, 400, REFUSED);
        if (!refusedBefore)
            options.onRefused?.(reason);
        refusedBefore = true;
    };
    const server = (0,external_node_http_.createServer)((req, res) => {
        const url = URL.parse(req.url ?? '/', 'http://loopback');
        if (!isThisListener(req, hostNames)) {
            refuse(res, 'its Host header does not name this listener');
        }
        else if (req.method !== 'GET' || url?.pathname !== target.pathname) {
            answer(res, 404, PAGE('Not here', 'This address only receives the consent redirect.'));
        }
        else if (!waiting) {
            answer(res, 400, PAGE('Already received', 'The consent redirect has already arrived.'));
        }
        else if (url.searchParams.get('state') !== expectedState) {
            refuse(res, 'its state is not the one this consent was started with');
        }
        else {
            const outcome = readRedirect(url.searchParams);
            answer(res, ...pageFor(outcome));
            finish(outcome);
        }
    });
    const port = await listen(server, host, Number(target.port || 80));
    const onDeadline = () => {
        waiting = false;
        settle?.reject(new errors/* ActionError */.lZ('No consent arrived', 'Open the printed URL in a browser and finish the consent, or pass a longer --timeout.'));
    };
    if (options.deadline.aborted)
        onDeadline();
    options.deadline.addEventListener('abort', onDeadline, { once: true });
    return {
        code,
        port,
        close: async () => {
            options.deadline.removeEventListener('abort', onDeadline);
            server.closeAllConnections();
            await new Promise((resolve) => server.close(() => resolve()));
        },
    };
}
/** Listens and returns the port; a taken port becomes an error that says what to do. */
async function listen(server, host, port) {
    await new Promise((resolve, reject) => {
        server.once('error', (error) => {
            reject(error.code === 'EADDRINUSE'
                ? new errors/* ActionError */.lZ(`Port ${port} on ${host} is already in use, so the consent redirect cannot be received there`, 'Stop whatever listens there, or pass another --redirect-uri (for a Google Desktop app client any loopback port works; a Web client needs the URI registered).')
                : new errors/* ActionError */.lZ(`Cannot listen on ${host}:${port} for the consent redirect (${error.code ?? error.message})`));
        });
        server.listen(port, host, () => resolve());
    });
    return server.address().port;
}
/**
 * A browser following the redirect names a loopback host and this port. A page
 * on another name that resolves to 127.0.0.1 (DNS rebinding) sends its own
 * name, and a page served from another local port sends that port.
 */
function isThisListener(req, names) {
    const match = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(req.headers.host ?? '');
    if (!match)
        return false;
    const [, name = '', portText] = match;
    return names.has(name.toLowerCase()) && Number(portText ?? 80) === req.socket.localPort;
}
/** What the redirect of this consent (its state checked) carries: a code or the provider's error. */
function readRedirect(params) {
    const error = params.get('error');
    if (error)
        return { error: consentError(error, params.get('error_description')) };
    const code = params.get('code');
    if (!code)
        return { error: 'The consent redirect carried no code' };
    return { code };
}
/** The provider's words go into the message cleaned: a crafted redirect must not drive the terminal. */
function consentError(error, description) {
    const said = description
        ? ` (the provider said: ${(0,terminal_text/* untrustedLine */.t)(description, MAX_PROVIDER_TEXT)})`
        : '';
    if (error === 'access_denied') {
        return `Consent was denied (access_denied): no token was issued${said}. Run authorize again and allow access (for a Google app in "Testing", your account must be listed as a test user)`;
    }
    return `The provider answered the consent with error ${(0,terminal_text/* untrustedLine */.t)(error, MAX_PROVIDER_TEXT)}${said}`;
}
function pageFor(outcome) {
    if ('code' in outcome) {
        return [
            200,
            PAGE('Done', 'fitbit-token-keeper received the consent. You may close this window.'),
        ];
    }
    return [400, PAGE('Consent failed', 'No access was granted. You may close this window.')];
}
function answer(res, status, html) {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', connection: 'close' });
    res.end(html);
}

;// CONCATENATED MODULE: ./lib/src/cli/authorize.js
/**
 * `fitbit-token-keeper authorize`: the consent step on a person's machine.
 * Runs the same grant flow as the action: the preflight proves the secret can
 * be written, then the consent page is opened, the redirect received on
 * loopback, and the code exchanged with its PKCE verifier and stored.
 */












async function authorize(args, io) {
    const redactor = new redact/* Redactor */.p();
    let network;
    let deadline;
    try {
        const values = parseAuthorizeArgs(args);
        // The clock starts here: --timeout bounds the whole command, not only the wait for consent.
        const until = startDeadline(timeoutSeconds(values.timeout));
        deadline = until;
        if (!isLoopbackHttp(values['redirect-uri'] ?? DEFAULT_REDIRECT_URI)) {
            return printConsentUrlOnly(values, io);
        }
        for (const secret of [values['client-secret'], values['github-token']])
            redactor.add(secret);
        const config = await readAuthorizeConfig(values, io.env, io.cwd);
        redactor.add(config.githubToken);
        redactor.add(config.endpoint.clientSecret);
        network = {
            dispatcher: (0,http/* createDispatcher */.S)(timing/* PRODUCTION_TIMING */.Z.requestTimeoutMs),
            timing: timing/* PRODUCTION_TIMING */.Z,
            signal: until.signal,
        };
        const log = {
            info: (message) => io.err(message),
            warning: (message) => io.err(`warning: ${message}`),
        };
        const reply = await (0,flow/* keepGrant */.q)({
            settings: config,
            reseed: true,
            github: (0,client/* createGitHubClient */.LX)(config.githubToken, config.githubApiUrl, network),
            network,
            log,
            mask: (value) => redactor.add(value),
            redactor,
            now: () => new Date(),
            tokenRequest: () => consent(config, io, until.signal, redactor),
            afterStore: async ({ reply }) => reply,
        });
        io.err(`Done: the refresh token is stored in the secret ${config.secretName} of ${(0,target/* describeTarget */.f)(config.target)}.`);
        if (config.print) {
            io.out(`refresh_token=${reply.refreshToken ?? ''}`);
            io.out(`access_token=${reply.accessToken}`);
        }
        return 0;
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.err(`error: ${error.message}. Run fitbit-token-keeper --help for the options.`);
            return 2;
        }
        const { cause, situation } = (0,stage/* unwrapFailure */.g)(error, true);
        const failure = overTimeout(asOptionError(cause), deadline);
        io.err(`error: ${(0,grant_failure/* describeFailure */.I)(failure, situation, redactor)}`);
        return 1;
    }
    finally {
        deadline?.clear();
        await network?.dispatcher.destroy().catch(() => undefined);
    }
}
/**
 * The consent in the browser: PKCE and a fresh state, the URL printed (and
 * opened), the redirect received on loopback; resolves to the code to exchange.
 */
async function consent(config, io, deadline, redactor) {
    const pkce = createPkce();
    const state = createState();
    const listener = await listenForRedirect(config.redirectUri, state, {
        deadline,
        onRefused: (reason) => io.err(`Refused a request to ${config.redirectUri} (${reason}): it did not come from this consent; still waiting for the consent redirect.`),
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
    }
    finally {
        await listener.close();
    }
}
/**
 * For a redirect URI this machine cannot listen on (e.g. a Web client's
 * https://www.google.com): print the consent URL for the re-seed workflow and
 * stop. No PKCE here: the verifier would have to travel to the workflow along
 * with the code; the client secret protects the code instead.
 */
function printConsentUrlOnly(values, io) {
    const config = readConsentUrlConfig(values);
    const url = buildConsentUrl({ ...config, state: createState(), pkce: undefined });
    io.err('Open this URL in a browser and allow access:');
    io.out(url);
    io.err(`Then copy the code parameter from the address bar of the page you land on (${config.redirectUri}) and run the re-seed workflow with it within a few minutes: codes are single-use and short-lived. This command stored nothing.`);
    return 0;
}
function startDeadline(seconds) {
    const controller = new AbortController();
    // abort() without a reason raises an AbortError, which the GitHub client takes as final.
    const timer = setTimeout(() => controller.abort(), seconds * 1000);
    timer.unref();
    return { seconds, signal: controller.signal, clear: () => clearTimeout(timer) };
}
/** Names the --timeout when it was what cut the command short. */
function overTimeout(error, deadline) {
    if (!deadline?.signal.aborted || !(error instanceof Error))
        return error;
    return new errors/* ActionError */.lZ(`The --timeout of ${deadline.seconds} s was reached. ${error.message}`, 'Run authorize again and finish the consent sooner, or pass a longer --timeout (it bounds the GitHub calls and the token exchange too).');
}


/***/ }),

/***/ 6580:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ keygen),
/* harmony export */   l: () => (/* binding */ recover)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7603);
/* harmony import */ var _lib_recovery_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1635);
/**
 * `fitbit-token-keeper keygen` and `recover`: make the recovery key pair, and
 * open a refresh token the action sealed to it when GitHub would not store it.
 */





const DEFAULT_KEY_FILE = 'fitbit-token-keeper-recovery.key';
async function keygen(args, io) {
    try {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args, options: { 'private-key-file': { type: 'string' } } });
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values['private-key-file'] ?? DEFAULT_KEY_FILE);
        const pair = await (0,_lib_recovery_js__WEBPACK_IMPORTED_MODULE_4__/* .generateRecoveryKeyPair */ .YH)();
        // 'wx': never overwrite an existing key, which may be the only way to open a sealed token.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${pair.privateKey}\n`, { mode: 0o600, flag: 'wx' });
        io.out(pair.publicKey);
        io.err(`Private key written to ${file} (readable by you only). Keep it off the repository. Put the public key above into the action's recovery-public-key input.`);
        return 0;
    }
    catch (error) {
        const exists = error.code === 'EEXIST';
        io.err(`error: ${exists ? 'the private key file exists already; it is not overwritten (pass another --private-key-file)' : (0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        return 1;
    }
}
async function recover(args, io) {
    try {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args, options: { 'private-key-file': { type: 'string' } } });
        const keyFile = values['private-key-file'];
        if (!keyFile)
            throw new Error('--private-key-file is required');
        const privateKey = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, keyFile), 'utf8');
        const sealed = await io.readStdin();
        io.out(await (0,_lib_recovery_js__WEBPACK_IMPORTED_MODULE_4__/* .openRecovered */ .CX)(sealed, privateKey));
        io.err('Store it again with: gh secret set FITBIT_REFRESH_TOKEN (paste it at the prompt).');
        return 0;
    }
    catch (error) {
        io.err(`error: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        return 1;
    }
}


/***/ }),

/***/ 1342:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_stream_consumers__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8321);
/* harmony import */ var open__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2958);
/* harmony import */ var _authorize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6537);
/* harmony import */ var _recovery_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6580);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(615);
/** The `fitbit-token-keeper` command: dispatches to authorize, keygen and recover. */





const USAGE = `Usage:
  fitbit-token-keeper authorize --client-id ID [--client-secret S] [--provider google|fitbit|custom]
      [--authorize-url URL] [--token-url URL] [--scopes "a b"] [--redirect-uri http://127.0.0.1:8080/]
      [--repository owner/name] [--environment ENV] [--secret-name NAME] [--github-token T]
      [--github-api-url URL] [--no-open] [--print] [--timeout SECONDS]
  fitbit-token-keeper keygen [--private-key-file F]
  fitbit-token-keeper recover --private-key-file F < sealed.txt

authorize reads its secrets from the environment when the flag is not given; prefer that, since
every local user can read a command line (e.g. with ps):
  FITBIT_TOKEN_KEEPER_CLIENT_SECRET   the client secret (else --client-secret)
  GH_TOKEN, else GITHUB_TOKEN         the GitHub token (else --github-token)
--timeout SECONDS (default 300, at most 86400) bounds the whole command: GitHub, consent, exchange.`;
const COMMANDS = {
    authorize: _authorize_js__WEBPACK_IMPORTED_MODULE_1__/* .authorize */ .G,
    keygen: _recovery_js__WEBPACK_IMPORTED_MODULE_2__/* .keygen */ ._,
    recover: _recovery_js__WEBPACK_IMPORTED_MODULE_2__/* .recover */ .l,
};
// Every line goes through terminalSafe: text echoed from arguments or providers must not be
// able to drive the terminal, even where no one thought to clean it.
const io = {
    out: (line) => process.stdout.write(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalSafe */ .k)(line)}\n`),
    err: (line) => process.stderr.write(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalSafe */ .k)(line)}\n`),
    env: process.env,
    cwd: process.cwd(),
    openUrl: async (url) => {
        const child = await (0,open__WEBPACK_IMPORTED_MODULE_4__/* ["default"] */ .Ay)(url);
        // A browser that cannot start should not keep this process alive.
        child.unref();
    },
    readStdin: () => (0,node_stream_consumers__WEBPACK_IMPORTED_MODULE_0__.text)(process.stdin),
};
const [command = '', ...args] = process.argv.slice(2);
const handler = COMMANDS[command];
if (handler) {
    process.exitCode = await handler(args, io);
}
else {
    io.err(command === '--help' || command === '-h' || command === ''
        ? USAGE
        : `Unknown command '${command}'.\n${USAGE}`);
    process.exitCode = command === '--help' || command === '-h' ? 0 : 2;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ terminalSafe),
/* harmony export */   t: () => (/* binding */ untrustedLine)
/* harmony export */ });
/**
 * Makes text safe to print on a terminal. Escape sequences and control
 * characters in text from outside (a provider's redirect, an echoed argument)
 * could move the cursor, rewrite earlier lines, set the window title or worse.
 */
// ESC or 8-bit CSI, then one whole sequence: CSI parameters, an OSC/DCS/APC/PM/SOS string up to
// its terminator (or the end), or the single character an ESC sequence takes.
const ESCAPE_SEQUENCE = 
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
/(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]P^_X]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\s\S]?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_BUT_LINE_BREAK_AND_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;
/** Text for a terminal: no escape sequence, no control character but newline and tab. */
function terminalSafe(text) {
    return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL_BUT_LINE_BREAK_AND_TAB, '');
}
/**
 * Untrusted text for one line of a message: escape sequences removed, other
 * control characters (newlines too, which could fake a line of our own) turned
 * into a space, and cut to `maxLength` characters.
 */
function untrustedLine(text, maxLength) {
    const clean = text.replace(ESCAPE_SEQUENCE, '').replace(ANY_CONTROL, ' ').trim();
    return clean.length > maxLength ? `${clean.slice(0, maxLength)}…` : clean;
}


/***/ })

};
