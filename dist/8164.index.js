export const id = 8164;
export const ids = [8164];
export const modules = {

/***/ 69745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ CLAIM_ALIASES),
/* harmony export */   m: () => (/* binding */ CLAIM_NAMES)
/* harmony export */ });
/**
 * Fulcio certificate extensions by the names the policy file uses for them
 * (sigstore/fulcio docs/oid-info.md). Values of .8 and above are DER UTF8Strings; the
 * verify engine decodes them before they reach the policy.
 */
const FULCIO_ARC = '1.3.6.1.4.1.57264.1';
const FULCIO_CLAIM_OIDS = {
    buildSignerURI: `${FULCIO_ARC}.9`,
    buildSignerDigest: `${FULCIO_ARC}.10`,
    runnerEnvironment: `${FULCIO_ARC}.11`,
    sourceRepositoryURI: `${FULCIO_ARC}.12`,
    sourceRepositoryDigest: `${FULCIO_ARC}.13`,
    sourceRepositoryRef: `${FULCIO_ARC}.14`,
    sourceRepositoryIdentifier: `${FULCIO_ARC}.15`,
    sourceRepositoryOwnerURI: `${FULCIO_ARC}.16`,
    sourceRepositoryOwnerIdentifier: `${FULCIO_ARC}.17`,
    buildConfigURI: `${FULCIO_ARC}.18`,
    buildConfigDigest: `${FULCIO_ARC}.19`,
    buildTrigger: `${FULCIO_ARC}.20`,
    runInvocationURI: `${FULCIO_ARC}.21`,
    sourceRepositoryVisibilityAtSigning: `${FULCIO_ARC}.22`,
    deploymentEnvironment: `${FULCIO_ARC}.23`,
    // Deprecated GitHub-only extensions (raw strings). Kyverno's additionalExtensions
    // knows only these, so they are the claims a ClusterPolicy can carry.
    githubWorkflowTrigger: `${FULCIO_ARC}.2`,
    githubWorkflowSha: `${FULCIO_ARC}.3`,
    githubWorkflowName: `${FULCIO_ARC}.4`,
    githubWorkflowRepository: `${FULCIO_ARC}.5`,
    githubWorkflowRef: `${FULCIO_ARC}.6`,
};
const CLAIM_NAMES = Object.keys(FULCIO_CLAIM_OIDS);
/** Short names people write; the parsed policy holds the Fulcio name. */
const CLAIM_ALIASES = {
    sourceRef: 'sourceRepositoryRef',
};


/***/ }),

/***/ 20326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ policyFromFlags)
/* harmony export */ });
/* harmony import */ var _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64136);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6563);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54139);
/**
 * The quick-start path: cosign-style flags (`--certificate-identity`, `--key`, …) build
 * the same Policy object a policy file would, so one evaluator serves both.
 */




function policyFromFlags(flags) {
    const input = {
        apiVersion: _schema_js__WEBPACK_IMPORTED_MODULE_3__/* .API_VERSION */ .m,
        kind: 'Policy',
        mode: flags.mode ?? 'enforce',
        ...(flags.ignoreTlog && { trust: { requireTlog: false } }),
        signers: [signerFromFlags(flags)],
        attestations: attestationsFromFlags(flags),
    };
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_3__/* .policySchema */ .w.safeParse(input);
    if (!result.success) {
        const problems = result.error.issues.map((issue) => issue.message).join('; ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `The verify flags do not make a valid policy: ${problems}`, {
            hint: 'check the regular expressions given to --certificate-identity-regexp / --certificate-oidc-issuer-regexp',
        });
    }
    return result.data;
}
function signerFromFlags(flags) {
    const identity = flags.certificateIdentity ?? flags.certificateIdentityRegexp;
    const issuer = flags.certificateOidcIssuer ?? flags.certificateOidcIssuerRegexp;
    if (flags.key !== undefined) {
        if (identity !== undefined || issuer !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_CONFLICT', 'Give --key or --certificate-identity/--certificate-oidc-issuer, not both.', {
                hint: '--key verifies a key-signed image; the certificate flags verify a keyless one',
            });
        }
        return { key: flags.key };
    }
    if (flags.certificateIdentity !== undefined && flags.certificateIdentityRegexp !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_CONFLICT', 'Give --certificate-identity or --certificate-identity-regexp, not both.');
    }
    if (flags.certificateOidcIssuer !== undefined &&
        flags.certificateOidcIssuerRegexp !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_CONFLICT', 'Give --certificate-oidc-issuer or --certificate-oidc-issuer-regexp, not both.');
    }
    if (identity === undefined || issuer === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `Missing ${identity === undefined ? '--certificate-identity' : '--certificate-oidc-issuer'}: say who must have signed the image.`, {
            hint: 'e.g. --certificate-identity https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0 --certificate-oidc-issuer https://token.actions.githubusercontent.com, or --key cosign.pub, or --policy FILE',
        });
    }
    return {
        ...exactOrRegExp('issuer', flags.certificateOidcIssuer, flags.certificateOidcIssuerRegexp),
        ...exactOrRegExp('subject', flags.certificateIdentity, flags.certificateIdentityRegexp),
    };
}
/** cosign's exact flags never glob: a `*` in them must stay literal, so it becomes an escaped regex. */
function exactOrRegExp(field, exact, regexp) {
    if (regexp !== undefined)
        return { [`${field}RegExp`]: regexp };
    const value = exact;
    return value.includes('*') ? { [`${field}RegExp`]: (0,_match_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeRegExp */ .Nt)(value) } : { [field]: value };
}
function attestationsFromFlags(flags) {
    const wanted = new Set(flags.requireAttestations ?? []);
    if (flags.maxSeverity !== undefined)
        wanted.add('vuln');
    return [...wanted].map((kind) => kind === 'vuln' && flags.maxSeverity !== undefined
        ? { type: _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PREDICATE_BY_KIND */ .Vs.vuln, vulnerabilities: { maxSeverity: flags.maxSeverity } }
        : { type: _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PREDICATE_BY_KIND */ .Vs[kind] });
}


/***/ }),

/***/ 58164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPolicy: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* unused harmony export parsePolicy */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _util_nearest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99318);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54139);
/* harmony import */ var _from_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20326);
/**
 * Reads a policy file: YAML with source positions, validated by the schema, every
 * problem reported at once as `file:line:column path: what is wrong`, with the nearest
 * valid key for a misspelt one.
 */






const MIN_ABBREVIATION = 6;
const SCHEMA_HINT = 'fix the lines above; the policy file format is in the README, "Policy file"';
async function loadPolicy(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('POLICY_INVALID', `Cannot read the policy file ${file}: ${error.message}`, {
            cause: error,
            hint: 'pass the path of an existing policy file, or use the quick-start flags',
        });
    }
    return parsePolicy(text, file);
}
/** Parses and validates policy text; throws one POLICY_INVALID error listing every problem. */
function parsePolicy(text, file = 'policy.yaml') {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        throw invalid(file, doc.errors.map((error) => ({
            line: error.linePos?.[0].line ?? 1,
            column: error.linePos?.[0].col ?? 1,
            path: '(YAML)',
            message: error.message.split('\n')[0],
        })));
    }
    const data = policyData(doc, file);
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_3__/* .policySchema */ .w.safeParse(data ?? {}, { reportInput: true });
    if (result.success)
        return result.data;
    const locate = (path, key) => position(doc, lineCounter, path, key);
    throw invalid(file, result.error.issues.flatMap((issue) => problemsOf(issue, locate)));
}
/** Aliases expanded at most this often: a policy needs a handful; a "billion laughs" needs millions. */
const MAX_ALIAS_EXPANSIONS = 100;
/** The plain data of the document; an alias bomb is a policy error, not a crash. */
function policyData(doc, file) {
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
    }
    catch (error) {
        // The yaml library throws a ReferenceError when aliases expand past the limit.
        if (!(error instanceof ReferenceError))
            throw error;
        return invalidAliases(file, error);
    }
}
function invalidAliases(file, error) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('POLICY_INVALID', `Invalid policy ${file}: its YAML aliases expand too far (${error.message}); a policy is refused rather than expanded`, {
        hint: `write the repeated parts out, or use fewer aliases (*name): at most ${MAX_ALIAS_EXPANSIONS} expansions`,
    });
}
function invalid(file, problems) {
    const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    const lines = sorted.map((p) => `  ${file}:${p.line}:${p.column} ${p.path}: ${p.message}`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('POLICY_INVALID', `Invalid policy ${file} (${count}):\n${lines.join('\n')}`, {
        hint: SCHEMA_HINT,
    });
}
function problemsOf(issue, locate) {
    const path = issue.path.filter((s) => typeof s !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
        const known = knownKeys(path);
        return issue.keys.map((key) => ({
            ...locate(path, key),
            path: formatPath([...path, key]),
            message: `unknown key${suggestion(key, known)}`,
        }));
    }
    return [{ ...locate(path), path: formatPath(path), message: describeIssue(issue) }];
}
function describeIssue(issue) {
    const input = issue.input;
    switch (issue.code) {
        case 'invalid_type':
            return input === undefined
                ? 'is required but missing'
                : `expected ${article(issue.expected)}, found ${describe(input)}`;
        case 'invalid_value':
            return `expected ${issue.values.map((v) => String(v)).join(' or ')}, found ${describe(input)}`;
        default:
            return issue.message;
    }
}
function suggestion(key, known) {
    if (known.length === 0)
        return '';
    // A shortened name (sourceRepoURI) says more than edit distance, which would pick sourceRef.
    const near = known.find((k) => k.toLowerCase() === key.toLowerCase()) ??
        (key.length >= MIN_ABBREVIATION ? abbreviationOf(key, known) : undefined) ??
        (0,_util_nearest_js__WEBPACK_IMPORTED_MODULE_5__/* .nearest */ .p)(key, known);
    return near ? `; did you mean \`${near}\`?` : `; valid keys here: ${known.join(', ')}`;
}
/** The shortest key that has every letter of `key` in order (sourceRepoURI → sourceRepositoryURI). */
function abbreviationOf(key, known) {
    const lower = key.toLowerCase();
    const isSubsequence = (candidate) => {
        let i = 0;
        for (const c of candidate.toLowerCase())
            if (c === lower[i])
                i += 1;
        return i === lower.length;
    };
    return known.filter(isSubsequence).sort((a, b) => a.length - b.length)[0];
}
/** The keys the schema accepts at a path, for "did you mean". */
function knownKeys(path) {
    let schema = unwrap(_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .policySchema */ .w);
    for (const segment of path) {
        const def = schema._zod.def;
        const next = def.type === 'object'
            ? def.shape?.[String(segment)]
            : def.type === 'array'
                ? def.element
                : undefined;
        if (!next)
            return [];
        schema = unwrap(next);
    }
    const def = schema._zod.def;
    return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}
function unwrap(schema) {
    let current = schema;
    for (;;) {
        const def = current._zod.def;
        if (def.innerType)
            current = def.innerType;
        else if (def.type === 'pipe' && def.in)
            current = def.in;
        else
            return current;
    }
}
/** Line and column of the node at a path (or of `key` inside it), else of the nearest parent. */
function position(doc, lines, path, key) {
    let node = doc.contents;
    let offset = rangeStart(node);
    for (const segment of key === undefined ? path : [...path, key]) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.key) && item.key.value === segment);
            if (!pair)
                break;
            offset =
                segment === key ? rangeStart(pair.key) : (rangeStart(pair.value) ?? rangeStart(pair.key));
            node = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) && typeof segment === 'number') {
            node = node.items[segment];
            offset = rangeStart(node) ?? offset;
        }
        else
            break;
    }
    const { line, col } = lines.linePos(offset ?? 0);
    return { line, column: col };
}
function rangeStart(node) {
    return node?.range?.[0];
}
function formatPath(path) {
    if (path.length === 0)
        return '(top level)';
    return path
        .map((segment, index) => typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${segment}`)
        .join('');
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return JSON.stringify(value);
    return `${typeof value} ${JSON.stringify(value)}`;
}
function article(expected) {
    const names = {
        object: 'a mapping',
        array: 'a list',
        int: 'a whole number',
    };
    return names[expected] ?? `a ${expected}`;
}


/***/ }),

/***/ 54139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ API_VERSION),
/* harmony export */   w: () => (/* binding */ policySchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(88532);
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69745);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75432);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(86931);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5705);
/* harmony import */ var _util_regexp_safety_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2122);
/* harmony import */ var _scan_model_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(40764);
/* harmony import */ var _sbom_purl_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64136);
/* harmony import */ var _conditions_condition_schema_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19014);
/**
 * The policy file's schema (POLICY.md). Strict everywhere: an unknown key is an error,
 * because a misspelt rule that is silently ignored is a rule that is not enforced.
 */











const API_VERSION = 'imprint/v1';
const DEFAULT_SIGNER_COUNT = 1;
const text = zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1, { error: 'must not be empty' });
const regExp = text
    .refine((value) => compiles(value), { error: 'is not a valid regular expression' })
    .superRefine((value, ctx) => {
    const nested = (0,_util_regexp_safety_js__WEBPACK_IMPORTED_MODULE_8__/* .findNestedQuantifier */ .p)(value);
    if (nested === undefined)
        return;
    ctx.addIssue({
        code: 'custom',
        message: `the group ${nested.group} repeats something that itself repeats (nested quantifiers): against a crafted certificate SAN it can take exponential time; write it without a quantifier inside a quantified group`,
    });
});
const expiry = text.refine(_dates_js__WEBPACK_IMPORTED_MODULE_9__/* .isValidExpiry */ .Kd, {
    error: 'expected a date YYYY-MM-DD or an RFC 3339 time such as 2026-12-31T12:00:00Z',
});
const duration = text.refine(_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .isDuration */ .n$, {
    error: 'expected a Go duration such as 720h, 90m or 1h30m (units h, m, s)',
});
const claimShape = Object.fromEntries([..._claims_js__WEBPACK_IMPORTED_MODULE_0__/* .CLAIM_NAMES */ .m, ...Object.keys(_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .CLAIM_ALIASES */ .c)].map((name) => [name, text.optional()]));
const claimsSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej(claimShape).transform((raw, ctx) => {
    const claims = {};
    for (const [name, value] of Object.entries(raw)) {
        if (value === undefined)
            continue;
        const canonical = _claims_js__WEBPACK_IMPORTED_MODULE_0__/* .CLAIM_ALIASES */ .c[name] ?? name;
        if (canonical !== name && raw[canonical] !== undefined) {
            ctx.addIssue({
                code: 'custom',
                path: [name],
                message: `\`${name}\` is another name for \`${canonical}\`: give only one of them`,
            });
        }
        claims[canonical] = value;
    }
    return claims;
});
const signerSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    issuer: text.optional(),
    issuerRegExp: regExp.optional(),
    subject: text.optional(),
    subjectRegExp: regExp.optional(),
    claims: claimsSchema.optional(),
    key: text.optional(),
})
    .superRefine((signer, ctx) => {
    const keyless = ['issuer', 'issuerRegExp', 'subject', 'subjectRegExp', 'claims'].filter((field) => signer[field] !== undefined);
    if (signer.key !== undefined) {
        if (keyless.length > 0) {
            ctx.addIssue({
                code: 'custom',
                path: [],
                message: `a signer is either \`key\` or keyless (issuer + subject), not both: remove ${keyless.map((f) => `\`${f}\``).join(', ')} or \`key\``,
            });
        }
        return;
    }
    exactlyOne(ctx, signer.issuer, signer.issuerRegExp, 'issuer', 'issuerRegExp');
    exactlyOne(ctx, signer.subject, signer.subjectRegExp, 'subject', 'subjectRegExp');
});
const ignoreSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    id: text,
    purls: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(text).optional(),
    expires: expiry.optional(),
    reason: text.optional(),
});
/** Who may issue VEX for the images this rule covers: the same signer entries as `signers`. */
const vexSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    signers: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(signerSchema).min(1, {
        error: 'name at least one VEX signer: VEX from anyone would let anyone clear a finding',
    }),
});
const vulnerabilitiesSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    maxSeverity: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['NONE', ..._scan_model_js__WEBPACK_IMPORTED_MODULE_10__/* .SEVERITIES */ .oC]).optional(),
    maxCvss: zod__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig()
        .min(0, { error: 'CVSS scores run from 0 to 10' })
        .max(10, { error: 'CVSS scores run from 0 to 10' })
        .optional(),
    ignoreUnfixed: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(false),
    ignore: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(ignoreSchema).default([]),
    vex: vexSchema.optional(),
})
    .refine((rules) => rules.maxSeverity !== undefined || rules.maxCvss !== undefined, {
    error: 'give `maxSeverity` (e.g. HIGH) or `maxCvss` (e.g. 8.9): without one nothing is checked',
});
/** A purl, read by the spec and kept in its canonical form, so matching compares like with like. */
const purlSchema = text.transform((value, ctx) => {
    try {
        return (0,_sbom_purl_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalPurl */ .qe)(value);
    }
    catch (error) {
        ctx.addIssue({
            code: 'custom',
            message: `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}; expected a package URL such as pkg:npm/lodash, pkg:npm/@babel/traverse or pkg:maven/org.example/lib`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_11__/* .NEVER */ .tm;
    }
});
const denyPackageSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    purl: purlSchema,
    versions: text
        .refine(_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidRange */ .yZ, {
        error: 'expected a version range such as "<1.10.0", ">=2.0.0 <2.3.1" or "<1.0 || >=3.0"',
    })
        .optional(),
});
const sbomSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    denyPackages: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(denyPackageSchema).default([]),
    denyLicenses: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(text).default([]),
});
const provenanceSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({ builderId: text });
/** Any predicate type, built-in or the user's own, named as in-toto names them: by absolute URI. */
const predicateType = text.superRefine((type, ctx) => {
    const problem = (0,_attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_5__/* .predicateTypeProblem */ .xe)(type);
    if (problem !== undefined)
        ctx.addIssue({ code: 'custom', message: problem });
});
const attestationSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    type: predicateType,
    maxAge: duration.optional(),
    sbom: sbomSchema.optional(),
    vulnerabilities: vulnerabilitiesSchema.optional(),
    provenance: provenanceSchema.optional(),
    // Kyverno's attestation conditions (JMESPath over the predicate), or any/all groups of
    // them: every entry must hold.
    conditions: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(_conditions_condition_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .conditionEntrySchema */ .j).optional(),
})
    .superRefine((rule, ctx) => {
    const wants = (field, types) => {
        if (rule[field] !== undefined && !types.includes(rule.type)) {
            ctx.addIssue({
                code: 'custom',
                path: [field],
                message: `\`${field}\` rules read attestations of type ${types.join(' or ')}, not ${rule.type}`,
            });
        }
    };
    wants('sbom', _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_5__/* .PREDICATE_TYPES_OF_KIND */ .nA.sbom);
    wants('vulnerabilities', _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_5__/* .PREDICATE_TYPES_OF_KIND */ .nA.vuln);
    wants('provenance', _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_5__/* .PREDICATE_TYPES_OF_KIND */ .nA.provenance);
});
const exceptionSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    image: text,
    expires: expiry,
    reason: text,
});
const policySchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    apiVersion: zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz(API_VERSION),
    kind: zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz('Policy'),
    mode: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['enforce', 'warn']).default('enforce'),
    images: zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        allow: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(text).default([]),
        exclude: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(text).default([]),
        // A tag can move after verify: only the digest verified is the digest deployed.
        requireDigest: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(true),
    })
        .default({ allow: [], exclude: [], requireDigest: true }),
    trust: zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        trustedRoot: text.optional(),
        requireTlog: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(true),
        requireTimestamp: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(false),
    })
        .default({ requireTlog: true, requireTimestamp: false }),
    signers: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(signerSchema).min(1, {
        error: 'name at least one signer: an image that need not be signed by anyone proves nothing',
    }),
    count: zod__WEBPACK_IMPORTED_MODULE_7__/* .int */ .Whr().min(1, { error: 'must be at least 1' }).default(DEFAULT_SIGNER_COUNT),
    attestations: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(attestationSchema).default([]),
    exceptions: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(exceptionSchema).default([]),
})
    .superRefine((policy, ctx) => {
    if (policy.signers.length > 0 && policy.count > policy.signers.length) {
        ctx.addIssue({
            code: 'custom',
            path: ['count'],
            message: `asks for ${policy.count} matching signers but only ${policy.signers.length} are listed under \`signers\``,
        });
    }
});
function compiles(pattern) {
    try {
        new RegExp(pattern, 'u');
        return true;
    }
    catch {
        return false;
    }
}
function exactlyOne(ctx, plain, regex, plainKey, regexKey) {
    if (plain === undefined && regex === undefined) {
        ctx.addIssue({
            code: 'custom',
            path: [],
            message: `a keyless signer needs \`${plainKey}\` (exact or glob) or \`${regexKey}\`; for a public key use \`key\``,
        });
    }
    else if (plain !== undefined && regex !== undefined) {
        ctx.addIssue({
            code: 'custom',
            path: [regexKey],
            message: `give \`${plainKey}\` or \`${regexKey}\`, not both`,
        });
    }
}


/***/ }),

/***/ 20838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parsePurl),
/* harmony export */   qe: () => (/* binding */ canonicalPurl)
/* harmony export */ });
/* unused harmony export PurlError */
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74468);
/**
 * Reading package URLs the way the purl spec says to ("How to parse a purl string"), and
 * normalising them per type (PURL-TYPES), so two spellings of one package compare equal:
 * `pkg:npm/@babel/traverse` and `pkg:npm/%40babel/traverse`, `pkg:PyPI/Django_Rest` and
 * `pkg:pypi/django-rest`. Pure; building the canonical string is purl.ts's job.
 *
 * A small spec parser rather than a dependency: `packageurl-js` would replace it.
 */

class PurlError extends Error {
    purl;
    constructor(purl, reason) {
        super(`${purl} is not a valid package URL: ${reason}`);
        this.purl = purl;
        this.name = 'PurlError';
    }
}
const TYPE = /^[a-z.+-][a-z0-9.+-]*$/;
const QUALIFIER_KEY = /^[a-z.\-_][a-z0-9.\-_]*$/;
/** Types whose namespace is case-insensitive (PURL-TYPES), so it is lowercased. */
const LOWER_NAMESPACE = new Set([
    'alpm',
    'apk',
    'bitbucket',
    'composer',
    'deb',
    'github',
    'gitlab',
    'hex',
    'npm',
    'qpkg',
    'rpm',
]);
/** Types whose name is case-insensitive, so it is lowercased. */
const LOWER_NAME = new Set([
    'alpm',
    'apk',
    'bitbucket',
    'bitnami',
    'composer',
    'deb',
    'github',
    'gitlab',
    'hex',
    'npm',
    'oci',
    'pub',
    'pypi',
]);
function parsePurl(text) {
    const fail = (reason) => {
        throw new PurlError(text, reason);
    };
    const colon = text.indexOf(':');
    if (colon < 0 || text.slice(0, colon).toLowerCase() !== 'pkg') {
        fail('it must start with "pkg:"');
    }
    let rest = text.slice(colon + 1);
    let subpath;
    const hash = rest.indexOf('#');
    if (hash >= 0) {
        subpath = segments(rest.slice(hash + 1), fail, true).join('/') || undefined;
        rest = rest.slice(0, hash);
    }
    let qualifiers = {};
    const question = rest.indexOf('?');
    if (question >= 0) {
        qualifiers = parseQualifiers(rest.slice(question + 1), fail);
        rest = rest.slice(0, question);
    }
    // `pkg://type/...` is tolerated by the spec: slashes after the scheme mean nothing.
    rest = rest.replace(/^\/+/, '').replace(/\/+$/, '');
    const slash = rest.indexOf('/');
    if (slash < 0)
        fail('it needs a type and a name (pkg:type/name)');
    const type = rest.slice(0, slash).toLowerCase();
    if (!TYPE.test(type))
        fail(`"${type}" is not a valid type`);
    rest = rest.slice(slash + 1);
    // The version `@` is the last one after the last `/`: an npm scope's `@` may be unencoded.
    let version;
    const at = rest.lastIndexOf('@');
    if (at > rest.lastIndexOf('/')) {
        version = decode(rest.slice(at + 1), fail) || undefined;
        rest = rest.slice(0, at);
    }
    const parts = segments(rest, fail, false);
    const name = parts.pop();
    if (!name)
        fail('it has no name');
    const parsed = { type, name: name, qualifiers };
    if (parts.length > 0)
        parsed.namespace = parts.join('/');
    if (version !== undefined)
        parsed.version = version;
    if (subpath !== undefined)
        parsed.subpath = subpath;
    return normaliseForType(parsed);
}
/** The canonical string of a purl (spec encoding, type rules applied). */
function canonicalPurl(text) {
    const parsed = parsePurl(text);
    const parts = { type: parsed.type, name: parsed.name, qualifiers: parsed.qualifiers };
    if (parsed.namespace !== undefined)
        parts.namespace = parsed.namespace;
    if (parsed.version !== undefined)
        parts.version = parsed.version;
    if (parsed.subpath !== undefined)
        parts.subpath = parsed.subpath;
    return (0,_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .buildPurl */ .Eq)(parts);
}
/**
 * PURL-TYPES' normalisations. PyPI goes as far as PEP 503 (runs of `-`, `_`, `.` become one
 * `-`), the registry's own notion of one name; npm names are lowercased, as the registry
 * requires of every name since 2017. Go module paths keep their case: they are case-sensitive.
 */
function normaliseForType(purl) {
    if (purl.namespace !== undefined && LOWER_NAMESPACE.has(purl.type)) {
        purl.namespace = purl.namespace.toLowerCase();
    }
    if (LOWER_NAME.has(purl.type))
        purl.name = purl.name.toLowerCase();
    if (purl.type === 'pypi')
        purl.name = purl.name.replace(/[-_.]+/g, '-');
    if (purl.type === 'pub')
        purl.name = purl.name.replace(/-/g, '_');
    if ((purl.type === 'huggingface' || purl.type === 'luarocks') && purl.version !== undefined) {
        purl.version = purl.version.toLowerCase();
    }
    return purl;
}
function parseQualifiers(text, fail) {
    const qualifiers = {};
    for (const pair of text.split('&')) {
        if (pair === '')
            continue;
        const equals = pair.indexOf('=');
        if (equals <= 0)
            fail(`qualifier "${pair}" is not key=value`);
        const key = pair.slice(0, equals).toLowerCase();
        if (!QUALIFIER_KEY.test(key))
            fail(`"${key}" is not a valid qualifier key`);
        if (key in qualifiers)
            fail(`qualifier "${key}" is given twice`);
        const value = decode(pair.slice(equals + 1), fail);
        if (value !== '')
            qualifiers[key] = value;
    }
    return qualifiers;
}
/** `/`-separated segments, each percent-decoded; empty ones dropped (and `.`/`..` in subpaths). */
function segments(text, fail, subpath) {
    return text
        .split('/')
        .filter((segment) => segment !== '' && !(subpath && (segment === '.' || segment === '..')))
        .map((segment) => decode(segment, fail));
}
function decode(text, fail) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return fail(`"${text}" is not valid percent-encoded UTF-8`);
    }
}


/***/ })

};
