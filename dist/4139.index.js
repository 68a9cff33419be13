export const id = 4139;
export const ids = [4139];
export const modules = {

/***/ 82011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   My: () => (/* binding */ printOutputs),
/* harmony export */   QR: () => (/* binding */ flagHelp),
/* harmony export */   Qf: () => (/* binding */ OUTPUT_FLAGS)
/* harmony export */ });
const OUTPUT_FLAGS = [
    {
        name: 'summary-file',
        description: 'Write the markdown summary to this file (default: print it in the log).',
    },
    {
        name: 'dotenv',
        description: 'On GitLab: write the outputs as a dotenv report to this file (default imprint.env).',
    },
    {
        name: 'json',
        boolean: true,
        description: 'Print the outputs as one JSON object instead of name=value lines.',
    },
    { name: 'help', boolean: true, description: 'Show this help.' },
];
function flagHelp(inputs, extras) {
    return [
        ...inputs.map((spec) => {
            const defaults = spec.default === undefined ? '' : ` (default: ${spec.default})`;
            const repeat = spec.kind === 'list' || spec.kind === 'map' ? ' [repeatable]' : '';
            return `  ${flagSpelling(spec.name, spec.kind === 'boolean').padEnd(30)} ${spec.description}${defaults}${repeat}`;
        }),
        ...extras.map((extra) => `  ${flagSpelling(extra.name, extra.boolean === true).padEnd(30)} ${extra.description}`),
    ];
}
/** Booleans show their negation too (`--[no-]sign`), except --help, which has none worth typing. */
function flagSpelling(name, boolean) {
    return boolean && name !== 'help' ? `--[no-]${name}` : `--${name}`;
}
/** name=value lines (lists comma-joined), or one JSON object. */
function printOutputs(outputs, json, stdout) {
    if (json) {
        stdout(JSON.stringify(outputs, null, 2) + '\n');
        return;
    }
    for (const [name, value] of Object.entries(outputs))
        stdout(`${name}=${value.replace(/\n/g, ',')}\n`);
}


/***/ }),

/***/ 24139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVerifyCommand: () => (/* binding */ runVerifyCommand),
/* harmony export */   verifyCliOptions: () => (/* binding */ verifyCliOptions),
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand),
/* harmony export */   verifyHelp: () => (/* binding */ verifyHelp)
/* harmony export */ });
/* harmony import */ var _ci_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78801);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _inputs_flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12794);
/* harmony import */ var _inputs_tables_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96342);
/* harmony import */ var _verify_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23659);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28654);
/* harmony import */ var _verify_step_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51554);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(82011);
/**
 * `imprint verify [IMAGE…] [flags]`: images (or the images a GitOps repository deploys)
 * against a policy. Flags carry the verify Action's input names. It catches its own errors so
 * they reach the CI log through the context; the exit code is the one policy's.
 */








const SUMMARY = 'Verify images against a policy: signatures, attestations, vulnerabilities.';
const VERIFY_FLAGS = _output_js__WEBPACK_IMPORTED_MODULE_7__/* .OUTPUT_FLAGS */ .Qf;
/** Other names people type for an input: gh attestation verify and cosign say `--bundle`. */
const FLAG_ALIASES = { bundle: 'bundles' };
const verifyCommand = {
    summary: SUMMARY,
    help: () => verifyHelp(),
    run: (argv, io) => runVerifyCommand(argv, io),
};
async function runVerifyCommand(argv, io) {
    let context;
    try {
        const parsed = readCommandLine(argv);
        if (parsed.values.has('help')) {
            io.stdout(verifyHelp());
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_OK */ .Ij;
        }
        const contextOptions = {
            ...(parsed.values.has('summary-file') && { summaryFile: parsed.values.get('summary-file') }),
            ...optionalDotenv(parsed.values.get('dotenv')),
        };
        context = (io.context ?? ((options) => (0,_ci_context_js__WEBPACK_IMPORTED_MODULE_0__/* .createContext */ .q)({ ...options, env: io.env })))(contextOptions);
        const options = optionsOf(parsed, io.env);
        const report = await (0,_verify_step_js__WEBPACK_IMPORTED_MODULE_6__/* .runVerifyStep */ .V)(options, context, { ...io.environment, env: io.env });
        (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .printOutputs */ .My)(context.outputs(), parsed.values.has('json'), (text) => io.stdout(text));
        return (0,_exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .exitCodeOfVerdict */ .og)(report);
    }
    catch (error) {
        const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error);
        if (context)
            context.log.error(message);
        else
            process.stderr.write(`error: ${message}\n`);
        return (0,_exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .exitCodeOfError */ .LL)(error);
    }
}
/** What a verify command line asks of the engine; throws a typed error on a bad flag or input. */
function verifyCliOptions(argv, env) {
    return optionsOf(readCommandLine(argv), env);
}
function readCommandLine(argv) {
    return (0,_inputs_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)(withAliasesResolved(argv), _inputs_tables_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .VERIFY_INPUTS */ .U, VERIFY_FLAGS);
}
/** The arguments are images, added to the `images` flag's. */
function optionsOf(parsed, env) {
    return (0,_verify_options_js__WEBPACK_IMPORTED_MODULE_4__/* .readVerifyOptions */ .q)((0,_inputs_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .flagSource */ .qz)(parsed, _inputs_tables_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .VERIFY_INPUTS */ .U, env), parsed.positionals);
}
function verifyHelp() {
    const line = (name, description, spec) => {
        const defaults = spec?.default === undefined ? '' : ` (default: ${spec.default})`;
        const repeat = spec?.kind === 'list' ? ' [repeatable]' : '';
        return `  --${name.padEnd(28)} ${description}${defaults}${repeat}`;
    };
    return [
        'imprint verify: verify images against a policy (signatures, signer identity, attestations).',
        '',
        'Usage: imprint verify [IMAGE…] [flags]',
        '',
        'Flags:',
        ..._inputs_tables_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .VERIFY_INPUTS */ .U.map((spec) => line(spec.name, spec.description, spec)),
        ...VERIFY_FLAGS.map((flag) => line(flag.name, flag.description)),
        ...Object.entries(FLAG_ALIASES).map(([alias, name]) => line(`${alias} PATH`, `Same as --${name} (one path each time; repeatable).`)),
        '',
        _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_CODES_HELP */ .cU,
        '',
    ].join('\n');
}
/** `--bundle X` / `--bundle=X` → `--bundles …`; positionals after `--` are left alone. */
function withAliasesResolved(argv) {
    const end = argv.indexOf('--');
    return argv.map((arg, index) => {
        if (end >= 0 && index > end)
            return arg;
        const match = /^--([a-z-]+)(=.*)?$/s.exec(arg);
        const name = match ? FLAG_ALIASES[match[1]] : undefined;
        return name === undefined ? arg : `--${name}${match[2] ?? ''}`;
    });
}
function optionalDotenv(path) {
    return path === undefined ? {} : { dotenvPath: path };
}


/***/ }),

/***/ 12794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   qz: () => (/* binding */ flagSource)
/* harmony export */ });
/* unused harmony export secretEnvName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_nearest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99318);
/**
 * CLI flags carry the action's input names: `--build-args K=V` (repeatable), `--push` /
 * `--no-push` / `--push=false` / `--push false`. Parsed by hand because node:util parseArgs cannot give
 * boolean flags a value and cannot suggest the flag a person meant.
 */


function flagShapes(specs, extras) {
    const shapes = new Map();
    for (const spec of specs) {
        shapes.set(spec.name, {
            boolean: spec.kind === 'boolean',
            multi: spec.kind === 'list' || spec.kind === 'map',
        });
    }
    for (const extra of extras)
        shapes.set(extra.name, { boolean: extra.boolean === true, multi: false });
    return shapes;
}
/** `--name`, `--name=value` or `--no-name` → the flag's name and its inline value, if any. */
function splitFlag(arg, shapes) {
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg.slice(2) : arg.slice(2, equals);
    if (equals >= 0)
        return { name, inline: arg.slice(equals + 1) };
    if (!shapes.has(name) && name.startsWith('no-') && shapes.get(name.slice(3))?.boolean) {
        return { name: name.slice(3), inline: 'false' };
    }
    return { name };
}
function unknownFlag(name, shapes) {
    const suggestion = (0,_util_nearest_js__WEBPACK_IMPORTED_MODULE_1__/* .nearest */ .p)(name, [...shapes.keys()]);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `unknown flag --${name}`, {
        hint: suggestion ? `did you mean --${suggestion}?` : 'see --help for the flags',
    });
}
/**
 * The flag's value and how many arguments after it were used. A boolean stands alone, or
 * takes a following true/false: `--sign false` is how people type it.
 */
function flagValue(name, shape, inline, next) {
    if (inline !== undefined)
        return { value: inline, used: 0 };
    if (shape.boolean) {
        return next !== undefined && /^(true|false)$/i.test(next)
            ? { value: next, used: 1 }
            : { value: 'true', used: 0 };
    }
    if (next === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `flag --${name} needs a value`);
    return { value: next, used: 1 };
}
function parseFlags(argv, specs, extras = []) {
    const shapes = flagShapes(specs, extras);
    const values = new Map();
    const positionals = [];
    for (let index = 0; index < argv.length; index += 1) {
        const arg = argv[index] ?? '';
        if (arg === '--') {
            positionals.push(...argv.slice(index + 1));
            break;
        }
        if (!arg.startsWith('--')) {
            positionals.push(arg);
            continue;
        }
        const { name, inline } = splitFlag(arg, shapes);
        const shape = shapes.get(name);
        if (!shape)
            throw unknownFlag(name, shapes);
        const { value: given, used } = flagValue(name, shape, inline, argv[index + 1]);
        index += used;
        let value = given;
        const previous = values.get(name);
        if (shape.multi && previous !== undefined)
            value = `${previous}\n${value}`;
        values.set(name, value);
    }
    return { values, positionals };
}
/**
 * Secrets may come from the environment (IMPRINT_REGISTRY_PASSWORD, …) so they stay off
 * command lines, where `ps` and shell history would show them. Only secrets: other
 * IMPRINT_* variables are outputs of earlier jobs (GitLab dotenv) and must not turn into inputs.
 */
function flagSource(parsed, specs = [], env = {}) {
    return (name) => {
        const value = parsed.values.get(name);
        if (value !== undefined)
            return value;
        const spec = specs.find((candidate) => candidate.name === name);
        return spec?.secret ? env[secretEnvName(name)] : undefined;
    };
}
function secretEnvName(inputName) {
    return `IMPRINT_${inputName.toUpperCase().replace(/-/g, '_')}`;
}


/***/ })

};
