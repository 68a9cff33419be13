export const id = 194;
export const ids = [194,22];
export const modules = {

/***/ 15216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPublishAction: () => (/* binding */ runPublishAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _ci_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78801);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _inputs_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27026);
/* harmony import */ var _publish_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20010);
/* harmony import */ var _publish_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31958);
/** The publish action's door: inputs → typed options → run. setFailed once, here. */






async function runPublishAction(env = process.env) {
    const source = (0,_inputs_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .actionInputSource */ .EZ)(env);
    const context = (0,_ci_context_js__WEBPACK_IMPORTED_MODULE_1__/* .createContext */ .q)({ env });
    for (const secret of (0,_publish_options_js__WEBPACK_IMPORTED_MODULE_4__/* .publishSecrets */ .z)(source))
        context.log.addSecret(secret);
    try {
        await (0,_publish_run_js__WEBPACK_IMPORTED_MODULE_5__.runPublish)((0,_publish_options_js__WEBPACK_IMPORTED_MODULE_4__/* .readPublishOptions */ .w)(source), context, { env });
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error));
    }
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   cl: () => (/* binding */ isImprintError),
/* harmony export */   m0: () => (/* binding */ ImprintError)
/* harmony export */ });
/**
 * Typed errors. Library layers throw `ImprintError` with a code a test can match and a
 * message a person can act on; the doors (action, CLI) turn it into one failure line.
 */
class ImprintError extends Error {
    code;
    /** One sentence on how to fix it, shown after the message. */
    hint;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'ImprintError';
        this.code = code;
        if (options.hint !== undefined)
            this.hint = options.hint;
    }
    /** The message with its hint, as the doors print it. */
    describe() {
        return this.hint ? `${this.message}\n  hint: ${this.hint}` : this.message;
    }
}
function isImprintError(error, code) {
    return error instanceof ImprintError && (code === undefined || error.code === code);
}
/** The message of anything thrown, for wrapping foreign errors. */
function messageOf(error) {
    if (error instanceof ImprintError)
        return error.describe();
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The product version, kept in step with package.json by a unit test. */
const VERSION = '0.1.0';


/***/ })

};
