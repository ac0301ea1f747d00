export const id = 202;
export const ids = [202,916,379];
export const modules = {

/***/ 5574:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   WZ: () => (/* binding */ WRITE_BACK),
/* harmony export */   jw: () => (/* binding */ RedirectRefusedError)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6752);
/* harmony import */ var _lib_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9516);
/* harmony import */ var _lib_retry_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9495);
/**
 * The Octokit client for the secrets API, from @actions/github, with two
 * things Octokit does not do the way this action needs:
 * - one request hook that retries on the action's shared policy
 *   (retry-policy.ts), with the longer write-back budget for the request that
 *   carries a new refresh token;
 * - a fetch that follows no redirect to another origin, so a sealed value or
 *   the token never goes anywhere but the configured API.
 * Requests go through the action's own dispatcher (the token endpoint's
 * timeouts and proxy settings) and are aborted with the run's signal.
 */




const API_VERSION = '2022-11-28';
const USER_AGENT = 'fitbit-token-keeper';
/** GitHub redirects within its origin for a renamed or transferred repository. */
const MAX_HOPS = 3;
/** Request option for the write of a new refresh token: it gets Timing.writeBack. */
const WRITE_BACK = { writeBack: true };
/** GitHub answered a redirect this client does not follow. */
class RedirectRefusedError extends Error {
    status;
    target;
    name = 'RedirectRefusedError';
    constructor(status, 
    /** Where it pointed, origin only; undefined when there was no usable Location. */
    target) {
        super(`GitHub answered HTTP ${status}, a redirect${target ? ` to ${target}` : ''}, which is not followed`);
        this.status = status;
        this.target = target;
    }
}
function createGitHubClient(token, baseUrl, network) {
    const { timing } = network;
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl,
        userAgent: USER_AGENT,
        request: { fetch: (url, init) => fetchWithinOrigin(url, init, network) },
    });
    octokit.hook.wrap('request', async (send, options) => {
        // Pin the REST version: 2022-11-28 is served by github.com, GHE.com and every supported GHES.
        options.headers['x-github-api-version'] = API_VERSION;
        const budget = options.request?.writeBack === true ? timing.writeBack : timing.github;
        const { value } = await (0,_lib_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetries */ .LH)(async () => send(options), (error) => judgeGitHubError(error, timing.maxRateLimitWaitMs), budget, { signal: network.signal });
        return value;
    });
    return octokit;
}
/** The shared retry policy, read off an Octokit error. */
function judgeGitHubError(error, maxRateLimitWaitMs) {
    const failure = error;
    if (failure?.name === 'AbortError' || failure?.cause instanceof RedirectRefusedError) {
        return { retry: false };
    }
    const response = failure?.response;
    const message = response?.data?.message;
    return (0,_lib_retry_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .judgeHttpFailure */ .M)({
        // Octokit reports a failed connection as status 500 without a response.
        status: response?.status,
        headers: response?.headers ?? {},
        message: typeof message === 'string' ? message : undefined,
    }, maxRateLimitWaitMs);
}
/**
 * Fetch that follows a redirect only within the origin it was sent to, and
 * only when it repeats the same request; every other redirect is refused.
 */
async function fetchWithinOrigin(url, init, network) {
    let current = new URL(url);
    for (let hop = 0;; hop++) {
        const response = await (0,undici__WEBPACK_IMPORTED_MODULE_1__.fetch)(current, {
            ...init,
            redirect: 'manual',
            dispatcher: network.dispatcher,
            signal: network.signal ?? null,
        });
        if (response.status < 300 || response.status >= 400 || response.status === 304) {
            return response;
        }
        await response.body?.cancel().catch(() => undefined);
        const next = redirectTarget(current, response.headers.get('location'));
        const sameOrigin = next !== undefined && next.origin === current.origin;
        if (!next || !sameOrigin || !keepsRequest(response.status, init.method) || hop >= MAX_HOPS) {
            throw new RedirectRefusedError(response.status, next?.origin);
        }
        current = next;
    }
}
/**
 * Whether following the redirect sends the same request again: 307/308 keep
 * method and body; 301/302/303 turn them into a GET, which is the same request
 * only for a GET (GitHub answers a renamed repository's GET with 301).
 */
function keepsRequest(status, method) {
    if (status === 307 || status === 308)
        return true;
    const isGet = method === undefined || method === 'GET' || method === 'HEAD';
    return isGet && (status === 301 || status === 302 || status === 303);
}
function redirectTarget(from, location) {
    if (!location)
        return undefined;
    try {
        return new URL(location, from);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8500:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   Lo: () => (/* binding */ readCappedBytes),
/* harmony export */   VS: () => (/* binding */ createNetwork),
/* harmony export */   Wo: () => (/* binding */ networkProblem)
/* harmony export */ });
/* unused harmony export createDispatcher */
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6752);
/**
 * The one HTTP dispatcher for every request the action makes: timeouts on
 * connect, headers and body, and the runner's proxy settings (HTTPS_PROXY,
 * HTTP_PROXY, NO_PROXY), for the token endpoint, GitHub and the data API
 * alike; and what every raw request shares: a reply read up to a cap, and a
 * failed request told in a few words.
 */

/** The network of one run or command: a fresh dispatcher on `timing`, cut short by `signal`. */
function createNetwork(timing, signal) {
    return { dispatcher: createDispatcher(timing.requestTimeoutMs), timing, signal };
}
function createDispatcher(requestTimeoutMs) {
    return new undici__WEBPACK_IMPORTED_MODULE_0__.EnvHttpProxyAgent({
        connect: { timeout: requestTimeoutMs },
        headersTimeout: requestTimeoutMs,
        bodyTimeout: requestTimeoutMs,
    });
}
/**
 * A reply body, at most `limit` bytes of it. A larger reply is cut there and
 * the rest never read: the caller decides what a cut reply means.
 */
async function readCapped(body, limit) {
    const { bytes, cut } = await readCappedBytes(body, limit);
    return { text: bytes.toString('utf8'), cut };
}
/** The same, as bytes: a large reply read without ever becoming one string. */
async function readCappedBytes(body, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        chunks.push(chunk);
        size += chunk.length;
        if (size > limit)
            return { bytes: Buffer.concat(chunks).subarray(0, limit), cut: true };
    }
    return { bytes: Buffer.concat(chunks), cut: false };
}
/** Why a request got no reply, in a few words that carry no secret. */
function networkProblem(error) {
    if (error instanceof Error) {
        if (error.name === 'TimeoutError' || error.name === 'AbortError')
            return 'timed out';
        const code = error.code;
        if (typeof code === 'string') {
            if (code.includes('TIMEOUT'))
                return `timed out (${code})`;
            return code;
        }
    }
    return 'network error';
}


/***/ }),

/***/ 9495:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ judgeHttpFailure),
/* harmony export */   t: () => (/* binding */ rateLimitOf)
/* harmony export */ });
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9516);
/**
 * What is worth retrying, and how long to wait first: one policy for every
 * HTTP call the action makes, the token endpoint and GitHub alike.
 * Network failures, timeouts and 5xx are retried with backoff; 429 and a
 * rate-limit 403 wait at least as long as the server asks (Retry-After, or
 * until x-ratelimit-reset for GitHub's primary limit) unless that is longer
 * than the action will wait; every other status is final (400, 401, a
 * permission 403, 404, 409, 410, 422, ...).
 */

/** GitHub asks for at least a minute when a secondary limit comes without Retry-After. */
const SECONDARY_LIMIT_DEFAULT_WAIT_MS = 60_000;
function judgeHttpFailure(failure, maxRateLimitWaitMs, now = Date.now()) {
    if (failure.status === undefined)
        return { retry: true };
    const limit = rateLimitOf(failure, now);
    if (limit !== undefined) {
        const tooLong = limit.waitMs !== undefined && limit.waitMs > maxRateLimitWaitMs;
        return tooLong ? { retry: false } : { retry: true, retryAfterMs: limit.waitMs };
    }
    if (failure.status >= 500) {
        return { retry: true, retryAfterMs: (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRetryAfter */ .mu)(failure.headers['retry-after'], now) };
    }
    return { retry: false };
}
/** The rate limit a 429 or 403 stands for; undefined for anything else (a 403 may be a permission). */
function rateLimitOf(failure, now = Date.now()) {
    const { status, headers } = failure;
    if (status !== 429 && status !== 403)
        return undefined;
    const retryAfterMs = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRetryAfter */ .mu)(headers['retry-after'], now);
    if (headers['x-ratelimit-remaining'] === '0') {
        const resetSeconds = Number(headers['x-ratelimit-reset']);
        const untilReset = Number.isFinite(resetSeconds)
            ? Math.max(0, resetSeconds * 1000 - now)
            : undefined;
        return { kind: 'primary', waitMs: retryAfterMs ?? untilReset };
    }
    if (retryAfterMs !== undefined)
        return { kind: 'secondary', waitMs: retryAfterMs };
    if (/secondary rate limit|abuse detection/i.test(failure.message ?? '')) {
        return { kind: 'secondary', waitMs: SECONDARY_LIMIT_DEFAULT_WAIT_MS };
    }
    return status === 429 ? { kind: 'secondary', waitMs: undefined } : undefined;
}


/***/ }),

/***/ 9516:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   i5: () => (/* binding */ RetriesExhaustedError),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   xW: () => (/* binding */ lastFailure)
/* harmony export */ });
/* unused harmony export backoff */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3738);
/**
 * Bounded retries for the token endpoint: a count and a total time, capped
 * exponential backoff with full jitter, and the server's Retry-After honoured.
 * (undici's RetryAgent has neither jitter nor a total-time bound.)
 */

const REAL_CLOCK = {
    now: () => Date.now(),
    sleep: (ms, signal) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, signal ? { signal } : {}),
    random: Math.random,
};
/** The call failed after more than one attempt; `cause` is the last failure. */
class RetriesExhaustedError extends Error {
    cause;
    attempts;
    name = 'RetriesExhaustedError';
    constructor(cause, attempts) {
        super(`${cause instanceof Error ? cause.message : String(cause)} (after ${attempts} attempts)`);
        this.cause = cause;
        this.attempts = attempts;
    }
}
/** The last failure behind an error, and how many attempts it took. */
function lastFailure(error) {
    return error instanceof RetriesExhaustedError
        ? { error: error.cause, attempts: error.attempts }
        : { error, attempts: 1 };
}
/**
 * Runs `attempt` until it succeeds, `judge` says the error is final, or the
 * budget is spent. A failure of the only attempt is rethrown as it is; after
 * more than one, a RetriesExhaustedError carries the last.
 */
async function withRetries(attempt, judge, budget, options = {}) {
    const clock = options.clock ?? REAL_CLOCK;
    const started = clock.now();
    for (let attemptNumber = 1;; attemptNumber++) {
        try {
            return { value: await attempt(attemptNumber), attempts: attemptNumber };
        }
        catch (error) {
            const verdict = judge(error);
            const wait = verdict.exactly && verdict.retryAfterMs !== undefined
                ? verdict.retryAfterMs
                : backoff(budget, attemptNumber, verdict.retryAfterMs, clock.random);
            const elapsed = clock.now() - started;
            const exhausted = attemptNumber >= budget.maxAttempts || elapsed + wait > budget.maxElapsedMs;
            const giveUp = () => attemptNumber === 1 ? error : new RetriesExhaustedError(error, attemptNumber);
            if (!verdict.retry || exhausted || options.signal?.aborted)
                throw giveUp();
            // Aborted while waiting: what failed is the call, not the wait.
            await clock.sleep(wait, options.signal).catch(() => {
                throw giveUp();
            });
        }
    }
}
/** Full jitter over a capped exponential step; never shorter than Retry-After. */
function backoff(budget, attemptNumber, retryAfterMs, random) {
    const cap = Math.min(budget.maxDelayMs, budget.baseDelayMs * 2 ** (attemptNumber - 1));
    const jittered = Math.floor(random() * cap);
    return retryAfterMs === undefined ? jittered : Math.max(retryAfterMs, jittered);
}
/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === undefined || value.trim() === '')
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}


/***/ }),

/***/ 7379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openRunScope: () => (/* binding */ openRunScope)
});

// EXTERNAL MODULE: ./lib/src/lib/http.js
var http = __webpack_require__(8500);
;// CONCATENATED MODULE: ./lib/src/lib/redact.js
/**
 * Removes secrets from text before it is printed. Known values (tokens sent or
 * received, the client secret, codes) are replaced wherever they occur, in every
 * encoding they may come back in; provider messages also get a pattern pass,
 * because they may echo values we never saw (Fitbit's invalid_grant message
 * quotes the refresh token).
 */
const REDACTED = '[redacted]';
/** Shorter values are redacted only as a whole token: "ab" must not cut up "about". */
const WHOLE_TOKEN_BELOW = 6;
const STARTS_WITH_WORD = /^[\p{L}\p{N}]/u;
const ENDS_WITH_WORD = /[\p{L}\p{N}]$/u;
// Long runs of token alphabet that contain a digit: opaque tokens, JWT parts, hex.
const TOKEN_LIKE = /[A-Za-z0-9_~+/-]{20,}={0,2}(?:\.[A-Za-z0-9_~+/-]{8,}={0,2}){0,2}/g;
class Redactor {
    /** Each form of each secret, and whether it is redacted only where it stands alone. */
    secrets = new Map();
    /** Remember a value that must never be printed, with each form it may be echoed in. */
    add(value) {
        if (!value)
            return;
        for (const form of encodedForms(value)) {
            if (form.trim())
                this.secrets.set(form, form.length < WHOLE_TOKEN_BELOW);
        }
    }
    /** Replace every known secret. Longest first, so a value containing another is caught whole. */
    redact(text) {
        let out = text;
        for (const [secret, alone] of [...this.secrets].sort(([a], [b]) => b.length - a.length)) {
            out = alone ? replaceWholeTokens(out, secret) : out.split(secret).join(REDACTED);
        }
        return out;
    }
    /** For text that came from a provider: known secrets, then anything shaped like a token. */
    redactUntrusted(text) {
        return this.redact(text).replace(TOKEN_LIKE, (match, offset, whole) => /\d/.test(match) && !insideUrl(whole, offset) ? REDACTED : match);
    }
}
/** The non-empty lines of a value, trimmed: a log line shows at most one of them. */
function secretLines(value) {
    return value
        .split(/\r\n|\r|\n/)
        .map((line) => line.trim())
        .filter(Boolean);
}
/**
 * The value, and each of its lines, as sent in a form or URL, as quoted inside a
 * JSON string, and in base64 (alone, or inside a longer base64 text such as a
 * Basic header or a JWT, whose parts are themselves form-encoded or JSON).
 */
function encodedForms(value) {
    const forms = new Set();
    for (const piece of new Set([value, value.trim(), ...secretLines(value)])) {
        for (const text of new Set(textForms(piece))) {
            forms.add(text);
            for (const encoded of base64Forms(text))
                forms.add(encoded);
        }
    }
    return forms;
}
function textForms(piece) {
    const json = JSON.stringify(piece).slice(1, -1);
    return [
        piece,
        encodeURIComponent(piece),
        new URLSearchParams({ v: piece }).toString().slice(2),
        json,
        json.replaceAll('/', '\\/'), // as PHP and some Java libraries escape it
    ];
}
function base64Forms(text) {
    const bytes = Buffer.from(text, 'utf8');
    const forms = [bytes.toString('base64'), bytes.toString('base64url')];
    // Inside longer data the characters at the edges mix with the neighbours' bits. The
    // inner parts of short values are too short to tell apart from ordinary words.
    if (text.length < WHOLE_TOKEN_BELOW)
        return forms;
    for (const shift of [0, 1, 2]) {
        const inner = innerBase64(bytes, shift);
        forms.push(inner, inner.replaceAll('+', '-').replaceAll('/', '_'));
    }
    return forms;
}
/** The base64 characters that depend on `bytes` alone when they start `shift` bytes into a 3-byte group. */
function innerBase64(bytes, shift) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    const first = Math.ceil((shift * 8) / 6);
    const end = Math.floor(((shift + bytes.length) * 8) / 6);
    return encoded.slice(first, end);
}
/** Replaces `secret` where it is not part of a longer run of letters and digits. */
function replaceWholeTokens(text, secret) {
    let out = '';
    let copied = 0;
    let at = text.indexOf(secret);
    while (at !== -1) {
        const end = at + secret.length;
        if (standsAlone(text, at, end)) {
            out += `${text.slice(copied, at)}${REDACTED}`;
            copied = end;
            at = text.indexOf(secret, end);
        }
        else {
            at = text.indexOf(secret, at + 1);
        }
    }
    return out + text.slice(copied);
}
/** False when text[start, end) continues a word on either side (two units: astral letters). */
function standsAlone(text, start, end) {
    const joinsBefore = STARTS_WITH_WORD.test(text.slice(start, end)) &&
        ENDS_WITH_WORD.test(text.slice(Math.max(0, start - 2), start));
    const joinsAfter = ENDS_WITH_WORD.test(text.slice(start, end)) && STARTS_WITH_WORD.test(text.slice(end, end + 2));
    return !joinsBefore && !joinsAfter;
}
/**
 * True when the text at `offset` is in the path of a URL, so documentation links
 * stay readable. Query strings and fragments are not spared: they may carry codes.
 */
function insideUrl(text, offset) {
    const wordStart = Math.max(text.lastIndexOf(' ', offset), text.lastIndexOf('\n', offset)) + 1;
    const before = text.slice(wordStart, offset);
    return /^[a-z][a-z0-9+.-]*:\/\/[^?#=]*$/i.test(before);
}

;// CONCATENATED MODULE: ./lib/src/lib/run-scope.js
/**
 * What every run needs around its work, the keeper's and the pull's, in a
 * workflow or at a terminal: a redactor that learns each secret the moment it
 * is known, one network whose requests a time limit or a failure aborts,
 * progress lines that pass the redactor, and at the end the sockets closed, so
 * the process ends when its work does.
 */


function openRunScope(options) {
    const redactor = new Redactor();
    const limit = new AbortController();
    const timer = setTimeout(() => limit.abort(), options.limitMs);
    timer.unref();
    const cancelled = new AbortController();
    const signal = AbortSignal.any([limit.signal, cancelled.signal]);
    const network = (0,http/* createNetwork */.VS)(options.timing, signal);
    return {
        redactor,
        network,
        signal,
        log: {
            info: (message) => options.log.info(redactor.redact(message)),
            warning: (message) => options.log.warning(redactor.redact(message)),
        },
        mask(value) {
            if (!value)
                return;
            // The runner masks each registered value as a whole: a multi-line one needs its lines too,
            // and a value with surrounding blanks its trimmed form (which is what gets used).
            if (options.registerMask) {
                for (const part of new Set([value, value.trim(), ...secretLines(value)])) {
                    if (part)
                        options.registerMask(part);
                }
            }
            redactor.add(value);
        },
        cancel: () => cancelled.abort(),
        limitReached: () => limit.signal.aborted,
        async close() {
            clearTimeout(timer);
            await network.dispatcher.destroy().catch(() => undefined);
        },
    };
}


/***/ }),

/***/ 4679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ capitalize),
/* harmony export */   o: () => (/* binding */ lowerFirst)
/* harmony export */ });
/** Joining sentences: a phrase made the start of one, or a sentence made a phrase. */
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}


/***/ }),

/***/ 361:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ iso),
/* harmony export */   KR: () => (/* binding */ MONTHS),
/* harmony export */   _I: () => (/* binding */ secondsAfter),
/* harmony export */   zK: () => (/* binding */ humanTime)
/* harmony export */ });
/** Date arithmetic that cannot throw, whatever number a provider sends. */
/** `seconds` after `start`; undefined when unknown or past what a Date can hold, never an Invalid Date. */
function secondsAfter(start, seconds) {
    if (seconds === undefined)
        return undefined;
    const date = new Date(start.getTime() + seconds * 1000);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/** ISO 8601 in UTC without milliseconds; empty for no date or an invalid one. */
function iso(date) {
    if (date === undefined || Number.isNaN(date.getTime()))
        return '';
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Months as a person reads them in a date, "Jan" to "Dec". */
const MONTHS = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
];
/**
 * A time as a person reads it on a phone: "Thu 3 Dec, 23:42 UTC", with the year
 * when it is not the year of `now`; empty for no date or an invalid one. Spelt
 * out here rather than by a locale, whose month names differ between versions.
 */
function humanTime(date, now) {
    if (date === undefined || Number.isNaN(date.getTime()))
        return '';
    const year = date.getUTCFullYear() === now.getUTCFullYear() ? '' : ` ${date.getUTCFullYear()}`;
    const hours = String(date.getUTCHours()).padStart(2, '0');
    const minutes = String(date.getUTCMinutes()).padStart(2, '0');
    return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}${year}, ${hours}:${minutes} UTC`;
}


/***/ }),

/***/ 2666:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ PRODUCTION_TIMING)
/* harmony export */ });
const PRODUCTION_TIMING = {
    requestTimeoutMs: 30_000,
    tokenEndpoint: { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 15_000, maxElapsedMs: 60_000 },
    github: { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 8_000, maxElapsedMs: 60_000 },
    // About a minute of trying: the elapsed bound ends it, not the count.
    writeBack: { maxAttempts: 20, baseDelayMs: 1_000, maxDelayMs: 15_000, maxElapsedMs: 60_000 },
    maxRateLimitWaitMs: 60_000,
    stepLimitMs: 5 * 60_000,
};


/***/ })

};
