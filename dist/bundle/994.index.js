export const id = 994;
export const ids = [994];
export const modules = {

/***/ 3024:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KG: () => (/* binding */ DATA_README),
/* harmony export */   S2: () => (/* binding */ dataReadmeText),
/* harmony export */   yX: () => (/* binding */ summaryCharts)
/* harmony export */ });
/* harmony import */ var _civil_days_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(964);
/* harmony import */ var _daily_csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5789);
/* harmony import */ var _data_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1161);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(936);
/**
 * Charts GitHub draws itself: Mermaid `xychart-beta` blocks in Markdown, for
 * the folder's README.md (the last 30 days of steps and sleep, a year of
 * resting heart rate) and, when the person asks for it, the job summary (the
 * last 14 days). Built from daily.csv's rows only, and ending at the newest
 * day held, so the same data always gives the same text.
 */




const DATA_README = 'README.md';
function dataReadmeText(rows, holdings) {
    const lines = [
        '# Health data',
        '',
        'Written by `fitbit-token-keeper pull` from the Google Health API and regenerated on every run:',
        'edits to this file are lost.',
        '',
        `- [\`${_daily_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .DAILY_CSV */ .PL}\`](${_daily_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .DAILY_CSV */ .PL}): one row per day, one column per daily figure, empty where there is none.`,
        '- `<type>/<YYYY>/<YYYY-MM-DD>.json`: what the API holds for that type on that day (an empty list: no data).',
        `- \`${_state_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE_FILE */ .bv}\`: per type, the last day known complete; the next run goes on from there.`,
        '',
        '| type | days | from | through |',
        '| --- | --- | --- | --- |',
        ...holdings
            .filter((type) => type.days.length > 0)
            .map((type) => `| ${type.name} | ${type.days.length} | ${type.days[0]} | ${type.days[type.days.length - 1]} |`),
        '',
        ...chartSections(rows, 30, 'year'),
    ];
    return `${lines.join('\n')}\n`;
}
/** The job summary's charts: the last `days` days, steps, sleep and resting heart rate. */
function summaryCharts(rows, days = 14) {
    return chartSections(rows, days, 'window').join('\n');
}
function chartSections(rows, days, restingSpan) {
    const newest = rows[rows.length - 1]?.date;
    if (newest === undefined)
        return ['No days are held yet.', ''];
    const steps = dailySeries(rows, newest, days, (row) => row.values.steps);
    const sleep = dailySeries(rows, newest, days, (row) => hours(row.values.sleep_minutes));
    const resting = restingSpan === 'year'
        ? weeklySeries(rows, newest, 52, (row) => row.values.resting_heart_rate)
        : dailySeries(rows, newest, days, (row) => row.values.resting_heart_rate);
    return [
        `## Steps, last ${days} days`,
        '',
        ...chart('Steps per day', 'steps', 'bar', steps, 'step'),
        `## Sleep, last ${days} days`,
        '',
        ...chart('Hours asleep per night', 'hours', 'bar', sleep, 'sleep'),
        restingSpan === 'year'
            ? '## Resting heart rate, last 12 months (weekly average)'
            : `## Resting heart rate, last ${days} days`,
        '',
        ...chart('Resting heart rate', 'beats per minute', 'line', resting, 'resting heart rate'),
    ];
}
/**
 * One chart. Bars of days without a value are drawn as 0 (xychart has no gaps)
 * and counted below it; a line leaves such days out.
 */
function chart(title, unit, kind, series, what) {
    const missing = series.filter((point) => point.value === undefined).length;
    if (missing === series.length)
        return [`_No ${what} data in these days._`, ''];
    const drawn = kind === 'bar' ? series : series.filter((point) => point.value !== undefined);
    const lines = [
        '```mermaid',
        'xychart-beta',
        `  title "${title}"`,
        `  x-axis [${drawn.map((point) => `"${point.label}"`).join(', ')}]`,
        `  y-axis "${unit}"`,
        `  ${kind} [${drawn.map((point) => (0,_data_types_js__WEBPACK_IMPORTED_MODULE_2__/* .decimal */ ._)(point.value ?? 0, 1)).join(', ')}]`,
        '```',
        '',
    ];
    if (kind === 'bar' && missing > 0) {
        lines.push(`_${missing} of ${series.length} days have no ${what} data: no bar._`, '');
    }
    return lines;
}
/** The `days` days ending at `newest`. */
function dailySeries(rows, newest, days, pick) {
    const byDay = new Map(rows.map((row) => [row.date, pick(row)]));
    return Array.from({ length: days }, (_, index) => {
        const day = (0,_civil_days_js__WEBPACK_IMPORTED_MODULE_0__/* .addDays */ .fi)(newest, index - days + 1);
        const value = byDay.get(day);
        return { label: day.slice(5), value: value === undefined ? undefined : Number(value) };
    });
}
/** Weekly averages over the `weeks` weeks ending at `newest`. */
function weeklySeries(rows, newest, weeks, pick) {
    const first = (0,_civil_days_js__WEBPACK_IMPORTED_MODULE_0__/* .addDays */ .fi)(newest, -(weeks * 7 - 1));
    const sums = Array.from({ length: weeks }, () => ({ total: 0, count: 0 }));
    for (const row of rows) {
        const value = pick(row);
        const offset = (0,_civil_days_js__WEBPACK_IMPORTED_MODULE_0__/* .daysBetween */ .YM)(first, row.date);
        const week = sums[Math.floor(offset / 7)];
        if (value === undefined || offset < 0 || week === undefined)
            continue;
        week.total += Number(value);
        week.count += 1;
    }
    return sums.map((week, index) => ({
        label: (0,_civil_days_js__WEBPACK_IMPORTED_MODULE_0__/* .addDays */ .fi)(first, index * 7).slice(5),
        value: week.count === 0 ? undefined : week.total / week.count,
    }));
}
function hours(minutes) {
    return minutes === undefined ? undefined : (0,_data_types_js__WEBPACK_IMPORTED_MODULE_2__/* .decimal */ ._)(Number(minutes) / 60, 1);
}


/***/ }),

/***/ 964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GH: () => (/* binding */ startOf),
/* harmony export */   Iq: () => (/* binding */ parseDay),
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
/* harmony export */   vE: () => (/* binding */ timestamp)
/* harmony export */ });
/* unused harmony export boundsOf */
/**
 * Civil days in an IANA time zone, with Intl only: which day an instant falls
 * on, and the instants a day begins and ends at. A day is `YYYY-MM-DD`; it
 * lasts 23 or 25 hours where the zone changes to or from daylight saving time,
 * and it begins at the first instant whose local date is that day (not always
 * 00:00: some zones skip midnight).
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** No zone is further than this from UTC (the range is -12 h to +14 h). */
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
/** The day before the one `now` falls on: the last complete day in `timeZone`. */
function yesterdayIn(timeZone, now) {
    return addDays(dayOf(now, timeZone), -1);
}
/** The first instant (epoch ms) of `day` in `timeZone`. */
function startOf(day, timeZone) {
    // The local date only moves forward as time passes, so the day's first instant is the
    // first one whose date is not before it: a binary search over a window that holds it.
    let low = utcMidnight(day) - WIDEST_OFFSET_MS; // before the day, in every zone
    let high = utcMidnight(day) + WIDEST_OFFSET_MS; // inside or after it, in every zone
    while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (dayOf(middle, timeZone) < day)
            low = middle;
        else
            high = middle;
    }
    return high;
}
/** The instants `day` spans in `timeZone`: [start, end), 23, 24 or 25 hours long. */
function boundsOf(day, timeZone) {
    return { start: startOf(day, timeZone), end: startOf(addDays(day, 1), timeZone) };
}
/** An instant as the API's timestamps write it: RFC 3339 in UTC, whole seconds. */
function timestamp(instant) {
    return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
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

/***/ 5789:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ collectDailyRows),
/* harmony export */   PL: () => (/* binding */ DAILY_CSV),
/* harmony export */   xW: () => (/* binding */ dailyCsvText)
/* harmony export */ });
/* harmony import */ var _data_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1161);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5050);


const DAILY_CSV = 'daily.csv';
const PARALLEL_READS = 16;
/** Every day any type has a file for, oldest first, with the figures of each. */
async function collectDailyRows(folder) {
    const byDay = new Map();
    for (const type of _data_types_js__WEBPACK_IMPORTED_MODULE_0__/* .DATA_TYPES */ .hL) {
        if (type.columns.length === 0)
            continue;
        const days = await (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .daysHeld */ .XJ)(folder, type);
        // Read a few at a time: a year is hundreds of small files.
        for (let index = 0; index < days.length; index += PARALLEL_READS) {
            const batch = days.slice(index, index + PARALLEL_READS);
            const points = await Promise.all(batch.map((day) => (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readDayPoints */ .Ol)(folder, type, day)));
            batch.forEach((day, at) => {
                const values = byDay.get(day) ?? {};
                byDay.set(day, values);
                for (const column of type.columns) {
                    const value = column.value(points[at] ?? []);
                    if (value !== undefined)
                        values[column.name] = value;
                }
            });
        }
    }
    return [...byDay.keys()].sort().map((date) => ({ date, values: byDay.get(date) ?? {} }));
}
function dailyCsvText(rows) {
    const lines = [
        ['date', ..._data_types_js__WEBPACK_IMPORTED_MODULE_0__/* .DAILY_COLUMNS */ .W3].join(','),
        ...rows.map((row) => [row.date, ..._data_types_js__WEBPACK_IMPORTED_MODULE_0__/* .DAILY_COLUMNS */ .W3.map((column) => row.values[column] ?? '')].join(',')),
    ];
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 5050:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I7: () => (/* binding */ dayFilePath),
/* harmony export */   Ol: () => (/* binding */ readDayPoints),
/* harmony export */   Vw: () => (/* binding */ writeIfChanged),
/* harmony export */   XJ: () => (/* binding */ daysHeld),
/* harmony export */   wn: () => (/* binding */ dayFileText)
/* harmony export */ });
/* unused harmony export pointsField */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _civil_days_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(964);
/* harmony import */ var _data_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1161);
/**
 * The day files: `<folder>/<type>/<YYYY>/<YYYY-MM-DD>.json`, what the API holds
 * for that type on that day, in canonical JSON: keys sorted, the API's own
 * field names, points oldest first, no field that changes from one fetch to
 * the next (createTime, updateTime). A file is written only when its text
 * changed, so a run over unchanged data leaves every byte as it was and a git
 * diff shows what the API corrected. Intraday samples are stored compactly:
 * one row per sample.
 */




/** Output-only fields that record when Google stored or touched a point, not what it says. */
const VOLATILE_FIELDS = new Set(['createTime', 'updateTime']);
function dayFilePath(folder, type, day) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, type.name, day.slice(0, 4), `${day}.json`);
}
/** The field the API puts the points under, kept as the file's own. */
function pointsField(type) {
    return type.method === 'dailyRollUp' ? 'rollupDataPoints' : 'dataPoints';
}
/** The file's text for a day's points (in any order, volatile fields and all). */
function dayFileText(type, points) {
    const ordered = points
        .map((point) => canonical(point))
        .map((point) => ({ point, key: (0,_data_types_js__WEBPACK_IMPORTED_MODULE_3__/* .orderKey */ .ww)(type, point), text: JSON.stringify(point) }))
        .sort((a, b) => compare(a.key, b.key) || compare(a.text, b.text));
    if (type.method === 'list' && type.compactColumns) {
        const columns = type.compactColumns;
        const rows = ordered.map(({ point }) => JSON.stringify(columns.map((path) => (0,_data_types_js__WEBPACK_IMPORTED_MODULE_3__/* .valueAt */ .fK)(point, path) ?? null)));
        const body = rows.length === 0 ? '[]' : `[\n    ${rows.join(',\n    ')}\n  ]`;
        return `{\n  "columns": ${JSON.stringify(columns)},\n  "rows": ${body}\n}\n`;
    }
    const field = pointsField(type);
    return `${JSON.stringify({ [field]: ordered.map(({ point }) => point) }, null, 2)}\n`;
}
/**
 * Writes `text` unless the file holds it already; true when it wrote. The text
 * goes to a file beside it first, then takes its name, so a run cut short
 * never leaves half a file.
 */
async function writeIfChanged(path, text) {
    const current = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8').catch(() => undefined);
    if (current === text)
        return false;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temporary, text);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, path);
    return true;
}
/** The points of a day file; undefined when the day was not fetched yet. */
async function readDayPoints(folder, type, day) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(dayFilePath(folder, type, day), 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    const json = JSON.parse(text);
    const points = json[pointsField(type)];
    return Array.isArray(points) ? points : [];
}
/** The days a type has a file for, oldest first. */
async function daysHeld(folder, type) {
    const typeFolder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, type.name);
    const years = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(typeFolder).catch(() => []);
    const days = [];
    for (const year of years.filter((name) => /^\d{4}$/.test(name))) {
        for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(typeFolder, year)).catch(() => [])) {
            const day = name.endsWith('.json') ? (0,_civil_days_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDay */ .Iq)(name.slice(0, -5)) : undefined;
            if (day?.startsWith(year))
                days.push(day);
        }
    }
    return days.sort();
}
/** Keys sorted at every level, volatile fields left out. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (typeof value !== 'object' || value === null)
        return value;
    return Object.fromEntries(Object.keys(value)
        .filter((key) => !VOLATILE_FIELDS.has(key))
        .sort()
        .map((key) => [key, canonical(value[key])]));
}
/** Code-unit order: the same on every machine, whatever its locale. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 5994:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dayOfPoint: () => (/* binding */ dayOfPoint),
  filterFor: () => (/* binding */ filterFor),
  pull: () => (/* binding */ pull)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/health/charts.js
var charts = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/src/health/civil-days.js
var civil_days = __webpack_require__(964);
// EXTERNAL MODULE: ./lib/src/health/daily-csv.js
var daily_csv = __webpack_require__(5789);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./lib/src/lib/errors.js
var errors = __webpack_require__(7603);
// EXTERNAL MODULE: ./lib/src/lib/http.js
var http = __webpack_require__(8500);
// EXTERNAL MODULE: ./lib/src/lib/retry.js
var retry = __webpack_require__(9516);
// EXTERNAL MODULE: ./lib/src/lib/retry-policy.js
var retry_policy = __webpack_require__(9495);
;// CONCATENATED MODULE: ./lib/src/health/data-client.js
/**
 * Requests to the Google Health API's data points, over the run's undici
 * dispatcher: every request counted against `max-requests`, paced by the
 * per-user limiter, retried on the shared policy (429 with its Retry-After,
 * 500, 503, 504, failed connections), every page followed, and a roll-up
 * range the API calls too wide split in two until it is not.
 */






const USER_AGENT = 'fitbit-token-keeper';
/** A page of 10,000 heart-rate samples is a few MB; anything far larger is not a page. */
const MAX_REPLY_BYTES = 64 * 1024 * 1024;
/** Only these statuses are worth another try (Google: 429, 503, 504; and 500). */
const RETRIED_STATUSES = [429, 500, 503, 504];
/** max-requests is used up: the run stops here and the next one goes on. */
class BudgetSpentError extends Error {
    name = 'BudgetSpentError';
}
/** How many requests this run may still send to the data API. */
class RequestBudget {
    max;
    sent = 0;
    constructor(max) {
        this.max = max;
    }
    get left() {
        return this.max - this.sent;
    }
    take() {
        if (this.sent >= this.max)
            throw new BudgetSpentError(`max-requests (${this.max}) reached`);
        this.sent += 1;
    }
}
/** A failed data API request: the status, Google's words for it (redacted), no request body. */
class DataApiError extends errors/* ExplainedError */.hM {
    status;
    reason;
    retryAfter;
    name = 'DataApiError';
    constructor(message, 
    /** Undefined when no reply arrived. */
    status, 
    /** Google's reason (ErrorInfo.reason, e.g. INVALID_DATA_POINT_FILTER) or status (PERMISSION_DENIED). */
    reason, retryAfter = undefined) {
        super(message);
        this.status = status;
        this.reason = reason;
        this.retryAfter = retryAfter;
    }
}
function createDataClient(options) {
    const base = `${options.apiUrl}/v4/users/me/dataTypes`;
    return {
        listPage: (type, filter, pageToken) => {
            const query = new URLSearchParams({ pageSize: String(type.pageCap), filter });
            if (pageToken !== undefined)
                query.set('pageToken', pageToken);
            const url = `${base}/${type.apiPath}/dataPoints?${query}`;
            return sendWithRetries(options, { method: 'GET', url, body: undefined, field: 'dataPoints' });
        },
        rollUpPage: (type, from, through, pageToken) => {
            const body = {
                range: {
                    start: { date: (0,civil_days/* dateMessage */.Ou)(from) },
                    end: { date: (0,civil_days/* dateMessage */.Ou)((0,civil_days/* addDays */.fi)(through, 1)) }, // the end is exclusive
                },
                windowSizeDays: 1,
                ...(pageToken === undefined ? {} : { pageToken }),
            };
            const url = `${base}/${type.apiPath}/dataPoints:dailyRollUp`;
            return sendWithRetries(options, {
                method: 'POST',
                url,
                body: JSON.stringify(body),
                field: 'rollupDataPoints',
            });
        },
    };
}
/** Every point of a listing, every page followed. */
async function listAll(client, type, filter) {
    const points = [];
    let pageToken;
    do {
        const page = await client.listPage(type, filter, pageToken);
        points.push(...page.points);
        pageToken = page.nextPageToken;
    } while (pageToken !== undefined);
    return points;
}
/**
 * Every roll-up point of [from, through]. A 400 for a range wider than a day is
 * taken as "too wide" (the range caps are not confirmed on the live API): the
 * range is split in two and each half asked for; `widest` reports the widest
 * range that was answered, so later ranges of the run can start there.
 */
async function rollUpAll(client, type, from, through) {
    const days = (0,civil_days/* daysBetween */.YM)(from, through) + 1;
    try {
        const points = [];
        let pageToken;
        do {
            const page = await client.rollUpPage(type, from, through, pageToken);
            points.push(...page.points);
            pageToken = page.nextPageToken;
        } while (pageToken !== undefined);
        return { points, widest: days };
    }
    catch (error) {
        if (!(error instanceof DataApiError) || error.status !== 400 || days <= 1)
            throw error;
        const firstHalf = Math.ceil(days / 2);
        const older = await rollUpAll(client, type, from, (0,civil_days/* addDays */.fi)(from, firstHalf - 1));
        const newer = await rollUpAll(client, type, (0,civil_days/* addDays */.fi)(from, firstHalf), through);
        return {
            points: [...older.points, ...newer.points],
            widest: Math.min(older.widest, newer.widest),
        };
    }
}
async function sendWithRetries(options, ask) {
    const { budget, limiter, network, timing } = options;
    try {
        const { value } = await (0,retry/* withRetries */.LH)(async () => {
            budget.take();
            await limiter.acquire(network.signal);
            return sendOnce(options, ask);
        }, (error) => judge(error, timing.maxRateLimitWaitMs), timing.dataApi, { signal: network.signal, ...(options.clock ? { clock: options.clock } : {}) });
        return value;
    }
    catch (error) {
        const { error: last, attempts } = (0,retry/* lastFailure */.xW)(error);
        if (last instanceof DataApiError && attempts > 1) {
            throw new DataApiError(`${last.message} (after ${attempts} attempts)`, last.status, last.reason, last.retryAfter);
        }
        throw last;
    }
}
/** The shared policy for 500, 503 and 504; a 429 that says when to come back is taken at its word. */
function judge(error, maxRateLimitWaitMs) {
    if (!(error instanceof DataApiError))
        return { retry: false };
    if (error.status === undefined)
        return { retry: true };
    if (!RETRIED_STATUSES.includes(error.status))
        return { retry: false };
    const wait = (0,retry/* parseRetryAfter */.mu)(error.retryAfter);
    if (error.status === 429 && wait !== undefined) {
        return wait > maxRateLimitWaitMs
            ? { retry: false }
            : { retry: true, retryAfterMs: wait, exactly: true };
    }
    return (0,retry_policy/* judgeHttpFailure */.M)({ status: error.status, headers: { 'retry-after': error.retryAfter } }, maxRateLimitWaitMs);
}
async function sendOnce(options, ask) {
    const { network, timing } = options;
    const { method, url, body, field } = ask;
    const attemptSignal = AbortSignal.timeout(timing.requestTimeoutMs);
    let status;
    let reply;
    let retryAfter;
    try {
        const response = await (0,undici.request)(url, {
            method,
            headers: {
                authorization: `Bearer ${options.accessToken}`,
                accept: 'application/json',
                'user-agent': USER_AGENT,
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            ...(body === undefined ? {} : { body }),
            dispatcher: network.dispatcher,
            signal: network.signal ? AbortSignal.any([attemptSignal, network.signal]) : attemptSignal,
        });
        status = response.statusCode;
        const header = response.headers['retry-after'];
        retryAfter = Array.isArray(header) ? header[0] : header;
        reply = await (0,http/* readCapped */.EF)(response.body, MAX_REPLY_BYTES);
    }
    catch (error) {
        throw unreachable(url, (0,http/* networkProblem */.Wo)(error));
    }
    // Told like a lost connection: the part that was read is no answer to parse.
    if (reply.cut)
        throw unreachable(url, `the reply is larger than ${MAX_REPLY_BYTES} bytes`);
    const { text } = reply;
    if (status < 200 || status >= 300) {
        throw failureOf(status, text, retryAfter, options.redactor);
    }
    return pageOf(text, field);
}
function pageOf(text, field) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new DataApiError('The Google Health API answered 2xx with a body that is not JSON', 200, undefined);
    }
    const reply = (typeof json === 'object' && json !== null ? json : {});
    const points = reply[field] ?? [];
    const token = reply.nextPageToken;
    if (!Array.isArray(points) || points.some((point) => typeof point !== 'object' || !point)) {
        throw new DataApiError(`The Google Health API's ${field} is not a list of points`, 200, undefined);
    }
    return {
        points: points,
        nextPageToken: typeof token === 'string' && token !== '' ? token : undefined,
    };
}
/** Google's `{"error":{"code","message","status","details":[{"reason"}]}}`, redacted. */
function failureOf(status, text, retryAfter, redactor) {
    let message = '';
    let reason;
    try {
        const error = JSON.parse(text).error ?? {};
        message = typeof error.message === 'string' ? error.message : '';
        const details = Array.isArray(error.details)
            ? error.details
            : [];
        const info = details.find((detail) => typeof detail?.reason === 'string');
        reason = info?.reason ?? error.status;
    }
    catch {
        // Not Google's error shape (a proxy's page): the status says enough.
    }
    const said = message ? `: ${redactor.redactUntrusted(message).slice(0, 300)}` : '';
    return new DataApiError(`The Google Health API answered HTTP ${status}${reason ? ` ${reason}` : ''}${said}`, status, reason, retryAfter);
}
/** A request that got no usable reply; like a lost connection, it may be tried again. */
function unreachable(url, problem) {
    return new DataApiError(`Could not complete the request to the Google Health API (${new URL(url).host}): ${problem}`, undefined, undefined);
}

// EXTERNAL MODULE: ./lib/src/health/data-types.js
var data_types = __webpack_require__(1161);
// EXTERNAL MODULE: ./lib/src/health/files.js
var files = __webpack_require__(5050);
;// CONCATENATED MODULE: ./lib/src/health/plan.js
/**
 * What a run fetches, per type, decided before any request: from the day
 * after the state's last complete day (or `since`, for a type without state)
 * through `until` (yesterday), reaching back `refetch-days` for late syncs,
 * never before the type's first day. And how wide each request's range is.
 */

/** One plan per type that has days to fetch, in the order the types were given. */
function planTypes(types, state, settings) {
    const plans = [];
    for (const type of types) {
        const previous = state[type.name];
        const firstDay = previous?.from ?? settings.since;
        const resume = previous ? (0,civil_days/* addDays */.fi)(previous.completeThrough, 1) : settings.since;
        // Watches sync late: the last refetch-days days are fetched again, but not before the first.
        const refetchFrom = (0,civil_days/* later */.NU)(firstDay, (0,civil_days/* addDays */.fi)(settings.until, 1 - settings.refetchDays));
        const from = settings.refetchDays > 0 ? (0,civil_days/* earlier */.X)(resume, refetchFrom) : resume;
        if (from <= settings.until) {
            plans.push({ type, from, through: settings.until, firstDay, previous });
        }
    }
    return plans;
}
/**
 * How many days one listing covers: as many as its pages can hold within the
 * budget left (at the type's usual points a day), within the type's widest.
 */
function listRangeDays(type, budgetLeft) {
    const days = Math.floor((type.pageCap * Math.max(1, budgetLeft)) / type.pointsPerDay);
    return Math.max(1, Math.min(type.maxRangeDays, days));
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(3738);
;// CONCATENATED MODULE: ./lib/src/health/rate-limiter.js
/**
 * The client's own side of the per-user rate limit (300 requests a minute):
 * a sliding window, so no minute, however it is cut, holds more than the
 * limit. Requests go out at once while the window has room; the next one
 * waits until the oldest leaves it.
 */

const REAL_CLOCK = {
    now: () => Date.now(),
    sleep: (ms, signal) => (0,promises_.setTimeout)(ms, undefined, signal ? { signal } : {}),
};
class RateLimiter {
    limit;
    clock;
    /** When each request in the window was sent, oldest first. */
    #sent = [];
    /** Time spent waiting for room: what the limit cost this run. */
    waitedMs = 0;
    constructor(limit, clock = REAL_CLOCK) {
        this.limit = limit;
        this.clock = clock;
    }
    /** Resolves when one more request may go out, and counts it as sent. */
    async acquire(signal) {
        for (;;) {
            const now = this.clock.now();
            while (this.#sent.length > 0 && (this.#sent[0] ?? 0) <= now - this.limit.windowMs) {
                this.#sent.shift();
            }
            const wait = this.#sent.length < this.limit.requests
                ? 0
                : (this.#sent[0] ?? now) + this.limit.windowMs - now;
            if (wait <= 0) {
                this.#sent.push(now);
                return;
            }
            this.waitedMs += wait;
            await this.clock.sleep(wait, signal);
        }
    }
}

// EXTERNAL MODULE: ./lib/src/health/state.js
var health_state = __webpack_require__(936);
;// CONCATENATED MODULE: ./lib/src/health/pull.js
/**
 * The pull, the one flow both edges run: read the state, plan each type's
 * days, fetch them oldest first across all types (one range at a time, the
 * type furthest behind next) until every type reaches `until` or max-requests
 * is spent, write each day's file as its range arrives, then the state,
 * daily.csv and README.md. A type that fails keeps its old state and the
 * others go on; a 401 stops them all. Log lines carry counts and dates, never
 * a value of the data.
 */










/** How many day files are written at once. */
const PARALLEL_WRITES = 16;
async function pull(settings, deps) {
    const { folder } = settings;
    const state = await (0,health_state/* readState */.un)(folder);
    const budget = new RequestBudget(settings.maxRequests);
    const client = createDataClient({
        apiUrl: settings.apiUrl,
        accessToken: deps.accessToken,
        network: deps.network,
        timing: deps.timing,
        budget,
        limiter: new RateLimiter(deps.timing.perUserLimit, deps.clock),
        redactor: deps.redactor,
        ...(deps.clock ? { clock: deps.clock } : {}),
    });
    const progress = planTypes(settings.types, state, settings).map((plan) => ({
        plan,
        cursor: plan.from,
        rollUpDays: plan.type.method === 'dailyRollUp' ? plan.type.rangeCapDays : 0,
        completeThrough: plan.previous?.completeThrough,
        days: 0,
        requests: 0,
        filesWritten: 0,
        failure: undefined,
    }));
    let more = false;
    let filesWritten = 0;
    let rangesDone = 0;
    for (;;) {
        const next = furthestBehind(progress);
        if (next === undefined)
            break;
        if (budget.left === 0) {
            more = true;
            break;
        }
        const sentBefore = budget.sent;
        try {
            filesWritten += await fetchNextRange(next, client, settings, budget.left, deps.log);
            rangesDone += 1;
        }
        catch (error) {
            if (error instanceof BudgetSpentError) {
                more = true;
                // Not one range fit into the whole budget: the next run would stop in the same place.
                if (rangesDone === 0)
                    next.failure = budgetTooSmall(next, settings.maxRequests);
                break;
            }
            if (error instanceof DataApiError && error.status === 401) {
                // The token is refused for every type: nothing else can succeed in this run.
                const failure = tokenRefused(error);
                for (const item of progress)
                    if (item.cursor <= item.plan.through)
                        item.failure = failure;
                break;
            }
            next.failure = typeFailure(next.plan.type, error);
            deps.log.warning(next.failure);
        }
        finally {
            next.requests += budget.sent - sentBefore;
        }
    }
    const nextState = stateAfter(state, progress);
    const types = settings.types.map((type) => outcomeOf(type, progress, nextState));
    if (Object.keys(nextState).length === 0) {
        // Nothing fetched, nothing held: a first run that failed leaves no folder behind.
        return {
            completeThrough: undefined,
            more,
            requests: budget.sent,
            filesWritten,
            types,
            rows: [],
        };
    }
    filesWritten += Number(await (0,files/* writeIfChanged */.Vw)((0,external_node_path_.join)(folder, health_state/* STATE_FILE */.bv), (0,health_state/* stateText */.r9)(nextState)));
    const rows = await (0,daily_csv/* collectDailyRows */.$)(folder);
    filesWritten += Number(await (0,files/* writeIfChanged */.Vw)((0,external_node_path_.join)(folder, daily_csv/* DAILY_CSV */.PL), (0,daily_csv/* dailyCsvText */.xW)(rows)));
    const readme = (0,charts/* dataReadmeText */.S2)(rows, await holdingsOf(folder));
    filesWritten += Number(await (0,files/* writeIfChanged */.Vw)((0,external_node_path_.join)(folder, charts/* DATA_README */.KG), readme));
    return {
        completeThrough: completeThroughAll(settings.types, nextState),
        more,
        requests: budget.sent,
        filesWritten,
        types,
        rows,
    };
}
/** The open type whose next day is the oldest; ties go to the order the types were given in. */
function furthestBehind(progress) {
    let next;
    for (const item of progress) {
        if (item.failure !== undefined || item.cursor > item.plan.through)
            continue;
        if (next === undefined || item.cursor < next.cursor)
            next = item;
    }
    return next;
}
/** Fetches one range of a type and writes a file for each of its days; the files written. */
async function fetchNextRange(item, client, settings, budgetLeft, log) {
    const { type, through: lastDay } = item.plan;
    const width = type.method === 'dailyRollUp' ? item.rollUpDays : listRangeDays(type, budgetLeft);
    const from = item.cursor;
    const through = (0,civil_days/* earlier */.X)((0,civil_days/* addDays */.fi)(from, width - 1), lastDay);
    const byDay = new Map((0,civil_days/* daysFrom */.Q4)(from, through).map((day) => [day, []]));
    let points;
    if (type.method === 'dailyRollUp') {
        const answer = await rollUpAll(client, type, from, through);
        const asked = (0,civil_days/* daysBetween */.YM)(from, through) + 1;
        if (answer.widest < asked) {
            log.warning(`${type.name}: the API refused ${asked} days in one request; asking for ${answer.widest} at a time`);
            item.rollUpDays = answer.widest;
        }
        points = answer.points;
    }
    else {
        points = await listAll(client, type, filterFor(type, from, through, settings.timeZone));
    }
    let unplaced = 0;
    for (const point of points) {
        const day = dayOfPoint(type, point, settings.timeZone);
        const list = day === undefined ? undefined : byDay.get(day);
        if (list)
            list.push(point);
        else
            unplaced += 1;
    }
    const written = await writeDays(settings.folder, type, byDay);
    item.cursor = (0,civil_days/* addDays */.fi)(through, 1);
    item.days += byDay.size;
    item.filesWritten += written;
    item.completeThrough =
        item.completeThrough === undefined ? through : (0,civil_days/* later */.NU)(item.completeThrough, through);
    log.info(`${type.name}: ${from} to ${through}, ${byDay.size} day(s), ${points.length} point(s), ${written} file(s) changed`);
    if (unplaced > 0) {
        log.warning(`${type.name}: ${unplaced} point(s) had no day inside ${from} to ${through}; left out`);
    }
    return written;
}
/** Day files a few at a time: small files cost more waiting on the disk than computing. */
async function writeDays(folder, type, byDay) {
    const days = [...byDay];
    let written = 0;
    for (let index = 0; index < days.length; index += PARALLEL_WRITES) {
        const batch = days.slice(index, index + PARALLEL_WRITES);
        const changed = await Promise.all(batch.map(([day, points]) => (0,files/* writeIfChanged */.Vw)((0,files/* dayFilePath */.I7)(folder, type, day), (0,files/* dayFileText */.wn)(type, points))));
        written += changed.filter(Boolean).length;
    }
    return written;
}
/** The listing's filter: `>=` the range's first instant (or date) and `<` the one after it. */
function filterFor(type, from, through, timeZone) {
    const { field, literal } = type.filter;
    const after = (0,civil_days/* addDays */.fi)(through, 1);
    const [start, end] = literal === 'date'
        ? [from, after]
        : [(0,civil_days/* timestamp */.vE)((0,civil_days/* startOf */.GH)(from, timeZone)), (0,civil_days/* timestamp */.vE)((0,civil_days/* startOf */.GH)(after, timeZone))];
    return `${field} >= "${start}" AND ${field} < "${end}"`;
}
/** The day a point belongs to, as the registry derives it. */
function dayOfPoint(type, point, timeZone) {
    if (type.method === 'dailyRollUp')
        return (0,civil_days/* dayOfMessage */.nm)((0,data_types/* valueAt */.fK)(point, 'civilStartTime.date'));
    if ('date' in type.dayFrom)
        return (0,civil_days/* dayOfMessage */.nm)((0,data_types/* valueAt */.fK)(point, type.dayFrom.date));
    const instant = Date.parse(String((0,data_types/* valueAt */.fK)(point, type.dayFrom.instant)));
    return Number.isNaN(instant) ? undefined : (0,civil_days/* dayOf */.kb)(instant, timeZone);
}
/** Types that failed keep the state they had; the others move to where they got. */
function stateAfter(state, progress) {
    const next = { ...state };
    for (const item of progress) {
        if (item.failure !== undefined || item.completeThrough === undefined)
            continue;
        next[item.plan.type.name] = { from: item.plan.firstDay, completeThrough: item.completeThrough };
    }
    return next;
}
function completeThroughAll(types, state) {
    let all;
    for (const type of types) {
        const day = state[type.name]?.completeThrough;
        if (day === undefined)
            return undefined;
        all = all === undefined ? day : (0,civil_days/* earlier */.X)(all, day);
    }
    return all;
}
function outcomeOf(type, progress, state) {
    const item = progress.find((candidate) => candidate.plan.type === type);
    return {
        type: type.name,
        days: item?.days ?? 0,
        requests: item?.requests ?? 0,
        filesWritten: item?.filesWritten ?? 0,
        completeThrough: state[type.name]?.completeThrough,
        failure: item?.failure,
    };
}
async function holdingsOf(folder) {
    return Promise.all(data_types/* DATA_TYPES */.hL.map(async (type) => ({ name: type.name, days: await (0,files/* daysHeld */.XJ)(folder, type) })));
}
function budgetTooSmall(item, maxRequests) {
    return `${item.plan.type.name}: max-requests (${maxRequests}) ran out inside the first range from ${item.cursor}, before any day was complete; the next run would stop there again: raise max-requests.`;
}
function tokenRefused(error) {
    return `${withoutStop(error.message)}. The access token is not valid (expired, revoked, or not a Google Health API token): run the keeper step first in the same job, so that FITBIT_ACCESS_TOKEN holds a fresh one, or pass one in access-token.`;
}
/** One line for a type that failed: what the API said and what to do about it. */
function typeFailure(type, error) {
    const said = withoutStop(error instanceof Error ? error.message : String(error));
    if (!(error instanceof DataApiError))
        return `${type.name}: ${said}`;
    switch (error.status) {
        case 403:
            return `${type.name}: ${said}. It needs the scope ${(0,data_types/* scopeOf */.Od)(type)}: consent again with that scope allowed (fitbit-token-keeper authorize --scopes including it, or the consent issue with consent-scopes naming it), and leave its box ticked on Google's consent screen.`;
        case 400:
            return `${type.name}: ${said}. The request for ${type.name} does not suit the API: its entry in the registry (src/health/data-types.ts) needs correcting; please report it.`;
        case 404:
            return `${type.name}: ${said}. The API does not know the data type '${type.apiPath}'.`;
        default:
            return `${type.name}: ${said}`;
    }
}
/** Text that goes on with a sentence of its own: no stop of its own at the end. */
function withoutStop(text) {
    return text.replace(/\.+$/, '');
}


/***/ }),

/***/ 936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bv: () => (/* binding */ STATE_FILE),
/* harmony export */   r9: () => (/* binding */ stateText),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* unused harmony export parseState */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7603);
/* harmony import */ var _civil_days_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(964);
/**
 * `.pull-state.json` in the data folder: per data type, the first day it was
 * fetched from and the last day known complete. Written in a fixed form (keys
 * sorted, no times of day, no run ids), so it changes only when a day does.
 */




const STATE_FILE = '.pull-state.json';
const VERSION = 1;
/** The folder's state; empty when the file does not exist yet. */
async function readState(folder) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, STATE_FILE);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return {};
        throw new Error(`Could not read ${file}: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
    return parseState(text, file);
}
function parseState(text, file) {
    const broken = (why) => new Error(`${file} is not a state file this pull can read (${why}); restore it from git, or delete it to fetch from 'since' again`);
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw broken('not JSON');
    }
    const { version, types } = (json ?? {});
    if (version !== VERSION)
        throw broken(`version ${String(version)}, expected ${VERSION}`);
    if (typeof types !== 'object' || types === null)
        throw broken('no "types"');
    const state = {};
    for (const [name, entry] of Object.entries(types)) {
        const { from, completeThrough } = (entry ?? {});
        const first = typeof from === 'string' ? (0,_civil_days_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDay */ .Iq)(from) : undefined;
        const last = typeof completeThrough === 'string' ? (0,_civil_days_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDay */ .Iq)(completeThrough) : undefined;
        if (first === undefined || last === undefined)
            throw broken(`"${name}" has no valid days`);
        state[name] = { from: first, completeThrough: last };
    }
    return state;
}
/** The file's text: the same state always gives the same bytes. */
function stateText(state) {
    const types = Object.fromEntries(Object.keys(state)
        .sort()
        .map((name) => {
        const entry = state[name];
        return [name, { completeThrough: entry.completeThrough, from: entry.from }];
    }));
    return `${JSON.stringify({ types, version: VERSION }, null, 2)}\n`;
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


/***/ })

};
