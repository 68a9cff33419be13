export const id = 164;
export const ids = [164];
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

/***/ 69423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ evaluateKey),
/* harmony export */   cG: () => (/* binding */ NothingFound),
/* harmony export */   dD: () => (/* binding */ keyProblem)
/* harmony export */ });
/* harmony import */ var jmespath__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var jmespath__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jmespath__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * The `key` of a condition as Kyverno writes it: text with `{{ expression }}` variables, each a
 * JMESPath expression over the predicate. A key that is one variable gives the expression's
 * value; variables inside other text are replaced by their values as text. Standard JMESPath
 * (jmespath.js, the reference implementation): Kyverno's own functions (time_since, …) are not
 * known here, and a condition that calls one fails closed with the reason. An expression that
 * finds nothing (null) fails too, as in Kyverno, whose JMESPath refuses an unknown key
 * ("Unknown key … in path"): `{{ field || '' }}` gives a default in both.
 */


/** `{{ … }}`, allowing one level of braces inside (a multi-select hash `{a: b}`). */
const VARIABLE = /\{\{((?:[^{}]|\{[^{}]*\})*)\}\}/g;
/** jmespath.js parses without evaluating (its types declare `search` only). */
const parser = (jmespath__WEBPACK_IMPORTED_MODULE_0___default());
/** The JMESPath expressions of a key, in order. */
function expressionsIn(key) {
    return [...key.matchAll(VARIABLE)].map((match) => match[1].trim());
}
/** Why a key cannot be evaluated (undefined when it can): what policy lint reports. */
function keyProblem(key) {
    const expressions = expressionsIn(key);
    if (expressions.length === 0)
        return 'reads nothing from the predicate: write the key as "{{ expression }}", e.g. "{{ result }}"';
    const rest = key.replace(VARIABLE, '');
    if (rest.includes('{{') || rest.includes('}}'))
        return 'has unbalanced or nested {{ }}: each variable is one JMESPath expression between {{ and }}';
    for (const expression of expressions) {
        if (expression === '')
            return 'has an empty {{ }}';
        try {
            parser.compile(expression);
        }
        catch (error) {
            return `JMESPath expression "${expression}" does not parse: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`;
        }
    }
    return undefined;
}
/** An expression of the key found nothing in the predicate. */
class NothingFound extends Error {
    expression;
    constructor(expression) {
        super(`${expression} finds nothing in the predicate`);
        this.expression = expression;
    }
}
/**
 * The key's value for this predicate. Throws NothingFound for an expression that gives null,
 * and jmespath.js's error when an expression fails at evaluation (an
 * unknown function, a wrong argument type): the caller fails the check with the reason.
 */
function evaluateKey(key, predicate) {
    const data = plainData(predicate);
    const only = [...key.matchAll(VARIABLE)];
    if (only.length === 1 && only[0][0] === key.trim())
        return search(data, only[0][1]);
    return key.replace(VARIABLE, (_, expression) => {
        const value = search(data, expression);
        return typeof value === 'string' ? value : JSON.stringify(value);
    });
}
function search(data, expression) {
    const value = jmespath__WEBPACK_IMPORTED_MODULE_0___default().search(data, expression.trim());
    if (value === null || value === undefined)
        throw new NothingFound(expression.trim());
    return value;
}
/**
 * The predicate with objects that have no prototype: jmespath.js reads fields with `obj[name]`,
 * so `{{ constructor }}` would otherwise find Object's constructor rather than nothing.
 */
function plainData(value) {
    if (Array.isArray(value))
        return value.map(plainData);
    if (typeof value !== 'object' || value === null)
        return value;
    const copy = Object.create(null);
    for (const [name, field] of Object.entries(value))
        copy[name] = plainData(field);
    return copy;
}


/***/ }),

/***/ 91772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n9: () => (/* binding */ isComparable),
/* harmony export */   pj: () => (/* binding */ RENAMED_OPERATORS),
/* harmony export */   s9: () => (/* binding */ CONDITION_OPERATORS),
/* harmony export */   v9: () => (/* binding */ holds)
/* harmony export */ });
/* unused harmony export wildcardMatch */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75432);
/**
 * Kyverno's condition operators, with Kyverno's semantics (pkg/engine/variables/operator, read
 * at main): so a condition judged here and the same condition exported into a ClusterPolicy
 * agree. Strings compare with Kyverno's wildcards (`*` any run, `?` one character, the value
 * being the pattern); the set operators turn every item into text first, as Go's fmt.Sprint
 * does, and match in either direction; the ordering operators read numbers and Go durations.
 * Kyverno's range values ("1-10") and resource quantities ("1Gi") are not read.
 */


const CONDITION_OPERATORS = [
    'Equals',
    'NotEquals',
    'AnyIn',
    'AllIn',
    'AnyNotIn',
    'AllNotIn',
    'GreaterThan',
    'GreaterThanOrEquals',
    'LessThan',
    'LessThanOrEquals',
    'DurationGreaterThan',
    'DurationGreaterThanOrEquals',
    'DurationLessThan',
    'DurationLessThanOrEquals',
];
/** Kyverno's deprecated names, for a hint: they are refused rather than guessed at. */
const RENAMED_OPERATORS = {
    Equal: 'Equals',
    NotEqual: 'NotEquals',
    In: 'AllIn',
    NotIn: 'AllNotIn',
};
/** Whether `key` (the expression's value) stands in `operator` to `value` (the policy's). */
function holds(operator, key, value) {
    // Kyverno's set operators read text, numbers, booleans and lists; anything else never holds.
    const setKey = key !== null && key !== undefined && (typeof key !== 'object' || Array.isArray(key));
    if (operator.includes('In') && !setKey)
        return false;
    switch (operator) {
        case 'Equals':
            return equals(key, value);
        case 'NotEquals':
            return !equals(key, value);
        case 'AnyIn':
            return asItems(key).some((item) => inValues(item, value));
        case 'AllIn':
            return asItems(key).every((item) => inValues(item, value));
        case 'AnyNotIn':
            return asItems(key).some((item) => !inValues(item, value));
        case 'AllNotIn':
            return asItems(key).every((item) => !inValues(item, value));
        default:
            return ordered(operator, key, value);
    }
}
/** Kyverno's wildcard.Match: the whole text, `*` any run (`/` too), `?` one character. */
function wildcardMatch(pattern, text) {
    const source = [...pattern]
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
        .join('');
    return new RegExp(`^${source}$`, 'su').test(text);
}
function equals(key, value) {
    if (typeof key === 'string') {
        if (typeof value === 'number')
            return numberOf(key) === value;
        if (typeof value !== 'string')
            return false;
        const durations = [(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(key), (0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(value)];
        if (durations[0] !== undefined && durations[1] !== undefined)
            return durations[0] === durations[1];
        return wildcardMatch(value, key);
    }
    if (typeof key === 'number') {
        if (typeof value === 'string')
            return numberOf(value) === key;
        return key === value;
    }
    return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(key, value);
}
/** A key is one item, or the items of a list; each as Go's fmt.Sprint would print it. */
function asItems(key) {
    return (Array.isArray(key) ? key : [key]).map(goText);
}
function inValues(item, value) {
    const values = Array.isArray(value) ? value.map(goText) : valuesOfText(value);
    return values.some((v) => wildcardMatch(v, item) || wildcardMatch(item, v));
}
/** A single value, or a JSON list written as a string (Kyverno reads both). */
function valuesOfText(value) {
    if (typeof value !== 'string')
        return [goText(value)];
    try {
        const parsed = JSON.parse(value);
        if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string'))
            return parsed;
    }
    catch {
        // Not JSON: the string is the one value.
    }
    return [value];
}
function goText(value) {
    if (value === null || value === undefined)
        return '<nil>';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return JSON.stringify(value);
}
function ordered(operator, key, value) {
    const durationsOnly = operator.startsWith('Duration');
    const pair = durationsOnly ? [durationOf(key), durationOf(value)] : comparable(key, value);
    const [a, b] = pair;
    if (a === undefined || b === undefined)
        return false;
    const name = operator.replace(/^Duration/, '');
    if (name === 'GreaterThan')
        return a > b;
    if (name === 'GreaterThanOrEquals')
        return a >= b;
    if (name === 'LessThan')
        return a < b;
    return a <= b;
}
/** Two numbers, or two Go durations (in milliseconds): what the ordering operators compare. */
function comparable(key, value) {
    const numbers = [numberOf(key), numberOf(value)];
    if (numbers[0] !== undefined && numbers[1] !== undefined)
        return numbers;
    const durations = [durationOf(key), durationOf(value)];
    return durations;
}
function numberOf(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
}
/** A Go duration, or a number of seconds (Kyverno's Duration operators read both). */
function durationOf(value) {
    if (typeof value === 'number')
        return value * 1000;
    return typeof value === 'string' ? (0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(value) : undefined;
}
/** Whether the ordering operators can compare the two at all (for the message). */
function isComparable(operator, key, value) {
    if (!operator.includes('Than'))
        return true;
    const [a, b] = operator.startsWith('Duration')
        ? [durationOf(key), durationOf(value)]
        : comparable(key, value);
    return a !== undefined && b !== undefined;
}


/***/ }),

/***/ 86931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kd: () => (/* binding */ isValidExpiry),
/* harmony export */   _d: () => (/* binding */ isExpired),
/* harmony export */   pe: () => (/* binding */ parseTime)
/* harmony export */ });
/* unused harmony export parseExpiry */
/**
 * Expiry dates in the policy file: `YYYY-MM-DD` means the end of that day (UTC), so an
 * entry written "expires: 2026-12-31" still applies all of New Year's Eve. The same
 * rule as the scan gate's ignore entries (src/scan/gate.ts `ruleExpiry`).
 */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
function parseExpiry(text) {
    if (!DATE_ONLY.test(text) && !RFC3339.test(text))
        return undefined;
    const time = new Date(DATE_ONLY.test(text) ? `${text}T23:59:59.999Z` : text);
    if (Number.isNaN(time.getTime()))
        return undefined;
    // Reject dates JavaScript silently rolls over (2026-02-30 → March 2).
    if (DATE_ONLY.test(text) && time.toISOString().slice(0, 10) !== text)
        return undefined;
    return time;
}
function isValidExpiry(text) {
    return parseExpiry(text) !== undefined;
}
function isExpired(text, now) {
    const expiry = parseExpiry(text);
    // An unreadable expiry cannot keep a waiver alive: fail closed.
    return expiry === undefined || expiry.getTime() < now.getTime();
}
/** A time from evidence (ISO string), or undefined when absent or unreadable. */
function parseTime(text) {
    if (text === undefined)
        return undefined;
    const time = new Date(text);
    return Number.isNaN(time.getTime()) ? undefined : time;
}


/***/ }),

/***/ 75432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   HK: () => (/* binding */ describeAge),
/* harmony export */   n$: () => (/* binding */ isDuration)
/* harmony export */ });
/**
 * Go-style durations (`720h`, `1h30m`, `45s`), the form Kyverno and cosign use, so a
 * `maxAge` reads the same in the policy file and in the exported cluster policy.
 */
const UNIT_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
};
const DURATION = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/;
const PART = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g;
function isDuration(text) {
    return DURATION.test(text);
}
/** Milliseconds in a Go duration; undefined when the text is not one. */
function parseDuration(text) {
    if (!isDuration(text))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of text.matchAll(PART))
        total += Number(amount) * UNIT_MS[unit];
    return total;
}
/** A short human form of an age, for messages: `3d 4h`, `25m`, `12s`. */
function describeAge(ms) {
    const minutes = Math.floor(ms / 60_000);
    if (minutes < 1)
        return `${Math.max(0, Math.floor(ms / 1000))}s`;
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    if (days > 0)
        return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
    return hours > 0 ? `${hours}h ${minutes % 60}m` : `${minutes}m`;
}


/***/ }),

/***/ 20326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ policyFromFlags)
/* harmony export */ });
/* harmony import */ var _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64136);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6563);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70820);
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
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70820);
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

/***/ 6563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ matchesImageGlob),
/* harmony export */   Cl: () => (/* binding */ describeIdentity),
/* harmony export */   L2: () => (/* binding */ identityPattern),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   cR: () => (/* binding */ firstMatchingGlob),
/* harmony export */   oY: () => (/* binding */ globToRegExpSource),
/* harmony export */   vB: () => (/* binding */ anchoredRegExpSource),
/* harmony export */   wD: () => (/* binding */ matchesIdentity),
/* harmony export */   zw: () => (/* binding */ parseImageGlob)
/* harmony export */ });
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79310);
/**
 * Matching rules shared by evaluation and the exporters, so both read a pattern the same
 * way: image globs (`*` stops at `/`, `**` crosses it) on normalised references, and
 * identities (exact, glob, or a regular expression that is always anchored).
 */

/**
 * Splits a glob like a reference (name, `:tag`, `@digest`) and normalises its name the way
 * Docker normalises references (registry/reference.ts), so `nginx`, `docker.io/nginx` and
 * `index.docker.io/library/nginx` agree, and `GHCR.io/acme/app` names `ghcr.io/acme/app`.
 */
function parseImageGlob(glob) {
    const at = glob.indexOf('@');
    const digest = at >= 0 ? glob.slice(at + 1) : undefined;
    const beforeDigest = at >= 0 ? glob.slice(0, at) : glob;
    // Only a colon after the last `/` is a tag; one before it is a port (localhost:5000/app).
    const colon = beforeDigest.indexOf(':', beforeDigest.lastIndexOf('/') + 1);
    const tag = colon >= 0 ? beforeDigest.slice(colon + 1) : undefined;
    const rawName = tag !== undefined ? beforeDigest.slice(0, colon) : beforeDigest;
    const result = { name: (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseRepositoryPattern */ .$F)(rawName) };
    if (tag !== undefined)
        result.tag = tag;
    if (digest !== undefined)
        result.digest = digest;
    return result;
}
/** A glob covers an image when it matches one of the names Docker gives the image. */
function matchesImageGlob(glob, image) {
    const pattern = parseImageGlob(glob);
    const name = globToRegExp(pattern.name);
    if (!(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .imageNameSpellings */ .uE)(image.name).some((spelling) => name.test(spelling)))
        return false;
    if (pattern.tag !== undefined && !globToRegExp(pattern.tag).test(image.tag ?? ''))
        return false;
    if (pattern.digest !== undefined && !globToRegExp(pattern.digest).test(image.digest ?? '')) {
        return false;
    }
    return true;
}
function firstMatchingGlob(globs, image) {
    return globs.find((glob) => matchesImageGlob(glob, image));
}
const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\]/g;
function escapeRegExp(text) {
    return text.replace(REGEXP_SPECIAL, '\\$&');
}
/** `**` → any characters, `*` → any characters but `/`; the rest is literal. Unanchored source. */
function globToRegExpSource(glob) {
    return glob
        .split('**')
        .map((part) => part.split('*').map(escapeRegExp).join('[^/]*'))
        .join('.*');
}
function globToRegExp(glob) {
    return new RegExp(`^${globToRegExpSource(glob)}$`, 'u');
}
function isGlob(value) {
    return value.includes('*');
}
/** `subject` is exact unless it holds `*`; `subjectRegExp` is a regex. */
function identityPattern(plain, regexp) {
    if (regexp !== undefined)
        return { kind: 'regexp', value: regexp };
    const value = plain ?? '';
    return isGlob(value) ? { kind: 'glob', value } : { kind: 'exact', value };
}
/** The anchored regular expression that means exactly what the pattern means. */
function anchoredRegExpSource(pattern) {
    switch (pattern.kind) {
        case 'exact':
            return `^${escapeRegExp(pattern.value)}$`;
        case 'glob':
            return `^${globToRegExpSource(pattern.value)}$`;
        default:
            return `^(?:${pattern.value})$`;
    }
}
function matchesIdentity(pattern, value) {
    if (value === undefined)
        return false;
    if (pattern.kind === 'exact')
        return pattern.value === value;
    return new RegExp(anchoredRegExpSource(pattern), 'u').test(value);
}
function describeIdentity(pattern) {
    return pattern.kind === 'regexp' ? `/${anchoredRegExpSource(pattern)}/` : pattern.value;
}


/***/ }),

/***/ 70820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ API_VERSION),
  w: () => (/* binding */ policySchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./src/policy/claims.ts
var policy_claims = __webpack_require__(69745);
// EXTERNAL MODULE: ./src/policy/duration.ts
var duration = __webpack_require__(75432);
// EXTERNAL MODULE: ./src/policy/dates.ts
var dates = __webpack_require__(86931);
// EXTERNAL MODULE: ./src/policy/versions.ts
var versions = __webpack_require__(5705);
// EXTERNAL MODULE: ./src/util/regexp-safety.ts
var regexp_safety = __webpack_require__(2122);
// EXTERNAL MODULE: ./src/scan/model.ts
var model = __webpack_require__(40764);
// EXTERNAL MODULE: ./src/sbom/purl-parse.ts
var purl_parse = __webpack_require__(20838);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/attest/predicate-types.ts
var predicate_types = __webpack_require__(64136);
// EXTERNAL MODULE: ./src/policy/conditions/expression.ts
var expression = __webpack_require__(69423);
// EXTERNAL MODULE: ./src/policy/conditions/operators.ts
var operators = __webpack_require__(91772);
;// CONCATENATED MODULE: ./src/policy/conditions/condition-schema.ts
/**
 * A condition in the policy file, in Kyverno's shape (`key`, `operator`, `value`, `message`):
 * written once, read by `imprint verify` and exported to Kyverno as it is. A key whose JMESPath
 * does not parse is a policy error at its line, before any image is looked at.
 */



const operatorSchema = schemas/* string */.YjP().transform((name, ctx) => {
    if (operators/* CONDITION_OPERATORS */.s9.includes(name))
        return name;
    const renamed = operators/* RENAMED_OPERATORS */.pj[name];
    ctx.addIssue({
        code: 'custom',
        message: renamed
            ? `${name} is Kyverno's deprecated name: write ${renamed}`
            : `unknown operator ${JSON.stringify(name)}; one of ${operators/* CONDITION_OPERATORS */.s9.join(', ')}`,
    });
    return core/* NEVER */.tm;
});
const conditionSchema = schemas/* strictObject */.rej({
    key: schemas/* string */.YjP().superRefine((key, ctx) => {
        const problem = (0,expression/* keyProblem */.dD)(key);
        if (problem !== undefined)
            ctx.addIssue({ code: 'custom', message: problem });
    }),
    operator: operatorSchema,
    // Any YAML value (the policy file is YAML, so it is JSON data); only its absence is wrong.
    value: schemas/* unknown */.L5J().superRefine((value, ctx) => {
        if (value === undefined)
            ctx.addIssue({ code: 'custom', message: 'is required but missing' });
        // Kyverno would substitute them and imprint verify would compare them as text: refused.
        else if (JSON.stringify(value).includes('{{'))
            ctx.addIssue({
                code: 'custom',
                message: 'holds a {{ }} variable: values are compared as written; put the expression in `key`',
            });
    }),
    message: schemas/* string */.YjP().min(1, { error: 'must not be empty' }).optional(),
});

;// CONCATENATED MODULE: ./src/policy/schema.ts
/**
 * The policy file's schema (POLICY.md). Strict everywhere: an unknown key is an error,
 * because a misspelt rule that is silently ignored is a rule that is not enforced.
 */











const API_VERSION = 'imprint/v1';
const DEFAULT_SIGNER_COUNT = 1;
const schema_text = schemas/* string */.YjP().min(1, { error: 'must not be empty' });
const regExp = schema_text
    .refine((value) => compiles(value), { error: 'is not a valid regular expression' })
    .superRefine((value, ctx) => {
    const nested = (0,regexp_safety/* findNestedQuantifier */.p)(value);
    if (nested === undefined)
        return;
    ctx.addIssue({
        code: 'custom',
        message: `the group ${nested.group} repeats something that itself repeats (nested quantifiers): against a crafted certificate SAN it can take exponential time; write it without a quantifier inside a quantified group`,
    });
});
const expiry = schema_text.refine(dates/* isValidExpiry */.Kd, {
    error: 'expected a date YYYY-MM-DD or an RFC 3339 time such as 2026-12-31T12:00:00Z',
});
const schema_duration = schema_text.refine(duration/* isDuration */.n$, {
    error: 'expected a Go duration such as 720h, 90m or 1h30m (units h, m, s)',
});
const claimShape = Object.fromEntries([...policy_claims/* CLAIM_NAMES */.m, ...Object.keys(policy_claims/* CLAIM_ALIASES */.c)].map((name) => [name, schema_text.optional()]));
const claimsSchema = schemas/* strictObject */.rej(claimShape).transform((raw, ctx) => {
    const claims = {};
    for (const [name, value] of Object.entries(raw)) {
        if (value === undefined)
            continue;
        const canonical = policy_claims/* CLAIM_ALIASES */.c[name] ?? name;
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
const signerSchema = schemas/* strictObject */.rej({
    issuer: schema_text.optional(),
    issuerRegExp: regExp.optional(),
    subject: schema_text.optional(),
    subjectRegExp: regExp.optional(),
    claims: claimsSchema.optional(),
    key: schema_text.optional(),
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
const ignoreSchema = schemas/* strictObject */.rej({
    id: schema_text,
    purls: schemas/* array */.YOg(schema_text).optional(),
    expires: expiry.optional(),
    reason: schema_text.optional(),
});
const vulnerabilitiesSchema = schemas/* strictObject */.rej({
    maxSeverity: schemas/* enum */.k5n(['NONE', ...model/* SEVERITIES */.oC]).optional(),
    maxCvss: schemas/* number */.aig()
        .min(0, { error: 'CVSS scores run from 0 to 10' })
        .max(10, { error: 'CVSS scores run from 0 to 10' })
        .optional(),
    ignoreUnfixed: schemas/* boolean */.zMY().default(false),
    ignore: schemas/* array */.YOg(ignoreSchema).default([]),
})
    .refine((rules) => rules.maxSeverity !== undefined || rules.maxCvss !== undefined, {
    error: 'give `maxSeverity` (e.g. HIGH) or `maxCvss` (e.g. 8.9): without one nothing is checked',
});
/** A purl, read by the spec and kept in its canonical form, so matching compares like with like. */
const purlSchema = schema_text.transform((value, ctx) => {
    try {
        return (0,purl_parse/* canonicalPurl */.qe)(value);
    }
    catch (error) {
        ctx.addIssue({
            code: 'custom',
            message: `${(0,errors/* messageOf */.bD)(error)}; expected a package URL such as pkg:npm/lodash, pkg:npm/@babel/traverse or pkg:maven/org.example/lib`,
        });
        return core/* NEVER */.tm;
    }
});
const denyPackageSchema = schemas/* strictObject */.rej({
    purl: purlSchema,
    versions: schema_text
        .refine(versions/* isValidRange */.yZ, {
        error: 'expected a version range such as "<1.10.0", ">=2.0.0 <2.3.1" or "<1.0 || >=3.0"',
    })
        .optional(),
});
const sbomSchema = schemas/* strictObject */.rej({
    denyPackages: schemas/* array */.YOg(denyPackageSchema).default([]),
    denyLicenses: schemas/* array */.YOg(schema_text).default([]),
});
const provenanceSchema = schemas/* strictObject */.rej({ builderId: schema_text });
/** Any predicate type, built-in or the user's own, named as in-toto names them: by absolute URI. */
const predicateType = schema_text.superRefine((type, ctx) => {
    const problem = (0,predicate_types/* predicateTypeProblem */.xe)(type);
    if (problem !== undefined)
        ctx.addIssue({ code: 'custom', message: problem });
});
const attestationSchema = schemas/* strictObject */.rej({
    type: predicateType,
    maxAge: schema_duration.optional(),
    sbom: sbomSchema.optional(),
    vulnerabilities: vulnerabilitiesSchema.optional(),
    provenance: provenanceSchema.optional(),
    // Kyverno's attestation conditions (JMESPath over the predicate): all must hold.
    conditions: schemas/* array */.YOg(conditionSchema).optional(),
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
    wants('sbom', predicate_types/* PREDICATE_TYPES_OF_KIND */.nA.sbom);
    wants('vulnerabilities', predicate_types/* PREDICATE_TYPES_OF_KIND */.nA.vuln);
    wants('provenance', predicate_types/* PREDICATE_TYPES_OF_KIND */.nA.provenance);
});
const exceptionSchema = schemas/* strictObject */.rej({
    image: schema_text,
    expires: expiry,
    reason: schema_text,
});
const policySchema = schemas/* strictObject */.rej({
    apiVersion: schemas/* literal */.euz(API_VERSION),
    kind: schemas/* literal */.euz('Policy'),
    mode: schemas/* enum */.k5n(['enforce', 'warn']).default('enforce'),
    images: schemas/* strictObject */.rej({
        allow: schemas/* array */.YOg(schema_text).default([]),
        exclude: schemas/* array */.YOg(schema_text).default([]),
        // A tag can move after verify: only the digest verified is the digest deployed.
        requireDigest: schemas/* boolean */.zMY().default(true),
    })
        .default({ allow: [], exclude: [], requireDigest: true }),
    trust: schemas/* strictObject */.rej({
        trustedRoot: schema_text.optional(),
        requireTlog: schemas/* boolean */.zMY().default(true),
        requireTimestamp: schemas/* boolean */.zMY().default(false),
    })
        .default({ requireTlog: true, requireTimestamp: false }),
    signers: schemas/* array */.YOg(signerSchema).min(1, {
        error: 'name at least one signer: an image that need not be signed by anyone proves nothing',
    }),
    count: schemas/* int */.Whr().min(1, { error: 'must be at least 1' }).default(DEFAULT_SIGNER_COUNT),
    attestations: schemas/* array */.YOg(attestationSchema).default([]),
    exceptions: schemas/* array */.YOg(exceptionSchema).default([]),
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

/***/ 5705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lu: () => (/* binding */ formatRange),
/* harmony export */   rR: () => (/* binding */ versionInRange),
/* harmony export */   yZ: () => (/* binding */ isValidRange)
/* harmony export */ });
/* unused harmony exports compareVersions, compareDebian, rpmvercmp */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Version ranges for `denyPackages`: comparators (`<1.10.0`, `>=2.0 <2.3.1`) joined by
 * spaces (all must hold) and `||` (any alternative). Each ecosystem compares versions
 * its own way: Debian with dpkg's algorithm, RPM and Alpine with rpmvercmp, the rest
 * as SemVer when both sides are valid SemVer, else with rpmvercmp's segment rules
 * (a fair reading of Maven, PyPI and Go versions; not their full specifications:
 * e.g. Alpine `_rc` and Maven qualifiers sort after the release here).
 */

const COMPARATOR = /^(<=|>=|==|!=|<|>|=)?\s*([^\s<>=!|]+)$/;
function parseRange(range) {
    const alternatives = range.split('||').map((part) => part.trim());
    const parsed = [];
    for (const alternative of alternatives) {
        if (alternative === '*') {
            parsed.push([]);
            continue;
        }
        const tokens = alternative.replace(/(<=|>=|==|!=|<|>|=)\s+/g, '$1').split(/\s+/);
        const comparators = [];
        for (const token of tokens) {
            const match = COMPARATOR.exec(token);
            // A version has a digit somewhere ("about" is a word, not a version).
            if (!match || !/\d/.test(match[2]))
                return undefined;
            const operator = (match[1] === '==' ? '=' : (match[1] ?? '='));
            comparators.push({ operator, version: match[2] });
        }
        if (comparators.length === 0)
            return undefined;
        parsed.push(comparators);
    }
    return parsed;
}
function isValidRange(range) {
    return parseRange(range) !== undefined;
}
function compareVersions(a, b, ecosystem) {
    if (ecosystem === 'deb')
        return Math.sign(compareDebian(a, b));
    if (ecosystem === 'rpm' || ecosystem === 'apk' || ecosystem === 'alpm') {
        return Math.sign(compareRpm(a, b));
    }
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().valid(a, { loose: true }) && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(b, { loose: true })) {
        return semver__WEBPACK_IMPORTED_MODULE_0___default().compare(a, b, { loose: true });
    }
    return Math.sign(rpmvercmp(a, b));
}
function versionInRange(version, range, ecosystem) {
    const alternatives = parseRange(range);
    if (!alternatives)
        return false;
    return alternatives.some((comparators) => comparators.every(({ operator, version: bound }) => {
        const order = compareVersions(version, bound, ecosystem);
        switch (operator) {
            case '<':
                return order < 0;
            case '<=':
                return order <= 0;
            case '>':
                return order > 0;
            case '>=':
                return order >= 0;
            case '!=':
                return order !== 0;
            default:
                return order === 0;
        }
    }));
}
const peek = (cursor) => cursor.text[cursor.at];
const ended = (cursor) => cursor.at >= cursor.text.length;
// --- Debian (dpkg lib/dpkg/version.c) -------------------------------------------------
function splitDebian(version) {
    const colon = version.indexOf(':');
    const epoch = colon > 0 ? Number(version.slice(0, colon)) || 0 : 0;
    const rest = colon > 0 ? version.slice(colon + 1) : version;
    const dash = rest.lastIndexOf('-');
    return dash >= 0 ? [epoch, rest.slice(0, dash), rest.slice(dash + 1)] : [epoch, rest, ''];
}
function compareDebian(a, b) {
    const [epochA, upstreamA, revisionA] = splitDebian(a);
    const [epochB, upstreamB, revisionB] = splitDebian(b);
    if (epochA !== epochB)
        return epochA - epochB;
    return verrevcmp(upstreamA, upstreamB) || verrevcmp(revisionA, revisionB);
}
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
function order(c) {
    if (c === undefined || isDigit(c))
        return 0;
    if (c === '~')
        return -1;
    if (/[A-Za-z]/.test(c))
        return c.charCodeAt(0);
    return c.charCodeAt(0) + 256;
}
function verrevcmp(a, b) {
    const x = { text: a, at: 0 };
    const y = { text: b, at: 0 };
    while (!ended(x) || !ended(y)) {
        const difference = compareNonDigits(x, y) || compareDigits(x, y);
        if (difference !== 0)
            return difference;
    }
    return 0;
}
/** The non-digit parts, character by character in dpkg's order (`~` first, letters before the rest). */
function compareNonDigits(x, y) {
    while ((!ended(x) && !isDigit(peek(x))) || (!ended(y) && !isDigit(peek(y)))) {
        const difference = order(peek(x)) - order(peek(y));
        if (difference !== 0)
            return difference;
        x.at += 1;
        y.at += 1;
    }
    return 0;
}
/** The digit parts as numbers: leading zeros skipped, the longer is larger, else the first different digit. */
function compareDigits(x, y) {
    while (peek(x) === '0')
        x.at += 1;
    while (peek(y) === '0')
        y.at += 1;
    let firstDifference = 0;
    while (isDigit(peek(x)) && isDigit(peek(y))) {
        if (firstDifference === 0)
            firstDifference = x.text.charCodeAt(x.at) - y.text.charCodeAt(y.at);
        x.at += 1;
        y.at += 1;
    }
    if (isDigit(peek(x)))
        return 1;
    if (isDigit(peek(y)))
        return -1;
    return firstDifference;
}
// --- RPM (rpmio/rpmvercmp.c), also used for Alpine and as the generic fallback --------
function compareRpm(a, b) {
    const [epochA, versionA, releaseA] = splitDebian(a);
    const [epochB, versionB, releaseB] = splitDebian(b);
    if (epochA !== epochB)
        return epochA - epochB;
    return rpmvercmp(versionA, versionB) || rpmvercmp(releaseA, releaseB);
}
const isAlnum = (c) => c !== undefined && /[A-Za-z0-9]/.test(c);
const isAlpha = (c) => c !== undefined && /[A-Za-z]/.test(c);
function skipSeparators(cursor) {
    while (!ended(cursor) && !isAlnum(peek(cursor)) && peek(cursor) !== '~' && peek(cursor) !== '^') {
        cursor.at += 1;
    }
}
/** `~` sorts before anything, even the end of the version. */
function compareTilde(x, y) {
    if (peek(x) !== '~' && peek(y) !== '~')
        return undefined;
    if (peek(x) !== '~')
        return 1;
    if (peek(y) !== '~')
        return -1;
    x.at += 1;
    y.at += 1;
    return 0;
}
/** `^` sorts after the end of the version but before anything else. */
function compareCaret(x, y) {
    if (peek(x) !== '^' && peek(y) !== '^')
        return undefined;
    if (ended(x))
        return -1;
    if (ended(y))
        return 1;
    if (peek(x) !== '^')
        return 1;
    if (peek(y) !== '^')
        return -1;
    x.at += 1;
    y.at += 1;
    return 0;
}
function takeSegment(cursor, numeric) {
    const start = cursor.at;
    while ((numeric ? isDigit : isAlpha)(peek(cursor)))
        cursor.at += 1;
    return cursor.text.slice(start, cursor.at);
}
function rpmvercmp(a, b) {
    if (a === b)
        return 0;
    const x = { text: a, at: 0 };
    const y = { text: b, at: 0 };
    while (!ended(x) || !ended(y)) {
        skipSeparators(x);
        skipSeparators(y);
        const marks = compareTilde(x, y) ?? compareCaret(x, y);
        if (marks !== undefined) {
            if (marks !== 0)
                return marks;
            continue;
        }
        if (ended(x) || ended(y))
            break;
        const difference = compareSegments(x, y);
        if (difference !== 0)
            return difference;
    }
    if (ended(x) && ended(y))
        return 0;
    return ended(x) ? -1 : 1;
}
/** The next alphanumeric segment of each, of the kind the first one starts with. */
function compareSegments(x, y) {
    const numeric = isDigit(peek(x));
    const segmentA = takeSegment(x, numeric);
    const segmentB = takeSegment(y, numeric);
    // A numeric segment is newer than an alphabetic one.
    if (segmentB === '')
        return numeric ? 1 : -1;
    return numeric ? compareNumeric(segmentA, segmentB) : compareText(segmentA, segmentB);
}
function compareNumeric(a, b) {
    const x = a.replace(/^0+/, '');
    const y = b.replace(/^0+/, '');
    return x.length !== y.length ? x.length - y.length : compareText(x, y);
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A range in its canonical spelling (`<1.10.0 || =2.0.0`), for exporters that split it by hand. */
function formatRange(range) {
    const alternatives = parseRange(range) ?? [];
    return alternatives
        .map((comparators) => comparators.length === 0
        ? '*'
        : comparators.map((c) => `${c.operator}${c.version}`).join(' '))
        .join(' || ');
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
