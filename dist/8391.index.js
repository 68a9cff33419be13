export const id = 8391;
export const ids = [8391];
export const modules = {

/***/ 78801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ createContext)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/ci/redact.ts
var redact = __webpack_require__(62727);
;// CONCATENATED MODULE: ./src/ci/github-logger.ts
/** GitHub Actions logging through @actions/core: groups, annotations and masks. */


class GitHubLogger {
    redactor = new redact/* Redactor */.p();
    info(message) {
        core/* info */.pq(this.redactor.redact(message));
    }
    warning(message, where) {
        core/* warning */.$e(this.redactor.redact(message), annotation(where));
    }
    error(message, where) {
        core/* error */.z3(this.redactor.redact(message), annotation(where));
    }
    debug(message) {
        core/* debug */.Yz(this.redactor.redact(message));
    }
    startGroup(title) {
        core/* startGroup */.Oh(title);
    }
    endGroup() {
        core/* endGroup */.N4();
    }
    addSecret(secret) {
        if (secret === undefined || secret === '')
            return;
        core/* setSecret */.Pq(secret);
        this.redactor.add(secret);
    }
}
function annotation(where) {
    if (!where)
        return undefined;
    return where.line === undefined
        ? { file: where.file }
        : { file: where.file, startLine: where.line };
}

// EXTERNAL MODULE: ./src/ci/log.ts
var log = __webpack_require__(39098);
;// CONCATENATED MODULE: ./src/ci/dotenv.ts
/**
 * GitLab `artifacts:reports:dotenv`: KEY=value lines, keys [A-Za-z0-9_], no multi-line
 * values, at most 5 KB in all (FORMATS.md §5). Later jobs receive the digest through it.
 */
const DOTENV_MAX_BYTES = 5 * 1024;
const PREFIX = 'IMPRINT_';
function dotenvKey(outputName) {
    return PREFIX + outputName.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}
/**
 * Outputs in the order given. Newline-separated lists (`tags`) become comma-separated, as
 * dotenv has no multi-line values; a value that would pass the budget is dropped, not cut.
 */
function toDotenv(outputs) {
    const lines = [];
    const dropped = [];
    let size = 0;
    for (const [name, raw] of Object.entries(outputs)) {
        const value = raw
            .split(/\r?\n/)
            .filter((part) => part !== '')
            .join(',');
        const line = `${dotenvKey(name)}=${value}`;
        const bytes = Buffer.byteLength(line) + 1;
        if (size + bytes > DOTENV_MAX_BYTES) {
            dropped.push(name);
            continue;
        }
        lines.push(line);
        size += bytes;
    }
    return { text: lines.map((line) => line + '\n').join(''), dropped };
}

// EXTERNAL MODULE: ./src/ci/choose-platform.ts + 4 modules
var choose_platform = __webpack_require__(96583);
;// CONCATENATED MODULE: ./src/ci/context.ts
/**
 * Where logs, outputs and the summary go, on the CI platform the job runs on (platform.ts has
 * the platform's facts). One implementation of every step runs on GitHub, GitLab and a
 * terminal alike.
 */






class CollectingContext {
    platform;
    log;
    summaryFile;
    values = {};
    summaryWritten = false;
    constructor(platform, log, summaryFile) {
        this.platform = platform;
        this.log = log;
        this.summaryFile = summaryFile;
    }
    setOutput(name, value) {
        this.values[name] = value;
    }
    outputs() {
        return { ...this.values };
    }
    writeSummary(markdown) {
        if (this.summaryFile) {
            // The first section of this run replaces an old file; later sections (a policy gate) follow it.
            if (this.summaryWritten)
                (0,external_node_fs_.appendFileSync)(this.summaryFile, `\n${markdown}`);
            else
                (0,external_node_fs_.writeFileSync)(this.summaryFile, markdown);
            this.summaryWritten = true;
            this.log.info(`Summary written to ${this.summaryFile}`);
        }
        else {
            this.log.startGroup('Summary');
            this.log.info(markdown);
            this.log.endGroup();
        }
        return Promise.resolve();
    }
}
/** GitHub Actions: outputs to $GITHUB_OUTPUT, summary to $GITHUB_STEP_SUMMARY. */
class GitHubContext extends CollectingContext {
    constructor(platform) {
        super(platform, new GitHubLogger());
    }
    setOutput(name, value) {
        super.setOutput(name, value);
        core/* setOutput */.uH(name, value);
    }
    async writeSummary(markdown) {
        try {
            await core/* summary */.z.addRaw(markdown, true).write({ overwrite: false });
        }
        catch (error) {
            // GitHub Enterprise Server without job summaries: the step still succeeds.
            this.log.warning(`The job summary could not be written (${String(error)}); the step goes on.`);
        }
    }
}
/** GitLab CI: outputs also go to a dotenv report so later jobs get the digest. */
class GitLabContext extends CollectingContext {
    dotenvPath;
    constructor(platform, dotenvPath, summaryFile) {
        super(platform, new log/* GitLabLogger */.a(), summaryFile);
        this.dotenvPath = dotenvPath;
    }
    setOutput(name, value) {
        super.setOutput(name, value);
        if (!this.dotenvPath)
            return;
        const { text, dropped } = toDotenv(this.outputs());
        (0,external_node_fs_.writeFileSync)(this.dotenvPath, text);
        if (dropped.includes(name)) {
            this.log.warning(`Output ${name} is not in the dotenv report (it would pass GitLab's 5 KB limit).`);
        }
    }
}
function createContext(options) {
    const platform = (0,choose_platform/* detectPlatform */.l)(options.env);
    if (platform.name === 'github')
        return new GitHubContext(platform);
    if (platform.name === 'gitlab') {
        const dotenv = options.dotenvPath ?? platform.dotenvDefault;
        return new GitLabContext(platform, dotenv, options.summaryFile);
    }
    return new CollectingContext(platform, options.logger ?? new log/* PlainLogger */.T(), options.summaryFile);
}


/***/ }),

/***/ 16135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ readPromoteOptions),
/* harmony export */   W4: () => (/* binding */ copyRequestOf),
/* harmony export */   cr: () => (/* binding */ promoteSecrets)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _inputs_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9066);
/* harmony import */ var _inputs_tables_promote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67419);
/* harmony import */ var _registry_hosts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91604);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79310);
/**
 * The promote door's inputs (inputs/tables/promote.ts) read into typed options and a copy
 * request. Pure: no I/O beyond the input source.
 */






function readPromoteOptions(source) {
    const read = new _inputs_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputReader */ .i(source, _inputs_tables_promote_js__WEBPACK_IMPORTED_MODULE_3__/* .PROMOTE_INPUTS */ .V);
    const from = read.required('source', 'e.g. source: dev.example.com/app@sha256:…');
    const to = read.required('destination', 'e.g. destination: prod.example.com/app:1.2.0');
    // Both parse here, so a bad reference is a bad input (exit 2) named by its input.
    const sourceRegistry = referenceOf('source', from).registry;
    const destinationRegistry = referenceOf('destination', to).registry;
    const logins = [
        loginOf(read, 'source', sourceRegistry),
        loginOf(read, 'destination', destinationRegistry),
    ].filter((login) => login !== undefined);
    const [first, second] = logins;
    if (first &&
        second &&
        (0,_registry_hosts_js__WEBPACK_IMPORTED_MODULE_4__/* .sameRegistry */ .cJ)(first.registry, second.registry) &&
        (first.username !== second.username || first.password !== second.password)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_CONFLICT', `source and destination are both on ${sourceRegistry}, which gets one login per run, but the source-* and destination-* credentials differ.`, { hint: 'Give one login that can read the source and write the destination.' });
    }
    const policy = read.string('policy');
    const trustedRoot = read.string('trusted-root');
    const registryCaFile = read.string('registry-ca-file');
    return {
        source: from,
        destination: to,
        ...(policy !== undefined && { policy }),
        ...(trustedRoot !== undefined && { trustedRoot }),
        logins,
        insecureRegistries: read.list('insecure-registries'),
        ...(registryCaFile !== undefined && { registryCaFile }),
    };
}
/** The secrets among the inputs, to mask before anything is logged. */
function promoteSecrets(source) {
    return _inputs_tables_promote_js__WEBPACK_IMPORTED_MODULE_3__/* .PROMOTE_INPUTS */ .V.filter((spec) => spec.secret)
        .map((spec) => source(spec.name)?.trim())
        .filter((value) => value !== undefined && value !== '');
}
/** What the copy engine gets; paths are resolved against `cwd`, the CA file already read. */
function copyRequestOf(options, environment) {
    const registry = {
        insecureRegistries: options.insecureRegistries,
        caCertificates: environment.caCertificates,
        env: environment.env,
        ...(options.logins.length > 0 && { logins: options.logins }),
    };
    return {
        source: options.source,
        target: options.destination,
        ...(options.policy !== undefined && {
            policyFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(environment.cwd, options.policy),
        }),
        ...(options.trustedRoot !== undefined && {
            trustedRoot: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(environment.cwd, options.trustedRoot),
        }),
        cwd: environment.cwd,
        registry,
    };
}
function referenceOf(input, value) {
    try {
        return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(value);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `input "${input}" is not an image reference: ${error instanceof Error ? error.message : String(error)}`, { hint: 'registry/repository[:tag] or registry/repository@sha256:…' });
    }
}
function loginOf(read, end, registry) {
    const inputs = [`${end}-username`, `${end}-password`];
    const username = read.string(inputs[0]);
    const password = read.string(inputs[1]);
    if (username === undefined && password === undefined)
        return undefined;
    if (username === undefined || password === undefined) {
        const [given, missing] = username === undefined ? [inputs[1], inputs[0]] : inputs;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `${given} is set but ${missing} is empty; set both or neither.`, { hint: `Both are presented to ${registry}; without them the docker config is used.` });
    }
    return { registry, username, password, inputs: [inputs[0], inputs[1]] };
}


/***/ }),

/***/ 75283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ copyOutputs)
/* harmony export */ });
/** `where` names the copied image's reference: `target` on the command line, `destination` in promote. */
function copyOutputs(result, where) {
    const { counts } = result;
    return {
        [where]: result.target,
        digest: result.digest,
        ...(result.tag !== undefined && { tag: result.tag }),
        manifests: String(result.manifests),
        referrers: String(result.referrers),
        'manifests-copied': String(counts.manifestsCopied),
        'manifests-skipped': String(counts.manifestsSkipped),
        'blobs-copied': String(counts.blobsCopied),
        'blobs-mounted': String(counts.blobsMounted),
        'blobs-skipped': String(counts.blobsSkipped),
        'bytes-copied': String(counts.bytesCopied),
        'referrers-indexed': String(counts.referrersIndexed),
        'tags-written': String(counts.tagsWritten),
        verified: String(result.verified),
    };
}


/***/ }),

/***/ 58391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   copyCliRequest: () => (/* binding */ copyCliRequest),
/* harmony export */   copyCommand: () => (/* binding */ copyCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ci_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78801);
/* harmony import */ var _registry_ca_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _inputs_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12794);
/* harmony import */ var _copy_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16135);
/* harmony import */ var _inputs_tables_promote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67419);
/* harmony import */ var _copy_outputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(75283);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(28654);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(82011);
/**
 * `imprint copy SRC DST`: promote an image with its signatures and attestations to another
 * registry or repository, digests unchanged; with --policy, only an image that passes.
 * Logs go to stderr; the target reference and the counts to stdout.
 */










const SUMMARY = 'Copy an image with its signatures and attestations to another registry.';
/** The promote inputs but the two images, which are the arguments here. */
const FLAGS = _inputs_tables_promote_js__WEBPACK_IMPORTED_MODULE_6__/* .PROMOTE_INPUTS */ .V.filter((spec) => spec.name !== 'source' && spec.name !== 'destination');
/** --dotenv, --json, --help (a copy writes no summary). */
const EXTRA_FLAGS = _output_js__WEBPACK_IMPORTED_MODULE_8__/* .OUTPUT_FLAGS */ .Qf.filter((flag) => flag.name !== 'summary-file');
const HELP = [
    `imprint copy: ${SUMMARY}`,
    '',
    'Usage: imprint copy SRC DST [flags]',
    '',
    'Copies the image (index, platform manifests, blobs), its OCI referrers (signatures,',
    'attestations, and theirs) and cosign .sig/.att/.sbom tags. Digests stay the same. On a',
    'target without the referrers API the fallback index tag is written. Re-running skips what',
    'the target has, so a failed copy resumes and a finished one uploads nothing.',
    'DST is registry/repository[:tag]; without a tag, the source tag (if any) is used.',
    'Credentials: --source-username/--destination-username with the passwords in',
    'IMPRINT_SOURCE_PASSWORD / IMPRINT_DESTINATION_PASSWORD (kept off the command line), else',
    'the docker config, CI_REGISTRY_* on GitLab, or GITHUB_TOKEN for ghcr.io.',
    '',
    'Flags:',
    ...(0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .flagHelp */ .QR)(FLAGS, EXTRA_FLAGS),
    '',
    _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT_CODES_HELP */ .cU,
    '',
].join('\n');
const copyCommand = {
    summary: SUMMARY,
    help: () => HELP,
    run: (argv, io) => runCopyCommand(argv, io),
};
async function runCopyCommand(argv, io) {
    const parsed = (0,_inputs_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(argv, FLAGS, EXTRA_FLAGS);
    if (parsed.values.has('help')) {
        io.stdout(HELP);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT_OK */ .Ij;
    }
    const { inputs, dotenv } = commandInputs(parsed, io.env);
    const context = (io.context ?? ((options) => (0,_ci_context_js__WEBPACK_IMPORTED_MODULE_1__/* .createContext */ .q)({ ...options, env: io.env })))(
    // Undefined: the platform's default (imprint.env on GitLab, none elsewhere).
    dotenv === undefined ? {} : { dotenvPath: dotenv });
    for (const secret of (0,_copy_options_js__WEBPACK_IMPORTED_MODULE_5__/* .promoteSecrets */ .cr)(inputs))
        context.log.addSecret(secret);
    const request = requestOf(inputs, io);
    const { copyImage } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(6752), __webpack_require__.e(9533), __webpack_require__.e(5128), __webpack_require__.e(7598), __webpack_require__.e(4242), __webpack_require__.e(1134), __webpack_require__.e(2997), __webpack_require__.e(638), __webpack_require__.e(8164), __webpack_require__.e(2663), __webpack_require__.e(3027), __webpack_require__.e(8548)]).then(__webpack_require__.bind(__webpack_require__, 8548));
    const result = await copyImage({ ...request, log: context.log });
    for (const [name, value] of Object.entries((0,_copy_outputs_js__WEBPACK_IMPORTED_MODULE_9__/* .copyOutputs */ .O)(result, 'target'))) {
        context.setOutput(name, value);
    }
    (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .printOutputs */ .My)(context.outputs(), parsed.values.has('json'), io.stdout);
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT_OK */ .Ij;
}
/**
 * What a copy command line asks of the engine (the log aside); throws a typed error on a bad
 * flag or argument, or a CA file that cannot be read.
 */
function copyCliRequest(argv, io) {
    const { inputs } = commandInputs((0,_inputs_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(argv, FLAGS, EXTRA_FLAGS), io.env);
    return requestOf(inputs, io);
}
/** The two images are the arguments; every other input is a flag (or its IMPRINT_* secret). */
function commandInputs(parsed, env) {
    const [source, target, ...extra] = parsed.positionals;
    if (source === undefined || target === undefined || extra.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ImprintError */ .m0('INPUT_INVALID', `imprint copy takes a source and a target image; got ${parsed.positionals.length} argument(s).`, { hint: 'e.g. imprint copy dev.example.com/app@sha256:… prod.example.com/app:1.2.0' });
    }
    const flags = (0,_inputs_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .flagSource */ .qz)(parsed, FLAGS, env);
    const inputs = (name) => name === 'source' ? source : name === 'destination' ? target : flags(name);
    return { inputs, dotenv: parsed.values.get('dotenv') };
}
function requestOf(inputs, io) {
    const options = (0,_copy_options_js__WEBPACK_IMPORTED_MODULE_5__/* .readPromoteOptions */ .$S)(inputs);
    const cwd = io.environment?.cwd ?? process.cwd();
    const request = (0,_copy_options_js__WEBPACK_IMPORTED_MODULE_5__/* .copyRequestOf */ .W4)(options, {
        cwd,
        env: io.env,
        caCertificates: options.registryCaFile
            ? [(0,_registry_ca_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readCaFile */ .R)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, options.registryCaFile))]
            : [],
    });
    return {
        ...request,
        registry: { ...io.environment?.registry, ...request.registry },
        ...(io.environment?.fallback && { fallback: io.environment.fallback }),
    };
}


/***/ }),

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


/***/ }),

/***/ 67419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ PROMOTE_INPUTS)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60746);

const PROMOTE_INPUTS = [
    {
        name: 'source',
        kind: 'string',
        description: 'Image to promote, best by digest (registry/repository@sha256:…; a tag is resolved once, at the start).',
    },
    {
        name: 'destination',
        kind: 'string',
        description: 'Where it goes: registry/repository[:tag] (without a tag, the source tag if it has one). Digests stay the same.',
    },
    {
        name: 'policy',
        kind: 'string',
        description: 'Policy file: the image is verified at the source before anything is copied (nothing is when it fails) and again at the destination.',
    },
    {
        name: 'trusted-root',
        kind: 'string',
        description: 'trusted_root.json of a private Sigstore instance for the policy (default: the Sigstore public-good root).',
    },
    {
        name: 'source-username',
        kind: 'string',
        description: 'User name for the source registry (default: docker config, CI_REGISTRY_USER on GitLab, GITHUB_TOKEN for ghcr.io).',
    },
    {
        name: 'source-password',
        kind: 'string',
        secret: true,
        description: 'Password or token for the source registry (CLI: IMPRINT_SOURCE_PASSWORD, off the command line).',
        actionDescription: 'Password or token for the source registry. Pass it from a secret (e.g. secrets.DEV_REGISTRY_TOKEN), never literally.',
    },
    {
        name: 'destination-username',
        kind: 'string',
        description: 'User name for the destination registry (default: docker config, CI_REGISTRY_USER on GitLab, GITHUB_TOKEN for ghcr.io).',
    },
    {
        name: 'destination-password',
        kind: 'string',
        secret: true,
        description: 'Password or token for the destination registry (CLI: IMPRINT_DESTINATION_PASSWORD, off the command line).',
        actionDescription: 'Password or token for the destination registry. Pass it from a secret (e.g. secrets.PROD_REGISTRY_TOKEN), never literally.',
    },
    _shared_js__WEBPACK_IMPORTED_MODULE_0__/* .INSECURE_REGISTRIES_INPUT */ .yG,
    _shared_js__WEBPACK_IMPORTED_MODULE_0__/* .REGISTRY_CA_FILE_INPUT */ .JQ,
];


/***/ }),

/***/ 31838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readCaFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/** The `registry-ca-file` input: extra certificate authorities (PEM) for the registries. */


function readCaFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `registry-ca-file ${path} cannot be read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`, { cause: error, hint: 'give a PEM file of certificate authorities that this job can read' });
    }
}


/***/ }),

/***/ 99318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
/** The closest candidate to a misspelt word (Damerau–Levenshtein), for "did you mean" hints. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i += 1) {
        for (let j = 1; j < cols; j += 1) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            const row = d[i];
            const above = d[i - 1];
            row[j] = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                row[j] = Math.min(row[j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
}
function nearest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // Beyond a third of the word's length the suggestion is noise.
    return best !== undefined && bestDistance <= Math.max(2, Math.ceil(word.length / 3))
        ? best
        : undefined;
}


/***/ })

};
