export const id = 844;
export const ids = [844,127];
export const modules = {

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

/***/ 2844:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: defaultDependencies

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 19 modules
var core = __webpack_require__(4952);
// EXTERNAL MODULE: ./lib/src/health/pull.js + 3 modules
var pull = __webpack_require__(5994);
// EXTERNAL MODULE: ./lib/src/health/timing.js
var timing = __webpack_require__(4127);
// EXTERNAL MODULE: ./lib/src/lib/errors.js
var errors = __webpack_require__(7603);
// EXTERNAL MODULE: ./lib/src/lib/run-scope.js + 2 modules
var run_scope = __webpack_require__(4679);
// EXTERNAL MODULE: ./lib/src/health/settings.js
var settings = __webpack_require__(4280);
// EXTERNAL MODULE: ./lib/src/lib/validators.js
var validators = __webpack_require__(8607);
;// CONCATENATED MODULE: ./lib/src/pull/inputs.js
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
;// CONCATENATED MODULE: ./lib/src/pull/outputs.js


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
// EXTERNAL MODULE: ./lib/src/github/client.js + 23 modules
var client = __webpack_require__(8630);
;// CONCATENATED MODULE: ./lib/src/pull/visibility.js
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

;// CONCATENATED MODULE: ./lib/src/pull/main.js
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
    const scope = (0,run_scope/* openRunScope */.G)({
        timing: deps.timing,
        limitMs: deps.timing.pullLimitMs,
        log: core,
        registerMask: (value) => core.setSecret(value),
    });
    const { redactor, network, log, mask } = scope;
    const input = (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
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
