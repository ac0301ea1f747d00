export const id = 916;
export const ids = [916];
export const modules = {

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


/***/ })

};
