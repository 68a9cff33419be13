export const id = 209;
export const ids = [209];
export const modules = {

/***/ 88973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Md: () => (/* binding */ dotenvPath),
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
/** GitLab jobs get a dotenv report by default, so later jobs receive the outputs. */
function dotenvPath(flag, env) {
    return flag ?? (env.GITLAB_CI === 'true' ? 'imprint.env' : undefined);
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

/***/ 85590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerifyAction: () => (/* reexport */ runVerifyAction),
  runVerifyCommand: () => (/* binding */ runVerifyCommand)
});

// UNUSED EXPORTS: EXIT_FAILED, EXIT_USAGE, EXIT_VERIFIED, VERIFY_INPUTS, exitCodeOf, verifyHelp

// EXTERNAL MODULE: ./src/ci/context.ts + 2 modules
var ci_context = __webpack_require__(78801);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/inputs/flags.ts
var flags = __webpack_require__(12794);
// EXTERNAL MODULE: ./src/commands/output.ts
var output = __webpack_require__(88973);
// EXTERNAL MODULE: ./src/inputs/parse.ts
var parse = __webpack_require__(13718);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/util/nearest.ts
var nearest = __webpack_require__(99318);
;// CONCATENATED MODULE: ./src/verify/options.ts
/**
 * The verify door's inputs, declared once (action INPUT_*, CLI --flags, GitLab spec inputs
 * carry these names), and their reading into typed, validated options. Pure: no I/O beyond
 * the input source.
 */




const DEFAULT_REPORT_PATH = 'imprint-verify-report.json';
const ATTESTATION_KINDS = ['sbom', 'vuln', 'provenance'];
const SEVERITY_CHOICES = [
    'NONE',
    'LOW',
    'MEDIUM',
    'HIGH',
    'CRITICAL',
];
const QUICK_START_INPUTS = [
    'certificate-identity',
    'certificate-identity-regexp',
    'certificate-oidc-issuer',
    'certificate-oidc-issuer-regexp',
    'key',
    'require-attestations',
    'max-severity',
];
const VERIFY_INPUTS = [
    {
        name: 'images',
        kind: 'list',
        description: 'Images to verify, comma or newline separated, by digest (name@sha256:…) or tag.',
    },
    {
        name: 'manifests',
        kind: 'list',
        description: 'Kubernetes, Compose or Kustomize YAML files (globs, comma or newline separated): every image they deploy is verified.',
    },
    {
        name: 'policy',
        kind: 'string',
        description: 'Policy file (see the README, "Policy file"). Without it, the certificate or key inputs form the policy.',
    },
    {
        name: 'certificate-identity',
        kind: 'string',
        description: 'Quick start: the exact signer identity (certificate SAN), e.g. https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0.',
    },
    {
        name: 'certificate-identity-regexp',
        kind: 'string',
        description: 'Quick start: the signer identity as a regular expression (always anchored).',
    },
    {
        name: 'certificate-oidc-issuer',
        kind: 'string',
        description: 'Quick start: the OIDC issuer of the signer, e.g. https://token.actions.githubusercontent.com.',
    },
    {
        name: 'certificate-oidc-issuer-regexp',
        kind: 'string',
        description: 'Quick start: the OIDC issuer as a regular expression (always anchored).',
    },
    {
        name: 'key',
        kind: 'string',
        description: 'Quick start: public key file (PEM, cosign.pub) for key-signed images, instead of the certificate inputs.',
    },
    {
        name: 'require-attestations',
        kind: 'list',
        description: 'Quick start: attestations every image must carry: sbom, vuln, provenance (comma separated).',
    },
    {
        name: 'max-severity',
        kind: 'string',
        description: 'Quick start: highest vulnerability severity allowed in the signed scan (NONE, LOW, MEDIUM, HIGH, CRITICAL); implies a vuln attestation.',
    },
    {
        name: 'mode',
        kind: 'string',
        description: "enforce (a violation fails the step) or warn (report it and pass). Default: the policy's mode; enforce for the quick-start inputs.",
    },
    {
        name: 'trusted-root',
        kind: 'string',
        description: 'trusted_root.json of a private Sigstore instance (default: the Sigstore public-good root).',
    },
    {
        name: 'offline',
        kind: 'boolean',
        default: 'false',
        description: 'Use the embedded public-good root instead of refreshing it through TUF: no network call but to the registries.',
    },
    {
        name: 'report-path',
        kind: 'string',
        default: DEFAULT_REPORT_PATH,
        description: 'Where the JSON report (imprint/verify-report/v1) is written.',
    },
    {
        name: 'junit-path',
        kind: 'string',
        description: 'Also write a JUnit XML report here (one test case per image and check).',
    },
    {
        name: 'insecure-registries',
        kind: 'list',
        description: 'Registry hosts reached over plain HTTP (explicit opt-in; loopback test registries).',
    },
    {
        name: 'registry-ca-file',
        kind: 'string',
        description: 'PEM file of extra certificate authorities to trust for the registries.',
    },
    { name: 'summary', kind: 'boolean', default: 'true', description: 'Write the job summary.' },
];
/** `extraImages`: the CLI's positional arguments. */
function readVerifyOptions(source, extraImages = []) {
    const inputs = new parse/* InputReader */.i(source, VERIFY_INPUTS);
    const images = [...inputs.list('images'), ...extraImages];
    const manifests = inputs.list('manifests');
    if (images.length === 0 && manifests.length === 0) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', 'Nothing to verify: neither "images" nor "manifests" is given.', {
            hint: 'set images (e.g. ghcr.io/acme/app@sha256:…) or manifests (e.g. deploy/**/*.yaml)',
        });
    }
    for (const image of images)
        (0,reference/* parseReference */.F2)(image); // REFERENCE_INVALID names the bad one
    const options = {
        images,
        manifests,
        policy: readPolicyChoice(inputs),
        offline: inputs.boolean('offline'),
        reportPath: inputs.string('report-path') ?? DEFAULT_REPORT_PATH,
        insecureRegistries: inputs.list('insecure-registries'),
        summary: inputs.boolean('summary'),
    };
    const mode = readMode(inputs);
    if (mode !== undefined)
        options.mode = mode;
    const optional = {
        trustedRoot: 'trusted-root',
        junitPath: 'junit-path',
        registryCaFile: 'registry-ca-file',
    };
    for (const [field, name] of Object.entries(optional)) {
        const value = inputs.string(name);
        if (value !== undefined)
            options[field] = value;
    }
    return options;
}
function readPolicyChoice(inputs) {
    const file = inputs.string('policy');
    const quickStart = QUICK_START_INPUTS.filter((name) => name === 'require-attestations'
        ? inputs.list(name).length > 0
        : inputs.string(name) !== undefined);
    if (file !== undefined) {
        if (quickStart.length > 0) {
            throw new errors/* ImprintError */.m0('INPUT_CONFLICT', `Give "policy" or the quick-start inputs (${quickStart.join(', ')}), not both.`, { hint: 'put the signer and attestation rules into the policy file, or drop "policy"' });
        }
        return { file };
    }
    if (quickStart.length === 0) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', 'No policy: say who must have signed the images.', {
            hint: 'set policy (a policy file), or certificate-identity with certificate-oidc-issuer, or key',
        });
    }
    const flags = {};
    const assign = (field, value) => {
        if (value !== undefined)
            flags[field] = value;
    };
    assign('certificateIdentity', inputs.string('certificate-identity'));
    assign('certificateIdentityRegexp', inputs.string('certificate-identity-regexp'));
    assign('certificateOidcIssuer', inputs.string('certificate-oidc-issuer'));
    assign('certificateOidcIssuerRegexp', inputs.string('certificate-oidc-issuer-regexp'));
    assign('key', inputs.string('key'));
    const attestations = inputs.list('require-attestations').map(attestationKind);
    if (attestations.length > 0)
        flags.requireAttestations = attestations;
    assign('maxSeverity', severity(inputs.string('max-severity')));
    return { flags };
}
function attestationKind(value) {
    const kind = value.toLowerCase();
    if (ATTESTATION_KINDS.includes(kind))
        return kind;
    const suggestion = (0,nearest/* nearest */.p)(kind, ATTESTATION_KINDS);
    throw new errors/* ImprintError */.m0('INPUT_INVALID', `input "require-attestations": "${value}" is not one of ${ATTESTATION_KINDS.join(', ')}`, {
        hint: suggestion
            ? `did you mean ${suggestion}?`
            : 'e.g. require-attestations: sbom,vuln,provenance',
    });
}
function severity(value) {
    if (value === undefined)
        return undefined;
    const upper = value.toUpperCase();
    if (SEVERITY_CHOICES.includes(upper))
        return upper;
    throw new errors/* ImprintError */.m0('INPUT_INVALID', `input "max-severity" must be one of ${SEVERITY_CHOICES.join(', ')}; got "${value}"`, { hint: 'e.g. max-severity: HIGH fails on CRITICAL findings only' });
}
function readMode(inputs) {
    const mode = inputs.string('mode');
    if (mode === undefined || mode === 'enforce' || mode === 'warn')
        return mode;
    throw new errors/* ImprintError */.m0('INPUT_INVALID', `input "mode" must be enforce or warn; got "${mode}"`);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/ci/progress.ts
var progress = __webpack_require__(75901);
// EXTERNAL MODULE: ./src/policy/match.ts
var match = __webpack_require__(6563);
;// CONCATENATED MODULE: ./src/manifests/dedupe.ts

/** Docker's normal form, so spellings of one image collapse; unparsable text is its own key. */
function imageKey(reference) {
    try {
        return (0,match/* formatImage */.vy)((0,match/* normaliseImage */.WF)(reference));
    }
    catch {
        return reference;
    }
}
function dedupeImages(images) {
    const byKey = new Map();
    for (const image of images) {
        const key = imageKey(image.reference);
        const seen = byKey.get(key);
        if (!seen) {
            byKey.set(key, { reference: image.reference, locations: [...image.locations] });
            continue;
        }
        for (const location of image.locations) {
            if (!seen.locations.some((l) => l.file === location.file && l.line === location.line)) {
                seen.locations.push(location);
            }
        }
    }
    return [...byKey.values()];
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/manifests/yaml-nodes.ts
/**
 * Reading parsed YAML as nodes rather than plain data, so every value keeps the line it was
 * written on: the verify report and the CI annotations point at that line.
 */

/** Follows an alias (`*name`) to the node it stands for. */
function deref(node, source) {
    return (0,dist/* isAlias */.Vj)(node) ? node.resolve(source.doc) : node;
}
function asMap(node, source) {
    const target = deref(node, source);
    return (0,dist/* isMap */.jh)(target) ? target : undefined;
}
function asSeq(node, source) {
    const target = deref(node, source);
    return (0,dist/* isSeq */.oP)(target) ? target : undefined;
}
/** The node under `key` of a map node (not its plain value). */
function child(map, key) {
    return map?.get(key, true);
}
/**
 * A scalar's text as written: `newTag: 1.20` stays "1.20" (its value would be the number 1.2).
 * Undefined for anything that is not a string or number scalar.
 */
function scalarText(node, source) {
    const target = deref(node, source);
    if (!(0,dist/* isScalar */.jn)(target))
        return undefined;
    if (typeof target.value === 'string')
        return target.value;
    if (typeof target.value === 'number')
        return typeof target.source === 'string' ? target.source : String(target.value);
    return undefined;
}
/** 1-based line where a node starts (1 when the parser kept no position). */
function lineOf(node, source) {
    const range = node?.range;
    return range ? source.lines.linePos(range[0]).line : 1;
}
/** The key strings of a map, in order. */
function keysOf(map) {
    return map.items.flatMap((pair) => {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        return typeof key === 'string' ? [key] : [];
    });
}

;// CONCATENATED MODULE: ./src/manifests/kustomize.ts


const KUSTOMIZATION_FILE_NAMES = [
    'kustomization.yaml',
    'kustomization.yml',
    'Kustomization',
];
/** Where resources come from; all are read the same way. */
const RESOURCE_KEYS = ['resources', 'bases', 'components'];
function isKustomization(root, source, fileName) {
    if (KUSTOMIZATION_FILE_NAMES.includes(fileName))
        return true;
    return scalarText(child(root, 'kind'), source) === 'Kustomization';
}
function readKustomization(root, source, file) {
    const resources = [];
    for (const key of RESOURCE_KEYS) {
        for (const item of asSeq(child(root, key), source)?.items ?? []) {
            const path = scalarText(item, source);
            if (path)
                resources.push({ path, line: lineOf(item, source) });
        }
    }
    const overrides = (asSeq(child(root, 'images'), source)?.items ?? []).map((item) => readOverride(item, source, file));
    return { resources, overrides };
}
function readOverride(item, source, file) {
    const line = lineOf(item, source);
    const entry = asMap(item, source);
    const field = (key) => scalarText(child(entry, key), source)?.trim() || undefined;
    const name = field('name');
    if (!entry || name === undefined) {
        throw new errors/* ImprintError */.m0('MANIFEST_FILE_INVALID', `${file}:${line}: an images: entry needs a name (the image it overrides)`, { hint: 'write e.g. "- name: ghcr.io/acme/app\\n  newTag: 1.2.3", as kustomize expects' });
    }
    const override = { name, line };
    const newName = field('newName');
    const newTag = field('newTag');
    const digest = field('digest');
    if (newName !== undefined)
        override.newName = newName;
    if (newTag !== undefined)
        override.newTag = newTag;
    if (digest !== undefined)
        override.digest = digest;
    return override;
}
/** kustomize's image.Split: the tag colon is looked for after the first `/` (so ports stay). */
function splitImage(reference) {
    const slash = reference.indexOf('/');
    const offset = slash > 0 ? slash : 0;
    const rest = reference.slice(offset);
    const at = rest.indexOf('@');
    const colon = rest.indexOf(':');
    const name = reference.slice(0, offset);
    if (at < 0 && colon < 0)
        return { name: reference };
    if (at >= 0 && (colon < 0 || at < colon)) {
        return { name: name + rest.slice(0, at), digest: rest.slice(at + 1) };
    }
    if (at >= 0) {
        return {
            name: name + rest.slice(0, colon),
            tag: rest.slice(colon + 1, at),
            digest: rest.slice(at + 1),
        };
    }
    return { name: name + rest.slice(0, colon), tag: rest.slice(colon + 1) };
}
/** The first override whose name matches the image, and the image it turns it into. */
function applyOverrides(reference, overrides) {
    const image = splitImage(reference);
    const override = overrides.find((candidate) => candidate.name === image.name);
    return override ? { reference: rewrite(image, override), override } : { reference };
}
/** The image an override names on its own (when no resource image matched it). */
function overrideImage(override) {
    return rewrite({ name: override.name }, override);
}
function rewrite(image, override) {
    let { tag, digest } = image;
    const name = override.newName ?? image.name;
    if (override.newTag !== undefined && override.digest !== undefined) {
        tag = override.newTag;
        digest = override.digest;
    }
    else if (override.newTag !== undefined) {
        tag = override.newTag;
        digest = undefined;
    }
    else if (override.digest !== undefined) {
        digest = override.digest;
        tag = undefined;
    }
    return `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}
/** Resources kustomize fetches itself (git, http): not read here. */
function isRemoteResource(path) {
    return (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) ||
        /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(path) ||
        path.startsWith('git@'));
}

;// CONCATENATED MODULE: ./src/manifests/compose.ts

/** A Compose file is a map with a `services` map and no Kubernetes `kind`. */
function isComposeFile(root, source) {
    return asMap(child(root, 'services'), source) !== undefined && child(root, 'kind') === undefined;
}
function composeImages(root, source) {
    const found = { images: [], problems: [] };
    const services = asMap(child(root, 'services'), source);
    for (const pair of services?.items ?? []) {
        const name = scalarText(pair.key, source) ?? '(unnamed)';
        const service = asMap(pair.value, source);
        if (!service)
            continue;
        const imageNode = child(service, 'image');
        const image = scalarText(imageNode, source)?.trim();
        if (image) {
            found.images.push({ reference: image, line: lineOf(imageNode, source) });
        }
        else {
            // `build:` without `image:` runs a local build: nothing in a registry to verify.
            found.problems.push({
                line: lineOf(pair.key, source),
                message: `service ${name} has no image (built locally?), so it is not verified`,
            });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/manifests/kubernetes.ts
/**
 * Images a Kubernetes object runs. Pod specs sit at different depths per kind (Pod: `spec`;
 * Deployment, StatefulSet, DaemonSet, ReplicaSet, Job: `spec.template.spec`; CronJob:
 * `spec.jobTemplate.spec.template.spec`; a `List` holds whole objects under `items`), and
 * custom resources (Argo Rollouts, Knative Services) embed them too. So the object is
 * walked, and every `containers`, `initContainers` and `ephemeralContainers` list found in it
 * yields its images: one rule that covers every kind, including ones not named here. Pure.
 */


const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
/** Deeper than any real object; a guard against pathological input. */
const MAX_DEPTH = 64;
function isKubernetesObject(root, source) {
    return (scalarText(child(root, 'kind'), source) !== undefined &&
        scalarText(child(root, 'apiVersion'), source) !== undefined);
}
function kubernetesImages(root, source) {
    const found = { images: [], problems: [] };
    walk(root, source, found, 0);
    return found;
}
function walk(node, source, found, depth) {
    // Aliases are not followed while walking: a cycle of anchors cannot loop.
    if (depth > MAX_DEPTH)
        return;
    if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items)
            walk(item, source, found, depth + 1);
        return;
    }
    if (!(0,dist/* isMap */.jh)(node))
        return;
    for (const pair of node.items) {
        const key = scalarText(pair.key, source);
        if (key !== undefined && CONTAINER_LISTS.includes(key)) {
            const list = asSeq(pair.value, source);
            if (list) {
                containerImages(list.items, source, found);
                continue;
            }
        }
        walk(pair.value, source, found, depth + 1);
    }
}
function containerImages(items, source, found) {
    for (const item of items) {
        const container = asMap(item, source);
        if (!container)
            continue;
        const imageNode = child(container, 'image');
        const image = scalarText(imageNode, source)?.trim();
        if (image) {
            found.images.push({ reference: image, line: lineOf(imageNode, source) });
        }
        else {
            const name = scalarText(child(container, 'name'), source) ?? '(unnamed)';
            found.problems.push({
                line: lineOf(container, source),
                message: `container ${name} names no image`,
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/manifests/parse.ts
/**
 * One manifest file's text → the images it deploys, each with its line. A file may hold many
 * YAML documents (`---`); each is a Kubernetes object (a `List` included), a Compose file, a
 * kustomization, or something else (ignored). Pure.
 */






const YAML_HINT = 'fix the YAML at that line (kubectl and docker compose would reject it too)';
/** `file` names the file in messages; `fileName` (its base name) spots `kustomization.yaml`. */
function parseManifestText(text, file, fileName) {
    const lines = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: lines, prettyErrors: true });
    const result = { images: [], problems: [] };
    for (const doc of docs) {
        const error = doc.errors[0];
        if (error) {
            const position = error.linePos?.[0];
            const where = position ? `${file}:${position.line}:${position.col}` : file;
            const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
            throw new errors/* ImprintError */.m0('MANIFEST_FILE_INVALID', `${where}: invalid YAML: ${reason}`, {
                hint: YAML_HINT,
            });
        }
        const source = { doc, lines };
        const root = asMap(doc.contents, source);
        if (!root)
            continue;
        if (isKustomization(root, source, fileName)) {
            const kustomization = readKustomization(root, source, file);
            result.kustomization = result.kustomization
                ? {
                    resources: [...result.kustomization.resources, ...kustomization.resources],
                    overrides: [...result.kustomization.overrides, ...kustomization.overrides],
                }
                : kustomization;
            continue;
        }
        const found = isKubernetesObject(root, source)
            ? kubernetesImages(root, source)
            : isComposeFile(root, source)
                ? composeImages(root, source)
                : undefined;
        if (!found)
            continue;
        result.images.push(...found.images);
        result.problems.push(...found.problems);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/manifests/files.ts
/** Finding and reading manifest files: glob patterns → files → parsed manifests (I/O). */





const GLOB_CHARACTERS = /[*?[\]{}]/;
/** A manifest larger than this is not a manifest; refusing it keeps memory bounded. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
/**
 * Expands each pattern (Node's fs.glob: `*`, `**`, `?`, `[…]`, `{a,b}`) against `cwd`. A
 * directory stands for the YAML files under it. A pattern that matches nothing is an error:
 * a typo must not turn into "no images, nothing to verify".
 */
async function expandPatterns(patterns, cwd) {
    const files = new Set();
    for (const pattern of patterns) {
        const matched = GLOB_CHARACTERS.test(pattern)
            ? await globFiles(pattern, cwd)
            : await literalPath(pattern, cwd);
        if (matched.length === 0) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `manifests pattern "${pattern}" matched no file`, {
                hint: `check the pattern against the checked-out files (relative to ${cwd}), e.g. deploy/**/*.yaml`,
            });
        }
        for (const file of matched)
            files.add(file);
    }
    return [...files].sort();
}
async function globFiles(pattern, cwd) {
    const found = [];
    for await (const entry of (0,promises_.glob)(pattern, { cwd })) {
        const path = (0,external_node_path_.isAbsolute)(entry) ? entry : (0,external_node_path_.resolve)(cwd, entry);
        if ((await (0,promises_.stat)(path).catch(() => undefined))?.isFile())
            found.push(path);
    }
    return found;
}
async function literalPath(pattern, cwd) {
    const path = (0,external_node_path_.resolve)(cwd, pattern);
    let info;
    try {
        info = await (0,promises_.stat)(path);
    }
    catch (error) {
        throw unreadable(displayPath(path, cwd), error);
    }
    if (!info.isDirectory())
        return [path];
    return globFiles((0,external_node_path_.join)(path, '**', '*.{yaml,yml}'), cwd);
}
/** Reads and parses files once each, however many kustomizations name them. */
class ManifestReader {
    cwd;
    cache = new Map();
    constructor(cwd) {
        this.cwd = cwd;
    }
    read(path) {
        let parsed = this.cache.get(path);
        if (!parsed) {
            parsed = this.load(path);
            this.cache.set(path, parsed);
        }
        return parsed;
    }
    display(path) {
        return displayPath(path, this.cwd);
    }
    async load(path) {
        const file = this.display(path);
        let text;
        try {
            const info = await (0,promises_.stat)(path);
            if (info.size > MAX_MANIFEST_BYTES) {
                throw new errors/* ImprintError */.m0('MANIFEST_FILE_INVALID', `${file}: ${info.size} bytes is larger than the ${MAX_MANIFEST_BYTES}-byte limit for a manifest`, { hint: 'point `manifests` at the deployment YAML, not at generated or binary files' });
            }
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            if (error instanceof errors/* ImprintError */.m0)
                throw error;
            throw unreadable(file, error);
        }
        return parseManifestText(text, file, (0,external_node_path_.basename)(path));
    }
}
/** The kustomization file inside a directory, if it has one. */
async function kustomizationIn(directory) {
    for (const name of KUSTOMIZATION_FILE_NAMES) {
        const candidate = (0,external_node_path_.join)(directory, name);
        if ((await (0,promises_.stat)(candidate).catch(() => undefined))?.isFile())
            return candidate;
    }
    return undefined;
}
/** Paths as the repository shows them (and as CI annotations want them): relative, with `/`. */
function displayPath(path, cwd) {
    const shown = (0,external_node_path_.relative)(cwd, path);
    if (shown === '' || shown.startsWith('..') || (0,external_node_path_.isAbsolute)(shown))
        return path;
    return shown.split(external_node_path_.sep).join('/');
}
function unreadable(file, error) {
    const code = error.code;
    const reason = code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
            ? 'permission denied'
            : code === 'EISDIR'
                ? 'it is a directory'
                : (0,errors/* messageOf */.bD)(error);
    return new errors/* ImprintError */.m0('MANIFEST_FILE_INVALID', `${file}: cannot read the manifest: ${reason}`, {
        cause: error,
        hint: 'check the path in `manifests` (relative to the repository root) and that the file is checked out',
    });
}

;// CONCATENATED MODULE: ./src/manifests/index.ts
/**
 * What a GitOps repository deploys: the images of the Kubernetes, Compose and Kustomize files
 * the `manifests` patterns match, each with the files and lines that reference it, each once.
 *
 * A kustomization's resources are read through it (its `images:` overrides applied, nested
 * kustomizations first), and a file one of the matched kustomizations consumes is not also
 * read on its own: the base's placeholder tag is not what deploys.
 */







/** Kustomizations nest; deeper than this is a cycle or a mistake. */
const MAX_KUSTOMIZE_DEPTH = 16;
async function imagesFromManifests(patterns, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const files = await expandPatterns(patterns, cwd);
    const reader = new ManifestReader(cwd);
    const notes = [];
    const kustomized = new Map();
    for (const file of files) {
        if ((await reader.read(file)).kustomization) {
            kustomized.set(file, await renderKustomization(file, reader, notes, []));
        }
    }
    const consumed = new Set([...kustomized.values()].flatMap((r) => [...r.consumed]));
    const images = [];
    for (const file of files) {
        if (consumed.has(file))
            continue;
        const rendered = kustomized.get(file);
        images.push(...(rendered ? rendered.images : await plainImages(file, reader, notes)));
    }
    return { images: dedupeImages(images), files: files.map((f) => reader.display(f)), notes };
}
async function plainImages(file, reader, notes) {
    const parsed = await reader.read(file);
    const shown = reader.display(file);
    for (const problem of parsed.problems)
        notes.push(`${shown}:${problem.line}: ${problem.message}`);
    return parsed.images.map((image) => ({
        reference: image.reference,
        locations: [{ file: shown, line: image.line }],
    }));
}
async function renderKustomization(file, reader, notes, chain) {
    const shown = reader.display(file);
    if (chain.includes(file) || chain.length >= MAX_KUSTOMIZE_DEPTH) {
        throw new errors/* ImprintError */.m0('MANIFEST_FILE_INVALID', `${shown}: kustomizations include each other in a cycle (${[...chain, file].map((f) => reader.display(f)).join(' → ')})`, { hint: 'remove the resource that points back at an including kustomization' });
    }
    const kustomization = (await reader.read(file)).kustomization;
    const rendered = { images: [], consumed: new Set() };
    for (const resource of kustomization.resources) {
        if (isRemoteResource(resource.path)) {
            notes.push(`${shown}:${resource.line}: remote resource ${resource.path} is not read; verify its images by listing them in \`images\``);
            continue;
        }
        const target = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), resource.path);
        const info = await (0,promises_.stat)(target).catch(() => undefined);
        if (!info) {
            throw new errors/* ImprintError */.m0('MANIFEST_FILE_INVALID', `${shown}:${resource.line}: resource ${resource.path} does not exist`, { hint: 'fix the path (relative to the kustomization), as `kustomize build` would need' });
        }
        const nested = info.isDirectory() ? await kustomizationIn(target) : target;
        if (nested === undefined) {
            notes.push(`${shown}:${resource.line}: directory ${resource.path} has no kustomization file; skipped`);
            continue;
        }
        rendered.consumed.add(nested);
        const inner = (await reader.read(nested)).kustomization
            ? await renderKustomization(nested, reader, notes, [...chain, file])
            : { images: await plainImages(nested, reader, notes), consumed: new Set() };
        for (const path of inner.consumed)
            rendered.consumed.add(path);
        rendered.images.push(...inner.images);
    }
    rendered.images = applyAll(rendered.images, kustomization.overrides, shown);
    return rendered;
}
/** Applies the overrides; an override no resource image matched still names an image. */
function applyAll(images, overrides, shown) {
    const used = new Set();
    const result = images.map((image) => {
        const { reference, override } = applyOverrides(image.reference, overrides);
        if (!override)
            return image;
        used.add(override);
        return { reference, locations: [{ file: shown, line: override.line }, ...image.locations] };
    });
    for (const override of overrides) {
        if (used.has(override))
            continue;
        result.push({
            reference: overrideImage(override),
            locations: [{ file: shown, line: override.line }],
        });
    }
    return result;
}

// EXTERNAL MODULE: ./src/policy/load.ts
var load = __webpack_require__(58164);
// EXTERNAL MODULE: ./src/policy/from-flags.ts
var from_flags = __webpack_require__(20326);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/verify-json.ts

const VERIFY_REPORT_SCHEMA = 'imprint/verify-report/v1';
function verifyReportJson(report, meta) {
    const outcomes = report.images.map((image) => image.verdict.outcome);
    return {
        schema: VERIFY_REPORT_SCHEMA,
        tool: { name: 'imprint', version: version/* VERSION */.x },
        startedAt: report.startedAt,
        durationMs: report.durationMs,
        policy: { source: meta.policySource, mode: report.mode },
        offline: meta.offline,
        verified: report.verified,
        violations: report.violations,
        counts: {
            images: report.images.length,
            pass: outcomes.filter((o) => o === 'pass').length,
            warn: outcomes.filter((o) => o === 'warn').length,
            fail: outcomes.filter((o) => o === 'fail').length,
        },
        images: report.images.map(imageJson),
    };
}
function renderVerifyReportJson(report, meta) {
    return `${JSON.stringify(verifyReportJson(report, meta), null, 2)}\n`;
}
/** image reference → resolved digest, for the `digests` output (unresolved images left out). */
function digestsOf(report) {
    const digests = {};
    for (const image of report.images) {
        if (image.verdict.digest !== undefined)
            digests[image.reference] = image.verdict.digest;
    }
    return digests;
}
function imageJson(image) {
    const { verdict } = image;
    const json = {
        reference: image.reference,
        outcome: verdict.outcome,
        violations: image.violations,
        locations: image.locations,
        checks: verdict.checks,
        platforms: (verdict.platforms ?? []).map(platformJson),
    };
    if (verdict.digest !== undefined)
        json.digest = verdict.digest;
    if (image.evidence !== undefined)
        json.evidence = image.evidence;
    return json;
}
function platformJson(verdict) {
    const json = { outcome: verdict.outcome, checks: verdict.checks };
    if (verdict.platform !== undefined)
        json.platform = verdict.platform;
    if (verdict.digest !== undefined)
        json.digest = verdict.digest;
    return json;
}

// EXTERNAL MODULE: ./src/report/verify-junit.ts
var verify_junit = __webpack_require__(78064);
// EXTERNAL MODULE: ./src/report/verify-summary.ts
var verify_summary = __webpack_require__(86252);
// EXTERNAL MODULE: ./src/verify/engine.ts + 19 modules
var engine = __webpack_require__(56203);
// EXTERNAL MODULE: ./src/verify/trust.ts
var verify_trust = __webpack_require__(92751);
;// CONCATENATED MODULE: ./src/verify/run.ts
/**
 * One verify step, whatever door it came through: options → policy, images (given and found
 * in manifests), trust → the engine → reports, annotations, outputs, summary. The door decides
 * the exit; this returns the report.
 */












/** Progress as timed lines, never a bar: the engine logs a line per image, which would land on a bar's line. */
const LINES_ONLY = { isTTY: false, write: () => true };
/** At most this many annotations: CI systems show a handful, and more only hides the log. */
const MAX_ANNOTATIONS = 50;
async function runVerify(options, context, environment) {
    const cwd = environment.cwd ?? process.cwd();
    const policy = await choosePolicy(options, cwd);
    const images = await collectImages(options, cwd, context);
    const trust = await (0,verify_trust/* loadTrustSet */.D)(policy, {
        ...(options.trustedRoot !== undefined && { trustedRootPath: options.trustedRoot }),
        offline: options.offline,
        cwd,
    });
    const caCertificates = options.registryCaFile
        ? [await readCa((0,external_node_path_.resolve)(cwd, options.registryCaFile))]
        : [];
    context.log.startGroup(`Verifying ${images.length} image(s) (mode ${policy.mode})`);
    let report;
    try {
        report = await (0,engine/* verifyImages */.O3)({
            images,
            policy,
            trust,
            now: environment.now ?? new Date(),
            offline: options.offline,
            registry: {
                ...environment.registry,
                insecureRegistries: options.insecureRegistries,
                caCertificates,
                env: environment.env,
            },
            log: context.log,
            progress: (0,progress.progressFor)(context, LINES_ONLY),
        });
    }
    finally {
        context.log.endGroup();
    }
    const policySource = 'file' in options.policy ? options.policy.file : 'flags';
    const reportPath = (0,external_node_path_.resolve)(cwd, options.reportPath);
    await writeReport(reportPath, renderVerifyReportJson(report, { policySource, offline: options.offline }));
    if (options.junitPath)
        await writeReport((0,external_node_path_.resolve)(cwd, options.junitPath), (0,verify_junit/* renderVerifyJunit */.wX)(report));
    annotate(report, context);
    context.setOutput('verified', String(report.verified));
    context.setOutput('violations', String(report.violations));
    context.setOutput('report-path', options.reportPath);
    context.setOutput('digests', JSON.stringify(digestsOf(report)));
    if (options.summary) {
        await context.writeSummary((0,verify_summary/* renderVerifySummary */.i2)(report, { policySource, reportPath: options.reportPath }));
    }
    return report;
}
async function choosePolicy(options, cwd) {
    const policy = 'file' in options.policy
        ? // Relative to the working directory as given, so messages name the file as the user wrote it.
            await (0,load.loadPolicy)(cwd === process.cwd() ? options.policy.file : (0,external_node_path_.resolve)(cwd, options.policy.file))
        : (0,from_flags/* policyFromFlags */.a)(options.policy.flags);
    return options.mode === undefined ? policy : { ...policy, mode: options.mode };
}
async function collectImages(options, cwd, context) {
    const given = options.images.map((reference) => ({ reference, locations: [] }));
    if (options.manifests.length === 0)
        return dedupeImages(given);
    const scan = await imagesFromManifests(options.manifests, { cwd });
    context.log.info(`${scan.images.length} image(s) in ${scan.files.length} manifest file(s)`);
    for (const note of scan.notes)
        context.log.warning(note);
    if (scan.images.length === 0 && given.length === 0) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `The manifests (${scan.files.join(', ')}) deploy no image, so there is nothing to verify.`, { hint: 'point `manifests` at Kubernetes workloads, Compose files or kustomizations' });
    }
    return dedupeImages([...given, ...scan.images]);
}
/** One annotation per failing image and place that deploys it, at the manifest line. */
function annotate(report, context) {
    let count = 0;
    for (const image of report.images) {
        if (image.verdict.outcome === 'pass')
            continue;
        const failing = image.verdict.checks.filter((c) => c.outcome === 'fail' || c.outcome === 'warn');
        const platformCount = (image.verdict.platforms ?? []).filter((p) => p.outcome !== 'pass').length;
        const lines = failing.map((c) => `${c.check}: ${(0,verify_junit/* failureMessage */.oh)(c)}`);
        if (platformCount > 0)
            lines.push(`${platformCount} platform manifest(s) fail too: see the summary`);
        const message = `${image.reference} breaks the policy:\n${lines.join('\n')}`;
        const emit = (where) => {
            if (count >= MAX_ANNOTATIONS)
                return;
            count += 1;
            if (image.verdict.outcome === 'fail')
                context.log.error(message, where);
            else
                context.log.warning(message, where);
        };
        if (image.locations.length === 0)
            emit();
        for (const location of image.locations)
            emit(location);
    }
}
async function writeReport(path, text) {
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, text);
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `cannot write the report ${path}: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            hint: 'point report-path / junit-path at a writable location',
        });
    }
}
async function readCa(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `registry-ca-file ${path} cannot be read: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
        });
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __webpack_require__(27026);
;// CONCATENATED MODULE: ./src/actions/verify.ts
/** The verify action's door: inputs → typed options → run. setFailed once, here. */






async function runVerifyAction(env = process.env) {
    const context = (0,ci_context/* createContext */.q)({ env });
    try {
        const options = readVerifyOptions((0,spec/* actionInputSource */.EZ)(env));
        const report = await runVerify(options, context, { env });
        if (report.mode === 'enforce' && !report.verified) {
            const failing = report.images.filter((image) => image.verdict.outcome === 'fail').length;
            core/* setFailed */.C1(`${failing} of ${report.images.length} image(s) break the policy (${report.violations} violation(s)): see the job summary and ${options.reportPath}.`);
        }
    }
    catch (error) {
        core/* setFailed */.C1((0,errors/* messageOf */.bD)(error));
    }
}

;// CONCATENATED MODULE: ./src/verify/door.ts
/**
 * The verify doors: `imprint verify [IMAGE…] [flags]` for the CLI, and (re-exported) the
 * action entry. Flags carry the action's input names. Exit codes: 0 verified (or mode warn),
 * 1 a violation or an error under enforcement, 2 a wrong command line or input.
 */








const EXIT_VERIFIED = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
/** Errors in what the user gave (flags, inputs, policy, manifests, keys): exit 2. */
const USAGE_ERRORS = [
    'INPUT_INVALID',
    'INPUT_CONFLICT',
    'REFERENCE_INVALID',
    'POLICY_INVALID',
    'MANIFEST_FILE_INVALID',
    'KEY_INVALID',
];
const VERIFY_FLAGS = output/* OUTPUT_FLAGS */.Qf;
async function runVerifyCommand(argv, io) {
    let context;
    try {
        const parsed = (0,flags/* parseFlags */.bQ)(argv, VERIFY_INPUTS, VERIFY_FLAGS);
        if (parsed.values.has('help')) {
            io.stdout(verifyHelp());
            return EXIT_VERIFIED;
        }
        const contextOptions = {
            ...(parsed.values.has('summary-file') && { summaryFile: parsed.values.get('summary-file') }),
            ...optionalDotenv((0,output/* dotenvPath */.Md)(parsed.values.get('dotenv'), io.env)),
        };
        context = (io.context ?? ((options) => (0,ci_context/* createContext */.q)({ ...options, env: io.env })))(contextOptions);
        const options = readVerifyOptions((0,flags/* flagSource */.qz)(parsed, VERIFY_INPUTS, io.env), parsed.positionals);
        const report = await runVerify(options, context, { ...io.environment, env: io.env });
        (0,output/* printOutputs */.My)(context.outputs(), parsed.values.has('json'), (text) => io.stdout(text));
        return exitCodeOf(report);
    }
    catch (error) {
        const message = (0,errors/* messageOf */.bD)(error);
        if (context)
            context.log.error(message);
        else
            process.stderr.write(`error: ${message}\n`);
        return (0,errors/* isImprintError */.cl)(error) && USAGE_ERRORS.includes(error.code) ? EXIT_USAGE : EXIT_FAILED;
    }
}
function exitCodeOf(report) {
    return report.mode === 'enforce' && !report.verified ? EXIT_FAILED : EXIT_VERIFIED;
}
function verifyHelp() {
    const line = (name, description, spec) => {
        const defaults = spec?.default === undefined ? '' : ` (default: ${spec.default})`;
        const repeat = spec?.kind === 'list' ? ' [repeatable]' : '';
        return `  --${name.padEnd(28)} ${description}${defaults}${repeat}`;
    };
    return [
        'imprint verify: verify images against a policy (signatures, signer identity, attestations).',
        '',
        'Usage: imprint verify [IMAGE…] [flags]',
        '',
        'Flags:',
        ...VERIFY_INPUTS.map((spec) => line(spec.name, spec.description, spec)),
        ...VERIFY_FLAGS.map((flag) => line(flag.name, flag.description)),
        '',
        'Exit codes: 0 verified (or mode warn), 1 a policy violation or an error, 2 invalid command line or input.',
        '',
    ].join('\n');
}
function optionalDotenv(path) {
    return path === undefined ? {} : { dotenvPath: path };
}


/***/ })

};
