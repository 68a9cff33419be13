export const id = 1627;
export const ids = [1627];
export const modules = {

/***/ 90029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xi: () => (/* binding */ combineSecrets),
/* harmony export */   dC: () => (/* binding */ parseSecrets),
/* harmony export */   fH: () => (/* binding */ prepareSecrets),
/* harmony export */   qj: () => (/* binding */ secretArgument),
/* harmony export */   ve: () => (/* binding */ parseSecretFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _util_private_temp_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60224);
/**
 * Build secrets: the `secrets` and `secret-files` inputs read into BuildSecrets (pure), and
 * made ready for one build. A value given inline goes into a 0600 file in a private directory
 * under the job's temp space, removed when the build ends; a file is handed over by its path
 * and an environment variable by its name, so no secret value is ever on a command line.
 * Messages name the secret's id and line, never its value.
 */




/** BuildKit and buildah mount a secret at /run/secrets/<id>: a plain file name. */
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRETS_FORMS = 'write each line as id=ID,src=PATH (a file), id=ID,env=VARIABLE (an environment variable) or ID=VALUE (the value itself)';
/**
 * Pure: the `secrets` input, one secret a line. `id=ID,src=PATH` and `id=ID,env=VAR` are
 * buildx's own spellings; any other `KEY=VALUE` is build-push-action's, the value itself.
 */
function parseSecrets(lines) {
    const secrets = lines.map((line, index) => {
        const where = `input "secrets" line ${index + 1}`;
        return line.startsWith('id=') ? parseReference(line, where) : parseInline(line, where);
    });
    return checkUnique(secrets);
}
/** Pure: the `secret-files` input, `ID=PATH` a line (build-push-action's spelling). */
function parseSecretFiles(files) {
    return Object.entries(files).map(([id, path]) => {
        const where = `input "secret-files" entry "${id}"`;
        checkId(id, where);
        if (path.trim() === '')
            throw invalid(`${where} names no file`, 'write ID=PATH');
        return { id, kind: 'file', path: path.trim() };
    });
}
/** Pure: both inputs together; an id given twice is refused. */
function combineSecrets(...groups) {
    return checkUnique(groups.flat());
}
function parseReference(line, where) {
    const fields = new Map();
    for (const field of line.split(',')) {
        const equals = field.indexOf('=');
        const key = equals < 0 ? field.trim() : field.slice(0, equals).trim();
        if (!['id', 'src', 'source', 'env', 'type'].includes(key) || equals < 0) {
            throw invalid(`${where} has a field "${key}" that is not one of id=, src=, env=, type=`, SECRETS_FORMS);
        }
        fields.set(key === 'source' ? 'src' : key, field.slice(equals + 1).trim());
    }
    const id = fields.get('id') ?? '';
    checkId(id, where);
    const src = fields.get('src');
    const env = fields.get('env');
    if ((src === undefined) === (env === undefined)) {
        throw invalid(`${where} (secret "${id}") needs exactly one of src= or env=`, SECRETS_FORMS);
    }
    const type = fields.get('type');
    if (type !== undefined && type !== (src !== undefined ? 'file' : 'env')) {
        throw invalid(`${where} (secret "${id}") has type=${type}, which does not match its source`, SECRETS_FORMS);
    }
    if (env !== undefined) {
        if (!ENV_NAME.test(env)) {
            throw invalid(`${where} (secret "${id}"): env=${env} is not a variable name`, SECRETS_FORMS);
        }
        return { id, kind: 'env', variable: env };
    }
    if (src === '')
        throw invalid(`${where} (secret "${id}") names no file`, SECRETS_FORMS);
    return { id, kind: 'file', path: src };
}
function parseInline(line, where) {
    const equals = line.indexOf('=');
    // The text may be the value itself: the message never repeats it.
    if (equals <= 0)
        throw invalid(`${where} is not ID=VALUE`, SECRETS_FORMS);
    const id = line.slice(0, equals).trim();
    checkId(id, where);
    const value = line.slice(equals + 1).replace(/\r$/, '');
    if (value === '')
        throw invalid(`${where} (secret "${id}") has an empty value`, SECRETS_FORMS);
    return { id, kind: 'value', value };
}
function checkId(id, where) {
    if (!SECRET_ID.test(id)) {
        throw invalid(`${where}: the secret id must be letters, digits, ".", "_" or "-" (it names the file /run/secrets/<id>)`, SECRETS_FORMS);
    }
}
function checkUnique(secrets) {
    const seen = new Set();
    for (const { id } of secrets) {
        if (seen.has(id)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('INPUT_CONFLICT', `secret "${id}" is given twice`, {
                hint: 'give each secret id once, in secrets or secret-files',
            });
        }
        seen.add(id);
    }
    return secrets;
}
function invalid(message, hint) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('INPUT_INVALID', message, { hint });
}
/**
 * Makes the secrets ready for one build: each file must exist, each variable must be set in
 * `environment` (the one the builder process inherits), and each inline value is written to a
 * 0600 file in a private directory under `tempRoot`.
 */
function prepareSecrets(secrets, tempRoot, environment) {
    const values = [];
    const inline = secrets.filter((secret) => secret.kind === 'value');
    const dir = inline.length > 0 ? (0,_util_private_temp_js__WEBPACK_IMPORTED_MODULE_3__/* .privateTempDir */ .n)('imprint-build-secrets-', tempRoot) : undefined;
    try {
        const mounts = secrets.map((secret, index) => {
            switch (secret.kind) {
                case 'file':
                    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(secret.path, { throwIfNoEntry: false })?.isFile()) {
                        throw invalid(`secret "${secret.id}": no file at ${secret.path}`, 'check the path; it is read on this machine, relative to the working directory');
                    }
                    // The builders read --secret as comma-separated fields: a comma would split the path.
                    if (/[,"]/.test(secret.path)) {
                        throw invalid(`secret "${secret.id}": the path ${secret.path} holds a comma or a quote, which --secret cannot carry`, 'move or link the file to a path without commas or quotes');
                    }
                    return { id: secret.id, src: secret.path };
                case 'env': {
                    const value = environment[secret.variable];
                    if (value === undefined || value === '') {
                        throw invalid(`secret "${secret.id}" reads the environment variable ${secret.variable}, which is not set`, `set ${secret.variable} for this step (env:), from a CI secret`);
                    }
                    values.push(value);
                    return { id: secret.id, env: secret.variable };
                }
                case 'value': {
                    // Numbered, not named by id: the file name tells nothing about the secret.
                    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir.path, `secret-${index}`);
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, secret.value, { mode: 0o600 });
                    values.push(secret.value);
                    return { id: secret.id, src: path };
                }
            }
        });
        return { mounts, values, remove: () => dir?.remove() };
    }
    catch (error) {
        dir?.remove();
        throw error;
    }
}
/** Pure: `id=ID,src=PATH` / `id=ID,env=NAME`, as both buildx's and buildah's `--secret` take it. */
function secretArgument(mount) {
    return 'src' in mount
        ? `--secret=id=${mount.id},src=${mount.src}`
        : `--secret=id=${mount.id},env=${mount.env}`;
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
const SIGSTORE_CHOICES = ['auto', 'public-good', 'github', 'custom'];
const GITHUB_ATTESTATIONS_CHOICES = ['auto', 'true', 'false'];
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
/** What real builds need beyond the basics; which builder honours which: README "Real builds". */
const BUILD_INPUTS = [
    {
        name: 'cache-from',
        kind: 'list',
        description: 'Build cache sources, one per line, as buildx writes them: type=registry,ref=REGISTRY/REPO:cache, type=local,src=DIR, type=gha (GitHub). buildah: one registry repository.',
    },
    {
        name: 'cache-to',
        kind: 'list',
        description: 'Build cache destinations, one per line: type=registry,ref=REGISTRY/REPO:cache,mode=max, type=local,dest=DIR, type=gha,mode=max (GitHub). buildah: one registry repository.',
    },
    {
        name: 'secrets',
        kind: 'list',
        secret: true,
        description: 'Secrets for RUN --mount=type=secret, one per line: id=ID,src=PATH, id=ID,env=VARIABLE, or ID=VALUE (written to a private 0600 file for the build). Never in the image, the log or a command line (CLI: also IMPRINT_SECRETS).',
        actionDescription: 'Secrets for RUN --mount=type=secret, one per line: id=ID,src=PATH, id=ID,env=VARIABLE, or ID=VALUE (written to a private 0600 file for the build). Never in the image, the log or a command line.',
    },
    {
        name: 'secret-files',
        kind: 'map',
        description: 'Secrets read from files, ID=PATH, one per line.',
    },
    {
        name: 'ssh',
        kind: 'list',
        description: 'SSH agent sockets or keys for RUN --mount=type=ssh, one per line: default (SSH_AUTH_SOCK) or ID=PATH.',
    },
    {
        name: 'pull',
        kind: 'boolean',
        default: 'false',
        description: 'Pull every base image again, even one held locally.',
    },
    {
        name: 'no-cache',
        kind: 'boolean',
        default: 'false',
        description: 'Build every step afresh, using no cached layer.',
    },
    {
        name: 'annotations',
        kind: 'list',
        description: 'Annotations, one per line: key=value (the image manifest), or TYPE:key=value with TYPE index, manifest-descriptor or index-descriptor (buildx).',
    },
    {
        name: 'build-contexts',
        kind: 'map',
        description: 'Named build contexts, NAME=SOURCE, one per line: a directory, docker-image://REF or a URL.',
    },
    {
        name: 'buildx-provenance',
        kind: 'string',
        default: 'false',
        description: "BuildKit's own provenance attestation in the index (buildx only): false, mode=min or mode=max. imprint signs its own SLSA provenance either way (provenance).",
    },
    {
        name: 'buildx-sbom',
        kind: 'boolean',
        default: 'false',
        description: "BuildKit's own SBOM attestation in the index (buildx only).",
    },
];
const PUBLISH_INPUTS = [
    {
        name: 'image',
        kind: 'list',
        description: 'Repository to publish to (registry/namespace/name), or several, one per line or comma separated: built once, the same digest pushed to each, each signed and attested. With builder none: the existing image, by tag or digest.',
    },
    {
        name: 'tags',
        kind: 'list',
        default: _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TAG */ .fL,
        description: 'Tags to push, comma or newline separated: bare tags (1.2.3), pushed to every repository of image, or full references, pushed to the one they name.',
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
    ...BUILD_INPUTS,
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
        description: 'Registry user name, for the registry of the first repository in image (default: docker config, CI_REGISTRY_USER on GitLab, GITHUB_TOKEN for ghcr.io; other registries always use these).',
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
        description: 'The signing key for signing: key: a private key PEM file (cosign.key, or a PKCS#8 / SEC1 P-256 key), or a key that never leaves its store: pkcs11:…, awskms://…, gcpkms://…, azurekms://…, hashivault://… (cosign syntax).',
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
        default: 'auto',
        choices: SIGSTORE_CHOICES,
        description: "Sigstore instance: auto (on GitHub Actions github unless the event payload says the repository is public, as actions/attest decides; public-good elsewhere), public-good (Fulcio + Rekor), github (GitHub's Fulcio + TSA, no Rekor) or custom (the URLs below).",
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
        name: 'github-attestations',
        kind: 'choice',
        default: 'auto',
        choices: GITHUB_ATTESTATIONS_CHOICES,
        description: "Also upload the signed attestations to GitHub's Attestations API, as actions/attest does (gh attestation verify then finds them without --bundle-from-oci): auto (on GitHub Actions with a token; a refusal is a warning), true (a refusal fails the step) or false.",
        actionDescription: "Also upload the signed attestations to GitHub's Attestations API, as actions/attest does (gh attestation verify then finds them without --bundle-from-oci; needs permissions: attestations: write): auto (a refusal is a warning), true (a refusal fails the step) or false.",
    },
    {
        name: 'github-token',
        kind: 'string',
        secret: true,
        actionDefault: '${{ github.token }}',
        description: "Token for GitHub's Attestations API (default: the GITHUB_TOKEN variable).",
        actionDescription: "Token for GitHub's Attestations API (the job's token by default).",
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
    {
        name: 'vex',
        kind: 'list',
        description: 'OpenVEX documents (v0.2.0), as paths or https URLs, one per line or a YAML list: each is checked against the spec, given to Trivy (--vex), so findings it says do not affect the image leave the gate, and attested about the image as an OpenVEX predicate (cosign type openvex).',
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

/***/ 39771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IF: () => (/* binding */ loadCustomPredicates),
/* harmony export */   Mc: () => (/* binding */ entriesOf),
/* harmony export */   bf: () => (/* binding */ readTextWithin),
/* harmony export */   hu: () => (/* binding */ customAttestations),
/* harmony export */   ih: () => (/* binding */ readCustomPredicateInputs),
/* harmony export */   pB: () => (/* binding */ MAX_PREDICATE_BYTES)
/* harmony export */ });
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
    const text = await readTextWithin(path, MAX_PREDICATE_BYTES, refuse);
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
/**
 * A file's text, refused by `refuse` when larger than `maxBytes` (checked before it is read
 * into memory) or unreadable.
 */
async function readTextWithin(path, maxBytes, refuse) {
    try {
        const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
        try {
            const { size } = await file.stat();
            if (size > maxBytes) {
                throw refuse(`is ${size} bytes, more than ${maxBytes / MIB} MiB, the limit for a predicate (its signed bundle must stay under ${_attest_storage_oci_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_BUNDLE_BYTES */ .Me / MIB} MiB)`, 'attest a smaller predicate: a summary, with the full document stored elsewhere and named by its digest');
            }
            return await file.readFile('utf8');
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

/***/ 15526:
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

// EXTERNAL MODULE: ./src/builders/secrets.ts
var builders_secrets = __webpack_require__(90029);
;// CONCATENATED MODULE: ./src/publish/build-options.ts

function readBuildInputs(inputs) {
    const secrets = (0,builders_secrets/* combineSecrets */.Xi)((0,builders_secrets/* parseSecrets */.dC)(inputs.lines('secrets')), (0,builders_secrets/* parseSecretFiles */.ve)(inputs.map('secret-files')));
    return {
        cacheFrom: inputs.lines('cache-from'),
        cacheTo: inputs.lines('cache-to'),
        secrets,
        ssh: inputs.lines('ssh'),
        pull: inputs.boolean('pull'),
        noCache: inputs.boolean('no-cache'),
        annotations: inputs.lines('annotations'),
        buildContexts: inputs.map('build-contexts'),
        buildkitAttestations: {
            provenance: inputs.withDefault('buildx-provenance'),
            sbom: inputs.boolean('buildx-sbom'),
        },
    };
}
/**
 * The values given inline in `secrets` (`ID=VALUE` lines), to mask before anything is logged.
 * Read leniently: a malformed line is reported by readBuildInputs, after masking.
 */
function inlineBuildSecrets(source) {
    return (source('secrets') ?? '')
        .split('\n')
        .filter((line) => !line.trim().startsWith('id=') && line.includes('='))
        .map((line) => line.slice(line.indexOf('=') + 1).replace(/\r$/, ''))
        .filter((value) => value.trim() !== '');
}

// EXTERNAL MODULE: ./src/publish/custom-predicates.ts
var custom_predicates = __webpack_require__(39771);
// EXTERNAL MODULE: ./src/publish/vex-documents.ts
var vex_documents = __webpack_require__(81267);
// EXTERNAL MODULE: ./src/publish/sign-options.ts
var sign_options = __webpack_require__(16057);
;// CONCATENATED MODULE: ./src/publish/options.ts








const PLATFORM_FORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
function readPublishOptions(source) {
    const inputs = new reader/* InputReader */.i(source, publish/* PUBLISH_INPUTS */._E);
    const builder = inputs.choice('builder');
    const [image, ...moreImages] = inputs.list('image');
    if (image === undefined) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', 'input "image" is required', {
            hint: 'set "image" to the repository to publish, e.g. ghcr.io/acme/app',
        });
    }
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
        ...(moreImages.length > 0 && { moreImages }),
        tags: inputs.list('tags'),
        context: inputs.withDefault('context'),
        buildArgs: inputs.map('build-args'),
        platforms,
        labels: inputs.map('labels'),
        buildInputs: readBuildInputs(inputs),
        builder,
        push: inputs.boolean('push'),
        insecureRegistries: inputs.list('insecure-registries'),
        sign: (0,sign_options/* readSignOptions */.o)(inputs, source),
        github: {
            attestations: inputs.choice('github-attestations'),
            ...optional('token', inputs.string('github-token')),
        },
        sbom: readSbomOptions(inputs),
        scan: readPublishScanOptions(inputs, source),
        predicates: (0,custom_predicates/* readCustomPredicateInputs */.ih)(inputs),
        vex: (0,vex_documents/* readVexInputs */.tW)(inputs),
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
        .filter((value) => value !== undefined && value !== '')
        .concat(inlineBuildSecrets(source));
}
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}


/***/ }),

/***/ 16057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ chooseSigstore),
/* harmony export */   o: () => (/* binding */ readSignOptions)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _sigstore_keystore_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91785);
/* harmony import */ var _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41036);



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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', 'signing: key needs "key", the path of the private key', {
                hint: 'set key to the cosign.key file (and key-password from a secret), or use signing: keyless',
            });
        }
        // A key-store reference is parsed now, so a typo fails before the build.
        if ((0,_sigstore_keystore_index_js__WEBPACK_IMPORTED_MODULE_1__.parseKeyReference)(options.keyPath) !== undefined && options.keyPassword !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_CONFLICT', 'key-password applies to a key file, but key names a key in a PKCS#11 token or KMS', {
                hint: 'remove key-password: a PKCS#11 PIN goes in the URI (pin-source=FILE), a KMS uses its own credentials',
            });
        }
        if (options.identityToken !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_CONFLICT', 'identity-token is only used by keyless signing, but signing is key', {
                hint: 'remove identity-token, or set signing: keyless to sign with the CI identity',
            });
        }
    }
    else {
        const keyInputs = [options.keyPath && 'key', options.keyPassword && 'key-password'].filter(Boolean);
        if (keyInputs.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_CONFLICT', `${keyInputs.join(' and ')} ${keyInputs.length > 1 ? 'apply' : 'applies'} only with signing: key, but signing is keyless`, {
                hint: 'set signing: key to sign with the key, or remove key and key-password',
            });
        }
    }
    // The same check the signer makes, made now: before the build, not after it.
    const { sigstore } = options;
    if (sigstore === 'auto')
        (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .refuseServiceUrls */ .e3)(options, sigstore);
    else
        (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveEndpoints */ .$K)({ ...options, sigstore }, options.signing);
    if (options.sigstore === 'custom' && options.trustedRoot === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', 'sigstore: custom needs trusted-root: what imprint stores is read back and verified, and only the trusted root of your Sigstore says which Fulcio, Rekor and TSA to believe', {
            hint: 'set trusted-root to the trusted_root.json of your instance (cosign trusted-root create makes one)',
        });
    }
}
/** Settles `sigstore: auto` on this platform (GitHub: by the repository's visibility). */
function chooseSigstore(options, platform) {
    const visibility = options.sigstore === 'auto' ? platform.repositoryVisibility() : undefined;
    const choice = (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseInstance */ .NF)(options.sigstore, platform.name, visibility);
    const chosen = { ...options, sigstore: choice.instance, sigstoreReason: choice.reason };
    if (chosen.sigstore === 'github')
        refuseOtherGitHubServers(platform, choice.reason);
    // tlog-upload: false with keyless signing is only known to be sound once the instance is.
    (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveEndpoints */ .$K)(chosen, chosen.signing);
    return chosen;
}
/**
 * imprint's `github` instance is GitHub.com's: a GitHub Enterprise Server's tokens are not
 * GitHub.com's Fulcio's to certify (actions/attest signs there with `fulcio.<server host>`).
 */
function refuseOtherGitHubServers(platform, reason) {
    const server = platform.githubApi()?.serverUrl;
    if (server === undefined || new URL(server).hostname === 'github.com')
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `GitHub's Sigstore instance (${reason}) is GitHub.com's, but this run is on ${server}, whose tokens it does not certify`, {
        hint: "set sigstore explicitly: custom with your instance's fulcio-url, tsa-url and trusted-root, or public-good if the repository may appear in the public log",
    });
}


/***/ }),

/***/ 81267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ vexAttestations),
/* harmony export */   Us: () => (/* binding */ loadVexDocuments),
/* harmony export */   tW: () => (/* binding */ readVexInputs)
/* harmony export */ });
/* harmony import */ var _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64136);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _scan_openvex_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20830);
/* harmony import */ var _custom_predicates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39771);
/**
 * The `vex` input: OpenVEX documents from files or URLs, read and checked against the spec
 * before anything is built, then handed to Trivy (`--vex`, so statements that the image is
 * not affected drop findings out of the gate) and attested about the image as OpenVEX
 * predicates (cosign `--type openvex`), which `imprint verify` counts only when a VEX signer
 * the policy names signed them.
 * A URL is fetched only over https, or plain http to this machine's loopback; redirects are
 * refused (one could lead off https), and the body is cut off at the predicate size limit.
 */




const FETCH_TIMEOUT_MS = 30_000;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** The entries of the `vex` input, each a path or an https (or loopback http) URL. */
function readVexInputs(inputs) {
    const entries = (0,_custom_predicates_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(inputs, 'vex');
    for (const entry of entries) {
        if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(entry))
            continue;
        const problem = urlProblem(entry);
        if (problem !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `input "vex": ${entry} ${problem}`, {
                hint: 'give an https URL, or a path to the OpenVEX file in the workspace',
            });
        }
    }
    return entries;
}
/** Why a URL is not one imprint fetches VEX from; undefined when it is. */
function urlProblem(text) {
    if (!URL.canParse(text))
        return 'is not a valid URL';
    const url = new URL(text);
    if (url.protocol === 'https:')
        return undefined;
    if (url.protocol === 'http:' && isLoopback(url.hostname))
        return undefined;
    if (url.protocol === 'http:')
        return 'is plain http to another machine: anyone on the way could change the VEX (only https, or http to the loopback)';
    return `uses ${url.protocol.slice(0, -1)}: only https (or http to the loopback) is fetched`;
}
function isLoopback(hostname) {
    return LOOPBACK_HOSTS.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
/** Reads and checks each document, in order; the first that is not OpenVEX stops the run. */
async function loadVexDocuments(entries, fetchText = fetchWithin) {
    const loaded = [];
    for (const source of entries) {
        const isUrl = /^https?:\/\//i.test(source);
        const refuse = (what, hint) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `input "vex": ${source} ${what}`, { hint });
        const text = isUrl
            ? await fetchText(new URL(source), _custom_predicates_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_PREDICATE_BYTES */ .pB).catch((error) => {
                throw error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0
                    ? error
                    : refuse(`could not be fetched: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`, 'check the URL answers 200 with the document');
            })
            : await (0,_custom_predicates_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextWithin */ .bf)(source, _custom_predicates_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_PREDICATE_BYTES */ .pB, refuse);
        let json;
        try {
            json = JSON.parse(text);
        }
        catch (error) {
            throw refuse(`is not JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`, 'an OpenVEX document is a JSON object');
        }
        const document = (0,_scan_openvex_js__WEBPACK_IMPORTED_MODULE_2__/* .parseOpenVex */ .H)(json, `input "vex": ${source}`);
        loaded.push({ source, document, json: json });
    }
    return loaded;
}
/** GET over the network with a deadline, no redirects, and at most `maxBytes` of body. */
async function fetchWithin(url, maxBytes) {
    const tooLarge = () => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `input "vex": ${url.href} is larger than ${maxBytes} bytes, the limit for a VEX document`, {
        hint: 'split the VEX into smaller documents',
    });
    const response = await fetch(url, {
        redirect: 'error',
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
        headers: { accept: 'application/json' },
    });
    if (!response.ok)
        throw new Error(`the server answered ${response.status} ${response.statusText}`);
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes)
        throw tooLarge();
    const chunks = [];
    let size = 0;
    // Node's web stream is async-iterable; the DOM typing does not say so.
    const body = (response.body ?? []);
    for await (const chunk of body) {
        size += chunk.byteLength;
        // Leaving the loop cancels the stream: the rest is never downloaded.
        if (size > maxBytes)
            break;
        chunks.push(chunk);
    }
    if (size > maxBytes)
        throw tooLarge();
    return Buffer.concat(chunks).toString('utf8');
}
/** The documents as attestations about the image (the index of a multi-platform image). */
function vexAttestations(documents, imageDigest) {
    return documents.map(({ json }, index) => ({
        predicateType: _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PREDICATE_OPENVEX */ .ip,
        predicate: json,
        subjects: [imageDigest],
        kind: `vex-${index + 1}`,
    }));
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


/***/ }),

/***/ 60224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ privateTempDir)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/util/cleanup.ts
/**
 * Cleanups that must run however the process ends: normally, by an uncaught error, or by a
 * signal — a cancelled CI job gets SIGINT or SIGTERM, and a file with a registry password must
 * not outlive it. Each cleanup runs once, synchronously (nothing asynchronous survives a
 * signal). After a signal the handlers step aside and the signal is raised again, so the
 * process ends the way it would have without them (killed by that signal).
 */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const cleanups = new Set();
let installed = false;
/** Registers `cleanup` to run on exit or signal; call the returned function once it has run. */
function onExit(cleanup) {
    cleanups.add(cleanup);
    install();
    return () => {
        cleanups.delete(cleanup);
        if (cleanups.size === 0)
            uninstall();
    };
}
function runAll() {
    for (const cleanup of [...cleanups]) {
        cleanups.delete(cleanup);
        try {
            cleanup();
        }
        catch {
            // One failed cleanup must not keep the others from running.
        }
    }
}
function onSignal(signal) {
    runAll();
    uninstall();
    process.kill(process.pid, signal);
}
function install() {
    if (installed)
        return;
    installed = true;
    process.on('exit', runAll);
    for (const signal of SIGNALS)
        process.on(signal, onSignal);
}
function uninstall() {
    if (!installed)
        return;
    installed = false;
    process.off('exit', runAll);
    for (const signal of SIGNALS)
        process.off(signal, onSignal);
}

;// CONCATENATED MODULE: ./src/util/private-temp.ts
/**
 * A private temporary directory for files that hold secrets (registry logins for a build):
 * under the job's temporary space — the CI platform's tempRoot (src/ci/platform.ts):
 * RUNNER_TEMP on GitHub (emptied after every job), CI_BUILDS_DIR on GitLab, else the system's;
 * mode 0700, so only this user can list or read what goes in; removed when done, and on exit
 * or a signal (a cancelled job) if never done.
 */



function privateTempDir(prefix, root) {
    const path = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(root, prefix));
    (0,external_node_fs_.chmodSync)(path, 0o700); // mkdtemp makes it 0700 already; say so rather than rely on it
    const removeNow = () => (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
    const forget = onExit(removeNow);
    return {
        path,
        remove: () => {
            removeNow();
            forget();
        },
    };
}


/***/ })

};
