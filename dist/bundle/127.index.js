export const id = 127;
export const ids = [127];
export const modules = {

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


/***/ })

};
