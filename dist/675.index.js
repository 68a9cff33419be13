export const id = 675;
export const ids = [675,98];
export const modules = {

/***/ 78801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ createContext)
});

// UNUSED EXPORTS: detectPlatform

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

;// CONCATENATED MODULE: ./src/ci/context.ts
/**
 * The CI platform as an adapter: where logs, outputs and the summary go. One
 * implementation of every step runs on GitHub, GitLab and a terminal alike.
 */





function detectPlatform(env) {
    if (env.GITHUB_ACTIONS === 'true')
        return 'github';
    if (env.GITLAB_CI === 'true')
        return 'gitlab';
    return 'local';
}
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
    constructor() {
        super('github', new GitHubLogger());
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
    constructor(dotenvPath, summaryFile) {
        super('gitlab', new log/* GitLabLogger */.a(), summaryFile);
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
function createContext(options = {}) {
    const env = options.env ?? process.env;
    const platform = detectPlatform(env);
    if (platform === 'github')
        return new GitHubContext();
    if (platform === 'gitlab')
        return new GitLabContext(options.dotenvPath, options.summaryFile);
    return new CollectingContext('local', options.logger ?? new log.PlainLogger(), options.summaryFile);
}


/***/ }),

/***/ 39098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PlainLogger: () => (/* binding */ PlainLogger),
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

/***/ 13718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ InputReader)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/** Turning input text into typed values, with messages that name the input. */

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
        const spec = this.spec(name);
        const value = this.string(name) ?? '';
        if (!spec.choices?.includes(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `input "${name}" must be one of ${spec.choices?.join(', ')}; got "${value}"`);
        }
        return value;
    }
}


/***/ }),

/***/ 27026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ actionInputSource),
/* harmony export */   _E: () => (/* binding */ PUBLISH_INPUTS)
/* harmony export */ });
/* unused harmony exports BUILDER_CHOICES, SIGNING_CHOICES, SIGSTORE_CHOICES, ATTESTATION_FORMAT_CHOICES, SCAN_CHOICES, SBOM_FORMAT_CHOICES */
/* harmony import */ var _scan_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56383);
/**
 * The inputs of each door, declared once. The action reads them as INPUT_*, the CLI as
 * --flags of the same kebab-case names, the GitLab components as spec inputs; a test
 * keeps action.yml and this table in step.
 */

const BUILDER_CHOICES = ['auto', 'buildx', 'docker', 'buildah', 'none'];
const SIGNING_CHOICES = ['keyless', 'key'];
const SIGSTORE_CHOICES = ['public-good', 'github', 'custom'];
const ATTESTATION_FORMAT_CHOICES = ['bundle', 'cosign-classic', 'both'];
const SCAN_CHOICES = ['auto', 'true', 'false'];
const SBOM_FORMAT_CHOICES = ['cyclonedx', 'spdx', 'both'];
/** The evidence steps: an SBOM per platform, and the scan, whose `scan` is a tri-state here. */
const EVIDENCE_INPUTS = [
    {
        name: 'sbom',
        kind: 'boolean',
        default: 'true',
        description: 'Generate a CycloneDX 1.6 SBOM of each platform from the pushed layers and attest it to that platform manifest.',
    },
    {
        name: 'sbom-format',
        kind: 'choice',
        default: 'cyclonedx',
        choices: SBOM_FORMAT_CHOICES,
        description: 'SBOM format written and attested: cyclonedx (CycloneDX 1.6), spdx (SPDX 2.3 JSON) or both, from the same catalogue.',
    },
    {
        name: 'sbom-path',
        kind: 'string',
        description: 'Directory for the SBOM files, <platform>.cdx.json / <platform>.spdx.json, or image.cdx.json / image.spdx.json (default: a new temp directory).',
    },
    ..._scan_options_js__WEBPACK_IMPORTED_MODULE_0__/* .SCAN_INPUTS */ .IP.map((spec) => spec.name === 'scan'
        ? {
            name: 'scan',
            kind: 'choice',
            default: 'auto',
            choices: SCAN_CHOICES,
            description: 'Scan the pushed image with Trivy and attest the result: auto (when Trivy can be had: downloaded on GitHub runners, on PATH elsewhere; skipped with a notice otherwise), true (require it) or false.',
        }
        : spec),
];
const PUBLISH_INPUTS = [
    {
        name: 'image',
        kind: 'string',
        description: 'Repository to publish to (registry/namespace/name). With builder none: the existing image, by tag or digest.',
    },
    {
        name: 'tags',
        kind: 'list',
        default: 'latest',
        description: 'Tags to push, comma or newline separated: bare tags (1.2.3) or full references in the same repository.',
    },
    { name: 'context', kind: 'string', default: '.', description: 'Build context directory.' },
    { name: 'file', kind: 'string', description: 'Dockerfile path (default: <context>/Dockerfile).' },
    { name: 'build-args', kind: 'map', description: 'Build arguments, KEY=VALUE, one per line.' },
    { name: 'target', kind: 'string', description: 'Build stage to stop at.' },
    {
        name: 'platforms',
        kind: 'list',
        description: 'Target platforms, e.g. linux/amd64,linux/arm64 (buildx or buildah).',
    },
    { name: 'labels', kind: 'map', description: 'Image labels, KEY=VALUE, one per line.' },
    {
        name: 'builder',
        kind: 'choice',
        default: 'auto',
        choices: BUILDER_CHOICES,
        description: 'auto, buildx, docker, buildah, or none (publish an image built elsewhere).',
    },
    {
        name: 'push',
        kind: 'boolean',
        default: 'true',
        description: 'Push the image. With false the image is only built, and nothing is signed.',
    },
    {
        name: 'registry-username',
        kind: 'string',
        description: 'Registry user name (default: docker config, CI_REGISTRY_USER on GitLab, GITHUB_TOKEN for ghcr.io).',
    },
    {
        name: 'registry-password',
        kind: 'string',
        secret: true,
        description: 'Registry password or token.',
    },
    {
        name: 'registry-ca-file',
        kind: 'string',
        description: 'PEM file of extra certificate authorities to trust for the registry.',
    },
    {
        name: 'insecure-registries',
        kind: 'list',
        description: 'Registry hosts reached over plain HTTP (explicit opt-in; loopback test registries).',
    },
    {
        name: 'sign',
        kind: 'boolean',
        default: 'true',
        description: 'Sign the pushed image and attest it (provenance); false publishes it unsigned, with no attestations.',
    },
    {
        name: 'signing',
        kind: 'choice',
        default: 'keyless',
        choices: SIGNING_CHOICES,
        description: 'keyless (a Fulcio certificate for the CI identity: needs an OIDC token) or key (the private key in "key").',
    },
    {
        name: 'key',
        kind: 'string',
        description: 'Path of the private key PEM for signing: key (cosign.key, or a PKCS#8 / SEC1 P-256 key).',
    },
    {
        name: 'key-password',
        kind: 'string',
        secret: true,
        description: 'Password of the private key (CLI: also IMPRINT_KEY_PASSWORD).',
    },
    {
        name: 'identity-token',
        kind: 'string',
        secret: true,
        description: "OIDC token for keyless signing (audience sigstore). Default: SIGSTORE_ID_TOKEN, or GitHub's token service (permissions: id-token: write).",
    },
    {
        name: 'sigstore',
        kind: 'choice',
        default: 'public-good',
        choices: SIGSTORE_CHOICES,
        description: "Sigstore instance: public-good (Fulcio + Rekor), github (GitHub's Fulcio + TSA, private repositories) or custom (the URLs below).",
    },
    { name: 'fulcio-url', kind: 'string', description: 'Fulcio URL (sigstore: custom, keyless).' },
    { name: 'rekor-url', kind: 'string', description: 'Rekor URL (sigstore: custom).' },
    {
        name: 'tsa-url',
        kind: 'string',
        description: 'RFC 3161 timestamp authority URL (sigstore: custom).',
    },
    {
        name: 'tlog-upload',
        kind: 'boolean',
        default: 'true',
        description: 'Record the signatures in the transparency log (Rekor). false (signing: key only, or keyless with a tsa-url) signs with no log entry: verifiers must be told (imprint verify --insecure-ignore-tlog, policy trust.requireTlog: false).',
    },
    {
        name: 'trusted-root',
        kind: 'string',
        description: 'Path of the trusted_root.json the signatures are read back and verified with (required with sigstore: custom).',
    },
    {
        name: 'provenance',
        kind: 'boolean',
        default: 'true',
        description: 'Attest SLSA v1 provenance of the CI run for the image and each platform (skipped with a warning outside CI unless set explicitly).',
    },
    {
        name: 'attestation-format',
        kind: 'choice',
        default: 'bundle',
        choices: ATTESTATION_FORMAT_CHOICES,
        description: 'Where signatures and attestations go: bundle (OCI referrers, cosign v3), cosign-classic (.sig / .att tags, cosign v2) or both.',
    },
    ...EVIDENCE_INPUTS,
    {
        name: 'policy',
        kind: 'string',
        description: "Policy file: verify the published image against it (the verify action's engine, reading the evidence back from the registry) and fail the step when it breaks the policy; the image is then not signed.",
    },
    { name: 'summary', kind: 'boolean', default: 'true', description: 'Write the job summary.' },
];
/** GitHub Actions hands inputs over as INPUT_<NAME> (upper case, hyphens kept). */
function actionInputSource(env) {
    return (name) => {
        const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
        return value === undefined || value.trim() === '' ? undefined : value;
    };
}


/***/ }),

/***/ 16534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   EV: () => (/* binding */ ruleExpiry),
/* harmony export */   Zq: () => (/* binding */ thresholdFromMaxSeverity)
/* harmony export */ });
/* unused harmony exports isRuleExpired, ruleMatches */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40764);
/**
 * The vulnerability gate, pure: findings + rules → what blocks, what was ignored and
 * which ignore entries have expired. The publish step's `fail-on-severity` and the
 * policy file's `vulnerabilities` block both come here.
 */

/** The policy file says `maxSeverity: HIGH` (the worst allowed); the gate wants the first that fails. */
function thresholdFromMaxSeverity(maxSeverity) {
    if (maxSeverity === 'CRITICAL')
        return 'NONE';
    if (maxSeverity === 'NONE')
        return 'UNKNOWN';
    const order = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
    return order[order.indexOf(maxSeverity) + 1] ?? 'NONE';
}
function ruleExpiry(rule) {
    if (rule.expires === undefined)
        return undefined;
    const text = /^\d{4}-\d{2}-\d{2}$/.test(rule.expires)
        ? `${rule.expires}T23:59:59.999Z`
        : rule.expires;
    const time = new Date(text);
    return Number.isNaN(time.getTime()) ? undefined : time;
}
function isRuleExpired(rule, now) {
    const expiry = ruleExpiry(rule);
    return expiry !== undefined && expiry.getTime() < now.getTime();
}
function ruleMatches(rule, finding) {
    if (rule.id !== finding.id)
        return false;
    if (!rule.purls || rule.purls.length === 0)
        return true;
    const purl = finding.purl ?? '';
    // A purl without a version names every version of the package; never a mere name prefix.
    return rule.purls.some((wanted) => purl === wanted || ['@', '?', '#'].some((next) => purl.startsWith(wanted + next)));
}
function breaches(finding, rules) {
    if (rules.ignoreUnfixed && !(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFixed */ .zZ)(finding))
        return false;
    const bySeverity = rules.failAtOrAbove !== 'NONE' &&
        (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(finding.severity) >= (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(rules.failAtOrAbove);
    const byCvss = rules.maxCvss !== undefined && finding.cvss !== undefined && finding.cvss > rules.maxCvss;
    return bySeverity || byCvss;
}
function evaluateGate(findings, rules) {
    const activeRules = rules.ignore.filter((rule) => !isRuleExpired(rule, rules.now));
    const expiredRules = rules.ignore.filter((rule) => isRuleExpired(rule, rules.now));
    const blocking = [];
    const ignored = [];
    for (const finding of findings) {
        const rule = activeRules.find((candidate) => ruleMatches(candidate, finding));
        if (rule) {
            ignored.push({ finding, rule });
            continue;
        }
        if (breaches(finding, rules))
            blocking.push(finding);
    }
    return {
        passed: blocking.length === 0,
        blocking,
        ignored,
        expiredRules,
        counts: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(findings),
    };
}


/***/ }),

/***/ 40764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   zZ: () => (/* binding */ isFixed)
/* harmony export */ });
/* unused harmony export emptyCounts */
/**
 * The one findings model every vulnerability consumer shares: the scan step's gate, the
 * policy engine's `vulnerabilities` rules, the summaries and the GitLab report.
 */
const SEVERITIES = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
function severityRank(severity) {
    return severity === 'NONE' ? -1 : SEVERITIES.indexOf(severity);
}
function emptyCounts() {
    return { UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 };
}
function countBySeverity(findings) {
    const counts = emptyCounts();
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}
function isFixed(finding) {
    return finding.fixedVersion !== undefined && finding.fixedVersion !== '';
}


/***/ }),

/***/ 56383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IP: () => (/* binding */ SCAN_INPUTS),
/* harmony export */   k8: () => (/* binding */ readScanOptions)
/* harmony export */ });
/* unused harmony exports DEFAULT_TRIVY_VERSION, DEFAULT_DB_REPOSITORIES, FAIL_ON_SEVERITIES, SCAN_TARGETS, parseIgnoreList */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _inputs_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13718);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16534);
/* harmony import */ var _trivy_release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93913);
/**
 * The scan inputs → typed, validated options. Pure: reads only the input source, and every
 * message names the input and says what was expected and what was found.
 */






const DEFAULT_TRIVY_VERSION = '0.58.1';
/** Trivy's own default order (trivy.dev "Default Locations"): the mirror first, GHCR second. */
const DEFAULT_DB_REPOSITORIES = [
    'mirror.gcr.io/aquasec/trivy-db:2',
    'ghcr.io/aquasecurity/trivy-db:2',
];
const FAIL_ON_SEVERITIES = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const SCAN_TARGETS = ['image', 'sbom'];
/** The scan's inputs, for the lead to merge into the publish input table and action.yml. */
const SCAN_INPUTS = [
    {
        name: 'scan',
        kind: 'boolean',
        default: 'true',
        description: 'Scan the pushed image with Trivy and attest the result.',
    },
    {
        name: 'trivy-version',
        kind: 'string',
        default: DEFAULT_TRIVY_VERSION,
        description: 'Trivy release to use (downloaded and checksum-verified on GitHub runners).',
    },
    {
        name: 'scan-target',
        kind: 'choice',
        default: 'image',
        choices: SCAN_TARGETS,
        description: 'image: scan the pushed image by digest; sbom: scan the generated SBOM.',
    },
    {
        name: 'db-repository',
        kind: 'list',
        default: DEFAULT_DB_REPOSITORIES.join(','),
        description: 'Trivy DB repositories, tried in order when one rate-limits.',
    },
    {
        name: 'fail-on-severity',
        kind: 'choice',
        default: 'NONE',
        choices: FAIL_ON_SEVERITIES,
        description: 'Fail when a finding is at or above this severity (NONE: never); the image is then not signed.',
    },
    {
        name: 'ignore-unfixed',
        kind: 'boolean',
        default: 'false',
        description: 'Findings without a fixed version never fail the gate.',
    },
    {
        name: 'vuln-ignore',
        kind: 'string',
        description: 'YAML list of accepted findings: {id, purls, expires, reason}.',
    },
    {
        name: 'vuln-report-path',
        kind: 'string',
        default: 'vulnerability-report.json',
        description: 'Where to write the JSON vulnerability report.',
    },
    {
        name: 'sarif-path',
        kind: 'string',
        description: 'Write a SARIF 2.1.0 file here for GitHub code scanning (off by default).',
    },
    {
        name: 'gitlab-report-path',
        kind: 'string',
        description: 'Write a GitLab container_scanning report here.',
    },
    {
        name: 'trivy-cache-dir',
        kind: 'string',
        description: 'Trivy cache directory (default: TRIVY_CACHE_DIR, else ~/.cache/trivy). On GitHub the DB in it is kept in the Actions cache between runs (one entry per UTC day; a stale one is downloaded again).',
    },
    {
        name: 'trivy-download-url',
        kind: 'string',
        default: _trivy_release_js__WEBPACK_IMPORTED_MODULE_3__/* .TRIVY_RELEASES_URL */ .a6,
        description: 'Base URL of Trivy releases (a mirror for closed networks).',
    },
];
const EXPIRY_FORM = /^\d{4}-\d{2}-\d{2}([Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2}))?$/;
const VERSION_FORM = /^v?\d+\.\d+\.\d+$/;
// registry host[:port]/path[:tag]: what `--db-repository` accepts.
const REPOSITORY_FORM = /^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)+(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$/;
function invalid(message, hint) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', message, hint === undefined ? {} : { hint });
}
function oneOf(name, value, choices) {
    const upper = value.trim().toUpperCase();
    const match = choices.find((choice) => choice.toUpperCase() === upper);
    if (match === undefined) {
        throw invalid(`input "${name}" must be one of ${choices.join(', ')}; got "${value}"`);
    }
    return match;
}
function trivyVersion(value) {
    if (!VERSION_FORM.test(value)) {
        throw invalid(`input "trivy-version" must be a Trivy release like ${DEFAULT_TRIVY_VERSION}; got "${value}"`, "Pin an exact release: the download is checked against that release's checksums.");
    }
    return value.replace(/^v/, '');
}
function dbRepositories(values) {
    if (values.length === 0) {
        throw invalid('input "db-repository" must name at least one repository', `e.g. ${DEFAULT_DB_REPOSITORIES.join(',')}`);
    }
    for (const value of values) {
        if (!REPOSITORY_FORM.test(value)) {
            throw invalid(`input "db-repository": "${value}" is not a registry repository`, 'write host/path[:tag], e.g. mirror.gcr.io/aquasec/trivy-db:2');
        }
    }
    return values;
}
const ignoreEntry = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    id: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    purls: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1)).optional(),
    expires: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    reason: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
});
/** `vuln-ignore`: a YAML (or JSON) list of {id, purls?, expires?, reason?}. */
function parseIgnoreList(text, name = 'vuln-ignore') {
    let value;
    try {
        // YAML 1.2 core schema: an unquoted 2025-01-31 stays a string.
        value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { schema: 'core' });
    }
    catch (error) {
        throw invalid(`input "${name}" is not valid YAML: ${String(error)}`);
    }
    const parsed = zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(ignoreEntry).safeParse(value ?? []);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = (issue?.path ?? [])
            .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
            .join('');
        throw invalid(`input "${name}"${where} is invalid: ${issue?.message ?? 'unexpected shape'}`, 'write a list of entries like: - {id: CVE-2024-1234, reason: "not reachable", expires: 2025-06-30}');
    }
    return parsed.data.map((entry, index) => {
        const rule = { id: entry.id };
        if (entry.purls)
            rule.purls = entry.purls;
        if (entry.reason !== undefined)
            rule.reason = entry.reason;
        if (entry.expires !== undefined) {
            const expires = entry.expires;
            if (!EXPIRY_FORM.test(expires) || (0,_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .ruleExpiry */ .EV)({ id: entry.id, expires }) === undefined) {
                throw invalid(`input "${name}"[${index}].expires must be YYYY-MM-DD or an RFC 3339 time; got "${expires}"`);
            }
            rule.expires = expires;
        }
        return rule;
    });
}
function readScanOptions(source) {
    const inputs = new _inputs_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .InputReader */ .i(source, SCAN_INPUTS);
    const options = {
        enabled: inputs.boolean('scan'),
        trivyVersion: trivyVersion(inputs.string('trivy-version') ?? DEFAULT_TRIVY_VERSION),
        target: oneOf('scan-target', inputs.string('scan-target') ?? 'image', SCAN_TARGETS),
        dbRepositories: dbRepositories(inputs.list('db-repository')),
        failOnSeverity: oneOf('fail-on-severity', inputs.string('fail-on-severity') ?? 'NONE', FAIL_ON_SEVERITIES),
        ignoreUnfixed: inputs.boolean('ignore-unfixed'),
        ignore: parseIgnoreList(inputs.string('vuln-ignore') ?? ''),
        reportPath: inputs.string('vuln-report-path') ?? 'vulnerability-report.json',
        downloadBaseUrl: inputs.string('trivy-download-url') ?? _trivy_release_js__WEBPACK_IMPORTED_MODULE_3__/* .TRIVY_RELEASES_URL */ .a6,
    };
    const sarifPath = inputs.string('sarif-path');
    if (sarifPath !== undefined)
        options.sarifPath = sarifPath;
    const gitlabReportPath = inputs.string('gitlab-report-path');
    if (gitlabReportPath !== undefined)
        options.gitlabReportPath = gitlabReportPath;
    const cacheDir = inputs.string('trivy-cache-dir');
    if (cacheDir !== undefined)
        options.cacheDir = cacheDir;
    if (!/^https?:\/\//.test(options.downloadBaseUrl)) {
        throw invalid(`input "trivy-download-url" must be an http(s) URL; got "${options.downloadBaseUrl}"`);
    }
    return options;
}


/***/ }),

/***/ 93913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ trivyRelease),
/* harmony export */   a6: () => (/* binding */ TRIVY_RELEASES_URL),
/* harmony export */   yk: () => (/* binding */ parseChecksums)
/* harmony export */ });
/* unused harmony export releaseAssetName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Trivy's GitHub release layout, pure: which archive fits this machine, where it and the
 * release's checksums file live, and what the checksums file says.
 */

const TRIVY_RELEASES_URL = 'https://github.com/aquasecurity/trivy/releases/download';
const OS_NAMES = {
    linux: 'Linux',
    darwin: 'macOS',
    freebsd: 'FreeBSD',
};
const ARCH_NAMES = {
    x64: '64bit',
    arm64: 'ARM64',
    arm: 'ARM',
    ppc64: 'PPC64LE',
    s390x: 's390x',
};
/** e.g. trivy_0.58.1_Linux-64bit.tar.gz */
function releaseAssetName(version, platform, arch) {
    const os = OS_NAMES[platform];
    const cpu = ARCH_NAMES[arch];
    if (os === undefined || cpu === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('SCANNER_MISSING', `Trivy publishes no release archive for ${platform}/${arch}`, {
            hint: 'Install Trivy on PATH yourself (https://trivy.dev), at the version trivy-version names.',
        });
    }
    return `trivy_${version}_${os}-${cpu}.tar.gz`;
}
function trivyRelease(version, platform, arch, baseUrl = TRIVY_RELEASES_URL) {
    const folder = `${baseUrl.replace(/\/+$/, '')}/v${version}`;
    const assetName = releaseAssetName(version, platform, arch);
    const checksumsName = `trivy_${version}_checksums.txt`;
    return {
        version,
        assetName,
        assetUrl: `${folder}/${assetName}`,
        checksumsName,
        checksumsUrl: `${folder}/${checksumsName}`,
    };
}
/** `sha256sum` output ("<hex>  <name>", name maybe prefixed with `*`) → name → lower-case hex. */
function parseChecksums(text) {
    const sums = new Map();
    for (const line of text.split(/\r?\n/)) {
        const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
        if (match?.[1] !== undefined && match[2] !== undefined)
            sums.set(match[2], match[1].toLowerCase());
    }
    return sums;
}


/***/ }),

/***/ 80060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qg: () => (/* binding */ parseTrivyReport),
/* harmony export */   RL: () => (/* binding */ findingsFromTrivyReport),
/* harmony export */   WX: () => (/* binding */ findingsOf)
/* harmony export */ });
/* unused harmony exports bestCvss, findingFromVulnerability */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40764);
/**
 * Trivy's JSON report (`trivy … --format json`, SchemaVersion 2) → the shared findings model.
 * Pure: the shape is validated once here so every other module (SARIF, GitLab, predicate,
 * policy engine) can read a typed report. Unknown fields are kept: the report is attested
 * as Trivy wrote it.
 */



const cvssEntry = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    V2Score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    V3Score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    V2Vector: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    V3Vector: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    V40Score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    V40Vector: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const vulnerability = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    VulnerabilityID: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    PkgName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    PkgPath: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    PkgIdentifier: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ PURL: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }).optional(),
    InstalledVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    FixedVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    SeveritySource: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    PrimaryURL: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC),
    CVSS: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), cvssEntry).optional(),
    References: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).nullish(),
});
const result = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    Target: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    Class: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Vulnerabilities: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(vulnerability).nullish(),
});
const report = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    SchemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(2),
    Trivy: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ Version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }).optional(),
    ArtifactName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    ArtifactType: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Metadata: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        OS: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ Family: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), Name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }).nullish(),
        ImageID: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        RepoTags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).nullish(),
        RepoDigests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).nullish(),
    })
        .optional(),
    Results: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(result).nullish(),
});
const FIX_HINT = 'Run Trivy with `--format json` (not table, sarif, cyclonedx or cosign-vuln) and pass its output unchanged.';
/** Documents that are JSON but not a Trivy report: name them, so the message says what was given. */
function foreignFormat(value) {
    if (Array.isArray(value))
        return 'a JSON array (Trivy before 0.20 wrote results as an array)';
    if (typeof value !== 'object' || value === null)
        return `a JSON ${typeof value}`;
    const record = value;
    if ('bomFormat' in record)
        return 'a CycloneDX document';
    if ('spdxVersion' in record)
        return 'an SPDX document';
    if ('runs' in record && 'version' in record)
        return 'a SARIF log';
    if ('scanner' in record && 'invocation' in record)
        return 'a cosign-vuln predicate';
    if (!('SchemaVersion' in record))
        return 'a JSON object without SchemaVersion';
    return undefined;
}
function describeIssues(issues) {
    const shown = issues.slice(0, 5).map((issue) => {
        const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
        return `${where}: ${issue.message}`;
    });
    const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : '';
    return shown.join('; ') + more;
}
/** Validates a parsed document (or JSON text) as a Trivy report; throws SCAN_FAILED otherwise. */
function parseTrivyReport(input, source = 'the Trivy report') {
    let value = input;
    if (typeof input === 'string') {
        try {
            value = JSON.parse(input);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('SCAN_FAILED', `${source} is not valid JSON: ${String(error)}`, {
                cause: error,
                hint: FIX_HINT,
            });
        }
    }
    const foreign = foreignFormat(value);
    if (foreign !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('SCAN_FAILED', `${source} is ${foreign}, not a Trivy JSON report (SchemaVersion 2).`, { hint: FIX_HINT });
    }
    const parsed = report.safeParse(value);
    if (!parsed.success) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('SCAN_FAILED', `${source} does not have the shape of a Trivy JSON report: ${describeIssues(parsed.error.issues)}`, { hint: FIX_HINT });
    }
    return parsed.data;
}
/** Highest CVSS v3 base score any source gives, else the highest v2, else undefined. */
function bestCvss(cvss) {
    const entries = Object.values(cvss ?? {});
    const pick = (scores) => {
        const known = scores.filter((score) => typeof score === 'number');
        return known.length > 0 ? Math.max(...known) : undefined;
    };
    return pick(entries.map((entry) => entry.V3Score)) ?? pick(entries.map((entry) => entry.V2Score));
}
function findingFromVulnerability(vuln, target) {
    const finding = {
        id: vuln.VulnerabilityID,
        packageName: vuln.PkgName,
        installedVersion: vuln.InstalledVersion ?? '',
        severity: vuln.Severity,
        target,
    };
    // Optional fields are left out rather than set to undefined: findings are compared and serialised.
    if (vuln.FixedVersion)
        finding.fixedVersion = vuln.FixedVersion;
    const cvss = bestCvss(vuln.CVSS);
    if (cvss !== undefined)
        finding.cvss = cvss;
    if (vuln.PkgIdentifier?.PURL)
        finding.purl = vuln.PkgIdentifier.PURL;
    if (vuln.Status)
        finding.status = vuln.Status;
    if (vuln.Title)
        finding.title = vuln.Title;
    if (vuln.PrimaryURL)
        finding.url = vuln.PrimaryURL;
    return finding;
}
/** Findings of an already validated report, in report order. */
function findingsOf(parsed) {
    const findings = [];
    for (const entry of parsed.Results ?? []) {
        // Secret, misconfiguration and licence results carry no Vulnerabilities: nothing to add.
        for (const vuln of entry.Vulnerabilities ?? []) {
            findings.push(findingFromVulnerability(vuln, entry.Target));
        }
    }
    return findings;
}
/**
 * The policy engine's entry point: any value (a parsed JSON document or its text) → findings.
 * Throws ImprintError SCAN_FAILED when it is not a Trivy JSON report.
 */
function findingsFromTrivyReport(report) {
    return findingsOf(parseTrivyReport(report));
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
