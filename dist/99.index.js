export const id = 99;
export const ids = [99];
export const modules = {

/***/ 20326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ policyFromFlags)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6563);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54139);
/**
 * The quick-start path: cosign-style flags (`--certificate-identity`, `--key`, …) build
 * the same Policy object a policy file would, so one evaluator serves both.
 */



const PREDICATES = {
    sbom: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .PREDICATE_CYCLONEDX */ .Ok,
    vuln: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .PREDICATE_VULN */ .k9,
    provenance: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .PREDICATE_SLSA_V1 */ .Ke,
};
function policyFromFlags(flags) {
    const input = {
        apiVersion: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .API_VERSION */ .mG,
        kind: 'Policy',
        mode: flags.mode ?? 'enforce',
        ...(flags.ignoreTlog && { trust: { requireTlog: false } }),
        signers: [signerFromFlags(flags)],
        attestations: attestationsFromFlags(flags),
    };
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .policySchema */ .wh.safeParse(input);
    if (!result.success) {
        const problems = result.error.issues.map((issue) => issue.message).join('; ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `The verify flags do not make a valid policy: ${problems}`, {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_CONFLICT', 'Give --key or --certificate-identity/--certificate-oidc-issuer, not both.', {
                hint: '--key verifies a key-signed image; the certificate flags verify a keyless one',
            });
        }
        return { key: flags.key };
    }
    if (flags.certificateIdentity !== undefined && flags.certificateIdentityRegexp !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_CONFLICT', 'Give --certificate-identity or --certificate-identity-regexp, not both.');
    }
    if (flags.certificateOidcIssuer !== undefined &&
        flags.certificateOidcIssuerRegexp !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_CONFLICT', 'Give --certificate-oidc-issuer or --certificate-oidc-issuer-regexp, not both.');
    }
    if (identity === undefined || issuer === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `Missing ${identity === undefined ? '--certificate-identity' : '--certificate-oidc-issuer'}: say who must have signed the image.`, {
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
    return value.includes('*') ? { [`${field}RegExp`]: (0,_match_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegExp */ .Nt)(value) } : { [field]: value };
}
function attestationsFromFlags(flags) {
    const wanted = new Set(flags.requireAttestations ?? []);
    if (flags.maxSeverity !== undefined)
        wanted.add('vuln');
    return [...wanted].map((kind) => kind === 'vuln' && flags.maxSeverity !== undefined
        ? { type: PREDICATES.vuln, vulnerabilities: { maxSeverity: flags.maxSeverity } }
        : { type: PREDICATES[kind] });
}


/***/ }),

/***/ 58164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPolicy: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* unused harmony exports parsePolicy, formatPath */
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
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_3__/* .policySchema */ .wh.safeParse(data ?? {}, { reportInput: true });
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
    let schema = unwrap(_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .policySchema */ .wh);
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

/***/ 40764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   zZ: () => (/* binding */ isFixed)
/* harmony export */ });
/* unused harmony export emptyCounts */
/**
 * The one findings model every vulnerability consumer shares: the scan step's gate, the
 * policy engine's `vulnerabilities` rules, the summaries and the GitLab report.
 */
const SEVERITIES = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
function severityRank(severity) {
    return severity === 'NONE' ? -1 : SEVERITIES.indexOf(severity);
}
function emptyCounts() {
    return { UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 };
}
function countBySeverity(findings) {
    const counts = emptyCounts();
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}
function isFixed(finding) {
    return finding.fixedVersion !== undefined && finding.fixedVersion !== '';
}


/***/ })

};
