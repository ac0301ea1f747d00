export const id = 673;
export const ids = [673,127];
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


/***/ }),

/***/ 4280:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPullSettings: () => (/* binding */ readPullSettings)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7603);
/* harmony import */ var _lib_validators_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8607);
/* harmony import */ var _civil_days_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(964);
/* harmony import */ var _data_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1161);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(399);
/**
 * The pull's inputs, read the same way by the action (its inputs) and the
 * command (its flags, which carry the same names): every problem is one
 * InputError naming the input, found before any request.
 */






const MAX_REFETCH_DAYS = 366;
const MAX_REQUESTS = 100_000;
/**
 * The settings of one pull. `now` decides what yesterday is; `base` is the
 * folder the data folder is relative to (GITHUB_WORKSPACE, or the current folder).
 */
function readPullSettings(read, now, base) {
    const timeZone = read('time-zone') ?? _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULTS */ .z.timeZone;
    if (!(0,_civil_days_js__WEBPACK_IMPORTED_MODULE_3__/* .isTimeZone */ .kQ)(timeZone)) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('time-zone', `${(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(timeZone)} is not an IANA time zone: use a name such as Europe/Berlin, America/New_York or UTC`);
    }
    const yesterday = (0,_civil_days_js__WEBPACK_IMPORTED_MODULE_3__/* .yesterdayIn */ .eO)(timeZone, now);
    const until = optionalDay('until', read('until')) ?? yesterday;
    if (until > yesterday) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('until', `must not be after yesterday (${yesterday} in ${timeZone}): today is not complete yet (got ${until})`);
    }
    const since = optionalDay('since', read('since')) ?? (0,_civil_days_js__WEBPACK_IMPORTED_MODULE_3__/* .addDays */ .fi)(until, -_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULTS */ .z.sinceDaysBefore);
    if (since > until) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('since', `must not be after ${until}, the last day this run fetches (got ${since})`);
    }
    return {
        types: typeList(read('types')),
        since,
        until,
        timeZone,
        folder: dataFolder(read('folder') ?? _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULTS */ .z.folder, base),
        refetchDays: count('refetch-days', read('refetch-days'), _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULTS */ .z.refetchDays, 0, MAX_REFETCH_DAYS),
        maxRequests: count('max-requests', read('max-requests'), _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULTS */ .z.maxRequests, 1, MAX_REQUESTS),
        apiUrl: (0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .apiBaseUrl */ .tj)('api-url', read('api-url') ?? _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULTS */ .z.apiUrl),
    };
}
function optionalDay(name, value) {
    if (value === undefined)
        return undefined;
    const day = (0,_civil_days_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDay */ .Iq)(value);
    if (day === undefined) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `must be a date written YYYY-MM-DD, such as 2024-01-01 (got ${(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(value)})`);
    }
    return day;
}
/** Comma (or space) separated names, each known to the registry; duplicates count once. */
function typeList(value) {
    if (value === undefined)
        return [..._data_types_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_TYPES */ .Kg];
    const names = [...new Set(value.split(/[\s,]+/).filter(Boolean))];
    if (names.length === 0)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('types', 'names no data type');
    return names.map((name) => {
        const type = (0,_data_types_js__WEBPACK_IMPORTED_MODULE_4__/* .dataTypeNamed */ .qN)(name);
        if (type === undefined) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('types', `names an unknown data type ${(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(name)}: known are ${_data_types_js__WEBPACK_IMPORTED_MODULE_4__/* .DATA_TYPES */ .hL.map((known) => known.name).join(', ')}`);
        }
        return type;
    });
}
/** A folder inside `base`, never `base` itself (its README.md is the repository's own). */
function dataFolder(value, base) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(base, value);
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(base, folder);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(value) || inside === '' || inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(inside)) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('folder', `must be a folder inside the working tree, such as data (got ${(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(value)})`);
    }
    return folder;
}
function count(name, value, fallback, min, max) {
    if (value === undefined)
        return fallback;
    const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!(number >= min && number <= max)) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `must be a whole number from ${min} to ${max} (got ${(0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(value)})`);
    }
    return number;
}


/***/ }),

/***/ 4127:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PRODUCTION_PULL_TIMING: () => (/* binding */ PRODUCTION_PULL_TIMING)
/* harmony export */ });
/* harmony import */ var _lib_timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2666);
/**
 * The pull's time limits, beside the keeper's (lib/timing.ts, whose request
 * timeout and GitHub budget the pull uses as they are). Production values
 * follow Google's guidance for the Health API; tests pass shorter ones.
 */

const PRODUCTION_PULL_TIMING = {
    ..._lib_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCTION_TIMING */ .Z,
    // Exponential backoff with full jitter from 1 s, as Google asks; about two minutes at most.
    dataApi: { maxAttempts: 6, baseDelayMs: 1_000, maxDelayMs: 32_000, maxElapsedMs: 120_000 },
    // 300 a minute per user; the window is a second longer than the server's, for network jitter.
    perUserLimit: { requests: 300, windowMs: 61_000 },
    pullLimitMs: 30 * 60_000,
};


/***/ }),

/***/ 7603:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hM: () => (/* binding */ ExplainedError)
/* harmony export */ });
/**
 * Error classes whose messages are safe to print: they never carry a token,
 * secret, code or request body. An ExplainedError says what failed; its
 * `advice` says what to do. The action and the command both report them.
 */
class ExplainedError extends Error {
    advice;
    name = 'ExplainedError';
    constructor(message, advice = '') {
        super(message);
        this.advice = advice;
    }
}
/** A malformed or missing input, found before any request. */
class InputError extends ExplainedError {
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

/***/ 3735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ escapeSummaryText),
/* harmony export */   q: () => (/* binding */ richSummaryText)
/* harmony export */ });
/**
 * Makes text safe for the job summary and the consent issue, which GitHub
 * renders as Markdown with HTML in it: our table is HTML, our notes are
 * Markdown blockquotes. Provider or GitHub text may add no tag, link, image,
 * code span or line of its own; our own sentences may hold code and links,
 * which become tags a phone can show and a thumb can tap.
 */
// Line breaks (they would end the table's HTML block or the blockquote), C0, DEL and C1
// controls, and bidirectional overrides (they could make a cell read as something else).
const BREAKS_AND_CONTROLS = 
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what the pattern removes
/\r\n|[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// HTML's specials, and the Markdown characters that open links, images, code spans, table
// cells, escapes and emphasis. Entities render as the character in HTML and in Markdown alike,
// but Markdown never reads them as syntax. `_` stays: inside words it is inert, and secret
// names and scopes are full of it.
const SPECIALS = /[&<>"'[\]`\\|*~]/g;
/** The text as it should read in the summary, on one line, with no markup of its own. */
function escapeSummaryText(text) {
    return text
        .replace(BREAKS_AND_CONTROLS, ' ')
        .replace(SPECIALS, (char) => NAMED[char] ?? `&#${char.charCodeAt(0)};`);
}
const NAMED = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// A code span, or an http(s) address up to a blank, a quote or a closing mark that ends a sentence.
const CODE_OR_LINK = /`([^`]+)`|(https?:\/\/[^\s<>"'`]*[^\s<>"'`.,;:!?)])/g;
/**
 * One of our own sentences as summary HTML: `code` becomes <code>, an http(s)
 * address a link; everything else is escaped as escapeSummaryText escapes it.
 * Never for provider or GitHub text, whose addresses must stay text.
 */
function richSummaryText(text) {
    let html = '';
    let from = 0;
    for (const match of text.matchAll(CODE_OR_LINK)) {
        html += escapeSummaryText(text.slice(from, match.index));
        const [whole, code, url] = match;
        html +=
            code !== undefined
                ? `<code>${escapeSummaryText(code)}</code>`
                : `<a href="${escapeSummaryText(url ?? '')}">${escapeSummaryText(url ?? '')}</a>`;
        from = match.index + whole.length;
    }
    return html + escapeSummaryText(text.slice(from));
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

/***/ 491:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runnerInputs)
/* harmony export */ });
/** The runner's inputs to a JavaScript action, as both actions read them. */
/** The runner passes input NAME as INPUT_NAME, upper-cased, spaces as _, hyphens kept. */
function runnerInputs(env) {
    return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
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

/***/ 8607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ secretName),
/* harmony export */   Jb: () => (/* binding */ scopeList),
/* harmony export */   Jk: () => (/* binding */ repository),
/* harmony export */   N3: () => (/* binding */ httpsUrl),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   VE: () => (/* binding */ environmentName),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   qJ: () => (/* binding */ yamlBoolean),
/* harmony export */   rf: () => (/* binding */ absoluteUrl),
/* harmony export */   tj: () => (/* binding */ apiBaseUrl),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7603);
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
const YAML_TRUE = ['true', 'True', 'TRUE'];
const YAML_FALSE = ['false', 'False', 'FALSE'];
/** A boolean input as the runner passes YAML's booleans. */
function yamlBoolean(name, value) {
    if (YAML_TRUE.includes(value))
        return true;
    if (YAML_FALSE.includes(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be true or false (got ${shown(value)})`);
}
/** 127.x.y.z, localhost or [::1]: where plain http stays on this machine. */
function isLoopbackHost(hostname) {
    return LOOPBACK_HOSTS.includes(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
function required(name, value, what) {
    if (value === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `is required: ${what}`);
    return value;
}
function optional(value, parse) {
    return value === undefined ? undefined : parse(value);
}
function oneOf(name, value, allowed) {
    const match = allowed.find((option) => option === value.toLowerCase());
    if (match === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be one of ${allowed.join(', ')} (got ${shown(value)})`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be at most ${MAX_NAME_LENGTH} characters`);
    }
    if (!SECRET_NAME.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `${shown(value)} is not a valid secret name: use letters, digits and _ only, not starting with a digit`);
    }
    if (/^GITHUB_/i.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `${shown(value)} is not allowed: secret names may not start with GITHUB_`);
    }
    return value;
}
function repository(value) {
    if (value === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('repository', 'is required: owner/name of the repository');
    }
    const [owner = '', repo = '', ...rest] = value.split('/');
    if (rest.length > 0 || !OWNER.test(owner) || !REPO.test(repo) || /^\.\.?$/.test(repo)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('repository', `must be owner/name (got ${shown(value)})`);
    }
    return { owner, repo };
}
function environmentName(value) {
    if (CONTROL_CHARACTERS.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('environment', `must not contain line breaks or other control characters (got ${shown(value)})`);
    }
    if (value === '.' || value === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('environment', `cannot be ${shown(value)}: in the API URL it would name another path, not an environment`);
    }
    if (value.length > MAX_NAME_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('environment', `must be at most ${MAX_NAME_LENGTH} characters`);
    }
    return value;
}
function absoluteUrl(name, value) {
    try {
        new URL(value);
        return value;
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be an absolute URL (got ${shown(value)})`);
    }
}
/** https only, except plain http to a loopback host (local simulators, test servers). */
function httpsUrl(name, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be an absolute https URL (got ${shown(value)})`);
    }
    if (url.username || url.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, 'must not contain credentials');
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must use https (plain http is allowed only for loopback hosts) (got '${url.protocol}//${url.host}')`);
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


/***/ }),

/***/ 673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: defaultDependencies

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./lib/src/health/pull.js + 3 modules
var pull = __webpack_require__(5994);
// EXTERNAL MODULE: ./lib/src/health/timing.js
var timing = __webpack_require__(4127);
// EXTERNAL MODULE: ./lib/src/lib/errors.js
var errors = __webpack_require__(7603);
// EXTERNAL MODULE: ./lib/src/lib/run-scope.js + 1 modules
var run_scope = __webpack_require__(7379);
// EXTERNAL MODULE: ./lib/src/lib/runner-input.js
var runner_input = __webpack_require__(491);
// EXTERNAL MODULE: ./lib/src/health/settings.js
var settings = __webpack_require__(4280);
// EXTERNAL MODULE: ./lib/src/lib/validators.js
var validators = __webpack_require__(8607);
;// CONCATENATED MODULE: ./lib/src/pull-action/inputs.js
/**
 * Every input of the pull action, read in one place: the pull's own settings
 * (shared with the command), the access token (the input, else the keeper's
 * FITBIT_ACCESS_TOKEN), and what only the action has: the job summary, the
 * public-repository guard and its GitHub token. Each problem is one
 * InputError naming the input, before any request.
 */



/** The variable the keeper exports the access token in. */
const ACCESS_TOKEN_VARIABLE = 'FITBIT_ACCESS_TOKEN';
/** Inputs whose values are masked the moment they are read. */
const SENSITIVE_INPUTS = ['access-token', 'github-token'];
function readPullInputs(input, runner, now) {
    const read = (name) => input(name)?.trim() || undefined;
    const accessToken = read('access-token') ?? (runner.exportedAccessToken?.trim() || undefined);
    if (accessToken === undefined) {
        throw new errors/* InputError */.dz('access-token', `is required: run the keeper step (OWNER/fitbit-token-keeper) before this one in the same job, so that ${ACCESS_TOKEN_VARIABLE} holds a fresh access token, or pass one in access-token`);
    }
    return {
        settings: (0,settings.readPullSettings)(read, now, runner.workspace),
        accessToken,
        summary: (0,validators/* yamlBoolean */.qJ)('summary', read('summary') ?? 'false'),
        allowPublicRepository: (0,validators/* yamlBoolean */.qJ)('allow-public-repository', read('allow-public-repository') ?? 'false'),
        githubToken: read('github-token'),
        githubApiUrl: (0,validators/* apiBaseUrl */.tj)('GITHUB_API_URL', runner.apiUrl || 'https://api.github.com'),
    };
}

// EXTERNAL MODULE: ./lib/src/health/charts.js
var charts = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/src/lib/escape.js
var lib_escape = __webpack_require__(3735);
;// CONCATENATED MODULE: ./lib/src/pull-action/outputs.js


function outputValues(result) {
    return {
        'complete-through': result.completeThrough ?? '',
        more: String(result.more),
        requests: String(result.requests),
        'files-written': String(result.filesWritten),
    };
}
function publishOutputs(actions, result) {
    for (const [name, value] of Object.entries(outputValues(result)))
        actions.setOutput(name, value);
}
/** The summary's Markdown: counts per type, then the charts when asked for. */
function summaryText(result, withCharts) {
    const rows = result.types.map((type) => `| ${type.type} | ${type.days} | ${type.requests} | ${type.filesWritten} | ${type.completeThrough ?? '–'} | ${type.failure === undefined ? 'ok' : (0,lib_escape/* escapeSummaryText */.N)(type.failure)} |`);
    const lines = [
        '# Health data pull',
        '',
        '| type | days fetched | requests | files changed | complete through | result |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
        '',
        `${result.requests} request(s) to the Google Health API, ${result.filesWritten} file(s) changed${result.more ? '; max-requests stopped the run, the next one goes on from here' : ''}.`,
        '',
    ];
    if (withCharts)
        lines.push((0,charts/* summaryCharts */.yX)(result.rows));
    return lines.join('\n');
}
async function writeSummary(summary, result, withCharts) {
    await summary.addRaw(summaryText(result, withCharts), true).write();
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/src/github/client.js
var client = __webpack_require__(5574);
;// CONCATENATED MODULE: ./lib/src/pull-action/visibility.js
/**
 * Whether the repository the pull writes into is public: health data committed
 * there, or charts in its job summary, would be readable by anyone. The event
 * that started the run says so when its payload carries `repository`; else
 * GitHub's API is asked. When neither can tell, the answer is "public": the
 * pull refuses rather than guess.
 */



async function repositoryVisibility(context) {
    const fromEvent = await eventSays(context.eventPath);
    if (fromEvent !== undefined)
        return fromEvent;
    const [owner, repo] = (context.repository ?? '').split('/');
    if (!owner || !repo || !context.githubToken) {
        throw cannotTell('GITHUB_REPOSITORY or github-token is not set');
    }
    try {
        const github = (0,client/* createGitHubClient */.LX)(context.githubToken, context.githubApiUrl, context.network);
        const { data } = await github.rest.repos.get({ owner, repo });
        return data.private ? 'private' : 'public';
    }
    catch (error) {
        throw cannotTell(`GitHub's API did not say: ${context.redactor.redact((0,errors/* errorMessage */.gJ)(error))}`);
    }
}
/** `repository.private` of the event's payload; undefined when the payload has none. */
async function eventSays(eventPath) {
    if (!eventPath)
        return undefined;
    const text = await (0,promises_.readFile)(eventPath, 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    try {
        const isPrivate = JSON.parse(text).repository
            ?.private;
        return typeof isPrivate === 'boolean' ? (isPrivate ? 'private' : 'public') : undefined;
    }
    catch {
        return undefined;
    }
}
function cannotTell(why) {
    return new errors/* ExplainedError */.hM(`Could not tell whether the repository is public (${why}), so the pull wrote nothing and sent no request to the Google Health API.`, 'Give the step a github-token that may read the repository (the default github.token does), or set allow-public-repository: true if publishing the data is what you want.');
}

;// CONCATENATED MODULE: ./lib/src/pull-action/main.js
/**
 * The pull action: inputs → masks → the public-repository guard → the pull
 * (src/health/pull.ts) → outputs and summary. It owns the single catch that
 * turns a failure into one ::error:: line. The access token is masked before
 * anything else can print it; the data's values reach only the files, and the
 * summary's charts when `summary: true`.
 */









function defaultDependencies() {
    return {
        core: core,
        env: process.env,
        now: () => new Date(),
        timing: timing.PRODUCTION_PULL_TIMING,
    };
}
async function run(deps = defaultDependencies()) {
    const { core, env } = deps;
    const scope = (0,run_scope.openRunScope)({
        timing: deps.timing,
        limitMs: deps.timing.pullLimitMs,
        log: core,
        registerMask: (value) => core.setSecret(value),
    });
    const { redactor, network, log, mask } = scope;
    const input = (0,runner_input/* runnerInputs */.a)(env);
    try {
        for (const name of SENSITIVE_INPUTS)
            mask(input(name));
        mask(env[ACCESS_TOKEN_VARIABLE]);
        const config = readPullInputs(input, {
            exportedAccessToken: env[ACCESS_TOKEN_VARIABLE],
            workspace: env.GITHUB_WORKSPACE || process.cwd(),
            apiUrl: env.GITHUB_API_URL,
        }, deps.now());
        if (!config.allowPublicRepository) {
            const visibility = await repositoryVisibility({
                eventPath: env.GITHUB_EVENT_PATH,
                repository: env.GITHUB_REPOSITORY,
                githubToken: config.githubToken,
                githubApiUrl: config.githubApiUrl,
                network,
                redactor,
            });
            if (visibility === 'public') {
                throw new errors/* ExplainedError */.hM('This repository is public: health data written here, or charts in its job summary, would be readable by anyone, so the pull wrote nothing and sent no request to the Google Health API.', 'Keep your health data in a private repository, or set allow-public-repository: true if publishing it is what you want.');
            }
        }
        const { settings } = config;
        log.info(`Pulling ${settings.types.map((type) => type.name).join(', ')} through ${settings.until} (${settings.timeZone}) into ${settings.folder}, at most ${settings.maxRequests} request(s).`);
        const result = await (0,pull.pull)(settings, {
            accessToken: config.accessToken,
            network,
            timing: deps.timing,
            redactor,
            log,
        });
        publishOutputs(core, result);
        log.info(`${result.requests} request(s), ${result.filesWritten} file(s) changed, complete through ${result.completeThrough ?? '(none yet)'}${result.more ? '; max-requests reached: the next run goes on from here' : ''}.`);
        await writeSummary(core.summary, result, config.summary).catch((error) => log.warning(`The job summary could not be written: ${(0,errors/* errorMessage */.gJ)(error)}`));
        const failed = result.types.filter((type) => type.failure !== undefined);
        if (failed.length > 0) {
            // A 401 fails every type with the same words: say them once.
            const reasons = [...new Set(failed.map((type) => type.failure))].join(' ');
            throw new errors/* ExplainedError */.hM(failed.length === result.types.length
                ? `The pull failed. ${reasons}`
                : `The pull failed for ${failed.length} of ${result.types.length} data type(s); the others were written. ${reasons}`);
        }
    }
    catch (error) {
        scope.cancel();
        const advice = error instanceof errors/* ExplainedError */.hM && error.advice ? ` ${error.advice}` : '';
        core.setFailed(redactor.redact(`${(0,errors/* errorMessage */.gJ)(error)}${advice}`));
    }
    finally {
        await scope.close();
    }
}


/***/ })

};
