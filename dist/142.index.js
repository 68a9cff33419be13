export const id = 142;
export const ids = [142,122];
export const modules = {

/***/ 69745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cb: () => (/* binding */ CLAIM_ALIASES),
/* harmony export */   mw: () => (/* binding */ CLAIM_NAMES)
/* harmony export */ });
/* unused harmony exports FULCIO_CLAIM_OIDS, KYVERNO_EXTENSION_CLAIMS */
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
const KYVERNO_EXTENSION_CLAIMS = (/* unused pure expression or super */ null && ([
    'githubWorkflowTrigger',
    'githubWorkflowSha',
    'githubWorkflowName',
    'githubWorkflowRepository',
    'githubWorkflowRef',
]));


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
/* harmony export */   WF: () => (/* binding */ normaliseImage),
/* harmony export */   cR: () => (/* binding */ firstMatchingGlob),
/* harmony export */   fL: () => (/* binding */ DEFAULT_TAG),
/* harmony export */   oY: () => (/* binding */ globToRegExpSource),
/* harmony export */   vB: () => (/* binding */ anchoredRegExpSource),
/* harmony export */   vy: () => (/* binding */ formatImage),
/* harmony export */   wD: () => (/* binding */ matchesIdentity),
/* harmony export */   zw: () => (/* binding */ parseImageGlob)
/* harmony export */ });
/* unused harmony exports globToRegExp, isGlob */
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79310);
/**
 * Matching rules shared by evaluation and the exporters, so both read a pattern the same
 * way: image globs (`*` stops at `/`, `**` crosses it) on normalised references, and
 * identities (exact, glob, or a regular expression that is always anchored).
 */

const DEFAULT_TAG = 'latest';
/** Docker's normalisation: docker.io/library for bare names, :latest when no tag or digest. */
function normaliseImage(reference) {
    const parsed = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(reference);
    const image = { name: `${parsed.registry}/${parsed.repository}` };
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
/**
 * Splits a glob like a reference (name, `:tag`, `@digest`) and normalises its name the
 * way Docker normalises references, so `nginx` and `docker.io/library/nginx` agree.
 */
function parseImageGlob(glob) {
    const at = glob.indexOf('@');
    const digest = at >= 0 ? glob.slice(at + 1) : undefined;
    const beforeDigest = at >= 0 ? glob.slice(0, at) : glob;
    // Only a colon after the last `/` is a tag; one before it is a port (localhost:5000/app).
    const colon = beforeDigest.indexOf(':', beforeDigest.lastIndexOf('/') + 1);
    const tag = colon >= 0 ? beforeDigest.slice(colon + 1) : undefined;
    const rawName = tag !== undefined ? beforeDigest.slice(0, colon) : beforeDigest;
    const result = { name: normaliseGlobName(rawName) };
    if (tag !== undefined)
        result.tag = tag;
    if (digest !== undefined)
        result.digest = digest;
    return result;
}
function normaliseGlobName(name) {
    // A glob that starts with a wildcard already spans the registry part.
    if (name.startsWith('*'))
        return name;
    const slash = name.indexOf('/');
    const first = slash >= 0 ? name.slice(0, slash) : '';
    const hasHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
    if (hasHost) {
        return ['index.docker.io', 'registry-1.docker.io'].includes(first)
            ? `docker.io${name.slice(slash)}`
            : name;
    }
    return name.includes('/') ? `docker.io/${name}` : `docker.io/library/${name}`;
}
function matchesImageGlob(glob, image) {
    const pattern = parseImageGlob(glob);
    if (!globToRegExp(pattern.name).test(image.name))
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

/***/ 54139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ke: () => (/* binding */ PREDICATE_SLSA_V1),
/* harmony export */   Ok: () => (/* binding */ PREDICATE_CYCLONEDX),
/* harmony export */   Vf: () => (/* binding */ PREDICATE_SLSA_V02),
/* harmony export */   gL: () => (/* binding */ PREDICATE_SPDX),
/* harmony export */   k9: () => (/* binding */ PREDICATE_VULN),
/* harmony export */   mG: () => (/* binding */ API_VERSION),
/* harmony export */   wh: () => (/* binding */ policySchema)
/* harmony export */ });
/* unused harmony exports DEFAULT_SIGNER_COUNT, PREDICATE_SPDX_V23 */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(88532);
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69745);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75432);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(86931);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5705);
/* harmony import */ var _util_regexp_safety_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2122);
/* harmony import */ var _scan_model_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(40764);
/* harmony import */ var _sbom_purl_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/**
 * The policy file's schema (POLICY.md). Strict everywhere: an unknown key is an error,
 * because a misspelt rule that is silently ignored is a rule that is not enforced.
 */









const API_VERSION = 'imprint/v1';
const DEFAULT_SIGNER_COUNT = 1;
const text = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1, { error: 'must not be empty' });
const regExp = text
    .refine((value) => compiles(value), { error: 'is not a valid regular expression' })
    .superRefine((value, ctx) => {
    const nested = (0,_util_regexp_safety_js__WEBPACK_IMPORTED_MODULE_6__/* .findNestedQuantifier */ .p)(value);
    if (nested === undefined)
        return;
    ctx.addIssue({
        code: 'custom',
        message: `the group ${nested.group} repeats something that itself repeats (nested quantifiers): against a crafted certificate SAN it can take exponential time; write it without a quantifier inside a quantified group`,
    });
});
const expiry = text.refine(_dates_js__WEBPACK_IMPORTED_MODULE_7__/* .isValidExpiry */ .Kd, {
    error: 'expected a date YYYY-MM-DD or an RFC 3339 time such as 2026-12-31T12:00:00Z',
});
const duration = text.refine(_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .isDuration */ .n$, {
    error: 'expected a Go duration such as 720h, 90m or 1h30m (units h, m, s)',
});
const claimShape = Object.fromEntries([..._claims_js__WEBPACK_IMPORTED_MODULE_0__/* .CLAIM_NAMES */ .mw, ...Object.keys(_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .CLAIM_ALIASES */ .cb)].map((name) => [name, text.optional()]));
const claimsSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej(claimShape).transform((raw, ctx) => {
    const claims = {};
    for (const [name, value] of Object.entries(raw)) {
        if (value === undefined)
            continue;
        const canonical = _claims_js__WEBPACK_IMPORTED_MODULE_0__/* .CLAIM_ALIASES */ .cb[name] ?? name;
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
const signerSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
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
const ignoreSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    id: text,
    purls: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(text).optional(),
    expires: expiry.optional(),
    reason: text.optional(),
});
const vulnerabilitiesSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    maxSeverity: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['NONE', ..._scan_model_js__WEBPACK_IMPORTED_MODULE_8__/* .SEVERITIES */ .oC]).optional(),
    maxCvss: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .min(0, { error: 'CVSS scores run from 0 to 10' })
        .max(10, { error: 'CVSS scores run from 0 to 10' })
        .optional(),
    ignoreUnfixed: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    ignore: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(ignoreSchema).default([]),
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
        return zod__WEBPACK_IMPORTED_MODULE_9__/* .NEVER */ .tm;
    }
});
const denyPackageSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    purl: purlSchema,
    versions: text
        .refine(_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidRange */ .yZ, {
        error: 'expected a version range such as "<1.10.0", ">=2.0.0 <2.3.1" or "<1.0 || >=3.0"',
    })
        .optional(),
});
const sbomSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    denyPackages: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(denyPackageSchema).default([]),
    denyLicenses: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(text).default([]),
});
const provenanceSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({ builderId: text });
const PREDICATE_VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const PREDICATE_CYCLONEDX = 'https://cyclonedx.org/bom';
const PREDICATE_SPDX = 'https://spdx.dev/Document';
/** What actions/attest writes for an SPDX 2.3 document. */
const PREDICATE_SPDX_V23 = 'https://spdx.dev/Document/v2.3';
const PREDICATE_SLSA_V1 = 'https://slsa.dev/provenance/v1';
const PREDICATE_SLSA_V02 = 'https://slsa.dev/provenance/v0.2';
const attestationSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    type: text,
    maxAge: duration.optional(),
    sbom: sbomSchema.optional(),
    vulnerabilities: vulnerabilitiesSchema.optional(),
    provenance: provenanceSchema.optional(),
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
    wants('sbom', [
        PREDICATE_CYCLONEDX,
        'https://cyclonedx.org/schema',
        PREDICATE_SPDX,
        PREDICATE_SPDX_V23,
    ]);
    wants('vulnerabilities', [PREDICATE_VULN]);
    wants('provenance', [PREDICATE_SLSA_V1, PREDICATE_SLSA_V02]);
});
const exceptionSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    image: text,
    expires: expiry,
    reason: text,
});
const policySchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    apiVersion: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(API_VERSION),
    kind: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('Policy'),
    mode: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['enforce', 'warn']).default('enforce'),
    images: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        allow: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(text).default([]),
        exclude: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(text).default([]),
        // A tag can move after verify: only the digest verified is the digest deployed.
        requireDigest: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(true),
    })
        .default({ allow: [], exclude: [], requireDigest: true }),
    trust: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        trustedRoot: text.optional(),
        requireTlog: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(true),
        requireTimestamp: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    })
        .default({ requireTlog: true, requireTimestamp: false }),
    signers: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(signerSchema).min(1, {
        error: 'name at least one signer: an image that need not be signed by anyone proves nothing',
    }),
    count: zod__WEBPACK_IMPORTED_MODULE_5__/* .int */ .Whr().min(1, { error: 'must be at least 1' }).default(DEFAULT_SIGNER_COUNT),
    attestations: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(attestationSchema).default([]),
    exceptions: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(exceptionSchema).default([]),
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
/* unused harmony exports parseRange, ecosystemOf, compareVersions, compareDebian, rpmvercmp */
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
/** The purl type decides the comparison: `pkg:deb/…` → dpkg, `pkg:rpm/…` → rpmvercmp. */
function ecosystemOf(purl) {
    const match = /^pkg:([^/]+)\//.exec(purl);
    return match ? match[1].toLowerCase() : '';
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
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
            const difference = order(a[i]) - order(b[j]);
            if (difference !== 0)
                return difference;
            i += 1;
            j += 1;
        }
        while (a[i] === '0')
            i += 1;
        while (b[j] === '0')
            j += 1;
        let firstDifference = 0;
        while (isDigit(a[i]) && isDigit(b[j])) {
            if (firstDifference === 0)
                firstDifference = a.charCodeAt(i) - b.charCodeAt(j);
            i += 1;
            j += 1;
        }
        if (isDigit(a[i]))
            return 1;
        if (isDigit(b[j]))
            return -1;
        if (firstDifference !== 0)
            return firstDifference;
    }
    return 0;
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
const peek = (cursor) => cursor.text[cursor.at];
const ended = (cursor) => cursor.at >= cursor.text.length;
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
        const numeric = isDigit(peek(x));
        const segmentA = takeSegment(x, numeric);
        const segmentB = takeSegment(y, numeric);
        // A numeric segment is newer than an alphabetic one.
        if (segmentB === '')
            return numeric ? 1 : -1;
        const difference = numeric
            ? compareNumeric(segmentA, segmentB)
            : compareText(segmentA, segmentB);
        if (difference !== 0)
            return difference;
    }
    if (ended(x) && ended(y))
        return 0;
    return ended(x) ? -1 : 1;
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


/***/ }),

/***/ 74468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ buildPurl),
/* harmony export */   nA: () => (/* binding */ pypiPurlName),
/* harmony export */   sE: () => (/* binding */ distroQualifier)
/* harmony export */ });
/* unused harmony export encodePurlComponent */
/**
 * Package URLs in their canonical form (purl spec, "Character encoding" and "How to build"):
 * every component is percent-encoded except ASCII letters, digits, `.-_~` and the colon;
 * qualifiers are sorted by key and empty ones dropped; namespace segments are encoded one by one.
 */
const UNRESERVED = /[A-Za-z0-9.\-_~:]/;
/** RFC 3986 percent-encoding with the purl spec's allowed set (UTF-8 first). */
function encodePurlComponent(value) {
    let out = '';
    for (const char of value) {
        if (UNRESERVED.test(char)) {
            out += char;
            continue;
        }
        for (const byte of Buffer.from(char, 'utf8')) {
            out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
        }
    }
    return out;
}
function buildPurl(parts) {
    if (!/^[a-z][a-z0-9.\-+]*$/i.test(parts.type))
        throw new TypeError(`invalid purl type "${parts.type}"`);
    if (parts.name === '')
        throw new TypeError('a purl needs a name');
    let purl = `pkg:${parts.type.toLowerCase()}/`;
    const namespace = (parts.namespace ?? '').split('/').filter((segment) => segment !== '');
    if (namespace.length > 0)
        purl += `${namespace.map(encodePurlComponent).join('/')}/`;
    purl += encodePurlComponent(parts.name);
    if (parts.version)
        purl += `@${encodePurlComponent(parts.version)}`;
    const qualifiers = Object.entries(parts.qualifiers ?? {})
        .filter((pair) => pair[1] !== undefined && pair[1] !== '')
        .map(([key, value]) => [key.toLowerCase(), value])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (qualifiers.length > 0) {
        purl += `?${qualifiers.map(([key, value]) => `${key}=${encodePurlComponent(value)}`).join('&')}`;
    }
    const subpath = (parts.subpath ?? '')
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
    if (subpath.length > 0)
        purl += `#${subpath.map(encodePurlComponent).join('/')}`;
    return purl;
}
/** `distro` qualifier value: `debian-12`, `alpine-3.18.4`, `fedora-38`. */
function distroQualifier(distro) {
    if (!distro)
        return undefined;
    return distro.versionId ? `${distro.id}-${distro.versionId}` : distro.id;
}
/** PyPI names in purls are lowercased with `_` turned into `-` (purl spec, pypi type). */
function pypiPurlName(name) {
    return name.toLowerCase().replace(/_/g, '-');
}


/***/ }),

/***/ 2122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ findNestedQuantifier)
/* harmony export */ });
/**
 * Identity regular expressions run against certificate SANs, which the signer partly chooses
 * (a branch or workflow name). JavaScript's engine backtracks, so a quantified group that
 * itself holds a quantifier (`(a+)+`, `(\w*)*`, `(?:x|\w+){2,}`) can take exponential time
 * on a crafted SAN. Such expressions are refused before they meet a SAN (policy load, identity
 * checks); every useful identity pattern can be written without them. Pure.
 */
/** The first quantified group whose body repeats, or undefined when there is none. */
function findNestedQuantifier(source) {
    const stack = [];
    let i = 0;
    while (i < source.length) {
        const c = source[i];
        if (c === '(') {
            stack.push({ start: i, repeats: false });
            i += source[i + 1] === '?' ? groupPrefixLength(source, i) : 1;
            continue;
        }
        const end = c === ')' ? i + 1 : atomEnd(source, i);
        const quantifier = quantifierAt(source, end);
        if (c === ')') {
            const nested = closeGroup(stack, source, end, quantifier);
            if (nested)
                return nested;
        }
        else if (quantifier?.repeats)
            markRepeats(stack);
        i = end + (quantifier?.length ?? 0);
    }
    return undefined;
}
/** Closes the innermost group (ending before `end`); a repeated group whose body repeats is the find. */
function closeGroup(stack, source, end, quantifier) {
    const group = stack.pop();
    if (group?.repeats && quantifier?.repeats) {
        return { group: source.slice(group.start, end + quantifier.length) };
    }
    // A repeated group, or one whose body repeats, makes the group around it repeat.
    if (group?.repeats || quantifier?.repeats)
        markRepeats(stack);
    return undefined;
}
function markRepeats(stack) {
    if (stack.length > 0)
        stack.at(-1).repeats = true;
}
/** Where the atom at `at` ends: an escape, a character class, or one character. */
function atomEnd(source, at) {
    if (source[at] === '\\')
        return at + 2;
    if (source[at] === '[')
        return skipClass(source, at);
    return at + 1;
}
/** A quantifier starting at `at` (with its lazy `?`), and whether it allows more than one. */
function quantifierAt(source, at) {
    const c = source[at];
    let found;
    if (c === '*' || c === '+')
        found = { length: 1, repeats: true };
    else if (c === '?')
        found = { length: 1, repeats: false };
    else if (c === '{') {
        const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
        if (!match)
            return undefined;
        const max = match[2] === undefined ? Number(match[1]) : match[3] ? Number(match[3]) : Infinity;
        found = { length: match[0].length, repeats: max > 1 };
    }
    if (found && source[at + found.length] === '?')
        found.length += 1;
    return found;
}
function skipClass(source, at) {
    let i = at + 1;
    if (source[i] === ']')
        i += 1;
    while (i < source.length && source[i] !== ']')
        i += source[i] === '\\' ? 2 : 1;
    return i + 1;
}
/** `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`: how many characters open the group. */
function groupPrefixLength(source, at) {
    const rest = source.slice(at);
    const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(rest);
    if (named)
        return named[0].length;
    return /^\(\?<[=!]/.test(rest) ? 4 : 3;
}


/***/ })

};
