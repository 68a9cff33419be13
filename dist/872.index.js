export const id = 872;
export const ids = [872];
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

/***/ 81673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sbomCommand: () => (/* binding */ sbomCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _inputs_flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12794);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11268);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79310);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(53155);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88973);
/** `imprint sbom IMAGE`: a CycloneDX (or SPDX) SBOM of any image, read from its registry. */







const FORMATS = ['cyclonedx', 'spdx'];
const FLAGS = [
    {
        name: 'platform',
        kind: 'string',
        description: 'For a multi-platform image: which platform (default linux/amd64 when present).',
    },
    { name: 'output', kind: 'string', description: 'Write the SBOM to this file (default: stdout).' },
    {
        name: 'format',
        kind: 'choice',
        default: 'cyclonedx',
        choices: FORMATS,
        description: 'cyclonedx (CycloneDX 1.6) or spdx (SPDX 2.3 JSON), from the same catalogue.',
    },
    {
        name: 'insecure-registries',
        kind: 'list',
        description: 'Registry hosts reached over plain HTTP.',
    },
    {
        name: 'registry-ca-file',
        kind: 'string',
        description: 'PEM file of extra certificate authorities for the registry.',
    },
    { name: 'help', kind: 'boolean', description: 'Show this help.' },
];
const HELP = [
    'imprint sbom: a CycloneDX 1.6 (or SPDX 2.3) SBOM of an image, read from its registry (no Docker engine needed).',
    '',
    'Usage: imprint sbom IMAGE [flags]',
    '',
    'Credentials come from the docker config, CI_REGISTRY_* on GitLab, or GITHUB_TOKEN for ghcr.io.',
    '',
    'Flags:',
    ...(0,_output_js__WEBPACK_IMPORTED_MODULE_5__/* .flagHelp */ .QR)(FLAGS, []),
    '',
].join('\n');
const sbomCommand = {
    summary: 'Print a CycloneDX SBOM of any image, read from its registry.',
    help: () => HELP,
    async run(argv, io) {
        const parsed = (0,_inputs_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)(argv, FLAGS);
        const [imageText, ...extra] = parsed.positionals;
        if (parsed.values.has('help')) {
            io.stdout(HELP);
            return _command_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_OK */ .Ij;
        }
        if (imageText === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', 'imprint sbom needs an image: imprint sbom IMAGE', {
                hint: 'e.g. imprint sbom ghcr.io/acme/app@sha256:… (see imprint sbom --help)',
            });
        }
        if (extra.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `sbom takes one image; got also "${extra[0]}"`);
        const format = formatOf(parsed.values.get('format'));
        const image = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReference */ .F2)(imageText);
        const insecure = (parsed.values.get('insecure-registries') ?? '')
            .split(/[\n,]/)
            .map((host) => host.trim());
        const caFile = parsed.values.get('registry-ca-file');
        const { readFileSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 73024, 23));
        const client = await _registry_client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryClient */ .bP.connect(image.registry, {
            insecure: insecure.includes(image.registry),
            ...(caFile ? { caCertificates: [readFileSync(caFile, 'utf8')] } : {}),
            env: io.env,
        });
        try {
            const { platformManifests, sbomForManifest } = await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(118), __webpack_require__.e(657), __webpack_require__.e(549)]).then(__webpack_require__.bind(__webpack_require__, 63657));
            const digest = image.digest ??
                (await client.headManifest(image.repository, image.tag ?? 'latest'))?.digest;
            if (!digest)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('REGISTRY_NOT_FOUND', `image ${imageText} does not exist in the registry`);
            const manifests = await platformManifests(client, image.repository, digest);
            const wanted = parsed.values.get('platform') ?? (manifests.length > 1 ? 'linux/amd64' : undefined);
            const manifest = wanted === undefined
                ? manifests[0]
                : manifests.find((candidate) => candidate.platform === wanted);
            if (!manifest) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `image ${imageText} has no platform ${wanted ?? ''}`, {
                    hint: `choose one with --platform: ${manifests.map((candidate) => candidate.platform).join(', ')}`,
                });
            }
            const { progressFor } = await __webpack_require__.e(/* import() */ 901).then(__webpack_require__.bind(__webpack_require__, 75901));
            const { PlainLogger } = await __webpack_require__.e(/* import() */ 98).then(__webpack_require__.bind(__webpack_require__, 39098));
            const result = await sbomForManifest(client, image, manifest, {
                progress: progressFor({ platform: 'local', log: new PlainLogger() }),
            });
            for (const warning of result.warnings)
                process.stderr.write(`warning: ${warning}\n`);
            const json = JSON.stringify(await documentOf(result, format), null, 2) + '\n';
            const output = parsed.values.get('output');
            if (output)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(output, json);
            else
                io.stdout(json);
            return _command_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_OK */ .Ij;
        }
        finally {
            await client.close();
        }
    },
};
function formatOf(text = 'cyclonedx') {
    const format = FORMATS.find((known) => known === text);
    if (format === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `--format must be one of ${FORMATS.join(', ')}; got "${text}"`);
    return format;
}
/** The catalogue as the format asked for: the CycloneDX document is made already. */
async function documentOf(result, format) {
    if (format === 'cyclonedx')
        return result.bom;
    const { buildSpdx } = await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 16426));
    return buildSpdx(result.components, { image: result.image, now: result.createdAt });
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

/***/ 79310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   SH: () => (/* binding */ repositoryPath),
/* harmony export */   WQ: () => (/* binding */ digestProblem),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   hQ: () => (/* binding */ withDigest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Image references, parsed and normalised the way the Docker CLI does it
 * (distribution/reference grammar): `[host[:port]/]path[:tag][@digest]`.
 */

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
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
    let registry = hasHost ? first.toLowerCase() : DOCKER_HUB;
    let repository = hasHost ? name.slice(slash + 1) : name;
    if (DOCKER_HUB_ALIASES.has(registry))
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes('/'))
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
/** The host that serves the registry API (Docker Hub's API lives on another name). */
function registryApiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}
/** `host/repository`: the name in-toto subjects and cosign identities use. */
function repositoryPath(reference) {
    return `${reference.registry}/${reference.repository}`;
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
