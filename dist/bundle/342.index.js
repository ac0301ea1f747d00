export const id = 342;
export const ids = [342];
export const modules = {

/***/ 1062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ CLIENT_SECRET_VARIABLE),
/* harmony export */   jn: () => (/* binding */ AUTHORIZE_OPTIONS),
/* harmony export */   rv: () => (/* binding */ timeoutSeconds)
/* harmony export */ });
/* harmony import */ var _grant_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6394);
/* harmony import */ var _lib_validators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8607);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3057);
/* harmony import */ var _redirect_uri_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6356);
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
        help: 'google (default: the Google Health API), fitbit (legacy Fitbit Web API), strava, whoop, oura, withings or custom',
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
        help: `where consent returns, used exactly as given (default ${_redirect_uri_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_REDIRECT_URI */ .Qi}); not loopback: print the URL only; withings: your registered https address, whose landing address you paste`,
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
        help: `the secret that holds the refresh token; default: ${_grant_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_SECRET_NAME */ .F}`,
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
    ..._options_js__WEBPACK_IMPORTED_MODULE_1__/* .HELP_OPTION */ .E4,
};
function timeoutSeconds(value) {
    if (value === undefined)
        return DEFAULT_TIMEOUT_SECONDS;
    const seconds = value.trim() === '' ? Number.NaN : Number(value);
    if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
        throw new _options_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`option --timeout must be a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS} (24 hours) (got ${(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(value)})`);
    }
    return seconds;
}


/***/ }),

/***/ 1346:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NB: () => (/* binding */ defineCommand),
/* harmony export */   U0: () => (/* binding */ usageLine),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   js: () => (/* binding */ TOOL)
/* harmony export */ });
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3057);

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
                const values = (0,_options_js__WEBPACK_IMPORTED_MODULE_0__/* .parseOptions */ .Ac)(spec.options, args);
                if (values.help) {
                    io.out(help());
                    return EXIT.done;
                }
                return await spec.run(values, io);
            }
            catch (error) {
                if (error instanceof _options_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb) {
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
        ...(0,_options_js__WEBPACK_IMPORTED_MODULE_0__/* .optionLines */ .rQ)(spec.options),
        '',
        `Exit status: 0 ${spec.done}, 1 failed, 2 usage error (a wrong command line).`,
    ].join('\n');
}


/***/ }),

/***/ 1766:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ workingTreeAround),
/* harmony export */   Py: () => (/* binding */ repositoryFromRemote),
/* harmony export */   lY: () => (/* binding */ originRemote)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/**
 * The git checkout around a folder: its top-level folder (found by its `.git`,
 * without running git) and its `origin` remote, for the command's default
 * repository and for keeping the recovery key out of any working tree.
 * Understands https and ssh remotes of any GitHub host.
 */




const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
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
        if (await exists((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, '.git')))
            return folder;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(folder);
        if (parent === folder)
            return undefined;
        folder = parent;
    }
}
/** The real path of `path` or of its nearest existing ancestor (a new file's folder may not exist). */
async function nearestExisting(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
    }
    catch {
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
        return parent === path ? path : nearestExisting(parent);
    }
}
async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 3057:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseOptions),
/* harmony export */   E4: () => (/* binding */ HELP_OPTION),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   rQ: () => (/* binding */ optionLines)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7603);
/* harmony import */ var _lib_validators_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8607);
/**
 * A command's flags: each declared once with the line `--help` gives it, read
 * from the command line with node's tokenizer, and every mistake in them (an
 * unknown flag, a missing value, a stray argument) a UsageError with a
 * message of our own, the same on every Node.js release.
 */



/** A wrong command line, found before anything is sent: exit status 2, as `gh` and `npm` do. */
class UsageError extends _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExplainedError */ .hM {
    name = 'UsageError';
}
const HELP_OPTION = {
    help: { type: 'boolean', short: 'h', help: 'show this help' },
};
function parseOptions(specs, args) {
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
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
            throw new UsageError(`unexpected argument ${(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(token.value)}`);
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
            throw new UsageError(`unknown option ${(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(token.rawName)}`);
        }
        values[token.name] = flagValue(spec, token.rawName, token.value, token.inlineValue);
    }
    return values;
}
function flagValue(spec, flag, value, inline) {
    if (spec.type === 'boolean') {
        if (value !== undefined)
            throw new UsageError(`option ${(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(flag)} takes no value`);
        return true;
    }
    if (value === undefined)
        throw new UsageError(`option ${(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(flag)} needs a value`);
    // `--client-id --no-open`: most likely a forgotten value, not a client id that starts with -.
    if (inline === false && value.startsWith('-')) {
        throw new UsageError(`option ${(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(flag)} needs a value, and ${(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(value)} looks like an option (if it is the value, write ${flag}=${value})`);
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


/***/ }),

/***/ 6356:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ webRedirectUri),
/* harmony export */   Ku: () => (/* binding */ isLoopbackHttp),
/* harmony export */   Qi: () => (/* reexport safe */ _oauth_consent_js__WEBPACK_IMPORTED_MODULE_2__.Qi),
/* harmony export */   un: () => (/* binding */ loopbackRedirectUri)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7603);
/* harmony import */ var _lib_validators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8607);
/* harmony import */ var _oauth_consent_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4772);
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
        return url.protocol === 'http:' && (0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopbackHost */ .cW)(url.hostname);
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
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('redirect-uri', `must be an absolute URL (got ${(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .shown */ .SP)(value)})`);
    }
    if (url.protocol !== 'http:' || !(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopbackHost */ .cW)(url.hostname)) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('redirect-uri', `must be http on a loopback host such as ${_oauth_consent_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_REDIRECT_URI */ .Qi}, where this command can listen (got ${(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .shown */ .SP)(value)})`);
    }
    return value;
}
/** A redirect URI only a browser reaches (a Web client's): https. Returned as given. */
function webRedirectUri(value) {
    asTyped(value);
    (0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .httpsUrl */ .N3)('redirect-uri', value);
    return value;
}
function asTyped(value) {
    if (INVISIBLE.test(value)) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('redirect-uri', `must not contain spaces or control characters: it is compared with the registered one character for character (got ${(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .shown */ .SP)(value)})`);
    }
}


/***/ }),

/***/ 1342:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(481);
/* harmony import */ var node_stream_consumers__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8321);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(615);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6222);
/** The `fitbit-token-keeper` command: the real outside world, handed to the tool. */





// Every line goes through terminalSafe: text echoed from arguments or providers must not be
// able to drive the terminal, even where no one thought to clean it.
const io = {
    out: (line) => process.stdout.write(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalSafe */ .k)(line)}\n`),
    err: (line) => process.stderr.write(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalSafe */ .k)(line)}\n`),
    env: process.env,
    cwd: process.cwd(),
    home: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(),
    stdinIsTTY: process.stdin.isTTY === true,
    openUrl: async (url) => {
        // Loaded only when a browser is opened: the package starts child processes.
        const { default: open } = await __webpack_require__.e(/* import() */ 958).then(__webpack_require__.bind(__webpack_require__, 2958));
        const child = await open(url);
        // A browser that cannot start should not keep this process alive.
        child.unref();
    },
    readStdin: () => (0,node_stream_consumers__WEBPACK_IMPORTED_MODULE_2__.text)(process.stdin),
    readLine,
};
/** The first line typed or piped on standard input, which is then let go so the process can end. */
function readLine(signal) {
    const lines = (0,node_readline__WEBPACK_IMPORTED_MODULE_1__.createInterface)({ input: process.stdin, terminal: false });
    let onAbort = () => { };
    return new Promise((resolve, reject) => {
        onAbort = () => reject(signal.reason);
        if (signal.aborted)
            onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        lines.once('line', resolve);
        lines.once('close', () => resolve(undefined));
    }).finally(() => {
        signal.removeEventListener('abort', onAbort);
        lines.close();
        process.stdin.destroy();
    });
}
process.exitCode = await (0,_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .runTool */ .qI)(process.argv.slice(2), io);

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

/***/ 6222:
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
// EXTERNAL MODULE: ./lib/src/cli/authorize-flags.js
var authorize_flags = __webpack_require__(1062);
// EXTERNAL MODULE: ./lib/src/cli/command.js
var cli_command = __webpack_require__(1346);
;// CONCATENATED MODULE: ./lib/src/cli/authorize.js
/**
 * `fitbit-token-keeper authorize`: the consent step on a person's machine, as
 * its help presents it. What it does is authorize-consent.ts.
 */


const AUTHORIZE = (0,cli_command/* defineCommand */.NB)({
    name: 'authorize',
    summary: 'Ask for consent in the browser, then store the refresh token in a GitHub Actions secret.',
    usage: 'authorize --client-id ID [options]',
    about: [
        'Checks that the GitHub token may write the secret, prints the consent URL on standard output\n' +
            '(and opens it), waits for the redirect on the loopback --redirect-uri, exchanges the code with\n' +
            'its PKCE verifier and seals the refresh token into the secret. With a --redirect-uri this\n' +
            "machine cannot listen on (a Web client's, e.g. https://www.google.com) it only prints the\n" +
            'consent URL, for the re-seed workflow. Withings refuses loopback redirects: with\n' +
            '--provider withings give your registered https --redirect-uri and paste the address the\n' +
            'browser lands on at the prompt, within 30 seconds.',
        'Give secrets through the environment (GH_TOKEN, FITBIT_TOKEN_KEEPER_CLIENT_SECRET) rather than\n' +
            'as flags: every user of the machine can read a command line (for example with ps).',
    ],
    options: authorize_flags/* AUTHORIZE_OPTIONS */.jn,
    done: 'the secret was written (or the consent URL printed)',
    // The work, with its HTTP client, loads only when the command runs: --help needs none of it.
    run: async (values, io) => (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(413), __webpack_require__.e(202), __webpack_require__.e(423), __webpack_require__.e(329)]).then(__webpack_require__.bind(__webpack_require__, 329))).authorize(values, io),
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/lib/recovery.js
var recovery = __webpack_require__(1635);
// EXTERNAL MODULE: ./lib/src/cli/git-remote.js
var git_remote = __webpack_require__(1766);
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
/** The key file --private-key-file names (relative to the working folder), else the default one. */
function keyFileOf(given, io) {
    return given === undefined ? defaultKeyFile(io.env, io.home) : (0,external_node_path_.resolve)(io.cwd, given);
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

// EXTERNAL MODULE: ./lib/src/cli/options.js
var options = __webpack_require__(3057);
;// CONCATENATED MODULE: ./lib/src/cli/keygen.js
/**
 * `fitbit-token-keeper keygen`: makes the recovery key pair whose public half
 * goes into the action's recovery-public-key input.
 */







const KEYGEN = (0,cli_command/* defineCommand */.NB)({
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
        ...options/* HELP_OPTION */.E4,
    },
    done: 'the key pair was made',
    run: async (values, io) => {
        const given = values['private-key-file'];
        const file = keyFileOf(given, io);
        const tree = await (0,git_remote/* workingTreeAround */.$j)((0,external_node_path_.dirname)(file));
        if (tree !== undefined && !values.force) {
            throw new options/* UsageError */.eb(`the private key file ${file} would be inside the git working tree ${tree}, where a commit could publish it; choose a path outside it with --private-key-file, or pass --force`);
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
            return cli_command/* EXIT */.dc.done;
        }
        catch (error) {
            io.err(`error: ${keyFileProblem(error, file, 'write')}`);
            return cli_command/* EXIT */.dc.failed;
        }
    },
});

// EXTERNAL MODULE: ./lib/src/health/data-types.js
var data_types = __webpack_require__(1161);
// EXTERNAL MODULE: ./lib/src/health/defaults.js
var defaults = __webpack_require__(399);
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
        help: `the IANA time zone that says which days are over (days follow each point's own offset); default: ${defaults/* DEFAULTS */.z.timeZone}`,
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
    ...options/* HELP_OPTION */.E4,
};
const PULL = (0,cli_command/* defineCommand */.NB)({
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
        throw new options/* UsageError */.eb(`${TOKEN_VARIABLE} is not set: put a Google Health API access token in it (the keeper action exports one in a workflow)`);
    }
    // The pull is loaded only when the command pulls: the other commands start without it.
    const [{ readPullSettings }, { refuseFolderOutside }, { pull }, { PRODUCTION_PULL_TIMING }, { openRunScope },] = await Promise.all([
        __webpack_require__.e(/* import() */ 280).then(__webpack_require__.bind(__webpack_require__, 4280)),
        __webpack_require__.e(/* import() */ 965).then(__webpack_require__.bind(__webpack_require__, 7965)),
        Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(771), __webpack_require__.e(916)]).then(__webpack_require__.bind(__webpack_require__, 8771)),
        __webpack_require__.e(/* import() */ 127).then(__webpack_require__.bind(__webpack_require__, 4127)),
        Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(379)]).then(__webpack_require__.bind(__webpack_require__, 7379)),
    ]);
    const flags = { ...values, help: undefined };
    let settings;
    try {
        settings = readPullSettings((name) => flags[name] || undefined, new Date(), io.cwd);
        await refuseFolderOutside(settings.folder, io.cwd);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw new options/* UsageError */.eb(`option --${error.input} ${error.problem}`);
        throw error;
    }
    const scope = openRunScope({
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
        return failures.size === 0 ? cli_command/* EXIT */.dc.done : cli_command/* EXIT */.dc.failed;
    }
    catch (error) {
        scope.cancel();
        io.err(`error: ${scope.redactor.redact((0,errors/* errorMessage */.gJ)(error))}`);
        return cli_command/* EXIT */.dc.failed;
    }
    finally {
        await scope.close();
    }
}

// EXTERNAL MODULE: ./lib/src/grant/settings.js
var settings = __webpack_require__(6394);
;// CONCATENATED MODULE: ./lib/src/cli/recover.js
/**
 * `fitbit-token-keeper recover`: opens a refresh token the action sealed to the
 * recovery key when GitHub would not store it, and prints it.
 */








const RECOVER = (0,cli_command/* defineCommand */.NB)({
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
        ...options/* HELP_OPTION */.E4,
    },
    done: 'the token was opened',
    run: async (values, io) => {
        const given = values['private-key-file'];
        const file = keyFileOf(given, io);
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
            return cli_command/* EXIT */.dc.done;
        }
        catch (error) {
            const message = error instanceof errors/* InputError */.dz
                ? `option --${error.input} ${error.problem}`
                : (0,errors/* errorMessage */.gJ)(error);
            io.err(`error: ${message}`);
            return cli_command/* EXIT */.dc.failed;
        }
    },
});

// EXTERNAL MODULE: ./lib/src/cli/version.js + 1 modules
var version = __webpack_require__(2973);
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
        help: `show this help; '${cli_command/* TOOL */.js} <command> --help' shows a command's options`,
    },
    version: { type: 'boolean', help: 'print the version' },
};
async function runTool(args, io) {
    const [first, ...rest] = args;
    if (first === undefined || first === '--help' || first === '-h') {
        io.out(toolHelp());
        return cli_command/* EXIT */.dc.done;
    }
    if (first === '--version') {
        io.out(version/* VERSION */.x);
        return cli_command/* EXIT */.dc.done;
    }
    const command = COMMANDS.find((candidate) => candidate.name === first);
    if (command === undefined) {
        const what = first.startsWith('-') ? 'option' : 'command';
        io.err((0,cli_command/* usageLine */.U0)(`unknown ${what} ${(0,validators/* shown */.SP)(first)}`));
        return cli_command/* EXIT */.dc.usage;
    }
    try {
        return await command.execute(rest, io);
    }
    catch (error) {
        // Commands report their own failures; this is the net for a bug.
        io.err(`error: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return cli_command/* EXIT */.dc.failed;
    }
}
function toolHelp() {
    const width = Math.max(...COMMANDS.map((command) => command.name.length));
    return [
        `${cli_command/* TOOL */.js} ${version/* VERSION */.x}: keeps a Fitbit / Google Health OAuth grant alive, its refresh token in a`,
        'GitHub Actions secret, and keeps your health data in files. This command does the steps that',
        'need a person, and a first backfill of your data; the actions do the rest.',
        '',
        'Usage:',
        `  ${cli_command/* TOOL */.js} <command> [options]`,
        '',
        'Commands:',
        ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
        '',
        'Options:',
        ...(0,options/* optionLines */.rQ)(TOOL_OPTIONS),
        '',
        'Exit status: 0 done, 1 failed, 2 usage error (a wrong command line).',
    ].join('\n');
}


/***/ }),

/***/ 2973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ PACKAGE_NAME),
  x: () => (/* binding */ VERSION)
});

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


/***/ }),

/***/ 6394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ DEFAULT_SECRET_NAME)
/* harmony export */ });
/** The secret that holds the refresh token when none is named. */
const DEFAULT_SECRET_NAME = 'FITBIT_REFRESH_TOKEN';


/***/ }),

/***/ 1635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ openRecovered),
/* harmony export */   IV: () => (/* binding */ sealForRecovery),
/* harmony export */   YH: () => (/* binding */ generateRecoveryKeyPair),
/* harmony export */   Ze: () => (/* binding */ RECOVERY_MARKER)
/* harmony export */ });
/* harmony import */ var _sealing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1621);
/**
 * The last line of defence for a new refresh token that GitHub would not take:
 * it is sealed to the user's recovery key (the same sealed box GitHub uses),
 * printed, and later opened with the private key on the user's machine.
 */

/** The marker in front of the sealed text, so `recover` finds it in a pasted log line. */
const RECOVERY_MARKER = 'fitbit-token-keeper-recovery:';
async function generateRecoveryKeyPair() {
    const sodium = await (0,_sealing_js__WEBPACK_IMPORTED_MODULE_0__/* .loadSodium */ .Or)();
    const pair = sodium.crypto_box_keypair();
    const encode = (bytes) => sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);
    return { publicKey: encode(pair.publicKey), privateKey: encode(pair.privateKey) };
}
async function sealForRecovery(refreshToken, publicKey) {
    return `${RECOVERY_MARKER}${await (0,_sealing_js__WEBPACK_IMPORTED_MODULE_0__/* .sealSecret */ .EX)(refreshToken, publicKey)}`;
}
/** Opens sealed text (with or without the marker, anywhere in `text`) with the private key. */
async function openRecovered(text, privateKeyBase64) {
    const sodium = await (0,_sealing_js__WEBPACK_IMPORTED_MODULE_0__/* .loadSodium */ .Or)();
    const marked = text.indexOf(RECOVERY_MARKER);
    const sealedText = marked === -1
        ? text.trim()
        : (/^[A-Za-z0-9+/=]+/.exec(text.slice(marked + RECOVERY_MARKER.length))?.[0] ?? '');
    const privateKey = decode(sodium, privateKeyBase64.trim(), 'private key');
    if (privateKey.length !== sodium.crypto_box_SECRETKEYBYTES) {
        throw new Error('the private key file does not hold an X25519 private key');
    }
    const publicKey = sodium.crypto_scalarmult_base(privateKey);
    let opened;
    try {
        opened = sodium.crypto_box_seal_open(decode(sodium, sealedText, 'sealed text'), publicKey, privateKey);
    }
    catch {
        throw new Error('the sealed text does not open with this private key (wrong key, or the text is cut)');
    }
    return sodium.to_string(opened);
}
function decode(sodium, base64, what) {
    try {
        return sodium.from_base64(base64, sodium.base64_variants.ORIGINAL);
    }
    catch {
        throw new Error(`the ${what} is not base64`);
    }
}


/***/ }),

/***/ 1621:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ sealSecret),
/* harmony export */   Or: () => (/* binding */ loadSodium),
/* harmony export */   Tm: () => (/* binding */ isSealingKey)
/* harmony export */ });
/**
 * Seals a value for GitHub's secrets API: libsodium sealed box against the
 * scope's X25519 public key, base64 in the ORIGINAL variant (standard alphabet,
 * padded; the library's default URL-safe variant would be rejected).
 */
/** crypto_box_PUBLICKEYBYTES */
const X25519_KEY_BYTES = 32;
let loaded;
/**
 * libsodium, loaded on first use: a refresh that writes nothing (Google's)
 * never pays for compiling and starting its WebAssembly.
 */
function loadSodium() {
    loaded ??= __webpack_require__.e(/* import() */ 768).then(__webpack_require__.bind(__webpack_require__, 4768)).then(async ({ default: sodium }) => {
        await sodium.ready;
        return sodium;
    });
    return loaded;
}
async function sealSecret(plaintext, publicKeyBase64) {
    const sodium = await loadSodium();
    const publicKey = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
    const sealed = sodium.crypto_box_seal(sodium.from_string(plaintext), publicKey);
    return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}
/**
 * True when `publicKeyBase64` is a 32-byte X25519 key in standard base64, as
 * `sealSecret` needs; checked without loading libsodium, which a refresh that
 * writes nothing never needs.
 */
function isSealingKey(publicKeyBase64) {
    const bytes = Buffer.from(publicKeyBase64, 'base64');
    return bytes.length === X25519_KEY_BYTES && bytes.toString('base64') === publicKeyBase64;
}


/***/ }),

/***/ 4772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ withIdentityScope),
/* harmony export */   Qi: () => (/* binding */ DEFAULT_REDIRECT_URI),
/* harmony export */   Y1: () => (/* binding */ createPkce),
/* harmony export */   iY: () => (/* binding */ buildConsentUrl),
/* harmony export */   ur: () => (/* binding */ createState),
/* harmony export */   vD: () => (/* binding */ pkceChallenge)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/**
 * The consent step's URL: PKCE S256 (RFC 7636), a random state, the scopes
 * joined as the provider writes them (Strava and Withings: commas), and the
 * provider's extra parameters (Google's access_type=offline, prompt=consent).
 * The challenge goes into every link, also where the provider documents no
 * PKCE: RFC 6749 §3.1 has a server ignore parameters it does not know, and the
 * consent issue checks the verifier against it locally all the same.
 */

/** The loopback redirect both the command and the consent issue use when none is given. */
const DEFAULT_REDIRECT_URI = 'http://127.0.0.1:8080/';
/** 32 random bytes → a 43-character verifier, within RFC 7636's 43–128. */
function createPkce() {
    const verifier = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('base64url');
    return { verifier, challenge: pkceChallenge(verifier) };
}
/** S256: base64url(SHA-256(verifier)), without padding (RFC 7636 §4.2). */
function pkceChallenge(verifier) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(verifier, 'ascii').digest('base64url');
}
/**
 * The scopes a consent asks for when none are given explicitly: `scopes` plus
 * the provider's scope that names the account (Google's openid), so that the
 * grant's identity is known. It reveals no health data.
 */
function withIdentityScope(provider, scopes) {
    const { identityScope } = provider;
    return identityScope === undefined || scopes.includes(identityScope)
        ? [...scopes]
        : [...scopes, identityScope];
}
function createState() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('base64url');
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
        params.scope = request.scopes.join(request.provider.scopeSeparator);
    for (const [name, value] of Object.entries(params))
        url.searchParams.set(name, value);
    return url.href;
}


/***/ })

};
