export const id = 581;
export const ids = [581,22];
export const modules = {

/***/ 95581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCliDoor: () => (/* binding */ runCliDoor)
/* harmony export */ });
/* unused harmony exports helpFor, runCli */
/* harmony import */ var _commands_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53155);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
/**
 * The CLI door: `imprint <command> [flags]`. Flags carry the action's input names. Logs go
 * to stderr, results to stdout. Exit codes: 0 done, 1 the step failed, 2 the command line
 * or an input is wrong.
 */




const COMMANDS = {
    publish: {
        summary: 'Build, push, pin, sign and attest an image.',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(396), __webpack_require__.e(128), __webpack_require__.e(838), __webpack_require__.e(668), __webpack_require__.e(335), __webpack_require__.e(143), __webpack_require__.e(675), __webpack_require__.e(10), __webpack_require__.e(545)]).then(__webpack_require__.bind(__webpack_require__, 38545))).publishCommand,
    },
    verify: {
        summary: 'Verify images against a policy: signatures, attestations, vulnerabilities.',
        load: async () => (await __webpack_require__.e(/* import() */ 613).then(__webpack_require__.bind(__webpack_require__, 63613))).verifyCommand,
    },
    copy: {
        summary: 'Copy an image with its signatures and attestations to another registry.',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(725)]).then(__webpack_require__.bind(__webpack_require__, 57725))).copyCommand,
    },
    sbom: {
        summary: 'Print a CycloneDX SBOM of any image, read from its registry.',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(268), __webpack_require__.e(872)]).then(__webpack_require__.bind(__webpack_require__, 81673))).sbomCommand,
    },
    policy: {
        summary: 'Lint a policy file, or export it to Kyverno / policy-controller.',
        load: async () => (await __webpack_require__.e(/* import() */ 950).then(__webpack_require__.bind(__webpack_require__, 85950))).policyCommand,
    },
    'generate-key-pair': {
        summary: 'Write a cosign-compatible key pair for key-based signing.',
        load: async () => (await __webpack_require__.e(/* import() */ 28).then(__webpack_require__.bind(__webpack_require__, 10028))).generateKeyPairCommand,
    },
    conformance: {
        summary: 'Conformance-suite door: verify-bundle.',
        load: async () => (await __webpack_require__.e(/* import() */ 131).then(__webpack_require__.bind(__webpack_require__, 94131))).conformanceCommand,
    },
};
const USAGE_CODES = new Set(['INPUT_INVALID', 'INPUT_CONFLICT', 'REFERENCE_INVALID']);
async function helpFor(commandName) {
    const entry = commandName === undefined ? undefined : COMMANDS[commandName];
    if (entry)
        return (await entry.load()).help();
    const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(18)} ${command.summary}`);
    return [
        `imprint ${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x} — provable container images`,
        '',
        'Usage: imprint <command> [flags]',
        '',
        'Commands:',
        ...lines,
        '',
        "Run 'imprint <command> --help' for a command's flags.",
        'Exit codes: 0 done, 1 the step failed, 2 invalid command line or input.',
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
        return _commands_command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OK */ .Ij;
    }
    if (commandName === '--version' || commandName === 'version') {
        io.stdout(`${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x}\n`);
        return _commands_command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OK */ .Ij;
    }
    const entry = COMMANDS[commandName];
    if (!entry) {
        process.stderr.write(`error: unknown command "${commandName}"\n\n${await helpFor()}`);
        return _commands_command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_USAGE */ .Ri;
    }
    try {
        return await (await entry.load()).run(rest, io);
    }
    catch (error) {
        process.stderr.write(`error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}\n`);
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isImprintError */ .cl)(error) && USAGE_CODES.has(error.code) ? _commands_command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_USAGE */ .Ri : _commands_command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_FAILED */ .hj;
    }
}
async function runCliDoor(argv) {
    process.exitCode = await runCli(argv, {
        stdout: (text) => process.stdout.write(text),
        env: process.env,
    });
}


/***/ }),

/***/ 53155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   hj: () => (/* binding */ EXIT_FAILED),
/* harmony export */   lx: () => (/* binding */ wantsHelp)
/* harmony export */ });
const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
function wantsHelp(argv) {
    return argv.includes('--help') || argv.includes('-h');
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
