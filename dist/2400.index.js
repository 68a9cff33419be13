export const id = 2400;
export const ids = [2400];
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
var registry_pool = __webpack_require__(62207);
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
    return (0,spdx/* buildSpdx */.c)(result.components, { image: result.image, now: result.createdAt });
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
