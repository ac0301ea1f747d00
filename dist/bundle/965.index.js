export const id = 965;
export const ids = [965];
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


/***/ })

};
