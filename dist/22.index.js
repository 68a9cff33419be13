export const id = 22;
export const ids = [22];
export const modules = {

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
