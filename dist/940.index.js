export const id = 940;
export const ids = [940,310,929];
export const modules = {

/***/ 64136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ describesPlatformImage),
/* harmony export */   GT: () => (/* binding */ PREDICATE_CYCLONEDX_SCHEMA),
/* harmony export */   J3: () => (/* binding */ predicateTypeMatches),
/* harmony export */   Ke: () => (/* binding */ PREDICATE_SLSA_V1),
/* harmony export */   M7: () => (/* binding */ PREDICATE_COSIGN_SIGN),
/* harmony export */   NR: () => (/* binding */ cosignTypeOf),
/* harmony export */   Ok: () => (/* binding */ PREDICATE_CYCLONEDX),
/* harmony export */   Vf: () => (/* binding */ PREDICATE_SLSA_V02),
/* harmony export */   Vs: () => (/* binding */ PREDICATE_BY_KIND),
/* harmony export */   dT: () => (/* binding */ kindOfPredicate),
/* harmony export */   gL: () => (/* binding */ PREDICATE_SPDX),
/* harmony export */   k9: () => (/* binding */ PREDICATE_VULN),
/* harmony export */   lF: () => (/* binding */ IN_TOTO_STATEMENT_V01),
/* harmony export */   nA: () => (/* binding */ PREDICATE_TYPES_OF_KIND),
/* harmony export */   r1: () => (/* binding */ ATTESTATION_KINDS),
/* harmony export */   tV: () => (/* binding */ IN_TOTO_STATEMENT_V1),
/* harmony export */   xe: () => (/* binding */ predicateTypeProblem)
/* harmony export */ });
/* unused harmony exports PREDICATE_SPDX_V23, acceptedPredicateTypes, predicateOfCosignShorthand */
/**
 * Every predicate type imprint writes or reads, and what each one is to imprint: the one home
 * for these URIs (FORMATS.md §3). A predicate type names what an in-toto statement says; a
 * kind (`provenance`, `sbom`, `vuln`) is the short name people type (`require-attestations`)
 * and attestation files carry. Pure data, no imports: every layer that speaks of attestations
 * reads it, and a unit test keeps the URIs out of every other source file.
 */
/** SLSA provenance v1: what imprint writes, and what `gh attestation verify` expects by default. */
const PREDICATE_SLSA_V1 = 'https://slsa.dev/provenance/v1';
/** SLSA provenance v0.2: older builders still write it; policy `provenance` rules read it. */
const PREDICATE_SLSA_V02 = 'https://slsa.dev/provenance/v0.2';
/** CycloneDX SBOM (cosign `--type cyclonedx`). */
const PREDICATE_CYCLONEDX = 'https://cyclonedx.org/bom';
/** The same, as some Kyverno samples spell it: accepted when verifying, never written. */
const PREDICATE_CYCLONEDX_SCHEMA = 'https://cyclonedx.org/schema';
/** SPDX document (cosign `--type spdxjson`); versioned forms below it are the same family. */
const PREDICATE_SPDX = 'https://spdx.dev/Document';
/** What actions/attest writes for an SPDX 2.3 document. */
const PREDICATE_SPDX_V23 = 'https://spdx.dev/Document/v2.3';
/** cosign's vulnerability report (Trivy `--format cosign-vuln`): imprint's scan result. */
const PREDICATE_VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
/** cosign v3's image signature: a statement over the image whose predicate says nothing more. */
const PREDICATE_COSIGN_SIGN = 'https://sigstore.dev/cosign/sign/v1';
/** The in-toto statement type imprint writes. */
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The statement type cosign v2 writes (read, never written). */
const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
/** Every kind, in the order messages list them. */
const ATTESTATION_KINDS = ['sbom', 'vuln', 'provenance'];
/** The type imprint writes for each kind, and the one a kind required by flag asks for. */
const PREDICATE_BY_KIND = {
    provenance: PREDICATE_SLSA_V1,
    sbom: PREDICATE_CYCLONEDX,
    vuln: PREDICATE_VULN,
};
/** The kind of each type imprint writes (an SPDX document is an SBOM too). */
const KIND_BY_PREDICATE = {
    [PREDICATE_SLSA_V1]: 'provenance',
    [PREDICATE_CYCLONEDX]: 'sbom',
    [PREDICATE_SPDX]: 'sbom',
    [PREDICATE_VULN]: 'vuln',
};
/** The kind of a type imprint writes; undefined for any other type (exact match only). */
function kindOfPredicate(predicateType) {
    return ownValue(KIND_BY_PREDICATE, predicateType);
}
/**
 * Every type that carries each kind of evidence, as policy rules of that kind read them
 * (`sbom:` rules read SPDX and either CycloneDX spelling; `provenance:` rules read v1 and v0.2).
 */
const PREDICATE_TYPES_OF_KIND = {
    provenance: [PREDICATE_SLSA_V1, PREDICATE_SLSA_V02],
    sbom: [PREDICATE_CYCLONEDX, PREDICATE_CYCLONEDX_SCHEMA, PREDICATE_SPDX, PREDICATE_SPDX_V23],
    vuln: [PREDICATE_VULN],
};
/** cosign's `--type` shorthands; cosign takes any other type as its URI. */
const COSIGN_TYPE_BY_PREDICATE = {
    [PREDICATE_SLSA_V1]: 'slsaprovenance1',
    [PREDICATE_CYCLONEDX]: 'cyclonedx',
    [PREDICATE_SPDX]: 'spdxjson',
    [PREDICATE_VULN]: 'vuln',
};
/** What to pass to `cosign verify-attestation --type` for a predicate type. */
function cosignTypeOf(predicateType) {
    return ownValue(COSIGN_TYPE_BY_PREDICATE, predicateType) ?? predicateType;
}
/** The spellings other tools write for the same type (FORMATS.md §3). */
const ALIASES = {
    [PREDICATE_CYCLONEDX]: [PREDICATE_CYCLONEDX_SCHEMA],
    [PREDICATE_CYCLONEDX_SCHEMA]: [PREDICATE_CYCLONEDX],
};
/** Versioned SPDX types (actions/attest writes …/Document/v2.3) satisfy the unversioned one. */
const VERSIONED_FAMILIES = [PREDICATE_SPDX];
/** Whether a statement of type `found` is what a rule asking for `wanted` reads. */
function predicateTypeMatches(wanted, found) {
    if (wanted === found || (ALIASES[wanted] ?? []).includes(found))
        return true;
    return VERSIONED_FAMILIES.includes(wanted) && found.startsWith(`${wanted}/`);
}
/** Every type the policy's `type` accepts, for exporters that must list them. */
function acceptedPredicateTypes(wanted) {
    return [wanted, ...(ALIASES[wanted] ?? [])];
}
/**
 * Evidence about a filesystem (SBOM, vulnerability scan) describes one platform image; an
 * index has none of its own, so for an index these rules are judged on each platform.
 */
const PER_PLATFORM_FAMILIES = [
    ...PREDICATE_TYPES_OF_KIND.sbom,
    ...PREDICATE_TYPES_OF_KIND.vuln,
];
function describesPlatformImage(predicateType) {
    return PER_PLATFORM_FAMILIES.some((family) => predicateTypeMatches(family, predicateType));
}
/** A type is data from a statement: `constructor` must not find Object's. */
function ownValue(table, key) {
    return Object.hasOwn(table, key) ? table[key] : undefined;
}
/** cosign's `--type` shorthands, for a hint when one is given where a URI belongs. */
function predicateOfCosignShorthand(shorthand) {
    const found = Object.entries(COSIGN_TYPE_BY_PREDICATE).find(([, short]) => short === shorthand);
    return found?.[0];
}
/** scheme:rest, RFC 3986's absolute URI, with no white space (in-toto: a TypeURI). */
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;
/**
 * Why a predicate type given by a person is not one (undefined when it is): in-toto names
 * predicate types by absolute URI, and verifiers (cosign, Kyverno, `imprint verify`) match
 * them as exact strings, so a bare word or a relative path would never be found again.
 */
function predicateTypeProblem(type) {
    if (ABSOLUTE_URI.test(type) && URL.canParse(type))
        return undefined;
    const uri = predicateOfCosignShorthand(type);
    if (uri !== undefined)
        return `"${type}" is cosign's shorthand; write the URI ${uri}`;
    return `"${type}" is not an absolute URI (such as https://example.com/test-result/v1)`;
}


/***/ }),

/***/ 54906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   DE: () => (/* binding */ blobOf),
/* harmony export */   Me: () => (/* binding */ MAX_BUNDLE_BYTES),
/* harmony export */   d5: () => (/* binding */ READ_BUDGET_BYTES),
/* harmony export */   k_: () => (/* binding */ OCI_MANIFEST_MEDIA_TYPE),
/* harmony export */   nb: () => (/* binding */ descriptorOf),
/* harmony export */   rm: () => (/* binding */ OCI_CONFIG_MEDIA_TYPE),
/* harmony export */   sI: () => (/* reexport safe */ _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__.sI),
/* harmony export */   w3: () => (/* binding */ OCI_EMPTY_MEDIA_TYPE)
/* harmony export */ });
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35035);
/**
 * The few OCI image-spec pieces the storage builders share: media types, content-addressed
 * blobs and descriptors. Pure.
 */


const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
const OCI_EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
/**
 * The largest signature or attestation blob read back (a Sigstore bundle, a cosign layer), by
 * publish's read-back and by verify alike: attestations carry whole SBOMs, so far above any
 * real one, far below what hurts. One limit, so nothing stored fails its own read-back.
 */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
/**
 * Bytes of stored blobs a run reads and keeps at once, all reads together (util/byte-budget.ts):
 * four bundles at the limit, or thousands of real ones, so it never slows an honest registry,
 * and a hostile one serving hundreds of huge bundles at once cannot make verify hold gigabytes.
 */
const READ_BUDGET_BYTES = 256 * 1024 * 1024;
function blobOf(mediaType, bytes) {
    return { mediaType, digest: (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes), bytes };
}
/** The empty config (`{}`) artifacts use instead of an image config. */
const EMPTY_CONFIG = blobOf(OCI_EMPTY_MEDIA_TYPE, Buffer.from('{}'));
/** Field order as go-containerregistry writes a descriptor: mediaType, size, digest, annotations. */
function descriptorOf(blob, annotations) {
    const descriptor = {
        mediaType: blob.mediaType,
        size: blob.bytes.length,
        digest: blob.digest,
    };
    if (annotations && Object.keys(annotations).length > 0)
        descriptor.annotations = annotations;
    return descriptor;
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

/***/ 90034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IP: () => (/* binding */ SCAN_INPUTS),
/* harmony export */   Sj: () => (/* binding */ DEFAULT_DB_REPOSITORIES),
/* harmony export */   VD: () => (/* binding */ FAIL_ON_SEVERITIES),
/* harmony export */   a6: () => (/* binding */ TRIVY_RELEASES_URL),
/* harmony export */   ss: () => (/* binding */ DEFAULT_TRIVY_VERSION)
/* harmony export */ });
/* unused harmony exports SCAN_MODES, SCAN_TARGETS */
/** auto: scan when Trivy can be had, else skip with a notice; true: require it; false: never. */
const SCAN_MODES = ['auto', 'true', 'false'];
const SCAN_TARGETS = ['image', 'sbom'];
const FAIL_ON_SEVERITIES = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const DEFAULT_TRIVY_VERSION = '0.74.0';
/** Trivy's own default order (trivy.dev "Default Locations"): the mirror first, GHCR second. */
const DEFAULT_DB_REPOSITORIES = [
    'mirror.gcr.io/aquasec/trivy-db:2',
    'ghcr.io/aquasecurity/trivy-db:2',
];
/** Where Trivy's GitHub releases live: the default of trivy-download-url. */
const TRIVY_RELEASES_URL = 'https://github.com/aquasecurity/trivy/releases/download';
const SCAN_INPUTS = [
    {
        name: 'scan',
        kind: 'choice',
        default: 'auto',
        choices: SCAN_MODES,
        description: 'Scan the pushed image with Trivy and attest the result: auto (when Trivy can be had: downloaded on GitHub runners, on PATH elsewhere; skipped with a notice otherwise), true (require it) or false.',
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
        default: TRIVY_RELEASES_URL,
        description: 'Base URL of Trivy releases (a mirror for closed networks).',
    },
];


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

/***/ 16534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   EV: () => (/* binding */ ruleExpiry),
/* harmony export */   Zq: () => (/* binding */ thresholdFromMaxSeverity)
/* harmony export */ });
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

/***/ 75310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ PUBLIC_GOOD_URLS),
/* harmony export */   z: () => (/* binding */ GITHUB_URLS)
/* harmony export */ });
/**
 * The addresses of the Sigstore instances imprint knows by name: the public-good instance
 * (what cosign and `gh attestation` trust by default) and GitHub's private one (actions/attest
 * for private repositories). One home, so signing, verifying, the exported cluster policies
 * and the summaries all name the same services. Pure data, no imports.
 */
const PUBLIC_GOOD_URLS = {
    fulcio: 'https://fulcio.sigstore.dev',
    rekor: 'https://rekor.sigstore.dev',
    /** The TUF repository that serves the public-good trusted root (and keys @sigstore/tuf's seeds). */
    tufMirror: 'https://tuf-repo-cdn.sigstore.dev',
    /** Rekor's search page: `?logIndex=<n>` shows one entry. */
    rekorSearch: 'https://search.sigstore.dev',
    /** Where Sigstore posts outages. */
    status: 'https://status.sigstore.dev',
};
/** GitHub's instance has a Fulcio and a timestamp authority, and no transparency log. */
const GITHUB_URLS = {
    fulcio: 'https://fulcio.githubapp.com',
    tsa: 'https://timestamp.githubapp.com',
};


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
