export const id = 487;
export const ids = [487];
export const modules = {

/***/ 34487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCliDoor: () => (/* binding */ runCliDoor)
});

// UNUSED EXPORTS: EXIT_FAILED, EXIT_OK, EXIT_USAGE, helpFor, runCli

;// CONCATENATED MODULE: ./src/commands/command.ts
const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
function wantsHelp(argv) {
    return argv.includes('--help') || argv.includes('-h');
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/commands/conformance.ts
/**
 * `imprint conformance verify-bundle …`: the verify half of the sigstore-conformance CLI
 * protocol, so the conformance suite can drive imprint's verifier as it drives cosign.
 */


const USAGE = [
    'imprint conformance verify-bundle: verify a Sigstore bundle (sigstore-conformance protocol).',
    '',
    'Usage: imprint conformance verify-bundle --bundle FILE',
    '         (--certificate-identity I --certificate-oidc-issuer U | --key K)',
    '         [--trusted-root R] FILE_OR_sha256:DIGEST',
    '',
    'Exit code 0 when the bundle verifies, 1 when it does not.',
    '',
].join('\n');
const conformanceCommand = {
    summary: 'Conformance-suite door: verify-bundle.',
    help: () => USAGE,
    async run(argv, io) {
        if (wantsHelp(argv)) {
            io.stdout(USAGE);
            return EXIT_OK;
        }
        const [verb, ...rest] = argv;
        if (verb !== 'verify-bundle') {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `unknown conformance verb "${verb ?? ''}"`, {
                hint: 'the only verb is verify-bundle',
            });
        }
        const { conformanceVerifyBundle } = await Promise.all(/* import() */[__webpack_require__.e(242), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 5467));
        const result = await conformanceVerifyBundle(rest);
        io.stdout(`${result.message}\n`);
        return result.ok ? EXIT_OK : EXIT_FAILED;
    },
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/inputs/flags.ts
var flags = __webpack_require__(12794);
// EXTERNAL MODULE: ./src/ci/context.ts + 4 modules
var ci_context = __webpack_require__(66954);
// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __webpack_require__(27026);
// EXTERNAL MODULE: ./src/publish/options.ts + 1 modules
var publish_options = __webpack_require__(20010);
;// CONCATENATED MODULE: ./src/commands/publish.ts
/** `imprint publish`: the publish action's inputs as flags. */






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
            return `  --${spec.name.padEnd(22)} ${spec.description}${defaults}${repeat}`;
        }),
        ...extras.map((extra) => `  --${extra.name.padEnd(22)} ${extra.description}`),
    ];
}
function printOutputs(outputs, json, io) {
    if (json) {
        io.stdout(JSON.stringify(outputs, null, 2) + '\n');
        return;
    }
    for (const [name, value] of Object.entries(outputs))
        io.stdout(`${name}=${value.replace(/\n/g, ',')}\n`);
}
const publishCommand = {
    summary: 'Build, push and pin an image by digest.',
    help: () => [
        'imprint publish: build, push and pin an image by digest.',
        '',
        'Usage: imprint publish [flags]',
        '',
        'Flags:',
        ...flagHelp(spec/* PUBLISH_INPUTS */._E, OUTPUT_FLAGS),
        '',
    ].join('\n'),
    async run(argv, io) {
        const parsed = (0,flags/* parseFlags */.bQ)(argv, spec/* PUBLISH_INPUTS */._E, OUTPUT_FLAGS);
        if (parsed.values.has('help')) {
            io.stdout(publishCommand.help());
            return EXIT_OK;
        }
        if (parsed.positionals.length > 0) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `unexpected argument "${parsed.positionals[0]}"`, {
                hint: 'publish takes flags only, e.g. --image ghcr.io/acme/app --tags 1.2.3',
            });
        }
        const source = (0,flags/* flagSource */.qz)(parsed, spec/* PUBLISH_INPUTS */._E, io.env);
        const contextOptions = {
            summaryFile: parsed.values.get('summary-file'),
            dotenvPath: parsed.values.get('dotenv') ?? (io.env.GITLAB_CI === 'true' ? 'imprint.env' : undefined),
        };
        const context = (io.context ?? ((options) => (0,ci_context/* createContext */.q)({ ...options, env: io.env })))(contextOptions);
        for (const secret of (0,publish_options/* publishSecrets */.z)(source))
            context.log.addSecret(secret);
        const options = (0,publish_options/* readPublishOptions */.w)(source);
        const { runPublish } = await Promise.all(/* import() */[__webpack_require__.e(242), __webpack_require__.e(64), __webpack_require__.e(761), __webpack_require__.e(467), __webpack_require__.e(52), __webpack_require__.e(818), __webpack_require__.e(472)]).then(__webpack_require__.bind(__webpack_require__, 78472));
        await runPublish(options, context, { env: io.env });
        printOutputs(context.outputs(), parsed.values.has('json'), io);
        return EXIT_OK;
    },
};

;// CONCATENATED MODULE: ./src/commands/keys.ts
/** `imprint generate-key-pair`: a cosign-compatible key pair for key-based signing. */





const FLAGS = [
    {
        name: 'output-key-prefix',
        kind: 'string',
        default: 'cosign',
        description: 'Writes PREFIX.key (encrypted private key) and PREFIX.pub.',
    },
    { name: 'force', kind: 'boolean', description: 'Overwrite existing files.' },
    { name: 'help', kind: 'boolean', description: 'Show this help.' },
];
const HELP = [
    'imprint generate-key-pair: write a cosign-compatible key pair (ECDSA P-256).',
    '',
    'Usage: COSIGN_PASSWORD=… imprint generate-key-pair [flags]',
    '',
    'The private key is encrypted with the password from COSIGN_PASSWORD (or IMPRINT_KEY_PASSWORD),',
    "in cosign's format (scrypt + secretbox), so cosign reads it too. The password never goes on the",
    'command line.',
    '',
    'Flags:',
    ...flagHelp(FLAGS, []),
    '',
].join('\n');
const generateKeyPairCommand = {
    summary: 'Write a cosign-compatible key pair for key-based signing.',
    help: () => HELP,
    async run(argv, io) {
        const parsed = (0,flags/* parseFlags */.bQ)(argv, FLAGS);
        if (parsed.values.has('help')) {
            io.stdout(HELP);
            return EXIT_OK;
        }
        const prefix = parsed.values.get('output-key-prefix') ?? 'cosign';
        const password = io.env.COSIGN_PASSWORD ?? io.env.IMPRINT_KEY_PASSWORD;
        if (password === undefined) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', 'no password for the private key', {
                hint: 'set COSIGN_PASSWORD (an empty value makes an unencrypted-strength key: not recommended)',
            });
        }
        const files = [`${prefix}.key`, `${prefix}.pub`];
        const existing = files.filter((file) => (0,external_node_fs_.existsSync)(file));
        if (existing.length > 0 && parsed.values.get('force') !== 'true') {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `${existing.join(' and ')} already exist`, {
                hint: 'choose another --output-key-prefix, or pass --force to overwrite',
            });
        }
        const { generateKeyPair } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 56690));
        const pair = await generateKeyPair(password);
        (0,external_node_fs_.writeFileSync)(files[0], pair.privateKeyPem, { mode: 0o600 });
        (0,external_node_fs_.writeFileSync)(files[1], pair.publicKeyPem);
        io.stdout(`Private key written to ${files[0]}\nPublic key written to ${files[1]}\n`);
        return EXIT_OK;
    },
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/commands/policy.ts
/** `imprint policy lint|export`: check a policy file, or turn it into cluster admission policies. */






const policy_FLAGS = [
    { name: 'to', kind: 'string', description: 'export: kyverno, kyverno-ivp or policy-controller.' },
    {
        name: 'output',
        kind: 'string',
        description: 'export: write the YAML to this file (default: stdout).',
    },
    { name: 'help', kind: 'boolean', description: 'Show this help.' },
];
const policy_HELP = [
    'imprint policy: check a policy file, or export it for an admission controller.',
    '',
    'Usage: imprint policy lint POLICY',
    '       imprint policy export --to kyverno|kyverno-ivp|policy-controller POLICY [--output FILE]',
    '',
    'Exports are deterministic (the same policy gives byte-identical YAML). What a target cannot',
    'express is written as a comment in the YAML and as a warning on stderr.',
    '',
    'Flags:',
    ...flagHelp(policy_FLAGS, []),
    '',
].join('\n');
function readBeside(policyFile, path) {
    const full = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(policyFile), path);
    try {
        return (0,external_node_fs_.readFileSync)(full, 'utf8');
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `the policy names ${path}, but ${full} cannot be read`, { cause: error });
    }
}
const policyCommand = {
    summary: 'Lint a policy file, or export it to Kyverno / policy-controller.',
    help: () => policy_HELP,
    async run(argv, io) {
        const parsed = (0,flags/* parseFlags */.bQ)(argv, policy_FLAGS);
        const [verb, file, ...extra] = parsed.positionals;
        if (parsed.values.has('help') || verb === undefined) {
            io.stdout(policy_HELP);
            return EXIT_OK;
        }
        if (file === undefined || extra.length > 0) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `policy ${verb} takes one policy file`, {
                hint: 'e.g. imprint policy lint policy.yaml',
            });
        }
        const { loadPolicy } = await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(164)]).then(__webpack_require__.bind(__webpack_require__, 58164));
        const policy = await loadPolicy(file);
        if (verb === 'lint') {
            io.stdout(`${file}: valid (${policy.signers.length} signer(s), ${policy.attestations.length} attestation rule(s), mode ${policy.mode})\n`);
            return EXIT_OK;
        }
        if (verb !== 'export') {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `unknown policy verb "${verb}"`, {
                hint: 'use lint or export',
            });
        }
        const { EXPORT_TARGETS, exportPolicy } = await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(791)]).then(__webpack_require__.bind(__webpack_require__, 41791));
        const target = parsed.values.get('to');
        if (!EXPORT_TARGETS.includes(target)) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `--to must be one of ${EXPORT_TARGETS.join(', ')}; got "${target ?? ''}"`);
        }
        const publicKeys = Object.fromEntries(policy.signers.flatMap((signer) => signer.key ? [[signer.key, readBeside(file, signer.key)]] : []));
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
            (0,external_node_fs_.writeFileSync)(output, result.yaml);
        else
            io.stdout(result.yaml);
        return EXIT_OK;
    },
};

// EXTERNAL MODULE: ./src/registry/client.ts + 3 modules
var registry_client = __webpack_require__(21613);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
;// CONCATENATED MODULE: ./src/commands/sbom.ts
/** `imprint sbom IMAGE`: a CycloneDX SBOM of any image, read from its registry. */







const sbom_FLAGS = [
    {
        name: 'platform',
        kind: 'string',
        description: 'For a multi-platform image: which platform (default linux/amd64 when present).',
    },
    { name: 'output', kind: 'string', description: 'Write the SBOM to this file (default: stdout).' },
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
const sbom_HELP = [
    'imprint sbom: a CycloneDX 1.6 SBOM of an image, read from its registry (no Docker engine needed).',
    '',
    'Usage: imprint sbom IMAGE [flags]',
    '',
    'Credentials come from the docker config, CI_REGISTRY_* on GitLab, or GITHUB_TOKEN for ghcr.io.',
    '',
    'Flags:',
    ...flagHelp(sbom_FLAGS, []),
    '',
].join('\n');
const sbomCommand = {
    summary: 'Print a CycloneDX SBOM of any image, read from its registry.',
    help: () => sbom_HELP,
    async run(argv, io) {
        const parsed = (0,flags/* parseFlags */.bQ)(argv, sbom_FLAGS);
        const [imageText, ...extra] = parsed.positionals;
        if (parsed.values.has('help') || imageText === undefined) {
            io.stdout(sbom_HELP);
            return EXIT_OK;
        }
        if (extra.length > 0)
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `sbom takes one image; got also "${extra[0]}"`);
        const image = (0,reference/* parseReference */.F2)(imageText);
        const insecure = (parsed.values.get('insecure-registries') ?? '')
            .split(/[\n,]/)
            .map((host) => host.trim());
        const caFile = parsed.values.get('registry-ca-file');
        const { readFileSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 73024, 23));
        const client = await registry_client/* RegistryClient */.b.connect(image.registry, {
            insecure: insecure.includes(image.registry),
            ...(caFile ? { caCertificates: [readFileSync(caFile, 'utf8')] } : {}),
            env: io.env,
        });
        try {
            const { platformManifests, sbomForManifest } = await Promise.all(/* import() */[__webpack_require__.e(64), __webpack_require__.e(818)]).then(__webpack_require__.bind(__webpack_require__, 85818));
            const digest = image.digest ??
                (await client.headManifest(image.repository, image.tag ?? 'latest'))?.digest;
            if (!digest)
                throw new errors/* ImprintError */.m0('REGISTRY_NOT_FOUND', `image ${imageText} does not exist in the registry`);
            const manifests = await platformManifests(client, image.repository, digest);
            const wanted = parsed.values.get('platform') ?? (manifests.length > 1 ? 'linux/amd64' : undefined);
            const manifest = wanted === undefined
                ? manifests[0]
                : manifests.find((candidate) => candidate.platform === wanted);
            if (!manifest) {
                throw new errors/* ImprintError */.m0('INPUT_INVALID', `image ${imageText} has no platform ${wanted ?? ''}`, {
                    hint: `choose one with --platform: ${manifests.map((candidate) => candidate.platform).join(', ')}`,
                });
            }
            const result = await sbomForManifest(client, image, manifest);
            for (const warning of result.warnings)
                process.stderr.write(`warning: ${warning}\n`);
            const json = JSON.stringify(result.bom, null, 2) + '\n';
            const output = parsed.values.get('output');
            if (output)
                (0,external_node_fs_.writeFileSync)(output, json);
            else
                io.stdout(json);
            return EXIT_OK;
        }
        finally {
            await client.close();
        }
    },
};

;// CONCATENATED MODULE: ./src/commands/verify.ts
const HELP_SUMMARY = 'Verify images against a policy: signatures, attestations, vulnerabilities.';
const verifyCommand = {
    summary: HELP_SUMMARY,
    help: () => `imprint verify: ${HELP_SUMMARY}\n\nRun 'imprint verify --help' for its flags.\n`,
    async run(argv, io) {
        const { runVerifyCommand } = await Promise.all(/* import() */[__webpack_require__.e(242), __webpack_require__.e(761), __webpack_require__.e(467), __webpack_require__.e(52), __webpack_require__.e(209)]).then(__webpack_require__.bind(__webpack_require__, 85590));
        return runVerifyCommand(argv, io);
    },
};

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli.ts
/**
 * The CLI door: `imprint <command> [flags]`. Flags carry the action's input names. Logs go
 * to stderr, results to stdout. Exit codes: 0 done, 1 the step failed, 2 the command line
 * or an input is wrong.
 */










const COMMANDS = {
    publish: publishCommand,
    verify: verifyCommand,
    sbom: sbomCommand,
    policy: policyCommand,
    'generate-key-pair': generateKeyPairCommand,
    conformance: conformanceCommand,
};
const USAGE_CODES = new Set(['INPUT_INVALID', 'INPUT_CONFLICT', 'REFERENCE_INVALID']);
function helpFor(commandName) {
    const command = commandName === undefined ? undefined : COMMANDS[commandName];
    if (command)
        return command.help();
    const lines = Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(18)} ${entry.summary}`);
    return [
        `imprint ${version/* VERSION */.x} — provable container images`,
        '',
        'Usage: imprint <command> [flags]',
        '',
        'Commands:',
        ...lines,
        '',
        "Run 'imprint <command> --help' for a command's flags.",
        'Exit codes: 0 done, 1 the step failed, 2 invalid command line or input.',
        '',
    ].join('\n');
}
/** Runs one command line and returns the exit code; never throws. */
async function runCli(argv, io) {
    const [commandName, ...rest] = argv;
    if (commandName === undefined ||
        commandName === 'help' ||
        commandName === '--help' ||
        commandName === '-h') {
        io.stdout(helpFor(rest[0]));
        return EXIT_OK;
    }
    if (commandName === '--version' || commandName === 'version') {
        io.stdout(`${version/* VERSION */.x}\n`);
        return EXIT_OK;
    }
    const command = COMMANDS[commandName];
    if (!command) {
        process.stderr.write(`error: unknown command "${commandName}"\n\n${helpFor()}`);
        return EXIT_USAGE;
    }
    try {
        return await command.run(rest, io);
    }
    catch (error) {
        process.stderr.write(`error: ${(0,errors/* messageOf */.bD)(error)}\n`);
        return (0,errors/* isImprintError */.cl)(error) && USAGE_CODES.has(error.code) ? EXIT_USAGE : EXIT_FAILED;
    }
}
async function runCliDoor(argv) {
    process.exitCode = await runCli(argv, {
        stdout: (text) => process.stdout.write(text),
        env: process.env,
    });
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
 * `--no-push` / `--push=false`. Parsed by hand because node:util parseArgs cannot give
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
        let value = inline ?? (shape.boolean ? 'true' : argv[index + 1]);
        if (value === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `flag --${name} needs a value`);
        if (inline === undefined && !shape.boolean)
            index += 1;
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


/***/ })

};
