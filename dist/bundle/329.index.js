export const id = 329;
export const ids = [329];
export const modules = {

/***/ 329:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  authorize: () => (/* binding */ authorize)
});

// EXTERNAL MODULE: ./lib/src/github/client.js
var client = __webpack_require__(5574);
// EXTERNAL MODULE: ./lib/src/github/target.js
var target = __webpack_require__(6119);
// EXTERNAL MODULE: ./lib/src/grant/flow.js + 6 modules
var flow = __webpack_require__(7663);
// EXTERNAL MODULE: ./lib/src/grant/lifecycle.js + 2 modules
var grant_lifecycle = __webpack_require__(9279);
// EXTERNAL MODULE: ./lib/src/lib/errors.js
var errors = __webpack_require__(7603);
// EXTERNAL MODULE: ./lib/src/lib/timing.js
var timing = __webpack_require__(2666);
// EXTERNAL MODULE: ./lib/src/oauth/consent.js
var consent = __webpack_require__(4772);
// EXTERNAL MODULE: ./lib/src/oauth/providers.js
var providers = __webpack_require__(4428);
// EXTERNAL MODULE: ./lib/src/cli/authorize-flags.js
var authorize_flags = __webpack_require__(1062);
// EXTERNAL MODULE: ./lib/src/grant/settings.js
var settings = __webpack_require__(6394);
// EXTERNAL MODULE: ./lib/src/lib/validators.js
var validators = __webpack_require__(8607);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/cli/git-remote.js
var git_remote = __webpack_require__(1766);
// EXTERNAL MODULE: ./lib/src/cli/options.js
var options = __webpack_require__(3057);
// EXTERNAL MODULE: ./lib/src/cli/version.js + 1 modules
var version = __webpack_require__(2973);
;// CONCATENATED MODULE: ./lib/src/cli/default-repository.js
/**
 * The repository `authorize` writes to when --repository is absent: the
 * `origin` of the checkout it runs in. Not when that checkout is
 * fitbit-token-keeper itself or a fork of it (the README has people run the
 * command from a clone of the tool): a user's refresh token must not land in
 * the tool's own repository, so there --repository must be given.
 */







const GIVE = 'pass --repository owner/name of the repository whose workflow uses the action';
async function defaultRepository(cwd) {
    const [remote, topLevel] = await Promise.all([(0,git_remote/* originRemote */.lY)(cwd), (0,git_remote/* workingTreeAround */.$j)(cwd)]);
    if (topLevel === undefined) {
        throw new options/* UsageError */.eb(`no --repository, and this folder is not in a git checkout; ${GIVE}`);
    }
    const origin = remote === undefined ? undefined : (0,git_remote/* repositoryFromRemote */.Py)(remote);
    if (await isThisTool(origin, topLevel)) {
        throw new options/* UsageError */.eb(`no --repository, and this checkout is ${version/* PACKAGE_NAME */.r} itself or a fork of it${origin ? ` (origin ${origin})` : ''}: a refresh token must not be stored in the tool's own repository; ${GIVE}`);
    }
    if (remote === undefined) {
        throw new options/* UsageError */.eb(`no --repository, and this checkout has no origin remote; ${GIVE}`);
    }
    if (origin === undefined || !isRepositoryName(origin)) {
        // Not the remote itself in the message: its URL may hold credentials.
        throw new options/* UsageError */.eb(`no --repository, and the origin remote of this checkout names no GitHub repository; ${GIVE}`);
    }
    return origin;
}
/** A fork keeps the repository's name, or at least the package's name (a renamed fork). */
async function isThisTool(origin, topLevel) {
    const name = origin?.slice(origin.indexOf('/') + 1);
    if (name?.toLowerCase() === version/* PACKAGE_NAME */.r)
        return true;
    try {
        const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(topLevel, 'package.json'), 'utf8'));
        return manifest?.name === version/* PACKAGE_NAME */.r;
    }
    catch {
        return false; // no package.json, or not JSON: not a checkout of the tool
    }
}
function isRepositoryName(value) {
    try {
        (0,validators/* repository */.Jk)(value);
        return true;
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            return false;
        throw error;
    }
}

// EXTERNAL MODULE: ./lib/src/cli/redirect-uri.js
var redirect_uri = __webpack_require__(6356);
;// CONCATENATED MODULE: ./lib/src/cli/authorize-options.js
/**
 * The `authorize` command's own configuration: its flags and environment
 * variables, read with the validators the action's inputs use too. Nothing
 * here is sent anywhere; every problem is found before the first request. A
 * missing value is a UsageError (exit 2); a malformed one an InputError.
 */









/** The environment and the checkout the command runs in fill what the flags leave out. */
async function readAuthorizeConfig(values, env, cwd) {
    const provider = (0,providers/* providerNamed */.li)(values.provider);
    const answer = provider.loopbackRedirects ? 'listen' : 'paste';
    const redirectUri = answer === 'listen'
        ? (0,redirect_uri/* loopbackRedirectUri */.un)(values['redirect-uri'] ?? redirect_uri/* DEFAULT_REDIRECT_URI */.Qi)
        : pastedRedirectUri(values, provider);
    requireForCustom(values, provider, ['authorize-url', 'token-url']);
    const clientId = clientIdOf(values);
    const clientSecret = values['client-secret'] ?? (env[authorize_flags/* CLIENT_SECRET_VARIABLE */.IZ] || undefined);
    const tokenUrl = (0,providers/* tokenUrlOf */.qV)(provider, values['token-url']);
    const githubToken = values['github-token'] || env.GH_TOKEN || env.GITHUB_TOKEN;
    if (!githubToken) {
        throw new options/* UsageError */.eb('no GitHub token: set GH_TOKEN (or GITHUB_TOKEN), or pass --github-token, a token that may write Actions secrets');
    }
    return {
        provider,
        endpoint: {
            url: tokenUrl,
            clientId,
            clientSecret,
            clientAuth: (0,providers/* resolveClientAuth */.EC)(provider, 'auto', clientSecret !== undefined),
            dialect: provider.token,
        },
        githubToken,
        githubApiUrl: (0,validators/* apiBaseUrl */.tj)('github-api-url', values['github-api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com'),
        target: {
            ...(0,validators/* repository */.Jk)(values.repository ?? (await defaultRepository(cwd))),
            environment: (0,validators/* optional */.lq)(values.environment, validators/* environmentName */.VE),
        },
        secretName: (0,validators/* secretName */.Gf)('secret-name', values['secret-name'] ?? settings/* DEFAULT_SECRET_NAME */.F),
        accessTokenSecret: undefined,
        recoveryPublicKey: undefined,
        grantLifetimeSeconds: undefined,
        currentRun: undefined,
        authorizeUrl: authorizeUrlOf(provider, values['authorize-url']),
        redirectUri,
        answer,
        scopes: scopesOf(values, provider),
        openBrowser: values.open,
        print: values.print,
    };
}
function readConsentUrlConfig(values) {
    const provider = (0,providers/* providerNamed */.li)(values.provider);
    requireForCustom(values, provider, ['authorize-url']);
    return {
        provider,
        clientId: clientIdOf(values),
        authorizeUrl: authorizeUrlOf(provider, values['authorize-url']),
        redirectUri: (0,redirect_uri/* webRedirectUri */.Dl)(values['redirect-uri'] ?? ''),
        scopes: scopesOf(values, provider),
    };
}
/** The https redirect a provider that refuses loopback ones sends the browser to: required. */
function pastedRedirectUri(values, provider) {
    const given = values['redirect-uri'];
    if (given === undefined) {
        throw new options/* UsageError */.eb(`option --redirect-uri is required with --provider ${provider.name}: ${provider.label} refuses loopback addresses, so give the https address registered with your app; you paste the address the browser lands on`);
    }
    return (0,providers/* consentRedirectFor */.g9)(provider, 'redirect-uri', (0,redirect_uri/* webRedirectUri */.Dl)(given));
}
/** The command's options are flags, not action inputs: name them as such. */
function asOptionError(error) {
    if (error instanceof errors/* InputError */.dz) {
        const hint = error.input === 'client-secret' ? ` (or set ${authorize_flags/* CLIENT_SECRET_VARIABLE */.IZ})` : '';
        return new errors/* ExplainedError */.hM(`Option --${error.input} ${error.problem}${hint}`);
    }
    return error;
}
function clientIdOf(values) {
    const clientId = values['client-id'];
    if (!clientId)
        throw new options/* UsageError */.eb('option --client-id is required: the OAuth client id');
    return clientId;
}
/** `custom` has no preset endpoints: the flags must name them. */
function requireForCustom(values, provider, flags) {
    if (provider.name !== 'custom')
        return;
    const missing = flags.find((flag) => values[flag] === undefined);
    if (missing)
        throw new options/* UsageError */.eb(`option --${missing} is required with --provider custom`);
}
function authorizeUrlOf(provider, override) {
    const authorizeUrl = override ?? provider.authorizeUrl;
    if (authorizeUrl === undefined) {
        throw new errors/* InputError */.dz('authorize-url', "is required with provider 'custom'");
    }
    return (0,validators/* httpsUrl */.N3)('authorize-url', authorizeUrl);
}
function scopesOf(values, provider) {
    return values.scopes === undefined
        ? (0,consent/* withIdentityScope */.$F)(provider, provider.defaultScopes)
        : (0,validators/* scopeList */.Jb)(values.scopes);
}

// EXTERNAL MODULE: ./lib/src/oauth/consent-answer.js
var consent_answer = __webpack_require__(4703);
;// CONCATENATED MODULE: ./lib/src/cli/authorize-paste.js
/**
 * The consent's answer, pasted instead of received: a provider that refuses
 * loopback redirect addresses (Withings) sends the browser to an https page
 * the person registered, which this machine cannot listen on. The person
 * copies the address the browser lands on and pastes it on standard input;
 * its `state` is checked as the loopback listener checks it, and its code goes
 * to the exchange at once (Withings' codes live 30 seconds).
 */


/** What to do, said before the consent URL is opened: the person must be quick. */
function pasteInstructions({ provider, redirectUri }) {
    const seconds = provider.codeLifetimeSeconds;
    const hurry = seconds === undefined
        ? 'The code in it is single-use and short-lived'
        : `${provider.label} lets the code in it live only ${seconds} seconds`;
    return `${provider.label} does not send the browser back to this machine: after you allow access, it goes to ${redirectUri}. Copy the whole address from the address bar the moment that page opens, paste it here and press Enter. ${hurry}, so have this window ready before you allow access.`;
}
/** Reads the pasted address; resolves to its code once its state is this consent's. */
async function readPastedCode(io, consent) {
    const line = await io.readLine(consent.deadline).catch(() => {
        throw new errors/* ExplainedError */.hM('No address was pasted', 'Run the command again, allow access, and paste the address the browser lands on at once.');
    });
    if (line === undefined || line.trim() === '') {
        throw new errors/* ExplainedError */.hM('Standard input ended before an address was pasted', 'Run the command at a terminal (or pipe the address into it) and paste the address the browser lands on.');
    }
    const { code, state } = answerIn(line);
    if (state === undefined) {
        throw new errors/* ExplainedError */.hM('The pasted text holds no state', 'Paste the whole address the browser landed on, not only its code: the state in it shows the consent is this one.');
    }
    if (state !== consent.state) {
        throw new errors/* ExplainedError */.hM('The pasted address carries another state than this consent: it answers an older or a foreign consent URL', 'Open the URL this run printed, allow access, and paste the address that consent lands on.');
    }
    return code;
}
/** The code and state of the pasted text; a problem with it is said of the paste, not of an input. */
function answerIn(text) {
    try {
        return (0,consent_answer/* readConsentAnswer */.B)('pasted', text);
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        throw new errors/* ExplainedError */.hM(`The pasted text ${error.problem}`, 'Run the command again and paste the address the browser lands on.');
    }
}

// EXTERNAL MODULE: ./lib/src/cli/command.js
var command = __webpack_require__(1346);
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
            settle?.reject(new errors/* ExplainedError */.hM(outcome.error));
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
        settle?.reject(new errors/* ExplainedError */.hM('No consent arrived', 'Open the printed URL in a browser and finish the consent, or pass a longer --timeout.'));
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
                ? new errors/* ExplainedError */.hM(`Port ${port} on ${host} is already in use, so the consent redirect cannot be received there`, 'Stop whatever listens there, or pass another --redirect-uri (for a Google Desktop app client any loopback port works; a Web client needs the URI registered).')
                : new errors/* ExplainedError */.hM(`Cannot listen on ${host}:${port} for the consent redirect (${error.code ?? error.message})`));
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
        return `Consent was denied (access_denied): no token was issued${said}. Run fitbit-token-keeper authorize again and allow access (for a Google app in "Testing", your account must be listed as a test user)`;
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

;// CONCATENATED MODULE: ./lib/src/cli/authorize-consent.js
/**
 * What `fitbit-token-keeper authorize` does (authorize.ts is its help): the
 * consent step on a person's machine. Runs the same grant flow as the action:
 * the preflight proves the secret can be written, then the consent page is
 * opened, the redirect received on loopback (or, for a provider that refuses
 * loopback redirects, the landing address pasted: authorize-paste.ts), and the
 * code exchanged with its PKCE verifier and stored.
 */















async function authorize(values, io) {
    const seconds = (0,authorize_flags/* timeoutSeconds */.rv)(values.timeout);
    // The clock starts here: --timeout bounds the whole command, not only the wait for consent.
    const lifecycle = (0,grant_lifecycle/* beginRun */.T)({
        timing: timing/* PRODUCTION_TIMING */.Z,
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
        const listens = (0,providers/* providerNamed */.li)(values.provider).loopbackRedirects;
        if (listens && !(0,redirect_uri/* isLoopbackHttp */.Ku)(values['redirect-uri'] ?? redirect_uri/* DEFAULT_REDIRECT_URI */.Qi)) {
            return printConsentUrlOnly(values, io);
        }
        for (const secret of [values['client-secret'], values['github-token']])
            lifecycle.mask(secret);
        const config = await readAuthorizeConfig(values, io.env, io.cwd);
        lifecycle.mask(config.githubToken);
        lifecycle.mask(config.endpoint.clientSecret);
        await (0,flow/* keepGrant */.q)({
            ...lifecycle,
            settings: config,
            reseed: true,
            dryRun: false,
            github: (0,client/* createGitHubClient */.LX)(config.githubToken, config.githubApiUrl, lifecycle.network),
            now: () => new Date(),
            hooks: {
                beforeExchange: () => authorize_consent_consent(config, io, lifecycle),
                afterStore: async ({ reply }) => {
                    io.err(`Done: the refresh token is stored in the secret ${config.secretName} of ${(0,target/* describeTarget */.f)(config.target)}.`);
                    if (config.print) {
                        io.out(`refresh_token=${reply.refreshToken ?? ''}`);
                        io.out(`access_token=${reply.accessToken}`);
                    }
                },
            },
        });
        return command/* EXIT */.dc.done;
    }
    catch (error) {
        if (error instanceof options/* UsageError */.eb)
            throw error; // the command's help line, exit status 2
        // A malformed option value is found before any request: a wrong command line too.
        if (error instanceof errors/* InputError */.dz)
            throw new options/* UsageError */.eb((0,errors/* errorMessage */.gJ)(asOptionError(error)));
        io.err(`error: ${lifecycle.fail(asOptionError(error)).line}`);
        return command/* EXIT */.dc.failed;
    }
    finally {
        await lifecycle.close();
    }
}
/** Names the --timeout when it was what cut the command short. */
function timeoutReached(error, seconds) {
    return new errors/* ExplainedError */.hM(`The --timeout of ${seconds} s was reached. ${error.message}`, 'Finish the consent sooner, or pass a longer --timeout (it bounds the GitHub calls and the token exchange too).');
}
/**
 * The consent in the browser: PKCE and a fresh state, the URL printed (and
 * opened), the answer received on loopback or pasted; resolves to the code to
 * exchange.
 */
async function authorize_consent_consent(config, io, run) {
    const pkce = (0,consent/* createPkce */.Y1)();
    const state = (0,consent/* createState */.ur)();
    const url = (0,consent/* buildConsentUrl */.iY)({
        authorizeUrl: config.authorizeUrl,
        provider: config.provider,
        clientId: config.endpoint.clientId,
        redirectUri: config.redirectUri,
        scopes: config.scopes,
        state,
        pkce,
    });
    const code = config.answer === 'paste'
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
async function showConsentUrl(config, io, url) {
    io.err('Open this URL in a browser and allow access:');
    io.out(url);
    if (config.openBrowser) {
        await io.openUrl(url).catch(() => io.err('Could not open a browser: open the URL yourself.'));
    }
}
/** The code the browser brings back to the loopback redirect this command listens on. */
async function loopbackAnswer(config, io, url, state, deadline) {
    const listener = await listenForRedirect(config.redirectUri, state, {
        deadline,
        onRefused: (reason) => io.err(`Refused a request to ${config.redirectUri} (${reason}): it did not come from this consent; still waiting for the consent redirect.`),
    });
    try {
        await showConsentUrl(config, io, url);
        io.err(`Waiting for the consent redirect on ${config.redirectUri} ...`);
        return await listener.code;
    }
    finally {
        await listener.close();
    }
}
/** The code in the landing address the person pastes (a provider that refuses loopback redirects). */
async function pastedAnswer(config, io, url, state, deadline) {
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
function printConsentUrlOnly(values, io) {
    const config = readConsentUrlConfig(values);
    const url = (0,consent/* buildConsentUrl */.iY)({ ...config, state: (0,consent/* createState */.ur)(), pkce: undefined });
    io.err('Open this URL in a browser and allow access:');
    io.out(url);
    io.err(`Then copy the code parameter from the address bar of the page you land on (${config.redirectUri}) and run the re-seed workflow with it within a few minutes (codes are single-use and short-lived), its redirect-uri set to ${config.redirectUri} character for character. This command stored nothing.`);
    return command/* EXIT */.dc.done;
}


/***/ })

};
