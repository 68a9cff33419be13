export const id = 2767;
export const ids = [2767];
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

/***/ 52767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishCliOptions: () => (/* binding */ publishCliOptions),
/* harmony export */   publishCommand: () => (/* binding */ publishCommand),
/* harmony export */   withCliReportPath: () => (/* binding */ withCliReportPath)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ci_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78801);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _inputs_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12794);
/* harmony import */ var _inputs_tables_publish_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19012);
/* harmony import */ var _publish_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(15526);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(28654);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(82011);
/** `imprint publish`: the publish action's inputs as flags. */









/**
 * The Action writes its vulnerability report into the workspace, where the next step uploads it;
 * a command line must not litter the folder it runs in, so the CLI's report goes to a new folder
 * in the temp directory unless a path is given (the vuln-report-path output names it).
 */
const CLI_REPORT_DEFAULT = 'a new folder in the temp directory; the vuln-report-path output names it';
const CLI_PUBLISH_INPUTS = _inputs_tables_publish_js__WEBPACK_IMPORTED_MODULE_5__/* .PUBLISH_INPUTS */ ._E.map((spec) => {
    if (spec.name !== 'vuln-report-path')
        return spec;
    const cliSpec = {
        ...spec,
        description: `${spec.description} (default: ${CLI_REPORT_DEFAULT})`,
    };
    delete cliSpec.default;
    return cliSpec;
});
/** `tempRoot`: the CI platform's temp directory (RUNNER_TEMP on GitHub, the system's locally). */
function withCliReportPath(source, tempRoot) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tempRoot, `imprint-reports-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    return (name) => source(name) ??
        (name === 'vuln-report-path' ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, 'vulnerability-report.json') : undefined);
}
const publishCommand = {
    summary: 'Build, push and pin an image by digest.',
    help: () => [
        'imprint publish: build, push and pin an image by digest.',
        '',
        'Usage: imprint publish [flags]',
        '',
        'Flags:',
        ...(0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .flagHelp */ .QR)(CLI_PUBLISH_INPUTS, _output_js__WEBPACK_IMPORTED_MODULE_8__/* .OUTPUT_FLAGS */ .Qf),
        '',
    ].join('\n'),
    async run(argv, io) {
        const parsed = readCommandLine(argv);
        if (parsed.values.has('help')) {
            io.stdout(publishCommand.help());
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT_OK */ .Ij;
        }
        const contextOptions = {
            summaryFile: parsed.values.get('summary-file'),
            // undefined: the platform's default (GitLab writes imprint.env)
            dotenvPath: parsed.values.get('dotenv'),
        };
        const context = (io.context ?? ((options) => (0,_ci_context_js__WEBPACK_IMPORTED_MODULE_2__/* .createContext */ .q)({ ...options, env: io.env })))(contextOptions);
        const source = publishSource(parsed, io.env, context.platform.tempRoot);
        for (const secret of (0,_publish_options_js__WEBPACK_IMPORTED_MODULE_6__/* .publishSecrets */ .z)(source))
            context.log.addSecret(secret);
        const options = (0,_publish_options_js__WEBPACK_IMPORTED_MODULE_6__/* .readPublishOptions */ .w)(source);
        const { runPublish } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(7598), __webpack_require__.e(4242), __webpack_require__.e(8064), __webpack_require__.e(9805), __webpack_require__.e(1134), __webpack_require__.e(2997), __webpack_require__.e(638), __webpack_require__.e(8164), __webpack_require__.e(2663), __webpack_require__.e(589), __webpack_require__.e(9677)]).then(__webpack_require__.bind(__webpack_require__, 29677));
        await runPublish(options, context, { env: io.env });
        (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .printOutputs */ .My)(context.outputs(), parsed.values.has('json'), io.stdout);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT_OK */ .Ij;
    },
};
/**
 * What a publish command line asks of the engine; throws a typed error on a bad flag or input.
 * `tempRoot`: where the default vulnerability report goes (the CI platform's temp directory).
 */
function publishCliOptions(argv, env, tempRoot) {
    return (0,_publish_options_js__WEBPACK_IMPORTED_MODULE_6__/* .readPublishOptions */ .w)(publishSource(readCommandLine(argv), env, tempRoot));
}
/** The flags; publish takes no arguments (--help aside, which prints and stops). */
function readCommandLine(argv) {
    const parsed = (0,_inputs_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(argv, _inputs_tables_publish_js__WEBPACK_IMPORTED_MODULE_5__/* .PUBLISH_INPUTS */ ._E, _output_js__WEBPACK_IMPORTED_MODULE_8__/* .OUTPUT_FLAGS */ .Qf);
    if (!parsed.values.has('help') && parsed.positionals.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ImprintError */ .m0('INPUT_INVALID', `unexpected argument "${parsed.positionals[0]}"`, {
            hint: 'publish takes flags only, e.g. --image ghcr.io/acme/app --tags 1.2.3',
        });
    }
    return parsed;
}
/** The inputs: the flags, secrets also from IMPRINT_* variables, the CLI's report default. */
function publishSource(parsed, env, tempRoot) {
    return withCliReportPath((0,_inputs_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .flagSource */ .qz)(parsed, _inputs_tables_publish_js__WEBPACK_IMPORTED_MODULE_5__/* .PUBLISH_INPUTS */ ._E, env), tempRoot);
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
