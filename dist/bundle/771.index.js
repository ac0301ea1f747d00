export const id = 771;
export const ids = [771];
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

/***/ 8771:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pull: () => (/* binding */ pull)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/src/health/civil-days.js
var civil_days = __webpack_require__(964);
// EXTERNAL MODULE: ./lib/src/health/data-types.js
var data_types = __webpack_require__(1161);
;// CONCATENATED MODULE: ./lib/src/health/files.js
/**
 * The day files: `<folder>/<type>/<YYYY>/<YYYY-MM-DD>.json`, what the API holds
 * for that type on that day, in canonical JSON: keys sorted, the API's own
 * field names, points oldest first, no field that changes from one fetch to
 * the next (createTime, updateTime). A file is written only when its text
 * changed, so a run over unchanged data leaves every byte as it was and a git
 * diff shows what the API corrected. Intraday samples are stored compactly:
 * one row per sample (`{"columns": [the API's field paths], "rows": […]}`).
 */




/** How many day files are written at once. */
const PARALLEL_WRITES = 16;
/** Output-only fields that record when Google stored or touched a point, not what it says. */
const VOLATILE_FIELDS = new Set(['createTime', 'updateTime']);
function dayFilePath(folder, type, day) {
    return (0,external_node_path_.join)(folder, type.name, day.slice(0, 4), `${day}.json`);
}
/** The field the API puts the points under, kept as the file's own. */
function pointsField(type) {
    return type.method === 'dailyRollUp' ? 'rollupDataPoints' : 'dataPoints';
}
/** The file's text for a day's points (in any order, volatile fields and all). */
function dayFileText(type, points) {
    if (type.method === 'list' && type.compactColumns) {
        const columns = type.compactColumns;
        return rowsFileText(columns, points.map((point) => rowOf(columns, point)));
    }
    const ordered = points
        .map((point) => canonical(point))
        .map((point) => ({ point, key: (0,data_types/* orderKey */.ww)(type, point), text: JSON.stringify(point) }))
        .sort((a, b) => compare(a.key, b.key) || compare(a.text, b.text));
    const field = pointsField(type);
    return `${JSON.stringify({ [field]: ordered.map(({ point }) => point) }, null, 2)}\n`;
}
/**
 * A point of a type kept compactly, as its row: the values at `columns`, the
 * first being its instant. A day of intraday samples is held as rows, a few
 * short strings each, not as the API's nested points.
 */
function rowOf(columns, point) {
    return columns.map((path) => (0,data_types/* valueAt */.fK)(point, path) ?? null);
}
/** What stands between two rows of a compact file (a row's JSON holds no line break). */
const ROW_SEPARATOR = ',\n    ';
/** The compact file's text for a day's rows (in any order), oldest first: `{"columns","rows"}`. */
function rowsFileText(columns, rows) {
    const lines = rows
        .map((row) => ({ key: instantKey(row[0]), text: JSON.stringify(row) }))
        .sort((a, b) => compare(a.key, b.key) || compare(a.text, b.text))
        .map((row) => row.text);
    const [head, tail] = rowsFrame(columns, lines.length === 0);
    return `${head}${lines.join(ROW_SEPARATOR)}${tail}`;
}
/** What stands before and after a compact file's rows. */
function rowsFrame(columns, empty) {
    const head = `{\n  "columns": ${JSON.stringify(columns)},\n  "rows": `;
    return empty ? [`${head}[]`, '\n}\n'] : [`${head}[\n    `, '\n  ]\n}\n'];
}
/**
 * Writes `text` unless the file holds it already; true when it wrote. The text
 * goes to a file beside it first, then takes its name, so a run cut short
 * never leaves half a file.
 */
async function writeIfChanged(path, text) {
    // Bytes are compared as bytes: a day of intraday samples never becomes a string.
    const current = await (0,promises_.readFile)(path).catch(() => undefined);
    if (current?.equals(typeof text === 'string' ? Buffer.from(text, 'utf8') : text))
        return false;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temporary, text);
    await (0,promises_.rename)(temporary, path);
    return true;
}
/** Day files a few at a time (small files cost more waiting on the disk than computing); the files changed. */
async function writeDayFiles(folder, type, texts) {
    let written = 0;
    for (let index = 0; index < texts.length; index += PARALLEL_WRITES) {
        const batch = texts.slice(index, index + PARALLEL_WRITES);
        const changed = await Promise.all(batch.map(([day, text]) => writeIfChanged(dayFilePath(folder, type, day), text)));
        written += changed.filter(Boolean).length;
    }
    return written;
}
/** The points of a day file; undefined when the day was not fetched yet. */
async function readDayPoints(folder, type, day) {
    const text = await (0,promises_.readFile)(dayFilePath(folder, type, day), 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    const json = JSON.parse(text);
    const points = json[pointsField(type)];
    return Array.isArray(points) ? points : [];
}
/** Every type's holdings: the folder's type folders walked once, for daily.csv, the README and the summary. */
async function holdingsOf(folder) {
    return Promise.all(data_types/* DATA_TYPES */.hL.map(async (type) => ({ name: type.name, days: await daysHeld(folder, type) })));
}
/** The days a type has a file for, oldest first. */
async function daysHeld(folder, type) {
    const typeFolder = (0,external_node_path_.join)(folder, type.name);
    const years = await (0,promises_.readdir)(typeFolder).catch(() => []);
    const days = [];
    for (const year of years.filter((name) => /^\d{4}$/.test(name))) {
        for (const name of await (0,promises_.readdir)((0,external_node_path_.join)(typeFolder, year)).catch(() => [])) {
            const day = name.endsWith('.json') ? (0,civil_days/* parseDay */.Iq)(name.slice(0, -5)) : undefined;
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
/** An RFC 3339 instant as text that orders as the instant does (fractions of a second too). */
function instantKey(value) {
    // The API's usual form, whole seconds in UTC, needs no parsing to be put in that form.
    if (typeof value === 'string' && WHOLE_SECONDS_UTC.test(value))
        return `${value.slice(0, 19)}.000Z`;
    const instant = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    return Number.isNaN(instant) ? String(value) : new Date(instant).toISOString();
}
const WHOLE_SECONDS_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** True when instant `a` is strictly before `b` (RFC 3339 texts, as instantKey orders them). */
function instantBefore(a, b) {
    const plain = (value) => typeof value === 'string' && WHOLE_SECONDS_UTC.test(value);
    return plain(a) && plain(b) ? a < b : instantKey(a) < instantKey(b);
}
/** Code-unit order: the same on every machine, whatever its locale. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./lib/src/lib/text.js
var lib_text = __webpack_require__(4679);
// EXTERNAL MODULE: ./lib/src/lib/time.js
var time = __webpack_require__(361);
;// CONCATENATED MODULE: ./lib/src/health/charts/days.js
/**
 * What the charts draw from: daily.csv's rows as one figure a day over a
 * window of days, and the words for dates and numbers the charts and the
 * README use (English, the same on every machine whatever its locale).
 */


/** Every day from `first` through `last`, with the column's figure (times `scale`). */
function dailyValues(rows, column, first, last, scale = 1) {
    const byDay = new Map(rows.map((row) => [row.date, row.values[column]]));
    return (0,civil_days/* daysFrom */.Q4)(first, last).map((day) => {
        const text = byDay.get(day);
        return { day, value: text === undefined || text === '' ? undefined : Number(text) * scale };
    });
}
/** The `count` days ending with `last`. */
function lastDays(last, count) {
    return { first: (0,civil_days/* addDays */.fi)(last, 1 - count), last };
}
/** The figures that are there. */
function present(values) {
    return values.flatMap((entry) => (entry.value === undefined ? [] : [entry.value]));
}
function mean(values) {
    return values.length === 0
        ? undefined
        : values.reduce((total, value) => total + value, 0) / values.length;
}
/** `Jan`. */
function monthOf(day) {
    return time/* MONTHS */.KR[Number(day.slice(5, 7)) - 1] ?? '';
}
/** `Jan 5`. */
function monthDay(day) {
    return `${monthOf(day)} ${Number(day.slice(8, 10))}`;
}
/** `Jan 5, 2026`. */
function fullDay(day) {
    return `${monthDay(day)}, ${day.slice(0, 4)}`;
}
/** `Dec 1, 2025 – Nov 30, 2026`; the first day's year left out when both share it. */
function dayRange(first, last) {
    const from = first.slice(0, 4) === last.slice(0, 4) ? monthDay(first) : fullDay(first);
    return `${from} – ${fullDay(last)}`;
}
/** Monday 0 … Sunday 6. */
function weekdayOf(day) {
    return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}
/** The day as the instant a chart's UTC time axis places it at. */
function instantOf(day) {
    return Date.parse(`${day}T00:00:00Z`);
}
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const ONE_PLACE = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
});
/** `9,812`: a whole number with thousands separated. */
function whole(value) {
    return GROUPED.format(value);
}
/** `72.4`. */
function onePlace(value) {
    return ONE_PLACE.format(value);
}
/** `7 h 12 min`, from minutes. */
function hoursMinutes(minutes) {
    const rounded = Math.round(minutes);
    return `${Math.floor(rounded / 60)} h ${rounded % 60} min`;
}

;// CONCATENATED MODULE: ./lib/src/health/charts/theme.js
/** Text and axes: luminance about 0.19, between white's 1 and #0d1117's 0.006. */
const INK = '#737b86';
/** A cell or a day without data. */
const NO_DATA = { color: INK, opacity: 0.22 };
/** Each chart's hue: saturated enough to read on both page colours. */
const HUE = {
    steps: '#2ea043',
    sleep: '#6e76f0',
    heart: '#e5534b',
    variability: '#c98a1a',
    weight: '#1f9ecf',
};
/** The opacity of each step of a scale, lowest first. */
const RAMP = [0.3, 0.48, 0.66, 0.83, 1];
const FONT = '-apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif';
/**
 * Sizes in the SVG's own units. A chart is about 620 wide, and a phone (a
 * column about 358 px wide at 390) shrinks it to 0.58: text this large is
 * still 9 px there, and no larger than the page's own text on a desktop.
 */
const SIZE = {
    /** The plot of a chart with a time axis; its labels and padding add about 60. */
    plot: 560,
    label: 16,
    title: 20,
};
const CONFIG = {
    // Transparent: the page's own colour shows through, in either theme.
    background: null,
    font: FONT,
    // The README's alt text says what a chart shows; a label per mark would only add bytes.
    aria: false,
    padding: 8,
    view: { stroke: null },
    title: {
        anchor: 'start',
        color: INK,
        fontSize: SIZE.title,
        fontWeight: 600,
        subtitleColor: INK,
        subtitleFontSize: SIZE.label,
        subtitlePadding: 4,
        offset: 12,
    },
    axis: {
        labelColor: INK,
        labelFontSize: SIZE.label,
        titleColor: INK,
        titleFontSize: SIZE.label,
        titleFontWeight: 'normal',
        domain: false,
        ticks: false,
        labelPadding: 6,
        gridColor: INK,
        gridOpacity: 0.3,
    },
    legend: {
        labelColor: INK,
        labelFontSize: SIZE.label,
        titleColor: INK,
        titleFontSize: SIZE.label,
        titleFontWeight: 'normal',
        symbolStrokeWidth: 0,
    },
};
/** What every chart's spec begins with: the schema, the look above, its title and subtitle. */
function framed(title, subtitle) {
    return {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        config: CONFIG,
        title: { text: title, subtitle },
    };
}

;// CONCATENATED MODULE: ./lib/src/health/charts/bars.js


const LABEL_EVERY = 7;
function barsSpec(bars) {
    const average = mean(present(bars.days));
    const labels = dayLabels(bars.days);
    return {
        ...framed(bars.title, bars.subtitle),
        width: SIZE.plot,
        height: 200,
        data: { values: bars.days.map(({ day, value }) => ({ day, value: value ?? null })) },
        layer: [
            {
                mark: { type: 'bar', color: bars.hue },
                encoding: {
                    x: {
                        field: 'day',
                        type: 'ordinal',
                        // Every day, one without a value too: each bar keeps its place.
                        scale: { domain: bars.days.map(({ day }) => day), paddingInner: 0.2 },
                        axis: {
                            title: null,
                            labelAngle: 0,
                            values: Object.keys(labels),
                            labelExpr: `${JSON.stringify(labels)}[datum.value]`,
                        },
                    },
                    y: {
                        field: 'value',
                        type: 'quantitative',
                        scale: { zero: true, nice: true },
                        axis: { title: null, tickCount: 5, format: ',d', grid: true },
                    },
                },
            },
            ...(average === undefined
                ? []
                : [
                    {
                        mark: { type: 'rule', color: INK, strokeDash: [4, 3], strokeWidth: 1.5 },
                        encoding: { y: { datum: average, type: 'quantitative' } },
                    },
                ]),
        ],
    };
}
/** Labels under every seventh day back from the newest, the year under the first and each new one. */
function dayLabels(days) {
    const labelled = days.filter((_, index) => (days.length - 1 - index) % LABEL_EVERY === 0);
    return Object.fromEntries(labelled.map(({ day }, index) => {
        const newYear = index === 0 || labelled[index - 1]?.day.slice(0, 4) !== day.slice(0, 4);
        return [day, newYear ? [monthDay(day), day.slice(0, 4)] : [monthDay(day)]];
    }));
}

;// CONCATENATED MODULE: ./lib/src/health/charts/calendar.js


const NO_DATA_NAME = 'no data';
const QUINTILES = [0.2, 0.4, 0.6, 0.8];
const WEEKDAYS = ['Mon', '', 'Wed', '', 'Fri', '', ''];
/** A cell and the gap after it, in the SVG's units. */
const CELL_STEP = 10.5;
function calendarSpec(calendar) {
    const [first] = calendar.days;
    if (first === undefined)
        throw new Error('a calendar needs at least one day');
    // The first week may begin before the window: its earlier days get no cell.
    const offset = weekdayOf(first.day);
    const cells = calendar.days.map(({ day, value }, index) => ({
        week: Math.floor((index + offset) / 7),
        weekday: weekdayOf(day),
        level: value === undefined ? NO_DATA_NAME : levelOf(value, calendar.levels),
    }));
    const names = [NO_DATA_NAME, ...calendar.levels.names];
    const labels = monthLabels(calendar.days, offset);
    return {
        ...framed(calendar.title, calendar.subtitle),
        data: { values: cells },
        width: { step: CELL_STEP },
        height: { step: CELL_STEP },
        mark: { type: 'rect' },
        encoding: {
            x: {
                field: 'week',
                type: 'ordinal',
                scale: { paddingInner: 0.18, paddingOuter: 0 },
                axis: {
                    title: null,
                    labelAngle: 0,
                    labelAlign: 'left',
                    values: Object.keys(labels).map(Number),
                    labelExpr: `${JSON.stringify(labels)}[datum.value]`,
                },
            },
            y: {
                field: 'weekday',
                type: 'ordinal',
                scale: { paddingInner: 0.18, paddingOuter: 0 },
                axis: {
                    title: null,
                    labelExpr: `${JSON.stringify(WEEKDAYS)}[datum.value]`,
                },
            },
            // One legend for both: Vega-Lite merges two channels of the same field.
            color: byLevel(names, [NO_DATA.color, ...names.slice(1).map(() => calendar.hue)]),
            opacity: byLevel(names, [NO_DATA.opacity, ...RAMP.slice(-calendar.levels.names.length)]),
        },
    };
}
/** A channel that maps each level, by name, to its entry of `range`, with the legend below. */
function byLevel(names, range) {
    return {
        field: 'level',
        type: 'ordinal',
        sort: [...names],
        scale: { type: 'ordinal', domain: [...names], range: [...range] },
        legend: {
            title: null,
            orient: 'bottom',
            direction: 'horizontal',
            symbolType: 'square',
            symbolSize: CELL_STEP * CELL_STEP,
            columnPadding: 14,
            labelFontSize: SIZE.label,
        },
    };
}
/**
 * Five levels split at the quintiles of `values`, each bound rounded to a
 * multiple of `round` (so the legend reads 7.5k, not 7,413): the person's own
 * spread, as GitHub's graph colours a person's own busiest days darkest.
 * Bounds that round to the same number merge.
 */
function quintileLevels(values, round, name) {
    const sorted = [...values].sort((a, b) => a - b);
    const bounds = QUINTILES.map((share) => {
        const value = sorted[Math.floor(share * (sorted.length - 1))] ?? 0;
        return Math.round(value / round) * round;
    });
    const from = [...new Set(bounds)].filter((bound) => bound > 0);
    const [lowest] = from;
    if (lowest === undefined)
        return { from: [], names: ['any'] };
    return { from, names: [`< ${name(lowest)}`, ...from.map((bound) => `${name(bound)}+`)] };
}
function levelOf(value, levels) {
    const index = levels.from.filter((bound) => value >= bound).length;
    return levels.names[index] ?? NO_DATA_NAME;
}
/**
 * The month names under the weeks, by week: every other month (January,
 * March, …, so that a year's first month is always named), over the first week
 * that begins in it or the window's first week; the first name and January's
 * carry the year on a second line.
 */
function monthLabels(days, offset) {
    const named = days.flatMap(({ day }, index) => {
        const oddMonth = Number(day.slice(5, 7)) % 2 === 1;
        if (!oddMonth || (index !== 0 && !day.endsWith('-01')))
            return [];
        return [{ week: index === 0 ? 0 : Math.ceil((index + offset) / 7), day }];
    });
    return Object.fromEntries(named.map(({ week, day }, index) => [
        week,
        index === 0 || monthOf(day) === 'Jan' ? [monthOf(day), day.slice(0, 4)] : [monthOf(day)],
    ]));
}

;// CONCATENATED MODULE: ./lib/src/health/charts/trend.js


function trendSpec(trend) {
    const [last] = trend.days.slice(-1);
    if (last === undefined)
        throw new Error('a trend needs at least one day');
    const value = { type: 'quantitative', scale: { zero: false, nice: true } };
    return {
        ...framed(trend.title, trend.subtitle),
        width: SIZE.plot,
        height: 200,
        data: {
            values: trend.days.map(({ day, value }) => ({
                time: instantOf(day),
                value: value ?? null,
                shown: day >= trend.from,
            })),
        },
        transform: [
            {
                window: [{ op: 'mean', field: 'value', as: 'average' }],
                frame: [1 - trend.averageDays, 0],
                sort: [{ field: 'time' }],
            },
            { filter: 'datum.shown' },
        ],
        encoding: {
            x: {
                field: 'time',
                type: 'temporal',
                scale: { type: 'utc', domain: [instantOf(trend.from), instantOf(last.day)] },
                axis: {
                    title: null,
                    grid: false,
                    // Every other month, from January: the new year is always named.
                    tickCount: { interval: 'month', step: 2 },
                    labelExpr: "datum.index == 0 || utcmonth(datum.value) == 0 ? [utcFormat(datum.value, '%b'), utcFormat(datum.value, '%Y')] : utcFormat(datum.value, '%b')",
                },
            },
        },
        layer: [
            {
                mark: { type: 'point', filled: true, size: 14, color: trend.hue, opacity: 0.5 },
                encoding: {
                    y: {
                        field: 'value',
                        ...value,
                        axis: { title: null, tickCount: 4, format: trend.format, gridColor: INK },
                    },
                },
            },
            {
                mark: { type: 'line', color: trend.hue, strokeWidth: 2.5, interpolate: 'monotone' },
                encoding: { y: { field: 'average', ...value } },
            },
        ],
    };
}

;// CONCATENATED MODULE: ./lib/src/health/charts/catalogue.js







const YEAR_DAYS = 365;
const RECENT_DAYS = 30;
const SLEEP_LEVELS = {
    from: [5, 6, 7, 8],
    names: ['< 5 h', '5 h+', '6 h+', '7 h+', '8 h+'],
};
const CHARTS = [
    {
        file: 'steps-year.svg',
        type: 'steps',
        heading: 'Steps',
        draw(rows, newest) {
            const { first, last } = lastDays(newest, YEAR_DAYS);
            const days = dailyValues(rows, 'steps', first, last);
            const values = present(days);
            const average = mean(values);
            if (average === undefined)
                return undefined;
            const range = dayRange(first, last);
            return {
                spec: calendarSpec({
                    title: 'Steps a day',
                    subtitle: range,
                    hue: HUE.steps,
                    days,
                    levels: quintileLevels(values, 500, thousands),
                }),
                alt: `Calendar of steps a day, one square a day, ${range}: the darker, the more steps`,
                words: `${(0,lib_text/* capitalize */.Z)(yearName(rows, first))}: ${whole(average)} steps a day on average over ${values.length} days with data; 10,000 or more on ${values.filter((value) => value >= 10_000).length} of them.`,
            };
        },
    },
    {
        file: 'steps-30-days.svg',
        type: 'steps',
        heading: 'Steps',
        draw(rows, newest) {
            const { first, last } = lastDays(newest, RECENT_DAYS);
            const days = dailyValues(rows, 'steps', first, last);
            const average = mean(present(days));
            const most = highest(days);
            if (average === undefined || most === undefined)
                return undefined;
            const range = dayRange(first, last);
            return {
                spec: barsSpec({
                    title: `Steps a day, last ${RECENT_DAYS} days`,
                    subtitle: [range, `dashed: the average, ${whole(average)}`],
                    hue: HUE.steps,
                    days,
                }),
                alt: `Bar chart of steps a day from zero, ${range}, with a dashed line at the average`,
                words: `Last ${RECENT_DAYS} days: ${whole(average)} steps a day on average; the most, ${whole(most.value)}, on ${fullDay(most.day)}.`,
            };
        },
    },
    {
        file: 'sleep-year.svg',
        type: 'sleep',
        heading: 'Sleep',
        draw(rows, newest) {
            const { first, last } = lastDays(newest, YEAR_DAYS);
            // The main sleep only (sleep_minutes): a nap is not a night.
            const days = dailyValues(rows, 'sleep_minutes', first, last, 1 / 60);
            const hours = present(days);
            const average = mean(hours);
            if (average === undefined)
                return undefined;
            const range = dayRange(first, last);
            return {
                spec: calendarSpec({
                    title: 'Hours asleep a night',
                    subtitle: ['the main sleep, naps apart', range],
                    hue: HUE.sleep,
                    days,
                    levels: SLEEP_LEVELS,
                }),
                alt: `Calendar of hours asleep each night (the main sleep), one square a day, ${range}: the darker, the longer`,
                words: `${(0,lib_text/* capitalize */.Z)(yearName(rows, first))}: ${hoursMinutes(average * 60)} asleep a night on average over ${hours.length} nights with data; 7 hours or more on ${hours.filter((value) => value >= 7).length} of them.`,
            };
        },
    },
    trendChart({
        file: 'resting-heart-rate-year.svg',
        type: 'daily-resting-heart-rate',
        heading: 'Resting heart rate',
        column: 'resting_heart_rate_bpm',
        unit: 'bpm',
        hue: HUE.heart,
        places: 0,
        averageDays: 7,
        each: 'day',
    }),
    trendChart({
        file: 'heart-rate-variability-year.svg',
        type: 'daily-heart-rate-variability',
        heading: 'Heart rate variability',
        column: 'hrv_ms',
        unit: 'ms',
        hue: HUE.variability,
        places: 0,
        averageDays: 7,
        each: 'day',
    }),
    trendChart({
        file: 'weight-year.svg',
        type: 'weight',
        heading: 'Weight',
        column: 'weight_kg',
        unit: 'kg',
        hue: HUE.weight,
        places: 1,
        averageDays: 30,
        each: 'weighing',
    }),
];
/** A year of a slowly drifting figure, each day and a running average. */
function trendChart(chart) {
    const figure = (value) => `${chart.places === 0 ? whole(value) : onePlace(value)} ${chart.unit}`;
    return {
        file: chart.file,
        type: chart.type,
        heading: chart.heading,
        draw(rows, newest) {
            const { first, last } = lastDays(newest, YEAR_DAYS);
            const { averageDays } = chart;
            const days = dailyValues(rows, chart.column, (0,civil_days/* addDays */.fi)(first, 1 - averageDays), last);
            const year = days.slice(averageDays - 1);
            const recent = mean(present(year.slice(-averageDays)));
            const lowest = lowestOf(year);
            const highestDay = highest(year);
            if (lowest === undefined || highestDay === undefined)
                return undefined;
            const range = dayRange(first, last);
            const what = chart.heading.toLowerCase();
            return {
                spec: trendSpec({
                    title: chart.heading,
                    subtitle: [
                        `${chart.unit}: a dot a ${chart.each}, the line the ${averageDays}-day average`,
                        range,
                    ],
                    averageDays,
                    hue: chart.hue,
                    days,
                    from: first,
                    format: chart.places === 0 ? ',d' : ',.1f',
                }),
                alt: `Line chart of ${what} in ${chart.unit}, ${range}: a dot for each ${chart.each} and a line for the ${averageDays}-day average`,
                words: `${recent === undefined ? `No ${what} in the last ${averageDays} days` : `Last ${averageDays} days: ${figure(recent)} on average`}; ${yearName(rows, first)} from ${figure(lowest.value)} (${monthDay(lowest.day)}) to ${figure(highestDay.value)} (${monthDay(highestDay.day)}).`,
            };
        },
    };
}
/** How the words name a year's window: `last 12 months`, or `since Oct 1, 2026` when the folder holds less. */
function yearName(rows, first) {
    const oldest = rows[0]?.date;
    return oldest !== undefined && oldest > first ? `since ${fullDay(oldest)}` : 'last 12 months';
}
/** `7.5k`. */
function thousands(value) {
    return `${value / 1000}k`;
}
function valued(days) {
    return days.filter((entry) => entry.value !== undefined);
}
/** The day with the highest figure (the earliest of equals). */
function highest(days) {
    return valued(days).reduce((best, entry) => (best === undefined || entry.value > best.value ? entry : best), undefined);
}
/** The day with the lowest figure (the earliest of equals). */
function lowestOf(days) {
    return valued(days).reduce((best, entry) => (best === undefined || entry.value < best.value ? entry : best), undefined);
}

;// CONCATENATED MODULE: ./lib/src/health/charts/render.js
let loading;
function libraries() {
    loading ??= Promise.all([__webpack_require__.e(/* import() */ 972).then(__webpack_require__.bind(__webpack_require__, 3972)), Promise.all(/* import() */[__webpack_require__.e(972), __webpack_require__.e(994)]).then(__webpack_require__.bind(__webpack_require__, 994))]).then((loaded) => {
        const [vega] = loaded;
        vega.textMetrics.canvas(false);
        return loaded;
    });
    return loading;
}
async function renderSvg(spec) {
    const [vega, vegaLite] = await libraries();
    vega.resetSVGDefIds();
    const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
    try {
        return `${await view.toSVG()}\n`;
    }
    finally {
        view.finalize();
    }
}

;// CONCATENATED MODULE: ./lib/src/health/charts/draw.js
/**
 * The charts of a pull: for each chart of a requested type whose days hold a
 * value, its SVG in `charts/` of the data folder, written only when its bytes
 * change (an unchanged day changes no file). What a chart shows stays in the
 * folder: nothing of it is logged.
 */




const CHARTS_FOLDER = 'charts';
/** The charts of the requested types, drawn from daily.csv's rows into `folder`/charts. */
async function drawCharts(folder, rows, types) {
    const newest = rows[rows.length - 1]?.date;
    if (newest === undefined)
        return { drawn: [], filesWritten: 0 };
    const drawn = [];
    let filesWritten = 0;
    for (const chart of chartsOf(types)) {
        const drawing = chart.draw(rows, newest);
        if (drawing === undefined)
            continue;
        const path = `${CHARTS_FOLDER}/${chart.file}`;
        const svg = await renderSvg(drawing.spec);
        filesWritten += Number(await writeIfChanged((0,external_node_path_.join)(folder, path), svg));
        drawn.push({ heading: chart.heading, path, alt: drawing.alt, words: drawing.words });
    }
    return { drawn, filesWritten };
}
/** The charts a request of these types draws: a type not requested draws none. */
function chartsOf(types) {
    const requested = new Set(types.map((type) => type.name));
    return CHARTS.filter((chart) => requested.has(chart.type));
}

;// CONCATENATED MODULE: ./lib/src/health/daily-csv.js


const DAILY_CSV = 'daily.csv';
const PARALLEL_READS = 16;
/**
 * The table of the types the folder holds a day of (`holdings`), and of
 * `requested` (a type asked for that has no day yet still gets its empty columns).
 */
async function collectDaily(folder, holdings, requested) {
    const names = new Set(requested);
    const held = new Map(holdings.map((holding) => [holding.name, holding.days]));
    const byDay = new Map();
    for (const type of data_types/* DATA_TYPES */.hL) {
        const days = held.get(type.name) ?? [];
        if (days.length > 0)
            names.add(type.name);
        if (type.columns.length === 0)
            continue;
        // Read a few at a time: a year is hundreds of small files.
        for (let index = 0; index < days.length; index += PARALLEL_READS) {
            const batch = days.slice(index, index + PARALLEL_READS);
            const points = await Promise.all(batch.map((day) => readDayPoints(folder, type, day)));
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
    const rows = [...byDay.keys()].sort().map((date) => ({ date, values: byDay.get(date) ?? {} }));
    return { columns: (0,data_types/* dailyColumnsOf */.MZ)(names), rows };
}
function dailyCsvText({ columns, rows }) {
    const names = columns.map((column) => column.name);
    const lines = [
        ['date', ...names].join(','),
        ...rows.map((row) => [row.date, ...names.map((name) => row.values[name] ?? '')].join(',')),
    ];
    return `${lines.join('\n')}\n`;
}

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
;// CONCATENATED MODULE: ./lib/src/health/json-elements.js
/**
 * A JSON object's bytes (UTF-8) read member by member, and one array member
 * element by element, each value decoded and parsed by JSON.parse only when it
 * is asked for. A page of 5,000 intraday samples then never becomes one 2 MB
 * string nor one tree of 50,000 objects: the JS heap holds one point at a
 * time, and V8's young generation stays small (a month of samples parsed page
 * by page with JSON.parse took the pull to 300 MiB; see the README's pull
 * figures). The scan finds where each value ends (strings and nesting
 * honoured; JSON's structural characters are ASCII, never part of a UTF-8
 * sequence); JSON.parse checks each value it is given, so a malformed value is
 * found when it is read.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** Scans `text` (UTF-8 bytes) as one JSON object; throws a SyntaxError when it is not one. */
function scanJsonObject(text) {
    const members = new Map();
    let at = skipSpace(text, 0);
    expect(text, at, OPEN_BRACE);
    at = skipSpace(text, at + 1);
    if (text[at] === CLOSE_BRACE) {
        at += 1;
    }
    else {
        for (;;) {
            expect(text, at, QUOTE);
            const keyEnd = stringEnd(text, at);
            const name = JSON.parse(decode(text, at, keyEnd));
            at = skipSpace(text, keyEnd);
            expect(text, at, COLON);
            const start = skipSpace(text, at + 1);
            const end = valueEnd(text, start);
            members.set(name, { start, end });
            at = skipSpace(text, end);
            if (text[at] === COMMA) {
                at = skipSpace(text, at + 1);
                continue;
            }
            expect(text, at, CLOSE_BRACE);
            at += 1;
            break;
        }
    }
    if (skipSpace(text, at) !== text.length)
        throw new SyntaxError('JSON: text after the object');
    return {
        member(name) {
            const range = members.get(name);
            return range === undefined ? undefined : JSON.parse(decode(text, range.start, range.end));
        },
        elements(name) {
            const range = members.get(name);
            if (range === undefined)
                return [];
            if (text[range.start] !== OPEN_BRACKET) {
                throw new TypeError(`JSON: "${name}" is not an array`);
            }
            return arrayElements(text, range.start);
        },
    };
}
/** The elements of the array that opens at `start`, parsed one by one. */
function* arrayElements(text, start) {
    let at = skipSpace(text, start + 1);
    if (text[at] === CLOSE_BRACKET)
        return;
    for (;;) {
        const end = valueEnd(text, at);
        yield JSON.parse(decode(text, at, end));
        at = skipSpace(text, end);
        if (text[at] === CLOSE_BRACKET)
            return;
        expect(text, at, COMMA);
        at = skipSpace(text, at + 1);
    }
}
/** Just past the JSON value that starts at `start`: a string, an object, an array, a number or a literal. */
function valueEnd(text, start) {
    const first = text[start];
    if (first === QUOTE)
        return stringEnd(text, start);
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
        let depth = 0;
        for (let at = start; at < text.length; at++) {
            const code = text[at];
            if (code === QUOTE)
                at = stringEnd(text, at) - 1;
            else if (code === OPEN_BRACE || code === OPEN_BRACKET)
                depth += 1;
            else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
                depth -= 1;
                if (depth === 0)
                    return at + 1;
            }
        }
        throw new SyntaxError('JSON: an object or array is not closed');
    }
    let at = start;
    while (at < text.length && !endsScalar(text[at] ?? 0))
        at += 1;
    if (at === start)
        throw new SyntaxError(`JSON: no value at ${start}`);
    return at;
}
/** Just past the closing quote of the string that opens at `start`. */
function stringEnd(text, start) {
    for (let at = start + 1; at < text.length; at++) {
        const code = text[at];
        if (code === BACKSLASH)
            at += 1;
        else if (code === QUOTE)
            return at + 1;
    }
    throw new SyntaxError('JSON: a string is not closed');
}
const decoder = new TextDecoder('utf-8', { fatal: true });
/** The UTF-8 text of bytes [start, end); throws a TypeError on bytes that are not UTF-8. */
function decode(text, start, end) {
    return decoder.decode(text.subarray(start, end));
}
function endsScalar(code) {
    return code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isSpace(code);
}
function isSpace(code) {
    return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}
function skipSpace(text, start) {
    let at = start;
    while (at < text.length && isSpace(text[at] ?? 0))
        at += 1;
    return at;
}
function expect(text, at, code) {
    if (text[at] !== code) {
        throw new SyntaxError(`JSON: expected '${String.fromCharCode(code)}' at ${at}`);
    }
}

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
/**
 * A listing's pages, one at a time, every nextPageToken followed (an empty
 * page may still carry one): the caller holds one page, and stops asking by
 * leaving the loop.
 */
async function* listPages(client, type, filter) {
    let pageToken;
    do {
        const page = await client.listPage(type, filter, pageToken);
        yield page;
        pageToken = page.nextPageToken;
    } while (pageToken !== undefined);
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
        reply = await (0,http/* readCappedBytes */.Lo)(response.body, MAX_REPLY_BYTES);
    }
    catch (error) {
        throw unreachable(url, (0,http/* networkProblem */.Wo)(error));
    }
    // Told like a lost connection: the part that was read is no answer to parse.
    if (reply.cut)
        throw unreachable(url, `the reply is larger than ${MAX_REPLY_BYTES} bytes`);
    const { bytes } = reply;
    if (status < 200 || status >= 300) {
        throw failureOf(status, bytes.toString('utf8'), retryAfter, options.redactor);
    }
    return pageOf(bytes, field);
}
function pageOf(bytes, field) {
    let reply;
    let token;
    try {
        reply = scanJsonObject(bytes);
        token = reply.member('nextPageToken');
    }
    catch {
        throw new DataApiError('The Google Health API answered 2xx with a body that is not JSON', 200, undefined);
    }
    return {
        points: pointsOf(reply, field),
        nextPageToken: typeof token === 'string' && token !== '' ? token : undefined,
    };
}
/** The reply's points, one at a time; anything but a list of objects is an error of the reply. */
function* pointsOf(reply, field) {
    const notPoints = () => new DataApiError(`The Google Health API's ${field} is not a list of points`, 200, undefined);
    let elements;
    try {
        elements = reply.elements(field);
    }
    catch {
        throw notPoints();
    }
    const iterator = elements[Symbol.iterator]();
    for (;;) {
        let next;
        try {
            next = iterator.next();
        }
        catch {
            throw notPoints();
        }
        if (next.done)
            return;
        const point = next.value;
        if (typeof point !== 'object' || point === null || Array.isArray(point))
            throw notPoints();
        yield point;
    }
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

;// CONCATENATED MODULE: ./lib/src/health/state.js
/**
 * `.pull-state.json` in the data folder: per data type, the first day it was
 * fetched from and the last day known complete. Written in a fixed form (keys
 * sorted, no times of day, no run ids), so it changes only when a day does.
 */




const STATE_FILE = '.pull-state.json';
const VERSION = 1;
/** The folder's state; empty when the file does not exist yet. */
async function readState(folder) {
    const file = (0,external_node_path_.join)(folder, STATE_FILE);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return {};
        throw new Error(`Could not read ${file}: ${(0,errors/* errorMessage */.gJ)(error)}`);
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
        const first = typeof from === 'string' ? (0,civil_days/* parseDay */.Iq)(from) : undefined;
        const last = typeof completeThrough === 'string' ? (0,civil_days/* parseDay */.Iq)(completeThrough) : undefined;
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

;// CONCATENATED MODULE: ./lib/src/health/data-readme.js
/**
 * The data folder's README.md, regenerated on every run: the charts drawn in
 * this run (each an image with alt text, and one line that reads it in
 * words), what the folder holds of each type, and what each daily.csv column
 * means, with its unit. Built from the folder's own data only, so the same
 * data always gives the same text.
 */



const DATA_README = 'README.md';
function dataReadmeText(daily, holdings, charts) {
    const lines = [
        '# Health data',
        '',
        'Written by `fitbit-token-keeper pull` from the Google Health API and regenerated on every run:',
        'edits to this file are lost.',
        '',
        ...chartSections(charts),
        '## The files',
        '',
        `- [\`${DAILY_CSV}\`](${DAILY_CSV}): one row per day, one column per daily figure (below), empty where there is none.`,
        `- \`${CHARTS_FOLDER}/\`: the charts above, redrawn when their days change.`,
        '- `<type>/<YYYY>/<YYYY-MM-DD>.json`: what the API holds for that type on that day (an empty list: no data).',
        `- \`${STATE_FILE}\`: per type, the last day known complete; the next run goes on from there.`,
        '',
        'What the folder holds of each type:',
        '',
        ...holdings
            .filter((type) => type.days.length > 0)
            .map((type) => `- ${type.name}: ${type.days.length} ${type.days.length === 1 ? 'day' : 'days'}, ${type.days[0]} to ${type.days[type.days.length - 1]}`),
        '',
        `## The columns of \`${DAILY_CSV}\``,
        '',
        // A list, not a table: a phone's column has no room for a third column of sentences.
        '- `date` (`YYYY-MM-DD`): The day the figures belong to: a civil day as the watch recorded it.',
        ...daily.columns.map((column) => `- \`${column.name}\` (${column.unit}): ${column.meaning}`),
    ];
    return `${lines.join('\n')}\n`;
}
/** A section per heading, each chart an image and a line of words below it. */
function chartSections(charts) {
    if (charts.length === 0)
        return ['No charts yet: no day of a charted type holds a value.', ''];
    return charts.flatMap((chart, index) => [
        ...(charts[index - 1]?.heading === chart.heading ? [] : [`## ${chart.heading}`, '']),
        `![${chart.alt}](${chart.path})`,
        '',
        chart.words,
        '',
    ]);
}

;// CONCATENATED MODULE: ./lib/src/health/day-rows.js
/**
 * A day of intraday rows while its listing runs, kept as text in buffers
 * outside the JS heap: tens of thousands of small arrays that live for the
 * whole day would otherwise keep V8's young generation growing (each
 * collection copies them), and the pull's memory with it. The API lists
 * newest first, so the rows arrive in descending time and the file wants them
 * ascending: a chunk of rows is reversed into its buffer, and the chunks are
 * joined in reverse. Rows that arrive out of that order, or at the same
 * instant, are sorted in full instead, so the file is always exactly what
 * rowsFileText writes for the same rows.
 */

/** Rows turned into one buffer at a time: small enough to die young, large enough to be few. */
const CHUNK_ROWS = 200;
class DayRows {
    /** Oldest chunk last; each chunk's rows oldest first. */
    #chunks = [];
    /** Rows not yet in a chunk, as they arrived (newest first). */
    #pending = [];
    /** The instant of the row that arrived last. */
    #lastTime;
    /** Every row so far arrived strictly older than the one before it. */
    #descending = true;
    #count = 0;
    get count() {
        return this.#count;
    }
    add(row) {
        const time = row[0];
        if (this.#count > 0 && !instantBefore(time, this.#lastTime))
            this.#descending = false;
        this.#lastTime = time;
        this.#pending.push(JSON.stringify(row));
        this.#count += 1;
        if (this.#pending.length >= CHUNK_ROWS)
            this.#flush();
    }
    /** The day file's bytes, as rowsFileText gives them for these rows (UTF-8). */
    fileBytes(columns) {
        this.#flush();
        const chunks = [...this.#chunks].reverse();
        if (this.#descending) {
            // Joined as bytes: the day's file never becomes one string on the heap.
            const [head, tail] = rowsFrame(columns, chunks.length === 0);
            const separator = Buffer.from(ROW_SEPARATOR, 'utf8');
            const parts = chunks.flatMap((chunk, index) => (index === 0 ? [chunk] : [separator, chunk]));
            return Buffer.concat([Buffer.from(head, 'utf8'), ...parts, Buffer.from(tail, 'utf8')]);
        }
        // Out of the API's order: parse the rows back and sort them all.
        const rows = chunks.flatMap((chunk) => chunk
            .toString('utf8')
            .split(ROW_SEPARATOR)
            .map((line) => JSON.parse(line)));
        return Buffer.from(rowsFileText(columns, rows), 'utf8');
    }
    #flush() {
        if (this.#pending.length === 0)
            return;
        this.#chunks.push(Buffer.from(this.#pending.reverse().join(ROW_SEPARATOR), 'utf8'));
        this.#pending = [];
    }
}

;// CONCATENATED MODULE: ./lib/src/health/point-day.js
/**
 * Which day a point belongs to: the day the person lived it. A listed point's
 * own instant on its own UTC offset, as the API returns them (for a session
 * such as sleep, its end): the civil day the device recorded, the day the
 * API's daily roll-ups use, wherever the person was. Only a point without an
 * offset falls back to the pull's time zone. A roll-up's day, and a daily
 * summary's, is the API's own date.
 */


/** The point's day; undefined when it carries neither a date nor an instant. */
function dayOfPoint(type, point, timeZone) {
    if (type.method === 'dailyRollUp')
        return (0,civil_days/* dayOfMessage */.nm)((0,data_types/* valueAt */.fK)(point, 'civilStartTime.date'));
    if ('date' in type.dayFrom)
        return (0,civil_days/* dayOfMessage */.nm)((0,data_types/* valueAt */.fK)(point, type.dayFrom.date));
    const instant = Date.parse(String((0,data_types/* valueAt */.fK)(point, type.dayFrom.instant)));
    if (Number.isNaN(instant))
        return undefined;
    const offset = (0,civil_days/* parseUtcOffset */.rH)((0,data_types/* valueAt */.fK)(point, type.dayFrom.offset));
    return offset === undefined ? (0,civil_days/* dayOf */.kb)(instant, timeZone) : (0,civil_days/* dayAtOffset */.L2)(instant, offset);
}

;// CONCATENATED MODULE: ./lib/src/health/listing.js
/**
 * One listing of a `list` type over a range of the person's days: asked with
 * the type's civil filter (so the API selects by the days the person lived),
 * its pages taken one at a time, each point placed in its own day
 * (point-day.ts), and the range's day files written once its last page has
 * arrived. Intraday samples are held as compact rows, and a range of several
 * days may hold at most `rangePages` pages' worth of points: one that turns out to hold more is
 * given up after that page, nothing written, to be asked again day by day. So
 * a run holds at most one day of samples, or one page, at a time.
 */





/** The listing's filter: the range's first day (`>=`) and the day after its last (`<`). */
function filterFor(type, from, through) {
    const { field } = type.filter;
    return `${field} >= "${from}" AND ${field} < "${(0,civil_days/* addDays */.fi)(through, 1)}"`;
}
/** Lists the range, page by page, and writes a file for each of its days (an empty list where none). */
async function fetchListing(client, type, { from, through }, folder, timeZone) {
    const days = (0,civil_days/* daysFrom */.Q4)(from, through);
    const columns = type.compactColumns;
    // A day's points as the file keeps them: the points, or their compact rows off the heap.
    const byDay = new Map(days.map((day) => [day, columns ? new DayRows() : []]));
    // Pages may come short, even empty, and still carry a token: what counts is the points held.
    const mostPoints = type.rangePages === undefined || days.length === 1
        ? Number.POSITIVE_INFINITY
        : type.rangePages * type.pageCap;
    let points = 0;
    let unplaced = 0;
    for await (const page of listPages(client, type, filterFor(type, from, through))) {
        for (const point of page.points) {
            points += 1;
            const day = dayOfPoint(type, point, timeZone);
            const kept = day === undefined ? undefined : byDay.get(day);
            if (kept === undefined)
                unplaced += 1;
            else if (kept instanceof DayRows)
                kept.add(rowOf(columns ?? [], point));
            else
                kept.push(point);
        }
        if (points > mostPoints) {
            return { overflowed: true, points, unplaced, densestDay: 0, filesWritten: 0 };
        }
    }
    const sizes = [...byDay.values()].map((kept) => kept instanceof DayRows ? kept.count : kept.length);
    const densestDay = Math.max(0, ...sizes);
    const texts = days.map((day) => {
        const kept = byDay.get(day) ?? [];
        byDay.delete(day); // each day's points are let go once its text is made
        return [day, kept instanceof DayRows ? kept.fileBytes(columns ?? []) : dayFileText(type, kept)];
    });
    const filesWritten = await writeDayFiles(folder, type, texts);
    return { overflowed: false, points, unplaced, densestDay, filesWritten };
}

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
 * How many days one listing covers: as many as its pages can hold at the
 * density met (`pointsPerDay`: the densest day of the type's last range, or
 * the registry's guess before the first), within the budget left, within the
 * type's `rangePages` and widest range; at least one day.
 */
function listRangeDays(type, budgetLeft, pointsPerDay = type.pointsPerDay) {
    const pages = Math.min(Math.max(1, budgetLeft), type.rangePages ?? Number.POSITIVE_INFINITY);
    const days = Math.floor((type.pageCap * pages) / Math.max(pointsPerDay, 1e-9));
    return Math.max(1, Math.min(type.maxRangeDays, days));
}
/** About how many requests a listing of `days` days takes at `pointsPerDay` (a page at least). */
function listPagesExpected(type, days, pointsPerDay) {
    return Math.max(1, Math.ceil((days * pointsPerDay) / type.pageCap));
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(3738);
;// CONCATENATED MODULE: ./lib/src/health/rate-limiter.js
/**
 * The client's own side of the per-user rate limit (300 requests a minute):
 * a sliding window, so no minute, however it is cut, holds more than the
 * limit. Requests go out at once while the window has room; the next one
 * waits until the oldest leaves it.
 */

const REAL_CLOCK = {
    now: () => Date.now(),
    sleep: (ms, signal) => (0,external_node_timers_promises_.setTimeout)(ms, undefined, signal ? { signal } : {}),
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

;// CONCATENATED MODULE: ./lib/src/health/pull.js
/**
 * The pull, the one flow both edges run: read the state, plan each type's
 * days, fetch them oldest first across all types (one range at a time, the
 * type furthest behind next) until every type reaches `until` or max-requests
 * is spent, write each day's file as its range arrives, then the state,
 * daily.csv and README.md. Days are the person's own: roll-ups come in them,
 * listings select and place points by them (listing.ts). A listing's range is
 * planned from the density the run has met; intraday samples go one day at a
 * time. A range cut short by max-requests writes nothing and counts for
 * nothing. A type that fails keeps its old state and the others go on; a 401
 * stops them all. Log lines carry counts and dates, never a value of the data.
 */













async function pull(settings, deps) {
    const { folder } = settings;
    const state = await readState(folder);
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
        pointsPerDay: plan.type.method === 'list' ? plan.type.pointsPerDay : 0,
        oneDayThrough: undefined,
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
        // A range the budget left cannot finish is left to the next run, once this one has done one.
        if (budget.left === 0 ||
            (rangesDone > 0 && expectedRequests(next, budget.left) > budget.left)) {
            more = true;
            break;
        }
        const sentBefore = budget.sent;
        try {
            const written = await fetchNextRange(next, client, settings, budget.left, deps.log);
            filesWritten += written ?? 0;
            if (written !== undefined)
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
            held: heldCounts(await holdingsOf(folder)),
        };
    }
    filesWritten += Number(await writeIfChanged((0,external_node_path_.join)(folder, STATE_FILE), stateText(nextState)));
    const holdings = await holdingsOf(folder);
    const daily = await collectDaily(folder, holdings, [
        ...settings.types.map((type) => type.name),
        ...Object.keys(nextState),
    ]);
    const { rows } = daily;
    filesWritten += Number(await writeIfChanged((0,external_node_path_.join)(folder, DAILY_CSV), dailyCsvText(daily)));
    const charts = await drawCharts(folder, rows, settings.types);
    filesWritten += charts.filesWritten;
    const readme = dataReadmeText(daily, holdings, charts.drawn);
    filesWritten += Number(await writeIfChanged((0,external_node_path_.join)(folder, DATA_README), readme));
    return {
        completeThrough: completeThroughAll(settings.types, nextState),
        more,
        requests: budget.sent,
        filesWritten,
        types,
        rows,
        held: heldCounts(holdings),
    };
}
function heldCounts(holdings) {
    return new Map(holdings.map((holding) => [holding.name, holding.days.length]));
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
/**
 * Fetches the type's next range and writes a file for each of its days; the
 * files written, or undefined when a listing gave its range up (it held more
 * than it may at once) to ask again day by day.
 */
async function fetchNextRange(item, client, settings, budgetLeft, log) {
    const { type } = item.plan;
    const from = item.cursor;
    if (type.method === 'dailyRollUp') {
        const through = (0,civil_days/* earlier */.X)((0,civil_days/* addDays */.fi)(from, item.rollUpDays - 1), item.plan.through);
        const rollUps = await fetchRollUps(item, type, client, through, settings.folder, log);
        return finishRange(item, through, rollUps, log);
    }
    const through = (0,civil_days/* earlier */.X)((0,civil_days/* addDays */.fi)(from, listWidth(item, type, budgetLeft) - 1), item.plan.through);
    const range = { from, through };
    const listing = await fetchListing(client, type, range, settings.folder, settings.timeZone);
    if (listing.overflowed) {
        item.oneDayThrough = through;
        log.info(`${type.name}: ${from} to ${through} holds more than ${type.rangePages} page(s) of points; asking for one day at a time`);
        return undefined;
    }
    // An empty range (off the wrist) says nothing of the density: the last one met stands.
    if (listing.densestDay > 0)
        item.pointsPerDay = listing.densestDay;
    return finishRange(item, through, listing, log);
}
/** Moves the type past a range whose days are all written; the files written. */
function finishRange(item, through, outcome, log) {
    const { type } = item.plan;
    const from = item.cursor;
    const days = (0,civil_days/* daysBetween */.YM)(from, through) + 1;
    item.cursor = (0,civil_days/* addDays */.fi)(through, 1);
    item.days += days;
    item.filesWritten += outcome.filesWritten;
    item.completeThrough =
        item.completeThrough === undefined ? through : (0,civil_days/* later */.NU)(item.completeThrough, through);
    log.info(`${type.name}: ${from} to ${through}, ${days} day(s), ${outcome.points} point(s), ${outcome.filesWritten} file(s) changed`);
    if (outcome.unplaced > 0) {
        log.warning(`${type.name}: ${outcome.unplaced} point(s) had no day inside ${from} to ${through}; left out`);
    }
    return outcome.filesWritten;
}
/** A roll-up range, one file a day; a range the API calls too wide is split, and the width kept. */
async function fetchRollUps(item, type, client, through, folder, log) {
    const from = item.cursor;
    const answer = await rollUpAll(client, type, from, through);
    const asked = (0,civil_days/* daysBetween */.YM)(from, through) + 1;
    if (answer.widest < asked) {
        log.warning(`${type.name}: the API refused ${asked} days in one request; asking for ${answer.widest} at a time`);
        item.rollUpDays = answer.widest;
    }
    const byDay = new Map((0,civil_days/* daysFrom */.Q4)(from, through).map((day) => [day, []]));
    let unplaced = 0;
    for (const point of answer.points) {
        const day = dayOfPoint(type, point, 'UTC'); // a roll-up's day is its own date
        const list = day === undefined ? undefined : byDay.get(day);
        if (list)
            list.push(point);
        else
            unplaced += 1;
    }
    const texts = [...byDay].map(([day, points]) => [day, dayFileText(type, points)]);
    const filesWritten = await writeDayFiles(folder, type, texts);
    return { points: answer.points.length, unplaced, filesWritten };
}
/** How many days the type's next listing covers, from the density met and the budget left. */
function listWidth(item, type, budgetLeft) {
    if (item.oneDayThrough !== undefined && item.cursor <= item.oneDayThrough)
        return 1;
    return listRangeDays(type, budgetLeft, item.pointsPerDay);
}
/** About how many requests the type's next range takes. */
function expectedRequests(item, budgetLeft) {
    const { type } = item.plan;
    if (type.method === 'dailyRollUp')
        return 1;
    return listPagesExpected(type, listWidth(item, type, budgetLeft), item.pointsPerDay);
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


/***/ })

};
