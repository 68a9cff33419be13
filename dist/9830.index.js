export const id = 9830;
export const ids = [9830];
export const modules = {

/***/ 19830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generateKeyPairCommand: () => (/* binding */ generateKeyPairCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _inputs_flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12794);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28654);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82011);
/** `imprint generate-key-pair`: a cosign-compatible key pair for key-based signing. */





const FLAGS = [
    {
        name: 'output-key-prefix',
        kind: 'string',
        default: 'cosign',
        description: 'Writes PREFIX.key (encrypted private key) and PREFIX.pub.',
    },
    {
        name: 'kms',
        kind: 'string',
        description: 'Create the key in a PKCS#11 token or KMS instead (pkcs11:…, awskms://…, gcpkms://…, azurekms://…, hashivault://…); writes PREFIX.pub only.',
    },
    { name: 'force', kind: 'boolean', description: 'Overwrite existing files.' },
    { name: 'help', kind: 'boolean', description: 'Show this help.' },
];
const HELP = [
    'imprint generate-key-pair: write a cosign-compatible key pair (ECDSA P-256).',
    '',
    'Usage: COSIGN_PASSWORD=… imprint generate-key-pair [flags]',
    '       imprint generate-key-pair --kms REFERENCE [flags]',
    '',
    'The private key is encrypted with the password from COSIGN_PASSWORD (or IMPRINT_KEY_PASSWORD),',
    "in cosign's format (scrypt + secretbox), so cosign reads it too. The password never goes on the",
    'command line.',
    '',
    'With --kms the key is made inside the token or KMS (EC P-256, for signing) and never leaves it;',
    'the public key is printed and written to PREFIX.pub. A PKCS#11 PIN goes in the URI as',
    'pin-source=FILE (pin-value works too, but then sits in the process list and shell history).',
    '',
    'Flags:',
    ...(0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .flagHelp */ .QR)(FLAGS, []),
    '',
].join('\n');
const generateKeyPairCommand = {
    summary: 'Write a cosign-compatible key pair for key-based signing.',
    help: () => HELP,
    async run(argv, io) {
        const parsed = (0,_inputs_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)(argv, FLAGS);
        if (parsed.values.has('help')) {
            io.stdout(HELP);
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT_OK */ .Ij;
        }
        const prefix = parsed.values.get('output-key-prefix') ?? 'cosign';
        const kms = parsed.values.get('kms');
        if (kms !== undefined)
            return createInStore(kms, prefix, parsed.values.get('force') === 'true', io);
        const password = io.env.COSIGN_PASSWORD ?? io.env.IMPRINT_KEY_PASSWORD;
        if (password === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', 'no password for the private key', {
                hint: 'set COSIGN_PASSWORD (an empty value makes an unencrypted-strength key: not recommended)',
            });
        }
        const files = [`${prefix}.key`, `${prefix}.pub`];
        refuseOverwrite(files, parsed.values.get('force') === 'true');
        const { generateKeyPair } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(5128), __webpack_require__.e(2830), __webpack_require__.e(3040), __webpack_require__.e(2494), __webpack_require__.e(1036), __webpack_require__.e(153)]).then(__webpack_require__.bind(__webpack_require__, 41036));
        const pair = await generateKeyPair(password);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(files[0], pair.privateKeyPem, { mode: 0o600 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(files[1], pair.publicKeyPem);
        io.stdout(`Private key written to ${files[0]}\nPublic key written to ${files[1]}\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT_OK */ .Ij;
    },
};
function refuseOverwrite(files, force) {
    const existing = files.filter((file) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file));
    if (existing.length > 0 && !force) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `${existing.join(' and ')} already exist${existing.length > 1 ? '' : 's'}`, { hint: 'choose another --output-key-prefix, or pass --force to overwrite' });
    }
}
/** cosign generate-key-pair --kms: the key is made in the store; only its public half is written. */
async function createInStore(reference, prefix, force, io) {
    const { describeKeyReference, openKeyStore, parseKeyReference } = await __webpack_require__.e(/* import() */ 1785).then(__webpack_require__.bind(__webpack_require__, 91785));
    const parsed = parseKeyReference(reference);
    if (parsed === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('KEY_REFERENCE_INVALID', `--kms "${describeKeyReference(reference)}" names no key store`, { hint: 'give a pkcs11:, awskms://, gcpkms://, azurekms:// or hashivault:// reference' });
    }
    const file = `${prefix}.pub`;
    refuseOverwrite([file], force);
    const publicKeyPem = await (await openKeyStore(parsed, { env: io.env })).createKey();
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, publicKeyPem);
    io.stdout(`${publicKeyPem}Key created in ${describeKeyReference(reference)}\nPublic key written to ${file}\n`);
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT_OK */ .Ij;
}


/***/ }),

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
