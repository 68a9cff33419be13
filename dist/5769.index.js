export const id = 5769;
export const ids = [5769];
export const modules = {

/***/ 96583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ detectPlatform)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
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
/** Outside GitHub Actions there is no Actions cache service to talk to. */
const NO_ACTIONS_CACHE_SERVICE = {
    available: false,
    reason: 'type=gha caches live in the GitHub Actions cache service, which only GitHub Actions jobs reach',
    hint: 'cache in a registry (type=registry,ref=REGISTRY/REPO:cache) or a directory (type=local,src=DIR / type=local,dest=DIR)',
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
const DEFAULT_API = 'https://api.github.com';
class GitHubPlatform {
    env;
    name = 'github';
    tempRoot;
    tokenSources;
    job;
    /** Runners have a tool cache (RUNNER_TOOL_CACHE, which @actions/tool-cache reads itself). */
    toolDownload = true;
    actionsCache = true;
    actionsCacheService;
    constructor(env) {
        this.env = env;
        this.tempRoot = tempRootIn(env.RUNNER_TEMP);
        this.actionsCacheService = actionsCacheService(env);
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
    githubApi() {
        const { env } = this;
        return {
            serverUrl: env.GITHUB_SERVER_URL || DEFAULT_SERVER,
            apiUrl: env.GITHUB_API_URL || DEFAULT_API,
            ...(env.GITHUB_REPOSITORY && { repository: env.GITHUB_REPOSITORY }),
            ...(env.GITHUB_TOKEN && { token: env.GITHUB_TOKEN }),
        };
    }
    repositoryVisibility() {
        return readVisibility(this.env.GITHUB_EVENT_PATH);
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
/** What buildx reads the cache service from: v1's URL, v2's results URL, and their token. */
const CACHE_SERVICE_VARIABLES = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_SERVICE_V2',
];
/**
 * GitHub hands the cache service's token and URLs to actions (imprint's Action gets them) but
 * not to `run:` steps, where the imprint CLI would run without them.
 */
function actionsCacheService(env) {
    const hasUrl = Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
    if (!env.ACTIONS_RUNTIME_TOKEN || !hasUrl) {
        return {
            available: false,
            reason: 'ACTIONS_RUNTIME_TOKEN and ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL are not set: GitHub hands them to actions, not to run: steps',
            hint: 'use the imprint Action (uses:) rather than the CLI in a run: step, or expose them to the step first (crazy-max/ghaction-github-runtime)',
        };
    }
    const environment = {};
    for (const name of CACHE_SERVICE_VARIABLES) {
        const value = env[name];
        if (value)
            environment[name] = value;
    }
    return { available: true, environment };
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
const VISIBILITIES = ['public', 'private', 'internal'];
/** `repository.visibility` of the event payload GitHub writes for every job. */
function readVisibility(eventPath) {
    if (!eventPath)
        return { unreadable: 'GITHUB_EVENT_PATH is not set' };
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
    }
    catch (error) {
        return { unreadable: `the event payload ${eventPath} cannot be read: ${(0,errors/* messageOf */.bD)(error)}` };
    }
    const visibility = payload?.repository
        ?.visibility;
    const known = VISIBILITIES.find((name) => name === visibility);
    if (known)
        return { visibility: known };
    return {
        unreadable: visibility === undefined
            ? 'the event payload has no repository.visibility'
            : `the event payload's repository.visibility is ${JSON.stringify(visibility)}`,
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
    actionsCacheService = NO_ACTIONS_CACHE_SERVICE;
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
    /** GitLab's project visibility does not choose a Sigstore instance: public-good stays. */
    repositoryVisibility() {
        return undefined;
    }
    githubApi() {
        return undefined;
    }
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
    actionsCacheService = NO_ACTIONS_CACHE_SERVICE;
    constructor(env = {}) {
        this.tokenSources = sigstoreIdToken(env);
    }
    missingTokenMessage() {
        return (`${NO_TOKEN} Pass one with --identity-token (or the SIGSTORE_ID_TOKEN variable), or run in CI: ` +
            `on GitHub Actions add to the job:\n  ${GITHUB_TOKEN_FIX}\non GitLab CI add to the job:\n  ${GITLAB_TOKEN_FIX}\n` +
            'Or sign with a key (signing: key).');
    }
    maskSecret() { }
    repositoryVisibility() {
        return undefined;
    }
    githubApi() {
        return undefined;
    }
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
    /**
     * One entry a line, commas kept: for values that hold commas themselves
     * (`type=registry,ref=…`, `id=ID,src=PATH`). Blank lines and surrounding spaces dropped.
     */
    lines(name) {
        const value = this.raw(name) ?? '';
        return value
            .split('\n')
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

/***/ 91604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ listsRegistry),
/* harmony export */   PG: () => (/* binding */ hostAndPort),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   cJ: () => (/* binding */ sameRegistry),
/* harmony export */   jW: () => (/* binding */ isLoopbackRegistry),
/* harmony export */   n7: () => (/* binding */ registryKey)
/* harmony export */ });
/* unused harmony export isDockerHubName */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/**
 * One rule for "is this the same registry?", docker's, wherever a registry named in one place
 * (an image reference) is looked up in another (insecure-registries, a docker config key,
 * CI_REGISTRY, a build's logins):
 *  - a scheme and a path are dropped: `https://index.docker.io/v1/` names `index.docker.io`;
 *  - host names compare case-insensitively, as DNS does;
 *  - Docker Hub's three names, docker.io, index.docker.io and registry-1.docker.io, are one host;
 *  - the port is part of the name and compared exactly: `localhost:5000` is not `localhost`,
 *    and `registry.example.com:443` is not `registry.example.com` (docker keeps them apart too).
 * And which registries are on this machine (localhost, 127.0.0.0/8, ::1), for the plain-HTTP
 * rule of scheme.ts. Pure.
 */

/** How imprint writes Docker Hub's name (image references, credential lookups). */
const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_NAMES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Whether a host is written as one of Docker Hub's names, exactly (no case folding). */
function isDockerHubName(host) {
    return DOCKER_HUB_NAMES.has(host);
}
const LOOPBACK_ADDRESSES = new node_net__WEBPACK_IMPORTED_MODULE_0__.BlockList();
LOOPBACK_ADDRESSES.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK_ADDRESSES.addAddress('::1', 'ipv6');
/** The registry a name stands for: lowercase `host[:port]`, Docker Hub's aliases as `docker.io`. */
function registryKey(name) {
    const host = name
        .trim()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
        .split('/')[0]
        ?.toLowerCase() ?? '';
    return DOCKER_HUB_NAMES.has(host) ? DOCKER_HUB : host;
}
function sameRegistry(a, b) {
    return registryKey(a) === registryKey(b);
}
/** True when `list` (insecure-registries, logins' hosts) names `registry`. */
function listsRegistry(list, registry) {
    const key = registryKey(registry);
    return (list ?? []).some((entry) => entry.trim() !== '' && registryKey(entry) === key);
}
/** Host name and port of `host[:port]`; IPv6 addresses without their brackets. */
function hostAndPort(registry) {
    const key = registryKey(registry);
    const bracketed = /^\[([^\]]*)\](?::(\d+))?$/.exec(key);
    if (bracketed) {
        const [, hostname = '', port] = bracketed;
        return port === undefined ? { hostname } : { hostname, port: Number(port) };
    }
    // A bare IPv6 address (no brackets) has no port.
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(key) === 6)
        return { hostname: key };
    const colon = key.lastIndexOf(':');
    return colon < 0
        ? { hostname: key }
        : { hostname: key.slice(0, colon), port: Number(key.slice(colon + 1)) };
}
/** A registry on this machine: `localhost`, an address in 127.0.0.0/8, or `::1`. */
function isLoopbackRegistry(registry) {
    const { hostname } = hostAndPort(registry);
    if (hostname === 'localhost')
        return true;
    const family = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(hostname);
    return family !== 0 && LOOPBACK_ADDRESSES.check(hostname, family === 4 ? 'ipv4' : 'ipv6');
}


/***/ }),

/***/ 79310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ normaliseRepositoryPattern),
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   SH: () => (/* binding */ repositoryPath),
/* harmony export */   WF: () => (/* binding */ normaliseImage),
/* harmony export */   WQ: () => (/* binding */ digestProblem),
/* harmony export */   fL: () => (/* binding */ DEFAULT_TAG),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   uE: () => (/* binding */ imageNameSpellings),
/* harmony export */   vy: () => (/* binding */ formatImage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91604);
/**
 * Image references, parsed and normalised the way the Docker CLI does it
 * (distribution/reference grammar): `[host[:port]/]path[:tag][@digest]`.
 */


/** The tag a reference with neither tag nor digest stands for, as Docker reads it. */
const DEFAULT_TAG = 'latest';
const DOCKER_HUB_API = 'registry-1.docker.io';
const MAX_NAME_LENGTH = 255;
const VALID_FORM = 'registry.example.com/team/app:1.2.3 or registry.example.com/team/app@sha256:<64 hex>';
// distribution/reference: path components are lowercase alphanumerics joined by
// `.`, `_`, `__` or runs of `-`.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_NAME = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*$/;
const IPV6_HOST = /^\[[0-9a-fA-F:.]+\]$/;
const PORT = /^[0-9]+$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST_HEX_LENGTH = { sha256: 64, sha512: 128 };
function parseReference(text) {
    const input = text.trim();
    const fail = (reason) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('REFERENCE_INVALID', `Invalid image reference "${text}": ${reason}. Expected a form like ${VALID_FORM}.`);
    };
    if (input === '')
        fail('it is empty');
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
        fail('remove the URL scheme (no "https://")');
    if (/\s/.test(input))
        fail('it contains whitespace');
    const at = input.indexOf('@');
    const digest = at >= 0 ? input.slice(at + 1) : undefined;
    const beforeDigest = at >= 0 ? input.slice(0, at) : input;
    if (digest !== undefined) {
        const problem = digestProblem(digest);
        if (problem)
            fail(problem);
    }
    const lastSlash = beforeDigest.lastIndexOf('/');
    const tagColon = beforeDigest.indexOf(':', lastSlash + 1);
    const name = tagColon >= 0 ? beforeDigest.slice(0, tagColon) : beforeDigest;
    const tag = tagColon >= 0 ? beforeDigest.slice(tagColon + 1) : undefined;
    if (tag !== undefined && !TAG.test(tag)) {
        fail(`the tag "${tag}" is not valid (1-128 characters of letters, digits, "_", "." and "-", ` +
            'not starting with "." or "-")');
    }
    const { registry, repository } = splitName(name, fail);
    const reference = { registry, repository };
    if (tag !== undefined)
        reference.tag = tag;
    if (digest !== undefined)
        reference.digest = digest;
    return reference;
}
function splitName(name, fail) {
    if (name === '')
        fail('the repository name is empty');
    const slash = name.indexOf('/');
    const first = slash >= 0 ? name.slice(0, slash) : '';
    const hasHost = slash >= 0 && looksLikeHost(first);
    const registry = hasHost ? (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .registryKey */ .n7)(first) : _hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb;
    let repository = hasHost ? name.slice(slash + 1) : name;
    if (registry === _hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb && !repository.includes('/'))
        repository = `library/${repository}`;
    const problem = (hasHost ? hostProblem(first) : undefined) ?? pathProblem(repository);
    if (problem)
        fail(problem);
    if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
        fail(`the name is longer than ${MAX_NAME_LENGTH} characters`);
    }
    return { registry, repository };
}
/**
 * Docker's rule: the first component is a host when it has a "." or ":", is
 * "localhost", or has uppercase letters (repository paths never do).
 */
function looksLikeHost(component) {
    return (component.includes('.') ||
        component.includes(':') ||
        component === 'localhost' ||
        component !== component.toLowerCase());
}
function pathProblem(repository) {
    for (const component of repository.split('/')) {
        if (component === '') {
            return 'the repository path has an empty component ("//" or a leading or trailing "/")';
        }
        if (component !== component.toLowerCase()) {
            return `repository names must be lowercase ("${repository.toLowerCase()}")`;
        }
        if (!PATH_COMPONENT.test(component)) {
            return (`the path component "${component}" may only hold lowercase letters and digits ` +
                'separated by ".", "_", "__" or "-"');
        }
    }
    return undefined;
}
function hostProblem(host) {
    const portColon = host.startsWith('[')
        ? host.indexOf(':', host.indexOf(']'))
        : host.lastIndexOf(':');
    const hostname = portColon >= 0 ? host.slice(0, portColon) : host;
    const port = portColon >= 0 ? host.slice(portColon + 1) : undefined;
    if (port !== undefined && (!PORT.test(port) || Number(port) > 65535)) {
        return `the registry port "${port}" is not a number from 0 to 65535`;
    }
    if (!DOMAIN_NAME.test(hostname) && !IPV6_HOST.test(hostname)) {
        return `the registry host "${hostname}" is not a valid host name`;
    }
    return undefined;
}
/**
 * A repository name as a person writes it in a policy glob (wildcards allowed), normalised the
 * way Docker normalises an image's name, so the glob names the images its reader expects:
 *  - the registry host by the one host rule (hosts.ts): lowercased, Docker Hub's names as
 *    docker.io; a first component is a host by Docker's rule (see looksLikeHost);
 *  - no host: Docker Hub; a single Docker Hub path component goes under library/, so `nginx`,
 *    `docker.io/nginx` and `index.docker.io/library/nginx` are one image;
 *  - the repository path keeps its case: paths are lowercase (OCI distribution spec), so one
 *    written with capitals names no image (policy lint says so) rather than another one;
 *  - `**` crosses `/`, so a Hub path holding it gets no library/ (`docker.io/**` already
 *    names every Hub image; it is neither narrowed nor widened);
 *  - a leading wildcard spans the registry part: only its first component is lowercased.
 */
function normaliseRepositoryPattern(name) {
    const slash = name.indexOf('/');
    if (slash < 0)
        return name.startsWith('*') ? name : `${_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb}/${dockerHubPath(name)}`;
    const first = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    if (first.startsWith('*'))
        return `${first.toLowerCase()}/${rest}`;
    if (!looksLikeHost(first))
        return `${_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb}/${dockerHubPath(name)}`;
    const host = (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .registryKey */ .n7)(first);
    return host === _hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb ? `${_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb}/${dockerHubPath(rest)}` : `${host}/${rest}`;
}
function dockerHubPath(path) {
    return path.includes('/') || path.includes('**') ? path : `library/${path}`;
}
/**
 * Every name Docker accepts for a normalised image name that a glob written in the normalised
 * form could still spell differently: an official Docker Hub image is also `docker.io/<name>`
 * (so a glob with a wildcard registry, or `docker.io/ngin**`, covers `nginx` as its reader expects).
 */
function imageNameSpellings(name) {
    const official = /^docker\.io\/library\/([^/]+)$/.exec(name);
    return official ? [name, `${_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb}/${official[1]}`] : [name];
}
/** Why a digest string is not `sha256:<64 hex>` / `sha512:<128 hex>`, or undefined when it is. */
function digestProblem(digest) {
    const colon = digest.indexOf(':');
    const algorithm = colon >= 0 ? digest.slice(0, colon) : '';
    const hex = digest.slice(colon + 1);
    const length = DIGEST_HEX_LENGTH[algorithm];
    if (colon < 0 || length === undefined) {
        return `the digest "${digest}" must start with "sha256:" or "sha512:"`;
    }
    if (hex.length !== length || !/^[0-9a-f]+$/.test(hex)) {
        return `the digest "${digest}" must have ${length} lowercase hex characters after "${algorithm}:"`;
    }
    return undefined;
}
function isDigest(value) {
    return digestProblem(value) === undefined;
}
/** The full normalised form: `registry/repository[:tag][@digest]`. */
function formatReference(reference) {
    let text = `${reference.registry}/${reference.repository}`;
    if (reference.tag !== undefined)
        text += `:${reference.tag}`;
    if (reference.digest !== undefined)
        text += `@${reference.digest}`;
    return text;
}
/** The same image pinned to a digest (a tag, if any, is kept for display). */
function withDigest(reference, digest) {
    const problem = digestProblem(digest);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('REFERENCE_INVALID', `Cannot pin ${formatReference(reference)}: ${problem}.`);
    return { ...reference, digest };
}
/** Docker's normalisation: docker.io/library for bare names, :latest when no tag or digest. */
function normaliseImage(reference) {
    const parsed = parseReference(reference);
    const image = { name: repositoryPath(parsed) };
    if (parsed.tag !== undefined)
        image.tag = parsed.tag;
    if (parsed.digest !== undefined)
        image.digest = parsed.digest;
    if (image.tag === undefined && image.digest === undefined)
        image.tag = DEFAULT_TAG;
    return image;
}
function formatImage(image) {
    return `${image.name}${image.tag ? `:${image.tag}` : ''}${image.digest ? `@${image.digest}` : ''}`;
}
/** The host that serves the registry API (Docker Hub's API lives on another name). */
function registryApiHost(registry) {
    return registry === _hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb ? DOCKER_HUB_API : registry;
}
/** `host/repository`: the name in-toto subjects and cosign identities use. */
function repositoryPath(reference) {
    return `${reference.registry}/${reference.repository}`;
}


/***/ })

};
