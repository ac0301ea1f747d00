export const id = 423;
export const ids = [423];
export const modules = {

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

/***/ 7464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ readAccountRecord),
/* harmony export */   dg: () => (/* binding */ rememberAccount),
/* harmony export */   oD: () => (/* binding */ accountTag),
/* harmony export */   rK: () => (/* binding */ accountSecretName),
/* harmony export */   ys: () => (/* binding */ refuseOtherAccount)
/* harmony export */ });
/* unused harmony exports isTaggedAccount, isAccount, newAccountRecord */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7603);
/* harmony import */ var _lib_validators_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8607);
/**
 * The grant's account (Fitbit's user_id, the `sub` of a Google id_token),
 * remembered beyond the grant's death: once a run learns it, it is written,
 * sealed, to `<secret-name>_ACCOUNT`, and every workflow hands it back as
 * `grant-account`. A re-seed whose new grant is another account's is refused
 * before anything is stored.
 *
 * The record names the account without revealing it: a random salt and an
 * HMAC-SHA256 of the account id keyed with that salt (`v1.<salt>.<tag>`). The
 * same tag, keyed with a consent link's PKCE verifier, is what a consent
 * issue's marker records.
 */



const RECORD = /^v1\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;
const accountSecretName = (secret) => `${secret}_ACCOUNT`;
/** An HMAC of the account id under `key`: tells nobody without the key whose account it is. */
function accountTag(key, accountId) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key)
        .update(`fitbit-token-keeper grant account ${accountId}`)
        .digest('base64url');
}
/** Whether `accountId` is the account `tag` was made for under `key`. */
function isTaggedAccount(tag, key, accountId) {
    const expected = Buffer.from(accountTag(key, accountId));
    const recorded = Buffer.from(tag);
    return expected.length === recorded.length && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(expected, recorded);
}
/** The `grant-account` input; its value is never shown, even in an error. */
function readAccountRecord(value) {
    const match = RECORD.exec(value);
    if (match?.[1] !== undefined && match[2] !== undefined)
        return { salt: match[1], tag: match[2] };
    if (value.length > 255 || (0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .hasControlCharacters */ .Kg)(value)) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('grant-account', 'is not an account the keeper recorded: pass the secret it writes, secrets.<secret-name>_ACCOUNT (for example secrets.FITBIT_REFRESH_TOKEN_ACCOUNT)');
    }
    return { accountId: value };
}
function isAccount(record, accountId) {
    if ('accountId' in record)
        return record.accountId === accountId;
    return isTaggedAccount(record.tag, record.salt, accountId);
}
/** A new record of `accountId`, as `<secret-name>_ACCOUNT` holds it: a fresh salt each time. */
function newAccountRecord(accountId) {
    const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('base64url');
    return `v1.${salt}.${accountTag(salt, accountId)}`;
}
const GRANT_ACCOUNT_INPUT = {
    name: 'grant-account',
    consentAgain: 'consent again',
};
/**
 * A re-seed must bring back the recorded account's grant; throws before
 * anything is stored otherwise (also when the reply names no account).
 * `recorder` is grant-account unless said otherwise (a consent issue's marker).
 */
function refuseOtherAccount(record, secretName, accountId, recorder = GRANT_ACCOUNT_INPUT) {
    if (record === undefined)
        return;
    if (accountId !== undefined && isAccount(record, accountId))
        return;
    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExplainedError */ .hM(accountId === undefined
        ? `Refused to store the new grant: the provider did not say whose it is, and ${recorder.name} records the account the grant in ${secretName} belongs to, so the consent may have come from another account than the grant's`
        : `Refused to store the new grant: the consent came from another account than the grant's (${recorder.name} records the account the grant in ${secretName} belongs to)`, `The consent is needed from the account the grant belongs to, the one whose data the workflow reads: sign in with that account (sign out of the other one first) and ${recorder.consentAgain}${accountId === undefined ? ', through a consent link that asks for the account (openid for Google)' : ''}. To move the grant to another account on purpose, re-seed with \`npx fitbit-token-keeper authorize\` instead.`);
}
/**
 * Once the refresh token is stored: writes the account the reply named to
 * `<secret-name>_ACCOUNT` unless grant-account already names it. A write that
 * fails is a warning, never a failed run.
 */
async function rememberAccount(settings, secrets, accountId, log) {
    const { grantAccount } = settings;
    if (accountId === undefined)
        return 'unknown';
    if (grantAccount !== undefined && isAccount(grantAccount, accountId))
        return 'same';
    const name = accountSecretName(settings.secretName);
    try {
        await secrets.store(name, newAccountRecord(accountId));
    }
    catch (error) {
        log.warning(`Could not record the grant's account in the secret ${name} (${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}): without it a re-seed after the grant dies cannot tell the grant's account from another. The refresh itself is not affected. Give the github-token "Secrets: read and write".`);
        return 'not-recorded';
    }
    log.info(`Recorded the grant's account in the secret ${name}.`);
    return grantAccount === undefined ? 'recorded' : 'changed';
}


/***/ }),

/***/ 7663:
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
// EXTERNAL MODULE: ./lib/src/oauth/providers.js
var providers = __webpack_require__(4428);
// EXTERNAL MODULE: ./lib/src/oauth/token-endpoint-errors.js
var token_endpoint_errors = __webpack_require__(8389);
// EXTERNAL MODULE: ./lib/src/oauth/token-reply.js
var token_reply = __webpack_require__(7230);
;// CONCATENATED MODULE: ./lib/src/oauth/reply-dialects.js



/** Withings' "too many requests": retried as a 429 is. */
const WITHINGS_TOO_MANY_REQUESTS = 601;
/** Withings' "timeout": the request did not complete there; retried as a 504 is. */
const WITHINGS_TIMEOUT = 522;
/** Withings' "authentication failed" family (OpenAPI): the token sent is not valid. */
const WITHINGS_AUTH_FAILED = new Set([100, 101, 102, 200, 401]);
/**
 * The tokens in Withings' envelope `{"status": 0, "body": {…}}`; any other
 * status is a TokenEndpointError and never an access token. Credentials an
 * error envelope might hold are masked all the same. `status` on the error is
 * the HTTP status the shared retry policy judges it as.
 */
function unwrapWithings(where, json, mask, redactor) {
    const envelope = (0,token_reply/* isRecord */.u4)(json) ? json : {};
    const inner = envelope.body;
    for (const field of token_reply/* CREDENTIAL_FIELDS */.cZ) {
        const value = (0,token_reply/* isRecord */.u4)(inner) ? inner[field] : undefined;
        if (typeof value === 'string' && value !== '')
            mask(value);
    }
    const status = envelope.status;
    if (status === 0)
        return inner;
    if (typeof status !== 'number' || !Number.isInteger(status)) {
        throw new token_endpoint_errors/* TokenEndpointError */.P(`${(0,lib_text/* capitalize */.Z)(where)} answered HTTP 200 without the status Withings puts in every reply`, 'malformed', 200);
    }
    const said = (0,token_reply/* stringOrUndefined */.j)(envelope.error);
    const detail = said === undefined ? '' : `: ${redactor.redactUntrusted(said)}`;
    const { kind, judgedAs } = withingsFailure(status, said ?? '');
    throw new token_endpoint_errors/* TokenEndpointError */.P(`${(0,lib_text/* capitalize */.Z)(where)} answered status ${status}${detail}`, kind, judgedAs);
}
/** What a non-zero Withings status means, and the HTTP status the retry policy judges it as. */
function withingsFailure(status, said) {
    if (status === WITHINGS_TOO_MANY_REQUESTS)
        return { kind: 'server', judgedAs: 429 };
    if (status === WITHINGS_TIMEOUT)
        return { kind: 'server', judgedAs: 504 };
    // "Invalid Params: invalid client_id" and the like: the client, not the grant.
    if (/client|signature|nonce/i.test(said))
        return { kind: 'invalid_client', judgedAs: 401 };
    // 503 "Invalid Params: invalid refresh_token" (or "invalid code"): the grant, or the code, is gone.
    const deadToken = /refresh_token|\bcode\b|invalid_token|expired/i.test(said);
    if (deadToken || WITHINGS_AUTH_FAILED.has(status))
        return { kind: 'invalid_grant', judgedAs: 400 };
    return { kind: 'rejected', judgedAs: 400 };
}
/**
 * What Strava's error means: `{"message", "errors": [{"resource", "field",
 * "code"}]}`. A refresh token or code it names is dead; the Application's
 * client_id or client_secret is the client; a 401 that names neither is a
 * revoked grant, as Strava documents.
 */
function stravaFailureKind(status, error) {
    if (status === 410)
        return 'retired';
    if (status === 429 || status >= 500)
        return 'server';
    const { resource, field } = error;
    if (resource === 'Application' && (field === 'client_id' || field === 'client_secret')) {
        return 'invalid_client';
    }
    if (resource === 'RefreshToken' || resource === 'AuthorizationCode')
        return 'invalid_grant';
    if (status === 401 && resource !== 'Application')
        return 'invalid_grant';
    return 'rejected';
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
/**
 * A non-2xx reply as an error, read as the provider's dialect writes errors;
 * one cut off at the cap is classified by what its start says.
 */
function failure(where, { status, text, cut, retryAfter }, redactor, replies = 'oauth') {
    const error = cut ? parseErrorPrefix(text) : parseErrorBody(text);
    const { code, description } = error;
    const kind = replies === 'strava' ? stravaFailureKind(status, error) : classify(status, code);
    const subject = error.resource && redactor.redactUntrusted([error.resource, error.field].join(' ').trim());
    const detail = [subject, code, description && redactor.redactUntrusted(description)]
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
    for (const field of token_reply/* CREDENTIAL_FIELDS */.cZ) {
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
    return { code, description: (0,token_reply/* stringOrUndefined */.j)(stringMembers(text, descriptionField)[0]) };
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
    if (!(0,token_reply/* isRecord */.u4)(body))
        return { code: undefined, description: undefined };
    // Fitbit: {"errors":[{"errorType":"invalid_grant","message":"..."}],"success":false}
    const first = Array.isArray(body.errors) ? body.errors[0] : undefined;
    // Strava: {"message":"Bad Request","errors":[{"resource":"RefreshToken","field":"refresh_token","code":"invalid"}]}
    if ((0,token_reply/* isRecord */.u4)(first) && typeof first.resource === 'string') {
        return {
            code: (0,token_reply/* stringOrUndefined */.j)(first.code),
            description: (0,token_reply/* stringOrUndefined */.j)(body.message),
            resource: first.resource,
            field: (0,token_reply/* stringOrUndefined */.j)(first.field),
        };
    }
    if ((0,token_reply/* isRecord */.u4)(first)) {
        return {
            code: (0,token_reply/* stringOrUndefined */.j)(first.errorType),
            description: (0,token_reply/* stringOrUndefined */.j)(first.message),
        };
    }
    // RFC 6749: {"error":"invalid_grant","error_description":"..."}
    if (typeof body.error === 'string') {
        return { code: body.error, description: (0,token_reply/* stringOrUndefined */.j)(body.error_description) };
    }
    // Google API style: {"error":{"code":400,"message":"...","status":"INVALID_ARGUMENT"}}
    if ((0,token_reply/* isRecord */.u4)(body.error)) {
        return {
            code: (0,token_reply/* stringOrUndefined */.j)(body.error.status),
            description: (0,token_reply/* stringOrUndefined */.j)(body.error.message),
        };
    }
    return { code: undefined, description: undefined };
}

;// CONCATENATED MODULE: ./lib/src/oauth/token-client.js
/**
 * The token endpoint client: one form-encoded POST over undici, with timeouts,
 * no redirects, a cap on the reply size, and typed errors that carry no secret;
 * spoken and read in the provider's dialect (providers.ts).
 */










const USER_AGENT = 'fitbit-token-keeper';
/** Headers and form body of a token request; pure, so tests can read exactly what is sent. */
function buildTokenRequest(endpoint, request) {
    const dialect = endpoint.dialect ?? providers/* OAUTH_DIALECT */.hg;
    const form = new URLSearchParams({ ...dialect.formParams, grant_type: request.type });
    if (request.type === 'refresh_token') {
        form.set('refresh_token', request.refreshToken);
        for (const [name, value] of Object.entries(dialect.refreshParams))
            form.set(name, value);
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
 * timeouts, 5xx and 429, and Withings' 601, within the budget; other 4xx are
 * final). A retry never spends a second token: it goes out only when no usable
 * answer came, and then either the first request did not reach the provider,
 * or the token it spent is answered again as it was (Fitbit's short replay,
 * Withings' 8 hours) or refused as spent, which says the grant needs consent.
 */
async function exchangeToken(endpoint, request, options) {
    const dialect = endpoint.dialect ?? providers/* OAUTH_DIALECT */.hg;
    const { headers, body } = buildTokenRequest(endpoint, request);
    const where = `the token endpoint (${new URL(endpoint.url).host})`;
    const { value } = await (0,retry/* withRetries */.LH)(() => postOnce(endpoint.url, headers, body, where, dialect, options), (error) => judgeTokenEndpointError(error, options.timing.maxRateLimitWaitMs), options.timing.tokenEndpoint, { signal: options.signal }).catch((error) => {
        throw withAttempts(error);
    });
    const reply = (0,token_reply/* parseTokenReply */.tb)(value, options.mask, dialect.accountAt);
    if (request.type === 'refresh_token' && dialect.rotatesEveryRefresh && !reply.refreshToken) {
        throw new token_endpoint_errors/* TokenEndpointError */.P(`${(0,lib_text/* capitalize */.Z)(where)} answered the refresh without a new refresh token, though this provider hands out a new one on every refresh and spends the one sent: the refresh token in the secret is now most likely spent`, 'invalid_grant');
    }
    return reply;
}
/** One attempt: the JSON of a 2xx reply (out of the provider's envelope), or a TokenEndpointError. */
async function postOnce(url, headers, body, where, dialect, options) {
    const reply = await send(url, headers, body, where, options);
    if (reply.status < 200 || reply.status >= 300) {
        throw failure(where, reply, options.redactor, dialect.replies);
    }
    const json = successBody(where, reply, options.mask);
    return dialect.replies === 'withings'
        ? unwrapWithings(where, json, options.mask, options.redactor)
        : json;
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

// EXTERNAL MODULE: ./lib/src/grant/account.js
var grant_account = __webpack_require__(7464);
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
    const copied = recoveryPublicKey !== undefined &&
        (await printRecoveryCopy(refreshToken, recoveryPublicKey, secretName, log));
    try {
        return await writeSecret(github, target, secretName, refreshToken, publicKey, {
            writeBack: true,
        });
    }
    catch (error) {
        const failure = error instanceof errors/* ExplainedError */.hM
            ? error
            : new errors/* ExplainedError */.hM(`Could not seal the new refresh token for ${secretName}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        // The copy printed before the write is the one to open: a second, differently sealed
        // text of the same token would only make a person wonder which one holds it.
        if (!copied)
            throw failure;
        throw new errors/* ExplainedError */.hM(failure.message, `${failure.advice} The new refresh token was sealed to recovery-public-key and printed in the log above, before the write: open that line with \`fitbit-token-keeper recover --private-key-file FILE\` and store the token with \`gh secret set ${secretName}\`.`);
    }
}
/**
 * Prints the new refresh token sealed to the recovery key, before its write
 * starts: whatever happens after this line (GitHub refuses, the runner is
 * killed), the token can be opened with the private key. Resolves to whether
 * it was printed; a copy that cannot be made is a warning, and the write goes on.
 */
async function printRecoveryCopy(refreshToken, recoveryPublicKey, secretName, log) {
    let sealed;
    try {
        sealed = await (0,recovery/* sealForRecovery */.IV)(refreshToken, recoveryPublicKey);
    }
    catch (error) {
        log.warning(`Could not seal a recovery copy of the new refresh token (${(0,errors/* errorMessage */.gJ)(error)}); writing it to ${secretName} without one.`);
        return false;
    }
    log.info(`The new refresh token, sealed to recovery-public-key before it is written to ${secretName}. Should this run end without saying it was stored, open the next line with \`fitbit-token-keeper recover\` and store the token with \`gh secret set ${secretName}\`:\n${sealed}`);
    return true;
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
        // Only once the refresh token is safe: the account it belongs to, for a later re-seed.
        const account = await (0,grant_account/* rememberAccount */.dg)(plan.settings, checked.secrets, reply.userId, plan.log);
        const grantExpiresAt = (0,lifetime/* grantExpiry */.qt)(reply, issuedAt, {
            seconds: plan.settings.grantLifetimeSeconds,
            reseed: plan.reseed,
            secret: checked.metadata,
        });
        return { reply, secretUpdated, issuedAt, grantExpiresAt, account, preflight: checked };
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
/**
 * A re-seed must bring back the recorded account's grant; then the edge has
 * its last word. A refusal leaves the stored secret as it was.
 */
async function vetNewGrant(plan, grant, stage) {
    try {
        if (plan.reseed) {
            (0,grant_account/* refuseOtherAccount */.ys)(plan.settings.grantAccount, plan.settings.secretName, grant.userId);
        }
        await plan.hooks.beforeStore?.(grant);
    }
    catch (error) {
        stage.is = 'refused';
        throw error;
    }
}
/**
 * Writes a rotated (or freshly consented) refresh token; true when the secret
 * changed. With recovery-public-key, the writer prints its sealed copy first
 * (secret-writer.ts), so a runner killed during the write loses nothing.
 */
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
        : 'Make sure the consent URL asks for offline access (for WHOOP the offline scope, which the preset asks for unless --scopes or consent-scopes leave it out; for many other providers offline_access).');
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
    const replay = replayOf(provider);
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
            return exchangeState(error, where, { rotates, replay, reseed }, words);
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
            if (rotates && replay === undefined) {
                return {
                    state: `The provider issued a new refresh token but it could NOT be stored in ${where}, and the new access token was withheld. The token in ${where} is now spent, and the provider does not hand out the new one again`,
                    asks: `Unless the new one was sealed to recovery-public-key, ${(0,lib_text/* lowerFirst */.o)(words.reseed)}`,
                };
            }
            return rotates
                ? {
                    state: `The provider issued a new refresh token but it could NOT be stored in ${where}, and the new access token was withheld. The token in ${where} is now spent; the provider normally hands the same new pair to an identical request ${replay}`,
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
/**
 * How long the provider answers an identical refresh with the identical pair,
 * in words; undefined where it refuses a spent token (single-use). Without a
 * provider (a failure before the flow knew it) the cautious "a short while".
 */
function replayOf(provider) {
    return provider === undefined ? 'for a short while' : provider.replaysRefresh;
}
function exchangeState(error, where, { rotates, replay, reseed }, words) {
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
                    state: `The provider may or may not have spent the refresh token in ${where}; ${replay === undefined ? 'if it did, the new one it handed out is lost' : `it answers an identical request with the same pair ${replay}`}`,
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

/***/ 4703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ readConsentAnswer)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7603);
/**
 * What a person pastes after consent: a bare authorization code, or any text
 * holding the address the consent redirect landed on (`…?code=…&state=…`),
 * which a phone shows when the loopback page fails to load. The code is taken
 * from that address; an `error=` there (e.g. access_denied) is a clear error.
 */

const URL_IN_TEXT = /[a-z][a-z0-9+.-]*:\/\/[^\s<>"'`]+/i;
const QUERY_IN_TEXT = /(?:^|[?&#\s])((?:code|error|state)=[^\s<>"'`]*)/;
const ERROR_CODE = /^[A-Za-z0-9_.-]{1,64}$/;
function readConsentAnswer(input, text) {
    const found = redirectIn(text);
    if (found === undefined)
        return { code: text.trim(), state: undefined, address: undefined };
    const { params, address } = found;
    const error = params.get('error');
    if (error !== null) {
        const shown = ERROR_CODE.test(error) ? error : 'an unreadable error';
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, error === 'access_denied'
            ? 'holds the consent redirect with error=access_denied: access was not allowed, so there is no code. Open the consent link again and allow access (for a Google app in "Testing", your account must be one of its test users)'
            : `holds the consent redirect with error=${shown} instead of a code. Open the consent link again`);
    }
    const code = params.get('code');
    if (!code) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'holds an address without a code parameter: paste the whole address the consent redirect landed on');
    }
    return { code, state: params.get('state') ?? undefined, address };
}
/** The redirect address in the text and its query parameters; undefined for a bare code. */
function redirectIn(text) {
    const url = URL_IN_TEXT.exec(text)?.[0];
    if (url !== undefined) {
        const params = new URL(url).searchParams;
        if (params.has('code') || params.has('error'))
            return { address: url, params };
    }
    const query = QUERY_IN_TEXT.exec(text);
    if (query?.[1] === undefined)
        return undefined;
    const address = text.slice(text.indexOf(query[1])).split(/\s/)[0] ?? '';
    const params = new URLSearchParams(address);
    return params.has('code') || params.has('error') ? { address, params } : undefined;
}


/***/ }),

/***/ 4428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ resolveClientAuth),
/* harmony export */   RD: () => (/* binding */ CLIENT_AUTH_SETTINGS),
/* harmony export */   g9: () => (/* binding */ consentRedirectFor),
/* harmony export */   hg: () => (/* binding */ OAUTH_DIALECT),
/* harmony export */   li: () => (/* binding */ providerNamed),
/* harmony export */   qV: () => (/* binding */ tokenUrlOf)
/* harmony export */ });
/* unused harmony exports PROVIDER_NAMES, PROVIDERS */
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7603);
/* harmony import */ var _lib_validators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8607);
/**
 * Provider presets, as data: where the consent page and the token endpoint
 * are, how the client authenticates there, how scopes are written, how the
 * provider's replies read, whether refresh tokens rotate, and what a dead
 * grant usually means. Facts and sources: providers.md of the contract.
 */


const PROVIDER_NAMES = [
    'google',
    'fitbit',
    'strava',
    'whoop',
    'oura',
    'withings',
    'custom',
];
const CLIENT_AUTH_SETTINGS = ['auto', 'basic', 'body'];
const basicWhenSecret = (hasSecret) => (hasSecret ? 'basic' : 'body');
const inTheBody = () => 'body';
/** RFC 6749 as it stands: no extra parameters, the account in `user_id` (or an id_token). */
const OAUTH_DIALECT = {
    formParams: {},
    refreshParams: {},
    replies: 'oauth',
    accountAt: ['user_id'],
    namesScopes: true,
    rotatesEveryRefresh: false,
};
const SHARED_GRANT = 'another run or tool that shares this grant may already have spent it (keep every user of the grant in one concurrency group)';
/** What every preset whose refresh tokens rotate shares (all but Google); each says what is its own. */
const ROTATING_PRESET = {
    scopeSeparator: ' ',
    identityScope: undefined,
    consentParams: {},
    loopbackRedirects: true,
    codeLifetimeSeconds: undefined,
    rotates: true,
    replaysRefresh: undefined,
    clientAuth: inTheBody,
};
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
        scopeSeparator: ' ',
        identityScope: 'openid',
        // Without both, Google returns no refresh token (offline) or no new one on re-consent.
        consentParams: { access_type: 'offline', prompt: 'consent' },
        loopbackRedirects: true,
        codeLifetimeSeconds: undefined,
        rotates: false,
        replaysRefresh: undefined,
        clientAuth: inTheBody,
        token: OAUTH_DIALECT,
        deadGrantCauses: 'Google grants die when the Cloud project\'s OAuth audience is in "Testing" (grants for restricted scopes such as the Google Health API end 7 days after consent; publish the app to lift that), when access was revoked at myaccount.google.com/connections, after 6 months unused, when time-limited access ran out, or when more than 100 newer grants were issued for this client',
    },
    fitbit: {
        ...ROTATING_PRESET,
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
        replaysRefresh: 'for a short while',
        clientAuth: basicWhenSecret,
        token: OAUTH_DIALECT,
        deadGrantCauses: `Fitbit refresh tokens are single-use: ${SHARED_GRANT}, or access was revoked, or the account moved to a Google account`,
    },
    strava: {
        ...ROTATING_PRESET,
        name: 'strava',
        label: 'Strava',
        tokenUrl: 'https://www.strava.com/oauth/token',
        authorizeUrl: 'https://www.strava.com/oauth/authorize',
        defaultScopes: ['read', 'activity:read_all', 'profile:read_all'],
        scopeSeparator: ',',
        // Shows the consent screen even to an athlete who already allowed the app, as a re-consent should.
        consentParams: { approval_prompt: 'force' },
        token: {
            ...OAUTH_DIALECT,
            replies: 'strava',
            accountAt: ['athlete', 'id'],
            namesScopes: false,
        },
        deadGrantCauses: `a Strava refresh token dies the moment a newer one is handed out: ${SHARED_GRANT}; or the athlete revoked the app's access (strava.com/settings/apps)`,
    },
    whoop: {
        ...ROTATING_PRESET,
        name: 'whoop',
        label: 'WHOOP',
        tokenUrl: 'https://api.prod.whoop.com/oauth/oauth2/token',
        authorizeUrl: 'https://api.prod.whoop.com/oauth/oauth2/auth',
        // `offline` is what makes WHOOP hand out a refresh token at all.
        defaultScopes: [
            'read:recovery',
            'read:cycles',
            'read:sleep',
            'read:workout',
            'read:body_measurement',
            'read:profile',
            'offline',
        ],
        token: { ...OAUTH_DIALECT, refreshParams: { scope: 'offline' }, rotatesEveryRefresh: true },
        deadGrantCauses: `WHOOP refresh tokens are single-use, and a refresh without scope=offline spends one without handing out the next: ${SHARED_GRANT}; or access was revoked in the WHOOP app`,
    },
    oura: {
        ...ROTATING_PRESET,
        name: 'oura',
        label: 'Oura',
        tokenUrl: 'https://api.ouraring.com/oauth/token',
        authorizeUrl: 'https://cloud.ouraring.com/oauth/authorize',
        // No scope asks for all of them, which Oura documents; its API only reads. The names
        // are not spelt alike across its pages (spo2, spo2Daily), so none is guessed here.
        defaultScopes: [],
        token: { ...OAUTH_DIALECT, namesScopes: false, rotatesEveryRefresh: true },
        deadGrantCauses: `Oura refresh tokens are single-use: ${SHARED_GRANT}; or access was revoked in the Oura account`,
    },
    withings: {
        ...ROTATING_PRESET,
        name: 'withings',
        label: 'Withings',
        tokenUrl: 'https://wbsapi.withings.net/v2/oauth2',
        authorizeUrl: 'https://account.withings.com/oauth2_user/authorize2',
        // user.info is for Withings' SDK partners only: without a contract a consent asking for it fails.
        defaultScopes: ['user.metrics', 'user.activity'],
        scopeSeparator: ',',
        loopbackRedirects: false,
        codeLifetimeSeconds: 30,
        replaysRefresh: 'for up to 8 hours, while its new access token is unused',
        token: {
            formParams: { action: 'requesttoken' },
            refreshParams: {},
            replies: 'withings',
            accountAt: ['userid'],
            namesScopes: true,
            rotatesEveryRefresh: true,
        },
        deadGrantCauses: `a Withings refresh token ends 8 hours after the refresh that replaced it (sooner once the new access token is used) and a year after it was issued: ${SHARED_GRANT}; or access was revoked in the Withings account`,
    },
    custom: {
        ...ROTATING_PRESET,
        name: 'custom',
        label: 'custom OAuth 2.0 provider',
        tokenUrl: undefined,
        authorizeUrl: undefined,
        defaultScopes: [],
        replaysRefresh: 'for a short while',
        clientAuth: basicWhenSecret,
        token: OAUTH_DIALECT,
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
/**
 * A consent redirect the provider takes: where it refuses loopback addresses
 * (Withings: https only, no localhost, no IP address), one that points there
 * is an InputError naming `input`. Returned as given.
 */
function consentRedirectFor(provider, input, uri) {
    if (provider.loopbackRedirects)
        return uri;
    const url = URL.parse(uri);
    const refused = url === null ||
        url.protocol !== 'https:' ||
        (0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopbackHost */ .cW)(url.hostname) ||
        /^\d+\.\d+\.\d+\.\d+$|^\[/.test(url.hostname);
    if (refused) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `must be an https address registered with ${provider.label} (it refuses localhost and IP addresses), such as a page of your own site (got ${(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .shown */ .SP)(uri)})`);
    }
    return uri;
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


/***/ }),

/***/ 7230:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bu: () => (/* binding */ accessTokenExpiry),
/* harmony export */   cZ: () => (/* binding */ CREDENTIAL_FIELDS),
/* harmony export */   j: () => (/* binding */ stringOrUndefined),
/* harmony export */   tb: () => (/* binding */ parseTokenReply),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony export MAX_LIFETIME_SECONDS */
/* harmony import */ var _lib_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(361);
/* harmony import */ var _token_endpoint_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8389);
/**
 * The parsed token reply: every field of a 2xx body's JSON checked, each
 * credential masked before anything else is read. (What the raw HTTP reply
 * means, 2xx or not, is raw-token-reply.ts; a provider's envelope around it,
 * reply-dialects.ts.)
 */


/** The reply's fields that hold a credential: each is masked before anything else is read. */
const CREDENTIAL_FIELDS = ['refresh_token', 'access_token', 'id_token'];
/**
 * `mask` is called on every credential in the reply before anything else is
 * looked at, so no later failure can print one unmasked. `accountAt`: the
 * members that lead to the grant's account (default `user_id`).
 */
function parseTokenReply(body, mask, accountAt = ['user_id']) {
    if (!isRecord(body))
        throw new _token_endpoint_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenReplyError */ .S('the reply is not a JSON object');
    // Mask every credential that is a string before any check can fail.
    for (const field of CREDENTIAL_FIELDS) {
        const value = body[field];
        if (typeof value === 'string' && value !== '')
            mask(value);
    }
    const rawRefreshToken = body.refresh_token;
    if (rawRefreshToken != null && typeof rawRefreshToken !== 'string') {
        throw new _token_endpoint_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenReplyError */ .S('refresh_token is not a string');
    }
    const refreshToken = rawRefreshToken ?? undefined;
    // From here on a failure must still hand over the new refresh token for storing.
    const fail = (problem) => {
        throw new _token_endpoint_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenReplyError */ .S(problem, refreshToken || undefined);
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
            expiresAt: optionalEpochSeconds(body, 'expires_at'),
            refreshToken,
            scopes: (optionalString(body, 'scope') ?? '').split(/[\s,]+/).filter(Boolean),
            tokenType: optionalString(body, 'token_type') || 'Bearer',
            userId: accountOf(body, accountAt) ?? (idToken ? subjectOf(idToken) : undefined),
            refreshTokenExpiresIn: optionalSeconds(body, 'refresh_token_expires_in'),
        };
    }
    catch (error) {
        const problem = error instanceof Error ? error.message : 'unreadable reply';
        throw new _token_endpoint_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenReplyError */ .S(problem, refreshToken || undefined);
    }
}
/** The account where `path` leads: a string, or a whole number (Strava's and Withings' ids). */
function accountOf(body, path) {
    let value = body;
    for (const member of path)
        value = isRecord(value) ? value[member] : undefined;
    if (typeof value === 'string' && value !== '')
        return value;
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return String(value);
    if (value !== undefined && value !== null && value !== '') {
        throw new Error(`${path.join('.')} is not a string`);
    }
    return undefined;
}
/**
 * When the access token expires: the provider's own expires_at where it sends
 * one (Strava hands back a token with less left than a fresh one), else
 * expires_in after the request; undefined when the reply said neither.
 */
function accessTokenExpiry(reply, issuedAt) {
    if (reply.expiresAt !== undefined)
        return new Date(reply.expiresAt * 1000);
    return (0,_lib_time_js__WEBPACK_IMPORTED_MODULE_1__/* .secondsAfter */ ._I)(issuedAt, reply.expiresIn);
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
    const seconds = wholeSeconds(body[field]);
    return seconds === undefined ? undefined : Math.min(seconds, MAX_LIFETIME_SECONDS);
}
/** The latest epoch second a Date can hold. */
const MAX_EPOCH_SECONDS = 8.64e12;
/** A moment in epoch seconds, read as leniently as optionalSeconds; one past what a Date holds is left out. */
function optionalEpochSeconds(body, field) {
    const seconds = wholeSeconds(body[field]);
    return seconds !== undefined && seconds <= MAX_EPOCH_SECONDS ? seconds : undefined;
}
/** A non-negative number, or one in a string, rounded down; undefined for anything else. */
function wholeSeconds(value) {
    const seconds = typeof value === 'string' && NUMERIC_STRING.test(value) ? Number(value) : value;
    if (typeof seconds !== 'number' || Number.isNaN(seconds) || seconds < 0)
        return undefined;
    return Math.floor(seconds);
}
function stringOrUndefined(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
