export const id = 391;
export const ids = [391];
export const modules = {

/***/ 96583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ detectPlatform)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/ci/platform.ts
/**
 * The CI platform as an adapter (like docker/actions-toolkit's `Context`): everything imprint
 * learns from the job's environment, read once, in one place per platform (github.ts,
 * gitlab.ts, local.ts; choose-platform.ts picks one). Code below the doors asks the adapter
 * and never reads process.env for a platform fact.
 */



/** Outside CI there is no run to link: say so rather than invent one. */
const LOCAL_JOB = {
    uri: 'urn:imprint:local-run',
    eventId: 'local',
    builderId: 'urn:imprint:cli',
};
/**
 * The job's own temporary space when it exists as a directory (a shell runner, or
 * gitlab-ci-local, may name one that is not there), else the system's.
 */
function tempRootIn(jobSpace) {
    return jobSpace && isDirectory(jobSpace) ? jobSpace : (0,external_node_os_.tmpdir)();
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** Reads variables the platform sets for every job; a missing one fails naming it. */
function requiredReader(env, platform) {
    return (name) => {
        const value = env[name];
        if (value === undefined || value === '') {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `Provenance needs ${name}, which ${platform} sets for every job, and it is not set.`, { hint: `run imprint as a job step (not in a container that drops the CI variables)` });
        }
        return value;
    };
}
const GITHUB_TOKEN_FIX = 'permissions:\n    id-token: write';
const GITLAB_TOKEN_FIX = 'id_tokens:\n    SIGSTORE_ID_TOKEN:\n      aud: sigstore';
const NO_TOKEN = 'Keyless signing needs an OIDC identity token and none was found.';
/** SIGSTORE_ID_TOKEN, wherever it is set: GitLab's id_tokens, or a token passed by hand. */
function sigstoreIdToken(env) {
    const token = env.SIGSTORE_ID_TOKEN?.trim();
    return token ? { sigstoreIdToken: token } : {};
}

;// CONCATENATED MODULE: ./src/ci/github.ts
/**
 * GitHub Actions as imprint sees it: the token endpoint, the run's facts (the variables every
 * job gets), RUNNER_TEMP (emptied after every job), the tool cache and the Actions cache.
 */


const DEFAULT_SERVER = 'https://github.com';
class GitHubPlatform {
    env;
    name = 'github';
    tempRoot;
    tokenSources;
    job;
    /** Runners have a tool cache (RUNNER_TOOL_CACHE, which @actions/tool-cache reads itself). */
    toolDownload = true;
    actionsCache = true;
    constructor(env) {
        this.env = env;
        this.tempRoot = tempRootIn(env.RUNNER_TEMP);
        this.tokenSources = { ...sigstoreIdToken(env), ...githubRequest(env) };
        this.job = githubJob(env);
    }
    missingTokenMessage() {
        return (`${NO_TOKEN} GitHub Actions hands one out only to jobs allowed to ask ` +
            `(ACTIONS_ID_TOKEN_REQUEST_URL is not set). Add to the job that runs imprint:\n  ${GITHUB_TOKEN_FIX}\n` +
            'Pull requests from forks never get a token: sign those with a key, or skip signing.');
    }
    maskSecret(secret) {
        core/* setSecret */.Pq(secret);
    }
    runFacts() {
        const { env } = this;
        const read = requiredReader(env, 'GitHub Actions');
        return {
            platform: 'github',
            serverUrl: env.GITHUB_SERVER_URL || DEFAULT_SERVER,
            repository: read('GITHUB_REPOSITORY'),
            workflowRef: read('GITHUB_WORKFLOW_REF'),
            eventName: read('GITHUB_EVENT_NAME'),
            repositoryId: read('GITHUB_REPOSITORY_ID'),
            repositoryOwnerId: read('GITHUB_REPOSITORY_OWNER_ID'),
            ref: read('GITHUB_REF'),
            sha: read('GITHUB_SHA'),
            runId: read('GITHUB_RUN_ID'),
            runAttempt: read('GITHUB_RUN_ATTEMPT'),
            ...(env.RUNNER_ENVIRONMENT && { runnerEnvironment: env.RUNNER_ENVIRONMENT }),
        };
    }
}
function githubRequest(env) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    return url && token ? { githubRequest: { url, token } } : {};
}
/** The run's page; the workflow file (falling back to the repository) as the builder. */
function githubJob(env) {
    const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
    if (!repository || !runId)
        return LOCAL_JOB;
    const server = env.GITHUB_SERVER_URL || DEFAULT_SERVER;
    return {
        uri: `${server}/${repository}/actions/runs/${runId}`,
        eventId: runId,
        builderId: `${server}/${env.GITHUB_WORKFLOW_REF || repository}`,
    };
}

;// CONCATENATED MODULE: ./src/ci/gitlab.ts
/**
 * GitLab CI as imprint sees it: SIGSTORE_ID_TOKEN from `id_tokens:`, the job's facts (the
 * predefined variables), CI_BUILDS_DIR as the job's temporary space, and a dotenv report by
 * default so later jobs receive the outputs. No tool download and no DB cache: the pipeline
 * sets its own image and `cache:`.
 */

const DEFAULT_CONFIG_PATH = '.gitlab-ci.yml';
const GITLAB_DOTENV_DEFAULT = 'imprint.env';
class GitLabPlatform {
    env;
    name = 'gitlab';
    tempRoot;
    tokenSources;
    job;
    toolDownload = false;
    actionsCache = false;
    dotenvDefault = GITLAB_DOTENV_DEFAULT;
    constructor(env) {
        this.env = env;
        this.tempRoot = tempRootIn(env.CI_BUILDS_DIR);
        this.tokenSources = sigstoreIdToken(env);
        this.job = gitlabJob(env);
    }
    missingTokenMessage() {
        return `${NO_TOKEN} SIGSTORE_ID_TOKEN is not set. Add to the job that runs imprint:\n  ${GITLAB_TOKEN_FIX}`;
    }
    /** GitLab masks only variables declared masked; nothing to register at run time. */
    maskSecret() { }
    runFacts() {
        const { env } = this;
        const read = requiredReader(env, 'GitLab CI');
        const projectUrl = read('CI_PROJECT_URL');
        const configPath = env.CI_CONFIG_PATH || DEFAULT_CONFIG_PATH;
        const ref = gitlabRef(env);
        return {
            platform: 'gitlab',
            projectUrl,
            configPath,
            ref,
            configRefUri: `${read('CI_SERVER_HOST')}/${read('CI_PROJECT_PATH')}//${configPath}@${ref}`,
            pipelineId: read('CI_PIPELINE_ID'),
            pipelineSource: read('CI_PIPELINE_SOURCE'),
            projectId: read('CI_PROJECT_ID'),
            namespaceId: read('CI_PROJECT_NAMESPACE_ID'),
            jobName: read('CI_JOB_NAME'),
            jobUrl: read('CI_JOB_URL'),
            commitSha: read('CI_COMMIT_SHA'),
            ...(env.CI_JOB_STARTED_AT && { jobStartedAt: env.CI_JOB_STARTED_AT }),
        };
    }
}
/** The full ref the pipeline ran for: tag, branch, or merge request head. */
function gitlabRef(env) {
    if (env.CI_COMMIT_TAG)
        return `refs/tags/${env.CI_COMMIT_TAG}`;
    if (env.CI_COMMIT_BRANCH)
        return `refs/heads/${env.CI_COMMIT_BRANCH}`;
    if (env.CI_MERGE_REQUEST_REF_PATH)
        return env.CI_MERGE_REQUEST_REF_PATH;
    return `refs/heads/${requiredReader(env, 'GitLab CI')('CI_COMMIT_REF_NAME')}`;
}
/** The job's page; the project's pipeline definition as the builder. */
function gitlabJob(env) {
    const { CI_JOB_URL: jobUrl, CI_PROJECT_URL: projectUrl } = env;
    if (!jobUrl || !projectUrl)
        return LOCAL_JOB;
    return {
        uri: jobUrl,
        eventId: env.CI_JOB_ID || env.CI_PIPELINE_ID || jobUrl,
        builderId: `${projectUrl}//${env.CI_CONFIG_PATH || DEFAULT_CONFIG_PATH}`,
    };
}

;// CONCATENATED MODULE: ./src/ci/local.ts
/**
 * A terminal (or a CI imprint does not know): the system temp directory, a token only when one
 * is passed (SIGSTORE_ID_TOKEN), no run to describe, no tool download, no dotenv report.
 */


class LocalPlatform {
    name = 'local';
    tempRoot = (0,external_node_os_.tmpdir)();
    tokenSources;
    job = LOCAL_JOB;
    toolDownload = false;
    actionsCache = false;
    constructor(env = {}) {
        this.tokenSources = sigstoreIdToken(env);
    }
    missingTokenMessage() {
        return (`${NO_TOKEN} Pass one with --identity-token (or the SIGSTORE_ID_TOKEN variable), or run in CI: ` +
            `on GitHub Actions add to the job:\n  ${GITHUB_TOKEN_FIX}\non GitLab CI add to the job:\n  ${GITLAB_TOKEN_FIX}\n` +
            'Or sign with a key (signing: key).');
    }
    maskSecret() { }
    runFacts() {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/ci/choose-platform.ts
/** Picks the CI platform adapter once, from the job's environment, at the door. */



function detectPlatform(env) {
    if (env.GITHUB_ACTIONS === 'true')
        return new GitHubPlatform(env);
    if (env.GITLAB_CI === 'true')
        return new GitLabPlatform(env);
    return new LocalPlatform(env);
}


/***/ }),

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

/***/ 39098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ PlainLogger),
/* harmony export */   a: () => (/* binding */ GitLabLogger)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62727);
/**
 * Logging behind one interface, so every step groups its output the same way on GitHub
 * (`::group::`), GitLab (collapsible sections) and a terminal.
 */

const stderrWrite = (text) => process.stderr.write(text);
/** Plain terminal output, on stderr so stdout stays free for results. */
class PlainLogger {
    write;
    verbose;
    redactor = new _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .Redactor */ .p();
    depth = 0;
    constructor(write = stderrWrite, verbose = false) {
        this.write = write;
        this.verbose = verbose;
    }
    info(message) {
        this.line(message);
    }
    warning(message, where) {
        this.line(`warning: ${locate(where)}${message}`);
    }
    error(message, where) {
        this.line(`error: ${locate(where)}${message}`);
    }
    debug(message) {
        if (this.verbose)
            this.line(`debug: ${message}`);
    }
    startGroup(title) {
        this.line(`▸ ${title}`);
        this.depth += 1;
    }
    endGroup() {
        this.depth = Math.max(0, this.depth - 1);
    }
    addSecret(secret) {
        this.redactor.add(secret);
    }
    line(message) {
        const indent = '  '.repeat(this.depth);
        const text = this.redactor.redact(message);
        this.write(text
            .split('\n')
            .map((part) => indent + part)
            .join('\n') + '\n');
    }
}
function locate(where) {
    if (!where)
        return '';
    return where.line === undefined ? `${where.file}: ` : `${where.file}:${where.line}: `;
}
/** GitLab CI: each group is a collapsible section (FORMATS.md §5). */
class GitLabLogger extends PlainLogger {
    clock;
    open = [];
    counter = 0;
    constructor(write = stderrWrite, clock = () => Math.floor(Date.now() / 1000)) {
        super(write);
        this.clock = clock;
    }
    startGroup(title) {
        this.counter += 1;
        const name = `imprint_${this.counter}_${title
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '_')
            .slice(0, 40)}`;
        this.open.push(name);
        this.write(`\u001b[0Ksection_start:${this.clock()}:${name}[collapsed=true]\r\u001b[0K${this.redactor.redact(title)}\n`);
    }
    endGroup() {
        const name = this.open.pop();
        if (name)
            this.write(`\u001b[0Ksection_end:${this.clock()}:${name}\r\u001b[0K\n`);
    }
}


/***/ }),

/***/ 62727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ Redactor)
/* harmony export */ });
/**
 * Secrets never reach a log: every line any logger prints goes through the redactor, and
 * every secret (passwords, tokens, key passwords) is registered with it as soon as it is read.
 */
const MIN_SECRET_LENGTH = 4;
class Redactor {
    secrets = new Set();
    add(secret) {
        if (secret === undefined)
            return;
        const trimmed = secret.trim();
        if (trimmed.length < MIN_SECRET_LENGTH)
            return;
        this.secrets.add(trimmed);
        // base64 forms leak through Basic auth headers and docker config files.
        this.secrets.add(Buffer.from(trimmed).toString('base64'));
    }
    redact(text) {
        let result = text;
        for (const secret of this.secrets)
            result = result.split(secret).join('***');
        return result;
    }
    get size() {
        return this.secrets.size;
    }
}


/***/ }),

/***/ 58391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   copyCommand: () => (/* binding */ copyCommand),
/* harmony export */   runCopyCommand: () => (/* binding */ runCopyCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ci_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78801);
/* harmony import */ var _registry_ca_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _inputs_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12794);
/* harmony import */ var _inputs_tables_shared_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60746);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28654);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(82011);
/**
 * `imprint copy SRC DST`: promote an image with its signatures and attestations to another
 * registry or repository, digests unchanged; with --policy, only an image that passes.
 * Logs go to stderr; the target reference and the counts to stdout.
 */








const SUMMARY = 'Copy an image with its signatures and attestations to another registry.';
const FLAGS = [
    {
        name: 'policy',
        kind: 'string',
        description: 'Policy file: verify the image before copying (nothing is copied when it fails) and again on the target.',
    },
    {
        name: 'trusted-root',
        kind: 'string',
        description: 'Sigstore trusted_root.json for --policy (default: the public-good root via TUF).',
    },
    _inputs_tables_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .INSECURE_REGISTRIES_INPUT */ .yG,
    _inputs_tables_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .REGISTRY_CA_FILE_INPUT */ .JQ,
    { name: 'json', kind: 'boolean', description: 'Print the result as one JSON object.' },
    { name: 'help', kind: 'boolean', description: 'Show this help.' },
];
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
    'Credentials come from the docker config, CI_REGISTRY_* on GitLab, or GITHUB_TOKEN for ghcr.io.',
    '',
    'Flags:',
    ...(0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .flagHelp */ .QR)(FLAGS, []),
    '',
    _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_CODES_HELP */ .cU,
    '',
].join('\n');
const copyCommand = {
    summary: SUMMARY,
    help: () => HELP,
    run: (argv, io) => runCopyCommand(argv, io),
};
async function runCopyCommand(argv, io) {
    const parsed = (0,_inputs_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(argv, FLAGS);
    if (parsed.values.has('help')) {
        io.stdout(HELP);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_OK */ .Ij;
    }
    const [source, target, ...extra] = parsed.positionals;
    if (source === undefined || target === undefined || extra.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ImprintError */ .m0('INPUT_INVALID', `imprint copy takes a source and a target image; got ${parsed.positionals.length} argument(s).`, { hint: 'e.g. imprint copy dev.example.com/app@sha256:… prod.example.com/app:1.2.0' });
    }
    const cwd = io.environment?.cwd ?? process.cwd();
    const caFile = parsed.values.get('registry-ca-file');
    const policy = parsed.values.get('policy');
    const trustedRoot = parsed.values.get('trusted-root');
    const context = (io.context ?? (() => (0,_ci_context_js__WEBPACK_IMPORTED_MODULE_1__/* .createContext */ .q)({ env: io.env })))({});
    const { copyImage } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(815), __webpack_require__.e(128), __webpack_require__.e(752), __webpack_require__.e(691), __webpack_require__.e(242), __webpack_require__.e(598), __webpack_require__.e(973), __webpack_require__.e(441), __webpack_require__.e(164), __webpack_require__.e(435), __webpack_require__.e(319), __webpack_require__.e(448)]).then(__webpack_require__.bind(__webpack_require__, 81804));
    const result = await copyImage({
        source,
        target,
        ...(policy !== undefined && { policyFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, policy) }),
        ...(trustedRoot !== undefined && { trustedRoot }),
        cwd,
        registry: {
            ...io.environment?.registry,
            insecureRegistries: listOf(parsed.values.get('insecure-registries')),
            caCertificates: caFile ? [(0,_registry_ca_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readCaFile */ .R)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, caFile))] : [],
            env: io.env,
        },
        ...(io.environment?.fallback && { fallback: io.environment.fallback }),
        log: context.log,
    });
    const { counts } = result;
    (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .printOutputs */ .My)({
        target: result.target,
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
    }, parsed.values.has('json'), io.stdout);
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_OK */ .Ij;
}
function listOf(value) {
    return (value ?? '')
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter(Boolean);
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

/***/ 60746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JQ: () => (/* binding */ REGISTRY_CA_FILE_INPUT),
/* harmony export */   Kw: () => (/* binding */ SUMMARY_INPUT),
/* harmony export */   yG: () => (/* binding */ INSECURE_REGISTRIES_INPUT)
/* harmony export */ });
const INSECURE_REGISTRIES_INPUT = {
    name: 'insecure-registries',
    kind: 'list',
    description: 'Registry hosts (host:port) reached over plain HTTP. Not needed for a loopback registry without TLS.',
};
const REGISTRY_CA_FILE_INPUT = {
    name: 'registry-ca-file',
    kind: 'string',
    description: 'PEM file of extra certificate authorities to trust for the registries.',
};
const SUMMARY_INPUT = {
    name: 'summary',
    kind: 'boolean',
    default: 'true',
    description: 'Write the job summary.',
};


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
/* unused harmony export editDistance */
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
