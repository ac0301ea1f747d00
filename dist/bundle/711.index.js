export const id = 711;
export const ids = [711,379];
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

/***/ 4369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   Vu: () => (/* binding */ toGitHubApiError),
/* harmony export */   aG: () => (/* binding */ ACTION_GITHUB_NAMES),
/* harmony export */   aO: () => (/* binding */ responseStatus),
/* harmony export */   rU: () => (/* binding */ apiMessageOf)
/* harmony export */ });
/* unused harmony export permissionAdvice */
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7603);
/* harmony import */ var _lib_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9516);
/* harmony import */ var _lib_retry_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9495);
/* harmony import */ var _lib_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4679);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5574);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6119);
/**
 * Turns a failed GitHub call into a GitHubApiError whose message says what
 * failed (status and GitHub's own words) and whose advice says what to do,
 * naming the permission the github-token needs.
 */






/** The action's names, which GitHubApiError's own message and advice use. */
const ACTION_GITHUB_NAMES = {
    token: 'the github-token',
    apiUrl: 'github-api-url',
    repository: 'the repository input',
    rerun: 'Re-run the workflow',
};
/** GitHub refused or failed a secrets API call. */
class GitHubApiError extends _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExplainedError */ .hM {
    status;
    wordedFor;
    name = 'GitHubApiError';
    constructor(message, status, advice = '', 
    /** The same message and advice in another edge's names, when they name a setting. */
    wordedFor) {
        super(message, advice);
        this.status = status;
        this.wordedFor = wordedFor;
    }
}
/** A GitHubApiError whose message and advice name settings: worded for the action by default. */
function namingError(status, wording) {
    const { message, advice } = wording(ACTION_GITHUB_NAMES);
    return new GitHubApiError(message, status, advice, wording);
}
function toGitHubApiError(error, target, access, action) {
    const { error: last, attempts } = (0,_lib_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .lastFailure */ .xW)(error);
    const failure = (last ?? {});
    const where = (0,_target_js__WEBPACK_IMPORTED_MODULE_4__/* .describeTarget */ .f)(target);
    const after = attempts > 1 ? ` (after ${attempts} attempts)` : '';
    if (failure.cause instanceof _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RedirectRefusedError */ .jw) {
        const redirect = failure.cause;
        return namingError(redirect.status, (names) => ({
            message: `Could not ${action} of ${where}: ${redirect.message}, so nothing was sent anywhere else`,
            advice: `Check ${names.apiUrl}: it must be the API base itself (for example https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server).`,
        }));
    }
    const response = failure.response;
    if (response === undefined) {
        return namingError(undefined, (names) => ({
            message: `Could not ${action} of ${where}: GitHub could not be reached (${networkCause(last)})${after}`,
            advice: `Check ${names.apiUrl} and the network or proxy settings, then ${(0,_lib_text_js__WEBPACK_IMPORTED_MODULE_5__/* .lowerFirst */ .o)(names.rerun)}.`,
        }));
    }
    const { status } = response;
    const apiMessage = apiMessageOf(response.data);
    const headline = `Could not ${action} of ${where} (HTTP ${status}${apiMessage ? `: ${apiMessage}` : ''})${after}`;
    const limit = (0,_lib_retry_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .rateLimitOf */ .t)({ status, headers: response.headers, message: apiMessage });
    if (limit !== undefined) {
        return namingError(status, (names) => ({
            message: `${headline}: GitHub's ${limit.kind} rate limit was hit`,
            advice: limit.waitMs === undefined
                ? `${names.rerun} later.`
                : `${names.rerun} after ${clockTime(Date.now() + limit.waitMs)} UTC.`,
        }));
    }
    switch (status) {
        case 401:
            return namingError(status, (names) => ({
                message: `${headline}: GitHub rejected ${names.token} as invalid or expired`,
                advice: `Replace ${names.token} with a valid token. ${permissionAdvice(target, names)}`,
            }));
        case 403:
            return namingError(status, (names) => ({
                message: `${headline}: ${names.token} is not allowed to ${access} Actions secrets there`,
                advice: permissionAdvice(target, names),
            }));
        case 404:
            return namingError(status, (names) => ({
                message: `${headline}: ${notFound(target, names)}`,
                advice: `Check ${names.repository}${target.environment === undefined ? '' : ' and the environment'}. ${permissionAdvice(target, names)}`,
            }));
    }
    if (status >= 500) {
        return namingError(status, (names) => ({
            message: `${headline}: GitHub is failing`,
            advice: `${names.rerun}.`,
        }));
    }
    return new GitHubApiError(headline, status);
}
function notFound(target, names) {
    return target.environment === undefined
        ? `the repository ${target.owner}/${target.repo} does not exist or ${names.token} cannot see it`
        : `the environment '${target.environment}' or the repository does not exist, or ${names.token} cannot see it`;
}
/** Always asks for write: refreshes of rotating providers and re-seeds must write the secret. */
function permissionAdvice(target, names = ACTION_GITHUB_NAMES) {
    const finePermission = target.environment === undefined
        ? '"Secrets: read and write"'
        : '"Environments: read and write" (and "Secrets: read and write")';
    return (`${(0,_lib_text_js__WEBPACK_IMPORTED_MODULE_5__/* .capitalize */ .Z)(names.token)} needs to be a fine-grained personal access token with ${finePermission} on ${target.owner}/${target.repo}, ` +
        'a classic personal access token with the repo scope, or a GitHub App installation token with the secrets permission ' +
        '(for example from actions/create-github-app-token with permission-secrets: write). ' +
        "A workflow's own GITHUB_TOKEN can never write Actions secrets.");
}
function networkCause(error) {
    // Aborted by the run's own time limit or failure, which the caller names.
    if (error?.name === 'AbortError')
        return 'the request was cut short';
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
/** The HTTP status GitHub answered a failed call with (after retries); undefined without a reply. */
function responseStatus(error) {
    return (0,_lib_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .lastFailure */ .xW)(error).error?.response?.status;
}
/** GitHub's own words in a failed call's reply, cut to a printable length. */
function apiMessageOf(data) {
    const message = data?.message;
    return typeof message === 'string' ? message.slice(0, 300) : undefined;
}
function clockTime(epochMs) {
    return new Date(epochMs).toISOString().slice(11, 16);
}


/***/ }),

/***/ 6119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ describeTarget)
/* harmony export */ });
function describeTarget(target) {
    const repository = `${target.owner}/${target.repo}`;
    return target.environment === undefined
        ? `repository ${repository}`
        : `environment '${target.environment}' of ${repository}`;
}


/***/ }),

/***/ 8185:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ keepGrant)
});

// EXTERNAL MODULE: ./lib/src/lib/errors.js
var errors = __webpack_require__(7603);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./lib/src/lib/http.js
var http = __webpack_require__(8500);
// EXTERNAL MODULE: ./lib/src/lib/retry.js
var retry = __webpack_require__(9516);
// EXTERNAL MODULE: ./lib/src/lib/retry-policy.js
var retry_policy = __webpack_require__(9495);
// EXTERNAL MODULE: ./lib/src/lib/text.js
var lib_text = __webpack_require__(4679);
// EXTERNAL MODULE: ./lib/src/oauth/token-endpoint-errors.js
var token_endpoint_errors = __webpack_require__(8389);
;// CONCATENATED MODULE: ./lib/src/oauth/token-reply.js
/**
 * The parsed token reply: every field of a 2xx body's JSON checked, each
 * credential masked before anything else is read. (What the raw HTTP reply
 * means, 2xx or not, is raw-token-reply.ts.)
 */

/** The reply's fields that hold a credential: each is masked before anything else is read. */
const CREDENTIAL_FIELDS = ['refresh_token', 'access_token', 'id_token'];
/**
 * `mask` is called on every credential in the reply before anything else is
 * looked at, so no later failure can print one unmasked.
 */
function parseTokenReply(body, mask) {
    if (!isRecord(body))
        throw new token_endpoint_errors/* TokenReplyError */.S('the reply is not a JSON object');
    // Mask every credential that is a string before any check can fail.
    for (const field of CREDENTIAL_FIELDS) {
        const value = body[field];
        if (typeof value === 'string' && value !== '')
            mask(value);
    }
    const rawRefreshToken = body.refresh_token;
    if (rawRefreshToken != null && typeof rawRefreshToken !== 'string') {
        throw new token_endpoint_errors/* TokenReplyError */.S('refresh_token is not a string');
    }
    const refreshToken = rawRefreshToken ?? undefined;
    // From here on a failure must still hand over the new refresh token for storing.
    const fail = (problem) => {
        throw new token_endpoint_errors/* TokenReplyError */.S(problem, refreshToken || undefined);
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
        throw new token_endpoint_errors/* TokenReplyError */.S(problem, refreshToken || undefined);
    }
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

;// CONCATENATED MODULE: ./lib/src/oauth/raw-token-reply.js



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
    const message = `${(0,lib_text/* capitalize */.Z)(where)} answered HTTP ${reply.status} with ${problem}`;
    if (rescued)
        throw new token_endpoint_errors/* TokenReplyError */.S(`${message}; the new refresh token in it could still be read`, rescued);
    throw new token_endpoint_errors/* TokenEndpointError */.P(message, 'malformed', reply.status);
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
    return new token_endpoint_errors/* TokenEndpointError */.P(`${(0,lib_text/* capitalize */.Z)(where)} answered HTTP ${status}, ${what}`, kind, status, retryAfter);
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

;// CONCATENATED MODULE: ./lib/src/oauth/token-client.js
/**
 * The token endpoint client: one form-encoded POST over undici, with timeouts,
 * no redirects, a cap on the reply size, and typed errors that carry no secret.
 */







const USER_AGENT = 'fitbit-token-keeper';
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
        'user-agent': USER_AGENT,
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
    const { value } = await (0,retry/* withRetries */.LH)(() => postOnce(endpoint.url, headers, body, where, options), (error) => judgeTokenEndpointError(error, options.timing.maxRateLimitWaitMs), options.timing.tokenEndpoint, { signal: options.signal }).catch((error) => {
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
    if (!(error instanceof token_endpoint_errors/* TokenEndpointError */.P) || error.kind === 'malformed')
        return { retry: false };
    const status = error.kind === 'network' ? undefined : error.status;
    return (0,retry_policy/* judgeHttpFailure */.M)({ status, headers: { 'retry-after': error.retryAfter } }, maxRateLimitWaitMs);
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
        const { text, cut } = await (0,http/* readCapped */.EF)(response.body, MAX_REPLY_BYTES);
        const retryAfter = Array.isArray(header) ? header[0] : header;
        return { status: response.statusCode, text, cut, retryAfter };
    }
    catch (error) {
        throw new token_endpoint_errors/* TokenEndpointError */.P(`Could not complete the request to ${where}: ${(0,http/* networkProblem */.Wo)(error)}`, 'network');
    }
}
/** A token endpoint failure after retries: the last one, saying how many attempts it took. */
function withAttempts(error) {
    const { error: last } = (0,retry/* lastFailure */.xW)(error);
    if (!(last instanceof token_endpoint_errors/* TokenEndpointError */.P) || !(error instanceof retry/* RetriesExhaustedError */.i5)) {
        return last;
    }
    // The exhausted error's message already says how many attempts it took.
    return new token_endpoint_errors/* TokenEndpointError */.P(error.message, last.kind, last.status, last.retryAfter);
}
function formEncode(value) {
    return new URLSearchParams({ v: value }).toString().slice(2);
}

// EXTERNAL MODULE: ./lib/src/grant/lifetime.js
var lifetime = __webpack_require__(1668);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/src/lib/sealing.js
var sealing = __webpack_require__(1621);
// EXTERNAL MODULE: ./lib/src/github/client.js
var github_client = __webpack_require__(5574);
// EXTERNAL MODULE: ./lib/src/github/errors.js
var github_errors = __webpack_require__(4369);
// EXTERNAL MODULE: ./lib/src/github/target.js
var github_target = __webpack_require__(6119);
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
    if (typeof keyId !== 'string' || typeof key !== 'string' || !(0,sealing/* isSealingKey */.Tm)(key)) {
        throw new github_errors/* GitHubApiError */.OS(`GitHub answered the secrets public key of ${(0,github_target/* describeTarget */.f)(target)} with something that is not a base64 X25519 key, so nothing can be sealed for it`, response.status, 'Check github-api-url: it must point at the GitHub REST API itself.');
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
        ...(options.writeBack ? { request: github_client/* WRITE_BACK */.WZ } : {}),
    };
    const action = `write the secret ${name}`;
    const response = await call(target, 'write', action, () => endpointsOf(client, target).put(name, sealed));
    const status = response.status;
    if (status === 201)
        return 'created';
    if (status === 204)
        return 'updated';
    throw new github_errors/* GitHubApiError */.OS(`Could not ${action} of ${(0,github_target/* describeTarget */.f)(target)}: GitHub answered HTTP ${status}, which does not say the secret was stored`, status);
}
/** When the secret was last written, or undefined when it does not exist. */
async function fetchSecretMetadata(client, target, name) {
    try {
        const response = await call(target, 'read', `read the metadata of secret ${name}`, () => endpointsOf(client, target).get(name));
        return { updatedAt: new Date(response.data.updated_at) };
    }
    catch (error) {
        if (error instanceof github_errors/* GitHubApiError */.OS && error.status === 404)
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
        const status = (0,github_errors/* responseStatus */.aO)(error);
        if (status === 403 || status === 404)
            return undefined;
        throw (0,github_errors/* toGitHubApiError */.Vu)(error, { ...run, environment: undefined }, 'read', 'read this workflow run');
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
        await removeSecret(client, target, probe, `delete the probe secret ${probe}`);
        return undefined;
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return `${reason}. The token may write secrets, so the run goes on; delete the secret ${probe} from ${(0,github_target/* describeTarget */.f)(target)} by hand (Settings → Secrets and variables → Actions, or gh secret delete ${probe})`;
    }
}
/** Deletes a secret; one that does not exist (any more) counts as deleted. */
async function removeSecret(client, target, name, action = `delete the secret ${name}`) {
    try {
        await call(target, 'write', action, () => endpointsOf(client, target).remove(name));
    }
    catch (error) {
        if (error instanceof github_errors/* GitHubApiError */.OS && error.status === 404)
            return;
        throw error;
    }
}
async function call(target, access, action, send) {
    try {
        return await send();
    }
    catch (error) {
        throw (0,github_errors/* toGitHubApiError */.Vu)(error, target, access, action);
    }
}

// EXTERNAL MODULE: ./lib/src/lib/recovery.js
var recovery = __webpack_require__(1635);
;// CONCATENATED MODULE: ./lib/src/grant/secret-writer.js



function secretWriter(settings, github, publicKey, log) {
    const { target } = settings;
    return {
        storeRefreshToken: (refreshToken) => storeRefreshToken(settings, github, publicKey, refreshToken, log),
        store: (name, value) => writeSecret(github, target, name, value, publicKey),
        remove: (name) => removeSecret(github, target, name),
    };
}
async function storeRefreshToken({ target, secretName, recoveryPublicKey }, github, publicKey, refreshToken, log) {
    try {
        return await writeSecret(github, target, secretName, refreshToken, publicKey, {
            writeBack: true,
        });
    }
    catch (error) {
        // Whatever failed (GitHub, or sealing with its key), the token must survive somewhere.
        const failure = error instanceof errors/* ExplainedError */.hM
            ? error
            : new errors/* ExplainedError */.hM(`Could not seal the new refresh token for ${secretName}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        if (recoveryPublicKey === undefined)
            throw failure;
        const sealed = await (0,recovery/* sealForRecovery */.IV)(refreshToken, recoveryPublicKey);
        log.info(`The new refresh token, sealed to recovery-public-key:\n${sealed}`);
        throw new errors/* ExplainedError */.hM(failure.message, `${failure.advice} The new refresh token was sealed to recovery-public-key and printed in the log above: open it with \`fitbit-token-keeper recover --private-key-file FILE\` and store it with \`gh secret set ${secretName}\`.`);
    }
}

;// CONCATENATED MODULE: ./lib/src/grant/preflight.js





async function preflight(settings, reseed, github, log) {
    const { provider, target, secretName, currentRun } = settings;
    const needsWrite = provider.rotates || reseed || settings.accessTokenSecret !== undefined;
    const staleRun = provider.rotates && !reseed ? currentRun : undefined;
    const needsMetadata = staleRun !== undefined || (settings.grantLifetimeSeconds !== undefined && !reseed);
    // A run that will seal loads libsodium (its WebAssembly takes tens of ms) while GitHub
    // answers; a failed load shows when the first value is sealed.
    if (needsWrite)
        (0,sealing/* loadSodium */.Or)().catch(() => undefined);
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
    log.info(`GitHub: the token may ${needsWrite ? 'write' : 'read'} Actions secrets of ${(0,github_target/* describeTarget */.f)(target)}.`);
    return { secrets: secretWriter(settings, github, publicKey, log), metadata, probeRemoved };
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
        throw new errors/* ExplainedError */.hM(`The secret ${secretName} was updated at ${metadata.updatedAt.toISOString()}, after this run started (${runStartedAt.toISOString()}): another run has rotated the refresh token since this run read it, so the token this run holds is already spent. It was not sent`, 'Nothing needs repair: the next run reads the newer token. To avoid this, keep every workflow that uses the grant in one concurrency group without cancel-in-progress (see examples/keep-alive.yml).');
    }
}

// EXTERNAL MODULE: ./lib/src/grant/stage.js
var grant_stage = __webpack_require__(6453);
;// CONCATENATED MODULE: ./lib/src/grant/flow.js






/**
 * Runs the whole flow: preflight → (the dry run ends here) → the request the
 * edge gives → exchange → store → the edge's work. Any failure comes out as a
 * GrantFailure that knows the stage, after the onFailure hook has run.
 */
async function keepGrant(plan) {
    const stage = { is: 'preflight' };
    let checked;
    try {
        plan.hooks.alongsidePreflight?.();
        checked = await preflight(plan.settings, plan.reseed, plan.github, plan.log);
        if (plan.dryRun) {
            await checked.probeRemoved;
            await plan.hooks.afterDryRun?.(checked);
            return;
        }
        const outcome = await exchangeAndStore(plan, checked, stage);
        await plan.hooks.afterStore(outcome);
    }
    catch (error) {
        const situation = {
            stage: stage.is,
            provider: plan.settings.provider,
            secret: plan.settings.secretName,
            target: plan.settings.target,
            reseed: plan.reseed,
        };
        const followUp = await plan.hooks
            .onFailure?.({ cause: error, situation, preflight: checked })
            .catch(() => undefined);
        throw new grant_stage/* GrantFailure */.b(error, situation, followUp);
    }
}
/** From the preflight's end until the newest refresh token is safe. */
async function exchangeAndStore(plan, checked, stage) {
    try {
        const request = await plan.hooks.beforeExchange(checked);
        stage.is = 'exchange';
        const issuedAt = plan.now();
        const reply = await exchange(plan, checked, request, stage);
        await vetNewGrant(plan, reply, stage);
        const secretUpdated = await storeIfNew(plan, checked, request, reply, stage);
        const grantExpiresAt = (0,lifetime/* grantExpiry */.qt)(reply, issuedAt, {
            seconds: plan.settings.grantLifetimeSeconds,
            reseed: plan.reseed,
            secret: checked.metadata,
        });
        return { reply, secretUpdated, issuedAt, grantExpiresAt, preflight: checked };
    }
    finally {
        // The probe's DELETE overlapped the exchange; it ends before the flow goes on or fails.
        await checked.probeRemoved;
    }
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
        if (error instanceof token_endpoint_errors/* TokenReplyError */.S && error.rescuedRefreshToken) {
            // The reply was unreadable, so it named no account.
            await vetNewGrant(plan, { userId: undefined }, stage);
            stage.is = 'store';
            await checked.secrets.storeRefreshToken(error.rescuedRefreshToken);
            stage.is = 'stored';
        }
        throw error;
    }
}
/** The edge's last word on a new grant; a refusal leaves the stored secret as it was. */
async function vetNewGrant(plan, grant, stage) {
    try {
        await plan.hooks.beforeStore?.(grant);
    }
    catch (error) {
        stage.is = 'refused';
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
    const outcome = await checked.secrets.storeRefreshToken(reply.refreshToken);
    stage.is = 'stored';
    log.info(`${plan.reseed ? 'Stored the refresh token from consent' : 'The refresh token rotated: stored the new one'} in ${settings.secretName} (${outcome}).`);
    return true;
}
function noRefreshTokenFromConsent(settings) {
    return new errors/* ExplainedError */.hM(`The token endpoint answered the authorization code without a refresh token, so there is nothing to store in ${settings.secretName}`, settings.provider.name === 'google'
        ? 'Google issues a refresh token only when the consent URL asks for access_type=offline and prompt=consent: request a new code with both (fitbit-token-keeper authorize adds them).'
        : 'Make sure the consent URL asks for offline access (for many providers the offline_access scope).');
}


/***/ }),

/***/ 9279:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ beginRun)
});

// EXTERNAL MODULE: ./lib/src/lib/run-scope.js + 1 modules
var run_scope = __webpack_require__(7379);
// EXTERNAL MODULE: ./lib/src/github/errors.js
var errors = __webpack_require__(4369);
// EXTERNAL MODULE: ./lib/src/lib/errors.js
var lib_errors = __webpack_require__(7603);
// EXTERNAL MODULE: ./lib/src/lib/text.js
var lib_text = __webpack_require__(4679);
// EXTERNAL MODULE: ./lib/src/oauth/token-endpoint-errors.js
var token_endpoint_errors = __webpack_require__(8389);
;// CONCATENATED MODULE: ./lib/src/grant/failure-wording.js
/**
 * The words a failure message uses for "what to do next", per audience: the
 * action's log speaks of workflows and inputs; the command speaks to a person
 * at a terminal, of its own flags and of running it again.
 */

const AUTHORIZE_AGAIN = 'run fitbit-token-keeper authorize again';
const WORDING = {
    action: {
        reseed: 'Re-seed the secret through consent: run `npx fitbit-token-keeper authorize` on your machine, or the re-seed workflow with a fresh authorization code.',
        rerun: 're-run the workflow',
        fixAndRerun: 'Fix the problem and re-run',
        codeUnused: 'The authorization code was not used',
        reseedAgain: 'Fix the problem and run the re-seed again',
        consentAgain: 'Ask for consent again',
        fixAndConsentAgain: 'Fix the problem and ask for consent again',
        afterStored: 'Once the problem is fixed, re-run the workflow for a new access token',
        checkClient: 'check client-id, client-secret and client-auth (basic sends them in an Authorization header, body in the form)',
        useGoogle: 'set provider: google',
        checkTokenUrl: 'check token-url',
        github: errors/* ACTION_GITHUB_NAMES */.aG,
    },
    // The command is always a consent (`authorize`): the code comes from the browser, not a paste.
    command: {
        reseed: `Fix the problem, then ${AUTHORIZE_AGAIN} for a new consent.`,
        rerun: 'run the command again',
        fixAndRerun: 'Fix the problem and run the command again',
        codeUnused: 'No code was exchanged',
        reseedAgain: `Fix the problem and ${AUTHORIZE_AGAIN}`,
        consentAgain: `Consent again: ${AUTHORIZE_AGAIN}`,
        fixAndConsentAgain: `Fix the problem and ${AUTHORIZE_AGAIN}`,
        afterStored: 'The next run of the action refreshes with it',
        checkClient: 'check --client-id and --client-secret (or FITBIT_TOKEN_KEEPER_CLIENT_SECRET), and that the client belongs to this provider',
        useGoogle: 'pass --provider google',
        checkTokenUrl: 'check --token-url',
        github: {
            token: 'the GitHub token ($GH_TOKEN, else $GITHUB_TOKEN, or --github-token)',
            apiUrl: '--github-api-url (or $GITHUB_API_URL)',
            repository: "--repository (default: the checkout's origin remote)",
            rerun: 'Run the command again',
        },
    },
};

;// CONCATENATED MODULE: ./lib/src/grant/failure.js
/**
 * Composes the one error line a failed run prints: what happened, where the
 * stored refresh token stands, and what to do next. Knows nothing of HTTP.
 */





function describeFailure(error, situation, redactor, audience = 'action') {
    const { happened, why, state, next } = partsOf(error, situation, audience);
    const message = [why ? `${happened.replace(/\.+$/, '')}. ${why}` : happened, state, next]
        .filter(Boolean)
        .map((part) => terminate(part))
        .join(' ');
    return redactor.redact(message);
}
/**
 * The failure in parts: what happened (the error's own sentence), why that
 * happens (the provider's explanation; may be long), the grant's status and
 * where the stored token stands, and the one next step.
 */
function partsOf(error, situation, audience) {
    const words = WORDING[audience];
    const { state, asks } = secretState(error, situation, words);
    // GitHub's failures name settings: the github-token input, or GH_TOKEN and the flags.
    const worded = error instanceof errors/* GitHubApiError */.OS ? error.wordedFor?.(words.github) : undefined;
    const advice = worded?.advice ?? (error instanceof lib_errors/* ExplainedError */.hM ? error.advice : '');
    const status = grantStatus(error, situation);
    return {
        happened: worded?.message ?? (0,lib_errors/* errorMessage */.gJ)(error),
        why: explanationOf(error, situation, words),
        status,
        state,
        next: nextStep(status, advice, asks, situation, words),
    };
}
function explainFailure(error, situation, redactor, audience = 'action') {
    const { happened, why, status, state, next } = partsOf(error, situation, audience);
    return {
        happened: redactor.redact(terminate(happened)),
        why: why ? redactor.redact(terminate(why)) : '',
        status,
        grant: redactor.redact(terminate(state)),
        nextStep: redactor.redact(next),
    };
}
/**
 * One next step: the error's advice (it knows the fix) followed by what the
 * grant's state asks for once it is fixed (re-run, at once if urgent); without
 * either, what the state asks for in general.
 */
function nextStep(status, advice, asks, situation, words) {
    const parts = [advice, asks].filter(Boolean);
    if (parts.length === 0)
        parts.push(nextStepFor(status, situation, words));
    return parts.map((part) => terminate(part)).join(' ');
}
/** The step the grant's state asks for, when the error itself gave no advice. */
function nextStepFor(status, { reseed }, words) {
    switch (status) {
        case 'spent':
            return words.reseed;
        case 'stored nowhere':
            return reseed ? words.reseed : `${(0,lib_text/* capitalize */.Z)(words.rerun)} at once`;
        case 'maybe spent':
            return `${(0,lib_text/* capitalize */.Z)(words.rerun)} at once`;
        case 'safe':
            return words.afterStored;
        case 'still valid':
            return reseed ? words.fixAndConsentAgain : words.fixAndRerun;
    }
}
function grantStatus(error, { stage, provider, reseed }) {
    const rotates = provider?.rotates ?? true;
    const kind = error instanceof token_endpoint_errors/* TokenEndpointError */.P ? error.kind : 'network';
    switch (stage) {
        case 'store':
            return rotates || reseed ? 'stored nowhere' : 'still valid';
        case 'stored':
            return 'safe';
        case 'exchange':
            if (reseed)
                return 'still valid';
            if (kind === 'invalid_grant' || kind === 'retired')
                return 'spent';
            if (kind === 'invalid_client' || kind === 'rejected')
                return 'still valid';
            return rotates ? 'maybe spent' : 'still valid';
        default:
            return 'still valid';
    }
}
/** Why the token endpoint's answer means what it means (a dead grant's likely causes). */
function explanationOf(error, { provider }, words) {
    if (!(error instanceof token_endpoint_errors/* TokenEndpointError */.P) || provider === undefined)
        return '';
    switch (error.kind) {
        case 'invalid_grant':
            return `${provider.rotates ? 'The grant is spent, expired or revoked' : 'The grant has expired or was revoked'}: ${provider.deadGrantCauses}`;
        case 'invalid_client':
            return `The client was rejected: ${words.checkClient}`;
        case 'retired':
            return provider.name === 'fitbit'
                ? `The legacy Fitbit Web API and its OAuth endpoints were switched off on 2026-11-02. Fitbit data is now read through the Google Health API: ${words.useGoogle} and create a Google OAuth client (see the README)`
                : `The endpoint says it is gone for good (410): ${words.checkTokenUrl}`;
        default:
            return '';
    }
}
function secretState(error, situation, words) {
    const { stage, provider, secret, reseed } = situation;
    const where = secret ? `the secret ${secret}` : 'the secret';
    const rotates = provider?.rotates ?? true;
    switch (stage) {
        case 'inputs':
            return {
                state: error instanceof lib_errors/* InputError */.dz
                    ? 'Nothing was sent and no secret was changed'
                    : 'Nothing was sent to the provider and no secret was changed',
                asks: '',
            };
        case 'preflight':
            return reseed
                ? { state: `${words.codeUnused}, and ${where} was not changed`, asks: words.reseedAgain }
                : {
                    state: `The token endpoint was not contacted: the refresh token in ${where} was not used and still works`,
                    asks: words.fixAndRerun,
                };
        case 'exchange':
            return exchangeState(error, where, rotates, reseed, words);
        case 'refused':
            return {
                state: `The new grant was not stored: ${where} still holds the refresh token it held before, unchanged`,
                asks: '',
            };
        case 'store':
            if (reseed) {
                return {
                    state: `The provider issued a new refresh token but it could NOT be stored in ${where}, and the new access token was withheld. The authorization code is spent`,
                    asks: words.reseed,
                };
            }
            return rotates
                ? {
                    state: `The provider issued a new refresh token but it could NOT be stored in ${where}, and the new access token was withheld. The token in ${where} is now spent; the provider normally hands the same new pair to an identical request for a short while`,
                    asks: `${(0,lib_text/* capitalize */.Z)(words.rerun)} at once. If that fails, ${(0,lib_text/* lowerFirst */.o)(words.reseed)}`,
                }
                : {
                    state: `The provider issued a new refresh token but it could NOT be stored in ${where}; the new access token was withheld. The old token may still work`,
                    asks: (0,lib_text/* capitalize */.Z)(words.rerun),
                };
        case 'stored':
            return {
                state: `The newest refresh token is stored in ${where}, so the grant is safe`,
                asks: words.afterStored,
            };
        case 'unchanged':
            return { state: `The refresh token in ${where} is unchanged and still works`, asks: '' };
    }
}
function exchangeState(error, where, rotates, reseed, words) {
    const kind = error instanceof token_endpoint_errors/* TokenEndpointError */.P ? error.kind : 'network';
    if (reseed) {
        return kind === 'invalid_grant'
            ? {
                state: `The authorization code was refused (codes are single-use and expire after minutes); ${where} was not changed`,
                asks: words.consentAgain,
            }
            : { state: `${(0,lib_text/* capitalize */.Z)(where)} was not changed`, asks: words.fixAndConsentAgain };
    }
    switch (kind) {
        case 'invalid_grant':
            return { state: `The refresh token in ${where} no longer works`, asks: words.reseed };
        case 'retired':
            return { state: `The refresh token in ${where} cannot be used any more`, asks: words.reseed };
        case 'invalid_client':
        case 'rejected':
            return {
                state: `The provider refused the request without spending the refresh token in ${where}, which should still work once the problem is fixed`,
                asks: '',
            };
        default:
            return rotates
                ? {
                    state: `The provider may or may not have spent the refresh token in ${where}; it answers an identical request with the same pair for a short while`,
                    asks: `${(0,lib_text/* capitalize */.Z)(words.rerun)} at once. If that run reports invalid_grant, ${(0,lib_text/* lowerFirst */.o)(words.reseed)}`,
                }
                : {
                    state: `The refresh token in ${where} was not changed and still works`,
                    asks: (0,lib_text/* capitalize */.Z)(words.rerun),
                };
    }
}
function terminate(text) {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}

// EXTERNAL MODULE: ./lib/src/grant/stage.js
var stage = __webpack_require__(6453);
;// CONCATENATED MODULE: ./lib/src/grant/lifecycle.js



/** The run scope (lib/run-scope.ts) of the grant flow, with its failures told in the edge's words. */
function beginRun(options) {
    const scope = (0,run_scope.openRunScope)(options);
    const { redactor } = scope;
    return {
        ...scope,
        fail(error) {
            scope.cancel();
            const unwrapped = (0,stage/* unwrapFailure */.g)(error, options.reseed ?? false);
            const { situation, followUp } = unwrapped;
            const cause = scope.limitReached() && unwrapped.cause instanceof Error
                ? options.overLimit(unwrapped.cause)
                : unwrapped.cause;
            const explanation = explainFailure(cause, situation, redactor, options.audience);
            return {
                cause,
                situation,
                line: describeFailure(cause, situation, redactor, options.audience),
                explanation: followUp === undefined
                    ? explanation
                    : { ...explanation, nextStep: redactor.redact(followUp) },
            };
        },
    };
}


/***/ }),

/***/ 1668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ endsSoon),
/* harmony export */   iD: () => (/* binding */ expiryWarning),
/* harmony export */   "if": () => (/* binding */ missingScopes),
/* harmony export */   qt: () => (/* binding */ grantExpiry),
/* harmony export */   x8: () => (/* binding */ hoursLeft)
/* harmony export */ });
/* unused harmony export RENEWAL_WINDOW_MS */
/* harmony import */ var _lib_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(361);

/** A grant this close to its end needs a new consent now. */
const RENEWAL_WINDOW_MS = 48 * 3600 * 1000;
/**
 * When the grant dies: as the provider says (refresh_token_expires_in), else
 * the consent time plus the configured lifetime. The consent time is now for a
 * re-seed, else the secret's last update (every re-seed writes it).
 */
function grantExpiry(reply, issuedAt, lifetime) {
    if (reply.refreshTokenExpiresIn !== undefined) {
        return (0,_lib_time_js__WEBPACK_IMPORTED_MODULE_0__/* .secondsAfter */ ._I)(issuedAt, reply.refreshTokenExpiresIn);
    }
    if (lifetime.seconds === undefined)
        return undefined;
    const consentedAt = lifetime.reseed ? issuedAt : lifetime.secret?.updatedAt;
    return consentedAt ? (0,_lib_time_js__WEBPACK_IMPORTED_MODULE_0__/* .secondsAfter */ ._I)(consentedAt, lifetime.seconds) : undefined;
}
/** True when the grant ends within the renewal window from `now`. */
function endsSoon(expiresAt, now) {
    return expiresAt !== undefined && expiresAt.getTime() - now.getTime() <= RENEWAL_WINDOW_MS;
}
/** Whole hours until the grant ends, never below zero. */
function hoursLeft(expiresAt, now) {
    return Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 3600_000));
}
/** A warning when the grant ends within the renewal window; undefined otherwise. */
function expiryWarning(expiresAt, now) {
    if (!endsSoon(expiresAt, now))
        return undefined;
    return `The grant is expected to expire on ${(0,_lib_time_js__WEBPACK_IMPORTED_MODULE_0__/* .humanTime */ .zK)(expiresAt, now)} (in about ${hoursLeft(expiresAt, now)} h). Re-seed through consent before then (npx fitbit-token-keeper authorize), or publish the Google Cloud app out of "Testing" to lift the 7-day limit.`;
}
/** The required scopes the grant lacks, as a problem; undefined when it has them all. */
function missingScopes(required, granted) {
    const missing = required.filter((scope) => !granted.includes(scope));
    if (missing.length === 0)
        return undefined;
    return `The grant lacks the required scopes ${missing.join(', ')} (granted: ${granted.join(' ') || 'none stated'}). The user may have unticked them on the consent screen: re-seed through consent and grant them all`;
}


/***/ }),

/***/ 6453:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ GrantFailure),
/* harmony export */   g: () => (/* binding */ unwrapFailure)
/* harmony export */ });
/** A failure of the grant flow, with the situation it left the grant in. */
class GrantFailure extends Error {
    cause;
    situation;
    followUp;
    name = 'GrantFailure';
    constructor(cause, situation, 
    /** The next step a hook arranged for the person (the consent issue to answer), if any. */
    followUp) {
        super(cause instanceof Error ? cause.message : String(cause));
        this.cause = cause;
        this.situation = situation;
        this.followUp = followUp;
    }
}
/**
 * What failed, where the grant stands and any follow-up: a GrantFailure says
 * all three; anything else failed before the flow started (bad input), when
 * nothing was sent.
 */
function unwrapFailure(error, reseed) {
    if (error instanceof GrantFailure)
        return error;
    return {
        cause: error,
        situation: { stage: 'inputs', provider: undefined, secret: undefined, reseed },
    };
}


/***/ }),

/***/ 8500:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
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
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
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


/***/ }),

/***/ 4428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ resolveClientAuth),
/* harmony export */   RD: () => (/* binding */ CLIENT_AUTH_SETTINGS),
/* harmony export */   li: () => (/* binding */ providerNamed),
/* harmony export */   qV: () => (/* binding */ tokenUrlOf)
/* harmony export */ });
/* unused harmony exports PROVIDER_NAMES, PROVIDERS */
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7603);
/* harmony import */ var _lib_validators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8607);
/**
 * Provider presets: where the token endpoint is, how the client authenticates
 * there, whether refresh tokens rotate, and what a dead grant usually means.
 */


const PROVIDER_NAMES = ['google', 'fitbit', 'custom'];
const CLIENT_AUTH_SETTINGS = ['auto', 'basic', 'body'];
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
        identityScope: 'openid',
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
        identityScope: undefined,
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
        identityScope: undefined,
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
    return PROVIDERS[(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('provider', value ?? 'google', PROVIDER_NAMES)];
}
/** The preset's token URL, or the override; `custom` has none of its own. */
function tokenUrlOf(provider, override) {
    if (override !== undefined)
        return (0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .httpsUrl */ .N3)('token-url', override);
    if (provider.tokenUrl === undefined) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('token-url', "is required with provider 'custom'");
    }
    return provider.tokenUrl;
}


/***/ }),

/***/ 8389:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ TokenEndpointError),
/* harmony export */   S: () => (/* binding */ TokenReplyError)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7603);
/** What can go wrong at the token endpoint, as error values whose messages are safe to print. */

/** The token endpoint refused, failed or answered something unusable. */
class TokenEndpointError extends _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExplainedError */ .hM {
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


/***/ })

};
