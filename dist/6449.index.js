export const id = 6449;
export const ids = [6449];
export const modules = {

/***/ 57722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ failStep)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28654);
/** How an Action door fails its step: one ::error:: line, and the exit code of the one policy. */



function failStep(error) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error));
    // setFailed exits 1; a bad input exits 2, as on the command line.
    process.exitCode = (0,_exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .exitCodeOfError */ .LL)(error);
}


/***/ }),

/***/ 13751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPublishAction: () => (/* binding */ runPublishAction)
/* harmony export */ });
/* unused harmony export publishActionOptions */
/* harmony import */ var _ci_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78801);
/* harmony import */ var _inputs_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27026);
/* harmony import */ var _publish_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15526);
/* harmony import */ var _publish_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29677);
/* harmony import */ var _fail_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57722);
/**
 * The publish Action's door: INPUT_* (as @actions/core reads them) → typed options → run.
 * The step fails once, here, with the exit code of the one policy (src/doors/exit-codes.ts).
 */





/** What the user's inputs ask of the engine; throws a typed error on a bad input. */
function publishActionOptions(env) {
    return (0,_publish_options_js__WEBPACK_IMPORTED_MODULE_1__/* .readPublishOptions */ .w)((0,_inputs_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .actionInputSource */ .E)(env));
}
async function runPublishAction(env = process.env) {
    const context = (0,_ci_context_js__WEBPACK_IMPORTED_MODULE_0__/* .createContext */ .q)({ env });
    for (const secret of (0,_publish_options_js__WEBPACK_IMPORTED_MODULE_1__/* .publishSecrets */ .z)((0,_inputs_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .actionInputSource */ .E)(env)))
        context.log.addSecret(secret);
    try {
        await (0,_publish_run_js__WEBPACK_IMPORTED_MODULE_2__.runPublish)(publishActionOptions(env), context, { env });
    }
    catch (error) {
        (0,_fail_js__WEBPACK_IMPORTED_MODULE_3__/* .failStep */ .v)(error);
    }
}


/***/ }),

/***/ 28654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   LL: () => (/* binding */ exitCodeOfError),
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   cU: () => (/* binding */ EXIT_CODES_HELP),
/* harmony export */   hj: () => (/* binding */ EXIT_FAILED),
/* harmony export */   og: () => (/* binding */ exitCodeOfVerdict)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * The one exit-code policy of every door, each CLI command and each Action alike, so a script
 * or a CI job can tell "your input is wrong" from "the image or the step failed":
 *   0 done (verified, or a policy in mode warn);
 *   1 the step failed: a policy violation, a build, registry, signing or gate failure;
 *   2 bad input: the command line, an input, a policy, manifest or key file the user gave.
 * README.md ("Exit codes") documents it once; the helps print EXIT_CODES_HELP.
 */

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
/** Errors in what the user gave: fixing them means editing the input, not retrying the run. */
const BAD_INPUT_CODES = new Set([
    'INPUT_INVALID',
    'INPUT_CONFLICT',
    'REFERENCE_INVALID',
    'POLICY_INVALID',
    'MANIFEST_FILE_INVALID',
    'KEY_INVALID',
    // A VEX document given to publish that breaks the OpenVEX spec.
    'VEX_INVALID',
    'KEY_REFERENCE_INVALID',
]);
const EXIT_CODES_HELP = 'Exit codes: 0 done (verified, or mode warn), 1 the step failed or a policy violation, 2 invalid command line or input.';
/** What a thrown error exits with: 2 for bad input, 1 for anything else (fail closed). */
function exitCodeOfError(error) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isImprintError */ .cl)(error) && BAD_INPUT_CODES.has(error.code) ? EXIT_USAGE : EXIT_FAILED;
}
/** A verify run that finished: 1 when the policy is enforced and an image breaks it. */
function exitCodeOfVerdict(report) {
    return report.mode === 'enforce' && !report.verified ? EXIT_FAILED : EXIT_OK;
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

/***/ 27026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ actionInputSource)
/* harmony export */ });
/**
 * What an input is, and where its text comes from. The tables of each door (src/inputs/tables/)
 * declare their inputs in this shape once: the action reads them as INPUT_*, the CLI as --flags
 * of the same kebab-case names, the GitLab components as spec inputs.
 */
/** GitHub Actions hands inputs over as INPUT_<NAME> (upper case, hyphens kept). */
function actionInputSource(env) {
    return (name) => {
        const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
        return value === undefined || value.trim() === '' ? undefined : value;
    };
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
