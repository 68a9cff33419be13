export const id = 5581;
export const ids = [5581];
export const modules = {

/***/ 95581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCliDoor: () => (/* binding */ runCliDoor)
/* harmony export */ });
/* unused harmony exports helpFor, runCli */
/* harmony import */ var _doors_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28654);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);




const COMMANDS = {
    publish: {
        summary: 'Build, push, pin, sign and attest an image.',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(9533), __webpack_require__.e(5128), __webpack_require__.e(3838), __webpack_require__.e(2830), __webpack_require__.e(3040), __webpack_require__.e(2494), __webpack_require__.e(5769), __webpack_require__.e(3027), __webpack_require__.e(1036), __webpack_require__.e(1627), __webpack_require__.e(2767)]).then(__webpack_require__.bind(__webpack_require__, 52767))).publishCommand,
    },
    verify: {
        summary: 'Verify images against a policy: signatures, attestations, vulnerabilities.',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(6752), __webpack_require__.e(9533), __webpack_require__.e(5128), __webpack_require__.e(7598), __webpack_require__.e(3838), __webpack_require__.e(4242), __webpack_require__.e(1134), __webpack_require__.e(2997), __webpack_require__.e(638), __webpack_require__.e(5769), __webpack_require__.e(8164), __webpack_require__.e(2663), __webpack_require__.e(3027), __webpack_require__.e(1490), __webpack_require__.e(4139)]).then(__webpack_require__.bind(__webpack_require__, 24139))).verifyCommand,
    },
    copy: {
        summary: 'Copy an image with its signatures and attestations to another registry.',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(3838), __webpack_require__.e(5769), __webpack_require__.e(8391)]).then(__webpack_require__.bind(__webpack_require__, 58391))).copyCommand,
    },
    sbom: {
        summary: 'Print a CycloneDX SBOM of any image, read from its registry.',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3838), __webpack_require__.e(8064), __webpack_require__.e(638), __webpack_require__.e(5769), __webpack_require__.e(589), __webpack_require__.e(2400)]).then(__webpack_require__.bind(__webpack_require__, 19099))).sbomCommand,
    },
    policy: {
        summary: 'Lint a policy file, or export it to Kyverno / policy-controller.',
        load: async () => (await __webpack_require__.e(/* import() */ 7320).then(__webpack_require__.bind(__webpack_require__, 7320))).policyCommand,
    },
    'generate-key-pair': {
        summary: 'Write a cosign-compatible key pair for key-based signing.',
        load: async () => (await __webpack_require__.e(/* import() */ 9830).then(__webpack_require__.bind(__webpack_require__, 19830))).generateKeyPairCommand,
    },
    conformance: {
        summary: 'Conformance-suite door: verify-bundle.',
        load: async () => (await __webpack_require__.e(/* import() */ 7286).then(__webpack_require__.bind(__webpack_require__, 67286))).conformanceCommand,
    },
};
async function helpFor(commandName) {
    const entry = commandName === undefined ? undefined : COMMANDS[commandName];
    if (entry)
        return (await entry.load()).help();
    const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(18)} ${command.summary}`);
    return [
        `imprint ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x} — provable container images`,
        '',
        'Usage: imprint <command> [flags]',
        '',
        'Commands:',
        ...lines,
        '',
        "Run 'imprint <command> --help' for a command's flags.",
        _doors_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CODES_HELP */ .cU,
        '',
    ].join('\n');
}
/** Runs one command line and returns the exit code; never throws. */
async function runCli(argv, io) {
    const [commandName, ...rest] = argv;
    if (commandName === undefined ||
        commandName === 'help' ||
        commandName === '--help' ||
        commandName === '-h') {
        io.stdout(await helpFor(rest[0]));
        return _doors_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_OK */ .Ij;
    }
    if (commandName === '--version' || commandName === 'version') {
        io.stdout(`${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x}\n`);
        return _doors_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_OK */ .Ij;
    }
    const entry = COMMANDS[commandName];
    if (!entry) {
        process.stderr.write(`error: unknown command "${commandName}"\n\n${await helpFor()}`);
        return _doors_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_USAGE */ .Ri;
    }
    try {
        return await (await entry.load()).run(rest, io);
    }
    catch (error) {
        process.stderr.write(`error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}\n`);
        return (0,_doors_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .exitCodeOfError */ .LL)(error);
    }
}
async function runCliDoor(argv) {
    process.exitCode = await runCli(argv, {
        stdout: (text) => process.stdout.write(text),
        env: process.env,
    });
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

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The product version, kept in step with package.json by a unit test. */
const VERSION = '0.1.0';


/***/ })

};
