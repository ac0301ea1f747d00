export const id = 373;
export const ids = [373];
export const modules = {

/***/ 1161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ DEFAULT_TYPES),
/* harmony export */   MZ: () => (/* binding */ dailyColumnsOf),
/* harmony export */   Od: () => (/* binding */ scopeOf),
/* harmony export */   fK: () => (/* binding */ valueAt),
/* harmony export */   hL: () => (/* binding */ DATA_TYPES),
/* harmony export */   qN: () => (/* binding */ dataTypeNamed),
/* harmony export */   ww: () => (/* binding */ orderKey)
/* harmony export */ });
/* unused harmony exports SCOPE_PREFIX, DAILY_COLUMNS, decimal */
/** The scopes' common prefix; each type names its suffix. */
const SCOPE_PREFIX = 'https://www.googleapis.com/auth/googlehealth.';
const REFERENCE = 'reference only (discovery health:v4; reference sheet §1, §7); not seen live';
/** Live, by a third party (reference sheet §7, added 2026-12-07). */
const LIVE_PAGES = 'live (third party): a pageSize of 10,000 answered 5,000 points and a nextPageToken';
/** In the order of daily.csv's columns (the contract's order); intraday samples have none. */
const DATA_TYPES = [
    {
        name: 'steps',
        apiPath: 'steps',
        method: 'dailyRollUp',
        rangeCapDays: 90,
        scope: 'activity_and_fitness.readonly',
        byDefault: true,
        columns: [
            {
                name: 'steps',
                unit: 'steps',
                meaning: 'Steps taken that day, as the API counts them for the day; 0 means the watch was worn and counted none.',
                value: (points) => sum(points, 'steps.countSum', 0),
            },
        ],
        evidence: `${REFERENCE}: StepsRollupValue.countSum (int64 as a string); 90-day range from DailyRollUpDataPointsRequest.range`,
    },
    {
        name: 'sleep',
        apiPath: 'sleep',
        method: 'list',
        filter: { field: 'sleep.interval.civil_end_time' },
        pageCap: 25,
        // A night belongs to the day it ends on: last night's sleep is this morning's.
        dayFrom: { instant: 'sleep.interval.endTime', offset: 'sleep.interval.endUtcOffset' },
        orderBy: 'sleep.interval.startTime',
        pointsPerDay: 1.5,
        maxRangeDays: 366,
        scope: 'sleep.readonly',
        byDefault: true,
        columns: [
            {
                name: 'sleep_minutes',
                unit: 'minutes',
                meaning: "Minutes asleep in the day's main sleep: the longest sleep that ended that day and that the API does not call a nap, usually last night's.",
                value: (points) => minutesAsleep(mainSleep(points)),
            },
            {
                name: 'nap_minutes',
                unit: 'minutes',
                meaning: "Minutes asleep in the day's other sleeps (naps) that ended that day; 0 when the day had only its main sleep.",
                value: (points) => napMinutes(points),
            },
        ],
        evidence: `${REFERENCE}: filter sleep.interval.civil_end_time (the reference's "session civil end time, sleep specific"; it lists only end-time filters for sleep), SessionTimeInterval endTime and endUtcOffset, page size at most 25, Sleep.summary.minutesAsleep (int64 as a string), Sleep.metadata.nap (output only: "sleeps without stages and relatively short durations"), createTime/updateTime output only`,
    },
    {
        name: 'daily-resting-heart-rate',
        apiPath: 'daily-resting-heart-rate',
        method: 'list',
        filter: { field: 'daily_resting_heart_rate.date' },
        pageCap: 5_000,
        dayFrom: { date: 'dailyRestingHeartRate.date' },
        orderBy: 'dailyRestingHeartRate.date',
        pointsPerDay: 1,
        maxRangeDays: 366,
        scope: 'health_metrics_and_measurements.readonly',
        byDefault: true,
        columns: [
            {
                name: 'resting_heart_rate_bpm',
                unit: 'beats per minute',
                meaning: "The day's resting heart rate, as the API computes it from the day and its night.",
                value: (points) => last(points, 'dailyRestingHeartRate.beatsPerMinute', 0),
            },
        ],
        evidence: `${REFERENCE}: filter daily_resting_heart_rate.date, DailyRestingHeartRate.beatsPerMinute (int64 as a string); pages of at most 5,000 as ${LIVE_PAGES} for heart rate`,
    },
    {
        name: 'heart-rate',
        apiPath: 'heart-rate',
        method: 'dailyRollUp',
        rangeCapDays: 14,
        scope: 'health_metrics_and_measurements.readonly',
        byDefault: true,
        columns: [
            {
                name: 'heart_rate_min_bpm',
                unit: 'beats per minute',
                meaning: 'The lowest heart rate the watch measured that day.',
                value: (points) => last(points, 'heartRate.beatsPerMinuteMin', 0),
            },
            {
                name: 'heart_rate_avg_bpm',
                unit: 'beats per minute',
                meaning: 'The average of the heart rates the watch measured that day.',
                value: (points) => last(points, 'heartRate.beatsPerMinuteAvg', 1),
            },
            {
                name: 'heart_rate_max_bpm',
                unit: 'beats per minute',
                meaning: 'The highest heart rate the watch measured that day.',
                value: (points) => last(points, 'heartRate.beatsPerMinuteMax', 0),
            },
        ],
        evidence: `${REFERENCE}: HeartRateRollupValue.beatsPerMinuteMin/Avg/Max (doubles); 14-day range`,
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
                unit: 'kilometres',
                meaning: 'The distance walked and run that day, in kilometres.',
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
        columns: [
            {
                name: 'floors',
                unit: 'floors',
                meaning: 'Floors climbed that day (a floor is about 3 metres of climb).',
                value: (points) => sum(points, 'floors.countSum', 0),
            },
        ],
        evidence: `${REFERENCE}: FloorsRollupValue.countSum (int64 as a string); 90-day range`,
    },
    {
        name: 'total-calories',
        apiPath: 'total-calories',
        method: 'dailyRollUp',
        rangeCapDays: 14,
        scope: 'activity_and_fitness.readonly',
        byDefault: false,
        columns: [
            {
                name: 'calories_kcal',
                unit: 'kilocalories',
                meaning: 'Energy burned that day, at rest and in activity together, in kilocalories.',
                value: (points) => sum(points, 'totalCalories.kcalSum', 0),
            },
        ],
        evidence: `${REFERENCE}: TotalCaloriesRollupValue.kcalSum (double); 14-day range`,
    },
    {
        name: 'heart-rate-samples',
        apiPath: 'heart-rate',
        method: 'list',
        filter: { field: 'heart_rate.sample_time.civil_time' },
        pageCap: 5_000,
        dayFrom: {
            instant: 'heartRate.sampleTime.physicalTime',
            offset: 'heartRate.sampleTime.utcOffset',
        },
        orderBy: 'heartRate.sampleTime.physicalTime',
        // Live: a sample about every 2 s, some 37,000 on an active day; the run learns the person's own.
        pointsPerDay: 37_000,
        maxRangeDays: 31,
        rangePages: 1,
        // civilTime is left out: physicalTime and utcOffset give it.
        compactColumns: [
            'heartRate.sampleTime.physicalTime',
            'heartRate.sampleTime.utcOffset',
            'heartRate.beatsPerMinute',
        ],
        scope: 'health_metrics_and_measurements.readonly',
        byDefault: false,
        columns: [],
        evidence: `${REFERENCE}: filter heart_rate.sample_time.civil_time (the reference's "sample observation civil time"), SampleTime physicalTime and utcOffset, HeartRate.beatsPerMinute (int64 as a string); ${LIVE_PAGES}, a median of 2 s between samples (about 37,000 a day), and an empty page may still carry a token`,
    },
    {
        name: 'daily-heart-rate-variability',
        apiPath: 'daily-heart-rate-variability',
        method: 'list',
        filter: { field: 'daily_heart_rate_variability.date' },
        pageCap: 5_000,
        dayFrom: { date: 'dailyHeartRateVariability.date' },
        orderBy: 'dailyHeartRateVariability.date',
        pointsPerDay: 1,
        maxRangeDays: 366,
        scope: 'health_metrics_and_measurements.readonly',
        byDefault: false,
        columns: [
            {
                name: 'hrv_ms',
                unit: 'milliseconds',
                meaning: 'Heart rate variability: the average variation between heartbeats during the night that ended that day, in milliseconds.',
                value: (points) => last(points, 'dailyHeartRateVariability.averageHeartRateVariabilityMilliseconds', 1),
            },
        ],
        evidence: `${REFERENCE}: filter daily_heart_rate_variability.date (the reference's own example), averageHeartRateVariabilityMilliseconds (double); pages of at most 5,000 as ${LIVE_PAGES} for heart rate`,
    },
    {
        name: 'daily-oxygen-saturation',
        apiPath: 'daily-oxygen-saturation',
        method: 'list',
        filter: { field: 'daily_oxygen_saturation.date' },
        pageCap: 5_000,
        dayFrom: { date: 'dailyOxygenSaturation.date' },
        orderBy: 'dailyOxygenSaturation.date',
        pointsPerDay: 1,
        maxRangeDays: 366,
        scope: 'health_metrics_and_measurements.readonly',
        byDefault: false,
        columns: [
            {
                name: 'spo2_percent',
                unit: 'percent',
                meaning: 'Blood oxygen saturation (SpO2): the average during the night that ended that day, in percent.',
                value: (points) => last(points, 'dailyOxygenSaturation.averagePercentage', 1),
            },
        ],
        evidence: `${REFERENCE}: filter daily_oxygen_saturation.date, DailyOxygenSaturation.averagePercentage (double); pages of at most 5,000 as ${LIVE_PAGES} for heart rate`,
    },
    {
        name: 'weight',
        apiPath: 'weight',
        method: 'list',
        filter: { field: 'weight.sample_time.civil_time' },
        pageCap: 5_000,
        dayFrom: { instant: 'weight.sampleTime.physicalTime', offset: 'weight.sampleTime.utcOffset' },
        orderBy: 'weight.sampleTime.physicalTime',
        pointsPerDay: 1,
        maxRangeDays: 366,
        scope: 'health_metrics_and_measurements.readonly',
        byDefault: false,
        columns: [
            {
                name: 'weight_kg',
                unit: 'kilograms',
                meaning: "The day's last weighing, in kilograms.",
                value: (points) => scaled(last(points, 'weight.weightGrams'), 1e-3, 2),
            },
        ],
        evidence: `${REFERENCE}: filter weight.sample_time.civil_time (the reference's own example), SampleTime physicalTime and utcOffset, Weight.weightGrams (double); pages of at most 5,000 as ${LIVE_PAGES} for heart rate`,
    },
];
const DEFAULT_TYPES = DATA_TYPES.filter((type) => type.byDefault);
/** The registry's entry for `name`; undefined for a name it does not know. */
function dataTypeNamed(name) {
    return DATA_TYPES.find((type) => type.name === name);
}
/** Every daily.csv column, in the contract's order (the registry's). */
const DAILY_COLUMNS = DATA_TYPES.flatMap((type) => type.columns);
/**
 * daily.csv's columns for the types a folder holds, in the contract's order
 * whatever order the types come in: a type added later adds its columns.
 */
function dailyColumnsOf(typeNames) {
    const held = new Set(typeNames);
    return DATA_TYPES.filter((type) => held.has(type.name)).flatMap((type) => type.columns);
}
/** The value at a dotted path into a point (`sleep.interval.endTime`). */
function valueAt(point, path) {
    let value = point;
    for (const key of keysOf(path)) {
        if (typeof value !== 'object' || value === null)
            return undefined;
        value = value[key];
    }
    return value;
}
/** A path's keys, split once: intraday samples ask for the same few paths tens of thousands of times. */
const PATH_KEYS = new Map();
function keysOf(path) {
    let keys = PATH_KEYS.get(path);
    if (keys === undefined) {
        keys = path.split('.');
        PATH_KEYS.set(path, keys);
    }
    return keys;
}
/** A day's point as what it is ordered by; days themselves order as strings. */
function orderKey(type, point) {
    const path = type.method === 'dailyRollUp' ? 'civilStartTime.date' : type.orderBy;
    const value = valueAt(point, path);
    if (typeof value === 'string') {
        // An instant orders as its UTC text with milliseconds, whatever fraction it was written with.
        const instant = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
        return Number.isNaN(instant) ? value : new Date(instant).toISOString();
    }
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
/**
 * The day's main sleep: the longest of the sleeps that ended that day and
 * that the API does not call a nap (`metadata.nap`); undefined on a day whose
 * only sleeps were naps, or that has none.
 */
function mainSleep(points) {
    let main;
    for (const point of points) {
        if (valueAt(point, 'sleep.metadata.nap') === true)
            continue;
        if (main === undefined || sleepLength(point) > sleepLength(main))
            main = point;
    }
    return main;
}
/** Minutes asleep in every sleep of the day but its main one; undefined on a day without sleep. */
function napMinutes(points) {
    if (points.length === 0)
        return undefined;
    const main = mainSleep(points);
    const naps = points.filter((point) => point !== main);
    return sum(naps, 'sleep.summary.minutesAsleep', 0) ?? '0';
}
function minutesAsleep(sleep) {
    return sleep === undefined ? undefined : sum([sleep], 'sleep.summary.minutesAsleep', 0);
}
/** A sleep's length in ms, from its interval; 0 when it has none. */
function sleepLength(point) {
    const start = Date.parse(String(valueAt(point, 'sleep.interval.startTime')));
    const end = Date.parse(String(valueAt(point, 'sleep.interval.endTime')));
    return Number.isFinite(end - start) ? end - start : 0;
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

/***/ 8607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ secretName),
/* harmony export */   Jb: () => (/* binding */ scopeList),
/* harmony export */   Jk: () => (/* binding */ repository),
/* harmony export */   Kg: () => (/* binding */ hasControlCharacters),
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
    if (hasControlCharacters(value)) {
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
/** Whether a value holds C0, DEL or C1 controls (a line break among them). */
function hasControlCharacters(value) {
    return CONTROL_CHARACTERS.test(value);
}
/** A value quoted for an error message: control characters and line breaks escaped, never raw. */
function shown(value) {
    const escaped = value.replace(UNPRINTABLE, (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `'${escaped}'`;
}


/***/ })

};
