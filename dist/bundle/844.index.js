export const id = 844;
export const ids = [844];
export const modules = {

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
// EXTERNAL MODULE: ./lib/src/lib/http.js
var http = __webpack_require__(3738);
// EXTERNAL MODULE: ./lib/src/lib/redact.js
var redact = __webpack_require__(1125);
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
        settings: (0,settings/* readPullSettings */.$)(read, now, runner.workspace),
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
    return new errors/* ActionError */.lZ(`Could not tell whether the repository is public (${why}), so the pull wrote nothing and sent no request to the Google Health API.`, 'Give the step a github-token that may read the repository (the default github.token does), or set allow-public-repository: true if publishing the data is what you want.');
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
        timing: timing/* PRODUCTION_PULL_TIMING */.R,
    };
}
async function run(deps = defaultDependencies()) {
    const { core, env } = deps;
    const redactor = new redact/* Redactor */.p();
    const mask = (value) => {
        if (!value)
            return;
        for (const part of new Set([value, value.trim(), ...(0,redact/* secretLines */._)(value)])) {
            if (part)
                core.setSecret(part);
        }
        redactor.add(value);
    };
    const input = (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    const cancel = new AbortController();
    const network = (0,http/* createNetwork */.V)(deps.timing, AbortSignal.any([AbortSignal.timeout(deps.timing.pullLimitMs), cancel.signal]));
    try {
        for (const name of SENSITIVE_INPUTS)
            mask(input(name));
        mask(env[ACCESS_TOKEN_VARIABLE]);
        const config = readPullInputs(input, {
            exportedAccessToken: env[ACCESS_TOKEN_VARIABLE],
            workspace: env.GITHUB_WORKSPACE || process.cwd(),
            apiUrl: env.GITHUB_API_URL,
        }, deps.now());
        const log = {
            info: (message) => core.info(redactor.redact(message)),
            warning: (message) => core.warning(redactor.redact(message)),
        };
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
                throw new errors/* ActionError */.lZ('This repository is public: health data written here, or charts in its job summary, would be readable by anyone, so the pull wrote nothing and sent no request to the Google Health API.', 'Keep your health data in a private repository, or set allow-public-repository: true if publishing it is what you want.');
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
            throw new errors/* ActionError */.lZ(failed.length === result.types.length
                ? `The pull failed. ${reasons}`
                : `The pull failed for ${failed.length} of ${result.types.length} data type(s); the others were written. ${reasons}`);
        }
    }
    catch (error) {
        cancel.abort();
        const advice = error instanceof errors/* ActionError */.lZ && error.advice ? ` ${error.advice}` : '';
        core.setFailed(redactor.redact(`${(0,errors/* errorMessage */.gJ)(error)}${advice}`));
    }
    finally {
        // Idle keep-alive sockets would hold the step open after its work is done.
        await network.dispatcher.destroy().catch(() => undefined);
    }
}


/***/ })

};
