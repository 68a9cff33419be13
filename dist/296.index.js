export const id = 296;
export const ids = [296];
export const modules = {

/***/ 19012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _E: () => (/* binding */ PUBLISH_INPUTS)
/* harmony export */ });
/* unused harmony exports BUILDER_CHOICES, SBOM_FORMAT_CHOICES */
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79310);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90034);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60746);
/**
 * The publish door's inputs, declared once: the action reads them as INPUT_*, the CLI as --flags
 * of the same names, the GitLab publish component as spec inputs. Tests keep action.yml, the
 * component, --help and the README in step with this table.
 */



const BUILDER_CHOICES = ['auto', 'buildx', 'docker', 'buildah', 'none'];
const SIGNING_CHOICES = ['keyless', 'key'];
const SIGSTORE_CHOICES = ['public-good', 'github', 'custom'];
const ATTESTATION_FORMAT_CHOICES = ['bundle', 'cosign-classic', 'both'];
const SBOM_FORMAT_CHOICES = ['cyclonedx', 'spdx', 'both'];
/** The evidence steps: an SBOM per platform, and the scan. */
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
    ..._scan_js__WEBPACK_IMPORTED_MODULE_1__/* .SCAN_INPUTS */ .IP,
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
        default: _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TAG */ .fL,
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
        actionDescription: 'Registry password or token (CLI: also IMPRINT_REGISTRY_PASSWORD).',
    },
    _shared_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_CA_FILE_INPUT */ .JQ,
    _shared_js__WEBPACK_IMPORTED_MODULE_2__/* .INSECURE_REGISTRIES_INPUT */ .yG,
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
        actionDescription: 'keyless (a Fulcio certificate for the CI identity: needs permissions: id-token: write) or key (the private key in "key").',
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
        actionDescription: 'Password of the private key. Pass it from a secret (e.g. secrets.COSIGN_PASSWORD), never literally.',
    },
    {
        name: 'identity-token',
        kind: 'string',
        secret: true,
        description: "OIDC token for keyless signing (audience sigstore). Default: SIGSTORE_ID_TOKEN, or GitHub's token service (permissions: id-token: write).",
        actionDescription: "OIDC token for keyless signing (audience sigstore). Default: GitHub's token service.",
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
        actionDescription: 'Attest SLSA v1 provenance of the workflow run for the image and each platform.',
    },
    {
        name: 'attestation-format',
        kind: 'choice',
        default: 'bundle',
        choices: ATTESTATION_FORMAT_CHOICES,
        description: 'Where signatures and attestations go: bundle (OCI referrers, cosign v3), cosign-classic (.sig / .att tags, cosign v2) or both.',
    },
    {
        name: 'predicate-type',
        kind: 'list',
        description: 'Predicate types (absolute URIs) of your own attestations, one per line or a YAML list, paired in order with predicate-path: each JSON predicate is signed and stored like the built-in ones.',
    },
    {
        name: 'predicate-path',
        kind: 'list',
        description: 'Paths of the JSON predicate files, one per line or a YAML list, in the order of predicate-type.',
    },
    ...EVIDENCE_INPUTS,
    {
        name: 'policy',
        kind: 'string',
        description: "Policy file: verify the published image against it (the verify action's engine, reading the evidence back from the registry) and fail the step when it breaks the policy; the image is then not signed.",
    },
    _shared_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARY_INPUT */ .Kw,
];


/***/ }),

/***/ 39771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IF: () => (/* binding */ loadCustomPredicates),
/* harmony export */   hu: () => (/* binding */ customAttestations),
/* harmony export */   ih: () => (/* binding */ readCustomPredicateInputs)
/* harmony export */ });
/* unused harmony export MAX_PREDICATE_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64136);
/* harmony import */ var _attest_storage_oci_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54906);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74976);
/**
 * Attestations of the user's own predicates (`predicate-type` + `predicate-path`, as
 * actions/attest and `cosign attest --type` take them): any JSON predicate, signed, stored and
 * read back like the built-in ones, about the image itself. The inputs are checked when the
 * options are read and the files are read before anything is built, so a typo costs seconds,
 * not a build; the predicates are then handed to the attest step as requested attestations.
 */






/**
 * A predicate travels base64-encoded (×4/3) in a DSSE envelope inside a bundle that also holds
 * a certificate and log proofs; a quarter of the bundle limit leaves room for all of it, so a
 * predicate accepted here is never refused by the read-back.
 */
const MAX_PREDICATE_BYTES = _attest_storage_oci_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_BUNDLE_BYTES */ .Me / 4;
const MIB = 1024 * 1024;
/** The pairs the inputs give, checked: as many types as paths, each type an absolute URI. */
function readCustomPredicateInputs(inputs) {
    const types = entriesOf(inputs, 'predicate-type');
    const paths = entriesOf(inputs, 'predicate-path');
    if (types.length !== paths.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ImprintError */ .m0('INPUT_INVALID', `inputs "predicate-type" and "predicate-path" pair up in order, but there are ${types.length} type(s) and ${paths.length} path(s)`, { hint: 'give one predicate-type for each predicate-path, in the same order' });
    }
    return types.map((type, index) => {
        const problem = (0,_attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_2__/* .predicateTypeProblem */ .xe)(type);
        if (problem !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ImprintError */ .m0('INPUT_INVALID', `input "predicate-type": ${problem}`, {
                hint: 'name the predicate by an absolute URI, as in-toto and cosign attest --type do, e.g. https://example.com/test-result/v1',
            });
        }
        return { type, path: paths[index] };
    });
}
/**
 * One entry per line (a URI or a path may hold a comma), or a YAML list: `[a, b]` or `- a`
 * lines, which is also how a GitLab `array` input arrives.
 */
function entriesOf(inputs, name) {
    const text = inputs.string(name);
    if (text === undefined)
        return [];
    if (!text.startsWith('[') && !text.startsWith('- ')) {
        return text
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== '');
    }
    let list;
    try {
        list = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ImprintError */ .m0('INPUT_INVALID', `input "${name}" is not a YAML list: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`);
    }
    if (!Array.isArray(list) || !list.every((entry) => typeof entry === 'string' && entry.trim()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ImprintError */ .m0('INPUT_INVALID', `input "${name}" must be a list of non-empty strings, one per line or as a YAML list`);
    return list.map((entry) => entry.trim());
}
/** Reads each predicate file: JSON, an object (in-toto's predicate is one), within the limit. */
async function loadCustomPredicates(inputs) {
    const loaded = [];
    for (const input of inputs)
        loaded.push({ ...input, predicate: await loadPredicate(input) });
    return loaded;
}
async function loadPredicate({ type, path, }) {
    const refuse = (what, hint) => new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ImprintError */ .m0('INPUT_INVALID', `input "predicate-path": ${path} (${type}) ${what}`, {
        hint,
    });
    let text;
    try {
        const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
        try {
            // The size first: a huge file is refused without being read into memory.
            const { size } = await file.stat();
            if (size > MAX_PREDICATE_BYTES) {
                throw refuse(`is ${size} bytes, more than ${MAX_PREDICATE_BYTES / MIB} MiB, the limit for a predicate (its signed bundle must stay under ${_attest_storage_oci_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_BUNDLE_BYTES */ .Me / MIB} MiB)`, 'attest a smaller predicate: a summary, with the full document stored elsewhere and named by its digest');
            }
            text = await file.readFile('utf8');
        }
        finally {
            await file.close();
        }
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ImprintError */ .m0)
            throw error;
        throw refuse(`cannot be read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`, 'pass the path of an existing JSON file');
    }
    let predicate;
    try {
        predicate = JSON.parse(text);
    }
    catch (error) {
        throw refuse(`is not JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`, 'a predicate is a JSON object');
    }
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isJsonObject */ .O)(predicate))
        throw refuse(`holds JSON but not an object (${Array.isArray(predicate) ? 'a list' : typeof predicate})`, 'an in-toto predicate is a JSON object: wrap the value, e.g. {"results": [...]}');
    return predicate;
}
/** The predicates as attestations about the image (the index of a multi-platform image). */
function customAttestations(predicates, imageDigest) {
    return predicates.map(({ type, predicate }, index) => ({
        predicateType: type,
        predicate,
        subjects: [imageDigest],
        // Names the bundle files: two custom predicates must not write the same one.
        kind: `custom-${index + 1}`,
    }));
}


/***/ }),

/***/ 58296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ publishSecrets),
  w: () => (/* binding */ readPublishOptions)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/inputs/reader.ts
var reader = __webpack_require__(9066);
// EXTERNAL MODULE: ./src/inputs/tables/publish.ts
var publish = __webpack_require__(19012);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/inputs/tables/scan.ts
var scan = __webpack_require__(90034);
// EXTERNAL MODULE: ./src/scan/gate.ts
var gate = __webpack_require__(16534);
;// CONCATENATED MODULE: ./src/scan/options.ts
/**
 * The scan inputs (declared in src/inputs/tables/scan.ts) → Trivy's typed, validated settings.
 * Whether to scan at all (`scan`) is the publish door's to read. Pure: reads only the input
 * source, and every message names the input and says what was expected and what was found.
 */






const EXPIRY_FORM = /^\d{4}-\d{2}-\d{2}([Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2}))?$/;
const VERSION_FORM = /^v?\d+\.\d+\.\d+$/;
// registry host[:port]/path[:tag]: what `--db-repository` accepts.
const REPOSITORY_FORM = /^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)+(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$/;
function invalid(message, hint) {
    return new errors/* ImprintError */.m0('INPUT_INVALID', message, hint === undefined ? {} : { hint });
}
function trivyVersion(value) {
    if (!VERSION_FORM.test(value)) {
        throw invalid(`input "trivy-version" must be a Trivy release like ${scan/* DEFAULT_TRIVY_VERSION */.ss}; got "${value}"`, "Pin an exact release: the download is checked against that release's checksums.");
    }
    return value.replace(/^v/, '');
}
function dbRepositories(values) {
    if (values.length === 0) {
        throw invalid('input "db-repository" must name at least one repository', `e.g. ${scan/* DEFAULT_DB_REPOSITORIES */.Sj.join(',')}`);
    }
    for (const value of values) {
        if (!REPOSITORY_FORM.test(value)) {
            throw invalid(`input "db-repository": "${value}" is not a registry repository`, 'write host/path[:tag], e.g. mirror.gcr.io/aquasec/trivy-db:2');
        }
    }
    return values;
}
const ignoreEntry = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().min(1),
    purls: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
    expires: schemas/* string */.YjP().optional(),
    reason: schemas/* string */.YjP().optional(),
});
/** `vuln-ignore`: a YAML (or JSON) list of {id, purls?, expires?, reason?}. */
function parseIgnoreList(text, name = 'vuln-ignore') {
    let value;
    try {
        // YAML 1.2 core schema: an unquoted 2025-01-31 stays a string.
        value = (0,dist/* parse */.qg)(text, { schema: 'core' });
    }
    catch (error) {
        throw invalid(`input "${name}" is not valid YAML: ${String(error)}`);
    }
    const parsed = schemas/* array */.YOg(ignoreEntry).safeParse(value ?? []);
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
            if (!EXPIRY_FORM.test(expires) || (0,gate/* ruleExpiry */.EV)({ id: entry.id, expires }) === undefined) {
                throw invalid(`input "${name}"[${index}].expires must be YYYY-MM-DD or an RFC 3339 time; got "${expires}"`);
            }
            rule.expires = expires;
        }
        return rule;
    });
}
function readScanOptions(source) {
    const inputs = new reader/* InputReader */.i(source, scan/* SCAN_INPUTS */.IP);
    const options = {
        trivyVersion: trivyVersion(inputs.withDefault('trivy-version')),
        target: inputs.choiceAnyCase('scan-target'),
        dbRepositories: dbRepositories(inputs.list('db-repository')),
        failOnSeverity: inputs.choiceAnyCase('fail-on-severity'),
        ignoreUnfixed: inputs.boolean('ignore-unfixed'),
        ignore: parseIgnoreList(inputs.string('vuln-ignore') ?? ''),
        reportPath: inputs.withDefault('vuln-report-path'),
        downloadBaseUrl: inputs.withDefault('trivy-download-url'),
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

// EXTERNAL MODULE: ./src/publish/custom-predicates.ts
var custom_predicates = __webpack_require__(39771);
// EXTERNAL MODULE: ./src/sigstore/sign/index.ts + 8 modules
var sign = __webpack_require__(12843);
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
/**
 * The publish inputs (declared in src/inputs/tables/publish.ts) → typed, validated options.
 * Pure: no I/O beyond reading the input source.
 */






const PLATFORM_FORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
function readPublishOptions(source) {
    const inputs = new reader/* InputReader */.i(source, publish/* PUBLISH_INPUTS */._E);
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
        context: inputs.withDefault('context'),
        buildArgs: inputs.map('build-args'),
        platforms,
        labels: inputs.map('labels'),
        builder,
        push: inputs.boolean('push'),
        insecureRegistries: inputs.list('insecure-registries'),
        sign: readSignOptions(inputs, source),
        sbom: readSbomOptions(inputs),
        scan: readPublishScanOptions(inputs, source),
        predicates: (0,custom_predicates/* readCustomPredicateInputs */.ih)(inputs),
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
    const trivy = readScanOptions(source);
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
    return publish/* PUBLISH_INPUTS */._E.filter((spec) => spec.secret)
        .map((spec) => source(spec.name))
        .filter((value) => value !== undefined && value !== '');
}
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}


/***/ })

};
