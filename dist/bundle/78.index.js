export const id = 78;
export const ids = [78,965];
export const modules = {

/***/ 7965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refuseFolderOutside: () => (/* binding */ refuseFolderOutside)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7603);
/* harmony import */ var _lib_validators_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8607);
/**
 * The data folder must stay inside the working tree the pull was given
 * (GITHUB_WORKSPACE for the action, the current folder for the command):
 * settings.ts refuses a path that climbs out of it by name, and this refuses
 * one that leads out of it through a symbolic link, the folder itself or any
 * folder on the way to it, by comparing real paths. It runs before any request,
 * so a refused folder costs nothing and no health data is written elsewhere.
 */




/** Throws an InputError naming `folder` when the data folder leads out of `base`. */
async function refuseFolderOutside(folder, base) {
    const realBase = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(base);
    const steps = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, folder).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    let path = base;
    for (const step of steps) {
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, step);
        const entry = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path).catch(() => undefined);
        if (entry === undefined)
            return; // from here on the pull creates real folders
        const shownPath = (0,_lib_validators_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, path));
        if (!entry.isSymbolicLink() && !entry.isDirectory()) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('folder', `leads through ${shownPath}, which is a file, not a folder`);
        }
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(path).catch(() => undefined);
        if (real === undefined || !isInside(real, realBase)) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('folder', `leads out of the working tree: ${shownPath} is a symbolic link to ${real === undefined ? 'a path that does not exist' : real === realBase ? 'the working tree itself' : 'a folder outside it'}, and health data written there would not stay in the repository. Give a folder that is a real folder inside it, such as data`);
        }
    }
}
/** Strictly inside: a link back to the working tree itself would put the data's README.md over its own. */
function isInside(path, base) {
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, path);
    return inside !== '' && !inside.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside);
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

/***/ 3735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NU: () => (/* binding */ escapeSummaryText),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   qH: () => (/* binding */ richSummaryText)
/* harmony export */ });
/**
 * Makes text safe for the job summary and the consent issue, which GitHub
 * renders as Markdown with HTML in it: our table is HTML, our notes are
 * Markdown blockquotes, a provider's answer in the issue is a code span. Provider or GitHub text may add no tag, link, image,
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
/**
 * Someone else's text as an inline Markdown code span (the consent issue): no
 * link, image, tag or emphasis of its own, and no address GitHub turns into a
 * link. The fence is longer than any run of backticks inside; line breaks and
 * controls, which could end the paragraph, become spaces, as in escapeSummaryText.
 */
function codeSpan(text) {
    const flat = text.replace(BREAKS_AND_CONTROLS, ' ');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // A space each side keeps a backtick at either end from joining the fence; GitHub trims it.
    const padded = flat.startsWith('`') || flat.endsWith('`') ? ` ${flat} ` : flat;
    return `${fence}${padded}${fence}`;
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

/***/ 78:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: defaultDependencies

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./lib/src/health/folder-guard.js
var folder_guard = __webpack_require__(7965);
// EXTERNAL MODULE: ./lib/src/health/pull.js + 19 modules
var pull = __webpack_require__(8771);
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

// EXTERNAL MODULE: ./lib/src/health/civil-days.js
var civil_days = __webpack_require__(964);
// EXTERNAL MODULE: ./lib/src/lib/escape.js
var lib_escape = __webpack_require__(3735);
;// CONCATENATED MODULE: ./lib/src/pull-action/figures.js
/**
 * The last days' figures for the job summary, shown only when the person asks
 * for them (`summary: true`): one per daily.csv column of the types pulled,
 * with the newest day's value and the average of the last seven days, as a
 * person reads them ("6 h 24 min", "58 bpm"). The only values of the data any
 * summary holds; summary.ts lays them out.
 */

/** The days the average covers, the newest included. */
const FIGURE_DAYS = 7;
// The registry spells units out; a table on a phone wants them short. Steps and floors say
// their unit in the label.
const SHORT_UNITS = {
    'beats per minute': 'bpm',
    kilometres: 'km',
    kilocalories: 'kcal',
    milliseconds: 'ms',
    percent: '%',
    kilograms: 'kg',
};
// daily.csv names end in their unit (`resting_heart_rate_bpm`); the label is the rest.
const UNIT_SUFFIX = /_(?:bpm|minutes|km|kcal|ms|percent|kg)$/;
// Where the name's own words do not read well on their own.
const LABELS = {
    nap: 'naps',
    hrv: 'HRV',
    spo2: 'SpO₂',
    heart_rate_min: 'lowest heart rate',
    heart_rate_avg: 'average heart rate',
    heart_rate_max: 'highest heart rate',
};
const NUMBER = (places) => new Intl.NumberFormat('en-US', { minimumFractionDigits: places, maximumFractionDigits: places });
/** The label and the formatting of a daily.csv column. */
function readingOf(column) {
    const stem = column.name.replace(UNIT_SUFFIX, '');
    const label = LABELS[stem] ?? stem.replaceAll('_', ' ');
    if (column.unit === 'minutes')
        return { label, format: (value) => hoursAndMinutes(value) };
    const unit = SHORT_UNITS[column.unit];
    const suffix = unit === undefined ? '' : unit === '%' ? ' %' : ` ${unit}`;
    return { label, format: (value, places) => `${NUMBER(places).format(value)}${suffix}` };
}
/**
 * The figures of the last FIGURE_DAYS days up to the newest day held, for the
 * columns of `types` that have a value in them; undefined when no day is held.
 */
function lastDaysFigures(rows, types) {
    const newest = rows[rows.length - 1]?.date;
    if (newest === undefined)
        return undefined;
    const first = (0,civil_days/* addDays */.fi)(newest, -(FIGURE_DAYS - 1));
    const window = rows.filter((row) => row.date >= first);
    const figures = [];
    for (const column of types.flatMap((type) => type.columns)) {
        const values = window
            .map((row) => row.values[column.name])
            .filter((value) => value !== undefined);
        if (values.length === 0)
            continue;
        const places = Math.max(...values.map(decimalPlaces));
        const { label, format } = readingOf(column);
        const newestValue = window[window.length - 1]?.values[column.name];
        const sum = values.reduce((total, value) => total + Number(value), 0);
        figures.push({
            label,
            newest: newestValue === undefined ? undefined : format(Number(newestValue), places),
            average: format(sum / values.length, places),
        });
    }
    return { newest, figures };
}
function decimalPlaces(value) {
    return value.split('.')[1]?.length ?? 0;
}
/** 384 → "6 h 24 min"; under an hour, minutes alone. */
function hoursAndMinutes(minutes) {
    const whole = Math.round(minutes);
    const hours = Math.floor(whole / 60);
    const rest = whole % 60;
    return hours === 0 ? `${rest} min` : `${hours} h ${String(rest).padStart(2, '0')} min`;
}

;// CONCATENATED MODULE: ./lib/src/pull-action/summary.js



const HEADINGS = {
    succeeded: '✅ Health data pull succeeded',
    failed: '❌ Health data pull failed',
    refused: '🔒 Health data pull refused: this repository is public',
};
/** The summary of a pull that ran: succeeded, or failed for some types or all. */
function pullSummaryText(facts) {
    const { result, settings } = facts;
    const failed = result.types.filter((type) => type.failure !== undefined);
    const lines = [`### ${failed.length === 0 ? HEADINGS.succeeded : HEADINGS.failed}`, ''];
    if (failed.length > 0) {
        // A 401 fails every type with the same words: each reason once.
        const reasons = [...new Set(failed.map((type) => facts.redact(type.failure ?? '')))];
        lines.push(...reasonLines(reasons), '');
    }
    lines.push(paragraph('', whatWasDone(facts, failed.length)), '', ...holdingsTable(facts), '');
    lines.push(paragraph('Next', (0,lib_escape/* escapeSummaryText */.NU)(whatHappensNext(facts, failed.length))), '');
    if (facts.figures) {
        const lastDays = lastDaysFigures(result.rows, settings.types);
        if (lastDays !== undefined)
            lines.push('#### Your last days', '', figuresTable(lastDays), '');
    }
    return lines.join('\n');
}
/** The summary of a run refused because the repository is public. */
function refusalSummaryText() {
    return [
        `### ${HEADINGS.refused}`,
        '',
        paragraph('Why', 'Health data written here, or figures in this summary, would be readable by anyone, so the pull wrote nothing and sent no request to the Google Health API.'),
        '',
        paragraph('To allow it', (0,lib_escape/* richSummaryText */.qH)('Keep your health data in a private repository (Settings → General → Danger Zone → Change repository visibility), then run this workflow again. Or, if publishing your data is what you want, set `allow-public-repository: true` on the pull step.')),
        '',
    ].join('\n');
}
/** The summary of a run that failed before the pull could say anything of its own. */
function failureSummaryText(reason, advice) {
    return [
        `### ${HEADINGS.failed}`,
        '',
        ...reasonLines([reason]),
        '',
        paragraph('Next', (0,lib_escape/* escapeSummaryText */.NU)(advice ||
            'The data folder keeps what earlier runs wrote; once the problem is fixed, the next run goes on from where they stopped.')),
        '',
    ].join('\n');
}
/** One reason as a paragraph; several as a list, each once. */
function reasonLines(reasons) {
    if (reasons.length === 1)
        return [paragraph('Why', (0,lib_escape/* escapeSummaryText */.NU)(reasons[0] ?? ''))];
    const items = reasons.map((reason) => `<li>${(0,lib_escape/* escapeSummaryText */.NU)(reason)}</li>`);
    return [paragraph('Why', ''), `<ul>\n${items.join('\n')}\n</ul>`];
}
/** A paragraph of HTML (already escaped), after its label in bold when there is one. */
function paragraph(label, html) {
    const lead = label === '' ? '' : `<strong>${label}:</strong>${html === '' ? '' : ' '}`;
    return `<p>${lead}${html}</p>`;
}
function whatWasDone(facts, failures) {
    const { result } = facts;
    const work = `${plural(result.requests, 'request')} to the Google Health API, ${plural(result.filesWritten, 'file')} changed.`;
    if (failures === 0) {
        return result.completeThrough === undefined
            ? work
            : `Every type is complete through <strong>${result.completeThrough}</strong>. ${work}`;
    }
    const names = result.types
        .filter((type) => type.failure !== undefined)
        .map((type) => type.type)
        .join(', ');
    const others = failures === result.types.length
        ? 'No type could be fetched.'
        : `${names} failed; the other types were written.`;
    return `${(0,lib_escape/* escapeSummaryText */.NU)(others)} ${work}`;
}
/** Type, days held, through which day: three short columns. */
function holdingsTable(facts) {
    const header = [{ text: 'type' }, { text: 'days held', right: true }, { text: 'through' }];
    const rows = facts.result.types.map((type) => [
        { text: `${type.type}${type.failure === undefined ? '' : ' (failed)'}` },
        { text: String(facts.result.held.get(type.type) ?? 0), right: true },
        { text: type.completeThrough ?? '–', nowrap: true },
    ]);
    return [htmlTable(header, rows)];
}
/** The last days' figures: what, the newest day, the week's average; numbers kept whole. */
function figuresTable(lastDays) {
    if (lastDays.figures.length === 0) {
        return `<p>No figures in the ${FIGURE_DAYS} days up to ${lastDays.newest}.</p>`;
    }
    const header = [
        { text: 'figure' },
        { text: lastDays.newest, right: true, nowrap: true },
        { text: `${FIGURE_DAYS}-day average`, right: true },
    ];
    const rows = lastDays.figures.map((figure) => [
        { text: figure.label },
        { text: figure.newest ?? '–', right: true, nowrap: true },
        { text: figure.average, right: true, nowrap: true },
    ]);
    return htmlTable(header, rows);
}
/**
 * A table as HTML, which lets a cell say `nowrap` (GitHub keeps the attribute):
 * browsers break "2026-11-30" after a hyphen when a phone's column squeezes a
 * table, so dates and numbers stay whole and the words around them wrap.
 */
function htmlTable(header, rows) {
    const cell = (tag, { text, right, nowrap }) => `<${tag}${right ? ' align="right"' : ''}${nowrap ? ' nowrap' : ''}>${(0,lib_escape/* escapeSummaryText */.NU)(text)}</${tag}>`;
    return [
        '<table>',
        `<thead><tr>${header.map((each) => cell('th', each)).join('')}</tr></thead>`,
        '<tbody>',
        ...rows.map((row) => `<tr>${row.map((each) => cell('td', each)).join('')}</tr>`),
        '</tbody>',
        '</table>',
    ].join('\n');
}
function whatHappensNext(facts, failures) {
    const { result, settings } = facts;
    const from = nextDay(facts);
    const refetch = settings.refetchDays > 0
        ? `, and fetches the last ${plural(settings.refetchDays, 'day')} again for late syncs`
        : '';
    if (failures > 0) {
        return `Each failed type keeps the days it held. Once the problem is fixed, the next run goes on from ${from}.`;
    }
    if (result.more) {
        return `max-requests (${settings.maxRequests}) stopped this run with days left up to ${settings.until}: the next run goes on from ${from}.`;
    }
    return `The next run goes on from ${from}${refetch}.`;
}
/** The first day the next run fetches anew: the day after the type furthest behind. */
function nextDay(facts) {
    let next;
    for (const type of facts.result.types) {
        const day = type.completeThrough === undefined ? facts.settings.since : (0,civil_days/* addDays */.fi)(type.completeThrough, 1);
        next = next === undefined ? day : (0,civil_days/* earlier */.X)(next, day);
    }
    return next ?? facts.settings.since;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
async function writeSummary(summary, text) {
    await summary.addRaw(text, true).write();
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
 * GitHub's API is asked. An `internal` repository (every member of the
 * enterprise may read it, and GitHub reports it as `private: true`) counts as
 * public. When neither can tell, the answer is "public": the pull refuses
 * rather than guess.
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
        return visibilityOf(data) ?? 'public';
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
        const { repository } = JSON.parse(text);
        return repository ? visibilityOf(repository) : undefined;
    }
    catch {
        return undefined;
    }
}
/** `visibility` where GitHub gives it (`internal` is readable beyond the owner), else `private`. */
function visibilityOf(repository) {
    const { visibility } = repository;
    if (visibility === 'private')
        return 'private';
    if (visibility === 'public' || visibility === 'internal')
        return 'public';
    if (typeof repository.private !== 'boolean')
        return undefined;
    return repository.private ? 'private' : 'public';
}
function cannotTell(why) {
    return new errors/* ExplainedError */.hM(`Could not tell whether the repository is public (${why}), so the pull wrote nothing and sent no request to the Google Health API.`, 'Give the step a github-token that may read the repository (the default github.token does), or set allow-public-repository: true if publishing the data is what you want.');
}

;// CONCATENATED MODULE: ./lib/src/pull-action/main.js
/**
 * The pull action: inputs → masks → the folder and public-repository guards → the pull
 * (src/health/pull.ts) → outputs and summary. It owns the single catch that
 * turns a failure into one ::error:: line, and every run writes one job
 * summary, whatever ended it (summary.ts). The access token is masked before
 * anything else can print it; the data's values reach only the files, and the
 * summary's last days' figures when `summary: true`.
 */











/** The repository is public (or internal) and the person has not allowed the pull there. */
class PublicRepositoryError extends errors/* ExplainedError */.hM {
    name = 'PublicRepositoryError';
    constructor() {
        super('This repository is public: health data written here, or figures in its job summary, would be readable by anyone, so the pull wrote nothing and sent no request to the Google Health API.', 'Keep your health data in a private repository, or set allow-public-repository: true if publishing it is what you want.');
    }
}
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
    // The summary is written once: after the pull, or, when the run ends before that, by the catch.
    let summaryWritten = false;
    const summarize = async (text) => {
        summaryWritten = true;
        await writeSummary(core.summary, text).catch((error) => log.warning(`The job summary could not be written: ${(0,errors/* errorMessage */.gJ)(error)}`));
    };
    try {
        for (const name of SENSITIVE_INPUTS)
            mask(input(name));
        mask(env[ACCESS_TOKEN_VARIABLE]);
        const workspace = env.GITHUB_WORKSPACE || process.cwd();
        const config = readPullInputs(input, { exportedAccessToken: env[ACCESS_TOKEN_VARIABLE], workspace, apiUrl: env.GITHUB_API_URL }, deps.now());
        await (0,folder_guard.refuseFolderOutside)(config.settings.folder, workspace);
        if (!config.allowPublicRepository) {
            const visibility = await repositoryVisibility({
                eventPath: env.GITHUB_EVENT_PATH,
                repository: env.GITHUB_REPOSITORY,
                githubToken: config.githubToken,
                githubApiUrl: config.githubApiUrl,
                network,
                redactor,
            });
            if (visibility === 'public')
                throw new PublicRepositoryError();
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
        await summarize(pullSummaryText({
            settings,
            result,
            figures: config.summary,
            redact: (text) => redactor.redact(text),
        }));
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
        const advice = error instanceof errors/* ExplainedError */.hM ? error.advice : '';
        const message = redactor.redact((0,errors/* errorMessage */.gJ)(error));
        core.setFailed(advice ? `${message} ${redactor.redact(advice)}` : message);
        if (!summaryWritten) {
            await summarize(error instanceof PublicRepositoryError
                ? refusalSummaryText()
                : failureSummaryText(message, redactor.redact(advice)));
        }
    }
    finally {
        await scope.close();
    }
}


/***/ })

};
