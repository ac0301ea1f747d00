export const id = 254;
export const ids = [254];
export const modules = {

/***/ 6394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ DEFAULT_SECRET_NAME)
/* harmony export */ });
/** The secret that holds the refresh token when none is named. */
const DEFAULT_SECRET_NAME = 'FITBIT_REFRESH_TOKEN';


/***/ }),

/***/ 7228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: defaultDependencies

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/src/lib/errors.js
var errors = __webpack_require__(7603);
// EXTERNAL MODULE: ./lib/src/oauth/consent-answer.js
var consent_answer = __webpack_require__(4703);
// EXTERNAL MODULE: ./lib/src/lib/time.js
var time = __webpack_require__(361);
;// CONCATENATED MODULE: ./lib/src/github/schedule.js
/**
 * Whether GitHub is about to stop the schedule that keeps the grant alive. In a
 * public repository GitHub disables scheduled workflows after 60 days without
 * activity; a refresh that then never runs lets a rotating grant lapse. The
 * repository endpoint says both what counts here, `visibility` and `pushed_at`
 * (a push is the activity the API shows). The check is advice: any problem
 * asking it (a token that may not read the repository) only skips it.
 */


const DAY_MS = 24 * 60 * 60 * 1000;
/** GitHub's rule: a public repository's schedules stop after this many days without activity. */
const SCHEDULE_IDLE_LIMIT_DAYS = 60;
/** Warn once the last push is older than this: two weeks leave time to push, even for a weekly run. */
const SCHEDULE_WARN_AFTER_DAYS = 45;
/** Asks GitHub about the repository the workflow runs in; never throws. */
async function checkSchedule(client, where, now) {
    try {
        const { data } = await client.rest.repos.get({ ...where });
        // `visibility` is missing on old servers: then `private` tells public from not.
        const isPublic = typeof data.visibility === 'string' ? data.visibility === 'public' : data.private === false;
        if (!isPublic)
            return { status: 'fine' };
        return judgeLastPush(data.pushed_at, now());
    }
    catch (error) {
        return { status: 'unknown', why: (0,errors/* errorMessage */.gJ)(error) };
    }
}
/** A public repository's last push against GitHub's 60 days, as of `now`. */
function judgeLastPush(pushedAt, now) {
    const lastPush = pushedAt ? new Date(pushedAt) : undefined;
    if (lastPush === undefined || Number.isNaN(lastPush.getTime())) {
        return { status: 'unknown', why: 'GitHub named no last push' };
    }
    if (now.getTime() - lastPush.getTime() <= SCHEDULE_WARN_AFTER_DAYS * DAY_MS) {
        return { status: 'fine' };
    }
    const stopsAt = new Date(lastPush.getTime() + SCHEDULE_IDLE_LIMIT_DAYS * DAY_MS);
    return { status: 'stops soon', stopsAt, lastPush };
}
/** The warning for the log and the job summary: when the schedule stops, and what keeps it. */
function scheduleWarning(check, now) {
    return `${whenScheduleStops("this workflow's", check.stopsAt, now)}, and with it the refreshes that keep the grant alive: the repository is public, its last push was on ${(0,time/* humanTime */.zK)(check.lastPush, now)}, and GitHub disables a public repository's schedules after ${SCHEDULE_IDLE_LIMIT_DAYS} days without activity. Push a commit before then (an empty one will do), or keep the workflow enabled with gh workflow enable (GitHub's "enable a workflow" API, which restarts the ${SCHEDULE_IDLE_LIMIT_DAYS} days); once stopped, "Enable workflow" on the Actions tab restarts it.`;
}
/**
 * "GitHub stops <whose> schedule on …", or that it may have already; the date
 * passed through `emphasis` (bold, in Markdown).
 */
function whenScheduleStops(whose, stopsAt, now, emphasis = (date) => date) {
    const date = emphasis((0,time/* humanTime */.zK)(stopsAt, now));
    return stopsAt.getTime() > now.getTime()
        ? `GitHub stops ${whose} schedule on ${date}`
        : `GitHub may already have stopped ${whose} schedule (since ${date})`;
}

// EXTERNAL MODULE: ./lib/src/lib/escape.js
var lib_escape = __webpack_require__(3735);
;// CONCATENATED MODULE: ./lib/src/consent/issue-text.js
/**
 * The consent issue's words: its title, the body a person reads on a phone,
 * and the hidden marker that records which secret it is for, the `state` and
 * public PKCE challenge of its consent link, the grant's account (as an HMAC
 * that reveals nothing, grant/account.ts) and the scopes the grant last had.
 * Nothing here is secret.
 */



const CONSENT_LABEL = 'fitbit-token-keeper';
/** The secret that keeps the consent link's PKCE verifier, beside the refresh token's. */
const verifierSecretName = (secret) => `${secret}_VERIFIER`;
/**
 * What a marker names differently from `expected`, or undefined when it is for
 * that secret: GitHub stores secret names upper-cased and compares environment
 * names without case.
 */
function differsFrom(marker, expected) {
    if (marker.secret.toUpperCase() !== expected.secret.toUpperCase())
        return 'secret';
    if (marker.environment?.toLowerCase() !== expected.environment?.toLowerCase()) {
        return 'environment';
    }
    return undefined;
}
const MARKER = /<!-- fitbit-token-keeper ([^>]*?) -->/;
const FIELD = /^[A-Za-z0-9_.~+/=%-]+$/;
function consentIssueTitle(secret, environment) {
    const scope = environment === undefined ? '' : ` (environment ${environment})`;
    return `Consent needed: renew the grant in ${secret}${scope}`;
}
function renderMarker(marker) {
    const scopes = marker.scopes ?? [];
    const fields = [
        `secret=${marker.secret}`,
        ...(marker.environment === undefined
            ? []
            : [`environment=${encodeURIComponent(marker.environment)}`]),
        `state=${marker.state}`,
        ...(marker.challenge === undefined ? [] : [`challenge=${marker.challenge}`]),
        ...(marker.identity === undefined ? [] : [`identity=${marker.identity}`]),
        ...(scopes.length === 0 ? [] : [`scopes=${encodeURIComponent(scopes.join(' '))}`]),
    ];
    return `<!-- fitbit-token-keeper ${fields.join(' ')} -->`;
}
/** The marker in an issue body; undefined when there is none or it is garbled. */
function readMarker(body) {
    const found = MARKER.exec(body)?.[1];
    if (found === undefined)
        return undefined;
    const fields = new Map();
    for (const part of found.split(' ')) {
        const at = part.indexOf('=');
        const value = part.slice(at + 1);
        if (at > 0 && FIELD.test(value))
            fields.set(part.slice(0, at), value);
    }
    const secret = fields.get('secret');
    const state = fields.get('state');
    if (secret === undefined || state === undefined)
        return undefined;
    const environment = decoded(fields.get('environment'));
    const scopes = decoded(fields.get('scopes'));
    if (environment === null || scopes === null)
        return undefined;
    return {
        secret,
        environment,
        state,
        challenge: fields.get('challenge'),
        identity: fields.get('identity'),
        scopes: (scopes ?? '').split(' ').filter(Boolean),
    };
}
/** A percent-encoded field; null when it does not decode. */
function decoded(field) {
    try {
        return field === undefined ? undefined : decodeURIComponent(field);
    }
    catch {
        return null;
    }
}
const ASKS = {
    grant: 'It asks for the access the grant had, nothing more.',
    'consent-scopes': 'It asks for the access set in the workflow (consent-scopes).',
    preset: 'It asks for read-only access to your data.',
};
function renderConsentIssue(text) {
    const { marker, deadline, link, now } = text;
    const when = deadline === undefined
        ? ''
        : deadline.getTime() > now.getTime()
            ? ` Renew it before **${(0,time/* humanTime */.zK)(deadline, now)}**, when it is expected to end.`
            : ` It was expected to end on ${(0,time/* humanTime */.zK)(deadline, now)}.`;
    const what = `The grant whose refresh token is stored in \`${marker.secret}\` (${text.where}) needs a new consent: ${text.reason}${text.answer === undefined ? '' : ` (${(0,lib_escape/* codeSpan */.SS)(text.answer)})`}.${when}`;
    const schedule = scheduleNote(text.scheduleStopsAt, now);
    if ('absent' in link) {
        return [what, '', `> [!WARNING]\n> ${link.absent}`, ...schedule, '', renderMarker(marker)].join('\n');
    }
    const steps = text.provider === 'google'
        ? [
            '1. Open the link above and sign in with the Google account whose data the workflow reads.',
            "2. Google may first show **Google hasn't verified this app**: it is your own app. Press **Continue** (or **Advanced**, then **Go to … (unsafe)**).",
            `3. Allow access: tick every box Google lists, then press **Continue**. ${ASKS[link.scopesFrom]}`,
            `4. The browser then goes to \`${link.redirectUri}…\` and most likely shows an error page such as "This site can't be reached": that is expected. Copy the whole address from the address bar.`,
            '5. Paste that address as a comment on this issue. The re-seed workflow exchanges it, deletes your comment and closes this issue.',
        ]
        : [
            '1. Open the link above and sign in with the account whose data the workflow reads.',
            `2. Allow access. ${ASKS[link.scopesFrom]}`,
            `3. The browser then goes to \`${link.redirectUri}…\` and most likely shows an error page: that is expected. Copy the whole address from the address bar.`,
            '4. Paste that address as a comment on this issue. The re-seed workflow exchanges it, deletes your comment and closes this issue.',
        ];
    return [
        what,
        '',
        `### [Open the consent page](${link.url})`,
        '',
        "Use only the link in this issue's body: an answer to any other link, even one posted in a comment here, is refused.",
        '',
        // Seconds are known before the link is opened; minutes can wait until after the steps.
        ...(text.shortCode === undefined ? [] : [shortCodeNote(text.shortCode, marker.secret), '']),
        'From your phone (or any browser):',
        '',
        ...steps,
        '',
        `${text.shortCode === undefined ? `${CODE_IN_MINUTES} ` : ''}Only people with write access to this repository can answer; a comment from anyone else is refused${text.accountKnown ? ', and so is a consent from another account than the one the grant belongs to' : ''}.`,
        ...schedule,
        '',
        '<details><summary>The consent link as text</summary>',
        '',
        '```',
        link.url,
        '```',
        '',
        '</details>',
        '',
        renderMarker(marker),
    ].join('\n');
}
const CODE_IN_MINUTES = 'The address holds a one-time code that expires within minutes: paste it right away.';
/**
 * A code of seconds may die before the re-seed workflow has even started, so
 * the issue says so before the steps, and sends the person to `authorize`
 * first, which exchanges the code the moment the address is pasted.
 */
function shortCodeNote(shortCode, secret) {
    const { seconds, provider } = shortCode;
    return `**Be quick:** the address the browser lands on holds a one-time code that lives only ${seconds} seconds, and the re-seed workflow must start and exchange it within them, which it may not manage. Prefer renewing on a computer with \`npx fitbit-token-keeper authorize --provider ${provider} --secret-name ${secret}\` (with your \`--client-id\` and \`--redirect-uri\`): it exchanges the code the moment you paste the address. If you answer here, paste the address within ${seconds} seconds of allowing access.`;
}
/**
 * A renewed grant still needs its keep-alive: when GitHub is about to stop the
 * schedule (a public repository without pushes), the issue says when and what keeps it.
 */
function scheduleNote(stopsAt, now) {
    if (stopsAt === undefined)
        return [];
    const when = whenScheduleStops("the keep-alive's", stopsAt, now, (date) => `**${date}**`);
    return [
        '',
        `> [!WARNING]\n> ${when}: its repository is public and has had no push for more than ${SCHEDULE_WARN_AFTER_DAYS} days, and GitHub disables a public repository's scheduled workflows after ${SCHEDULE_IDLE_LIMIT_DAYS} days without activity. Push a commit (an empty one will do) before then, or the renewed grant is no longer refreshed.`,
    ];
}
function duplicateComment(kept) {
    return `Another run opened #${kept} for the same secret at the same time: answer that one. Closing this duplicate.`;
}
function renewedComment(expiresAt, now) {
    const until = expiresAt === undefined
        ? ''
        : ` It is now expected to last until ${(0,time/* humanTime */.zK)(expiresAt, now)}.`;
    return `The grant was renewed.${until} Closing this issue.`;
}

;// CONCATENATED MODULE: ./lib/src/consent/comment.js
/**
 * Reading the comment that answers a consent issue (`on: issue_comment`). The
 * comment comes from the event file the runner names (GITHUB_EVENT_PATH), so
 * the pasted address never passes through the step's `with:`, which the
 * runner prints. Only what needs no trust is taken from the event: who
 * commented, on which issue, and the pasted code and state; the event's copy
 * of the issue is never read for its marker. What needs GitHub's word (the
 * commenter's permission, the issue's author, its marker as it is now) is
 * trust.ts, before the exchange.
 */




const TRUSTED = ['OWNER', 'MEMBER', 'COLLABORATOR'];
/** The run's issue_comment event, or undefined for any other event. */
async function readCommentEvent(env) {
    if (env.GITHUB_EVENT_NAME !== 'issue_comment')
        return undefined;
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        throw refusal('the runner named no event file (GITHUB_EVENT_PATH)');
    try {
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch {
        throw refusal('the event file (GITHUB_EVENT_PATH) could not be read as JSON');
    }
}
/**
 * What a comment holds that must never be printed: the pasted redirect address
 * and the code in it; nothing else of the comment, so that a commenter cannot
 * blank out the run's log with words of its own. Never throws.
 */
function pastedInComment(event) {
    const body = commentBody(event);
    if (body === undefined)
        return [];
    try {
        const { address, code } = (0,consent_answer/* readConsentAnswer */.B)('code', body);
        // A bare code is refused (it carries no state): the whole comment is no secret to mask.
        return address === undefined ? [] : [address, code];
    }
    catch {
        return []; // an error= address, or one without a code: it holds no code
    }
}
/**
 * The code a re-seed answering the consent issue exchanges, and the comment
 * as far as the event tells; throws unless the event may re-seed the secret.
 */
function answerFromComment(event, inputs) {
    const pasted = pastedAnswer(event, inputs.code);
    const codeVerifier = verifierForComment(inputs);
    const { comment, issue } = event;
    if (event.action !== 'created') {
        throw refusal(`the comment was ${shownWord(event.action)}, not created`);
    }
    if (issue?.pull_request !== undefined && issue.pull_request !== null) {
        throw refusal('the comment is on a pull request, not on a consent issue');
    }
    const association = comment?.author_association;
    if (typeof association !== 'string' || !TRUSTED.includes(association)) {
        throw refusal(`the comment's author is not the repository's owner, a member or a collaborator (author_association ${shownWord(association)})`);
    }
    if (!carriesConsentLabel(issue?.labels)) {
        throw refusal(`the issue does not carry the label ${CONSENT_LABEL}`);
    }
    const issueNumber = issue?.number;
    const commentId = comment?.id;
    const commenter = comment?.user?.login;
    if (typeof issueNumber !== 'number' || typeof commentId !== 'number') {
        throw refusal('the event names no issue or comment');
    }
    if (typeof commenter !== 'string' || commenter === '') {
        throw refusal("the event does not name the comment's author");
    }
    if (pasted.state === undefined) {
        throw refusal('the comment holds no state: paste the whole address the browser landed on, not only the code');
    }
    return {
        code: pasted.code,
        comment: {
            issue: issueNumber,
            comment: commentId,
            commenter,
            state: pasted.state,
            codeVerifier,
        },
    };
}
/** The answer in `code`, else in the comment; a problem with a comment is said of the comment. */
function pastedAnswer(event, code) {
    if (code !== undefined)
        return (0,consent_answer/* readConsentAnswer */.B)('code', code);
    const body = commentBody(event);
    if (body === undefined)
        throw refusal('the comment is empty');
    try {
        return (0,consent_answer/* readConsentAnswer */.B)('code', body);
    }
    catch (error) {
        throw error instanceof errors/* InputError */.dz ? refusal(`the comment ${error.problem}`) : error;
    }
}
/** The comment's text, which holds the pasted address; undefined when there is none. */
function commentBody(event) {
    const body = event?.comment?.body;
    return typeof body === 'string' && body.trim() !== '' ? body : undefined;
}
/**
 * The verifier the issue's PKCE challenge is checked with; such a re-seed also
 * needs an issues-token (GitHub is asked who commented, and the comment deleted).
 */
function verifierForComment(inputs) {
    if (inputs.codeVerifier === undefined) {
        throw new errors/* InputError */.dz('code-verifier', `is required to answer the consent issue: pass the verifier its link was made with, secrets.${verifierSecretName(inputs.secretName)}`);
    }
    if (inputs.issuesToken === undefined) {
        throw new errors/* InputError */.dz('issues-token', "is required to answer the consent issue: GitHub is asked who commented (its default, the job's github.token, suffices)");
    }
    return inputs.codeVerifier;
}
/** GitHub compares label names without regard to case, and so does this. */
function carriesConsentLabel(labels) {
    const names = Array.isArray(labels) ? labels : [];
    return names.some((label) => {
        const name = typeof label === 'string' ? label : label?.name;
        return typeof name === 'string' && name.toLowerCase() === CONSENT_LABEL;
    });
}
/** A word from the event, shown only as far as it is one. */
function shownWord(value) {
    return typeof value === 'string' ? value.replace(/[^A-Za-z_]/g, '').slice(0, 40) : 'missing';
}
function refusal(why) {
    return new errors/* ExplainedError */.hM(`Refused to re-seed from the issue comment: ${why}`, "Answer the consent issue with the address the browser landed on after opening the link in the issue's body, as someone with write access to the repository.");
}

// EXTERNAL MODULE: ./lib/src/github/target.js
var github_target = __webpack_require__(6119);
// EXTERNAL MODULE: ./lib/src/grant/flow.js + 6 modules
var flow = __webpack_require__(7663);
// EXTERNAL MODULE: ./lib/src/grant/lifecycle.js + 2 modules
var grant_lifecycle = __webpack_require__(9279);
// EXTERNAL MODULE: ./lib/src/lib/runner-input.js
var runner_input = __webpack_require__(491);
// EXTERNAL MODULE: ./lib/src/lib/timing.js
var timing = __webpack_require__(2666);
// EXTERNAL MODULE: ./lib/src/lib/validators.js
var validators = __webpack_require__(8607);
// EXTERNAL MODULE: ./lib/src/oauth/consent.js
var consent = __webpack_require__(4772);
;// CONCATENATED MODULE: ./lib/src/consent/settings.js
/**
 * What the consent loop needs beside the grant's own settings: the consent
 * issue's inputs (`consent-issue`, `issues-token`, `consent-scopes`, and the
 * redirect its link uses: `redirect-uri` sent verbatim, as Google compares
 * registered redirect URIs character for character), and what this run is:
 * a dry run, a re-seed, the answer to the issue it exchanges.
 */



function readConsentIssue(read, redirectUri, serverUrl) {
    const enabled = (0,validators/* yamlBoolean */.qJ)('consent-issue', read('consent-issue') ?? 'false');
    const token = read('issues-token');
    if (enabled && token === undefined) {
        throw new errors/* InputError */.dz('issues-token', "is required with consent-issue: true (its default is the job's own github.token, which needs permissions: issues: write)");
    }
    return {
        enabled,
        token,
        redirectUri: redirectUri ?? consent/* DEFAULT_REDIRECT_URI */.Qi,
        serverUrl: serverUrl || 'https://github.com',
        scopes: (0,validators/* scopeList */.Jb)(read('consent-scopes')),
    };
}

// EXTERNAL MODULE: ./lib/src/grant/account.js
var grant_account = __webpack_require__(7464);
// EXTERNAL MODULE: ./lib/src/grant/settings.js
var settings = __webpack_require__(6394);
// EXTERNAL MODULE: ./lib/src/oauth/providers.js
var providers = __webpack_require__(4428);
;// CONCATENATED MODULE: ./lib/src/keeper-action/token-request.js
/**
 * What the action sends to the token endpoint: the stored refresh token, or
 * the code of a consent (re-seed). A code is pasted into `code` (the dispatch
 * re-seed), or answers the consent issue: then consent/comment.ts reads it
 * from the comment (or `code`) and the event, and its code goes with the
 * issue's consent link's redirect.
 */



function readTokenRequest(read, context) {
    const code = read('code');
    const codeVerifier = read('code-verifier');
    const { commentEvent } = context;
    // On an issue_comment event a code (pasted, or the comment itself) answers the consent issue.
    if (commentEvent !== undefined && (code !== undefined || read('refresh-token') === undefined)) {
        const answered = answerFromComment(commentEvent, {
            code,
            codeVerifier,
            issuesToken: context.consentIssue.token,
            secretName: context.secretName,
        });
        return {
            tokenRequest: {
                type: 'authorization_code',
                code: answered.code,
                codeVerifier,
                redirectUri: context.consentIssue.redirectUri,
            },
            answer: answered.comment,
        };
    }
    if (code !== undefined) {
        const tokenRequest = {
            type: 'authorization_code',
            code: (0,consent_answer/* readConsentAnswer */.B)('code', code).code,
            codeVerifier,
            redirectUri: context.redirectUri,
        };
        return { tokenRequest, answer: undefined };
    }
    const onlyWithCodes = context.consentIssue.enabled
        ? ['code-verifier']
        : ['code-verifier', 'redirect-uri'];
    for (const onlyWithCode of onlyWithCodes) {
        if (read(onlyWithCode) !== undefined) {
            throw new errors/* InputError */.dz(onlyWithCode, "is only used together with 'code' (re-seed mode)");
        }
    }
    const refreshToken = read('refresh-token');
    if (refreshToken === undefined) {
        throw new errors/* InputError */.dz('refresh-token', "is required unless 'code' is given: pass the stored secret with an expression such as secrets.FITBIT_REFRESH_TOKEN (an empty value usually means the secret does not exist or is not available to this workflow)");
    }
    return { tokenRequest: { type: 'refresh_token', refreshToken }, answer: undefined };
}

;// CONCATENATED MODULE: ./lib/src/keeper-action/inputs.js
/**
 * Reads every input of the action in one place and turns it into a frozen,
 * typed ActionConfig. Each problem is one InputError naming the input, before
 * any request. The runner's environment reaches this module only through the
 * two functions it is handed.
 */







/** Inputs whose values must be masked the moment they are read. */
const SENSITIVE_INPUTS = [
    'refresh-token',
    'client-secret',
    'code',
    'code-verifier',
    'github-token',
    'issues-token',
];
const ENV_VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DURATION = /^(\d+(?:\.\d+)?)\s*(s|m|h|d|w)$/i;
const DURATION_UNITS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const DEFAULT_EXPORT_VARIABLE = 'FITBIT_ACCESS_TOKEN';
function readInputs(input, runner) {
    const read = (name) => input(name)?.trim() || undefined;
    const provider = (0,providers/* providerNamed */.li)(read('provider'));
    const clientId = (0,validators/* required */.mw)('client-id', read('client-id'), 'the OAuth client id');
    const clientSecret = read('client-secret');
    const clientAuth = (0,validators/* oneOf */.yL)('client-auth', read('client-auth') ?? 'auto', providers/* CLIENT_AUTH_SETTINGS */.RD);
    const tokenUrl = (0,providers/* tokenUrlOf */.qV)(provider, read('token-url'));
    const redirectUri = (0,validators/* optional */.lq)(read('redirect-uri'), (uri) => (0,validators/* absoluteUrl */.rf)('redirect-uri', uri));
    const consentIssue = readConsentIssue(read, redirectUri, runner.serverUrl);
    // The consent link's redirect must be one the provider takes (Withings: no loopback).
    if (consentIssue.enabled)
        (0,providers/* consentRedirectFor */.g9)(provider, 'redirect-uri', consentIssue.redirectUri);
    const githubToken = (0,validators/* required */.mw)('github-token', read('github-token'), 'a token that may write Actions secrets (fine-grained PAT with "Secrets: read and write", classic PAT with repo, or a GitHub App token)');
    const refreshTokenSecret = (0,validators/* secretName */.Gf)('secret-name', read('secret-name') ?? settings/* DEFAULT_SECRET_NAME */.F);
    const accessTokenSecret = (0,validators/* optional */.lq)(read('access-token-secret'), (name) => (0,validators/* secretName */.Gf)('access-token-secret', name));
    if (accessTokenSecret && accessTokenSecret.toUpperCase() === refreshTokenSecret.toUpperCase()) {
        throw new errors/* InputError */.dz('access-token-secret', `must differ from secret-name (${refreshTokenSecret}): the access token would overwrite the refresh token`);
    }
    const environment = (0,validators/* optional */.lq)(read('environment'), validators/* environmentName */.VE);
    const { tokenRequest, answer } = readTokenRequest(read, {
        redirectUri,
        consentIssue,
        commentEvent: runner.commentEvent,
        secretName: refreshTokenSecret,
    });
    const reseed = tokenRequest.type === 'authorization_code';
    const dryRun = (0,validators/* yamlBoolean */.qJ)('dry-run', read('dry-run') ?? 'false');
    const config = {
        provider,
        endpoint: {
            url: tokenUrl,
            clientId,
            clientSecret,
            clientAuth: (0,providers/* resolveClientAuth */.EC)(provider, clientAuth, clientSecret !== undefined),
            dialect: provider.token,
        },
        tokenRequest,
        reseed,
        githubToken,
        githubApiUrl: (0,validators/* apiBaseUrl */.tj)('github-api-url', read('github-api-url') ?? runner.apiUrl ?? 'https://api.github.com'),
        target: {
            ...(0,validators/* repository */.Jk)(read('repository') ?? (runner.repository || undefined)),
            environment,
        },
        secretName: refreshTokenSecret,
        accessTokenSecret,
        // An explicitly empty export-variable exports nothing; only one not passed at all takes the default.
        exportVariable: (0,validators/* optional */.lq)(input('export-variable') === undefined ? DEFAULT_EXPORT_VARIABLE : read('export-variable'), exportVariableName),
        requiredScopes: requiredScopes(provider, read('required-scopes')),
        dryRun,
        grantLifetimeSeconds: (0,validators/* optional */.lq)(read('grant-lifetime'), duration),
        recoveryPublicKey: (0,validators/* optional */.lq)(read('recovery-public-key'), recoveryKey),
        currentRun: currentRun(runner),
        grantAccount: (0,validators/* optional */.lq)(read('grant-account'), grant_account/* readAccountRecord */.$b),
        consent: { ...consentIssue, dryRun, reseed, answer },
    };
    return Object.freeze(config);
}
/**
 * A check that could never pass is refused before any request: Strava's and
 * Oura's replies name no scopes, so required ones would fail every run.
 */
function requiredScopes(provider, value) {
    const scopes = (0,validators/* scopeList */.Jb)(value);
    if (scopes.length > 0 && !provider.token.namesScopes) {
        throw new errors/* InputError */.dz('required-scopes', `cannot be checked with provider ${provider.name}: its token replies never name the scopes granted, so the check would fail every run. Leave it empty; the scopes are chosen at consent (consent-scopes, or authorize --scopes)`);
    }
    return scopes;
}
function currentRun(runner) {
    const [owner, repo] = (runner.repository ?? '').split('/');
    const id = Number(runner.runId);
    return owner && repo && Number.isSafeInteger(id) && id > 0 ? { owner, repo, id } : undefined;
}
function exportVariableName(value) {
    if (!ENV_VAR_NAME.test(value)) {
        throw new errors/* InputError */.dz('export-variable', `${(0,validators/* shown */.SP)(value)} is not a valid environment variable name: use letters, digits and _ only, not starting with a digit (or leave it empty to export nothing)`);
    }
    if (/^(GITHUB_|RUNNER_)/i.test(value) || /^(CI|NODE_OPTIONS)$/i.test(value)) {
        throw new errors/* InputError */.dz('export-variable', `${(0,validators/* shown */.SP)(value)} is reserved by the Actions runner`);
    }
    return value;
}
function duration(value) {
    const match = DURATION.exec(value);
    const unit = match?.[2]?.toLowerCase();
    if (!match?.[1] || unit === undefined || DURATION_UNITS[unit] === undefined) {
        throw new errors/* InputError */.dz('grant-lifetime', `must be a duration such as 7d, 36h or 90m (got ${(0,validators/* shown */.SP)(value)})`);
    }
    const seconds = Number(match[1]) * DURATION_UNITS[unit];
    if (seconds <= 0)
        throw new errors/* InputError */.dz('grant-lifetime', 'must be longer than zero');
    return seconds;
}
function recoveryKey(value) {
    const bytes = Buffer.from(value, 'base64');
    if (bytes.length !== 32 || bytes.toString('base64') !== value) {
        throw new errors/* InputError */.dz('recovery-public-key', 'must be a base64 X25519 public key (32 bytes) as `fitbit-token-keeper keygen` prints it');
    }
    return value;
}

// EXTERNAL MODULE: ./lib/src/oauth/token-reply.js
var token_reply = __webpack_require__(7230);
;// CONCATENATED MODULE: ./lib/src/keeper-action/outputs.js



/** The contract's outputs, as strings; absent facts become empty strings. */
function outputValues(result) {
    const { reply, issuedAt } = result;
    return {
        'access-token': reply.accessToken,
        'expires-in': reply.expiresIn === undefined ? '' : String(reply.expiresIn),
        'expires-at': (0,time/* iso */.KH)((0,token_reply/* accessTokenExpiry */.bu)(reply, issuedAt)),
        scope: reply.scopes.join(' '),
        'user-id': reply.userId ?? '',
        'refresh-token-expires-at': (0,time/* iso */.KH)((0,time/* secondsAfter */._I)(issuedAt, reply.refreshTokenExpiresIn)),
        'token-type': reply.tokenType,
        'grant-expires-at': (0,time/* iso */.KH)(result.grantExpiresAt),
        'secret-updated': String(result.secretUpdated),
    };
}
function publishOutputs(actions, result, exportVariable) {
    for (const [name, value] of Object.entries(outputValues(result)))
        actions.setOutput(name, value);
    if (exportVariable !== undefined)
        actions.exportVariable(exportVariable, result.reply.accessToken);
}
/**
 * The job summary of a run that kept the grant: a heading, then one line per
 * fact, its label in bold ("Provider: Google"), as a list that wraps inside a
 * phone's 340 px column (a table would need 531 px); then the actions and notes.
 */
async function writeSummary(summary, facts) {
    const lines = [
        ['Provider', facts.provider],
        ['Refresh token secret', facts.secret],
    ];
    const result = facts.result;
    if (result) {
        const now = result.issuedAt;
        const expiresAt = (0,token_reply/* accessTokenExpiry */.bu)(result.reply, now);
        lines.push(['Refresh token', refreshTokenFate(result.secretUpdated, facts.reseed === true)], ['Access token expires', (0,time/* humanTime */.zK)(expiresAt, now) || 'not stated by the provider'], ['Scopes', result.reply.scopes.map(shortScope).join(', ') || 'not stated by the provider'], ['Grant expires', (0,time/* humanTime */.zK)(result.grantExpiresAt, now) || 'unknown']);
    }
    // One HTML block, whose text Markdown leaves alone; every value escaped, so scopes, names
    // and GitHub's messages can add no tag, item, link or line of their own.
    summary.addHeading('Fitbit token keeper', 3).addRaw(labelledLines(lines), true);
    // Each note is an HTML block, whose text Markdown leaves alone: a quoted address stays text
    // instead of turning into a link, as it would in a Markdown blockquote.
    for (const action of facts.actions ?? []) {
        summary.addRaw(`\n<blockquote>${(0,lib_escape/* richSummaryText */.qH)(action)}</blockquote>\n`, true);
    }
    for (const note of facts.notes) {
        summary.addRaw(`\n<blockquote>${(0,lib_escape/* escapeSummaryText */.NU)(note)}</blockquote>\n`, true);
    }
    await summary.write();
}
/** Label/value lines as a list: "<strong>Label:</strong> value", both escaped. */
function labelledLines(lines) {
    const items = lines.map(([label, value]) => `<li><strong>${(0,lib_escape/* escapeSummaryText */.NU)(label)}:</strong> ${(0,lib_escape/* escapeSummaryText */.NU)(value)}</li>`);
    return `<ul>\n${items.join('\n')}\n</ul>\n`;
}
/** Google's scope URLs without their common prefix, so a phone need not scroll the table. */
function shortScope(scope) {
    return scope.replace(/^https:\/\/www\.googleapis\.com\/auth\//, '');
}
function refreshTokenFate(secretUpdated, reseed) {
    if (reseed)
        return 'stored from the new consent';
    return secretUpdated
        ? 'rotated: the new one is stored'
        : 'unchanged: the provider keeps it valid';
}
function grantStatusText(status, provider) {
    switch (status) {
        case 'still valid':
            return 'still valid: the stored refresh token works';
        case 'spent':
            // A Google grant is not used up by refreshing: it expired (7 days in "Testing") or was revoked.
            return `${provider?.rotates === false ? 'expired or revoked' : 'spent'}: the stored refresh token no longer works, a new consent is needed`;
        case 'stored nowhere':
            return 'stored nowhere: the new refresh token could not be saved';
        case 'maybe spent':
            return 'maybe spent: re-run at once, the provider usually replays the same answer';
        case 'safe':
            return 'safe: the newest refresh token is stored';
    }
}
/**
 * The job summary of a failed run: what happened in one sentence, where the
 * grant stands, the one next step (its commands and links shown as such), and
 * why such failures happen, folded away.
 */
async function writeFailureSummary(summary, facts) {
    const { explanation } = facts;
    const plain = (text) => (0,lib_escape/* escapeSummaryText */.NU)(text);
    const rows = [
        ['What happened', plain(explanation.happened)],
        ['The grant', plain(grantStatusText(explanation.status, facts.provider))],
        ['Where it stands', plain(explanation.grant)],
        ['Next step', (0,lib_escape/* richSummaryText */.qH)(explanation.nextStep)],
    ];
    if (facts.provider)
        rows.push(['Provider', plain(facts.provider.label)]);
    if (facts.secret)
        rows.push(['Refresh token secret', plain(facts.secret)]);
    summary.addHeading('Fitbit token keeper: the run failed', 3).addTable([
        [
            { data: 'Item', header: true },
            { data: 'Value', header: true },
        ],
        ...rows.map(([item, value]) => [item, value]),
    ]);
    if (explanation.why) {
        summary.addRaw(`\n<details><summary>Why this happens</summary>\n\n${plain(explanation.why)}\n\n</details>\n`, true);
    }
    await summary.write();
}

// EXTERNAL MODULE: ./lib/src/github/client.js
var client = __webpack_require__(5574);
// EXTERNAL MODULE: ./lib/src/grant/lifetime.js
var lifetime = __webpack_require__(1668);
// EXTERNAL MODULE: ./lib/src/lib/text.js
var lib_text = __webpack_require__(4679);
// EXTERNAL MODULE: ./lib/src/oauth/token-endpoint-errors.js
var token_endpoint_errors = __webpack_require__(8389);
// EXTERNAL MODULE: ./lib/src/lib/retry.js
var retry = __webpack_require__(9516);
// EXTERNAL MODULE: ./lib/src/github/errors.js
var github_errors = __webpack_require__(4369);
;// CONCATENATED MODULE: ./lib/src/github/issues.js
/**
 * The issues calls of the consent issue, through the same Octokit client as
 * the secrets (retries, no cross-origin redirects). Failures become
 * IssuesApiErrors that name the permission the issues-token needs.
 */



/** The permission a workflow gives its GITHUB_TOKEN for issues. */
const ISSUES_PERMISSION = 'permissions: issues: write';
class IssuesApiError extends errors/* ExplainedError */.hM {
    status;
    name = 'IssuesApiError';
    constructor(message, status) {
        super(message, `Give the issues-token ${ISSUES_PERMISSION} (in the workflow's permissions block for the job's GITHUB_TOKEN, or "Issues: read and write" for a fine-grained token).`);
        this.status = status;
    }
}
/** Open issues carrying `label`, oldest first (one page is plenty: one issue per secret). */
async function openIssuesLabelled(client, where, label) {
    const response = await call(where, 'list the open issues', () => client.rest.issues.listForRepo({
        ...where,
        labels: label,
        state: 'open',
        sort: 'created',
        direction: 'asc',
        per_page: 100,
    }));
    return response.data
        .map(toIssue)
        .filter((issue) => !issue.pullRequest)
        .sort((a, b) => a.number - b.number);
}
/** One issue as it is now (not as an event's copy of it showed it). */
async function getIssue(client, where, number) {
    const response = await call(where, `read issue #${number}`, () => client.rest.issues.get({ ...where, issue_number: number }));
    return toIssue(response.data);
}
/** Creates `label` unless it exists (422 already_exists is success). */
async function ensureLabel(client, where, label) {
    try {
        await client.rest.issues.createLabel({ ...where, ...label });
    }
    catch (error) {
        if ((0,github_errors/* responseStatus */.aO)(error) === 422)
            return;
        throw toIssuesError(error, where, `create the label ${label.name}`);
    }
}
async function createIssue(client, where, issue) {
    const response = await call(where, 'open the consent issue', () => client.rest.issues.create({ ...where, ...issue }));
    return response.data.number;
}
/** Opens an issue under `label`, which is created first unless it exists. */
async function createLabelledIssue(client, where, label, issue) {
    await ensureLabel(client, where, label);
    return createIssue(client, where, { ...issue, labels: [label.name] });
}
/** Leaves `comment` on an issue, then closes it. */
async function closeWithComment(client, where, number, comment, reason) {
    await commentOnIssue(client, where, number, comment);
    await updateIssue(client, where, number, { state: 'closed', state_reason: reason });
}
async function updateIssue(client, where, number, change) {
    await call(where, `update issue #${number}`, () => client.rest.issues.update({ ...where, issue_number: number, ...change }));
}
async function commentOnIssue(client, where, number, body) {
    await call(where, `comment on issue #${number}`, () => client.rest.issues.createComment({ ...where, issue_number: number, body }));
}
/** Deletes a comment; one that is already gone (404: its author deleted it) counts as deleted. */
async function deleteComment(client, where, commentId) {
    try {
        await client.rest.issues.deleteComment({ ...where, comment_id: commentId });
    }
    catch (error) {
        if ((0,github_errors/* responseStatus */.aO)(error) === 404)
            return;
        throw toIssuesError(error, where, `delete comment ${commentId}`);
    }
}
function toIssue(item) {
    return {
        number: item.number,
        title: item.title,
        body: item.body ?? '',
        labels: item.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))),
        state: item.state === 'open' ? 'open' : 'closed',
        author: item.user?.login ?? '',
        pullRequest: item.pull_request !== undefined && item.pull_request !== null,
    };
}
async function call(where, action, send) {
    try {
        return await send();
    }
    catch (error) {
        throw toIssuesError(error, where, action);
    }
}
function toIssuesError(error, where, action) {
    return new IssuesApiError(failedCall(error, where, action), (0,github_errors/* responseStatus */.aO)(error));
}
/** "Could not <action> of owner/repo (HTTP 403: GitHub's words)", for any failed call. */
function failedCall(error, where, action) {
    const status = (0,github_errors/* responseStatus */.aO)(error);
    const failure = (0,retry/* lastFailure */.xW)(error).error;
    const message = (0,github_errors/* apiMessageOf */.rU)(failure?.response?.data);
    const said = message === undefined ? '' : `: ${message}`;
    const detail = status === undefined ? ' (GitHub could not be reached)' : ` (HTTP ${status}${said})`;
    return `Could not ${action} of ${where.owner}/${where.repo}${detail}`;
}

;// CONCATENATED MODULE: ./lib/src/consent/issue-page.js
/**
 * What the consent issue holds for a need, decided without asking anyone: its
 * title, its marker, its consent link and the body a person reads. issue.ts
 * does the writing; issue-text.ts has the words.
 */




/** The issue's page for this grant: what does not change within a run. */
function issuePage(grant, settings) {
    const { provider, secretName, target } = grant;
    return {
        secret: { secret: secretName, environment: target.environment },
        title: consentIssueTitle(secretName, target.environment),
        where: (0,github_target/* describeTarget */.f)(target),
        provider: provider.name === 'google' ? 'google' : 'other',
        shortCode: provider.codeLifetimeSeconds === undefined
            ? undefined
            : { seconds: provider.codeLifetimeSeconds, provider: provider.name },
        accountRecorded: grant.grantAccount !== undefined,
        link: {
            provider,
            clientId: grant.endpoint.clientId,
            redirectUri: settings.redirectUri,
            consentScopes: settings.scopes,
        },
    };
}
/** A new issue: its marker, and a body without a link (the link comes once this run has won). */
function openingDraft(page, need, now) {
    const marker = {
        ...page.secret,
        state: (0,consent/* createState */.ur)(),
        challenge: undefined,
        scopes: need.grantedScopes,
    };
    const link = {
        absent: 'The run that opened this issue is adding its consent link: reload in a moment.',
    };
    return { marker, body: render(page, marker, need, now, link) };
}
/**
 * The issue's text and link. A link already handed out keeps working (a
 * person may be halfway through it), with the account and scopes it recorded
 * in `kept`; else the link is made for the verifier just `sealed`, or, when
 * it could not be, the issue says why it holds none.
 */
function linkedDraft(page, kept, sealed, need, now) {
    const grantScopes = need.grantedScopes.length > 0 ? need.grantedScopes : (kept?.scopes ?? []);
    let marker = {
        ...page.secret,
        state: kept?.state ?? (0,consent/* createState */.ur)(),
        challenge: kept?.challenge,
        identity: kept?.identity,
        scopes: grantScopes,
    };
    if (sealed !== undefined && typeof sealed !== 'string') {
        const identity = need.userId === undefined ? undefined : (0,grant_account/* accountTag */.oD)(sealed.verifier, need.userId);
        marker = { ...marker, challenge: sealed.challenge, identity };
    }
    const link = marker.challenge === undefined
        ? { absent: typeof sealed === 'string' ? sealed : 'This issue holds no consent link.' }
        : consentLink(page.link, { state: marker.state, challenge: marker.challenge }, grantScopes);
    return { marker, body: render(page, marker, need, now, link) };
}
function render(page, marker, need, now, link) {
    return renderConsentIssue({
        marker,
        where: page.where,
        reason: need.reason,
        answer: need.answer,
        deadline: need.deadline,
        scheduleStopsAt: need.scheduleStopsAt,
        link,
        provider: page.provider,
        shortCode: page.shortCode,
        accountKnown: marker.identity !== undefined || page.accountRecorded,
        now,
    });
}
/**
 * The link asks for consent-scopes when given; else for exactly the scopes the
 * grant had, else the preset's read-only ones; always with the scope that
 * names the account (Google's openid), which reveals no health data and lets a
 * re-seed tell the grant's account from another.
 */
function consentLink({ provider, clientId, redirectUri, consentScopes }, marker, grantScopes) {
    const scopesFrom = consentScopes.length > 0 ? 'consent-scopes' : grantScopes.length > 0 ? 'grant' : 'preset';
    const asked = {
        'consent-scopes': consentScopes,
        grant: grantScopes,
        preset: provider.defaultScopes,
    };
    const url = (0,consent/* buildConsentUrl */.iY)({
        authorizeUrl: provider.authorizeUrl ?? '',
        provider,
        clientId,
        redirectUri,
        scopes: (0,consent/* withIdentityScope */.$F)(provider, asked[scopesFrom]),
        state: marker.state,
        // Only the challenge goes into the link; its verifier is in the secret.
        pkce: { verifier: '', challenge: marker.challenge },
    });
    return { url, redirectUri, scopesFrom };
}

;// CONCATENATED MODULE: ./lib/src/consent/issue.js
/**
 * The consent issue (`consent-issue: true`): opens or updates the issue that
 * asks a person to consent again, and closes it once the grant is renewed.
 * Nothing here may fail a run: every problem is a warning that names the
 * permission, because the refresh token is what matters and it is safe.
 *
 * Only the keeper's own issues (own-issues.ts) are ever updated, commented on or
 * closed, and only their markers are read. One issue, one link, one verifier
 * per secret, also when two runs overlap: a run that finds no issue of its own
 * opens one without a link, then lists again; the lowest-numbered one wins.
 * Only the winner writes the PKCE verifier and adds the link; a loser closes
 * its own issue as a duplicate. A link is never made without PKCE: when the
 * verifier cannot be stored, the issue says which permission is missing and
 * holds no link. What the issue says is decided in issue-page.ts.
 */





/** The need as the log tells it: the reason, then the provider's answer as it came. */
const why = ({ reason, answer }) => answer === undefined ? reason : `${reason} (${answer})`;
/**
 * Opens the consent issue, or updates the keeper's one already open for this
 * secret; resolves to its number, or undefined when none could be opened.
 * `secrets` (the grant's secret writer, undefined when the preflight failed)
 * keeps the link's PKCE verifier.
 */
async function openConsentIssue(own, page, need, secrets, run) {
    const { log } = run;
    if (page.link.provider.authorizeUrl === undefined) {
        log.warning('consent-issue: the custom provider has no known consent page, so no consent issue was opened.');
        return undefined;
    }
    /** Writes the issue's text and link; `kept` is always the marker of one of the keeper's own issues. */
    const writeIssue = async (number, kept) => {
        // A link already handed out keeps working: a person may be halfway through it.
        const sealed = kept?.challenge === undefined
            ? await sealedPkce(verifierSecretName(page.secret.secret), secrets, run)
            : undefined;
        const { body } = linkedDraft(page, kept, sealed, need, run.now());
        await updateIssue(own.client, own.where, number, { title: page.title, body });
    };
    return warnOnFailure(log, 'open or update the consent issue', async () => {
        const [open] = await own.listed();
        if (open !== undefined) {
            await writeIssue(open.number, readMarker(open.body));
            log.warning(`The grant needs a new consent: ${why(need)}. Updated consent issue #${open.number}.`);
            return open.number;
        }
        const opening = openingDraft(page, need, run.now());
        const created = await openWithoutLink(own, page, opening);
        // An overlapping run may have opened one too: the lowest number wins.
        const [winner] = await own.reread();
        if (winner !== undefined && winner.number !== created) {
            // Not `duplicate`: that reason wants the kept issue's id, and older servers lack it.
            const comment = duplicateComment(winner.number);
            await closeWithComment(own.client, own.where, created, comment, 'not_planned');
            log.warning(`The grant needs a new consent: ${why(need)}. Consent issue #${winner.number} was opened by an overlapping run; closed #${created} as its duplicate.`);
            return winner.number;
        }
        await writeIssue(created, opening.marker);
        log.warning(`The grant needs a new consent: ${why(need)}. Opened consent issue #${created}.`);
        return created;
    });
}
/** A new issue with its marker but no link yet: the link comes once this run has won. */
function openWithoutLink({ client, where }, page, opening) {
    const label = {
        name: CONSENT_LABEL,
        color: 'd93f0b',
        description: 'fitbit-token-keeper: the grant needs a new consent',
    };
    return createLabelledIssue(client, where, label, { title: page.title, body: opening.body });
}
/**
 * After a renewal, each of the keeper's consent issues open for this secret
 * (or just the answered one) is closed: first the verifier secret is deleted,
 * so that its link or an answer to it never works again, and the comment that
 * held the code (if any); then each issue gets a comment and is closed. Each
 * step is done on its own: one that fails is a warning and the others still
 * happen.
 */
async function closeConsentIssues(own, secretName, { expiresAt, secrets, answered }, { log, now }) {
    const { client, where } = own;
    const numbers = answered
        ? [answered.issue]
        : ((await warnOnFailure(log, 'list the consent issues', () => own.listed())) ?? []).map((issue) => issue.number);
    if (numbers.length === 0)
        return;
    const verifier = verifierSecretName(secretName);
    await warnOnFailure(log, `delete the secret ${verifier}`, () => secrets.remove(verifier));
    if (answered) {
        await warnOnFailure(log, 'delete the comment that held the code', () => deleteComment(client, where, answered.comment));
    }
    for (const number of numbers) {
        await warnOnFailure(log, `comment on consent issue #${number}`, () => commentOnIssue(client, where, number, renewedComment(expiresAt, now())));
        const closed = await warnOnFailure(log, `close consent issue #${number}`, async () => {
            await updateIssue(client, where, number, { state: 'closed', state_reason: 'completed' });
            return true;
        });
        if (closed)
            log.info(`The grant was renewed: closed consent issue #${number}.`);
    }
}
/**
 * A fresh PKCE pair whose verifier is sealed into `name` (<secret>_VERIFIER);
 * when it cannot be, what the issue says instead of a link.
 */
async function sealedPkce(name, secrets, { log, mask }) {
    const pkce = (0,consent/* createPkce */.Y1)();
    mask(pkce.verifier);
    try {
        if (secrets === undefined)
            throw new Error('GitHub access was not established');
        await secrets.store(name, pkce.verifier);
        return pkce;
    }
    catch (error) {
        log.warning(`consent-issue: could not store the PKCE verifier in ${name} (${(0,errors/* errorMessage */.gJ)(error)}), so the consent issue holds no link. Give the github-token "Secrets: read and write".`);
        return `This issue holds no consent link yet: the github-token may not write the secret \`${name}\`, which keeps the link's PKCE verifier, and a link without PKCE would let anyone who reads the answer use it. Give the github-token "Secrets: read and write" (a fine-grained token) or the repo scope (a classic one); the next run adds the link.`;
    }
}
async function warnOnFailure(log, action, work) {
    try {
        return await work();
    }
    catch (error) {
        const advice = error.advice;
        log.warning(`consent-issue: could not ${action}: ${(0,errors/* errorMessage */.gJ)(error)}. ${typeof advice === 'string' && advice ? advice : 'The issues-token needs permissions: issues: write.'} The refresh itself is not affected.`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/src/github/accounts.js
/**
 * Who is who on GitHub, for the trust checks of a re-seed from the consent
 * issue: the account a token writes as, and a person's permission on the
 * repository.
 *
 * A person's token (classic or fine-grained PAT) names its account at
 * GET /user. An installation token (the job's GITHUB_TOKEN, or a GitHub App's)
 * may not ask that (403 "Resource not accessible by integration") and cannot
 * call GET /app (which takes the App's JWT); GraphQL's `viewer { login }`
 * answers for it with the bot it writes as: `github-actions[bot]` for
 * GITHUB_TOKEN, `<app-slug>[bot]` for an App.
 */



/** The login `token` writes as (issues, comments): a person's, or an installation's bot. */
async function loginOf(client, where) {
    try {
        const { data } = await client.rest.users.getAuthenticated();
        return data.login;
    }
    catch (error) {
        // 403 is an installation token's answer: ask GraphQL instead.
        if ((0,github_errors/* responseStatus */.aO)(error) !== 403)
            throw accountsError(error, where, 'ask whose the issues-token is');
    }
    try {
        const reply = await client.graphql('query { viewer { login } }');
        const login = reply.viewer?.login;
        if (typeof login !== 'string' || login === '')
            throw new Error('no viewer login');
        return login;
    }
    catch (error) {
        throw accountsError(error, where, 'ask whose the issues-token is (GraphQL viewer)');
    }
}
/** The base permission of `login` on the repository; none for someone without access. */
async function permissionOf(client, where, login) {
    try {
        const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
            ...where,
            username: login,
        });
        const { permission } = data;
        return permission === 'admin' || permission === 'write' || permission === 'read'
            ? permission
            : 'none';
    }
    catch (error) {
        // 404: no such account, or none GitHub will tell about; either way no access.
        if ((0,github_errors/* responseStatus */.aO)(error) === 404)
            return 'none';
        throw accountsError(error, where, `read the permission of ${login}`);
    }
}
function accountsError(error, where, action) {
    return new errors/* ExplainedError */.hM(failedCall(error, where, action), "The issues-token must be able to read the repository: the job's GITHUB_TOKEN always can; a personal access token needs access to this repository.");
}

;// CONCATENATED MODULE: ./lib/src/consent/own-issues.js
/**
 * The keeper's own consent issues, as GitHub holds them, read through the
 * issues-token: where they live, which account writes them, and which are
 * open for this secret.
 *
 * Only the keeper's own issues count: an issue is the keeper's when the
 * account the issues-token writes as opened it (asked of GitHub, accounts.ts),
 * it carries the label, and its marker names this secret and environment. An
 * issue anyone else opened is never updated, commented on, closed or read for
 * its marker, however well it copies the label and the marker.
 */



function ownIssues(client, where, secret) {
    let writer;
    let listed;
    const own = {
        client,
        where,
        writer: () => (writer ??= loginOf(client, where)),
        listed: () => (listed ??= own.reread()),
        async reread() {
            const open = await openIssuesLabelled(client, where, CONSENT_LABEL);
            // Most runs find no consent issue at all: they need not ask whose the issues-token is.
            if (open.length === 0)
                return [];
            const login = await own.writer();
            return open.filter((issue) => openedBy(issue, login) && isFor(issue, secret));
        },
    };
    return own;
}
/** GitHub compares logins without regard to case. */
function openedBy(issue, login) {
    return issue.author.toLowerCase() === login.toLowerCase();
}
/** The marker of one of the keeper's own issues names this secret and environment. */
function isFor(issue, secret) {
    const marker = readMarker(issue.body);
    return marker !== undefined && differsFrom(marker, secret) === undefined;
}

;// CONCATENATED MODULE: ./lib/src/consent/trust.js
/**
 * The checks of a re-seed from a consent-issue comment that need GitHub's
 * word, made before the code is exchanged (comment.ts took from the event only
 * what needs no trust), and the check of the new grant's account against the
 * issue's marker, made after the exchange and before anything is stored.
 *
 * Who may answer: someone whose permission on the repository is admin or write
 * (maintain counts as write), that is, someone who could already run code with
 * the repository's secrets. Which issue counts: one open now, labelled, and
 * opened by the account the issues-token writes as (own-issues.ts); only then is
 * its marker read, as GitHub holds it now: this secret, and the state and PKCE
 * challenge of the link the comment answers.
 */







/** Resolves to the answered issue's marker, read only once the issue is known to be the keeper's. */
async function verifyConsentComment(own, secret, answered) {
    const { client, where } = own;
    const [permission, issue, writer] = await Promise.all([
        permissionOf(client, where, answered.commenter),
        getIssue(client, where, answered.issue),
        own.writer(),
    ]);
    if (permission !== 'admin' && permission !== 'write') {
        throw refusal(`GitHub says ${answered.commenter} has ${permission === 'none' ? 'no' : permission} access to ${where.owner}/${where.repo}; only someone with write or admin access may change the grant`);
    }
    if (issue.pullRequest)
        throw refusal('the comment is on a pull request, not on a consent issue');
    if (issue.state !== 'open')
        throw refusal(`issue #${issue.number} is closed`);
    if (!carriesConsentLabel(issue.labels)) {
        throw refusal(`issue #${issue.number} no longer carries the label of consent issues`);
    }
    if (!openedBy(issue, writer)) {
        throw refusal(`issue #${issue.number} was opened by ${issue.author}, not by ${writer}, the account the issues-token writes consent issues as`);
    }
    const marker = readMarker(issue.body);
    if (marker === undefined)
        throw refusal(`issue #${issue.number} records no consent state`);
    checkMarkerNames(marker, secret);
    checkAnswerMatches(marker, answered);
    return marker;
}
/** The marker must be this run's: the same secret and the same environment (or none). */
function checkMarkerNames(marker, expected) {
    const differs = differsFrom(marker, expected);
    if (differs === 'secret') {
        throw refusal(`the issue is for the secret ${marker.secret}, not ${expected.secret}`);
    }
    if (differs === 'environment') {
        const scope = (environment) => environment === undefined ? 'the repository' : `the environment ${environment}`;
        throw refusal(`the issue is for the secret of ${scope(marker.environment)}, not of ${scope(expected.environment)}`);
    }
}
/** The pasted state and the verifier must be the ones of the issue's own link; names which differs. */
function checkAnswerMatches(marker, answered) {
    if (marker.challenge === undefined) {
        throw refusal('the issue holds no consent link with PKCE, so no answer to it can be trusted; the next run of the keep-alive workflow adds the link');
    }
    if (answered.state !== marker.state) {
        throw refusal('the pasted address carries a state other than the one this issue recorded (an old or foreign consent link): open the link in the issue again');
    }
    if ((0,consent/* pkceChallenge */.vD)(answered.codeVerifier) !== marker.challenge) {
        throw refusal("the state matches, but S256 of code-verifier is not the PKCE challenge this issue recorded: the verifier secret belongs to another consent link (a newer issue, or a run that overlapped). Open the link in the issue's body again");
    }
}
/**
 * The new grant must be the account the issue recorded, when it recorded one;
 * throws before anything is stored otherwise.
 */
function checkSameAccount(marker, answered, secretName, userId) {
    if (marker.identity === undefined)
        return;
    // The marker's tag is keyed with the link's verifier, where grant-account's has a salt.
    (0,grant_account/* refuseOtherAccount */.ys)({ salt: answered.codeVerifier, tag: marker.identity }, secretName, userId, {
        name: `issue #${answered.issue}`,
        consentAgain: `open the link in issue #${answered.issue} again, then paste the new address`,
    });
}

;// CONCATENATED MODULE: ./lib/src/consent/hooks.js
/**
 * Where the consent issue joins the grant flow. A re-seed from an issue
 * comment is checked with GitHub before the code is exchanged (who commented,
 * which issue) and after it (whose grant came back), before anything is
 * stored. Once the refresh token is safe the issue is kept: opened as the
 * grant nears its end, closed once renewed; when the grant turns out dead the
 * issue is opened before the run fails. Keeping the issue never fails a run:
 * problems are warnings.
 *
 * The consent loop takes the grant's settings and its own (settings.ts),
 * never the edge's configuration. Here they are taken apart once: the
 * keeper's issues on GitHub (own-issues.ts), the issue's page (issue-page.ts),
 * the log and clock; each step gets only those of them it needs.
 */









function consentHooks(grant, settings, services) {
    const { answer, token } = settings;
    const { log, mask, now } = services;
    const run = { log, mask, now };
    const page = issuePage(grant, settings);
    const { owner, repo } = grant.target;
    // inputs refuse a comment re-seed without an issues-token.
    const own = token === undefined || (!settings.enabled && answer === undefined)
        ? undefined
        : ownIssues((0,client/* createGitHubClient */.LX)(token, grant.githubApiUrl, services.network), { owner, repo }, page.secret);
    /** The answered issue's marker, once GitHub has vouched for the issue. */
    let answered;
    return {
        alongsidePreflight() {
            // Only the keep-alive run lists the issues; a re-seed from a comment knows its issue.
            if (own !== undefined && settings.enabled && answer === undefined && !settings.dryRun) {
                own.listed().catch(() => undefined); // a failed list is a warning where it is used
            }
        },
        async beforeExchange() {
            if (own !== undefined && answer !== undefined) {
                answered = await verifyConsentComment(own, page.secret, answer);
            }
        },
        async beforeStore({ userId }) {
            if (answer !== undefined && answered !== undefined) {
                checkSameAccount(answered, answer, grant.secretName, userId);
            }
        },
        async afterStore({ reply, issuedAt, grantExpiresAt, preflight }) {
            if (own === undefined)
                return undefined;
            if (answer !== undefined || !(0,lifetime/* endsSoon */.C_)(grantExpiresAt, issuedAt)) {
                const renewal = { expiresAt: grantExpiresAt, secrets: preflight.secrets, answered: answer };
                await closeConsentIssues(own, grant.secretName, renewal, run);
                return undefined;
            }
            const issue = await openConsentIssue(own, page, {
                reason: `it is expected to end in about ${(0,lifetime/* hoursLeft */.x8)(grantExpiresAt, issuedAt)} h`,
                deadline: grantExpiresAt,
                grantedScopes: reply.scopes,
                userId: reply.userId,
                scheduleStopsAt: await services.scheduleStopsAt?.(),
            }, preflight.secrets, run);
            return issue === undefined
                ? undefined
                : `The grant needs a new consent before ${(0,time/* humanTime */.zK)(grantExpiresAt, issuedAt)}: ${answerIssue(issue)}`;
        },
        async onFailure({ cause, preflight }) {
            if (own === undefined || !settings.enabled || settings.reseed)
                return undefined;
            if (!(cause instanceof token_endpoint_errors/* TokenEndpointError */.P))
                return undefined;
            if (cause.kind !== 'invalid_grant' && cause.kind !== 'retired')
                return undefined;
            const issue = await openConsentIssue(own, page, {
                reason: cause.kind === 'retired' ? 'it no longer works' : 'it has ended',
                // The provider's answer as the failure read it, whatever its shape (RFC 6749's
                // invalid_grant, Strava's resource and field, Withings' status inside an HTTP 200).
                answer: cause.message,
                deadline: undefined,
                // A dead grant tells nothing: the issue's marker keeps what was seen before.
                grantedScopes: [],
                userId: undefined,
                scheduleStopsAt: await services.scheduleStopsAt?.(),
            }, preflight?.secrets, run);
            return issue === undefined ? undefined : (0,lib_text/* capitalize */.Z)(answerIssue(issue));
        },
    };
    /** What to do with the consent issue, linked so that a tap on a phone opens it. */
    function answerIssue(issue) {
        return `answer the consent issue ${settings.serverUrl}/${owner}/${repo}/issues/${issue}: open its consent link, allow access, and paste the address the browser lands on as a comment.`;
    }
}

;// CONCATENATED MODULE: ./lib/src/keeper-action/publish.js
/**
 * The action's work once the refresh token is safe: the optional copy of the
 * access token, the outputs and exported variable, the warnings, the job
 * summary, and last the required-scopes check. Problems found here fail the
 * step only after all of it is done.
 */





/** Problems found after the refresh token was stored, already listed in the job summary. */
class SummarizedProblems extends errors/* ExplainedError */.hM {
    name = 'SummarizedProblems';
}
async function publishResult(config, outcome, core, { action, scheduleWarning }) {
    const { reply, issuedAt, grantExpiresAt } = outcome;
    const problems = [];
    const copyFailed = await storeAccessTokenCopy(config, outcome.preflight.secrets, reply.accessToken, core);
    if (copyFailed)
        problems.push(copyFailed);
    publishOutputs(core, outcome, config.exportVariable);
    const warning = (0,lifetime/* expiryWarning */.iD)(grantExpiresAt, issuedAt);
    if (warning)
        core.warning(warning);
    const lacking = (0,lifetime/* missingScopes */["if"])(config.requiredScopes, reply.scopes);
    if (lacking)
        problems.push(new errors/* ExplainedError */.hM(lacking));
    await writeSummary(core.summary, {
        provider: config.provider.label,
        secret: `${config.secretName} (${(0,github_target/* describeTarget */.f)(config.target)})`,
        result: outcome,
        reseed: config.reseed,
        actions: [
            ...(action === undefined ? [] : [action]),
            ...accountRecorded(outcome.account, config.secretName),
        ],
        // With a consent issue to answer, that is the one thing to do about the grant's end.
        notes: [
            ...(warning && action === undefined ? [warning] : []),
            ...(scheduleWarning === undefined ? [] : [scheduleWarning]),
            ...problems.map((problem) => problem.message),
        ],
    });
    if (problems.length > 0) {
        throw new SummarizedProblems(problems.map((problem) => problem.message).join('. '), problems
            .map((problem) => problem.advice)
            .filter(Boolean)
            .join(' '));
    }
}
/** What the summary says when this run wrote the grant's account to its secret. */
function accountRecorded(account, secretName) {
    if (account !== 'recorded' && account !== 'changed')
        return [];
    const secret = (0,grant_account/* accountSecretName */.rK)(secretName);
    const before = account === 'recorded'
        ? 'Nothing had recorded the account before (`grant-account` was empty)'
        : "`grant-account` named another account than the grant's";
    return [
        `The grant's account is now recorded in the secret \`${secret}\`. ${before}; pass \`grant-account: \${{ secrets.${secret} }}\` in every workflow that uses the grant, so that a re-seed with another account's consent is refused.`,
    ];
}
/** `access-token-secret`: a copy of the access token for other workflows; a failure is returned. */
async function storeAccessTokenCopy(config, secrets, accessToken, log) {
    if (!config.accessTokenSecret)
        return undefined;
    try {
        await secrets.store(config.accessTokenSecret, accessToken);
        log.info(`Stored the access token in the secret ${config.accessTokenSecret}.`);
        return undefined;
    }
    catch (error) {
        return error instanceof errors/* ExplainedError */.hM ? error : new errors/* ExplainedError */.hM(String(error));
    }
}

;// CONCATENATED MODULE: ./lib/src/keeper-action/plan.js
/**
 * The grant flow as the action runs it: what it sends (the configured refresh
 * token or code) and its hooks, which publish the result, keep the consent
 * issue, write a dry run's summary, and ask beside the preflight whether
 * GitHub is about to stop the keep-alive's schedule.
 */






function actionPlan(config, services) {
    const { core, log } = services;
    const github = (0,client/* createGitHubClient */.LX)(config.githubToken, config.githubApiUrl, services.network);
    const schedule = scheduleCheck(config, github, services);
    const consent = consentHooks(config, config.consent, {
        ...services,
        scheduleStopsAt: async () => (await schedule.answer())?.stopsAt,
    });
    // Progress lines pass the redactor: they quote names and messages from GitHub and the provider.
    const publishing = { ...core, info: log.info, warning: log.warning };
    return {
        ...services,
        settings: config,
        reseed: config.reseed,
        dryRun: config.dryRun,
        github,
        hooks: {
            alongsidePreflight() {
                consent.alongsidePreflight();
                schedule.ask();
            },
            async beforeExchange() {
                await consent.beforeExchange();
                return config.tokenRequest;
            },
            beforeStore: consent.beforeStore,
            async afterStore(outcome) {
                // The consent issue first (it never throws), so the summary can name the issue it opened.
                const consentNeeded = await consent.afterStore(outcome);
                await publishResult(config, outcome, publishing, {
                    action: consentNeeded,
                    scheduleWarning: (await schedule.answer())?.warning,
                });
            },
            async afterDryRun() {
                log.info('Dry run: inputs and GitHub access are ready; the token endpoint was not contacted.');
                await writeSummary(core.summary, {
                    provider: config.provider.label,
                    secret: `${config.secretName} (${(0,github_target/* describeTarget */.f)(config.target)})`,
                    result: undefined,
                    notes: [
                        'Dry run: inputs and GitHub access are ready. No token was exchanged and no secret changed.',
                    ],
                });
            },
            onFailure: consent.onFailure,
        },
    };
}
/**
 * The keep-alive's question about its own schedule (github/schedule.ts), for
 * the repository the workflow runs in. Asked beside the preflight, so it adds
 * no round trip; its answer is a warning the moment it comes (or a short note
 * when GitHub would not say), and later a note in the summary and the consent
 * issue. A re-seed or a dry run, and a run outside a workflow, do not ask.
 */
function scheduleCheck(config, github, services) {
    const { log, network, now } = services;
    const run = config.currentRun;
    let asked;
    return {
        ask() {
            if (run === undefined || config.reseed || config.dryRun)
                return;
            const where = { owner: run.owner, repo: run.repo };
            asked ??= checkSchedule(github, where, now).then((check) => {
                if (check.status === 'stops soon') {
                    const warning = scheduleWarning(check, now());
                    log.warning(warning);
                    return { stopsAt: check.stopsAt, warning };
                }
                // A run that failed meanwhile aborted the request: that is no news about the schedule.
                if (check.status === 'unknown' && network.signal?.aborted !== true) {
                    log.info(`Skipped the check of this workflow's schedule: GitHub did not say whether ${where.owner}/${where.repo} is public and when it was last pushed to (${check.why}).`);
                }
                return undefined;
            });
        },
        /** Resolves once GitHub has answered; undefined when the schedule is fine or was not asked about. */
        answer: () => asked ?? Promise.resolve(undefined),
    };
}

;// CONCATENATED MODULE: ./lib/src/keeper-action/main.js
/**
 * The action: inputs → masks → the grant flow (preflight, exchange, store,
 * then the action's hooks: outputs, summary, the consent issue) → one catch
 * that turns any failure into one ::error:: line and a job summary saying
 * where the grant stands.
 */












function defaultDependencies() {
    return { core: core, env: process.env, now: () => new Date(), timing: timing/* PRODUCTION_TIMING */.Z };
}
async function run(deps = defaultDependencies()) {
    const { core, env, timing } = deps;
    const lifecycle = (0,grant_lifecycle/* beginRun */.T)({
        timing,
        limitMs: timing.stepLimitMs,
        overLimit: (error) => stepLimitReached(error, timing),
        audience: 'action',
        log: core,
        registerMask: (value) => core.setSecret(value),
    });
    const input = (0,runner_input/* runnerInputs */.a)(env);
    try {
        for (const name of SENSITIVE_INPUTS)
            lifecycle.mask(input(name));
        const commentEvent = await readCommentEvent(env);
        // A comment may hold a pasted address and its code: both masked before anything is printed,
        // and nothing else of it, so that a commenter cannot blank out the run's log.
        for (const pasted of pastedInComment(commentEvent))
            lifecycle.mask(pasted);
        const config = readInputs(input, {
            repository: env.GITHUB_REPOSITORY,
            apiUrl: env.GITHUB_API_URL,
            runId: env.GITHUB_RUN_ID,
            serverUrl: env.GITHUB_SERVER_URL,
            commentEvent,
        });
        // A code taken from a pasted address is only part of the masked input: mask it alone too.
        if (config.tokenRequest.type === 'authorization_code')
            lifecycle.mask(config.tokenRequest.code);
        await (0,flow/* keepGrant */.q)(actionPlan(config, { ...lifecycle, core, now: deps.now }));
    }
    catch (error) {
        const failure = lifecycle.fail(error);
        core.setFailed(failure.line);
        await summarizeFailure(core, failure, lifecycle.log);
    }
    finally {
        await lifecycle.close();
    }
}
/**
 * The job summary of a failed run, where people look first. A summary that
 * cannot be written (no GITHUB_STEP_SUMMARY outside Actions) is only a warning:
 * the ::error:: line has said it all already.
 */
async function summarizeFailure(core, failure, log) {
    // Problems found after the token was stored are already notes of the summary written then.
    if (failure.cause instanceof SummarizedProblems)
        return;
    try {
        const { provider, secret, target } = failure.situation;
        await writeFailureSummary(core.summary, {
            provider,
            secret: secret && target ? `${secret} (${(0,github_target/* describeTarget */.f)(target)})` : secret,
            explanation: failure.explanation,
        });
    }
    catch (error) {
        log.warning(`The job summary could not be written: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
/** Names the step's own time limit when it was what cut the failing call short. */
function stepLimitReached(error, timing) {
    const limit = Math.round(timing.stepLimitMs / 1000);
    return new errors/* ExplainedError */.hM(`The step reached its ${limit} s time limit. ${error.message}`, error instanceof errors/* ExplainedError */.hM ? error.advice : '');
}


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

/***/ 1635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ openRecovered),
/* harmony export */   IV: () => (/* binding */ sealForRecovery),
/* harmony export */   YH: () => (/* binding */ generateRecoveryKeyPair),
/* harmony export */   Ze: () => (/* binding */ RECOVERY_MARKER)
/* harmony export */ });
/* harmony import */ var _sealing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1621);
/**
 * The last line of defence for a new refresh token that GitHub would not take:
 * it is sealed to the user's recovery key (the same sealed box GitHub uses),
 * printed, and later opened with the private key on the user's machine.
 */

/** The marker in front of the sealed text, so `recover` finds it in a pasted log line. */
const RECOVERY_MARKER = 'fitbit-token-keeper-recovery:';
async function generateRecoveryKeyPair() {
    const sodium = await (0,_sealing_js__WEBPACK_IMPORTED_MODULE_0__/* .loadSodium */ .Or)();
    const pair = sodium.crypto_box_keypair();
    const encode = (bytes) => sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);
    return { publicKey: encode(pair.publicKey), privateKey: encode(pair.privateKey) };
}
async function sealForRecovery(refreshToken, publicKey) {
    return `${RECOVERY_MARKER}${await (0,_sealing_js__WEBPACK_IMPORTED_MODULE_0__/* .sealSecret */ .EX)(refreshToken, publicKey)}`;
}
/** Opens sealed text (with or without the marker, anywhere in `text`) with the private key. */
async function openRecovered(text, privateKeyBase64) {
    const sodium = await (0,_sealing_js__WEBPACK_IMPORTED_MODULE_0__/* .loadSodium */ .Or)();
    const marked = text.indexOf(RECOVERY_MARKER);
    const sealedText = marked === -1
        ? text.trim()
        : (/^[A-Za-z0-9+/=]+/.exec(text.slice(marked + RECOVERY_MARKER.length))?.[0] ?? '');
    const privateKey = decode(sodium, privateKeyBase64.trim(), 'private key');
    if (privateKey.length !== sodium.crypto_box_SECRETKEYBYTES) {
        throw new Error('the private key file does not hold an X25519 private key');
    }
    const publicKey = sodium.crypto_scalarmult_base(privateKey);
    let opened;
    try {
        opened = sodium.crypto_box_seal_open(decode(sodium, sealedText, 'sealed text'), publicKey, privateKey);
    }
    catch {
        throw new Error('the sealed text does not open with this private key (wrong key, or the text is cut)');
    }
    return sodium.to_string(opened);
}
function decode(sodium, base64, what) {
    try {
        return sodium.from_base64(base64, sodium.base64_variants.ORIGINAL);
    }
    catch {
        throw new Error(`the ${what} is not base64`);
    }
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

/***/ 1621:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ sealSecret),
/* harmony export */   Or: () => (/* binding */ loadSodium),
/* harmony export */   Tm: () => (/* binding */ isSealingKey)
/* harmony export */ });
/**
 * Seals a value for GitHub's secrets API: libsodium sealed box against the
 * scope's X25519 public key, base64 in the ORIGINAL variant (standard alphabet,
 * padded; the library's default URL-safe variant would be rejected).
 */
/** crypto_box_PUBLICKEYBYTES */
const X25519_KEY_BYTES = 32;
let loaded;
/**
 * libsodium, loaded on first use: a refresh that writes nothing (Google's)
 * never pays for compiling and starting its WebAssembly.
 */
function loadSodium() {
    loaded ??= __webpack_require__.e(/* import() */ 768).then(__webpack_require__.bind(__webpack_require__, 4768)).then(async ({ default: sodium }) => {
        await sodium.ready;
        return sodium;
    });
    return loaded;
}
async function sealSecret(plaintext, publicKeyBase64) {
    const sodium = await loadSodium();
    const publicKey = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
    const sealed = sodium.crypto_box_seal(sodium.from_string(plaintext), publicKey);
    return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}
/**
 * True when `publicKeyBase64` is a 32-byte X25519 key in standard base64, as
 * `sealSecret` needs; checked without loading libsodium, which a refresh that
 * writes nothing never needs.
 */
function isSealingKey(publicKeyBase64) {
    const bytes = Buffer.from(publicKeyBase64, 'base64');
    return bytes.length === X25519_KEY_BYTES && bytes.toString('base64') === publicKeyBase64;
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


/***/ }),

/***/ 4772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ withIdentityScope),
/* harmony export */   Qi: () => (/* binding */ DEFAULT_REDIRECT_URI),
/* harmony export */   Y1: () => (/* binding */ createPkce),
/* harmony export */   iY: () => (/* binding */ buildConsentUrl),
/* harmony export */   ur: () => (/* binding */ createState),
/* harmony export */   vD: () => (/* binding */ pkceChallenge)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/**
 * The consent step's URL: PKCE S256 (RFC 7636), a random state, the scopes
 * joined as the provider writes them (Strava and Withings: commas), and the
 * provider's extra parameters (Google's access_type=offline, prompt=consent).
 * The challenge goes into every link, also where the provider documents no
 * PKCE: RFC 6749 §3.1 has a server ignore parameters it does not know, and the
 * consent issue checks the verifier against it locally all the same.
 */

/** The loopback redirect both the command and the consent issue use when none is given. */
const DEFAULT_REDIRECT_URI = 'http://127.0.0.1:8080/';
/** 32 random bytes → a 43-character verifier, within RFC 7636's 43–128. */
function createPkce() {
    const verifier = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('base64url');
    return { verifier, challenge: pkceChallenge(verifier) };
}
/** S256: base64url(SHA-256(verifier)), without padding (RFC 7636 §4.2). */
function pkceChallenge(verifier) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(verifier, 'ascii').digest('base64url');
}
/**
 * The scopes a consent asks for when none are given explicitly: `scopes` plus
 * the provider's scope that names the account (Google's openid), so that the
 * grant's identity is known. It reveals no health data.
 */
function withIdentityScope(provider, scopes) {
    const { identityScope } = provider;
    return identityScope === undefined || scopes.includes(identityScope)
        ? [...scopes]
        : [...scopes, identityScope];
}
function createState() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('base64url');
}
function buildConsentUrl(request) {
    const url = new URL(request.authorizeUrl);
    const params = {
        response_type: 'code',
        client_id: request.clientId,
        redirect_uri: request.redirectUri,
        state: request.state,
        ...request.provider.consentParams,
    };
    if (request.pkce) {
        params.code_challenge = request.pkce.challenge;
        params.code_challenge_method = 'S256';
    }
    if (request.scopes.length > 0)
        params.scope = request.scopes.join(request.provider.scopeSeparator);
    for (const [name, value] of Object.entries(params))
        url.searchParams.set(name, value);
    return url.href;
}


/***/ })

};
