export const id = 342;
export const ids = [342];
export const modules = {

/***/ 4277:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ authorize)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./lib/src/lib/retry.js
/**
 * Bounded retries for the token endpoint: a count and a total time, capped
 * exponential backoff with full jitter, and the server's Retry-After honoured.
 * (undici's RetryAgent has neither jitter nor a total-time bound.)
 */

const REAL_CLOCK = {
    now: () => Date.now(),
    sleep: (ms, signal) => (0,promises_.setTimeout)(ms, undefined, signal ? { signal } : {}),
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
            const wait = backoff(budget, attemptNumber, verdict.retryAfterMs, clock.random);
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

;// CONCATENATED MODULE: ./lib/src/lib/retry-policy.js
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
        return { retry: true, retryAfterMs: parseRetryAfter(failure.headers['retry-after'], now) };
    }
    return { retry: false };
}
/** The rate limit a 429 or 403 stands for; undefined for anything else (a 403 may be a permission). */
function rateLimitOf(failure, now = Date.now()) {
    const { status, headers } = failure;
    if (status !== 429 && status !== 403)
        return undefined;
    const retryAfterMs = parseRetryAfter(headers['retry-after'], now);
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

;// CONCATENATED MODULE: ./lib/src/github/client.js
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
    const octokit = (0,github/* getOctokit */.Q)(token, {
        baseUrl,
        userAgent: USER_AGENT,
        request: { fetch: (url, init) => fetchWithinOrigin(url, init, network) },
    });
    octokit.hook.wrap('request', async (send, options) => {
        // Pin the REST version: 2022-11-28 is served by github.com, GHE.com and every supported GHES.
        options.headers['x-github-api-version'] = API_VERSION;
        const budget = options.request?.writeBack === true ? timing.writeBack : timing.github;
        const { value } = await withRetries(async () => send(options), (error) => judgeGitHubError(error, timing.maxRateLimitWaitMs), budget, { signal: network.signal });
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
    return judgeHttpFailure({
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
        const response = await (0,undici.fetch)(current, {
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

;// CONCATENATED MODULE: ./lib/src/github/target.js
function describeTarget(target) {
    const repository = `${target.owner}/${target.repo}`;
    return target.environment === undefined
        ? `repository ${repository}`
        : `environment '${target.environment}' of ${repository}`;
}

// EXTERNAL MODULE: ./lib/src/lib/errors.js
var errors = __webpack_require__(7603);
;// CONCATENATED MODULE: ./lib/src/oauth/token-errors.js
/** What can go wrong at the token endpoint, as error values whose messages are safe to print. */

/** The token endpoint refused, failed or answered something unusable. */
class TokenEndpointError extends errors/* ActionError */.lZ {
    kind;
    status;
    retryAfter;
    name = 'TokenEndpointError';
    constructor(message, kind, 
    /** Undefined when no reply arrived (kind 'network'). */
    status, 
    /** The reply's Retry-After header, for the retry policy. */
    retryAfter) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }
}
/**
 * The reply was unusable, but may still carry a new refresh token: that token
 * must be stored before the run fails, or a rotating grant is lost.
 */
class TokenReplyError extends TokenEndpointError {
    rescuedRefreshToken;
    name = 'TokenReplyError';
    constructor(message, rescuedRefreshToken) {
        super(message, 'malformed');
        this.rescuedRefreshToken = rescuedRefreshToken;
    }
}

;// CONCATENATED MODULE: ./lib/src/grant/failure.js
/**
 * Composes the one error line a failed run prints: what happened, where the
 * stored refresh token stands, and what to do next. Knows nothing of HTTP.
 */


const RESEED = 'Re-seed the secret through consent: run `npx fitbit-token-keeper authorize` on your machine, or the re-seed workflow with a fresh authorization code.';
function describeFailure(error, situation, redactor) {
    const advice = error instanceof errors/* ActionError */.lZ ? error.advice : '';
    const message = [headline(error, situation), secretState(error, situation), advice]
        .filter(Boolean)
        .map((part) => terminate(part))
        .join(' ');
    return redactor.redact(message);
}
function headline(error, { provider }) {
    if (error instanceof TokenEndpointError && provider) {
        return `${(0,errors/* errorMessage */.gJ)(error)}${kindExplanation(error, provider)}`;
    }
    return (0,errors/* errorMessage */.gJ)(error);
}
function kindExplanation(error, provider) {
    switch (error.kind) {
        case 'invalid_grant':
            return `. The grant is spent, expired or revoked: ${provider.deadGrantCauses}`;
        case 'invalid_client':
            return '. The client was rejected: check client-id, client-secret and client-auth (basic sends them in an Authorization header, body in the form)';
        case 'retired':
            return provider.name === 'fitbit'
                ? '. The legacy Fitbit Web API and its OAuth endpoints were switched off on 2026-11-02. Fitbit data is now read through the Google Health API: set provider: google and create a Google OAuth client (see the README)'
                : '. The endpoint says it is gone for good (410): check token-url';
        default:
            return '';
    }
}
function secretState(error, { stage, provider, secret, reseed }) {
    const where = secret ? `the secret ${secret}` : 'the secret';
    const rotates = provider?.rotates ?? true;
    switch (stage) {
        case 'inputs':
            return error instanceof errors/* InputError */.dz
                ? 'Nothing was sent and no secret was changed'
                : 'Nothing was sent to the provider and no secret was changed';
        case 'preflight':
            return reseed
                ? `The authorization code was not used, and ${where} was not changed. Fix the problem and run the re-seed again`
                : `The token endpoint was not contacted: the refresh token in ${where} was not used and still works. Fix the problem and re-run`;
        case 'exchange':
            return exchangeState(error, where, rotates, reseed);
        case 'store':
            return rotates || reseed
                ? `The provider issued a new refresh token but it could NOT be stored in ${where}, and the new access token was withheld. ${reseed ? `The authorization code is spent. ${RESEED}` : `The token in ${where} is now spent; the provider normally hands the same new pair to an identical request for a short while, so re-run the workflow at once. If that fails, ${lowerFirst(RESEED)}`}`
                : `The provider issued a new refresh token but it could NOT be stored in ${where}; the new access token was withheld. The old token may still work: re-run the workflow`;
        case 'stored':
            return `The newest refresh token is stored in ${where}, so the grant is safe. Once the problem is fixed, re-run the workflow for a new access token`;
        case 'unchanged':
            return `The refresh token in ${where} is unchanged and still works`;
    }
}
function exchangeState(error, where, rotates, reseed) {
    const kind = error instanceof TokenEndpointError ? error.kind : 'network';
    if (reseed) {
        return kind === 'invalid_grant'
            ? `The authorization code was refused (codes are single-use and expire after minutes); ${where} was not changed. Ask for consent again`
            : `${where.charAt(0).toUpperCase()}${where.slice(1)} was not changed. Fix the problem and ask for consent again`;
    }
    switch (kind) {
        case 'invalid_grant':
            return `The refresh token in ${where} no longer works. ${RESEED}`;
        case 'retired':
            return `The refresh token in ${where} cannot be used any more. ${RESEED}`;
        case 'invalid_client':
        case 'rejected':
            return `The provider refused the request without spending the refresh token in ${where}, which should still work once the problem is fixed`;
        default:
            return rotates
                ? `The provider may or may not have spent the refresh token in ${where}; it answers an identical request with the same pair for a short while, so re-run the workflow at once. If that run reports invalid_grant, ${lowerFirst(RESEED)}`
                : `The refresh token in ${where} was not changed and still works: re-run the workflow`;
    }
}
function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}
function terminate(text) {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}

;// CONCATENATED MODULE: ./lib/src/oauth/token-response.js
/**
 * Checks every field of a token endpoint reply, and reads both error shapes:
 * Fitbit's {"errors":[{"errorType","message"}]} and RFC 6749's {"error","error_description"}.
 */

const CREDENTIAL_FIELDS = ['refresh_token', 'access_token', 'id_token'];
/**
 * `mask` is called on every credential in the reply before anything else is
 * looked at, so no later failure can print one unmasked.
 */
function parseTokenReply(body, mask) {
    if (!isRecord(body))
        throw new TokenReplyError('the reply is not a JSON object');
    // Mask every credential that is a string before any check can fail.
    for (const field of CREDENTIAL_FIELDS) {
        const value = body[field];
        if (typeof value === 'string' && value !== '')
            mask(value);
    }
    const rawRefreshToken = body.refresh_token;
    if (rawRefreshToken != null && typeof rawRefreshToken !== 'string') {
        throw new TokenReplyError('refresh_token is not a string');
    }
    const refreshToken = rawRefreshToken ?? undefined;
    // From here on a failure must still hand over the new refresh token for storing.
    const fail = (problem) => {
        throw new TokenReplyError(problem, refreshToken || undefined);
    };
    try {
        const accessToken = optionalString(body, 'access_token');
        const idToken = optionalString(body, 'id_token');
        if (!accessToken)
            fail('the reply has no access_token');
        if (refreshToken === '')
            fail('the reply has an empty refresh_token');
        return {
            accessToken: accessToken,
            expiresIn: optionalSeconds(body, 'expires_in'),
            refreshToken,
            scopes: (optionalString(body, 'scope') ?? '').split(/[\s,]+/).filter(Boolean),
            tokenType: optionalString(body, 'token_type') || 'Bearer',
            userId: userIdOf(body, idToken),
            refreshTokenExpiresIn: optionalSeconds(body, 'refresh_token_expires_in'),
        };
    }
    catch (error) {
        const problem = error instanceof Error ? error.message : 'unreadable reply';
        throw new TokenReplyError(problem, refreshToken || undefined);
    }
}
/**
 * For a 2xx body that cannot be read whole (cut off at the size cap, truncated,
 * trailing garbage, a syntax error elsewhere): masks every credential string
 * that stands complete in it, the refresh token first, and returns that refresh
 * token, so that a rotated one is stored rather than lost. Of two, the first is
 * taken: a reply's own member comes before anything nested after it.
 */
function rescueRefreshToken(text, mask) {
    let refreshToken;
    for (const field of CREDENTIAL_FIELDS) {
        for (const value of stringMembers(text, field)) {
            if (value === '')
                continue;
            mask(value);
            if (field === 'refresh_token')
                refreshToken ??= value;
        }
    }
    return refreshToken;
}
/**
 * Like parseErrorBody, for a body cut off at the size cap: when it cannot be
 * parsed, the code (and description) are read where they stand complete.
 */
function parseErrorPrefix(text) {
    const whole = parseErrorBody(text);
    if (whole.code !== undefined)
        return whole;
    const [fitbitCode] = stringMembers(text, 'errorType');
    const [rfcCode] = stringMembers(text, 'error');
    const [code, descriptionField] = fitbitCode
        ? [fitbitCode, 'message']
        : [rfcCode, 'error_description'];
    if (!code)
        return { code: undefined, description: undefined };
    return { code, description: stringOrUndefined(stringMembers(text, descriptionField)[0]) };
}
/** A JSON string literal: characters JSON allows unescaped, or a valid escape. */
const STRING_LITERAL = String.raw `"((?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*)"`;
/**
 * The string values of `field` as a member of any object in `text`, in order,
 * decoded. The key must follow `{` or `,`: inside a JSON string a quote is
 * escaped, so text that merely mentions the field is not taken for it.
 */
function stringMembers(text, field) {
    const member = new RegExp(String.raw `[{,]\s*"${field}"\s*:\s*${STRING_LITERAL}`, 'g');
    return [...text.matchAll(member)].map((match) => JSON.parse(`"${match[1] ?? ''}"`));
}
/** Reads an error body of either shape; anything else yields no code and no description. */
function parseErrorBody(text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return { code: undefined, description: undefined };
    }
    if (!isRecord(body))
        return { code: undefined, description: undefined };
    // Fitbit: {"errors":[{"errorType":"invalid_grant","message":"..."}],"success":false}
    const first = Array.isArray(body.errors) ? body.errors[0] : undefined;
    if (isRecord(first)) {
        return {
            code: stringOrUndefined(first.errorType),
            description: stringOrUndefined(first.message),
        };
    }
    // RFC 6749: {"error":"invalid_grant","error_description":"..."}
    if (typeof body.error === 'string') {
        return { code: body.error, description: stringOrUndefined(body.error_description) };
    }
    // Google API style: {"error":{"code":400,"message":"...","status":"INVALID_ARGUMENT"}}
    if (isRecord(body.error)) {
        return {
            code: stringOrUndefined(body.error.status),
            description: stringOrUndefined(body.error.message),
        };
    }
    return { code: undefined, description: undefined };
}
function userIdOf(body, idToken) {
    const userId = body.user_id;
    if (typeof userId === 'string' && userId !== '')
        return userId;
    if (typeof userId === 'number')
        return String(userId);
    if (userId !== undefined && userId !== null)
        throw new Error('user_id is not a string');
    return idToken ? subjectOf(idToken) : undefined;
}
/** The `sub` claim of a JWT, decoded without verification: shown to the user, never trusted. */
function subjectOf(jwt) {
    const payload = jwt.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return isRecord(claims) && typeof claims.sub === 'string' ? claims.sub : undefined;
    }
    catch {
        return undefined;
    }
}
function optionalString(body, field) {
    const value = body[field];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string')
        throw new Error(`${field} is not a string`);
    return value;
}
/** The longest lifetime believed: a date made from anything longer could overflow. */
const MAX_LIFETIME_SECONDS = 10 * 365 * 24 * 3600;
/** A number as some providers send it, in a string: "3600", "3600.0", "1e4". */
const NUMERIC_STRING = /^\s*\d+(?:\.\d+)?(?:e[+-]?\d+)?\s*$/i;
/**
 * Whole seconds, fractions rounded down, clamped to MAX_LIFETIME_SECONDS. Never
 * throws: an odd expiry must not cost a usable reply. A meaningless one
 * (negative, not a number) is left out, as if the provider had not said.
 */
function optionalSeconds(body, field) {
    const value = body[field];
    const seconds = typeof value === 'string' && NUMERIC_STRING.test(value) ? Number(value) : value;
    if (typeof seconds !== 'number' || Number.isNaN(seconds) || seconds < 0)
        return undefined;
    return Math.min(Math.floor(seconds), MAX_LIFETIME_SECONDS);
}
function stringOrUndefined(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./lib/src/oauth/token-answer.js


/** The most of a reply that is read; the rest is never looked at. */
const MAX_REPLY_BYTES = 256 * 1024;
/**
 * The JSON of a 2xx reply. One that cannot be read whole is final, never retried
 * (the provider has answered, and may have rotated): a refresh token that stands
 * complete in it is masked and handed on to be stored.
 */
function successBody(where, reply, mask) {
    const json = reply.cut ? undefined : parseJson(reply.text);
    if (json !== undefined)
        return json;
    const rescued = rescueRefreshToken(reply.text, mask);
    const problem = reply.cut
        ? `a body larger than ${MAX_REPLY_BYTES} bytes`
        : 'a body that is not JSON';
    const message = `${capitalize(where)} answered HTTP ${reply.status} with ${problem}`;
    if (rescued)
        throw new TokenReplyError(`${message}; the new refresh token in it could still be read`, rescued);
    throw new TokenEndpointError(message, 'malformed', reply.status);
}
/** JSON.parse that ignores a byte order mark (RFC 8259 §8.1 allows it); undefined when not JSON. */
function parseJson(text) {
    try {
        return JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch {
        return undefined;
    }
}
/** A non-2xx reply as an error; one cut off at the cap is classified by what its start says. */
function failure(where, { status, text, cut, retryAfter }, redactor) {
    const { code, description } = cut ? parseErrorPrefix(text) : parseErrorBody(text);
    const kind = classify(status, code);
    const detail = [code, description && redactor.redactUntrusted(description)]
        .filter(Boolean)
        .join(': ');
    const unreadable = cut
        ? `an error body larger than ${MAX_REPLY_BYTES} bytes`
        : 'no readable error';
    const what = status >= 300 && status < 400
        ? 'a redirect, which is not followed'
        : detail || (looksLikeHtml(text) ? 'an HTML page' : unreadable);
    return new TokenEndpointError(`${capitalize(where)} answered HTTP ${status}, ${what}`, kind, status, retryAfter);
}
function classify(status, code) {
    if (status === 410)
        return 'retired';
    if (code === 'invalid_grant')
        return 'invalid_grant';
    if (code === 'invalid_client' || code === 'unauthorized_client' || code === 'deleted_client') {
        return 'invalid_client';
    }
    if (status === 401 && code === undefined)
        return 'invalid_client';
    if (status >= 500 || status === 429)
        return 'server';
    return 'rejected';
}
function looksLikeHtml(text) {
    return /^\s*<(!doctype|html)/i.test(text);
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./lib/src/oauth/token-client.js
/**
 * The token endpoint client: one form-encoded POST over undici, with timeouts,
 * no redirects, a cap on the reply size, and typed errors that carry no secret.
 */






const token_client_USER_AGENT = 'fitbit-token-keeper';
/** Headers and form body of a token request; pure, so tests can read exactly what is sent. */
function buildTokenRequest(endpoint, request) {
    const form = new URLSearchParams({ grant_type: request.type });
    if (request.type === 'refresh_token') {
        form.set('refresh_token', request.refreshToken);
    }
    else {
        form.set('code', request.code);
        if (request.codeVerifier)
            form.set('code_verifier', request.codeVerifier);
        if (request.redirectUri)
            form.set('redirect_uri', request.redirectUri);
    }
    const headers = {
        accept: 'application/json',
        'content-type': 'application/x-www-form-urlencoded',
        'user-agent': token_client_USER_AGENT,
    };
    if (endpoint.clientAuth === 'basic' && endpoint.clientSecret !== undefined) {
        // RFC 6749 2.3.1: id and secret are form-encoded before they are joined.
        const pair = `${formEncode(endpoint.clientId)}:${formEncode(endpoint.clientSecret)}`;
        headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
    }
    else {
        form.set('client_id', endpoint.clientId);
        if (endpoint.clientSecret !== undefined)
            form.set('client_secret', endpoint.clientSecret);
    }
    return { headers, body: form.toString() };
}
/**
 * POSTs the token request and returns the checked reply, or throws TokenEndpointError.
 * Retries follow the shared policy (retry-policy.ts: connection failures,
 * timeouts, 5xx and 429 within the budget; other 4xx are final): providers
 * that rotate answer an identical repeated request with the identical pair,
 * so a retry never spends a second token.
 */
async function exchangeToken(endpoint, request, options) {
    const { headers, body } = buildTokenRequest(endpoint, request);
    const where = `the token endpoint (${new URL(endpoint.url).host})`;
    const { value } = await withRetries(() => postOnce(endpoint.url, headers, body, where, options), (error) => judgeTokenEndpointError(error, options.timing.maxRateLimitWaitMs), options.timing.tokenEndpoint, { signal: options.signal }).catch((error) => {
        throw withAttempts(error);
    });
    return parseTokenReply(value, options.mask);
}
/** One attempt: the JSON of a 2xx reply, or a TokenEndpointError. */
async function postOnce(url, headers, body, where, options) {
    const reply = await send(url, headers, body, where, options);
    if (reply.status >= 200 && reply.status < 300)
        return successBody(where, reply, options.mask);
    throw failure(where, reply, options.redactor);
}
/** The shared retry policy; a reply that arrived but cannot be used (a 2xx) is never retried. */
function judgeTokenEndpointError(error, maxRateLimitWaitMs) {
    if (!(error instanceof TokenEndpointError) || error.kind === 'malformed')
        return { retry: false };
    const status = error.kind === 'network' ? undefined : error.status;
    return judgeHttpFailure({ status, headers: { 'retry-after': error.retryAfter } }, maxRateLimitWaitMs);
}
/** The request and its reply; only a failure to get them is a 'network' error. */
async function send(url, headers, body, where, options) {
    const attemptSignal = AbortSignal.timeout(options.timing.requestTimeoutMs);
    try {
        const response = await (0,undici.request)(url, {
            method: 'POST',
            headers,
            body,
            dispatcher: options.dispatcher,
            signal: options.signal ? AbortSignal.any([attemptSignal, options.signal]) : attemptSignal,
        });
        const header = response.headers['retry-after'];
        const { text, cut } = await readCapped(response.body, MAX_REPLY_BYTES);
        const retryAfter = Array.isArray(header) ? header[0] : header;
        return { status: response.statusCode, text, cut, retryAfter };
    }
    catch (error) {
        throw new TokenEndpointError(`Could not complete the request to ${where}: ${networkProblem(error)}`, 'network');
    }
}
/** A token endpoint failure after retries: the last one, saying how many attempts it took. */
function withAttempts(error) {
    const { error: last, attempts } = lastFailure(error);
    if (!(last instanceof TokenEndpointError) || attempts === 1)
        return last;
    return new TokenEndpointError(`${last.message} (after ${attempts} attempts)`, last.kind, last.status, last.retryAfter);
}
/**
 * Reads at most `limit` bytes. A larger reply is cut there and the rest never
 * read: what it says is the provider's answer, not a network failure.
 */
async function readCapped(body, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        chunks.push(chunk);
        size += chunk.length;
        if (size > limit) {
            return { text: Buffer.concat(chunks).subarray(0, limit).toString('utf8'), cut: true };
        }
    }
    return { text: Buffer.concat(chunks).toString('utf8'), cut: false };
}
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
function formEncode(value) {
    return new URLSearchParams({ v: value }).toString().slice(2);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/src/lib/sealing.js
var sealing = __webpack_require__(1621);
;// CONCATENATED MODULE: ./lib/src/github/errors.js
/**
 * Turns a failed GitHub call into a GitHubApiError whose message says what
 * failed (status and GitHub's own words) and whose advice says what to do,
 * naming the permission the github-token needs.
 */





/** GitHub refused or failed a secrets API call. */
class GitHubApiError extends errors/* ActionError */.lZ {
    status;
    name = 'GitHubApiError';
    constructor(message, status, advice = '') {
        super(message, advice);
        this.status = status;
    }
}
function toGitHubApiError(error, target, access, action) {
    const { error: last, attempts } = lastFailure(error);
    const failure = (last ?? {});
    const where = describeTarget(target);
    const after = attempts > 1 ? ` (after ${attempts} attempts)` : '';
    if (failure.cause instanceof RedirectRefusedError) {
        return new GitHubApiError(`Could not ${action} of ${where}: ${failure.cause.message}, so nothing was sent anywhere else`, failure.cause.status, 'Check github-api-url: it must be the API base itself (for example https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server).');
    }
    const response = failure.response;
    if (response === undefined) {
        return new GitHubApiError(`Could not ${action} of ${where}: GitHub could not be reached (${networkCause(last)})${after}`, undefined, "Check github-api-url and the runner's network or proxy settings, then re-run the workflow.");
    }
    const { status } = response;
    const apiMessage = apiMessageOf(response.data);
    const headline = `Could not ${action} of ${where} (HTTP ${status}${apiMessage ? `: ${apiMessage}` : ''})${after}`;
    const limit = rateLimitOf({ status, headers: response.headers, message: apiMessage });
    if (limit !== undefined) {
        return new GitHubApiError(`${headline}: GitHub's ${limit.kind} rate limit was hit`, status, limit.waitMs === undefined
            ? 'Re-run the workflow later.'
            : `Re-run the workflow after ${clockTime(Date.now() + limit.waitMs)} UTC.`);
    }
    switch (status) {
        case 401:
            return new GitHubApiError(`${headline}: GitHub rejected the github-token as invalid or expired`, status, `Replace the github-token secret with a valid token. ${permissionAdvice(target)}`);
        case 403:
            return new GitHubApiError(`${headline}: the github-token is not allowed to ${access} Actions secrets there`, status, permissionAdvice(target));
        case 404:
            return new GitHubApiError(`${headline}: ${notFound(target)}`, status, `Check the repository${target.environment === undefined ? '' : ' and environment'} inputs. ${permissionAdvice(target)}`);
    }
    if (status >= 500) {
        return new GitHubApiError(`${headline}: GitHub is failing`, status, 'Re-run the workflow.');
    }
    return new GitHubApiError(headline, status);
}
function notFound(target) {
    return target.environment === undefined
        ? `the repository ${target.owner}/${target.repo} does not exist or the github-token cannot see it`
        : `the environment '${target.environment}' or the repository does not exist, or the github-token cannot see it`;
}
/** Always asks for write: refreshes of rotating providers and re-seeds must write the secret. */
function permissionAdvice(target) {
    const finePermission = target.environment === undefined
        ? '"Secrets: read and write"'
        : '"Environments: read and write" (and "Secrets: read and write")';
    return (`The github-token needs a fine-grained personal access token with ${finePermission} on ${target.owner}/${target.repo}, ` +
        'a classic personal access token with the repo scope, or a GitHub App installation token with the secrets permission ' +
        '(for example from actions/create-github-app-token with permission-secrets: write). ' +
        "The workflow's own GITHUB_TOKEN can never write Actions secrets.");
}
function networkCause(error) {
    let cause = error;
    let message = 'network error';
    for (let depth = 0; depth < 4 && cause; depth++) {
        const { code, message: text } = cause;
        if (typeof code === 'string')
            return code;
        if (typeof text === 'string' && text)
            message = text.slice(0, 200);
        cause = cause.cause;
    }
    return message;
}
function apiMessageOf(data) {
    const message = data?.message;
    return typeof message === 'string' ? message.slice(0, 300) : undefined;
}
function clockTime(epochMs) {
    return new Date(epochMs).toISOString().slice(11, 16);
}

;// CONCATENATED MODULE: ./lib/src/github/secrets.js
/**
 * Reads and writes one Actions secret through GitHub's REST API: the scope's
 * public key, sealed writes, metadata, and a write-access probe that leaves
 * nothing behind. Failures become GitHubApiErrors (github-errors.ts).
 */






/**
 * The four secrets endpoints of one scope: a repository's, or an environment's
 * (which has its own key). The only place that tells the two apart.
 */
function endpointsOf(client, target) {
    const { owner, repo, environment } = target;
    const { actions } = client.rest;
    if (environment === undefined) {
        return {
            publicKey: () => actions.getRepoPublicKey({ owner, repo }),
            get: (name) => actions.getRepoSecret({ owner, repo, secret_name: name }),
            put: (name, sealed) => actions.createOrUpdateRepoSecret({ owner, repo, secret_name: name, ...sealed }),
            remove: (name) => actions.deleteRepoSecret({ owner, repo, secret_name: name }),
        };
    }
    const scope = { owner, repo, environment_name: environment };
    return {
        publicKey: () => actions.getEnvironmentPublicKey(scope),
        get: (name) => actions.getEnvironmentSecret({ ...scope, secret_name: name }),
        put: (name, sealed) => actions.createOrUpdateEnvironmentSecret({ ...scope, secret_name: name, ...sealed }),
        remove: (name) => actions.deleteEnvironmentSecret({ ...scope, secret_name: name }),
    };
}
/**
 * The public key of the scope the secret lives in (each environment has its
 * own), checked to be an X25519 key so that sealing cannot fail later, after
 * the old refresh token is spent.
 */
async function fetchPublicKey(client, target) {
    const response = await call(target, 'read', 'read the secrets public key', () => endpointsOf(client, target).publicKey());
    const { key_id: keyId, key } = response.data;
    if (typeof keyId !== 'string' || typeof key !== 'string' || !(await (0,sealing/* isSealingKey */.Tm)(key))) {
        throw new GitHubApiError(`GitHub answered the secrets public key of ${describeTarget(target)} with something that is not a base64 X25519 key, so nothing can be sealed for it`, response.status, 'Check github-api-url: it must point at the GitHub REST API itself.');
    }
    return { keyId, key };
}
/**
 * Seals `value` with `publicKey` and writes it; resolves to whether the secret
 * was new. Only 201 (created) and 204 (updated) mean GitHub stored it.
 */
async function writeSecret(client, target, name, value, publicKey, options = {}) {
    const sealed = {
        encrypted_value: await (0,sealing/* sealSecret */.EX)(value, publicKey.key),
        key_id: publicKey.keyId,
        ...(options.writeBack ? { request: WRITE_BACK } : {}),
    };
    const action = `write the secret ${name}`;
    const response = await call(target, 'write', action, () => endpointsOf(client, target).put(name, sealed));
    const status = response.status;
    if (status === 201)
        return 'created';
    if (status === 204)
        return 'updated';
    throw new GitHubApiError(`Could not ${action} of ${describeTarget(target)}: GitHub answered HTTP ${status}, which does not say the secret was stored`, status);
}
/** When the secret was last written, or undefined when it does not exist. */
async function fetchSecretMetadata(client, target, name) {
    try {
        const response = await call(target, 'read', `read the metadata of secret ${name}`, () => endpointsOf(client, target).get(name));
        return { updatedAt: new Date(response.data.updated_at) };
    }
    catch (error) {
        if (error instanceof GitHubApiError && error.status === 404)
            return undefined;
        throw error;
    }
}
/**
 * When the workflow run (this attempt) started, or undefined when GitHub will
 * not say (a token without "Actions: read" gets 403 or 404 here).
 */
async function fetchRunStartedAt(client, run) {
    try {
        const response = await client.rest.actions.getWorkflowRun({
            owner: run.owner,
            repo: run.repo,
            run_id: run.id,
        });
        const started = response.data.run_started_at;
        return started ? new Date(started) : undefined;
    }
    catch (error) {
        const status = lastFailure(error).error.response
            ?.status;
        if (status === 403 || status === 404)
            return undefined;
        throw toGitHubApiError(error, { ...run, environment: undefined }, 'read', 'read this workflow run');
    }
}
/**
 * Writes a throw-away probe secret, which proves the token may write secrets
 * without touching the real one; resolves to its name, for deleteProbe.
 */
async function writeProbe(client, target, publicKey) {
    const probe = `FITBIT_TOKEN_KEEPER_PROBE_${(0,external_node_crypto_.randomBytes)(6).toString('hex').toUpperCase()}`;
    await writeSecret(client, target, probe, 'probe', publicKey);
    return probe;
}
/**
 * Deletes the probe again. Never throws: the write, which is what counts, has
 * succeeded; resolves to a warning naming the probe when it could not go.
 */
async function deleteProbe(client, target, probe) {
    try {
        await call(target, 'write', `delete the probe secret ${probe}`, () => endpointsOf(client, target).remove(probe));
        return undefined;
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return `${reason}. The token may write secrets, so the run goes on; delete the secret ${probe} from ${describeTarget(target)} by hand (Settings → Secrets and variables → Actions, or gh secret delete ${probe})`;
    }
}
async function call(target, access, action, send) {
    try {
        return await send();
    }
    catch (error) {
        throw toGitHubApiError(error, target, access, action);
    }
}

;// CONCATENATED MODULE: ./lib/src/grant/preflight.js



async function preflight_preflight(settings, reseed, github, log) {
    const { provider, target, secretName, currentRun } = settings;
    const needsWrite = provider.rotates || reseed || settings.accessTokenSecret !== undefined;
    const staleRun = provider.rotates && !reseed ? currentRun : undefined;
    const needsMetadata = staleRun !== undefined || (settings.grantLifetimeSeconds !== undefined && !reseed);
    const [publicKey, metadata, runStartedAt] = await Promise.all([
        fetchPublicKey(github, target),
        needsMetadata ? fetchSecretMetadata(github, target, secretName) : undefined,
        staleRun ? fetchRunStartedAt(github, staleRun) : undefined,
    ]);
    if (staleRun)
        refuseStaleSecret(secretName, metadata, runStartedAt, log);
    let probeRemoved = Promise.resolve();
    if (needsWrite) {
        const probe = await writeProbe(github, target, publicKey);
        probeRemoved = deleteProbe(github, target, probe).then((leftBehind) => {
            if (leftBehind)
                log.warning(leftBehind);
        });
    }
    log.info(`GitHub: the token may ${needsWrite ? 'write' : 'read'} Actions secrets of ${describeTarget(target)}.`);
    return { publicKey, metadata, probeRemoved };
}
/**
 * Repository secrets are read when a run is queued. If the secret changed after
 * this run started, another run rotated it: the token this run holds is spent,
 * and sending it would only earn an invalid_grant (or, worse, race the other run).
 */
function refuseStaleSecret(secretName, metadata, runStartedAt, log) {
    if (runStartedAt === undefined) {
        log.info('Could not read when this run started (the github-token may lack "Actions: read"); the stale-secret check is skipped.');
        return;
    }
    if (metadata !== undefined && metadata.updatedAt.getTime() > runStartedAt.getTime()) {
        throw new errors/* ActionError */.lZ(`The secret ${secretName} was updated at ${metadata.updatedAt.toISOString()}, after this run started (${runStartedAt.toISOString()}): another run has rotated the refresh token since this run read it, so the token this run holds is already spent. It was not sent`, 'Nothing needs repair: the next run reads the newer token. To avoid this, keep every workflow that uses the grant in one concurrency group without cancel-in-progress (see examples/keep-alive.yml).');
    }
}

;// CONCATENATED MODULE: ./lib/src/grant/stage.js
/** A failure of the grant flow, with the situation it left the grant in. */
class GrantFailure extends Error {
    cause;
    situation;
    name = 'GrantFailure';
    constructor(cause, situation) {
        super(cause instanceof Error ? cause.message : String(cause));
        this.cause = cause;
        this.situation = situation;
    }
}
/**
 * What failed and where the grant stands: a GrantFailure says both; anything
 * else failed before the flow started (bad input), when nothing was sent.
 */
function unwrapFailure(error, reseed) {
    if (error instanceof GrantFailure)
        return error;
    return {
        cause: error,
        situation: { stage: 'inputs', provider: undefined, secret: undefined, reseed },
    };
}

// EXTERNAL MODULE: ./lib/src/lib/recovery.js
var recovery = __webpack_require__(1635);
;// CONCATENATED MODULE: ./lib/src/grant/store.js



async function storeRefreshToken({ target, secretName, recoveryPublicKey }, github, publicKey, refreshToken, log) {
    try {
        return await writeSecret(github, target, secretName, refreshToken, publicKey, {
            writeBack: true,
        });
    }
    catch (error) {
        // Whatever failed (GitHub, or sealing with its key), the token must survive somewhere.
        const failure = error instanceof errors/* ActionError */.lZ
            ? error
            : new errors/* ActionError */.lZ(`Could not seal the new refresh token for ${secretName}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        if (recoveryPublicKey === undefined)
            throw failure;
        const sealed = await (0,recovery/* sealForRecovery */.IV)(refreshToken, recoveryPublicKey);
        log.info(`The new refresh token, sealed to recovery-public-key:\n${sealed}`);
        throw new errors/* ActionError */.lZ(failure.message, `${failure.advice} The new refresh token was sealed to recovery-public-key and printed in the log above: open it with \`fitbit-token-keeper recover --private-key-file FILE\` and store it with \`gh secret set ${secretName}\`.`);
    }
}

;// CONCATENATED MODULE: ./lib/src/grant/flow.js






/** Runs the whole flow; any failure comes out as a GrantFailure that knows the stage. */
async function keepGrant(plan) {
    const { stage, run } = tracked(plan);
    return run(async () => {
        stage.is = 'preflight';
        const checked = await preflight_preflight(plan.settings, plan.reseed, plan.github, plan.log);
        let outcome;
        try {
            const request = await plan.tokenRequest();
            stage.is = 'exchange';
            const issuedAt = plan.now();
            const reply = await exchange(plan, checked, request, stage);
            const secretUpdated = await storeIfNew(plan, checked, request, reply, stage);
            outcome = { reply, secretUpdated, issuedAt, preflight: checked };
        }
        finally {
            // The probe's DELETE overlapped the exchange; it ends before the flow goes on or fails.
            await checked.probeRemoved;
        }
        return await plan.afterStore(outcome);
    });
}
/** Only the preflight (the action's dry run): proves GitHub access and sends nothing else. */
async function checkGrant(plan) {
    const { stage, run } = tracked(plan);
    return run(async () => {
        stage.is = 'preflight';
        const checked = await preflight(plan.settings, plan.reseed, plan.github, plan.log);
        await checked.probeRemoved;
        return checked;
    });
}
/** The stage, and a runner that turns any failure into a GrantFailure at that stage. */
function tracked(plan) {
    const stage = { is: 'preflight' };
    const run = async (body) => {
        try {
            return await body();
        }
        catch (error) {
            throw new GrantFailure(error, {
                stage: stage.is,
                provider: plan.settings.provider,
                secret: plan.settings.secretName,
                reseed: plan.reseed,
            });
        }
    };
    return { stage, run };
}
/** The exchange; a reply that is unusable but carries a new refresh token still gets it stored. */
async function exchange(plan, checked, request, stage) {
    const { network } = plan;
    try {
        return await exchangeToken(plan.settings.endpoint, request, {
            mask: plan.mask,
            redactor: plan.redactor,
            dispatcher: network.dispatcher,
            timing: network.timing,
            signal: network.signal,
        });
    }
    catch (error) {
        if (error instanceof TokenReplyError && error.rescuedRefreshToken) {
            stage.is = 'store';
            await storeRefreshToken(plan.settings, plan.github, checked.publicKey, error.rescuedRefreshToken, plan.log);
            stage.is = 'stored';
        }
        throw error;
    }
}
/** Writes a rotated (or freshly consented) refresh token; true when the secret changed. */
async function storeIfNew(plan, checked, request, reply, stage) {
    const { settings, log } = plan;
    const sent = request.type === 'refresh_token' ? request.refreshToken : undefined;
    if (reply.refreshToken === undefined || reply.refreshToken === sent) {
        if (plan.reseed)
            throw noRefreshTokenFromConsent(settings);
        stage.is = 'unchanged';
        log.info(`The provider did not rotate the refresh token; ${settings.secretName} is left as it is.`);
        return false;
    }
    stage.is = 'store';
    const outcome = await storeRefreshToken(settings, plan.github, checked.publicKey, reply.refreshToken, log);
    stage.is = 'stored';
    log.info(`${plan.reseed ? 'Stored the refresh token from consent' : 'The refresh token rotated: stored the new one'} in ${settings.secretName} (${outcome}).`);
    return true;
}
function noRefreshTokenFromConsent(settings) {
    return new errors/* ActionError */.lZ(`The token endpoint answered the authorization code without a refresh token, so there is nothing to store in ${settings.secretName}`, settings.provider.name === 'google'
        ? 'Google issues a refresh token only when the consent URL asks for access_type=offline and prompt=consent: request a new code with both (fitbit-token-keeper authorize adds them).'
        : 'Make sure the consent URL asks for offline access (for many providers the offline_access scope).');
}

;// CONCATENATED MODULE: ./lib/src/lib/http.js
/**
 * The one HTTP dispatcher for every request the action makes: timeouts on
 * connect, headers and body, and the runner's proxy settings (HTTPS_PROXY,
 * HTTP_PROXY, NO_PROXY), for the token endpoint and GitHub alike.
 */

function createDispatcher(requestTimeoutMs) {
    return new undici.EnvHttpProxyAgent({
        connect: { timeout: requestTimeoutMs },
        headersTimeout: requestTimeoutMs,
        bodyTimeout: requestTimeoutMs,
    });
}

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

;// CONCATENATED MODULE: ./lib/src/lib/timing.js
const PRODUCTION_TIMING = {
    requestTimeoutMs: 30_000,
    tokenEndpoint: { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 15_000, maxElapsedMs: 60_000 },
    github: { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 8_000, maxElapsedMs: 60_000 },
    // About a minute of trying: the elapsed bound ends it, not the count.
    writeBack: { maxAttempts: 20, baseDelayMs: 1_000, maxDelayMs: 15_000, maxElapsedMs: 60_000 },
    maxRateLimitWaitMs: 60_000,
    stepLimitMs: 5 * 60_000,
};

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
;// CONCATENATED MODULE: ./lib/src/lib/validators.js
/**
 * The rules every edge applies to what a person typed, each failure one
 * InputError naming the input (the action's input, or the command's option),
 * found before any request. Values are quoted escaped, never raw.
 */

const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const LOOPBACK_HOSTS = ['localhost', '[::1]'];
/** GitHub's limit for secret and environment names. */
const MAX_NAME_LENGTH = 255;
// C0, DEL and C1: a line break in a name that log lines quote would start a workflow command.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what the pattern finds
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what the pattern escapes
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/g;
const SHORT_ESCAPES = {
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\\': '\\\\',
};
function required(name, value, what) {
    if (value === undefined)
        throw new errors/* InputError */.dz(name, `is required: ${what}`);
    return value;
}
function optional(value, parse) {
    return value === undefined ? undefined : parse(value);
}
function oneOf(name, value, allowed) {
    const match = allowed.find((option) => option === value.toLowerCase());
    if (match === undefined) {
        throw new errors/* InputError */.dz(name, `must be one of ${allowed.join(', ')} (got ${shown(value)})`);
    }
    return match;
}
/** Scopes separated by spaces or commas, as people write them. */
function scopeList(value) {
    return (value ?? '').split(/[\s,]+/).filter(Boolean);
}
/** GitHub's rules for secret names: letters, digits and _, not a digit first, not GITHUB_. */
function secretName(name, value) {
    if (value.length > MAX_NAME_LENGTH) {
        throw new errors/* InputError */.dz(name, `must be at most ${MAX_NAME_LENGTH} characters`);
    }
    if (!SECRET_NAME.test(value)) {
        throw new errors/* InputError */.dz(name, `${shown(value)} is not a valid secret name: use letters, digits and _ only, not starting with a digit`);
    }
    if (/^GITHUB_/i.test(value)) {
        throw new errors/* InputError */.dz(name, `${shown(value)} is not allowed: secret names may not start with GITHUB_`);
    }
    return value;
}
function repository(value) {
    if (value === undefined) {
        throw new errors/* InputError */.dz('repository', 'is required: owner/name of the repository');
    }
    const [owner = '', repo = '', ...rest] = value.split('/');
    if (rest.length > 0 || !OWNER.test(owner) || !REPO.test(repo) || /^\.\.?$/.test(repo)) {
        throw new errors/* InputError */.dz('repository', `must be owner/name (got ${shown(value)})`);
    }
    return { owner, repo };
}
function environmentName(value) {
    if (CONTROL_CHARACTERS.test(value)) {
        throw new errors/* InputError */.dz('environment', `must not contain line breaks or other control characters (got ${shown(value)})`);
    }
    if (value === '.' || value === '..') {
        throw new errors/* InputError */.dz('environment', `cannot be ${shown(value)}: in the API URL it would name another path, not an environment`);
    }
    if (value.length > MAX_NAME_LENGTH) {
        throw new errors/* InputError */.dz('environment', `must be at most ${MAX_NAME_LENGTH} characters`);
    }
    return value;
}
function absoluteUrl(name, value) {
    try {
        new URL(value);
        return value;
    }
    catch {
        throw new InputError(name, `must be an absolute URL (got ${shown(value)})`);
    }
}
/** https only, except plain http to a loopback host (local simulators, test servers). */
function httpsUrl(name, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* InputError */.dz(name, `must be an absolute https URL (got ${shown(value)})`);
    }
    if (url.username || url.password) {
        throw new errors/* InputError */.dz(name, 'must not contain credentials');
    }
    const loopback = LOOPBACK_HOSTS.includes(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        throw new errors/* InputError */.dz(name, `must use https (plain http is allowed only for loopback hosts) (got '${url.protocol}//${url.host}')`);
    }
    return url.href;
}
/** The API base, as Octokit wants it: no trailing slash. */
function apiBaseUrl(name, value) {
    return httpsUrl(name, value).replace(/\/+$/, '');
}
/** A value quoted for an error message: control characters and line breaks escaped, never raw. */
function shown(value) {
    const escaped = value.replace(UNPRINTABLE, (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `'${escaped}'`;
}

;// CONCATENATED MODULE: ./lib/src/oauth/providers.js
/**
 * Provider presets: where the token endpoint is, how the client authenticates
 * there, whether refresh tokens rotate, and what a dead grant usually means.
 */


const PROVIDER_NAMES = ['google', 'fitbit', 'custom'];
const CLIENT_AUTH_SETTINGS = (/* unused pure expression or super */ null && (['auto', 'basic', 'body']));
const basicWhenSecret = (hasSecret) => (hasSecret ? 'basic' : 'body');
const PROVIDERS = {
    google: {
        name: 'google',
        label: 'Google OAuth 2.0 (Google Health API)',
        tokenUrl: 'https://oauth2.googleapis.com/token',
        authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
        defaultScopes: [
            'activity_and_fitness',
            'health_metrics_and_measurements',
            'sleep',
            'nutrition',
            'location',
            'profile',
            'settings',
        ].map((area) => `https://www.googleapis.com/auth/googlehealth.${area}.readonly`),
        // Without both, Google returns no refresh token (offline) or no new one on re-consent.
        consentParams: { access_type: 'offline', prompt: 'consent' },
        rotates: false,
        clientAuth: () => 'body',
        deadGrantCauses: 'Google grants die when the Cloud project\'s OAuth audience is in "Testing" (grants for restricted scopes such as the Google Health API end 7 days after consent; publish the app to lift that), when access was revoked at myaccount.google.com/connections, after 6 months unused, when time-limited access ran out, or when more than 100 newer grants were issued for this client',
    },
    fitbit: {
        name: 'fitbit',
        label: 'legacy Fitbit Web API',
        tokenUrl: 'https://api.fitbit.com/oauth2/token',
        authorizeUrl: 'https://www.fitbit.com/oauth2/authorize',
        defaultScopes: [
            'activity',
            'cardio_fitness',
            'heartrate',
            'location',
            'nutrition',
            'oxygen_saturation',
            'profile',
            'respiratory_rate',
            'settings',
            'sleep',
            'temperature',
            'weight',
        ],
        consentParams: {},
        rotates: true,
        clientAuth: basicWhenSecret,
        deadGrantCauses: 'Fitbit refresh tokens are single-use: another run or tool that shares this grant may already have spent it (keep every user of the grant in one concurrency group), or access was revoked, or the account moved to a Google account',
    },
    custom: {
        name: 'custom',
        label: 'custom OAuth 2.0 provider',
        tokenUrl: undefined,
        authorizeUrl: undefined,
        defaultScopes: [],
        consentParams: {},
        rotates: true,
        clientAuth: basicWhenSecret,
        deadGrantCauses: 'the refresh token was already used (rotating providers accept each one once), expired, or access was revoked',
    },
};
/** The explicit `client-auth` setting wins; `auto` follows the provider's habit. */
function resolveClientAuth(provider, setting, hasSecret) {
    return setting === 'auto' ? provider.clientAuth(hasSecret) : setting;
}
/** The preset named by the `provider` input or option (default google). */
function providerNamed(value) {
    return PROVIDERS[oneOf('provider', value ?? 'google', PROVIDER_NAMES)];
}
/** The preset's token URL, or the override; `custom` has none of its own. */
function tokenUrlOf(provider, override) {
    if (override !== undefined)
        return httpsUrl('token-url', override);
    if (provider.tokenUrl === undefined) {
        throw new errors/* InputError */.dz('token-url', "is required with provider 'custom'");
    }
    return provider.tokenUrl;
}

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
    const provider = providerNamed(values.provider);
    const clientId = required('client-id', values['client-id'], 'the OAuth client id');
    const clientSecret = values['client-secret'] ?? env[CLIENT_SECRET_VARIABLE];
    const tokenUrl = tokenUrlOf(provider, values['token-url']);
    const githubToken = required('github-token', values['github-token'] ?? env.GH_TOKEN ?? env.GITHUB_TOKEN, 'a token that may write Actions secrets');
    return {
        provider,
        endpoint: {
            url: tokenUrl,
            clientId,
            clientSecret,
            clientAuth: resolveClientAuth(provider, 'auto', clientSecret !== undefined),
        },
        githubToken,
        githubApiUrl: apiBaseUrl('github-api-url', values['github-api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com'),
        target: {
            ...repository(values.repository ?? (await originRepository(cwd))),
            environment: optional(values.environment, environmentName),
        },
        secretName: secretName('secret-name', values['secret-name'] ?? 'FITBIT_REFRESH_TOKEN'),
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
    const provider = providerNamed(values.provider);
    return {
        provider,
        clientId: required('client-id', values['client-id'], 'the OAuth client id'),
        authorizeUrl: authorizeUrlOf(provider, values['authorize-url']),
        redirectUri: httpsUrl('redirect-uri', values['redirect-uri'] ?? ''),
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
    return httpsUrl('authorize-url', authorizeUrl);
}
function scopesOf(values, provider) {
    return values.scopes === undefined ? provider.defaultScopes : scopeList(values.scopes);
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
    const redactor = new Redactor();
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
            dispatcher: createDispatcher(PRODUCTION_TIMING.requestTimeoutMs),
            timing: PRODUCTION_TIMING,
            signal: until.signal,
        };
        const log = {
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
        io.err(`Done: the refresh token is stored in the secret ${config.secretName} of ${describeTarget(config.target)}.`);
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
        const { cause, situation } = unwrapFailure(error, true);
        const failure = overTimeout(asOptionError(cause), deadline);
        io.err(`error: ${describeFailure(failure, situation, redactor)}`);
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
/* harmony import */ var _authorize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4277);
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


/***/ }),

/***/ 7603:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
/**
 * Error classes whose messages are safe to print: they never carry a token,
 * secret, code or request body. Each says what failed; `advice` says what to do.
 */
class ActionError extends Error {
    advice;
    name = 'ActionError';
    constructor(message, advice = '') {
        super(message);
        this.advice = advice;
    }
}
/** A malformed or missing input, found before any request. */
class InputError extends ActionError {
    input;
    problem;
    name = 'InputError';
    constructor(input, problem) {
        super(`Input '${input}' ${problem}`);
        this.input = input;
        this.problem = problem;
    }
}
/** The message of anything thrown, without a stack. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 1635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ openRecovered),
/* harmony export */   IV: () => (/* binding */ sealForRecovery),
/* harmony export */   YH: () => (/* binding */ generateRecoveryKeyPair)
/* harmony export */ });
/* unused harmony export RECOVERY_MARKER */
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
/** True when `publicKeyBase64` decodes to a key `sealSecret` can seal to. */
async function isSealingKey(publicKeyBase64) {
    const sodium = await loadSodium();
    try {
        const key = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
        return key.length === sodium.crypto_box_PUBLICKEYBYTES;
    }
    catch {
        return false;
    }
}


/***/ })

};
