export const id = 280;
export const ids = [280];
export const modules = {

/***/ 964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iq: () => (/* binding */ parseDay),
/* harmony export */   L2: () => (/* binding */ dayAtOffset),
/* harmony export */   NU: () => (/* binding */ later),
/* harmony export */   Ou: () => (/* binding */ dateMessage),
/* harmony export */   Q4: () => (/* binding */ daysFrom),
/* harmony export */   X: () => (/* binding */ earlier),
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   eO: () => (/* binding */ yesterdayIn),
/* harmony export */   fi: () => (/* binding */ addDays),
/* harmony export */   kQ: () => (/* binding */ isTimeZone),
/* harmony export */   kb: () => (/* binding */ dayOf),
/* harmony export */   nm: () => (/* binding */ dayOfMessage),
/* harmony export */   rH: () => (/* binding */ parseUtcOffset)
/* harmony export */ });
/**
 * Civil days, `YYYY-MM-DD`: the day of an instant on a clock with a given UTC
 * offset (a point's own, as the API returns it), and in an IANA time zone,
 * with Intl only (for "yesterday", and a point that carries no offset); day
 * arithmetic; the API's `Date` message.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** No zone is further than this from UTC (the range is -12 h to +14 h), with room to spare. */
const WIDEST_OFFSET_MS = 26 * 3_600_000;
const formatters = new Map();
/** True when Intl knows the zone (an IANA name such as Europe/Berlin, or UTC). */
function isTimeZone(name) {
    try {
        formatterFor(name);
        return true;
    }
    catch {
        return false;
    }
}
/** The day, when `text` is a real calendar date written `YYYY-MM-DD`; undefined otherwise. */
function parseDay(text) {
    const match = DAY.exec(text);
    if (!match)
        return undefined;
    const [, year, month, day] = match.map(Number);
    const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
    return date.getUTCFullYear() === year &&
        date.getUTCMonth() + 1 === month &&
        date.getUTCDate() === day &&
        (year ?? 0) >= 1
        ? text
        : undefined;
}
/** `day` plus `count` days (negative: earlier). */
function addDays(day, count) {
    return new Date(utcMidnight(day) + count * MS_PER_DAY).toISOString().slice(0, 10);
}
/** How many days from `from` to `to`: 0 for the same day, negative when `to` is earlier. */
function daysBetween(from, to) {
    return Math.round((utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY);
}
/** Every day from `from` through `through`, oldest first; empty when `through` is earlier. */
function daysFrom(from, through) {
    const count = daysBetween(from, through) + 1;
    return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(from, index));
}
/** The earlier of two days. */
function earlier(a, b) {
    return a <= b ? a : b;
}
/** The later of two days. */
function later(a, b) {
    return a >= b ? a : b;
}
/** The day `instant` falls on in `timeZone`. */
function dayOf(instant, timeZone) {
    const parts = formatterFor(timeZone).formatToParts(instant);
    const value = (type) => parts.find((part) => part.type === type)?.value ?? '';
    return `${value('year').padStart(4, '0')}-${value('month')}-${value('day')}`;
}
/** The day `instant` falls on for a clock `offsetMs` ahead of UTC (negative: behind). */
function dayAtOffset(instant, offsetMs) {
    const index = Math.floor((instant + offsetMs) / MS_PER_DAY);
    let day = DAYS_BY_INDEX.get(index);
    if (day === undefined) {
        day = new Date(index * MS_PER_DAY).toISOString().slice(0, 10);
        if (DAYS_BY_INDEX.size > 10_000)
            DAYS_BY_INDEX.clear();
        DAYS_BY_INDEX.set(index, day);
    }
    return day;
}
/** Days by their number since 1970: tens of thousands of samples a day ask for the same one. */
const DAYS_BY_INDEX = new Map();
/**
 * A UTC offset as the API writes it (a google-duration such as "3600s",
 * "-25200s" or "19800.000s"), in ms; undefined when it is not one, or further
 * from UTC than any zone is.
 */
function parseUtcOffset(text) {
    if (typeof text !== 'string')
        return undefined;
    const known = OFFSETS.get(text);
    if (known !== undefined)
        return known;
    const match = /^(-?\d{1,6}(?:\.\d{1,9})?)s$/.exec(text);
    if (!match)
        return undefined;
    const ms = Math.round(Number(match[1]) * 1000);
    if (Math.abs(ms) > WIDEST_OFFSET_MS)
        return undefined;
    if (OFFSETS.size < 1_000)
        OFFSETS.set(text, ms);
    return ms;
}
/** Offsets read so far: a person has a handful, written on every one of their samples. */
const OFFSETS = new Map();
/** The day before the one `now` falls on: the last complete day in `timeZone`. */
function yesterdayIn(timeZone, now) {
    return addDays(dayOf(now, timeZone), -1);
}
/** The API's `Date` message for a day. */
function dateMessage(day) {
    const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
    return { year, month, day: date };
}
/** A day out of the API's `Date` message; undefined when it is not a full date. */
function dayOfMessage(message) {
    if (typeof message !== 'object' || message === null)
        return undefined;
    const { year, month, day } = message;
    if (typeof year !== 'number' || typeof month !== 'number' || typeof day !== 'number') {
        return undefined;
    }
    return parseDay(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}
function utcMidnight(day) {
    const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
    return Date.UTC(year, month - 1, date);
}
function formatterFor(timeZone) {
    let formatter = formatters.get(timeZone);
    if (formatter === undefined) {
        formatter = new Intl.DateTimeFormat('en-US', {
            timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            // The proleptic Gregorian calendar, whatever the locale data says.
            calendar: 'gregory',
            numberingSystem: 'latn',
        });
        formatters.set(timeZone, formatter);
    }
    return formatter;
}


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


/***/ })

};
