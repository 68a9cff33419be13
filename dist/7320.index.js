export const id = 7320;
export const ids = [7320];
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

/***/ 7320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   policyCommand: () => (/* binding */ policyCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _inputs_flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12794);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28654);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82011);
/** `imprint policy lint|export`: check a policy file, or turn it into cluster admission policies. */






const FLAGS = [
    { name: 'to', kind: 'string', description: 'export: kyverno, kyverno-ivp or policy-controller.' },
    {
        name: 'output',
        kind: 'string',
        description: 'export: write the YAML to this file (default: stdout).',
    },
    { name: 'help', kind: 'boolean', description: 'Show this help.' },
];
const HELP = [
    'imprint policy: check a policy file, or export it for an admission controller.',
    '',
    'Usage: imprint policy lint POLICY',
    '       imprint policy export --to kyverno|kyverno-ivp|policy-controller POLICY [--output FILE]',
    '',
    'Exports are deterministic (the same policy gives byte-identical YAML). What a target cannot',
    'express is written as a comment in the YAML and as a warning on stderr.',
    '',
    'Flags:',
    ...(0,_output_js__WEBPACK_IMPORTED_MODULE_5__/* .flagHelp */ .QR)(FLAGS, []),
    '',
].join('\n');
function readBeside(policyFile, path) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(policyFile), path);
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('INPUT_INVALID', `the policy names ${path}, but ${full} cannot be read`, { cause: error });
    }
}
/** A `key:` signer's PEM: the file beside the policy, or read from its PKCS#11 token or KMS. */
async function publicKeyOf(policyFile, key) {
    const { parseKeyReference, readStorePublicKey } = await __webpack_require__.e(/* import() */ 1785).then(__webpack_require__.bind(__webpack_require__, 91785));
    const reference = parseKeyReference(key);
    if (reference === undefined)
        return readBeside(policyFile, key);
    return readStorePublicKey(reference, key);
}
const policyCommand = {
    summary: 'Lint a policy file, or export it to Kyverno / policy-controller.',
    help: () => HELP,
    async run(argv, io) {
        const parsed = (0,_inputs_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .bQ)(argv, FLAGS);
        const [verb, file, ...extra] = parsed.positionals;
        if (parsed.values.has('help') || verb === undefined) {
            io.stdout(HELP);
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_OK */ .Ij;
        }
        if (file === undefined || extra.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('INPUT_INVALID', `policy ${verb} takes one policy file`, {
                hint: 'e.g. imprint policy lint policy.yaml',
            });
        }
        const { loadPolicy } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(9533), __webpack_require__.e(7598), __webpack_require__.e(1134), __webpack_require__.e(8164), __webpack_require__.e(6200)]).then(__webpack_require__.bind(__webpack_require__, 58164));
        const policy = await loadPolicy(file);
        if (verb === 'lint') {
            const { signerOverlapWarnings } = await __webpack_require__.e(/* import() */ 6680).then(__webpack_require__.bind(__webpack_require__, 16680));
            const { imageGlobWarnings } = await __webpack_require__.e(/* import() */ 9022).then(__webpack_require__.bind(__webpack_require__, 79022));
            for (const warning of [...signerOverlapWarnings(policy), ...imageGlobWarnings(policy)]) {
                process.stderr.write(`warning: ${warning}\n`);
            }
            io.stdout(`${file}: valid (${policy.signers.length} signer(s), ${policy.attestations.length} attestation rule(s), mode ${policy.mode})\n`);
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_OK */ .Ij;
        }
        if (verb !== 'export') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('INPUT_INVALID', `unknown policy verb "${verb}"`, {
                hint: 'use lint or export',
            });
        }
        const { EXPORT_TARGETS, exportPolicy } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(9533), __webpack_require__.e(7598), __webpack_require__.e(1134), __webpack_require__.e(7914)]).then(__webpack_require__.bind(__webpack_require__, 59757));
        const target = parsed.values.get('to');
        if (!EXPORT_TARGETS.includes(target)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('INPUT_INVALID', `--to must be one of ${EXPORT_TARGETS.join(', ')}; got "${target ?? ''}"`);
        }
        const publicKeys = Object.fromEntries(await Promise.all(policy.signers.flatMap((signer) => signer.key ? [publicKeyOf(file, signer.key).then((pem) => [signer.key, pem])] : [])));
        const trustedRoot = policy.trust.trustedRoot
            ? JSON.parse(readBeside(file, policy.trust.trustedRoot))
            : undefined;
        const result = exportPolicy(policy, target, {
            now: new Date(),
            source: file,
            publicKeys,
            ...(trustedRoot !== undefined ? { trustedRoot } : {}),
        });
        for (const warning of result.warnings)
            process.stderr.write(`warning: ${warning}\n`);
        const output = parsed.values.get('output');
        if (output)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(output, result.yaml);
        else
            io.stdout(result.yaml);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_OK */ .Ij;
    },
};


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
