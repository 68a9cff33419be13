export const id = 408;
export const ids = [408];
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

/***/ 9066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ InputReader)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Turning input text into typed values, with messages that name the input. The reader knows no
 * door: it is handed a source (INPUT_* or --flags) and the table that declares the inputs, and
 * takes each default from that table, so no reader states a default of its own.
 */

const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];
class InputReader {
    source;
    specs;
    constructor(source, specs) {
        this.source = source;
        this.specs = specs;
    }
    spec(name) {
        const spec = this.specs.find((candidate) => candidate.name === name);
        if (!spec)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INTERNAL', `input ${name} is not declared`);
        return spec;
    }
    raw(name) {
        return this.source(name) ?? this.spec(name).default;
    }
    string(name) {
        const value = this.raw(name)?.trim();
        return value === '' ? undefined : value;
    }
    /** The value, or the table's default when none (or a blank one) is given. */
    withDefault(name) {
        const fallback = this.spec(name).default;
        if (fallback === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INTERNAL', `input ${name} is read with a default but declares none`);
        return this.string(name) ?? fallback;
    }
    required(name, hint) {
        const value = this.string(name);
        if (value === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `input "${name}" is required`, { hint });
        return value;
    }
    boolean(name) {
        const value = this.raw(name)?.trim() ?? 'false';
        if (TRUE_WORDS.includes(value))
            return true;
        if (FALSE_WORDS.includes(value))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `input "${name}" must be true or false; got "${value}"`);
    }
    /** Comma- or newline-separated; blank entries and surrounding spaces dropped. */
    list(name) {
        const value = this.raw(name) ?? '';
        return value
            .split(/[\n,]/)
            .map((entry) => entry.trim())
            .filter((entry) => entry !== '');
    }
    /** KEY=VALUE per line; the value is everything after the first '=', kept literally. */
    map(name) {
        const result = {};
        const value = this.raw(name) ?? '';
        for (const [index, line] of value.split('\n').entries()) {
            if (line.trim() === '')
                continue;
            const equals = line.indexOf('=');
            const key = equals < 0 ? '' : line.slice(0, equals).trim();
            if (key === '' || /\s/.test(key)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `input "${name}" line ${index + 1} must be KEY=VALUE; got "${line.trim()}"`);
            }
            result[key] = line.slice(equals + 1).replace(/\r$/, '');
        }
        return result;
    }
    choice(name) {
        const value = this.string(name) ?? '';
        if (!this.choices(name).includes(value))
            throw this.notAChoice(name, value);
        return value;
    }
    /** A choice matched in any case (`high` reads as HIGH); a blank value takes the default. */
    choiceAnyCase(name) {
        const value = this.withDefault(name);
        const upper = value.trim().toUpperCase();
        const match = this.choices(name).find((choice) => choice.toUpperCase() === upper);
        if (match === undefined)
            throw this.notAChoice(name, value);
        return match;
    }
    choices(name) {
        return this.spec(name).choices ?? [];
    }
    notAChoice(name, value) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `input "${name}" must be one of ${this.choices(name).join(', ')}; got "${value}"`);
    }
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

/***/ 35035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   H3: () => (/* binding */ digestMismatch),
/* harmony export */   Hy: () => (/* binding */ algorithmOf),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79310);
/**
 * Content digests: computing them, and checking bytes against them while they stream,
 * so nothing read from a registry is trusted before it matches its name.
 */




function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** The algorithm of a valid digest; REFERENCE_INVALID for anything else. */
function algorithmOf(digest) {
    const problem = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .digestProblem */ .WQ)(digest);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('REFERENCE_INVALID', `Invalid digest: ${problem}.`);
    return digest.slice(0, digest.indexOf(':'));
}
function digestMismatch(what, expected, actual) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('DIGEST_MISMATCH', `${what}: expected digest ${expected}, but the content hashes to ${actual}.`, {
        hint: 'The registry (or something between it and you) returned different bytes; do not use this content.',
    });
}
/**
 * A pass-through stream that hashes what flows through it and fails at the end when
 * the total does not match `expected`. Size limits are the reader's job (readCapped).
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expected;
    what;
    hash;
    constructor(expected, what) {
        super();
        this.expected = expected;
        this.what = what;
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithmOf(expected));
    }
    _transform(chunk, _encoding, callback) {
        this.hash.update(chunk);
        callback(null, chunk);
    }
    _flush(callback) {
        const actual = `${algorithmOf(this.expected)}:${this.hash.digest('hex')}`;
        callback(actual === this.expected ? null : digestMismatch(this.what, this.expected, actual));
    }
}


/***/ }),

/***/ 74976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isJsonObject)
/* harmony export */ });
/** A parsed JSON value that is an object (not null, not an array). */
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
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
