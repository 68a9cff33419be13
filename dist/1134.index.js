export const id = 1134;
export const ids = [1134];
export const modules = {

/***/ 19014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ conditionEntrySchema),
/* harmony export */   n: () => (/* binding */ isConditionGroup)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88532);
/* harmony import */ var _expression_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69423);
/* harmony import */ var _operators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91772);
/**
 * A condition in the policy file, in Kyverno's shape (`key`, `operator`, `value`, `message`):
 * written once, read by `imprint verify` and exported to Kyverno as it is. A key whose JMESPath
 * does not parse is a policy error at its line, before any image is looked at. Conditions may
 * also be grouped as Kyverno groups them, `{any: [...], all: [...]}`: every entry of the list
 * must hold, and a group holds when all of its `all` and at least one of its `any` do.
 */



const operatorSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((name, ctx) => {
    if (_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CONDITION_OPERATORS */ .s9.includes(name))
        return name;
    const renamed = _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .RENAMED_OPERATORS */ .pj[name];
    ctx.addIssue({
        code: 'custom',
        message: renamed
            ? `${name} is Kyverno's deprecated name: write ${renamed}`
            : `unknown operator ${JSON.stringify(name)}; one of ${_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CONDITION_OPERATORS */ .s9.join(', ')}`,
    });
    return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
});
const conditionSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    key: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((key, ctx) => {
        const problem = (0,_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .keyProblem */ .dD)(key);
        if (problem !== undefined)
            ctx.addIssue({ code: 'custom', message: problem });
    }),
    operator: operatorSchema,
    // Any YAML value (the policy file is YAML, so it is JSON data); only its absence is wrong.
    value: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().superRefine((value, ctx) => {
        if (value === undefined)
            ctx.addIssue({ code: 'custom', message: 'is required but missing' });
        // Kyverno would substitute them and imprint verify would compare them as text: refused.
        else if (JSON.stringify(value).includes('{{'))
            ctx.addIssue({
                code: 'custom',
                message: 'holds a {{ }} variable: values are compared as written; put the expression in `key`',
            });
    }),
    message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1, { error: 'must not be empty' }).optional(),
});
const groupMembersSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(conditionSchema)
    .min(1, { error: 'must list at least one condition' });
const conditionGroupSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ any: groupMembersSchema.optional(), all: groupMembersSchema.optional() })
    .superRefine((group, ctx) => {
    if (group.any === undefined && group.all === undefined)
        ctx.addIssue({
            code: 'custom',
            message: 'a condition group needs any: or all:, each a list of conditions',
        });
});
function isConditionGroup(entry) {
    return !('key' in entry);
}
/** An entry written with `any:` or `all:` and no `key:` is a group; anything else a condition. */
function looksLikeGroup(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !('key' in value) &&
        ('any' in value || 'all' in value));
}
/**
 * One entry of `conditions`. Parsed by the shape it has, so a mistake in a condition is reported
 * against that condition's own fields, not as "matches neither a condition nor a group".
 */
const conditionEntrySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().transform((value, ctx) => {
    const parsed = (looksLikeGroup(value) ? conditionGroupSchema : conditionSchema).safeParse(value);
    if (parsed.success)
        return parsed.data;
    for (const issue of parsed.error.issues)
        ctx.addIssue({ ...issue, path: issue.path });
    return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
});


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


/***/ })

};
