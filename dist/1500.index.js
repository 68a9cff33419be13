export const id = 1500;
export const ids = [1500];
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

/***/ 31500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPromoteAction: () => (/* binding */ runPromoteAction)
/* harmony export */ });
/* unused harmony export promoteActionOptions */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ci_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78801);
/* harmony import */ var _copy_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16135);
/* harmony import */ var _copy_outputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75283);
/* harmony import */ var _inputs_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27026);
/* harmony import */ var _registry_ca_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31838);
/* harmony import */ var _fail_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57722);
/**
 * The promote Action's door: INPUT_* (as @actions/core reads them) → a copy of the image and
 * its evidence to the destination, gated by the policy → step outputs. Secrets are masked
 * before anything is logged; the step fails once, here.
 */







/** What the user's inputs ask of the engine; throws a typed error on a bad input. */
function promoteActionOptions(env) {
    return (0,_copy_options_js__WEBPACK_IMPORTED_MODULE_2__/* .readPromoteOptions */ .$S)((0,_inputs_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .actionInputSource */ .E)(env));
}
async function runPromoteAction(env = process.env, environment = {}) {
    const context = (0,_ci_context_js__WEBPACK_IMPORTED_MODULE_1__/* .createContext */ .q)({ env });
    for (const secret of (0,_copy_options_js__WEBPACK_IMPORTED_MODULE_2__/* .promoteSecrets */ .cr)((0,_inputs_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .actionInputSource */ .E)(env)))
        context.log.addSecret(secret);
    try {
        const options = promoteActionOptions(env);
        const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
        const request = (0,_copy_options_js__WEBPACK_IMPORTED_MODULE_2__/* .copyRequestOf */ .W4)(options, {
            cwd,
            env,
            caCertificates: options.registryCaFile
                ? [(0,_registry_ca_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readCaFile */ .R)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, options.registryCaFile))]
                : [],
        });
        const { copyImage } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(6752), __webpack_require__.e(9533), __webpack_require__.e(5128), __webpack_require__.e(7598), __webpack_require__.e(4242), __webpack_require__.e(1134), __webpack_require__.e(2997), __webpack_require__.e(638), __webpack_require__.e(8164), __webpack_require__.e(2663), __webpack_require__.e(3027), __webpack_require__.e(7117)]).then(__webpack_require__.bind(__webpack_require__, 8548));
        const result = await copyImage({
            ...request,
            registry: { ...environment.registry, ...request.registry },
            ...(environment.fallback && { fallback: environment.fallback }),
            log: context.log,
        });
        for (const [name, value] of Object.entries((0,_copy_outputs_js__WEBPACK_IMPORTED_MODULE_6__/* .copyOutputs */ .O)(result, 'destination'))) {
            context.setOutput(name, value);
        }
        context.log.info(`promoted ${options.source} to ${result.target}: ${result.counts.blobsCopied} blob(s) and ${result.counts.manifestsCopied} manifest(s) copied, ${result.counts.blobsSkipped + result.counts.manifestsSkipped} already there`);
    }
    catch (error) {
        (0,_fail_js__WEBPACK_IMPORTED_MODULE_4__/* .failStep */ .v)(error);
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


/***/ })

};
