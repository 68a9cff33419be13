export const id = 99;
export const ids = [99];
export const modules = {

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

/***/ 19099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sbomCommand: () => (/* binding */ sbomCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/ci/choose-platform.ts + 4 modules
var choose_platform = __webpack_require__(96583);
// EXTERNAL MODULE: ./src/ci/log.ts
var log = __webpack_require__(39098);
// EXTERNAL MODULE: ./src/ci/progress.ts
var progress = __webpack_require__(75901);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/inputs/flags.ts
var flags = __webpack_require__(12794);
// EXTERNAL MODULE: ./src/inputs/reader.ts
var reader = __webpack_require__(9066);
// EXTERNAL MODULE: ./src/inputs/tables/shared.ts
var shared = __webpack_require__(60746);
// EXTERNAL MODULE: ./src/registry/ca-file.ts
var ca_file = __webpack_require__(31838);
// EXTERNAL MODULE: ./src/registry/pool.ts + 7 modules
var registry_pool = __webpack_require__(34416);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/sbom/registry-source.ts + 24 modules
var registry_source = __webpack_require__(63657);
// EXTERNAL MODULE: ./src/sbom/spdx.ts
var spdx = __webpack_require__(16426);
;// CONCATENATED MODULE: ./src/sbom/image-sbom.ts





const SBOM_FORMATS = ['cyclonedx', 'spdx'];
/** The platform chosen from a multi-platform image when none is asked for. */
const DEFAULT_PLATFORM = 'linux/amd64';
async function sbomOfImage(request) {
    const image = (0,reference/* parseReference */.F2)(request.image);
    const pool = new registry_pool/* RegistryPool */.y(request.registry);
    try {
        const client = await pool.client(image.registry);
        const digest = image.digest ??
            (await client.headManifest(image.repository, image.tag ?? reference/* DEFAULT_TAG */.fL))?.digest;
        if (!digest) {
            throw new errors/* ImprintError */.m0('REGISTRY_NOT_FOUND', `image ${request.image} does not exist in the registry`);
        }
        const manifest = choosePlatform(request.image, await (0,registry_source/* platformManifests */.OS)(client, image.repository, digest), request.platform);
        const result = await (0,registry_source/* sbomForManifest */.qT)(client, image, manifest, {
            ...(request.progress && { progress: request.progress }),
            ...(request.tempRoot !== undefined && { tempRoot: request.tempRoot }),
        });
        return { document: documentOf(result, request.format), warnings: result.warnings };
    }
    finally {
        await pool.close();
    }
}
/** Pure: the asked platform, else linux/amd64 of an index, else the one manifest there is. */
function choosePlatform(imageText, manifests, asked) {
    const wanted = asked ?? (manifests.length > 1 ? DEFAULT_PLATFORM : undefined);
    const manifest = wanted === undefined
        ? manifests[0]
        : manifests.find((candidate) => candidate.platform === wanted);
    if (!manifest) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `image ${imageText} has no platform ${wanted ?? ''}`, {
            hint: `choose one with --platform: ${manifests.map((candidate) => candidate.platform).join(', ')}`,
        });
    }
    return manifest;
}
/** The catalogue as the format asked for: the CycloneDX document is made already. */
function documentOf(result, format) {
    if (format === 'cyclonedx')
        return result.bom;
    return (0,spdx/* buildSpdx */.ct)(result.components, { image: result.image, now: result.createdAt });
}

// EXTERNAL MODULE: ./src/doors/exit-codes.ts
var exit_codes = __webpack_require__(28654);
// EXTERNAL MODULE: ./src/doors/cli/output.ts
var output = __webpack_require__(82011);
;// CONCATENATED MODULE: ./src/doors/cli/sbom.ts
/**
 * `imprint sbom IMAGE`: a CycloneDX (or SPDX) SBOM of any image, read from its registry. The
 * door maps the flags to a request for sbom/image-sbom.ts and prints what it returns.
 */












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
        choices: SBOM_FORMATS,
        description: 'cyclonedx (CycloneDX 1.6) or spdx (SPDX 2.3 JSON), from the same catalogue.',
    },
    shared/* INSECURE_REGISTRIES_INPUT */.yG,
    shared/* REGISTRY_CA_FILE_INPUT */.JQ,
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
    ...(0,output/* flagHelp */.QR)(FLAGS, []),
    '',
].join('\n');
const sbomCommand = {
    summary: 'Print a CycloneDX SBOM of any image, read from its registry.',
    help: () => HELP,
    async run(argv, io) {
        const parsed = (0,flags/* parseFlags */.bQ)(argv, FLAGS);
        const [imageText, ...extra] = parsed.positionals;
        if (parsed.values.has('help')) {
            io.stdout(HELP);
            return exit_codes/* EXIT_OK */.Ij;
        }
        if (imageText === undefined) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', 'imprint sbom needs an image: imprint sbom IMAGE', {
                hint: 'e.g. imprint sbom ghcr.io/acme/app@sha256:… (see imprint sbom --help)',
            });
        }
        if (extra.length > 0)
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `sbom takes one image; got also "${extra[0]}"`);
        const inputs = new reader/* InputReader */.i((name) => parsed.values.get(name), FLAGS);
        const format = formatOf(inputs.string('format'));
        const caFile = inputs.string('registry-ca-file');
        const platform = inputs.string('platform');
        const ci = (0,choose_platform/* detectPlatform */.l)(io.env);
        const sbom = await sbomOfImage({
            image: imageText,
            format,
            ...(platform !== undefined && { platform }),
            registry: {
                insecureRegistries: inputs.list('insecure-registries'),
                ...(caFile && { caCertificates: [(0,ca_file/* readCaFile */.R)(caFile)] }),
                env: io.env,
            },
            progress: (0,progress/* progressFor */.L7)({ platform: ci, log: new log/* PlainLogger */.T() }),
            tempRoot: ci.tempRoot,
        });
        for (const warning of sbom.warnings)
            process.stderr.write(`warning: ${warning}\n`);
        const json = JSON.stringify(sbom.document, null, 2) + '\n';
        const output = inputs.string('output');
        if (output)
            (0,external_node_fs_.writeFileSync)(output, json);
        else
            io.stdout(json);
        return exit_codes/* EXIT_OK */.Ij;
    },
};
function formatOf(text = 'cyclonedx') {
    const format = SBOM_FORMATS.find((known) => known === text);
    if (format === undefined)
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `--format must be one of ${SBOM_FORMATS.join(', ')}; got "${text}"`);
    return format;
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
/* unused harmony export isDockerHub */
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
/** Whether a host is one of Docker Hub's spellings (`docker.io`, `index.docker.io`, …). */
function isDockerHub(host) {
    return isDockerHubName(host);
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
