export const id = 379;
export const ids = [379];
export const modules = {

/***/ 8500:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   Lo: () => (/* binding */ readCappedBytes),
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
    const { bytes, cut } = await readCappedBytes(body, limit);
    return { text: bytes.toString('utf8'), cut };
}
/** The same, as bytes: a large reply read without ever becoming one string. */
async function readCappedBytes(body, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        chunks.push(chunk);
        size += chunk.length;
        if (size > limit)
            return { bytes: Buffer.concat(chunks).subarray(0, limit), cut: true };
    }
    return { bytes: Buffer.concat(chunks), cut: false };
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


/***/ })

};
