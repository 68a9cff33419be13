export const id = 10;
export const ids = [10,690];
export const modules = {

/***/ 32644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uk: () => (/* binding */ getIdentityToken),
/* harmony export */   w6: () => (/* binding */ decodeIdentityToken)
/* harmony export */ });
/* unused harmony exports SIGSTORE_AUDIENCE, createIdentityProvider, missingTokenMessage */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * The OIDC identity token keyless signing trades for a Fulcio certificate, from wherever the CI
 * platform puts it: an explicit `identity-token` input, `SIGSTORE_ID_TOKEN` (GitLab's
 * `id_tokens:`), or GitHub's token endpoint. The token is decoded (not verified: Fulcio does
 * that) to fail early, with a fix, on a wrong audience or an expired token. It is never logged:
 * it is registered as a secret the moment it is read.
 */


const SIGSTORE_AUDIENCE = 'sigstore';
/** A token with less time left than this is fetched again before use. */
const MIN_REMAINING_MS = 60_000;
const GITHUB_ATTEMPTS = 3;
const GITHUB_BACKOFF_MS = 250;
async function getIdentityToken(options = {}) {
    const env = options.env ?? process.env;
    const mask = options.maskSecret ?? (env.GITHUB_ACTIONS === 'true' ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq : () => { });
    const now = options.now ?? Date.now;
    const found = await findToken(options, env, mask);
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('IDENTITY_TOKEN_MISSING', missingTokenMessage(env));
    mask(found.token);
    return { ...found, claims: decodeIdentityToken(found.token, found.source, now()) };
}
/**
 * A provider for @sigstore/sign's FulcioSigner: hands out the same token while it has a minute
 * left, and fetches a fresh one after (GitHub tokens live minutes; a publish can take longer).
 */
function createIdentityProvider(options = {}) {
    const now = options.now ?? Date.now;
    let current;
    return {
        async getToken() {
            if (!current || current.claims.exp * 1000 - now() < MIN_REMAINING_MS) {
                current = await getIdentityToken(options);
            }
            return current.token;
        },
    };
}
async function findToken(options, env, mask) {
    const explicit = options.identityToken?.trim();
    if (explicit)
        return { token: explicit, source: 'input' };
    const fromEnv = env.SIGSTORE_ID_TOKEN?.trim();
    if (fromEnv)
        return { token: fromEnv, source: 'SIGSTORE_ID_TOKEN' };
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (url && requestToken) {
        mask(requestToken);
        const token = await requestGitHubToken(url, requestToken, options.fetch ?? fetch);
        return { token, source: 'github' };
    }
    return undefined;
}
/** GitHub's endpoint: `GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=sigstore` → `{value}`. */
async function requestGitHubToken(requestUrl, requestToken, fetchImpl) {
    const url = new URL(requestUrl);
    url.searchParams.append('audience', SIGSTORE_AUDIENCE);
    let lastProblem = '';
    for (let attempt = 1; attempt <= GITHUB_ATTEMPTS; attempt += 1) {
        if (attempt > 1)
            await sleep(GITHUB_BACKOFF_MS * 2 ** (attempt - 2));
        let response;
        try {
            response = await fetchImpl(url, {
                headers: { accept: 'application/json', authorization: `bearer ${requestToken}` },
            });
        }
        catch (error) {
            lastProblem = networkProblem(error);
            continue;
        }
        if (response.ok)
            return tokenFromBody(await response.text(), url.origin);
        lastProblem = `HTTP ${response.status}`;
        if (response.status < 500) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('IDENTITY_TOKEN_MISSING', `GitHub's token service (${url.origin}) refused the OIDC token request: ${lastProblem}. ` +
                'The job needs "permissions: id-token: write".', { hint: 'add "permissions: id-token: write" to the job that runs imprint' });
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('IDENTITY_TOKEN_MISSING', `GitHub's token service (${url.origin}) did not hand out an OIDC token after ` +
        `${GITHUB_ATTEMPTS} attempts: ${lastProblem}.`, { hint: 'this is usually a passing GitHub outage: re-run the job' });
}
function tokenFromBody(body, origin) {
    let value;
    try {
        value = JSON.parse(body).value;
    }
    catch {
        value = undefined;
    }
    if (typeof value !== 'string' || value === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('IDENTITY_TOKEN_INVALID', `GitHub's token service (${origin}) answered without a token (expected JSON {"value": "<jwt>"}).`);
    }
    return value;
}
const SOURCE_NAMES = {
    input: 'the identity-token input',
    SIGSTORE_ID_TOKEN: 'SIGSTORE_ID_TOKEN',
    github: "GitHub's token service",
};
const AUDIENCE_FIX = {
    input: 'mint the token for audience "sigstore"',
    SIGSTORE_ID_TOKEN: 'on GitLab, declare it as id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore in the job',
    github: 'imprint asks GitHub for audience "sigstore"; check ACTIONS_ID_TOKEN_REQUEST_URL',
};
/** Reads the claims of a JWT without verifying it, and checks what Fulcio will check. */
function decodeIdentityToken(token, source, nowMs = Date.now()) {
    const from = source ? SOURCE_NAMES[source] : 'the identity provider';
    const claims = payloadOf(token);
    if (!claims) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('IDENTITY_TOKEN_INVALID', `The identity token from ${from} is not a JWT (expected three base64url parts joined by dots, the middle one a JSON object).`, { hint: 'pass the raw OIDC ID token, not a file name or a quoted string' });
    }
    const audiences = typeof claims.aud === 'string' ? [claims.aud] : claims.aud;
    if (!Array.isArray(audiences) || !audiences.includes(SIGSTORE_AUDIENCE)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('IDENTITY_TOKEN_INVALID', `The identity token from ${from} is for audience ${JSON.stringify(claims.aud ?? null)}; ` +
            `Fulcio accepts only tokens for "${SIGSTORE_AUDIENCE}".`, { hint: AUDIENCE_FIX[source ?? 'input'] });
    }
    if (typeof claims.exp !== 'number') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('IDENTITY_TOKEN_INVALID', `The identity token from ${from} has no exp claim.`);
    }
    if (claims.exp * 1000 <= nowMs) {
        const ago = Math.round((nowMs - claims.exp * 1000) / 1000);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('IDENTITY_TOKEN_INVALID', `The identity token from ${from} expired at ${new Date(claims.exp * 1000).toISOString()} (${ago} s ago).`, { hint: 'ID tokens live minutes: obtain it in the job that signs, right before signing' });
    }
    if (typeof claims.iss !== 'string' || claims.iss === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('IDENTITY_TOKEN_INVALID', `The identity token from ${from} has no iss claim.`);
    }
    return { ...claims, iss: claims.iss, aud: audiences, exp: claims.exp };
}
function payloadOf(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return undefined;
    try {
        const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        return payload && typeof payload === 'object' && !Array.isArray(payload)
            ? payload
            : undefined;
    }
    catch {
        return undefined;
    }
}
const GITHUB_FIX = 'permissions:\n    id-token: write';
const GITLAB_FIX = 'id_tokens:\n    SIGSTORE_ID_TOKEN:\n      aud: sigstore';
/** Says exactly what to add, for the platform the job runs on. */
function missingTokenMessage(env) {
    const intro = 'Keyless signing needs an OIDC identity token and none was found.';
    if (env.GITHUB_ACTIONS === 'true') {
        return (`${intro} GitHub Actions hands one out only to jobs allowed to ask ` +
            `(ACTIONS_ID_TOKEN_REQUEST_URL is not set). Add to the job that runs imprint:\n  ${GITHUB_FIX}\n` +
            'Pull requests from forks never get a token: sign those with a key, or skip signing.');
    }
    if (env.GITLAB_CI === 'true') {
        return `${intro} SIGSTORE_ID_TOKEN is not set. Add to the job that runs imprint:\n  ${GITLAB_FIX}`;
    }
    return (`${intro} Pass one with --identity-token (or the SIGSTORE_ID_TOKEN variable), or run in CI: ` +
        `on GitHub Actions add to the job:\n  ${GITHUB_FIX}\non GitLab CI add to the job:\n  ${GITLAB_FIX}\n` +
        'Or sign with a key (signing: key).');
}
/**
 * fetch's "fetch failed" hides the reason (ECONNREFUSED, …) in its cause. Read by shape, not
 * `instanceof`: fetch's errors may come from another realm (a VM context).
 */
function networkProblem(error) {
    const { message, cause } = (error ?? {});
    if (typeof cause?.message === 'string')
        return cause.message;
    return typeof message === 'string' ? message : String(error);
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ }),

/***/ 20010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ publishSecrets),
  w: () => (/* binding */ readPublishOptions)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/inputs/parse.ts
var parse = __webpack_require__(13718);
// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __webpack_require__(27026);
// EXTERNAL MODULE: ./src/scan/index.ts + 13 modules
var scan = __webpack_require__(4791);
// EXTERNAL MODULE: ./src/sigstore/sign/index.ts + 6 modules
var sign = __webpack_require__(74788);
;// CONCATENATED MODULE: ./src/publish/sign-options.ts


function readSignOptions(inputs, source) {
    const options = {
        enabled: inputs.boolean('sign'),
        signing: inputs.choice('signing'),
        sigstore: inputs.choice('sigstore'),
        tlogUpload: inputs.boolean('tlog-upload'),
        provenance: inputs.boolean('provenance'),
        provenanceExplicit: (source('provenance') ?? '').trim() !== '',
        attestationFormat: inputs.choice('attestation-format'),
    };
    const optional = {
        keyPath: inputs.string('key'),
        keyPassword: source('key-password') || undefined, // a password is taken literally, spaces and all
        identityToken: inputs.string('identity-token'),
        fulcioUrl: inputs.string('fulcio-url'),
        rekorUrl: inputs.string('rekor-url'),
        tsaUrl: inputs.string('tsa-url'),
        trustedRoot: inputs.string('trusted-root'),
    };
    for (const [name, value] of Object.entries(optional)) {
        if (value !== undefined)
            options[name] = value;
    }
    if (options.enabled)
        checkSignOptions(options);
    return options;
}
function checkSignOptions(options) {
    if (options.signing === 'key') {
        if (options.keyPath === undefined) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', 'signing: key needs "key", the path of the private key', {
                hint: 'set key to the cosign.key file (and key-password from a secret), or use signing: keyless',
            });
        }
        if (options.identityToken !== undefined) {
            throw new errors/* ImprintError */.m0('INPUT_CONFLICT', 'identity-token is only used by keyless signing, but signing is key', {
                hint: 'remove identity-token, or set signing: keyless to sign with the CI identity',
            });
        }
    }
    else {
        const keyInputs = [options.keyPath && 'key', options.keyPassword && 'key-password'].filter(Boolean);
        if (keyInputs.length > 0) {
            throw new errors/* ImprintError */.m0('INPUT_CONFLICT', `${keyInputs.join(' and ')} ${keyInputs.length > 1 ? 'apply' : 'applies'} only with signing: key, but signing is keyless`, {
                hint: 'set signing: key to sign with the key, or remove key and key-password',
            });
        }
    }
    // The same check the signer makes, made now: before the build, not after it.
    (0,sign/* resolveEndpoints */.$K)(options, options.signing);
    if (options.sigstore === 'custom' && options.trustedRoot === undefined) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', 'sigstore: custom needs trusted-root: what imprint stores is read back and verified, and only the trusted root of your Sigstore says which Fulcio, Rekor and TSA to believe', {
            hint: 'set trusted-root to the trusted_root.json of your instance (cosign trusted-root create makes one)',
        });
    }
}

;// CONCATENATED MODULE: ./src/publish/options.ts
/** Publish inputs → typed, validated options. Pure: no I/O beyond reading the input source. */





const PLATFORM_FORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
function readPublishOptions(source) {
    const inputs = new parse/* InputReader */.i(source, spec/* PUBLISH_INPUTS */._E);
    const builder = inputs.choice('builder');
    const image = inputs.required('image', 'set "image" to the repository to publish, e.g. ghcr.io/acme/app');
    const username = inputs.string('registry-username');
    const password = inputs.string('registry-password');
    if ((username === undefined) !== (password === undefined)) {
        throw new errors/* ImprintError */.m0('INPUT_CONFLICT', 'registry-username and registry-password must be given together', { hint: 'set both, or neither to use the docker config / CI credentials' });
    }
    const platforms = inputs.list('platforms');
    for (const platform of platforms) {
        if (!PLATFORM_FORM.test(platform)) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `input "platforms": "${platform}" is not a platform`, {
                hint: 'write os/arch[/variant], e.g. linux/amd64,linux/arm64/v8',
            });
        }
    }
    const options = {
        image,
        tags: inputs.list('tags'),
        context: inputs.string('context') ?? '.',
        buildArgs: inputs.map('build-args'),
        platforms,
        labels: inputs.map('labels'),
        builder,
        push: inputs.boolean('push'),
        insecureRegistries: inputs.list('insecure-registries'),
        sign: readSignOptions(inputs, source),
        sbom: readSbomOptions(inputs),
        scan: readPublishScanOptions(inputs, source),
        ...optional('policy', inputs.string('policy')),
        summary: inputs.boolean('summary'),
    };
    const file = inputs.string('file');
    if (file !== undefined)
        options.file = file;
    const target = inputs.string('target');
    if (target !== undefined)
        options.target = target;
    const caFile = inputs.string('registry-ca-file');
    if (caFile !== undefined)
        options.registryCaFile = caFile;
    if (username !== undefined && password !== undefined)
        options.credentials = { username, password };
    return options;
}
function readSbomOptions(inputs) {
    const directory = inputs.string('sbom-path');
    return {
        enabled: inputs.boolean('sbom'),
        format: inputs.choice('sbom-format'),
        ...(directory !== undefined && { directory }),
    };
}
function readPublishScanOptions(inputs, source) {
    const mode = inputs.choice('scan');
    // The scan room reads `scan` as a boolean: it only learns whether the step may run.
    const trivy = (0,scan/* readScanOptions */.k8)((name) => name === 'scan' ? String(mode !== 'false') : source(name));
    if (mode !== 'false' && trivy.target === 'sbom' && !inputs.boolean('sbom')) {
        throw new errors/* ImprintError */.m0('INPUT_CONFLICT', 'scan-target is sbom but sbom is false', {
            hint: 'set sbom: true so there is an SBOM to scan, or scan-target: image',
        });
    }
    // Trivy is handed imprint's CycloneDX document; an SPDX-only run writes none.
    if (mode !== 'false' && trivy.target === 'sbom' && inputs.choice('sbom-format') === 'spdx') {
        throw new errors/* ImprintError */.m0('INPUT_CONFLICT', 'scan-target is sbom but sbom-format is spdx', {
            hint: 'set sbom-format: both (the scan reads the CycloneDX one), or scan-target: image',
        });
    }
    return { mode, trivy };
}
/** The secrets among the inputs, to mask before anything is logged. */
function publishSecrets(source) {
    return spec/* PUBLISH_INPUTS */._E.filter((spec) => spec.secret)
        .map((spec) => source(spec.name))
        .filter((value) => value !== undefined && value !== '');
}
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}


/***/ }),

/***/ 47316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ detailOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * The message of a thrown value. Duck-typed rather than `instanceof Error`: stream and sqlite
 * errors may come from another realm (Node internals under a test VM) and still carry one.
 */
function detailOf(error) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isImprintError */ .cl)(error))
        return error.describe();
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}


/***/ }),

/***/ 87185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ INSTALLED_BY_PROPERTY),
/* harmony export */   n: () => (/* binding */ markInstalledByOs)
/* harmony export */ });
const INSTALLED_BY_PROPERTY = 'imprint:installed-by';
const OS_ECOSYSTEMS = new Set(['os', 'deb', 'apk', 'rpm']);
/** The file a component was read from: for a jar inside a jar, the outer one on disk. */
function fileOnDisk(location) {
    const nested = location.indexOf('!/');
    return (nested === -1 ? location : location.slice(0, nested)).replace(/^\/+/, '');
}
/**
 * Marks each language component whose file an OS package installed. `installedFiles` maps a
 * path (no leading `/`) to the owning package's purl. Returns how many were marked.
 */
function markInstalledByOs(components, installedFiles) {
    if (installedFiles.size === 0)
        return 0;
    let marked = 0;
    for (const component of components) {
        if (OS_ECOSYSTEMS.has(component.ecosystem))
            continue;
        const owner = installedFiles.get(fileOnDisk(component.location));
        if (owner === undefined)
            continue;
        component.properties = { ...component.properties, [INSTALLED_BY_PROPERTY]: owner };
        marked += 1;
    }
    return marked;
}


/***/ }),

/***/ 4791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jF: () => (/* reexport */ VULN_PREDICATE_TYPE),
  kB: () => (/* reexport */ countsOutput),
  Fl: () => (/* reexport */ createTrivyScanner),
  $r: () => (/* reexport */ ensureTrivy),
  I9: () => (/* reexport */ gateFailure),
  Wt: () => (/* reexport */ platformsOf),
  k8: () => (/* reexport */ options/* readScanOptions */.k8),
  w3: () => (/* reexport */ writeScanReports)
});

// UNUSED EXPORTS: SCAN_INPUTS, TrivyScanner, bestCvss, buildVulnPredicate, expiredRuleWarnings, findingsFromTrivyReport, gateRules, gitlabReportFromTrivy, parseIgnoreList, parseTrivyReport, sarifFromTrivyReports, vulnerabilityReport

// EXTERNAL MODULE: ./src/scan/trivy-report.ts
var trivy_report = __webpack_require__(80060);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/scan/predicate.ts
/**
 * The cosign vulnerability predicate (`https://cosign.sigstore.dev/attestation/vuln/v1`), pure.
 * Trivy's own `--format cosign-vuln` leaves invocation and scanner.db empty; verifiers and
 * policies read them, so here every field must be filled or the builder refuses.
 */

const VULN_PREDICATE_TYPE = 'https://cosign.sigstore.dev/attestation/vuln/v1';
function trivyScannerUri(version) {
    return `pkg:github/aquasecurity/trivy@${version}`;
}
function requireFilled(fields) {
    const empty = Object.entries(fields)
        .filter(([, value]) => value.trim() === '')
        .map(([name]) => name);
    if (empty.length > 0) {
        throw new errors/* ImprintError */.m0('INTERNAL', `cannot build the vulnerability attestation: ${empty.join(', ')} ${empty.length === 1 ? 'is' : 'are'} empty`, {
            hint: 'The CI context must give the run URL, event id and builder id; the DB step its source and version.',
        });
    }
}
function requireTime(name, time) {
    if (Number.isNaN(time.getTime())) {
        throw new errors/* ImprintError */.m0('INTERNAL', `cannot build the vulnerability attestation: ${name} is not a valid time`);
    }
    return time.toISOString();
}
function buildVulnPredicate(input) {
    requireFilled({
        'invocation.uri': input.invocation.uri,
        'invocation.event_id': input.invocation.eventId,
        'invocation.builder.id': input.invocation.builderId,
        'scanner.version': input.scannerVersion,
        'scanner.db.uri': input.db.uri,
        'scanner.db.version': input.db.version,
    });
    if (input.parameters.length === 0) {
        throw new errors/* ImprintError */.m0('INTERNAL', 'cannot build the vulnerability attestation: invocation.parameters is empty');
    }
    if (typeof input.result !== 'object' || input.result === null) {
        throw new errors/* ImprintError */.m0('INTERNAL', 'cannot build the vulnerability attestation: scanner.result is not a report object');
    }
    const scanStartedOn = requireTime('metadata.scanStartedOn', input.startedAt);
    const scanFinishedOn = requireTime('metadata.scanFinishedOn', input.finishedAt);
    if (input.finishedAt.getTime() < input.startedAt.getTime()) {
        throw new errors/* ImprintError */.m0('INTERNAL', `cannot build the vulnerability attestation: the scan finished (${scanFinishedOn}) before it started (${scanStartedOn})`);
    }
    return {
        invocation: {
            parameters: [...input.parameters],
            uri: input.invocation.uri,
            event_id: input.invocation.eventId,
            'builder.id': input.invocation.builderId,
        },
        scanner: {
            uri: trivyScannerUri(input.scannerVersion),
            version: input.scannerVersion,
            db: { uri: input.db.uri, version: input.db.version },
            result: input.result,
        },
        metadata: { scanStartedOn, scanFinishedOn },
    };
}

;// CONCATENATED MODULE: ./src/scan/sarif.ts
const SARIF_SCHEMA = 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json';
const LEVELS = {
    CRITICAL: 'error',
    HIGH: 'error',
    MEDIUM: 'warning',
    LOW: 'note',
    UNKNOWN: 'note',
};
/** GitHub sorts alerts by security-severity; without a CVSS v3 score Trivy uses these. */
const SEVERITY_SCORES = {
    CRITICAL: '9.5',
    HIGH: '8.0',
    MEDIUM: '5.5',
    LOW: '2.0',
    UNKNOWN: '0.0',
};
const RULE_NAMES = {
    'os-pkgs': 'OsPackageVulnerability',
    'lang-pkgs': 'LanguageSpecificPackageVulnerability',
};
const REPOSITORY_PATH = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
/**
 * An OS result's target ("ghcr.io/acme/app@sha256:… (alpine 3.20.3)") → the repository path
 * ("acme/app"), as Trivy names the artifact; anything that is not an image reference stays.
 */
function artifactUri(target, resultClass) {
    let uri = target;
    if (resultClass === 'os-pkgs') {
        const name = target.replace(/\s*\(.*\)\s*$/, '').replace(/@sha256:[0-9a-f]+$/, '');
        const parts = name.split('/');
        const first = parts[0] ?? '';
        const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
        const path = (hasRegistry ? parts.slice(1) : parts).join('/').replace(/:[\w][\w.-]*$/, '');
        if (REPOSITORY_PATH.test(path))
            uri = !hasRegistry && parts.length === 1 ? `library/${path}` : path;
    }
    return uri.replace(/\\/g, '/');
}
function cvssProperties(vuln) {
    const entry = vuln.SeveritySource ? vuln.CVSS?.[vuln.SeveritySource] : undefined;
    if (!entry)
        return { data: {} };
    const candidates = {
        cvssv2_vector: entry.V2Vector,
        cvssv2_score: entry.V2Score,
        cvssv3_vector: entry.V3Vector,
        cvssv3_baseScore: entry.V3Score,
        cvssv40_vector: entry.V40Vector,
        cvssv40_baseScore: entry.V40Score,
    };
    // Trivy leaves out empty vectors and zero scores.
    const data = Object.fromEntries(Object.entries(candidates).filter(([, value]) => value !== undefined && value !== '' && value !== 0));
    return entry.V3Score ? { data, score: entry.V3Score.toFixed(1) } : { data };
}
function rule(vuln, result) {
    const { data, score } = cvssProperties(vuln);
    const fixed = vuln.FixedVersion ?? '';
    const link = `[${vuln.VulnerabilityID}](${vuln.PrimaryURL ?? ''})`;
    const description = vuln.Description ?? '';
    const built = {
        id: vuln.VulnerabilityID,
        name: RULE_NAMES[result.Class ?? ''] ?? 'UnknownIssue',
        shortDescription: { text: vuln.Title ?? '' },
        fullDescription: { text: description || (vuln.Title ?? '') },
        defaultConfiguration: { level: LEVELS[vuln.Severity] },
        help: {
            text: `Vulnerability ${vuln.VulnerabilityID}\nSeverity: ${vuln.Severity}\nPackage: ${vuln.PkgName}\nFixed Version: ${fixed}\nLink: ${link}\n${description}`,
            markdown: `**Vulnerability ${vuln.VulnerabilityID}**\n| Severity | Package | Fixed Version | Link |\n| --- | --- | --- | --- |\n|${vuln.Severity}|${vuln.PkgName}|${fixed}|${link}|\n\n${description}`,
        },
        properties: {
            ...data,
            precision: 'very-high',
            'security-severity': score ?? SEVERITY_SCORES[vuln.Severity],
            tags: ['vulnerability', 'security', vuln.Severity],
        },
    };
    if (vuln.PrimaryURL)
        built.helpUri = vuln.PrimaryURL;
    return built;
}
function sarifResult(vuln, result, ruleIndex) {
    const uri = artifactUri(vuln.PkgPath ? vuln.PkgPath : result.Target, vuln.PkgPath ? undefined : result.Class);
    const installed = vuln.InstalledVersion ?? '';
    return {
        ruleId: vuln.VulnerabilityID,
        ruleIndex,
        level: LEVELS[vuln.Severity],
        message: {
            text: `Package: ${vuln.PkgName}\nInstalled Version: ${installed}\nVulnerability ${vuln.VulnerabilityID}\nSeverity: ${vuln.Severity}\nFixed Version: ${vuln.FixedVersion ?? ''}\nLink: [${vuln.VulnerabilityID}](${vuln.PrimaryURL ?? ''})`,
        },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri, uriBaseId: 'ROOTPATH' },
                    // Packages have no line; Trivy points at the first character, and so does GitHub.
                    region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
                },
                message: { text: `${uri}: ${vuln.PkgName}@${installed}` },
            },
        ],
    };
}
function imageProperties(report) {
    if (report.ArtifactType !== 'container_image')
        return undefined;
    return {
        imageID: report.Metadata?.ImageID ?? '',
        imageName: report.ArtifactName ?? '',
        repoDigests: report.Metadata?.RepoDigests ?? null,
        repoTags: report.Metadata?.RepoTags ?? null,
    };
}
function sarifFromTrivyReports(reports, scannerVersion) {
    const rules = [];
    const ruleIndexes = new Map();
    const results = [];
    const seen = new Set();
    for (const report of reports) {
        for (const entry of report.Results ?? []) {
            for (const vuln of entry.Vulnerabilities ?? []) {
                let index = ruleIndexes.get(vuln.VulnerabilityID);
                if (index === undefined) {
                    index = rules.length;
                    ruleIndexes.set(vuln.VulnerabilityID, index);
                }
                // The last package seen describes the rule, as in Trivy's writer.
                rules[index] = rule(vuln, entry);
                const result = sarifResult(vuln, entry, index);
                const key = `${result.ruleId}\n${result.message.text}\n${result.locations[0]?.physicalLocation.artifactLocation.uri ?? ''}`;
                if (seen.has(key))
                    continue; // the same package on another platform
                seen.add(key);
                results.push(result);
            }
        }
    }
    const run = {
        tool: {
            driver: {
                fullName: 'Trivy Vulnerability Scanner',
                informationUri: 'https://github.com/aquasecurity/trivy',
                name: 'Trivy',
                rules,
                version: scannerVersion,
            },
        },
        results,
        columnKind: 'utf16CodeUnits',
    };
    const properties = reports.map(imageProperties).find((value) => value !== undefined);
    if (properties)
        run.properties = properties;
    return { version: '2.1.0', $schema: SARIF_SCHEMA, runs: [run] };
}

;// CONCATENATED MODULE: ./src/scan/gitlab-report.ts
const GITLAB_REPORT_VERSION = '15.0.7';
const SEVERITY_WORDS = {
    CRITICAL: 'Critical',
    HIGH: 'High',
    MEDIUM: 'Medium',
    LOW: 'Low',
    UNKNOWN: 'Unknown',
};
/** GitLab wants `YYYY-MM-DDTHH:MM:SS`, no fraction, no zone (UTC). */
function gitlabTime(time) {
    return time.toISOString().slice(0, 19);
}
/** CVE-2019-1549 → cve; GHSA-… → ghsa; ALAS2-2023-… → alas2. */
function identifierType(id) {
    const prefix = /^([A-Za-z][A-Za-z0-9]*)-/.exec(id)?.[1];
    return prefix ? prefix.toLowerCase() : 'cve';
}
function defaultImage(report) {
    return report.ArtifactType === 'container_image' && report.ArtifactName
        ? report.ArtifactName
        : 'Unknown';
}
function operatingSystem(report) {
    const os = report.Metadata?.OS;
    return os ? `${os.Family} ${os.Name}` : 'Unknown';
}
function vulnerability(vuln, operatingSystem, image) {
    return {
        id: vuln.VulnerabilityID,
        name: vuln.Title ?? '',
        description: vuln.Description ?? '',
        severity: SEVERITY_WORDS[vuln.Severity],
        solution: vuln.FixedVersion
            ? `Upgrade ${vuln.PkgName} to ${vuln.FixedVersion}`
            : 'No solution provided',
        location: {
            dependency: { package: { name: vuln.PkgName }, version: vuln.InstalledVersion ?? '' },
            operating_system: operatingSystem,
            image,
        },
        identifiers: [
            {
                type: identifierType(vuln.VulnerabilityID),
                name: vuln.VulnerabilityID,
                value: vuln.VulnerabilityID,
                url: vuln.PrimaryURL ?? '',
            },
        ],
        links: (vuln.References ?? []).map((url) => ({ url })),
    };
}
function gitlabReportFromTrivy(inputs, info) {
    const vulnerabilities = inputs.flatMap(({ report, image }) => {
        const os = operatingSystem(report);
        const imageName = image ?? defaultImage(report);
        return (report.Results ?? []).flatMap((entry) => (entry.Vulnerabilities ?? []).map((vuln) => vulnerability(vuln, os, imageName)));
    });
    const trivy = {
        id: 'trivy',
        name: 'Trivy',
        url: 'https://github.com/aquasecurity/trivy/',
        vendor: { name: 'Aqua Security' },
        version: info.scannerVersion,
    };
    return {
        version: GITLAB_REPORT_VERSION,
        scan: {
            analyzer: {
                id: 'imprint',
                name: 'imprint',
                vendor: { name: 'imprint' },
                version: info.analyzerVersion,
            },
            end_time: gitlabTime(info.finishedAt),
            scanner: trivy,
            start_time: gitlabTime(info.startedAt),
            status: 'success',
            type: 'container_scanning',
        },
        vulnerabilities,
        remediations: [],
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(59805);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/scan/process.ts
/**
 * Runs a program with an argument array (never a shell) and collects what it printed.
 * Output is capped: Trivy's progress bars can fill stderr, and only the tail is ever shown.
 */

const MAX_CAPTURE_BYTES = 256 * 1024;
/** Keeps the last `limit` bytes of a stream: the end of a log is where the error is. */
class Tail {
    limit;
    chunks = [];
    size = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.limit && this.chunks.length > 1) {
            this.size -= this.chunks.shift().length;
        }
    }
    text() {
        const all = Buffer.concat(this.chunks);
        return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
    }
}
/** Rejects only when the program cannot start (ENOENT, EACCES); a non-zero exit resolves. */
function runProcess(file, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            env: options.env ?? process.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            shell: false,
        });
        const stdout = new Tail(MAX_CAPTURE_BYTES);
        const stderr = new Tail(MAX_CAPTURE_BYTES);
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs);
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            resolve({
                exitCode: code ?? (signal ? 128 : 1),
                stdout: stdout.text(),
                stderr: stderr.text(),
                timedOut,
            });
        });
    });
}
/** The last lines of a log, for an error message a person can read. */
function tailLines(text, lines = 15, maxChars = 2000) {
    const kept = text.trimEnd().split(/\r?\n/).slice(-lines).join('\n');
    return kept.length > maxChars ? `…${kept.slice(-maxChars)}` : kept;
}

// EXTERNAL MODULE: ./src/scan/trivy-release.ts
var trivy_release = __webpack_require__(93913);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/scan/trivy-version.ts
/**
 * What Trivy says about itself and its vulnerability DB, pure: the text of `trivy --version`
 * and the JSON of `trivy version --format json`, turned into typed facts (version, DB age).
 */


const versionJson = schemas/* looseObject */._H3({
    Version: schemas/* string */.YjP().min(1),
    VulnerabilityDB: schemas/* looseObject */._H3({
        Version: schemas/* number */.aig(),
        UpdatedAt: schemas/* string */.YjP(),
        NextUpdate: schemas/* string */.YjP(),
        DownloadedAt: schemas/* string */.YjP(),
    })
        .nullish(),
});
/** "v0.58.1" and "0.58.1" name the same release. */
function normalizeVersion(version) {
    return version.trim().replace(/^v/, '');
}
/** `trivy --version` prints "Version: 0.58.1" on its first line (older releases: "Version: v0.x"). */
function parseVersionText(text) {
    const match = /^Version:\s*(\S+)/m.exec(text);
    return match?.[1] === undefined ? undefined : normalizeVersion(match[1]);
}
function time(name, text) {
    const value = new Date(text);
    if (Number.isNaN(value.getTime())) {
        throw new errors/* ImprintError */.m0('SCAN_FAILED', `trivy version --format json gave an invalid ${name}: "${text}"`);
    }
    return value;
}
function parseVersionJson(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('SCAN_FAILED', `trivy version --format json did not print JSON: ${text.slice(0, 200)}`, { cause: error });
    }
    const parsed = versionJson.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* ImprintError */.m0('SCAN_FAILED', `trivy version --format json printed an unexpected shape (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`);
    }
    const db = parsed.data.VulnerabilityDB;
    const info = { version: normalizeVersion(parsed.data.Version) };
    if (db) {
        info.db = {
            schemaVersion: db.Version,
            updatedAt: time('VulnerabilityDB.UpdatedAt', db.UpdatedAt),
            nextUpdate: time('VulnerabilityDB.NextUpdate', db.NextUpdate),
            downloadedAt: time('VulnerabilityDB.DownloadedAt', db.DownloadedAt),
        };
    }
    return info;
}
/** A DB is fresh until Trivy's own NextUpdate: before then Trivy would not download either. */
function isDbFresh(db, now) {
    return db.nextUpdate.getTime() > now.getTime();
}
/** Hours since the DB was built (UpdatedAt), one decimal. */
function dbAgeHours(db, now) {
    return Math.round((now.getTime() - db.updatedAt.getTime()) / 360_000) / 10;
}
/** The cosign vuln spec's DB version form: `v<schema>-<YYYYMMDDHH of the build>`, e.g. v2-2024112006. */
function dbVersionLabel(db) {
    const stamp = db.updatedAt.toISOString().slice(0, 13).replace(/[-T]/g, '');
    return `v${db.schemaVersion}-${stamp}`;
}

;// CONCATENATED MODULE: ./src/scan/install.ts
/**
 * Getting the pinned Trivy: use `trivy` on PATH when it is that version, else the runner's
 * tool cache, else download the release archive and check it against the release's
 * checksums file BEFORE anything from it runs.
 */








const TOOL_NAME = 'trivy';
function isExecutableFile(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
function findOnPath(name, pathEnv) {
    return pathEnv
        .split(external_node_path_.delimiter)
        .filter((dir) => dir !== '')
        .map((dir) => (0,external_node_path_.join)(dir, name))
        .find(isExecutableFile);
}
/** The version a trivy binary reports, or undefined when it does not answer like Trivy. */
async function probeVersion(trivyPath) {
    try {
        const result = await runProcess(trivyPath, ['--version'], { timeoutMs: 30_000 });
        return result.exitCode === 0 ? parseVersionText(result.stdout) : undefined;
    }
    catch {
        return undefined;
    }
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
async function download(url, what, version) {
    try {
        return await tool_cache/* downloadTool */.bq(url);
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('SCANNER_MISSING', `could not download ${what} from ${url}: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            hint: `Check that trivy-version (${version}) names a published Trivy release, or install Trivy on PATH.`,
        });
    }
}
/** Throws CHECKSUM_MISMATCH unless the archive's SHA-256 is the one the checksums file lists. */
async function verifyArchive(archive, checksumsFile, release) {
    const expected = (0,trivy_release/* parseChecksums */.yk)((0,external_node_fs_.readFileSync)(checksumsFile, 'utf8')).get(release.assetName);
    if (expected === undefined) {
        throw new errors/* ImprintError */.m0('CHECKSUM_MISMATCH', `${release.checksumsName} lists no checksum for ${release.assetName}; refusing to run an unverified download`, { hint: `Check ${release.checksumsUrl}.` });
    }
    const actual = await sha256File(archive);
    if (actual !== expected) {
        throw new errors/* ImprintError */.m0('CHECKSUM_MISMATCH', `checksum mismatch for ${release.assetName}: ${release.checksumsName} says sha256 ${expected}, the download has sha256 ${actual}`, {
            hint: 'The download was altered or cut short; it was deleted and nothing from it ran. Retry, or check trivy-download-url.',
        });
    }
    return actual;
}
async function downloadVerified(options, version) {
    const release = (0,trivy_release/* trivyRelease */.Gy)(version, options.platform ?? process.platform, options.arch ?? process.arch, options.downloadBaseUrl ?? trivy_release/* TRIVY_RELEASES_URL */.a6);
    const checksums = await download(release.checksumsUrl, release.checksumsName, version);
    const archive = await download(release.assetUrl, release.assetName, version);
    try {
        await verifyArchive(archive, checksums, release);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(archive, { force: true });
        throw error;
    }
    finally {
        (0,external_node_fs_.rmSync)(checksums, { force: true });
    }
    const extracted = await tool_cache/* extractTar */.nN(archive);
    (0,external_node_fs_.rmSync)(archive, { force: true });
    const cached = await tool_cache/* cacheDir */.e8(extracted, TOOL_NAME, version);
    (0,external_node_fs_.rmSync)(extracted, { recursive: true, force: true });
    return (0,external_node_path_.join)(cached, TOOL_NAME);
}
function toolCacheReady() {
    return Boolean(process.env.RUNNER_TOOL_CACHE) && Boolean(process.env.RUNNER_TEMP);
}
function missing(version, detail) {
    return new errors/* ImprintError */.m0('SCANNER_MISSING', `Trivy ${version} is not available: ${detail}`, {
        hint: `Install Trivy ${version} on PATH (https://trivy.dev/latest/getting-started/installation/), ` +
            'or set trivy-version to the version you have, or run on a GitHub runner where imprint downloads it.',
    });
}
function fromToolCache(version) {
    if (!toolCacheReady())
        return undefined;
    const cachedDir = tool_cache/* find */.I6(TOOL_NAME, version);
    const cached = cachedDir ? (0,external_node_path_.join)(cachedDir, TOOL_NAME) : '';
    return cached && isExecutableFile(cached)
        ? { path: cached, version, source: 'tool-cache' }
        : undefined;
}
async function fromDownload(options, version) {
    if (!toolCacheReady()) {
        throw missing(version, 'downloading needs the runner tool cache (RUNNER_TOOL_CACHE and RUNNER_TEMP are not set)');
    }
    const downloaded = await downloadVerified(options, version);
    const reported = await probeVersion(downloaded);
    if (reported !== version)
        throw missing(version, `the downloaded binary reports version ${reported ?? 'nothing'}`);
    return { path: downloaded, version, source: 'download' };
}
/** PATH (at the pinned version) → tool cache → verified download → PATH at another version. */
async function ensureTrivy(options) {
    const version = normalizeVersion(options.version);
    const onPath = findOnPath(TOOL_NAME, options.pathEnv ?? process.env.PATH ?? '');
    const pathVersion = onPath === undefined ? undefined : await probeVersion(onPath);
    if (onPath !== undefined && pathVersion === version)
        return { path: onPath, version, source: 'path' };
    const cached = fromToolCache(version);
    if (cached)
        return cached;
    if (options.allowDownload)
        return fromDownload(options, version);
    if (onPath !== undefined && pathVersion !== undefined) {
        const warning = `trivy-version is ${version} but ${onPath} is ${pathVersion}; scanning with ${pathVersion}`;
        return { path: onPath, version: pathVersion, source: 'path', warning };
    }
    throw missing(version, onPath === undefined
        ? 'no trivy on PATH'
        : `${onPath} does not answer \`trivy --version\` like Trivy`);
}

// EXTERNAL MODULE: ./src/scan/options.ts
var options = __webpack_require__(56383);
// EXTERNAL MODULE: ./src/scan/model.ts
var model = __webpack_require__(40764);
;// CONCATENATED MODULE: ./src/scan/gate-report.ts
/**
 * What the gate's verdict looks like to a person, pure: the GATE_FAILED error listing every
 * blocking finding, warnings for ignore entries past their expiry, and the
 * `vulnerability-counts` output.
 */


const MAX_LISTED = 25;
const COUNT_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
/** The publish inputs (fail-on-severity, ignore-unfixed, vuln-ignore) as the gate's rules. */
function gateRules(settings, now) {
    return {
        failAtOrAbove: settings.failOnSeverity,
        ignoreUnfixed: settings.ignoreUnfixed,
        ignore: settings.ignore,
        now,
    };
}
/** One line per finding: severity, id, package, version, fix and where. */
function describeFinding(finding, where = []) {
    const fix = (0,model/* isFixed */.zZ)(finding) ? `fixed in ${finding.fixedVersion}` : 'no fix yet';
    const cvss = finding.cvss === undefined ? '' : `, CVSS ${finding.cvss}`;
    const place = where.length > 0 ? ` [${where.join(', ')}]` : '';
    return `${finding.severity} ${finding.id} in ${finding.packageName} ${finding.installedVersion} (${fix}${cvss})${place}`;
}
function describeExpiredRule(rule) {
    const reason = rule.reason ? `: ${rule.reason}` : '';
    return `ignore entry ${rule.id} expired on ${rule.expires ?? '?'} and no longer applies${reason}`;
}
/** Log lines for ignore entries past their expiry: shown even when the gate passes. */
function expiredRuleWarnings(gate) {
    return gate.expiredRules.map(describeExpiredRule);
}
/** The GATE_FAILED error for a failed gate; undefined when it passed. */
function gateFailure(gate, settings, whereFound = () => []) {
    if (gate.passed)
        return undefined;
    const listed = gate.blocking
        .slice(0, MAX_LISTED)
        .map((finding) => `  - ${describeFinding(finding, whereFound(finding))}`);
    const more = gate.blocking.length > MAX_LISTED
        ? [`  … and ${gate.blocking.length - MAX_LISTED} more (see the vulnerability report)`]
        : [];
    const expired = gate.expiredRules.map((rule) => `  note: ${describeExpiredRule(rule)}`);
    const count = gate.blocking.length;
    const lines = [
        `vulnerability gate failed: ${count} finding${count === 1 ? '' : 's'} at or above ${settings.failOnSeverity} (fail-on-severity: ${settings.failOnSeverity})`,
        ...listed,
        ...more,
        ...expired,
    ];
    const unfixed = gate.blocking.some((finding) => !(0,model/* isFixed */.zZ)(finding));
    const hint = 'Upgrade the affected packages and rebuild, or accept a finding with a vuln-ignore entry (id, reason, expires)' +
        (unfixed && !settings.ignoreUnfixed
            ? '; set ignore-unfixed: true to let findings without a fix pass.'
            : '.');
    return new errors/* ImprintError */.m0('GATE_FAILED', lines.join('\n'), { hint });
}
/** The `vulnerability-counts` output: JSON, worst first. */
function countsOutput(counts) {
    return JSON.stringify(Object.fromEntries(COUNT_ORDER.map((severity) => [severity, counts[severity]])));
}

;// CONCATENATED MODULE: ./src/scan/report-files.ts
/**
 * Writes the scan's files: the JSON vulnerability report (always), SARIF for GitHub code
 * scanning and GitLab's container_scanning report (each when its path is set).
 */




/** The JSON behind vuln-report-path, pure. */
function vulnerabilityReport(outcome, options) {
    return {
        scanner: { name: outcome.scanner.name, version: outcome.scanner.version },
        db: outcome.db,
        target: options.target,
        counts: outcome.counts,
        gate: {
            passed: outcome.gate.passed,
            failOnSeverity: options.failOnSeverity,
            ignoreUnfixed: options.ignoreUnfixed,
            blocking: outcome.gate.blocking,
            ignored: outcome.gate.ignored.map(({ finding, rule }) => ({ finding, ...rule })),
            expiredRules: outcome.gate.expiredRules,
        },
        subjects: outcome.subjects.map((subject) => ({
            digest: subject.digest,
            ...(subject.platform === undefined ? {} : { platform: subject.platform }),
            imageRef: subject.imageRef,
            scanned: subject.scanned,
            counts: subject.counts,
            findings: subject.findings,
        })),
        startedAt: outcome.startedAt.toISOString(),
        finishedAt: outcome.finishedAt.toISOString(),
    };
}
function writeJson(path, value) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify(value, null, 2) + '\n');
}
function writeScanReports(outcome, options, analyzerVersion) {
    writeJson(options.reportPath, vulnerabilityReport(outcome, options));
    const written = { reportPath: options.reportPath };
    const reports = outcome.subjects.map((subject) => subject.report);
    if (options.sarifPath) {
        writeJson(options.sarifPath, sarifFromTrivyReports(reports, outcome.scanner.version));
        written.sarifPath = options.sarifPath;
    }
    if (options.gitlabReportPath) {
        // Each platform manifest by name, so one CVE on two platforms stays two GitLab findings.
        const inputs = outcome.subjects.map((subject) => ({
            report: subject.report,
            image: subject.imageRef,
        }));
        const info = {
            scannerVersion: outcome.scanner.version,
            analyzerVersion,
            startedAt: outcome.startedAt,
            finishedAt: outcome.finishedAt,
        };
        writeJson(options.gitlabReportPath, gitlabReportFromTrivy(inputs, info));
        written.gitlabReportPath = options.gitlabReportPath;
    }
    return written;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/scan/gate.ts
var scan_gate = __webpack_require__(16534);
;// CONCATENATED MODULE: ./src/scan/run.ts
/**
 * Running Trivy: read its version and DB state, fetch the DB (one repository after another
 * when a registry rate-limits), and scan one image or SBOM into a JSON file.
 * Registry credentials go in the environment (TRIVY_USERNAME/TRIVY_PASSWORD), never argv.
 */





/** DB downloads failing with these are worth trying at the next repository. */
const TRANSIENT_DB_ERROR = /TOOMANYREQUESTS|too many requests|\b429\b|rate.?limit|\b50[0234]\b|i\/o timeout/i;
/** imprint's note of where the cached DB came from: Trivy's own metadata does not say. */
const DB_SOURCE_FILE = 'imprint-db-source.json';
const DEFAULT_TIMEOUT_MS = 30 * 60 * 1000;
async function trivy(context, args, env = process.env) {
    try {
        const result = await runProcess(context.trivyPath, args, {
            env,
            timeoutMs: context.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        });
        if (result.timedOut) {
            throw new errors/* ImprintError */.m0('SCAN_FAILED', `trivy ${args[0]} ran longer than ${context.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms and was stopped`);
        }
        return result;
    }
    catch (error) {
        if (error instanceof errors/* ImprintError */.m0)
            throw error;
        throw new errors/* ImprintError */.m0('SCANNER_MISSING', `cannot run ${context.trivyPath}: ${String(error)}`, {
            cause: error,
            hint: 'Install Trivy on PATH or set trivy-version so imprint downloads it.',
        });
    }
}
function failure(what, result, secret) {
    let tail = tailLines(result.stderr || result.stdout);
    // Trivy does not print credentials, but a registry error might echo one back: never show it.
    if (secret)
        tail = tail.split(secret).join('***');
    return new errors/* ImprintError */.m0('SCAN_FAILED', `${what} exited with code ${result.exitCode}:\n${tail}`);
}
async function readVersionInfo(context) {
    const args = ['version', '--format', 'json', '--cache-dir', context.cacheDir];
    const result = await trivy(context, args);
    if (result.exitCode !== 0)
        throw failure('trivy version', result);
    return parseVersionJson(result.stdout);
}
function readDbSource(cacheDir) {
    const file = (0,external_node_path_.join)(cacheDir, DB_SOURCE_FILE);
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    try {
        const value = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return typeof value.repository === 'string' && typeof value.downloadedAt === 'string'
            ? { repository: value.repository, downloadedAt: value.downloadedAt }
            : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Makes sure the cache holds a DB: keeps a fresh one whose source is known, else downloads
 * from each repository in order, moving on only when a registry answers with a rate limit
 * or a server error (ghcr.io answers TOOMANYREQUESTS under load).
 */
async function prepareDb(context, repositories, now = () => new Date()) {
    const before = await readVersionInfo(context);
    const source = readDbSource(context.cacheDir);
    if (before.db &&
        isDbFresh(before.db, now()) &&
        source?.downloadedAt === before.db.downloadedAt.toISOString()) {
        context.log?.(`Trivy DB in ${context.cacheDir} is fresh (from ${source.repository}); not downloading`);
        return { repository: source.repository, info: before.db, downloaded: false, skipped: [] };
    }
    const skipped = [];
    for (const repository of repositories) {
        context.log?.(`Downloading the Trivy DB from ${repository}`);
        const args = [
            'image',
            '--download-db-only',
            '--db-repository',
            repository,
            '--cache-dir',
            context.cacheDir,
        ];
        const result = await trivy(context, args);
        if (result.exitCode === 0) {
            const after = await readVersionInfo(context);
            if (!after.db) {
                throw new errors/* ImprintError */.m0('SCAN_FAILED', `trivy downloaded the DB from ${repository} but ${context.cacheDir} holds none`);
            }
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(context.cacheDir, DB_SOURCE_FILE), JSON.stringify({ repository, downloadedAt: after.db.downloadedAt.toISOString() }) + '\n');
            return { repository, info: after.db, downloaded: true, skipped };
        }
        const output = result.stderr || result.stdout;
        if (!TRANSIENT_DB_ERROR.test(output))
            throw failure(`trivy DB download from ${repository}`, result);
        const reason = tailLines(output, 1, 300);
        context.log?.(`${repository} is unavailable (${reason}); trying the next DB repository`);
        skipped.push({ repository, reason });
    }
    throw new errors/* ImprintError */.m0('SCAN_FAILED', `no DB repository could serve the Trivy DB: ${skipped.map((s) => `${s.repository} (${s.reason})`).join('; ')}`, {
        hint: 'Retry later, or add a mirror you can reach to db-repository (e.g. public.ecr.aws/aquasecurity/trivy-db:2).',
    });
}
/** The argument list of one scan: also what the attestation records as invocation.parameters. */
function scanArguments(input, outputFile, cacheDir) {
    const common = [
        '--format',
        'json',
        '--output',
        outputFile,
        '--cache-dir',
        cacheDir,
        '--skip-db-update',
    ];
    // vuln only: a secret scanner's matches must never end up in a public attestation.
    if (input.kind === 'sbom')
        return ['sbom', '--scanners', 'vuln', ...common, input.path];
    const platform = input.platform ? ['--platform', input.platform] : [];
    const insecure = input.insecure ? ['--insecure'] : [];
    return [
        'image',
        '--scanners',
        'vuln',
        '--image-src',
        'remote',
        ...platform,
        ...insecure,
        ...common,
        input.reference,
    ];
}
function scanEnvironment(input) {
    const env = { ...process.env };
    if (input.kind === 'image' && input.credentials) {
        env.TRIVY_USERNAME = input.credentials.username;
        env.TRIVY_PASSWORD = input.credentials.password;
    }
    return env;
}
async function runScan(context, input, outputFile) {
    const args = scanArguments(input, outputFile, context.cacheDir);
    const what = input.kind === 'image' ? `trivy image ${input.reference}` : `trivy sbom ${input.path}`;
    const result = await trivy(context, args, scanEnvironment(input));
    const secret = input.kind === 'image' ? input.credentials?.password : undefined;
    if (result.exitCode !== 0)
        throw failure(what, result, secret);
    if (!(0,external_node_fs_.existsSync)(outputFile)) {
        throw new errors/* ImprintError */.m0('SCAN_FAILED', `${what} exited 0 but wrote no report to ${outputFile}`);
    }
    return { args, reportText: (0,external_node_fs_.readFileSync)(outputFile, 'utf8') };
}

// EXTERNAL MODULE: ./src/sbom/installed-by.ts
var installed_by = __webpack_require__(87185);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
;// CONCATENATED MODULE: ./src/scan/sbom-input.ts
/**
 * The CycloneDX SBOM as `trivy sbom` must read it. Trivy takes the operating-system
 * component's name as its OS family and has no advisories for a name it does not know; the
 * SBOM names the OS by its os-release ID, which differs from Trivy's family for a few
 * distributions (rhel → redhat). Language packages an OS package installed (marked
 * `imprint:installed-by`) are left out: `trivy image` leaves them out too, since their
 * upstream version hides the distribution's fixes. Everything else (purls, the
 * aquasecurity:trivy:Src* properties the catalogers write) Trivy reads as it is.
 */




/** os-release ID → Trivy's OS family, where they differ (Trivy's fanal/types OS constants). */
const TRIVY_FAMILY_BY_OS_RELEASE_ID = {
    rhel: 'redhat',
    almalinux: 'alma',
    ol: 'oracle',
    amzn: 'amazon',
    mariner: 'cbl-mariner',
    'sle-micro': 'slem',
    'sl-micro': 'slem',
};
function trivyFamilyOf(osReleaseId) {
    return TRIVY_FAMILY_BY_OS_RELEASE_ID[osReleaseId] ?? osReleaseId;
}
function installedByOs(component) {
    if (!(0,json/* isJsonObject */.O)(component) || !Array.isArray(component.properties))
        return false;
    return component.properties.some((property) => (0,json/* isJsonObject */.O)(property) && property.name === installed_by/* INSTALLED_BY_PROPERTY */.Z);
}
/** The dependency graph without the refs that were left out. */
function dependenciesWithout(dependencies, removed) {
    if (!Array.isArray(dependencies) || removed.size === 0)
        return dependencies;
    return dependencies
        .filter((entry) => !(0,json/* isJsonObject */.O)(entry) || !removed.has(entry.ref))
        .map((entry) => (0,json/* isJsonObject */.O)(entry) && Array.isArray(entry.dependsOn)
        ? { ...entry, dependsOn: entry.dependsOn.filter((ref) => !removed.has(ref)) }
        : entry);
}
/**
 * Pure: a copy of the document with the OS component renamed where Trivy's family differs and
 * the language packages OS packages installed left out.
 */
function trivySbomInput(document) {
    const changes = [];
    const all = Array.isArray(document.components) ? document.components : [];
    const components = all.filter((component) => !installedByOs(component));
    const removed = new Set(all.filter(installedByOs).map((component) => component['bom-ref']));
    if (all.length > components.length) {
        changes.push(`${all.length - components.length} language packages installed by OS packages left out, as trivy image leaves them out`);
    }
    const renamed = components.map((component) => {
        if (!(0,json/* isJsonObject */.O)(component) || component.type !== 'operating-system')
            return component;
        const name = typeof component.name === 'string' ? component.name : '';
        const family = trivyFamilyOf(name);
        if (family === name)
            return component;
        changes.push(`operating system ${name} is Trivy's ${family}`);
        return { ...component, name: family };
    });
    const result = { ...document, components: renamed };
    if (document.dependencies !== undefined)
        result.dependencies = dependenciesWithout(document.dependencies, removed);
    return { document: result, changes };
}
/** Reads the SBOM file, writes Trivy's view of it to `target`. */
function writeTrivySbomInput(sbomPath, target) {
    let document;
    try {
        document = JSON.parse((0,external_node_fs_.readFileSync)(sbomPath, 'utf8'));
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('SCAN_FAILED', `cannot read the SBOM to scan, ${sbomPath}: ${String(error)}`, {
            cause: error,
            hint: 'scan-target: sbom scans the CycloneDX file the sbom step wrote; rerun the step.',
        });
    }
    if (!(0,json/* isJsonObject */.O)(document) || document.bomFormat !== 'CycloneDX') {
        throw new errors/* ImprintError */.m0('SCAN_FAILED', `${sbomPath} is not a CycloneDX JSON document`, {
            hint: 'scan-target: sbom scans the CycloneDX file the sbom step wrote; rerun the step.',
        });
    }
    const input = trivySbomInput(document);
    (0,external_node_fs_.writeFileSync)(target, JSON.stringify(input.document));
    return input.changes;
}

// EXTERNAL MODULE: ./src/sbom/detail.ts
var detail = __webpack_require__(47316);
;// CONCATENATED MODULE: ./src/scan/db-cache.ts
/**
 * Keeps the Trivy DB between runs. A hosted runner starts with an empty TRIVY_CACHE_DIR, so
 * without a cache every publish downloads the DB again (tens of MB, from registries that
 * rate-limit). On GitHub the Actions cache holds it: restored before the DB check, saved
 * when the run downloaded a fresh DB. A cache that fails never fails the scan.
 */


/** Files of the cache dir that make up the DB (metadata.json, trivy.db) and where it came from. */
function dbCachePaths(cacheDir, sourceFile) {
    return [(0,external_node_path_.join)(cacheDir, 'db'), (0,external_node_path_.join)(cacheDir, sourceFile)];
}
/**
 * One key per UTC day (a DB is rebuilt every 6 hours and kept 24), restoring the newest
 * older day on a miss: whether that DB is still fresh is the DB check's call, not the cache's.
 */
function dbCacheKeys(now, schemaVersion = 2) {
    const prefix = `imprint-trivy-db-v${schemaVersion}-${process.platform}-`;
    return { key: `${prefix}${now.toISOString().slice(0, 10)}`, restoreKeys: [prefix] };
}
async function restoreDbCache(store, paths, keys, log, warn) {
    let restoredKey;
    try {
        restoredKey = await store.restore(paths, keys.key, keys.restoreKeys);
        log(restoredKey
            ? `Trivy DB restored from the cache (${restoredKey})`
            : `No cached Trivy DB (${keys.key}); downloading one`);
    }
    catch (error) {
        warn(`could not restore the Trivy DB from the cache (${keys.key}): ${(0,detail/* detailOf */.R)(error)}`);
    }
    return {
        ...(restoredKey === undefined ? {} : { restoredKey }),
        async saveIfDownloaded(downloaded) {
            if (!downloaded || restoredKey === keys.key)
                return;
            try {
                await store.save(paths, keys.key);
                log(`Trivy DB saved to the cache (${keys.key})`);
            }
            catch (error) {
                // Another job saving the same key first is the common case, and harmless.
                warn(`could not save the Trivy DB to the cache (${keys.key}): ${(0,detail/* detailOf */.R)(error)}`);
            }
        },
    };
}
/** The Actions cache on GitHub; none elsewhere (GitLab's job cache is the pipeline's to set). */
async function defaultDbCacheStore(env = process.env) {
    return env.GITHUB_ACTIONS === 'true' ? actionsDbCacheStore() : undefined;
}
/** The Actions cache, when this runner has one (GitHub, or GHES with the cache service). */
async function actionsDbCacheStore() {
    const cache = await __webpack_require__.e(/* import() */ 31).then(__webpack_require__.bind(__webpack_require__, 35031));
    if (!cache.isFeatureAvailable())
        return undefined;
    return {
        restore: (paths, primaryKey, restoreKeys) => cache.restoreCache(paths, primaryKey, restoreKeys),
        save: async (paths, key) => {
            await cache.saveCache(paths, key);
        },
    };
}

;// CONCATENATED MODULE: ./src/scan/subjects.ts
/**
 * Which scans one publish needs, and how their findings add up, pure: an index is scanned
 * once per platform (`--platform`), each result belonging to that platform's manifest.
 */



/** Where Trivy keeps its DB: the option, TRIVY_CACHE_DIR, or Trivy's own default. */
function resolveCacheDir(options, env = process.env) {
    return options.cacheDir ?? env.TRIVY_CACHE_DIR ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache', 'trivy');
}
function planScans(request, target) {
    const reference = `${request.repository}@${request.digest}`;
    const platforms = Object.entries(request.platformDigests ?? {});
    const subjects = platforms.length > 0
        ? platforms.map(([platform, digest]) => ({ platform, digest }))
        : [{ digest: request.digest }];
    return subjects.map(({ digest, platform }) => {
        const base = {
            digest,
            imageRef: `${request.repository}@${digest}`,
        };
        if (platform !== undefined)
            base.platform = platform;
        const named = platform === undefined ? digest : `${digest} (${platform})`;
        if (target === 'sbom') {
            const path = request.sbomPaths?.[digest];
            if (path === undefined) {
                throw new errors/* ImprintError */.m0('INPUT_CONFLICT', `scan-target is sbom but there is no SBOM for ${named}`, {
                    hint: 'Enable sbom, or set scan-target: image to scan the pushed image.',
                });
            }
            return { ...base, input: { kind: 'sbom', path }, scanned: path };
        }
        const input = { kind: 'image', reference };
        if (platform !== undefined)
            input.platform = platform;
        if (request.credentials)
            input.credentials = request.credentials;
        if (request.insecureRegistry)
            input.insecure = true;
        return {
            ...base,
            input,
            scanned: platform === undefined ? reference : `${reference} (${platform})`,
        };
    });
}
function findingKey(finding, artifact) {
    const target = artifact
        ? (finding.target ?? '').split(artifact).join('<artifact>')
        : (finding.target ?? '');
    return [finding.id, finding.packageName, finding.installedVersion, target].join('\n');
}
/** Union over subjects: a finding a previous subject already had is not counted again. */
function mergeFindings(subjects) {
    const merged = [];
    const seen = new Set();
    for (const subject of subjects) {
        const keys = subject.findings.map((finding) => findingKey(finding, subject.report.ArtifactName));
        subject.findings.forEach((finding, index) => {
            if (!seen.has(keys[index]))
                merged.push(finding);
        });
        keys.forEach((key) => seen.add(key));
    }
    return merged;
}
/** The platforms a finding occurs on, for messages. */
function platformsOf(outcome, finding) {
    return outcome.subjects
        .filter((subject) => subject.findings.some((candidate) => candidate.id === finding.id &&
        candidate.packageName === finding.packageName &&
        candidate.installedVersion === finding.installedVersion))
        .map((subject) => subject.platform)
        .filter((platform) => platform !== undefined);
}

;// CONCATENATED MODULE: ./src/scan/scanner.ts
/**
 * The `Scanner` interface and its Trivy implementation: install check → DB → scan each
 * platform → parse → findings, predicate and gate. A failed gate is a result, not an
 * exception: the caller attests first, then fails (see gateFailure in gate-report.ts).
 */















class TrivyScanner {
    options;
    deps;
    name = 'trivy';
    now;
    constructor(options, deps = {}) {
        this.options = options;
        this.deps = deps;
        this.now = deps.now ?? (() => new Date());
    }
    async scan(request) {
        const startedAt = this.now();
        const plan = planScans(request, this.options.target);
        const session = await this.prepare(request.invocation);
        const subjects = [];
        const workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'imprint-scan-'));
        try {
            for (const [index, planned] of plan.entries()) {
                subjects.push(await this.scanOne(session, planned, (0,external_node_path_.join)(workDir, `report-${index}.json`)));
            }
        }
        finally {
            (0,external_node_fs_.rmSync)(workDir, { recursive: true, force: true });
        }
        const findings = mergeFindings(subjects);
        const gate = (0,scan_gate/* evaluateGate */.DR)(findings, gateRules(this.options, this.now()));
        for (const warning of expiredRuleWarnings(gate))
            this.deps.log?.warning(warning);
        const { installation } = session;
        return {
            scanner: {
                name: 'trivy',
                version: installation.version,
                path: installation.path,
                source: installation.source,
            },
            db: session.db,
            subjects,
            findings,
            counts: (0,model/* countBySeverity */.Ot)(findings),
            gate,
            startedAt,
            finishedAt: this.now(),
        };
    }
    /** Trivy at the pinned version, and a DB in its cache. */
    async prepare(invocation) {
        const installation = this.deps.installation ??
            (await ensureTrivy({
                version: this.options.trivyVersion,
                allowDownload: this.deps.allowDownload ?? process.env.GITHUB_ACTIONS === 'true',
                downloadBaseUrl: this.options.downloadBaseUrl,
                ...(this.deps.pathEnv === undefined ? {} : { pathEnv: this.deps.pathEnv }),
            }));
        const log = this.deps.log;
        if (installation.warning)
            log?.warning(installation.warning);
        log?.info(`Trivy ${installation.version} (${installation.source}): ${installation.path}`);
        const cacheDir = resolveCacheDir(this.options);
        (0,external_node_fs_.mkdirSync)(cacheDir, { recursive: true });
        const context = { trivyPath: installation.path, cacheDir };
        if (this.deps.timeoutMs !== undefined)
            context.timeoutMs = this.deps.timeoutMs;
        if (log)
            context.log = (line) => log.info(line);
        const cache = await this.restoreDbCache(cacheDir);
        const db = summarizeDb(await prepareDb(context, this.options.dbRepositories, this.now), this.now());
        await cache?.saveIfDownloaded(db.downloaded);
        log?.info(`Trivy DB ${db.version} from ${db.repository}, built ${db.updatedAt} (${db.ageHours} h ago)`);
        return { installation, context, db, invocation };
    }
    async restoreDbCache(cacheDir) {
        const store = this.deps.dbCache === undefined ? await defaultDbCacheStore() : this.deps.dbCache;
        if (!store)
            return undefined;
        const log = this.deps.log;
        return restoreDbCache(store, dbCachePaths(cacheDir, DB_SOURCE_FILE), dbCacheKeys(this.now()), (line) => log?.info(line), (line) => log?.warning(line));
    }
    /** For scan-target sbom, the SBOM as Trivy reads it, written beside the report. */
    inputFor(planned, outputFile) {
        if (planned.input.kind !== 'sbom')
            return planned.input;
        const path = `${outputFile}.sbom.cdx.json`;
        for (const change of writeTrivySbomInput(planned.input.path, path))
            this.deps.log?.info(`Trivy's view of ${planned.input.path}: ${change}`);
        return { kind: 'sbom', path };
    }
    async scanOne(session, planned, outputFile) {
        this.deps.log?.info(`Scanning ${planned.scanned}`);
        const startedAt = this.now();
        const run = await runScan(session.context, this.inputFor(planned, outputFile), outputFile);
        const finishedAt = this.now();
        const raw = parseJson(run.reportText, planned.scanned);
        const report = (0,trivy_report/* parseTrivyReport */.Qg)(raw, `the Trivy report for ${planned.scanned}`);
        const findings = (0,trivy_report/* findingsOf */.WX)(report);
        const predicate = buildVulnPredicate({
            invocation: session.invocation,
            parameters: run.args,
            scannerVersion: session.installation.version,
            db: { uri: session.db.repository, version: session.db.version },
            result: raw,
            startedAt,
            finishedAt,
        });
        const subject = {
            digest: planned.digest,
            imageRef: planned.imageRef,
            scanned: planned.scanned,
            report,
            findings,
            counts: (0,model/* countBySeverity */.Ot)(findings),
            predicate,
        };
        if (planned.platform !== undefined)
            subject.platform = planned.platform;
        return subject;
    }
}
function parseJson(text, scanned) {
    if (text.trim() === '') {
        throw new errors/* ImprintError */.m0('SCAN_FAILED', `the Trivy report for ${scanned} is empty (${text.length} bytes)`, {
            hint: 'Trivy exited 0 without writing its report: check the disk space and rerun.',
        });
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('SCAN_FAILED', `the Trivy report for ${scanned} is not valid JSON: ${String(error)}`, {
            cause: error,
            hint: 'Trivy wrote a broken report: rerun the job; if it persists, run the same trivy command locally.',
        });
    }
}
function summarizeDb(db, now) {
    return {
        repository: db.repository,
        schemaVersion: db.info.schemaVersion,
        version: dbVersionLabel(db.info),
        updatedAt: db.info.updatedAt.toISOString(),
        nextUpdate: db.info.nextUpdate.toISOString(),
        downloadedAt: db.info.downloadedAt.toISOString(),
        ageHours: dbAgeHours(db.info, now),
        downloaded: db.downloaded,
        skipped: db.skipped,
    };
}
function createTrivyScanner(options, deps = {}) {
    return new TrivyScanner(options, deps);
}

;// CONCATENATED MODULE: ./src/scan/index.ts
/** The scan room's public surface: what the publish pipeline, the policy engine and reports use. */












/***/ }),

/***/ 74788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rO: () => (/* reexport */ createSigner),
  yd: () => (/* reexport */ publicKeyHint),
  $K: () => (/* reexport */ resolveEndpoints)
});

// UNUSED EXPORTS: GITHUB, PUBLIC_GOOD, generateKeyPair, loadSigningKey

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./src/ci/identity.ts
var ci_identity = __webpack_require__(32644);
;// CONCATENATED MODULE: ./src/sigstore/sign/dsse-bundle-builder.ts

class KeyidFreeDSSEBundleBuilder extends sign_dist/* DSSEBundleBuilder */.VV {
    async package(artifact, signature) {
        const bundle = await super.package(artifact, signature);
        for (const entry of bundle.content.dsseEnvelope.signatures)
            entry.keyid = '';
        return bundle;
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/sigstore/sign/errors.ts
/**
 * @sigstore/sign's errors → ImprintError, naming the service that failed and its URL. Its
 * messages are never passed through unfiltered: one of them embeds the identity token.
 */

const SERVICE_BY_CODE = {
    CA_CREATE_SIGNING_CERTIFICATE_ERROR: 'Fulcio',
    TLOG_CREATE_ENTRY_ERROR: 'Rekor',
    TLOG_FETCH_ENTRY_ERROR: 'Rekor',
    TSA_CREATE_TIMESTAMP_ERROR: 'the timestamp authority',
};
const WHAT_FAILED = {
    Fulcio: 'did not issue a signing certificate',
    Rekor: 'did not log the signature',
    'the timestamp authority': 'did not timestamp the signature',
};
function toSigningError(error, endpoints, attempts, secrets) {
    const redact = (text) => secrets.reduce((t, s) => (s ? t.split(s).join('***') : t), text);
    if ((0,errors/* isImprintError */.cl)(error))
        return error;
    const { code, cause } = (error ?? {});
    if (code === 'IDENTITY_TOKEN_READ_ERROR' && (0,errors/* isImprintError */.cl)(cause))
        return cause;
    if (code === 'IDENTITY_TOKEN_PARSE_ERROR') {
        return new errors/* ImprintError */.m0('IDENTITY_TOKEN_INVALID', 'The identity token has no subject: it carries neither a verified "email" nor a "sub" claim.', { hint: 'use the ID token your CI platform issues for the job' });
    }
    const service = code ? SERVICE_BY_CODE[code] : undefined;
    if (!service) {
        return new errors/* ImprintError */.m0('SIGNING_FAILED', `Signing failed: ${redact((0,errors/* messageOf */.bD)(error))}`, {
            cause: error,
        });
    }
    const url = urlOf(service, endpoints);
    const { detail, transient } = describeCause(cause);
    const tries = transient ? ` (gave up after ${attempts} attempts)` : '';
    return new errors/* ImprintError */.m0('SIGNING_FAILED', `${service} at ${url} ${WHAT_FAILED[service]}: ${redact(detail)}${tries}.`, { cause: error, hint: hintFor(service, url, transient, endpoints) });
}
function urlOf(service, endpoints) {
    if (service === 'Fulcio')
        return endpoints.fulcioUrl ?? '(no Fulcio URL)';
    if (service === 'Rekor')
        return endpoints.rekorUrl ?? '(no Rekor URL)';
    return endpoints.tsaUrl ?? '(no TSA URL)';
}
/** An HTTP status with the service's own message, or the network reason. */
function describeCause(cause) {
    // Read by shape: these errors come from @sigstore/sign's fetch stack, possibly another realm.
    const { statusCode, code, message } = (cause ?? {});
    const text = typeof message === 'string' ? message : String(cause);
    if (typeof statusCode === 'number') {
        const said = text.replace(/^\(\d+\)\s*/, '');
        const transient = statusCode >= 500 || statusCode === 408 || statusCode === 429;
        return { detail: `HTTP ${statusCode}${said ? ` ${said}` : ''}`, transient };
    }
    return { detail: `unreachable (${typeof code === 'string' ? code : text})`, transient: true };
}
function hintFor(service, url, transient, endpoints) {
    if (transient) {
        const status = endpoints.instance === 'public-good'
            ? '; Sigstore posts outages at https://status.sigstore.dev'
            : '';
        return `check that ${url} is reachable from this runner and re-run${status}`;
    }
    if (service === 'Fulcio') {
        return 'Fulcio refused the request: the token\'s issuer must be one Fulcio trusts, its audience "sigstore"';
    }
    return `${service} refused the request; its answer above says why`;
}

;// CONCATENATED MODULE: ./src/sigstore/sign/endpoints.ts
/**
 * Which Sigstore services a signature goes through. Pure: options in, endpoints out.
 *
 * - `public-good`: fulcio.sigstore.dev + rekor.sigstore.dev (what `cosign` and `gh attestation`
 *   trust by default).
 * - `github`: GitHub's private instance, as actions/attest uses for private repositories:
 *   GitHub's Fulcio and timestamp authority, no transparency log.
 * - `custom`: the fulcio-url, rekor-url and tsa-url given.
 *
 * `tlog-upload: false` (cosign's flag) takes Rekor out of whichever instance was chosen. With a
 * key that leaves a bare signature (or one with a timestamp); keyless it is refused unless a TSA
 * remains: a Fulcio certificate lives ten minutes, and without a log entry or a timestamp
 * nothing proves the signature was made in them (cosign signs anyway, and its verify then fails
 * with "expected a signed timestamp"; imprint refuses before anything is built).
 */

const PUBLIC_GOOD = {
    instance: 'public-good',
    fulcioUrl: 'https://fulcio.sigstore.dev',
    rekorUrl: 'https://rekor.sigstore.dev',
};
const GITHUB = {
    instance: 'github',
    fulcioUrl: 'https://fulcio.githubapp.com',
    tsaUrl: 'https://timestamp.githubapp.com',
};
const URL_INPUTS = ['fulcioUrl', 'rekorUrl', 'tsaUrl'];
const INPUT_NAMES = {
    fulcioUrl: 'fulcio-url',
    rekorUrl: 'rekor-url',
    tsaUrl: 'tsa-url',
};
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
function resolveEndpoints(options, mode) {
    const endpoints = instanceEndpoints(options, mode);
    if (options.tlogUpload !== false || endpoints.rekorUrl === undefined)
        return endpoints;
    const withoutLog = { ...endpoints }; // a copy: the instances are shared
    delete withoutLog.rekorUrl;
    if (mode === 'keyless' && withoutLog.tsaUrl === undefined) {
        throw new errors/* ImprintError */.m0('INPUT_CONFLICT', 'tlog-upload: false with keyless signing leaves nothing to verify the signature by: a Fulcio ' +
            'certificate lives 10 minutes, and without a transparency-log entry or a timestamp nothing ' +
            'proves the signature was made in them', {
            hint: 'sign with a key (signing: key) to skip the log, keep tlog-upload: true, or use a timestamp authority (sigstore: custom with tsa-url, or sigstore: github)',
        });
    }
    return withoutLog;
}
function instanceEndpoints(options, mode) {
    const instance = options.sigstore ?? 'public-good';
    const given = URL_INPUTS.filter((name) => options[name] !== undefined && options[name] !== '');
    if (instance !== 'custom') {
        if (given.length > 0) {
            const names = given.map((name) => INPUT_NAMES[name]).join(', ');
            throw new errors/* ImprintError */.m0('INPUT_CONFLICT', `${names} only apply with sigstore: custom, but sigstore is ${instance}`, { hint: `set sigstore: custom to use your own services, or remove ${names}` });
        }
        return instance === 'github' ? GITHUB : PUBLIC_GOOD;
    }
    const endpoints = { instance };
    for (const name of given)
        endpoints[name] = checkedUrl(INPUT_NAMES[name], options[name]);
    if (mode === 'keyless' && !endpoints.fulcioUrl) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', 'keyless signing with sigstore: custom needs fulcio-url', {
            hint: 'set fulcio-url to your Fulcio, e.g. https://fulcio.example.com',
        });
    }
    if (mode === 'keyless' && !endpoints.rekorUrl && !endpoints.tsaUrl) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', 'keyless signing with sigstore: custom needs rekor-url or tsa-url: a Fulcio certificate ' +
            'lives 10 minutes, and only a log entry or a timestamp proves the signature was made in them', { hint: 'set rekor-url, tsa-url, or both' });
    }
    return endpoints;
}
/** https, or http to this machine only (a test stack); no trailing slash. */
function checkedUrl(input, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `${input} "${value}" is not a URL`, {
            hint: `write it as https://host[:port]`,
        });
    }
    const loopback = LOOPBACK_HOSTS.has(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `${input} "${value}" must use https (plain http is accepted only for localhost)`);
    }
    return url.href.replace(/\/+$/, '');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/sigstore/sign/key-signer.ts
/**
 * A @sigstore/sign `Signer` over a private key: ECDSA P-256 / SHA-256, the key identified in
 * bundles by a hint (base64 SHA-256 of the DER public key, as sigstore-go and cosign v3 write
 * it). It signs for key-based bundles, and is the ephemeral key behind keyless certificates.
 */

class KeySigner {
    key;
    hint;
    constructor(key) {
        this.key = key;
        this.hint = publicKeyHint(key);
    }
    /** A fresh in-memory P-256 key, never written anywhere (the keyless flow). */
    static ephemeral() {
        const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
        const publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
        return new KeySigner({ privateKey, publicKey, publicKeyPem });
    }
    get publicKeyPem() {
        return this.key.publicKeyPem;
    }
    sign(data) {
        return Promise.resolve({
            signature: (0,external_node_crypto_.sign)('sha256', data, this.key.privateKey),
            key: { $case: 'publicKey', publicKey: this.key.publicKeyPem, hint: this.hint },
        });
    }
}
function publicKeyHint(key) {
    const der = key.publicKey.export({ format: 'der', type: 'spki' });
    return (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64');
}

;// CONCATENATED MODULE: ./src/sigstore/sign/keyless-signer.ts
/**
 * Keyless signing: an ephemeral P-256 key certified by Fulcio for the CI identity. One
 * certificate serves every signature of a run while it has a few minutes left (cosign also gets
 * one per invocation): a publish signs a dozen statements, and fewer Fulcio round trips mean
 * fewer chances for a token to expire or a service to hiccup mid-publish.
 */



/** Reuse a certificate only while it is valid this much longer (Fulcio issues 10 minutes). */
const MIN_CERT_REMAINING_MS = 3 * 60_000;
class KeylessSigner {
    key = KeySigner.ephemeral();
    fulcio;
    now;
    certificate;
    /** Certificates requested from Fulcio so far. */
    certificatesIssued = 0;
    constructor(options) {
        this.now = options.now ?? Date.now;
        this.fulcio = new sign_dist/* FulcioSigner */.$o({
            fulcioBaseURL: options.fulcioUrl,
            identityProvider: options.identity,
            keyHolder: this.key,
            retry: options.retry,
            timeout: options.timeoutMs,
        });
    }
    async sign(data) {
        const cached = this.certificate;
        if (cached && cached.notAfterMs - this.now() > MIN_CERT_REMAINING_MS) {
            const { signature } = await this.key.sign(data);
            return { signature, key: { $case: 'x509Certificate', certificate: cached.pem } };
        }
        const signed = await this.fulcio.sign(data);
        this.certificatesIssued += 1;
        if (signed.key.$case === 'x509Certificate') {
            const notAfter = Date.parse(new external_node_crypto_.X509Certificate(signed.key.certificate).validTo);
            this.certificate = { pem: signed.key.certificate, notAfterMs: notAfter };
        }
        return signed;
    }
}

// EXTERNAL MODULE: ./src/sigstore/sign/keys.ts + 1 modules
var keys = __webpack_require__(56690);
;// CONCATENATED MODULE: ./src/sigstore/sign/signer.ts
/**
 * imprint's signer: turns an in-toto statement (or a raw payload) into a Sigstore bundle v0.3,
 * keylessly (Fulcio certificate for the CI identity) or with a key, witnessed by Rekor and/or a
 * timestamp authority as the chosen Sigstore instance provides. @sigstore/sign does the protocol
 * work; this module picks the services, retries transient failures, and reports errors by name.
 *
 * A key-signed bundle gets a Rekor entry when the instance has a Rekor (public-good, or custom
 * with rekor-url), and a timestamp when it has a TSA; with neither (custom without both), the
 * bundle carries the signature and key hint only, and verifiers must be told not to require a
 * transparency log (cosign: --insecure-ignore-tlog).
 */









const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const DEFAULT_RETRY = { retries: 3, minTimeoutMs: 1000, maxTimeoutMs: 10_000 };
const DEFAULT_TIMEOUT_MS = 20_000;
async function createSigner(options) {
    const endpoints = resolveEndpoints(options, options.signing);
    const retry = { ...DEFAULT_RETRY, ...options.retry };
    const fetchOptions = {
        retry: {
            retries: retry.retries,
            factor: 2,
            minTimeout: retry.minTimeoutMs,
            maxTimeout: retry.maxTimeoutMs,
        },
        timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    };
    const secrets = new Set();
    const { signer, publicKeyPem } = await signerFor(options, endpoints, fetchOptions, secrets);
    const run = async (make) => {
        try {
            return asV03((0,dist.bundleToJSON)(await make()));
        }
        catch (error) {
            throw toSigningError(error, endpoints, retry.retries + 1, [...secrets]);
        }
    };
    return {
        mode: options.signing,
        endpoints,
        publicKeyPem,
        signDsse: (statement, payloadType = IN_TOTO_PAYLOAD_TYPE) => {
            const data = Buffer.isBuffer(statement) ? statement : Buffer.from(JSON.stringify(statement));
            const entryType = options.dsseEntryType ?? 'dsse';
            const witnesses = witnessesFor(endpoints, entryType, fetchOptions);
            const builder = new KeyidFreeDSSEBundleBuilder({
                signer,
                witnesses,
                certificateChain: false,
            });
            return run(() => builder.create({ data, type: payloadType }));
        },
        signMessage: (payload) => {
            const witnesses = witnessesFor(endpoints, 'dsse', fetchOptions);
            const builder = new sign_dist/* MessageSignatureBundleBuilder */.z3({ signer, witnesses });
            return run(() => builder.create({ data: payload }));
        },
    };
}
async function signerFor(options, endpoints, fetchOptions, secrets) {
    if (options.signing === 'key') {
        const signer = new KeySigner(await (0,keys/* loadSigningKey */.f)(options.privateKeyPem, options.password));
        return { signer, publicKeyPem: signer.publicKeyPem };
    }
    const signer = new KeylessSigner({
        fulcioUrl: endpoints.fulcioUrl,
        identity: checkedIdentity(options.identity, secrets),
        retry: fetchOptions.retry,
        timeoutMs: fetchOptions.timeout,
    });
    return { signer };
}
/** Rekor when the instance has one, the TSA when it has one; they testify in parallel. */
function witnessesFor(endpoints, entryType, fetchOptions) {
    const witnesses = [];
    if (endpoints.rekorUrl) {
        const rekorBaseURL = endpoints.rekorUrl;
        witnesses.push(new sign_dist/* RekorWitness */.fU({ rekorBaseURL, entryType, fetchOnConflict: true, ...fetchOptions }));
    }
    if (endpoints.tsaUrl) {
        witnesses.push(new sign_dist/* TSAWitness */.gs({ tsaBaseURL: endpoints.tsaUrl, ...fetchOptions }));
    }
    return witnesses;
}
/**
 * Every token is checked (audience, expiry) before it reaches Fulcio, so a bad one fails with a
 * fix instead of Fulcio's 401; each is remembered so no error message can carry it.
 */
function checkedIdentity(identity, secrets) {
    const source = typeof identity === 'string' ? { getToken: () => Promise.resolve(identity) } : identity;
    if (typeof identity === 'string') {
        secrets.add(identity);
        (0,ci_identity/* decodeIdentityToken */.w6)(identity, 'input');
    }
    return {
        async getToken() {
            const token = await source.getToken();
            secrets.add(token);
            (0,ci_identity/* decodeIdentityToken */.w6)(token, typeof identity === 'string' ? 'input' : undefined);
            return token;
        },
    };
}
/**
 * @sigstore/sign writes message-signature bundles as v0.2 with a one-certificate chain; v0.3
 * (what cosign v3 and the OCI referrer format use) holds the same leaf as `certificate`.
 */
function asV03(bundle) {
    const material = bundle.verificationMaterial;
    const { x509CertificateChain, ...rest } = material;
    const leaf = x509CertificateChain?.certificates[0];
    return {
        ...bundle,
        mediaType: dist.BUNDLE_V03_MEDIA_TYPE,
        verificationMaterial: (leaf
            ? { ...rest, certificate: leaf }
            : material),
    };
}

;// CONCATENATED MODULE: ./src/sigstore/sign/index.ts
/** Signing: keyless (Fulcio) or with a key, witnessed by Rekor and/or a timestamp authority. */






/***/ }),

/***/ 56690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  generateKeyPair: () => (/* binding */ generateKeyPair),
  f: () => (/* binding */ loadSigningKey)
});

// UNUSED EXPORTS: toPem

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(80668);
var nacl_fast_default = /*#__PURE__*/__webpack_require__.n(nacl_fast);
;// CONCATENATED MODULE: ./src/sigstore/sign/key-format.ts
/**
 * cosign's encrypted private key container (`-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----`):
 * the PEM body is JSON from go-securesystemslib's `encrypted` package —
 * `{"kdf":{"name":"scrypt","params":{"N","r","p"},"salt"},"cipher":{"name":"nacl/secretbox","nonce"},"ciphertext"}`
 * (byte fields in standard base64) — whose plaintext is the PKCS#8 DER private key. The key is
 * scrypt(password, salt) and the box is NaCl secretbox (XSalsa20-Poly1305).
 */




const scrypt = (0,external_node_util_.promisify)(external_node_crypto_.scrypt);
const SIGSTORE_KEY_PEM_TYPE = 'ENCRYPTED SIGSTORE PRIVATE KEY';
/** What cosign wrote before v2.0; still read by cosign. */
const COSIGN_KEY_PEM_TYPE = 'ENCRYPTED COSIGN PRIVATE KEY';
const KEY_SIZE = 32;
const SALT_SIZE = 32;
const NONCE_SIZE = 24;
/**
 * The parameter sets go-securesystemslib accepts (Legacy, Standard, OWASP): anything else is
 * refused before deriving, so a tampered file cannot make us burn memory. cosign writes Legacy.
 */
const SCRYPT_PARAMETER_SETS = [
    { N: 32768, r: 8, p: 1 },
    { N: 65536, r: 8, p: 1 },
    { N: 131072, r: 8, p: 1 },
];
const WRITE_PARAMETERS = SCRYPT_PARAMETER_SETS[0];
async function encryptKey(plaintext, password) {
    const salt = (0,external_node_crypto_.randomBytes)(SALT_SIZE);
    const nonce = (0,external_node_crypto_.randomBytes)(NONCE_SIZE);
    const key = await deriveKey(password, salt, WRITE_PARAMETERS);
    const ciphertext = nacl_fast_default().secretbox(plaintext, nonce, key);
    // Field order as Go's encoding/json writes the struct, so the file reads like cosign's.
    const container = {
        kdf: { name: 'scrypt', params: { ...WRITE_PARAMETERS }, salt: salt.toString('base64') },
        cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
        ciphertext: Buffer.from(ciphertext).toString('base64'),
    };
    return Buffer.from(JSON.stringify(container));
}
/** The plaintext (PKCS#8 DER for cosign keys); KEY_PASSWORD_WRONG when the box does not open. */
async function decryptKey(containerBytes, password) {
    const container = parseContainer(containerBytes);
    const salt = Buffer.from(container.kdf.salt, 'base64');
    const nonce = Buffer.from(container.cipher.nonce, 'base64');
    if (nonce.length !== NONCE_SIZE) {
        throw new errors/* ImprintError */.m0('KEY_INVALID', `The encrypted key's nonce is ${nonce.length} bytes; nacl/secretbox needs ${NONCE_SIZE}.`);
    }
    const key = await deriveKey(password, salt, container.kdf.params);
    const opened = nacl_fast_default().secretbox.open(Buffer.from(container.ciphertext, 'base64'), nonce, key);
    if (!opened) {
        throw new errors/* ImprintError */.m0('KEY_PASSWORD_WRONG', password === ''
            ? 'The private key is encrypted and no password was given.'
            : 'The password does not open the private key (a wrong password, or an altered key file).', {
            hint: 'set key-password (COSIGN_PASSWORD on the command line) to the password the key was made with',
        });
    }
    return Buffer.from(opened);
}
function parseContainer(bytes) {
    let value;
    try {
        value = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw invalid('its body is not the JSON cosign writes');
    }
    const container = value;
    if (container?.kdf?.name !== 'scrypt')
        throw invalid(`kdf is not "scrypt"`);
    if (container.cipher?.name !== 'nacl/secretbox')
        throw invalid(`cipher is not "nacl/secretbox"`);
    const params = container.kdf.params;
    const known = SCRYPT_PARAMETER_SETS.some((set) => set.N === params?.N && set.r === params?.r && set.p === params?.p);
    if (!known) {
        throw invalid(`scrypt parameters ${JSON.stringify(params ?? null)} are not a set cosign uses`);
    }
    for (const [field, text] of [
        ['kdf.salt', container.kdf.salt],
        ['cipher.nonce', container.cipher.nonce],
        ['ciphertext', container.ciphertext],
    ]) {
        if (typeof text !== 'string' || text === '')
            throw invalid(`${field} is missing`);
    }
    return container;
}
function invalid(why) {
    return new errors/* ImprintError */.m0('KEY_INVALID', `The encrypted private key is malformed: ${why}.`, {
        hint: 'use the cosign.key file as cosign generate-key-pair wrote it',
    });
}
async function deriveKey(password, salt, params) {
    // scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is below the larger sets.
    const maxmem = 256 * params.N * params.r;
    const key = await scrypt(Buffer.from(password, 'utf8'), salt, KEY_SIZE, { ...params, maxmem });
    return new Uint8Array(key);
}

;// CONCATENATED MODULE: ./src/sigstore/sign/keys.ts
/**
 * Signing keys from files people already have: cosign's encrypted `cosign.key`
 * (`ENCRYPTED SIGSTORE PRIVATE KEY`, or the older `ENCRYPTED COSIGN PRIVATE KEY`), plain PKCS#8
 * (`PRIVATE KEY`), SEC1 (`EC PRIVATE KEY`) and password-protected PKCS#8 (`ENCRYPTED PRIVATE
 * KEY`). imprint signs with ECDSA P-256 / SHA-256, cosign's default; other keys are refused with
 * a clear reason rather than producing signatures verifiers would not expect.
 */



const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/;
const SUPPORTED_CURVE = 'prime256v1';
const CURVE_NAMES = {
    prime256v1: 'P-256',
    secp384r1: 'P-384',
    secp521r1: 'P-521',
};
async function loadSigningKey(pem, password = '') {
    const block = PEM_BLOCK.exec(pem);
    if (!block) {
        throw new errors/* ImprintError */.m0('KEY_INVALID', 'The signing key is not PEM: no "-----BEGIN … PRIVATE KEY-----" block was found.', {
            hint: 'pass the contents of cosign.key (or a PKCS#8 PEM private key), not a path or base64',
        });
    }
    const type = block[1];
    const der = Buffer.from(block[2].replace(/\s+/g, ''), 'base64');
    return signingKeyFrom(await privateKeyFrom(type, der, block[0], password));
}
async function privateKeyFrom(type, der, pem, password) {
    switch (type) {
        case SIGSTORE_KEY_PEM_TYPE:
        case COSIGN_KEY_PEM_TYPE: {
            const pkcs8 = await decryptKey(der, password);
            return readKey(() => (0,external_node_crypto_.createPrivateKey)({ key: pkcs8, format: 'der', type: 'pkcs8' }));
        }
        case 'PRIVATE KEY':
            return readKey(() => (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' }));
        case 'EC PRIVATE KEY':
            return readKey(() => (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'sec1' }));
        case 'ENCRYPTED PRIVATE KEY':
            return encryptedPkcs8(pem, password);
        case 'RSA PRIVATE KEY':
            throw unsupported('an RSA key');
        case 'PUBLIC KEY':
        case 'CERTIFICATE':
            throw new errors/* ImprintError */.m0('KEY_INVALID', `The signing key is a ${type.toLowerCase()}, not a private key.`, { hint: 'signing needs the private key (cosign.key); cosign.pub is for verifying' });
        default:
            throw new errors/* ImprintError */.m0('KEY_INVALID', `The signing key is a PEM "${type}" block, not a private key.`, { hint: 'pass cosign.key, or a PEM "PRIVATE KEY" / "EC PRIVATE KEY"' });
    }
}
function encryptedPkcs8(pem, password) {
    if (password === '') {
        throw new errors/* ImprintError */.m0('KEY_PASSWORD_WRONG', 'The private key is encrypted (ENCRYPTED PRIVATE KEY) and no password was given.', { hint: 'set key-password to the key passphrase' });
    }
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', passphrase: password });
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('KEY_PASSWORD_WRONG', 'The password does not open the private key (ENCRYPTED PRIVATE KEY).', { cause: error, hint: 'set key-password to the passphrase the key was encrypted with' });
    }
}
function readKey(make) {
    try {
        return make();
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('KEY_INVALID', `The signing key could not be read: ${(0,errors/* messageOf */.bD)(error)}.`, {
            cause: error,
            hint: 'the PEM block is damaged or not a key: use the file as the tool that made it wrote it',
        });
    }
}
function signingKeyFrom(privateKey) {
    const kind = privateKey.asymmetricKeyType;
    if (kind !== 'ec')
        throw unsupported(`an ${String(kind).toUpperCase()} key`);
    const curve = privateKey.asymmetricKeyDetails?.namedCurve ?? 'unknown';
    if (curve !== SUPPORTED_CURVE) {
        throw unsupported(`an EC key on curve ${CURVE_NAMES[curve] ?? curve} (${curve})`);
    }
    const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
    return {
        privateKey,
        publicKey,
        publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    };
}
function unsupported(what) {
    return new errors/* ImprintError */.m0('KEY_UNSUPPORTED', `The signing key is ${what}; imprint signs with ECDSA P-256 (cosign's default key type).`, { hint: 'make a P-256 key with `cosign generate-key-pair` or `imprint generate-key-pair`' });
}
/** A cosign-compatible key pair: `cosign sign --key` and `cosign verify --key` accept it. */
async function generateKeyPair(password) {
    const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
    const container = await encryptKey(pkcs8, password);
    return {
        privateKeyPem: toPem(SIGSTORE_KEY_PEM_TYPE, container),
        publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    };
}
/** PEM as Go's encoding/pem writes it: 64-column base64 lines. */
function toPem(type, bytes) {
    const lines = bytes.toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`;
}


/***/ })

};
