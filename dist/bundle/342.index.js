export const id = 342;
export const ids = [342];
export const modules = {

/***/ 1342:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8321);
/* harmony import */ var open__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2958);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(615);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4500);
/** The `fitbit-token-keeper` command: the real outside world, handed to the tool. */





// Every line goes through terminalSafe: text echoed from arguments or providers must not be
// able to drive the terminal, even where no one thought to clean it.
const io = {
    out: (line) => process.stdout.write(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalSafe */ .k)(line)}\n`),
    err: (line) => process.stderr.write(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalSafe */ .k)(line)}\n`),
    env: process.env,
    cwd: process.cwd(),
    home: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(),
    stdinIsTTY: process.stdin.isTTY === true,
    openUrl: async (url) => {
        const child = await (0,open__WEBPACK_IMPORTED_MODULE_4__/* ["default"] */ .Ay)(url);
        // A browser that cannot start should not keep this process alive.
        child.unref();
    },
    readStdin: () => (0,node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__.text)(process.stdin),
};
process.exitCode = await (0,_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .runTool */ .qI)(process.argv.slice(2), io);

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


/***/ }),

/***/ 4500:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qI: () => (/* binding */ runTool)
});

// UNUSED EXPORTS: COMMANDS, TOOL_OPTIONS

// EXTERNAL MODULE: ./lib/src/lib/errors.js
var errors = __webpack_require__(7603);
// EXTERNAL MODULE: ./lib/src/lib/validators.js
var validators = __webpack_require__(8607);
// EXTERNAL MODULE: ./lib/src/github/client.js + 23 modules
var client = __webpack_require__(8630);
// EXTERNAL MODULE: ./lib/src/github/target.js
var target = __webpack_require__(6119);
// EXTERNAL MODULE: ./lib/src/grant/flow.js + 6 modules
var flow = __webpack_require__(8185);
// EXTERNAL MODULE: ./lib/src/grant/lifecycle.js + 2 modules
var grant_lifecycle = __webpack_require__(9279);
// EXTERNAL MODULE: ./lib/src/lib/timing.js
var timing = __webpack_require__(2666);
// EXTERNAL MODULE: ./lib/src/oauth/consent.js
var consent = __webpack_require__(4772);
// EXTERNAL MODULE: ./lib/src/grant/settings.js
var settings = __webpack_require__(6394);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./lib/src/cli/options.js
/**
 * A command's flags: each declared once with the line `--help` gives it, read
 * from the command line with node's tokenizer, and every mistake in them (an
 * unknown flag, a missing value, a stray argument) a UsageError with a
 * message of our own, the same on every Node.js release.
 */



/** A wrong command line, found before anything is sent: exit status 2, as `gh` and `npm` do. */
class UsageError extends errors/* ExplainedError */.hM {
    name = 'UsageError';
}
const HELP_OPTION = {
    help: { type: 'boolean', short: 'h', help: 'show this help' },
};
function parseOptions(specs, args) {
    const { tokens } = (0,external_node_util_.parseArgs)({
        args: [...args],
        options: specs,
        strict: false,
        allowPositionals: true,
        tokens: true,
    });
    const values = {};
    for (const [name, spec] of Object.entries(specs)) {
        values[name] = spec.type === 'boolean' ? spec.negatable === true : undefined;
    }
    for (const token of tokens) {
        if (token.kind === 'positional') {
            throw new UsageError(`unexpected argument ${(0,validators/* shown */.SP)(token.value)}`);
        }
        if (token.kind !== 'option')
            continue;
        const negated = token.name.startsWith('no-') ? specs[token.name.slice(3)] : undefined;
        if (negated?.negatable && token.value === undefined) {
            values[token.name.slice(3)] = false;
            continue;
        }
        const spec = specs[token.name];
        if (spec === undefined || (negated?.negatable && token.value !== undefined)) {
            throw new UsageError(`unknown option ${(0,validators/* shown */.SP)(token.rawName)}`);
        }
        values[token.name] = flagValue(spec, token.rawName, token.value, token.inlineValue);
    }
    return values;
}
function flagValue(spec, flag, value, inline) {
    if (spec.type === 'boolean') {
        if (value !== undefined)
            throw new UsageError(`option ${(0,validators/* shown */.SP)(flag)} takes no value`);
        return true;
    }
    if (value === undefined)
        throw new UsageError(`option ${(0,validators/* shown */.SP)(flag)} needs a value`);
    // `--client-id --no-open`: most likely a forgotten value, not a client id that starts with -.
    if (inline === false && value.startsWith('-')) {
        throw new UsageError(`option ${(0,validators/* shown */.SP)(flag)} needs a value, and ${(0,validators/* shown */.SP)(value)} looks like an option (if it is the value, write ${flag}=${value})`);
    }
    return value;
}
/** The options section of --help: one line per flag, the explanations in one column. */
function optionLines(specs) {
    const anyShort = Object.values(specs).some((spec) => spec.short !== undefined);
    const flags = Object.entries(specs).map(([name, spec]) => {
        const long = `--${spec.negatable ? 'no-' : ''}${name}${spec.value ? ` ${spec.value}` : ''}`;
        const short = spec.short ? `-${spec.short}, ` : anyShort ? '    ' : '';
        return [`${short}${long}`, spec.help];
    });
    const width = Math.max(...flags.map(([flag]) => flag.length));
    return flags.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`);
}

;// CONCATENATED MODULE: ./lib/src/cli/redirect-uri.js
/**
 * The redirect URI, checked but never rewritten: Google compares it with the
 * registered ones character for character, so `https://www.google.com` must not
 * become `https://www.google.com/` on the way (URL normalisation would add the
 * slash), neither in the consent URL nor at the token endpoint.
 */




// The URL parser drops these silently, so the URI it parsed is not the one that would be sent.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const INVISIBLE = /[\s\u0000-\u001f\u007f-\u009f]/;
/** True when the command can listen where the redirect URI points. */
function isLoopbackHttp(value) {
    try {
        const url = new URL(value);
        return url.protocol === 'http:' && (0,validators/* isLoopbackHost */.cW)(url.hostname);
    }
    catch {
        return true; // malformed: let the full validation name the problem
    }
}
/** A redirect URI the command listens on: http on a loopback host. Returned as given. */
function loopbackRedirectUri(value) {
    asTyped(value);
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* InputError */.dz('redirect-uri', `must be an absolute URL (got ${(0,validators/* shown */.SP)(value)})`);
    }
    if (url.protocol !== 'http:' || !(0,validators/* isLoopbackHost */.cW)(url.hostname)) {
        throw new errors/* InputError */.dz('redirect-uri', `must be http on a loopback host such as ${consent/* DEFAULT_REDIRECT_URI */.Qi}, where this command can listen (got ${(0,validators/* shown */.SP)(value)})`);
    }
    return value;
}
/** A redirect URI only a browser reaches (a Web client's): https. Returned as given. */
function webRedirectUri(value) {
    asTyped(value);
    (0,validators/* httpsUrl */.N3)('redirect-uri', value);
    return value;
}
function asTyped(value) {
    if (INVISIBLE.test(value)) {
        throw new errors/* InputError */.dz('redirect-uri', `must not contain spaces or control characters: it is compared with the registered one character for character (got ${(0,validators/* shown */.SP)(value)})`);
    }
}

;// CONCATENATED MODULE: ./lib/src/cli/authorize-flags.js
/**
 * The `authorize` command's flags, each with its one line in --help: what it
 * does, and where the value comes from when the flag is absent.
 */




/** Read when --client-secret is not given, so the secret need not sit on the command line. */
const CLIENT_SECRET_VARIABLE = 'FITBIT_TOKEN_KEEPER_CLIENT_SECRET';
const DEFAULT_TIMEOUT_SECONDS = 300;
const MAX_TIMEOUT_SECONDS = 24 * 3600;
const AUTHORIZE_OPTIONS = {
    'client-id': { type: 'string', value: 'ID', help: 'the OAuth client id (required)' },
    'client-secret': {
        type: 'string',
        value: 'S',
        help: `the client secret; default: $${CLIENT_SECRET_VARIABLE} (safer: other users can read a command line)`,
    },
    provider: {
        type: 'string',
        value: 'NAME',
        help: 'google (default: the Google Health API), fitbit (legacy Fitbit Web API) or custom',
    },
    'authorize-url': {
        type: 'string',
        value: 'URL',
        help: "the consent page; default: the provider's (required with --provider custom)",
    },
    'token-url': {
        type: 'string',
        value: 'URL',
        help: "the token endpoint; default: the provider's (required with --provider custom)",
    },
    scopes: {
        type: 'string',
        value: '"A B"',
        help: "the scopes to ask for, space or comma separated; default: the provider's read-only scopes (for google with openid, so the grant's account is known)",
    },
    'redirect-uri': {
        type: 'string',
        value: 'URI',
        help: `where consent returns, used exactly as given (default ${consent/* DEFAULT_REDIRECT_URI */.Qi}); not loopback: print the URL only`,
    },
    repository: {
        type: 'string',
        value: 'OWNER/NAME',
        help: "the repository whose secret is written; default: the current checkout's origin remote",
    },
    environment: {
        type: 'string',
        value: 'ENV',
        help: 'write a secret of this deployment environment instead of a repository secret',
    },
    'secret-name': {
        type: 'string',
        value: 'NAME',
        help: `the secret that holds the refresh token; default: ${settings/* DEFAULT_SECRET_NAME */.F}`,
    },
    'github-token': {
        type: 'string',
        value: 'T',
        help: 'a token that may write Actions secrets; default: $GH_TOKEN, else $GITHUB_TOKEN',
    },
    'github-api-url': {
        type: 'string',
        value: 'URL',
        help: 'the GitHub REST API; default: $GITHUB_API_URL, else https://api.github.com',
    },
    open: { type: 'boolean', negatable: true, help: 'print the consent URL, but open no browser' },
    print: {
        type: 'boolean',
        help: 'also print the new refresh and access tokens on standard output',
    },
    timeout: {
        type: 'string',
        value: 'SECONDS',
        help: `give up after this long (GitHub, consent, exchange); default: ${DEFAULT_TIMEOUT_SECONDS}, at most ${MAX_TIMEOUT_SECONDS}`,
    },
    ...HELP_OPTION,
};
function timeoutSeconds(value) {
    if (value === undefined)
        return DEFAULT_TIMEOUT_SECONDS;
    const seconds = value.trim() === '' ? Number.NaN : Number(value);
    if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
        throw new UsageError(`option --timeout must be a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS} (24 hours) (got ${(0,validators/* shown */.SP)(value)})`);
    }
    return seconds;
}

// EXTERNAL MODULE: ./lib/src/oauth/providers.js
var providers = __webpack_require__(4428);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/src/cli/git-remote.js
/**
 * The git checkout around a folder: its top-level folder (found by its `.git`,
 * without running git) and its `origin` remote, for the command's default
 * repository and for keeping the recovery key out of any working tree.
 * Understands https and ssh remotes of any GitHub host.
 */




const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The `origin` remote's URL as configured (it may carry credentials: never print it). */
function originRemote(cwd) {
    return git(cwd, 'remote', 'get-url', 'origin');
}
async function git(cwd, ...args) {
    try {
        const { stdout } = await run('git', args, { cwd, timeout: 5000 });
        return stdout.trim() || undefined;
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
/** The top folder of the git working tree that holds `path`, if any (found by its `.git`). */
async function workingTreeAround(path) {
    let folder = await nearestExisting(path);
    for (;;) {
        if (await exists((0,external_node_path_.join)(folder, '.git')))
            return folder;
        const parent = (0,external_node_path_.dirname)(folder);
        if (parent === folder)
            return undefined;
        folder = parent;
    }
}
/** The real path of `path` or of its nearest existing ancestor (a new file's folder may not exist). */
async function nearestExisting(path) {
    try {
        return await (0,promises_.realpath)(path);
    }
    catch {
        const parent = (0,external_node_path_.dirname)(path);
        return parent === path ? path : nearestExisting(parent);
    }
}
async function exists(path) {
    try {
        await (0,promises_.lstat)(path);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./lib/package.json
const package_namespaceObject = /*#__PURE__*/JSON.parse('{"UU":"fitbit-token-keeper","rE":"1.0.0"}');
;// CONCATENATED MODULE: ./lib/src/cli/version.js
/**
 * The package's name and version, for --version and for recognising a
 * checkout of the tool itself. The bundler inlines package.json, so the
 * command knows them wherever it is unpacked, clone or npm package alike.
 */

const PACKAGE_NAME = package_namespaceObject.UU;
const VERSION = package_namespaceObject.rE;

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
    const [remote, topLevel] = await Promise.all([originRemote(cwd), workingTreeAround(cwd)]);
    if (topLevel === undefined) {
        throw new UsageError(`no --repository, and this folder is not in a git checkout; ${GIVE}`);
    }
    const origin = remote === undefined ? undefined : repositoryFromRemote(remote);
    if (await isThisTool(origin, topLevel)) {
        throw new UsageError(`no --repository, and this checkout is ${PACKAGE_NAME} itself or a fork of it${origin ? ` (origin ${origin})` : ''}: a refresh token must not be stored in the tool's own repository; ${GIVE}`);
    }
    if (remote === undefined) {
        throw new UsageError(`no --repository, and this checkout has no origin remote; ${GIVE}`);
    }
    if (origin === undefined || !isRepositoryName(origin)) {
        // Not the remote itself in the message: its URL may hold credentials.
        throw new UsageError(`no --repository, and the origin remote of this checkout names no GitHub repository; ${GIVE}`);
    }
    return origin;
}
/** A fork keeps the repository's name, or at least the package's name (a renamed fork). */
async function isThisTool(origin, topLevel) {
    const name = origin?.slice(origin.indexOf('/') + 1);
    if (name?.toLowerCase() === PACKAGE_NAME)
        return true;
    try {
        const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(topLevel, 'package.json'), 'utf8'));
        return manifest?.name === PACKAGE_NAME;
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

;// CONCATENATED MODULE: ./lib/src/cli/authorize-options.js
/**
 * The `authorize` command's own configuration: its flags and environment
 * variables, read with the validators the action's inputs use too. Nothing
 * here is sent anywhere; every problem is found before the first request. A
 * missing value is a UsageError (exit 2); a malformed one an InputError.
 */









/** The environment and the checkout the command runs in fill what the flags leave out. */
async function readAuthorizeConfig(values, env, cwd) {
    const redirectUri = loopbackRedirectUri(values['redirect-uri'] ?? consent/* DEFAULT_REDIRECT_URI */.Qi);
    const provider = (0,providers/* providerNamed */.li)(values.provider);
    requireForCustom(values, provider, ['authorize-url', 'token-url']);
    const clientId = clientIdOf(values);
    const clientSecret = values['client-secret'] ?? (env[CLIENT_SECRET_VARIABLE] || undefined);
    const tokenUrl = (0,providers/* tokenUrlOf */.qV)(provider, values['token-url']);
    const githubToken = values['github-token'] || env.GH_TOKEN || env.GITHUB_TOKEN;
    if (!githubToken) {
        throw new UsageError('no GitHub token: set GH_TOKEN (or GITHUB_TOKEN), or pass --github-token, a token that may write Actions secrets');
    }
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
        redirectUri: webRedirectUri(values['redirect-uri'] ?? ''),
        scopes: scopesOf(values, provider),
    };
}
/** The command's options are flags, not action inputs: name them as such. */
function asOptionError(error) {
    if (error instanceof errors/* InputError */.dz) {
        const hint = error.input === 'client-secret' ? ` (or set ${CLIENT_SECRET_VARIABLE})` : '';
        return new errors/* ExplainedError */.hM(`Option --${error.input} ${error.problem}${hint}`);
    }
    return error;
}
function clientIdOf(values) {
    const clientId = values['client-id'];
    if (!clientId)
        throw new UsageError('option --client-id is required: the OAuth client id');
    return clientId;
}
/** `custom` has no preset endpoints: the flags must name them. */
function requireForCustom(values, provider, flags) {
    if (provider.name !== 'custom')
        return;
    const missing = flags.find((flag) => values[flag] === undefined);
    if (missing)
        throw new UsageError(`option --${missing} is required with --provider custom`);
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

;// CONCATENATED MODULE: ./lib/src/cli/command.js

const TOOL = 'fitbit-token-keeper';
/** 0 done, 1 failed, 2 a wrong command line. */
const EXIT = { done: 0, failed: 1, usage: 2 };
function defineCommand(spec) {
    const help = () => commandHelp(spec);
    return {
        name: spec.name,
        summary: spec.summary,
        options: spec.options,
        help,
        execute: async (args, io) => {
            try {
                const values = parseOptions(spec.options, args);
                if (values.help) {
                    io.out(help());
                    return EXIT.done;
                }
                return await spec.run(values, io);
            }
            catch (error) {
                if (error instanceof UsageError) {
                    io.err(usageLine(error.message, spec.name));
                    return EXIT.usage;
                }
                throw error;
            }
        },
    };
}
/** `error: … Run 'fitbit-token-keeper <command> --help'.` on one line. */
function usageLine(problem, command) {
    const help = command ? `${TOOL} ${command} --help` : `${TOOL} --help`;
    return `error: ${problem.replace(/\.$/, '')}. Run '${help}'.`;
}
function commandHelp(spec) {
    return [
        spec.summary,
        '',
        'Usage:',
        `  ${TOOL} ${spec.usage}`,
        '',
        ...spec.about.flatMap((paragraph) => [paragraph, '']),
        'Options:',
        ...optionLines(spec.options),
        '',
        `Exit status: 0 ${spec.done}, 1 failed, 2 usage error (a wrong command line).`,
    ].join('\n');
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

;// CONCATENATED MODULE: ./lib/src/cli/authorize.js
/**
 * `fitbit-token-keeper authorize`: the consent step on a person's machine.
 * Runs the same grant flow as the action: the preflight proves the secret can
 * be written, then the consent page is opened, the redirect received on
 * loopback, and the code exchanged with its PKCE verifier and stored.
 */













const AUTHORIZE = defineCommand({
    name: 'authorize',
    summary: 'Ask for consent in the browser, then store the refresh token in a GitHub Actions secret.',
    usage: 'authorize --client-id ID [options]',
    about: [
        'Checks that the GitHub token may write the secret, prints the consent URL on standard output\n' +
            '(and opens it), waits for the redirect on the loopback --redirect-uri, exchanges the code with\n' +
            'its PKCE verifier and seals the refresh token into the secret. With a --redirect-uri this\n' +
            "machine cannot listen on (a Web client's, e.g. https://www.google.com) it only prints the\n" +
            'consent URL, for the re-seed workflow.',
        'Give secrets through the environment (GH_TOKEN, FITBIT_TOKEN_KEEPER_CLIENT_SECRET) rather than\n' +
            'as flags: every user of the machine can read a command line (for example with ps).',
    ],
    options: AUTHORIZE_OPTIONS,
    done: 'the secret was written (or the consent URL printed)',
    run: authorize,
});
async function authorize(values, io) {
    const seconds = timeoutSeconds(values.timeout);
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
        if (!isLoopbackHttp(values['redirect-uri'] ?? consent/* DEFAULT_REDIRECT_URI */.Qi)) {
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
                beforeExchange: () => authorize_consent(config, io, lifecycle),
                afterStore: async ({ reply }) => {
                    io.err(`Done: the refresh token is stored in the secret ${config.secretName} of ${(0,target/* describeTarget */.f)(config.target)}.`);
                    if (config.print) {
                        io.out(`refresh_token=${reply.refreshToken ?? ''}`);
                        io.out(`access_token=${reply.accessToken}`);
                    }
                },
            },
        });
        return EXIT.done;
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error; // the command's help line, exit status 2
        // A malformed option value is found before any request: a wrong command line too.
        if (error instanceof errors/* InputError */.dz)
            throw new UsageError((0,errors/* errorMessage */.gJ)(asOptionError(error)));
        io.err(`error: ${lifecycle.fail(asOptionError(error)).line}`);
        return EXIT.failed;
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
 * opened), the redirect received on loopback; resolves to the code to exchange.
 */
async function authorize_consent(config, io, run) {
    const pkce = (0,consent/* createPkce */.Y1)();
    const state = (0,consent/* createState */.ur)();
    const listener = await listenForRedirect(config.redirectUri, state, {
        deadline: run.signal,
        onRefused: (reason) => io.err(`Refused a request to ${config.redirectUri} (${reason}): it did not come from this consent; still waiting for the consent redirect.`),
    });
    try {
        const url = (0,consent/* buildConsentUrl */.iY)({
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
        run.mask(code);
        run.mask(pkce.verifier);
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
    const url = (0,consent/* buildConsentUrl */.iY)({ ...config, state: (0,consent/* createState */.ur)(), pkce: undefined });
    io.err('Open this URL in a browser and allow access:');
    io.out(url);
    io.err(`Then copy the code parameter from the address bar of the page you land on (${config.redirectUri}) and run the re-seed workflow with it within a few minutes (codes are single-use and short-lived), its redirect-uri set to ${config.redirectUri} character for character. This command stored nothing.`);
    return EXIT.done;
}

// EXTERNAL MODULE: ./lib/src/lib/recovery.js
var recovery = __webpack_require__(1635);
;// CONCATENATED MODULE: ./lib/src/cli/key-file.js
/**
 * Where the recovery private key lives: by default in the user's config
 * folder, outside every clone, and never inside a git working tree unless the
 * user insists, since one `git add -A` would publish it.
 */


const KEY_FOLDER_NAME = 'fitbit-token-keeper';
const KEY_FILE_NAME = 'recovery.key';
/** `$XDG_CONFIG_HOME/fitbit-token-keeper/recovery.key`, else `~/.config/…`. */
function defaultKeyFile(env, home) {
    const xdg = env.XDG_CONFIG_HOME;
    // The XDG spec says to ignore a relative XDG_CONFIG_HOME.
    const config = xdg && (0,external_node_path_.isAbsolute)(xdg) ? xdg : (0,external_node_path_.join)(home, '.config');
    return (0,external_node_path_.join)(config, KEY_FOLDER_NAME, KEY_FILE_NAME);
}
/** The default key file, as the help of keygen and recover names it. */
const DEFAULT_KEY_HELP = `${KEY_FILE_NAME} in $XDG_CONFIG_HOME/${KEY_FOLDER_NAME}/, else in ~/.config/${KEY_FOLDER_NAME}/`;
/** A file system error as a person reads it: no errno, no syscall, no stack. */
function keyFileProblem(error, file, use) {
    switch (error.code) {
        case 'ENOENT':
            return use === 'read'
                ? `the private key file ${file} does not exist`
                : `the folder ${(0,external_node_path_.dirname)(file)} does not exist`;
        case 'EEXIST':
            return `a private key exists already at ${file}; it is not overwritten (it may be the only key that opens a sealed token): pass another --private-key-file`;
        case 'EACCES':
        case 'EPERM':
            return `no permission to use ${file}`;
        case 'EISDIR':
            return `${file} is a folder, not a file`;
        default:
            return (0,errors/* errorMessage */.gJ)(error);
    }
}

;// CONCATENATED MODULE: ./lib/src/cli/keygen.js
/**
 * `fitbit-token-keeper keygen`: makes the recovery key pair whose public half
 * goes into the action's recovery-public-key input.
 */







const KEYGEN = defineCommand({
    name: 'keygen',
    summary: "Make a recovery key pair for the action's recovery-public-key input.",
    usage: 'keygen [--private-key-file F] [--force]',
    about: [
        'Prints the public key (X25519, base64) on standard output and writes the private key to a file\n' +
            'only you can read, outside any git working tree. It never overwrites an existing key: that key\n' +
            'may be the only one that opens a token sealed earlier.',
    ],
    options: {
        'private-key-file': {
            type: 'string',
            value: 'F',
            help: `where to write the private key; default: ${DEFAULT_KEY_HELP}`,
        },
        force: { type: 'boolean', help: 'write the private key even inside a git working tree' },
        ...HELP_OPTION,
    },
    done: 'the key pair was made',
    run: async (values, io) => {
        const given = values['private-key-file'];
        const file = given === undefined ? defaultKeyFile(io.env, io.home) : (0,external_node_path_.resolve)(io.cwd, given);
        const tree = await workingTreeAround((0,external_node_path_.dirname)(file));
        if (tree !== undefined && !values.force) {
            throw new UsageError(`the private key file ${file} would be inside the git working tree ${tree}, where a commit could publish it; choose a path outside it with --private-key-file, or pass --force`);
        }
        try {
            if (given === undefined) {
                // Our own folder: only the user may list or enter it, whatever it was before.
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true, mode: 0o700 });
                await (0,promises_.chmod)((0,external_node_path_.dirname)(file), 0o700);
            }
            const pair = await (0,recovery/* generateRecoveryKeyPair */.YH)();
            // 'wx': never overwrite an existing key, which may be the only way to open a sealed token.
            await (0,promises_.writeFile)(file, `${pair.privateKey}\n`, { mode: 0o600, flag: 'wx' });
            io.out(pair.publicKey);
            io.err(`Private key written to ${file} (readable by you only). Put the public key above into the action's recovery-public-key input.`);
            return EXIT.done;
        }
        catch (error) {
            io.err(`error: ${keyFileProblem(error, file, 'write')}`);
            return EXIT.failed;
        }
    },
});

// EXTERNAL MODULE: ./lib/src/health/data-types.js
var data_types = __webpack_require__(1161);
// EXTERNAL MODULE: ./lib/src/health/defaults.js
var defaults = __webpack_require__(399);
// EXTERNAL MODULE: ./lib/src/lib/run-scope.js + 2 modules
var run_scope = __webpack_require__(4679);
;// CONCATENATED MODULE: ./lib/src/cli/pull.js
/**
 * `fitbit-token-keeper pull`: the pull action's work on a person's machine,
 * for a first backfill: the same settings (flags named as the action's
 * inputs), the same files and rules. The access token comes only from
 * FITBIT_ACCESS_TOKEN, never from the command line, which every user of the
 * machine can read. Progress goes to standard error, counts only.
 */






const TOKEN_VARIABLE = 'FITBIT_ACCESS_TOKEN';
const PULL_OPTIONS = {
    types: {
        type: 'string',
        value: 'LIST',
        help: `data types, comma separated; default: ${data_types/* DEFAULT_TYPES */.Kg.map((type) => type.name).join(',')}`,
    },
    since: {
        type: 'string',
        value: 'YYYY-MM-DD',
        help: `the first day for a type the folder holds nothing of yet; default: ${defaults/* DEFAULTS */.z.sinceDaysBefore} days before --until`,
    },
    until: {
        type: 'string',
        value: 'YYYY-MM-DD',
        help: 'the last day to fetch; default: yesterday in --time-zone',
    },
    'time-zone': {
        type: 'string',
        value: 'TZ',
        help: `the IANA time zone whose days the files follow; default: ${defaults/* DEFAULTS */.z.timeZone}`,
    },
    folder: {
        type: 'string',
        value: 'DIR',
        help: `the folder, relative to the current one; default: ${defaults/* DEFAULTS */.z.folder}`,
    },
    'refetch-days': {
        type: 'string',
        value: 'N',
        help: `fetch the last N days again (watches sync late); default: ${defaults/* DEFAULTS */.z.refetchDays}`,
    },
    'max-requests': {
        type: 'string',
        value: 'N',
        help: `at most N requests to the API; run again to go on; default: ${defaults/* DEFAULTS */.z.maxRequests}`,
    },
    'api-url': {
        type: 'string',
        value: 'URL',
        help: `the Google Health API base; default: ${defaults/* DEFAULTS */.z.apiUrl}`,
    },
    ...HELP_OPTION,
};
const PULL = defineCommand({
    name: 'pull',
    summary: 'Fetch your Google Health data into a folder: a backfill, or the days since the last pull.',
    usage: 'pull [--types LIST] [--since YYYY-MM-DD] [--time-zone TZ] [--folder DIR] [options]',
    about: [
        `Reads the access token from ${TOKEN_VARIABLE} (never from a flag: every user of the machine\n` +
            'can read a command line). Writes <folder>/<type>/<YYYY>/<YYYY-MM-DD>.json, daily.csv,\n' +
            'README.md with charts, and .pull-state.json, from which the next run goes on. Prints\n' +
            'progress (counts, never a value) on standard error and the outputs on standard output.',
        `Data types: ${data_types/* DATA_TYPES */.hL.map((type) => type.name).join(', ')}.`,
    ],
    options: PULL_OPTIONS,
    done: 'every type was fetched (max-requests may have left some for the next run: more=true)',
    run: pullData,
});
async function pullData(values, io) {
    const accessToken = io.env[TOKEN_VARIABLE]?.trim();
    if (!accessToken) {
        throw new UsageError(`${TOKEN_VARIABLE} is not set: put a Google Health API access token in it (the keeper action exports one in a workflow)`);
    }
    // The pull is loaded only when the command pulls: the other commands start without it.
    const [{ readPullSettings }, { pull }, { PRODUCTION_PULL_TIMING }] = await Promise.all([
        __webpack_require__.e(/* import() */ 280).then(__webpack_require__.bind(__webpack_require__, 4280)),
        __webpack_require__.e(/* import() */ 994).then(__webpack_require__.bind(__webpack_require__, 5994)),
        __webpack_require__.e(/* import() */ 127).then(__webpack_require__.bind(__webpack_require__, 4127)),
    ]);
    const flags = { ...values, help: undefined };
    let settings;
    try {
        settings = readPullSettings((name) => flags[name] || undefined, new Date(), io.cwd);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw new UsageError(`option --${error.input} ${error.problem}`);
        throw error;
    }
    const scope = (0,run_scope/* openRunScope */.G)({
        timing: PRODUCTION_PULL_TIMING,
        limitMs: PRODUCTION_PULL_TIMING.pullLimitMs,
        log: {
            info: (message) => io.err(message),
            warning: (message) => io.err(`warning: ${message}`),
        },
    });
    scope.mask(accessToken);
    try {
        const result = await pull(settings, {
            accessToken,
            network: scope.network,
            timing: PRODUCTION_PULL_TIMING,
            redactor: scope.redactor,
            log: scope.log,
        });
        io.out(`complete-through=${result.completeThrough ?? ''}`);
        io.out(`more=${result.more}`);
        io.out(`requests=${result.requests}`);
        io.out(`files-written=${result.filesWritten}`);
        // A 401 fails every type with the same words: say them once.
        const failures = new Set(result.types.flatMap((type) => (type.failure ? [type.failure] : [])));
        for (const failure of failures)
            io.err(`error: ${failure}`);
        if (result.more)
            io.err('max-requests reached: run the same command again to go on.');
        return failures.size === 0 ? EXIT.done : EXIT.failed;
    }
    catch (error) {
        scope.cancel();
        io.err(`error: ${scope.redactor.redact((0,errors/* errorMessage */.gJ)(error))}`);
        return EXIT.failed;
    }
    finally {
        await scope.close();
    }
}

;// CONCATENATED MODULE: ./lib/src/cli/recover.js
/**
 * `fitbit-token-keeper recover`: opens a refresh token the action sealed to the
 * recovery key when GitHub would not store it, and prints it.
 */









const RECOVER = defineCommand({
    name: 'recover',
    summary: 'Open a refresh token the action sealed to your recovery key, and print it.',
    usage: 'recover [--private-key-file F] [--secret-name NAME] < sealed.txt',
    about: [
        `Reads the sealed text on standard input: the log line with ${recovery/* RECOVERY_MARKER */.Ze} (or the\n` +
            'whole log). At a terminal, paste it and press Ctrl-D. Prints the refresh token on standard\n' +
            'output and the gh command that stores it again.',
    ],
    options: {
        'private-key-file': {
            type: 'string',
            value: 'F',
            help: `the private key keygen wrote; default: ${DEFAULT_KEY_HELP}`,
        },
        'secret-name': {
            type: 'string',
            value: 'NAME',
            help: `the secret to store the token in again (for the gh command); default: ${settings/* DEFAULT_SECRET_NAME */.F}`,
        },
        ...HELP_OPTION,
    },
    done: 'the token was opened',
    run: async (values, io) => {
        const given = values['private-key-file'];
        const file = given === undefined ? defaultKeyFile(io.env, io.home) : (0,external_node_path_.resolve)(io.cwd, given);
        try {
            const secret = (0,validators/* secretName */.Gf)('secret-name', values['secret-name'] ?? settings/* DEFAULT_SECRET_NAME */.F);
            // The key first: no one should paste a sealed token only to learn that the key is missing.
            const privateKey = await (0,promises_.readFile)(file, 'utf8').catch((error) => {
                throw new Error(keyFileProblem(error, file, 'read'));
            });
            if (io.stdinIsTTY)
                io.err('Paste the sealed line from the log, then press Ctrl-D:');
            const sealed = await io.readStdin();
            if (sealed.trim() === '') {
                throw new Error(`no input: pipe or paste the sealed text (the log line with ${recovery/* RECOVERY_MARKER */.Ze}) on standard input`);
            }
            io.out(await (0,recovery/* openRecovered */.CX)(sealed, privateKey));
            io.err(`Store it again with: gh secret set ${secret} (in a checkout of the repository, or add --repo owner/name; paste the token at the prompt).`);
            return EXIT.done;
        }
        catch (error) {
            const message = error instanceof errors/* InputError */.dz
                ? `option --${error.input} ${error.problem}`
                : (0,errors/* errorMessage */.gJ)(error);
            io.err(`error: ${message}`);
            return EXIT.failed;
        }
    },
});

;// CONCATENATED MODULE: ./lib/src/cli/tool.js
/**
 * The tool's own command line: `--help` (or nothing at all), `--version`, and
 * the dispatch to a command, which reads the rest.
 */









const COMMANDS = [AUTHORIZE, PULL, KEYGEN, RECOVER];
/** The tool's own flags, before any command (read by hand: there are two). */
const TOOL_OPTIONS = {
    help: {
        type: 'boolean',
        short: 'h',
        help: `show this help; '${TOOL} <command> --help' shows a command's options`,
    },
    version: { type: 'boolean', help: 'print the version' },
};
async function runTool(args, io) {
    const [first, ...rest] = args;
    if (first === undefined || first === '--help' || first === '-h') {
        io.out(toolHelp());
        return EXIT.done;
    }
    if (first === '--version') {
        io.out(VERSION);
        return EXIT.done;
    }
    const command = COMMANDS.find((candidate) => candidate.name === first);
    if (command === undefined) {
        const what = first.startsWith('-') ? 'option' : 'command';
        io.err(usageLine(`unknown ${what} ${(0,validators/* shown */.SP)(first)}`));
        return EXIT.usage;
    }
    try {
        return await command.execute(rest, io);
    }
    catch (error) {
        // Commands report their own failures; this is the net for a bug.
        io.err(`error: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return EXIT.failed;
    }
}
function toolHelp() {
    const width = Math.max(...COMMANDS.map((command) => command.name.length));
    return [
        `${TOOL} ${VERSION}: keeps a Fitbit / Google Health OAuth grant alive, its refresh token in a`,
        'GitHub Actions secret, and keeps your health data in files. This command does the steps that',
        'need a person, and a first backfill of your data; the actions do the rest.',
        '',
        'Usage:',
        `  ${TOOL} <command> [options]`,
        '',
        'Commands:',
        ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
        '',
        'Options:',
        ...optionLines(TOOL_OPTIONS),
        '',
        'Exit status: 0 done, 1 failed, 2 usage error (a wrong command line).',
    ].join('\n');
}


/***/ }),

/***/ 1161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ DEFAULT_TYPES),
/* harmony export */   Od: () => (/* binding */ scopeOf),
/* harmony export */   W3: () => (/* binding */ DAILY_COLUMNS),
/* harmony export */   _: () => (/* binding */ decimal),
/* harmony export */   fK: () => (/* binding */ valueAt),
/* harmony export */   hL: () => (/* binding */ DATA_TYPES),
/* harmony export */   qN: () => (/* binding */ dataTypeNamed),
/* harmony export */   ww: () => (/* binding */ orderKey)
/* harmony export */ });
/* unused harmony export SCOPE_PREFIX */
/** The scopes' common prefix; each type names its suffix. */
const SCOPE_PREFIX = 'https://www.googleapis.com/auth/googlehealth.';
const REFERENCE = 'reference only (discovery health:v4; reference sheet §1, §7); not seen live';
const DATA_TYPES = [
    {
        name: 'steps',
        apiPath: 'steps',
        method: 'dailyRollUp',
        rangeCapDays: 90,
        scope: 'activity_and_fitness.readonly',
        byDefault: true,
        columns: [{ name: 'steps', value: (points) => sum(points, 'steps.countSum', 0) }],
        evidence: `${REFERENCE}: StepsRollupValue.countSum (int64 as a string); 90-day range from DailyRollUpDataPointsRequest.range`,
    },
    {
        name: 'distance',
        apiPath: 'distance',
        method: 'dailyRollUp',
        rangeCapDays: 90,
        scope: 'activity_and_fitness.readonly',
        byDefault: false,
        columns: [
            {
                name: 'distance_km',
                value: (points) => scaled(sum(points, 'distance.millimetersSum', 0), 1e-6, 2),
            },
        ],
        evidence: `${REFERENCE}: DistanceRollupValue.millimetersSum (int64 as a string); 90-day range`,
    },
    {
        name: 'floors',
        apiPath: 'floors',
        method: 'dailyRollUp',
        rangeCapDays: 90,
        scope: 'activity_and_fitness.readonly',
        byDefault: false,
        columns: [{ name: 'floors', value: (points) => sum(points, 'floors.countSum', 0) }],
        evidence: `${REFERENCE}: FloorsRollupValue.countSum (int64 as a string); 90-day range`,
    },
    {
        name: 'total-calories',
        apiPath: 'total-calories',
        method: 'dailyRollUp',
        rangeCapDays: 14,
        scope: 'activity_and_fitness.readonly',
        byDefault: false,
        columns: [{ name: 'calories', value: (points) => sum(points, 'totalCalories.kcalSum', 0) }],
        evidence: `${REFERENCE}: TotalCaloriesRollupValue.kcalSum (double); 14-day range`,
    },
    {
        name: 'sleep',
        apiPath: 'sleep',
        method: 'list',
        filter: { field: 'sleep.interval.end_time', literal: 'timestamp' },
        pageCap: 25,
        // A night belongs to the day it ends on: last night's sleep is this morning's.
        dayFrom: { instant: 'sleep.interval.endTime' },
        orderBy: 'sleep.interval.startTime',
        pointsPerDay: 1.5,
        maxRangeDays: 366,
        scope: 'sleep.readonly',
        byDefault: true,
        columns: [
            { name: 'sleep_minutes', value: (points) => sum(points, 'sleep.summary.minutesAsleep', 0) },
        ],
        evidence: `${REFERENCE}: filter sleep.interval.end_time (the reference lists only end-time filters for sleep; a tester used civil_start_time), page size at most 25, Sleep.summary.minutesAsleep (int64 as a string), createTime/updateTime output only`,
    },
    {
        name: 'daily-resting-heart-rate',
        apiPath: 'daily-resting-heart-rate',
        method: 'list',
        filter: { field: 'daily_resting_heart_rate.date', literal: 'date' },
        pageCap: 10_000,
        dayFrom: { date: 'dailyRestingHeartRate.date' },
        orderBy: 'dailyRestingHeartRate.date',
        pointsPerDay: 1,
        maxRangeDays: 366,
        scope: 'health_metrics_and_measurements.readonly',
        byDefault: true,
        columns: [
            {
                name: 'resting_heart_rate',
                value: (points) => last(points, 'dailyRestingHeartRate.beatsPerMinute', 0),
            },
        ],
        evidence: `${REFERENCE}: filter daily_resting_heart_rate.date, DailyRestingHeartRate.beatsPerMinute (int64 as a string)`,
    },
    {
        name: 'heart-rate',
        apiPath: 'heart-rate',
        method: 'dailyRollUp',
        rangeCapDays: 14,
        scope: 'health_metrics_and_measurements.readonly',
        byDefault: true,
        columns: [
            { name: 'heart_rate_min', value: (points) => last(points, 'heartRate.beatsPerMinuteMin', 0) },
            { name: 'heart_rate_avg', value: (points) => last(points, 'heartRate.beatsPerMinuteAvg', 1) },
            { name: 'heart_rate_max', value: (points) => last(points, 'heartRate.beatsPerMinuteMax', 0) },
        ],
        evidence: `${REFERENCE}: HeartRateRollupValue.beatsPerMinuteMin/Avg/Max (doubles); 14-day range`,
    },
    {
        name: 'heart-rate-samples',
        apiPath: 'heart-rate',
        method: 'list',
        filter: { field: 'heart_rate.sample_time.physical_time', literal: 'timestamp' },
        pageCap: 10_000,
        dayFrom: { instant: 'heartRate.sampleTime.physicalTime' },
        orderBy: 'heartRate.sampleTime.physicalTime',
        pointsPerDay: 1440,
        maxRangeDays: 31,
        // civilTime is left out: physicalTime and utcOffset give it.
        compactColumns: [
            'heartRate.sampleTime.physicalTime',
            'heartRate.sampleTime.utcOffset',
            'heartRate.beatsPerMinute',
        ],
        scope: 'health_metrics_and_measurements.readonly',
        byDefault: false,
        columns: [],
        evidence: `${REFERENCE}: filter heart_rate.sample_time.physical_time, page size at most 10,000, HeartRate.beatsPerMinute (int64 as a string)`,
    },
    {
        name: 'daily-heart-rate-variability',
        apiPath: 'daily-heart-rate-variability',
        method: 'list',
        filter: { field: 'daily_heart_rate_variability.date', literal: 'date' },
        pageCap: 10_000,
        dayFrom: { date: 'dailyHeartRateVariability.date' },
        orderBy: 'dailyHeartRateVariability.date',
        pointsPerDay: 1,
        maxRangeDays: 366,
        scope: 'health_metrics_and_measurements.readonly',
        byDefault: false,
        columns: [
            {
                name: 'hrv_ms',
                value: (points) => last(points, 'dailyHeartRateVariability.averageHeartRateVariabilityMilliseconds', 1),
            },
        ],
        evidence: `${REFERENCE}: filter daily_heart_rate_variability.date (the reference's own example), averageHeartRateVariabilityMilliseconds (double)`,
    },
    {
        name: 'daily-oxygen-saturation',
        apiPath: 'daily-oxygen-saturation',
        method: 'list',
        filter: { field: 'daily_oxygen_saturation.date', literal: 'date' },
        pageCap: 10_000,
        dayFrom: { date: 'dailyOxygenSaturation.date' },
        orderBy: 'dailyOxygenSaturation.date',
        pointsPerDay: 1,
        maxRangeDays: 366,
        scope: 'health_metrics_and_measurements.readonly',
        byDefault: false,
        columns: [
            {
                name: 'spo2_percent',
                value: (points) => last(points, 'dailyOxygenSaturation.averagePercentage', 1),
            },
        ],
        evidence: `${REFERENCE}: filter daily_oxygen_saturation.date, DailyOxygenSaturation.averagePercentage (double)`,
    },
    {
        name: 'weight',
        apiPath: 'weight',
        method: 'list',
        filter: { field: 'weight.sample_time.physical_time', literal: 'timestamp' },
        pageCap: 10_000,
        dayFrom: { instant: 'weight.sampleTime.physicalTime' },
        orderBy: 'weight.sampleTime.physicalTime',
        pointsPerDay: 1,
        maxRangeDays: 366,
        scope: 'health_metrics_and_measurements.readonly',
        byDefault: false,
        // The day's last weighing.
        columns: [
            { name: 'weight_kg', value: (points) => scaled(last(points, 'weight.weightGrams'), 1e-3, 2) },
        ],
        evidence: `${REFERENCE}: filter weight.sample_time.physical_time (the reference's own example), Weight.weightGrams (double)`,
    },
];
const DEFAULT_TYPES = DATA_TYPES.filter((type) => type.byDefault);
/** The registry's entry for `name`; undefined for a name it does not know. */
function dataTypeNamed(name) {
    return DATA_TYPES.find((type) => type.name === name);
}
/** Every daily.csv column, in registry order: the file's stable header after `date`. */
const DAILY_COLUMNS = DATA_TYPES.flatMap((type) => type.columns.map((column) => column.name));
/** The value at a dotted path into a point (`sleep.interval.endTime`). */
function valueAt(point, path) {
    let value = point;
    for (const key of path.split('.')) {
        if (typeof value !== 'object' || value === null)
            return undefined;
        value = value[key];
    }
    return value;
}
/** A day's point as what it is ordered by; days themselves order as strings. */
function orderKey(type, point) {
    const path = type.method === 'dailyRollUp' ? 'civilStartTime.date' : type.orderBy;
    const value = valueAt(point, path);
    if (typeof value === 'string')
        return value;
    const date = value;
    if (date && typeof date === 'object') {
        const pad = (n, width) => String(n ?? 0).padStart(width, '0');
        return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
    }
    return '';
}
/** The full scope a type needs. */
function scopeOf(type) {
    return `${SCOPE_PREFIX}${type.scope}`;
}
/** The numeric values at `path` over the day's points. */
function numbers(points, path) {
    return points
        .map((point) => valueAt(point, path))
        .filter((value) => value !== undefined && value !== null && value !== '')
        .map(Number)
        .filter(Number.isFinite);
}
function sum(points, path, places) {
    const values = numbers(points, path);
    if (values.length === 0)
        return undefined;
    return decimal(values.reduce((total, value) => total + value, 0), places);
}
/** The last point's value (points are ordered oldest first). */
function last(points, path, places = 3) {
    const values = numbers(points, path);
    const value = values[values.length - 1];
    return value === undefined ? undefined : decimal(value, places);
}
function scaled(text, factor, places) {
    return text === undefined ? undefined : decimal(Number(text) * factor, places);
}
/** A number with at most `places` decimals and no trailing zeros: the same text on every run. */
function decimal(value, places) {
    const fixed = value.toFixed(places);
    return places === 0 ? fixed : fixed.replace(/\.?0+$/, '');
}


/***/ }),

/***/ 399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/**
 * The pull's defaults, as the contract gives them: on their own, so that the
 * command's help can name them without loading the pull.
 */
const DEFAULTS = {
    timeZone: 'UTC',
    folder: 'data',
    refetchDays: 3,
    maxRequests: 250,
    apiUrl: 'https://health.googleapis.com',
    /** `since`, when not given: this many days before `until`. */
    sinceDaysBefore: 7,
};


/***/ })

};
