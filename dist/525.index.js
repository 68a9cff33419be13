export const id = 525;
export const ids = [525];
export const modules = {

/***/ 54906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   DE: () => (/* binding */ blobOf),
/* harmony export */   Me: () => (/* binding */ MAX_BUNDLE_BYTES),
/* harmony export */   k_: () => (/* binding */ OCI_MANIFEST_MEDIA_TYPE),
/* harmony export */   nb: () => (/* binding */ descriptorOf),
/* harmony export */   rm: () => (/* binding */ OCI_CONFIG_MEDIA_TYPE),
/* harmony export */   sI: () => (/* reexport safe */ _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__.sI)
/* harmony export */ });
/* unused harmony exports OCI_INDEX_MEDIA_TYPE, OCI_EMPTY_MEDIA_TYPE */
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35035);
/**
 * The few OCI image-spec pieces the storage builders share: media types, content-addressed
 * blobs and descriptors. Pure.
 */


const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX_MEDIA_TYPE = 'application/vnd.oci.image.index.v1+json';
const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
const OCI_EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
/**
 * The largest signature or attestation blob read back (a Sigstore bundle, a cosign layer), by
 * publish's read-back and by verify alike: attestations carry whole SBOMs, so far above any
 * real one, far below what hurts. One limit, so nothing stored fails its own read-back.
 */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
function blobOf(mediaType, bytes) {
    return { mediaType, digest: (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes), bytes };
}
/** The empty config (`{}`) artifacts use instead of an image config. */
const EMPTY_CONFIG = blobOf(OCI_EMPTY_MEDIA_TYPE, Buffer.from('{}'));
/** Field order as go-containerregistry writes a descriptor: mediaType, size, digest, annotations. */
function descriptorOf(blob, annotations) {
    const descriptor = {
        mediaType: blob.mediaType,
        size: blob.bytes.length,
        digest: blob.digest,
    };
    if (annotations && Object.keys(annotations).length > 0)
        descriptor.annotations = annotations;
    return descriptor;
}


/***/ }),

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

/***/ 92875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ describesPlatformImage),
/* harmony export */   J3: () => (/* binding */ predicateTypeMatches)
/* harmony export */ });
/* unused harmony export acceptedPredicateTypes */
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54139);
/** Predicate type URIs, with the aliases other tools write for the same thing (FORMATS.md §3). */

const ALIASES = {
    [_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .PREDICATE_CYCLONEDX */ .Ok]: ['https://cyclonedx.org/schema'],
    'https://cyclonedx.org/schema': [_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .PREDICATE_CYCLONEDX */ .Ok],
};
/** Versioned SPDX types (actions/attest writes …/Document/v2.3) satisfy the unversioned one. */
const VERSIONED_FAMILIES = ['https://spdx.dev/Document'];
function predicateTypeMatches(wanted, found) {
    if (wanted === found || (ALIASES[wanted] ?? []).includes(found))
        return true;
    return VERSIONED_FAMILIES.includes(wanted) && found.startsWith(`${wanted}/`);
}
/** Every type the policy's `type` accepts, for exporters that must list them. */
function acceptedPredicateTypes(wanted) {
    return [wanted, ...(ALIASES[wanted] ?? [])];
}
/**
 * Evidence about a filesystem (SBOM, vulnerability scan) describes one platform image; an
 * index has none of its own, so for an index these rules are judged on each platform.
 */
const PER_PLATFORM_FAMILIES = [
    _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .PREDICATE_CYCLONEDX */ .Ok,
    'https://cyclonedx.org/schema',
    'https://spdx.dev/Document',
    'https://cosign.sigstore.dev/attestation/vuln/v1',
];
function describesPlatformImage(predicateType) {
    return PER_PLATFORM_FAMILIES.some((family) => predicateTypeMatches(family, predicateType));
}


/***/ }),

/***/ 964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ readFallback),
/* harmony export */   LN: () => (/* binding */ referrersTag),
/* harmony export */   fw: () => (/* binding */ REFERRERS_LIMIT),
/* harmony export */   rh: () => (/* binding */ addToFallbackIndex)
/* harmony export */ });
/* unused harmony exports CONFIRM_MS, STALE_READ_MS, conditionalWrites, emptyIndex */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10847);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10506);
/**
 * The referrers fallback index (distribution spec, "Referrers Tag Schema"): for registries
 * without the referrers API the client keeps an OCI index of a subject's referrers under the
 * tag `<alg>-<hex>` itself. Updating it is a read-merge-PUT that concurrent writers race.
 *
 * Where the registry honours `If-Match` the PUT is a compare-and-swap, and a lost race is a 412.
 * Whether it does is probed on the first write to each repository: that PUT carries an If-Match
 * no ETag can equal, so a registry that honours it answers 412 and writes nothing, and one that
 * ignores it (distribution 2.x sends ETags but ignores If-Match) writes our merged index, which
 * we were about to write anyway. Without compare-and-swap two writers that read the same index
 * both "win" and the later PUT drops the other's referrer, so each writer checks and repairs:
 *   - it never writes back an index it received more than STALE_READ_MS ago (a stalled
 *     process, a long pause: it reads again);
 *   - it reads back after a settle wait, and merges and writes again what is missing;
 *   - before it reports success it looks once more after CONFIRM_MS, longer than another
 *     writer's read-to-write window, so a stale PUT that was in flight when it first looked has
 *     landed by then and is repaired.
 * What remains is a PUT held up in the network for longer than CONFIRM_MS; publish's read-back
 * of every stored referrer reports that case.
 */



const REFERRERS_LIMIT = 16 * 1024 * 1024;
const CONFIRM_MS = 1500;
/** An index received longer ago than this is read again rather than merged and written back. */
const STALE_READ_MS = 500;
const DEFAULT_SETTLE_MS = 100;
const DEFAULT_ATTEMPTS = 6;
/** An entity tag no registry hands out: a conditional PUT with it must fail where honoured. */
const PROBE_ETAG = '"imprint-if-match-probe"';
/** Per client (one registry host) and repository: does a conditional PUT honour If-Match? */
const honoursIfMatch = new WeakMap();
/** The fallback tag for a subject: `sha256-<hex>` (algorithm ≤ 32, hex ≤ 64 characters). */
function referrersTag(subjectDigest) {
    const [algorithm = '', hex = ''] = subjectDigest.split(':');
    return `${algorithm.slice(0, 32)}-${hex.slice(0, 64)}`;
}
/** What was learnt about conditional writes to `repository`; undefined before the first write. */
function conditionalWrites(client, repository) {
    return honoursIfMatch.get(client)?.get(repository);
}
/**
 * The fallback index under `<alg>-<hex>` (empty when the tag does not exist). Something
 * else under that tag is an error when we are about to overwrite it, or, when `lenient`,
 * read as "no referrers" (what the spec tells listing clients to assume).
 */
async function readFallback(client, repository, subjectDigest, { lenient = false, now = Date.now } = {}) {
    const tag = referrersTag(subjectDigest);
    try {
        // Accept every manifest type: a registry hides what it cannot serve as an index
        // behind a 404, and a squatted tag must be reported, not silently overwritten.
        const fetched = await client.getManifest(repository, tag, { maxBytes: REFERRERS_LIMIT });
        const readAt = now();
        let index;
        try {
            index = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseIndex */ .A1)(fetched.bytes, fetched.mediaType);
        }
        catch (error) {
            if (lenient)
                return { index: emptyIndex(), readAt };
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('MANIFEST_INVALID', `The tag ${repository}:${tag} should hold the OCI index of referrers of ${subjectDigest}, but: ${error.message} Refusing to overwrite it.`, {
                cause: error,
                hint: 'Another tool wrote something else under this tag; delete or fix it.',
            });
        }
        return { index, readAt, ...(fetched.etag ? { etag: fetched.etag } : {}) };
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isImprintError */ .cl)(error, 'REGISTRY_NOT_FOUND'))
            return { index: emptyIndex(), readAt: now() };
        throw error;
    }
}
/**
 * Add `descriptors` to the subject's fallback index (those already listed are not added again)
 * and return once they are there to stay, as far as the registry lets us know (module comment).
 * Each round's read-back is the next round's starting point.
 */
async function addToFallbackIndex(client, repository, subjectDigest, descriptors, options = {}) {
    const timing = withDefaults(options);
    const read = () => readFallback(client, repository, subjectDigest, { now: timing.now });
    let current = await read();
    let wrote = false;
    for (let round = 0;;) {
        const missing = unlisted(current.index, descriptors);
        if (missing.length === 0) {
            // All listed (by us, or by an earlier run: no duplicates). Only a registry that honours
            // If-Match makes that final; otherwise look again once a stale PUT would have landed.
            if (!wrote || conditionalWrites(client, repository) === true)
                return;
            await timing.sleep(timing.confirmMs);
            current = await read();
            wrote = false;
            if (unlisted(current.index, descriptors).length === 0)
                return;
            continue; // lost after all: repair
        }
        if (round === timing.attempts)
            throw gaveUp(repository, subjectDigest, missing, round);
        round += 1;
        if (timing.now() - current.readAt > STALE_READ_MS) {
            current = await read();
            continue;
        }
        const written = await writeIndex(client, repository, subjectDigest, current, missing);
        wrote ||= written;
        // Jitter breaks writers in lock-step apart; after a 412 there is nothing to settle.
        const jitter = Math.floor(timing.random() * 50 * 2 ** round);
        await timing.sleep(written ? timing.settleMs + jitter : jitter);
        current = await read();
    }
}
function withDefaults(options) {
    return {
        attempts: options.attempts ?? DEFAULT_ATTEMPTS,
        settleMs: options.settleMs ?? DEFAULT_SETTLE_MS,
        confirmMs: options.confirmMs ?? CONFIRM_MS,
        sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
        random: options.random ?? Math.random,
        now: options.now ?? Date.now,
    };
}
/**
 * PUT the index with `missing` added; false when a conditional write lost the race (412).
 * The first write to a repository probes whether the registry honours If-Match.
 */
async function writeIndex(client, repository, subjectDigest, read, missing) {
    const updated = {
        ...read.index,
        mediaType: _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex,
        manifests: [...read.index.manifests, ...missing],
    };
    const put = (condition) => client.putManifestDetailed(repository, referrersTag(subjectDigest), Buffer.from(JSON.stringify(updated)), _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex, condition);
    if (conditionalWrites(client, repository) === undefined) {
        const honoured = await refused(put({ ifMatch: PROBE_ETAG }));
        learn(client, repository, honoured);
        if (!honoured)
            return true; // written, as the unconditional PUT it turned out to be
    }
    return !(await refused(put(conditionFor(read.index, read.etag))));
}
/** True when the conditional PUT was refused with 412; other failures are thrown. */
async function refused(put) {
    try {
        await put;
        return false;
    }
    catch (error) {
        if (error instanceof _http_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryHttpError */ .A5 && error.status === 412)
            return true;
        throw error;
    }
}
function learn(client, repository, honoured) {
    let repositories = honoursIfMatch.get(client);
    if (!repositories)
        honoursIfMatch.set(client, (repositories = new Map()));
    repositories.set(repository, honoured);
}
function gaveUp(repository, subjectDigest, missing, attempts) {
    const what = missing.length === 1
        ? `referrer ${missing[0].digest}`
        : `referrers ${missing.map((d) => d.digest).join(', ')}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('REGISTRY_ERROR', `Could not record ${what} in ${repository}:${referrersTag(subjectDigest)} after ${attempts} attempts: other writers kept replacing the index.`, { hint: 'Run the step again; attaching is idempotent.' });
}
/** The descriptors not in the index yet, each once (a batch may name one manifest twice). */
function unlisted(index, descriptors) {
    const seen = new Set(index.manifests.map((d) => d.digest));
    return descriptors.filter((d) => !seen.has(d.digest) && seen.add(d.digest));
}
/** If-Match the index we read; or, when there was none, create it only if still absent. */
function conditionFor(index, etag) {
    if (etag)
        return { ifMatch: etag };
    return index.manifests.length === 0 ? { ifNoneMatch: '*' } : {};
}
function emptyIndex() {
    return { schemaVersion: 2, mediaType: _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex, manifests: [] };
}


/***/ }),

/***/ 9191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LN: () => (/* reexport safe */ _fallback_index_js__WEBPACK_IMPORTED_MODULE_1__.LN),
/* harmony export */   f6: () => (/* binding */ hasReferrersApi),
/* harmony export */   oj: () => (/* binding */ attachReferrers),
/* harmony export */   xt: () => (/* binding */ listReferrers)
/* harmony export */ });
/* unused harmony exports MAX_REFERRER_PAGES, attachReferrer */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _fallback_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(964);
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10847);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10506);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35035);
/* harmony import */ var _http_headers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81280);
/* harmony import */ var _body_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6655);
/**
 * OCI 1.1 referrers (distribution spec "Listing Referrers", "Referrers Tag Schema"):
 * list the artifacts that point at a subject, and attach a new one. Registries with the
 * referrers API index a manifest by its `subject`; for those without it (distribution
 * 2.8) the client keeps an OCI index under the tag `<alg>-<hex>` itself (fallback-index.ts).
 */








/** Pages of a referrers answer read before giving up; a `next` link after them is an error. */
const MAX_REFERRER_PAGES = 100;
/** Per client: does its registry have the referrers API? Unknown until first asked. */
const referrersApi = new WeakMap();
/** Whether the client's registry has the referrers API; undefined until a listing asked. */
function hasReferrersApi(client) {
    return referrersApi.get(client);
}
async function listReferrers(client, repository, subjectDigest, options = {}) {
    const fromApi = referrersApi.get(client) === false
        ? undefined
        : await queryApi(client, repository, subjectDigest, options.artifactType);
    // Spec: after a 404, a fallback tag that is not a valid index means "no referrers".
    const all = fromApi?.manifests ??
        (await (0,_fallback_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readFallback */ .DE)(client, repository, subjectDigest, { lenient: true })).index.manifests;
    return options.artifactType && !fromApi?.filtered
        ? all.filter((d) => d.artifactType === options.artifactType)
        : all;
}
/** One referrer: the batch of one (see `attachReferrers`). */
async function attachReferrer(client, repository, referrer, options = {}) {
    const [attached] = await attachReferrers(client, repository, referrer.subject.digest, [referrer], options);
    return attached;
}
/**
 * Several referrers of one subject: every manifest is pushed (in the given order, which is the
 * order they become visible on a registry with the referrers API), then the fallback index is
 * updated once for all of them, so 3 requests and one settle wait in all instead of per referrer.
 */
async function attachReferrers(client, repository, subjectDigest, referrers, options = {}) {
    for (const referrer of referrers)
        checkSubject(referrer, subjectDigest);
    const descriptors = [];
    for (const referrer of referrers) {
        const put = await client.putManifestDetailed(repository, (0,_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .sI)(referrer.manifestBytes), referrer.manifestBytes, referrer.mediaType);
        if (put.ociSubject)
            referrersApi.set(client, true);
        descriptors.push(descriptorOf(referrer, put.digest));
    }
    if (descriptors.length === 0)
        return [];
    if (referrersApi.get(client) === undefined)
        await probeApi(client, repository, subjectDigest);
    if (referrersApi.get(client) === true) {
        return descriptors.map((descriptor) => ({ descriptor, via: 'referrers-api' }));
    }
    await (0,_fallback_index_js__WEBPACK_IMPORTED_MODULE_1__/* .addToFallbackIndex */ .rh)(client, repository, subjectDigest, descriptors, options);
    return descriptors.map((descriptor) => ({ descriptor, via: 'tag-schema' }));
}
function descriptorOf(referrer, digest) {
    return {
        mediaType: referrer.mediaType,
        digest,
        size: referrer.manifestBytes.length,
        artifactType: referrer.artifactType,
        ...(referrer.annotations && Object.keys(referrer.annotations).length > 0
            ? { annotations: referrer.annotations }
            : {}),
    };
}
/** Learn whether the registry has the referrers API: one GET, status only. */
async function probeApi(client, repository, subjectDigest) {
    const response = await client.transport.request({
        method: 'GET',
        path: `/v2/${repository}/referrers/${subjectDigest}`,
        repository,
        headers: { accept: _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MEDIA_TYPES */ .Z2.ociIndex },
        expect: [404],
    });
    await (0,_body_js__WEBPACK_IMPORTED_MODULE_5__/* .discard */ .vf)(response);
    referrersApi.set(client, response.status !== 404);
}
/** The referrers API answer (all pages), or undefined when the registry has no such API. */
async function queryApi(client, repository, subjectDigest, artifactType) {
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    let path = `/v2/${repository}/referrers/${subjectDigest}${query}`;
    const manifests = [];
    let filtered = true;
    for (let page = 0; path; page += 1) {
        if (page === MAX_REFERRER_PAGES) {
            throw (0,_http_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .tooManyPages */ .QY)(`The referrers list of ${repository}@${subjectDigest} on ${client.registry}`, MAX_REFERRER_PAGES, path);
        }
        const response = await client.transport.request({
            method: 'GET',
            path,
            repository,
            headers: { accept: _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MEDIA_TYPES */ .Z2.ociIndex },
            expect: [404],
        });
        if (response.status === 404) {
            await (0,_body_js__WEBPACK_IMPORTED_MODULE_5__/* .discard */ .vf)(response);
            referrersApi.set(client, false);
            return undefined;
        }
        referrersApi.set(client, true);
        const bytes = await (0,_body_js__WEBPACK_IMPORTED_MODULE_5__/* .readCapped */ .EF)(response.body, {
            maxBytes: _fallback_index_js__WEBPACK_IMPORTED_MODULE_1__/* .REFERRERS_LIMIT */ .fw,
            what: `The referrers list of ${repository}@${subjectDigest} on ${client.registry}`,
            tooLarge: () => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('MANIFEST_TOO_LARGE', `The referrers list of ${repository}@${subjectDigest} is larger than ${_fallback_index_js__WEBPACK_IMPORTED_MODULE_1__/* .REFERRERS_LIMIT */ .fw} bytes.`),
        });
        manifests.push(...(0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .parseIndex */ .A1)(bytes, response.headers['content-type']).manifests);
        const applied = (response.headers['oci-filters-applied'] ?? '').split(',').map((s) => s.trim());
        filtered &&= artifactType !== undefined && applied.includes('artifactType');
        path = (0,_http_headers_js__WEBPACK_IMPORTED_MODULE_6__/* .nextLink */ .IX)(response.headers.link);
    }
    return { manifests, filtered };
}
function checkSubject(referrer, subjectDigest) {
    if (referrer.subject.digest !== subjectDigest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `A referrer of ${referrer.subject.digest} was given to attach to ${subjectDigest}: a batch holds the referrers of one subject.`, { hint: 'Attach the referrers of each subject in a batch of their own.' });
    }
    const parsed = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(referrer.manifestBytes, referrer.mediaType);
    const subject = parsed.kind === 'manifest' ? parsed.manifest.subject : parsed.index.subject;
    if (subject?.digest !== subjectDigest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('MANIFEST_INVALID', `The referrer manifest's subject is ${subject?.digest ?? 'missing'}, expected ${subjectDigest}.`);
    }
}


/***/ }),

/***/ 78064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oh: () => (/* binding */ failureMessage),
/* harmony export */   wX: () => (/* binding */ renderVerifyJunit)
/* harmony export */ });
/* unused harmony export xml */
function renderVerifyJunit(report) {
    const suites = report.images.map(suiteOf);
    const all = report.images.flatMap(casesOf);
    const failures = all.filter((c) => c.check.outcome === 'fail').length;
    const skipped = all.filter((c) => c.check.outcome === 'skipped').length;
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="imprint verify" tests="${all.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(report.durationMs)}">`,
        ...suites,
        '</testsuites>',
        '',
    ].join('\n');
}
function suiteOf(image) {
    const cases = casesOf(image);
    const failures = cases.filter((c) => c.check.outcome === 'fail').length;
    const skipped = cases.filter((c) => c.check.outcome === 'skipped').length;
    const name = image.verdict.digest
        ? `${image.reference} (${image.verdict.digest})`
        : image.reference;
    return [
        `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
        ...cases.map(caseXml),
        '  </testsuite>',
    ].join('\n');
}
function casesOf(image) {
    const ofVerdict = (verdict, classname) => verdict.checks.map((check) => ({ classname, check }));
    return [
        ...ofVerdict(image.verdict, image.reference),
        ...(image.verdict.platforms ?? []).flatMap((platform) => ofVerdict(platform, `${image.reference} [${platform.platform ?? platform.digest ?? '?'}]`)),
    ];
}
function caseXml({ classname, check }) {
    const open = `    <testcase name="${xml(check.check)}" classname="${xml(classname)}" time="0"`;
    switch (check.outcome) {
        case 'fail':
            return [
                `${open}>`,
                `      <failure message="${xml(failureMessage(check))}" type="${xml(check.check)}">${xml(details(check))}</failure>`,
                '    </testcase>',
            ].join('\n');
        case 'skipped':
            return `${open}>\n      <skipped message="${xml(`${check.found} (expected ${check.expected})`)}"/>\n    </testcase>`;
        case 'warn':
            return `${open}>\n      <system-out>${xml(`warning: ${details(check)}`)}</system-out>\n    </testcase>`;
        default:
            return `${open}/>`;
    }
}
function failureMessage(check) {
    return `expected ${check.expected}; found ${check.found}${check.hint ? `; hint: ${check.hint}` : ''}`;
}
function details(check) {
    return [
        `expected: ${check.expected}`,
        `found:    ${check.found}`,
        ...(check.hint ? [`hint:     ${check.hint}`] : []),
    ].join('\n');
}
function seconds(ms) {
    return (ms / 1000).toFixed(3);
}
/** XML 1.0: escape markup, drop the control characters XML cannot carry at all. */
function xml(text) {
    return text
        .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}


/***/ }),

/***/ 84231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MF: () => (/* binding */ ANNOTATION_CERTIFICATE),
/* harmony export */   MZ: () => (/* binding */ messageLayerToBundle),
/* harmony export */   wB: () => (/* binding */ dsseLayerToBundle)
/* harmony export */ });
/* unused harmony exports ANNOTATION_SIGNATURE, ANNOTATION_CHAIN, ANNOTATION_REKOR_BUNDLE, ANNOTATION_TIMESTAMP, rekorBundleToEntry */
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/**
 * One cosign classic layer (FORMATS.md §2) restated as a Sigstore bundle, so that it takes the
 * same verification path as every other signature: the signature annotation, the certificate
 * annotation (keyless) or the user's key, the Rekor bundle annotation as a log entry with its
 * signed entry timestamp, and the RFC 3161 timestamp annotation.
 */




const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate';
const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain';
const ANNOTATION_REKOR_BUNDLE = 'dev.sigstore.cosign/bundle';
const ANNOTATION_TIMESTAMP = 'dev.sigstore.cosign/rfc3161timestamp';
/** A simple-signing payload and its layer's annotations → a message-signature bundle. */
function messageLayerToBundle(payload, annotations) {
    const signature = annotations[ANNOTATION_SIGNATURE];
    if (!signature) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ImprintError */ .m0('VERIFY_FAILED', `signature: the layer has no ${ANNOTATION_SIGNATURE} annotation`);
    }
    return {
        mediaType: _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.BUNDLE_V01_MEDIA_TYPE,
        verificationMaterial: verificationMaterial(annotations),
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__.HashAlgorithm.SHA2_256,
                    digest: _sigstore_core__WEBPACK_IMPORTED_MODULE_1__.crypto.digest('sha256', payload),
                },
                signature: Buffer.from(signature, 'base64'),
            },
        },
    };
}
/** A DSSE envelope blob (cosign .att layer) and its annotations → a DSSE bundle. */
function dsseLayerToBundle(envelopeBlob, annotations) {
    let envelope;
    try {
        envelope = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.envelopeFromJSON)(JSON.parse(envelopeBlob.toString('utf8')));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ImprintError */ .m0('VERIFY_FAILED', `the attestation layer is not a DSSE envelope: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)}`, {
            cause: error,
        });
    }
    if (envelope.signatures.length !== 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ImprintError */ .m0('VERIFY_FAILED', `signature: the DSSE envelope has ${envelope.signatures.length} signatures, expected 1`);
    }
    return {
        mediaType: _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.BUNDLE_V01_MEDIA_TYPE,
        verificationMaterial: verificationMaterial(annotations),
        content: { $case: 'dsseEnvelope', dsseEnvelope: envelope },
    };
}
function verificationMaterial(annotations) {
    const certificate = annotations[ANNOTATION_CERTIFICATE];
    const timestamp = annotations[ANNOTATION_TIMESTAMP];
    return {
        // The chain annotation is not used: intermediates and roots come from the trusted root.
        content: certificate
            ? { $case: 'certificate', certificate: { rawBytes: certificateDer(certificate) } }
            : { $case: 'publicKey', publicKey: { hint: '' } },
        tlogEntries: annotations[ANNOTATION_REKOR_BUNDLE]
            ? [rekorBundleToEntry(annotations[ANNOTATION_REKOR_BUNDLE])]
            : [],
        timestampVerificationData: timestamp ? { rfc3161Timestamps: [rfc3161(timestamp)] } : undefined,
    };
}
function certificateDer(text) {
    try {
        if (!text.includes('-----BEGIN CERTIFICATE-----'))
            throw new Error('no PEM certificate block');
        const der = _sigstore_core__WEBPACK_IMPORTED_MODULE_1__.pem.toDER(text);
        _sigstore_core__WEBPACK_IMPORTED_MODULE_1__.X509Certificate.parse(der);
        return der;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ImprintError */ .m0('VERIFY_FAILED', `certificate chain: the ${ANNOTATION_CERTIFICATE} annotation is not a PEM certificate`, {
            cause: error,
        });
    }
}
/** cosign's `{SignedEntryTimestamp, Payload:{body, integratedTime, logIndex, logID}}` → a log entry. */
function rekorBundleToEntry(text) {
    const fail = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ImprintError */ .m0('VERIFY_FAILED', `transparency log: the ${ANNOTATION_REKOR_BUNDLE} annotation is malformed: ${why}`);
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw fail((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error));
    }
    const { SignedEntryTimestamp: set, Payload: payload } = parsed;
    if (typeof set !== 'string' || payload === undefined)
        throw fail('SignedEntryTimestamp or Payload is missing');
    const { body, integratedTime, logIndex, logID } = payload;
    if (typeof body !== 'string' ||
        typeof logID !== 'string' ||
        !Number.isSafeInteger(integratedTime) ||
        !Number.isSafeInteger(logIndex)) {
        throw fail('Payload needs body, integratedTime, logIndex and logID');
    }
    const canonicalizedBody = Buffer.from(body, 'base64');
    const kindVersion = entryKind(canonicalizedBody);
    if (kindVersion === undefined)
        throw fail('the Rekor entry body has no kind and apiVersion');
    return {
        logIndex: String(logIndex),
        logId: { keyId: Buffer.from(logID, 'hex') },
        kindVersion,
        integratedTime: String(integratedTime),
        inclusionPromise: { signedEntryTimestamp: Buffer.from(set, 'base64') },
        inclusionProof: undefined,
        canonicalizedBody,
    };
}
function entryKind(body) {
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        return typeof parsed.kind === 'string' && typeof parsed.apiVersion === 'string'
            ? { kind: parsed.kind, version: parsed.apiVersion }
            : undefined;
    }
    catch {
        return undefined;
    }
}
function rfc3161(text) {
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed.SignedRFC3161Timestamp === 'string') {
            return { signedTimestamp: Buffer.from(parsed.SignedRFC3161Timestamp, 'base64') };
        }
    }
    catch {
        // reported below
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ImprintError */ .m0('VERIFY_FAILED', `timestamp: the ${ANNOTATION_TIMESTAMP} annotation is malformed`);
}


/***/ }),

/***/ 99472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iO: () => (/* reexport */ claims/* certificateSubject */.iO),
  Zg: () => (/* reexport */ trust/* createTrust */.Zg),
  Yq: () => (/* reexport */ claims/* decodeClaims */.Yq),
  Vc: () => (/* reexport */ trust/* loadTrust */.Vc),
  QN: () => (/* reexport */ bundle/* parseBundle */.Q),
  ee: () => (/* reexport */ trust/* parsePublicKey */.ee),
  IF: () => (/* reexport */ bundle/* verifyBundle */.I),
  YZ: () => (/* reexport */ verifyCosignAttestations),
  of: () => (/* reexport */ verifyCosignSignatures),
  pG: () => (/* reexport */ verifier/* verifyParsedBundle */.p)
});

// UNUSED EXPORTS: anchoredRegExp, artifactDigest, assertIdentity, assertSubjectDigest, claimName, conformanceVerifyBundle, decodeClaimValue, embeddedTrustedRoot, identityMatches, parseStatement, parseTrustedRoot, parseVerifyBundleArgs, publicGoodTrust, readTrustedRoot, validateIdentityPolicy

// EXTERNAL MODULE: ./src/sigstore/verify/bundle.ts
var bundle = __webpack_require__(37404);
// EXTERNAL MODULE: ./src/sigstore/verify/claims.ts
var claims = __webpack_require__(63061);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/sigstore/verify/cosign-layer.ts
var cosign_layer = __webpack_require__(84231);
// EXTERNAL MODULE: ./src/sigstore/verify/failure.ts
var failure = __webpack_require__(99416);
// EXTERNAL MODULE: ./src/sigstore/verify/signed-entity.ts + 1 modules
var signed_entity = __webpack_require__(4832);
// EXTERNAL MODULE: ./src/sigstore/verify/verifier.ts + 2 modules
var verifier = __webpack_require__(36577);
;// CONCATENATED MODULE: ./src/sigstore/verify/cosign-classic.ts
/**
 * cosign classic `sha256-<hex>.sig` and `.att` manifests (FORMATS.md §2). Each layer is one
 * signature; each is verified on its own and reported, so a manifest with three signers yields
 * three results and the policy layer counts the ones that match. Blobs come from a fetch
 * function, so the fixtures folder and the registry client plug in alike.
 */






const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const DSSE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';
/** Verifies every layer of a `.sig` manifest. */
async function verifyCosignSignatures(manifest, fetchBlob, options) {
    return verifyLayers(manifest, SIMPLE_SIGNING_MEDIA_TYPE, fetchBlob, options, verifySignatureLayer);
}
/** Verifies every layer of an `.att` manifest; results carry the in-toto statements. */
async function verifyCosignAttestations(manifest, fetchBlob, options) {
    return verifyLayers(manifest, DSSE_MEDIA_TYPE, fetchBlob, options, verifyAttestationLayer);
}
async function verifyLayers(manifest, mediaType, fetchBlob, options, verifyLayer) {
    (0,signed_entity/* artifactDigest */.F)({ digest: options.expectedDigest }); // an unusable digest is the caller's error, not a layer's
    const layers = layersOf(manifest, mediaType);
    const result = { verified: [], failures: [] };
    for (const { index, layer } of layers) {
        try {
            const blob = await fetchChecked(fetchBlob, layer.digest);
            result.verified.push({ layer: index, ...verifyLayer(blob, layer, options) });
        }
        catch (error) {
            result.failures.push({ layer: index, error: (0,failure/* verifyFailure */.S)(error) });
        }
    }
    return result;
}
function verifySignatureLayer(blob, layer, options) {
    const bundle = (0,cosign_layer/* messageLayerToBundle */.MZ)(blob, layer.annotations ?? {});
    const verified = (0,verifier/* verifyParsedBundle */.p)(bundle, { ...options, artifact: blob });
    const payload = parseSimpleSigning(blob);
    const expected = `sha256:${(0,signed_entity/* artifactDigest */.F)({ digest: options.expectedDigest })}`;
    if (payload.critical.type !== COSIGN_SIGNATURE_TYPE) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `simple-signing payload: critical.type is ${JSON.stringify(payload.critical.type)}, expected "${COSIGN_SIGNATURE_TYPE}"`);
    }
    const signed = payload.critical.image['docker-manifest-digest'];
    if (signed !== expected) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `signature is for ${String(signed)}, expected ${expected}`, {
            hint: 'the signature belongs to another image digest (a tag was moved, or the .sig tag was copied)',
        });
    }
    return {
        ...verified,
        payload: blob,
        simpleSigningDigest: expected,
        ...(payload.critical.identity?.['docker-reference'] && {
            dockerReference: payload.critical.identity['docker-reference'],
        }),
        ...(payload.optional && { annotations: payload.optional }),
    };
}
function verifyAttestationLayer(blob, layer, options) {
    const bundle = (0,cosign_layer/* dsseLayerToBundle */.wB)(blob, layer.annotations ?? {});
    return (0,verifier/* verifyParsedBundle */.p)(bundle, { ...options, artifact: { digest: options.expectedDigest } });
}
function parseSimpleSigning(blob) {
    let parsed;
    try {
        parsed = JSON.parse(blob.toString('utf8'));
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `simple-signing payload is not JSON: ${(0,errors/* messageOf */.bD)(error)}`, { cause: error });
    }
    const critical = parsed?.critical;
    if (typeof critical !== 'object' ||
        critical === null ||
        typeof critical.image !== 'object' ||
        critical.image === null) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', 'simple-signing payload has no critical.image section');
    }
    return parsed;
}
/** The layers of the wanted media type, with their position in the manifest. */
function layersOf(manifest, mediaType) {
    const layers = manifest?.layers;
    if (!Array.isArray(layers) || !layers.every(isLayer)) {
        throw new errors/* ImprintError */.m0('MANIFEST_INVALID', 'a cosign signature manifest needs a layers array of {mediaType, digest}', {
            hint: 'fetch the sha256-<hex>.sig / .att tag as an OCI image manifest',
        });
    }
    const matching = layers
        .map((layer, index) => ({ index, layer }))
        .filter(({ layer }) => layer.mediaType === mediaType);
    if (matching.length === 0) {
        const found = [...new Set(layers.map((layer) => layer.mediaType))].join(', ') || 'no layers';
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `the manifest has no ${mediaType} layer (found ${found})`);
    }
    return matching;
}
function isLayer(value) {
    const layer = value;
    return (typeof layer === 'object' &&
        layer !== null &&
        typeof layer.mediaType === 'string' &&
        typeof layer.digest === 'string');
}
async function fetchChecked(fetchBlob, digest) {
    let blob;
    try {
        blob = await fetchBlob(digest);
    }
    catch (error) {
        if (error instanceof errors/* ImprintError */.m0)
            throw error;
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `cannot fetch blob ${digest}: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
        });
    }
    const actual = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(blob).digest('hex')}`;
    if (actual !== digest) {
        throw new errors/* ImprintError */.m0('DIGEST_MISMATCH', `blob ${digest} has digest ${actual}`, {
            hint: 'the registry or cache returned different content than the manifest names',
        });
    }
    return blob;
}

// EXTERNAL MODULE: ./src/sigstore/verify/conformance.ts
var conformance = __webpack_require__(5467);
// EXTERNAL MODULE: ./src/sigstore/verify/identity.ts
var identity = __webpack_require__(55346);
// EXTERNAL MODULE: ./src/sigstore/verify/statement.ts
var statement = __webpack_require__(39791);
// EXTERNAL MODULE: ./src/sigstore/verify/trust.ts
var trust = __webpack_require__(62412);
// EXTERNAL MODULE: ./src/sigstore/verify/trusted-root.ts
var trusted_root = __webpack_require__(99750);
;// CONCATENATED MODULE: ./src/sigstore/verify/index.ts
/** Sigstore verification: bundles, cosign classic signatures, trust material, conformance. */












/***/ }),

/***/ 33300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pk: () => (/* binding */ verifyBundleBytes),
/* harmony export */   iQ: () => (/* binding */ verifyWith),
/* harmony export */   ln: () => (/* binding */ keylessSigner)
/* harmony export */ });
/* unused harmony export verifyWithKeys */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _policy_claims_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69745);
/* harmony import */ var _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99472);



/**
 * Proofs (log entry, timestamp) are verified when present but not required here: the
 * policy's `trust` rules judge them, with a message that names the rule.
 */
const PROOFS_JUDGED_BY_POLICY = { requireTlog: false, requireTimestamp: false };
function verifyBundleBytes(bytes, subjectDigest, trusts) {
    const bundle = (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBundle */ .QN)(bytes);
    // A message signature in a referrer signs the image manifest itself: its digest is the artifact.
    const artifact = bundle.content.$case === 'messageSignature' ? { digest: subjectDigest } : undefined;
    return verifyWith(bundle, trusts, (trust) => (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyParsedBundle */ .pG)(bundle, {
        trust,
        ...PROOFS_JUDGED_BY_POLICY,
        ...(artifact && { artifact }),
    }));
}
/** Runs `verify` with the trust that fits how the bundle was signed. */
function verifyWith(bundle, trusts, verify) {
    if (bundle.verificationMaterial.content.$case !== 'publicKey') {
        const verified = verify(trusts.root);
        return { verified, signer: keylessSigner(verified) };
    }
    return verifyWithKeys(trusts, verify);
}
function verifyWithKeys(trusts, verify) {
    if (trusts.keys.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('VERIFY_FAILED', 'signed with a public key, but the policy names no key signer to check it with', { hint: 'add a `key:` signer (e.g. key: ./cosign.pub) to the policy, or sign keylessly' });
    }
    const failures = [];
    for (const { keyRef, trust } of trusts.keys) {
        try {
            const verified = verify(trust);
            const keyId = trust.publicKey?.keyId;
            return { verified, signer: { kind: 'key', keyRef, ...(keyId && { keyId }) } };
        }
        catch (error) {
            failures.push(`${keyRef}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error).split('\n')[0]}`);
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('VERIFY_FAILED', `signed with a key that none of the policy's keys verifies (${failures.join('; ')})`, {
        hint: 'sign with the private half of a key the policy names, or add the signing key to `signers`',
    });
}
function keylessSigner(verified) {
    const claims = {};
    for (const name of _policy_claims_js__WEBPACK_IMPORTED_MODULE_1__/* .CLAIM_NAMES */ .mw) {
        const value = verified.claims[name];
        if (value !== undefined)
            claims[name] = value;
    }
    // A missing issuer or SAN stays missing: a placeholder text would match `*` and `.*`.
    return {
        kind: 'keyless',
        ...(verified.issuer !== undefined && { issuer: verified.issuer }),
        ...(verified.subject !== undefined && { subject: verified.subject }),
        claims,
    };
}


/***/ }),

/***/ 96727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ problem),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Qs: () => (/* binding */ unverified),
/* harmony export */   u: () => (/* binding */ COSIGN_SIGN_PREDICATE)
/* harmony export */ });
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
function classify({ verified, signer }, found) {
    const proofs = {
        tlogProven: verified.tlog,
        timestampProven: verified.timestamp,
        ...(verified.signedTime && { signedAt: verified.signedTime.toISOString() }),
    };
    const where = { source: found.source, location: found.location };
    const statement = verified.statement;
    if (statement === undefined) {
        if (verified.payloadType !== undefined) {
            return problem('signature', undefined, found, `the DSSE payload is ${verified.payloadType}, not an in-toto statement, so it says nothing about this image`);
        }
        // Only a cosign simple-signing payload that names this digest is an image signature. A
        // bare message signature over the manifest bytes (`cosign sign-blob` of the manifest) says
        // only that someone signed those bytes, not that they approve the image for deployment.
        if (verified.simpleSigningDigest === found.subjectDigest) {
            return {
                kind: 'signature',
                signature: { signer, signedDigest: found.subjectDigest, ...where, ...proofs },
            };
        }
        return problem('signature', undefined, found, `a plain message signature over the manifest bytes is not an image signature: only a DSSE ${COSIGN_SIGN_PREDICATE} statement or a cosign simple-signing payload naming the digest counts`);
    }
    const subjectDigests = statement.subject.flatMap((subject) => subject.digest.sha256 ? [`sha256:${subject.digest.sha256.toLowerCase()}`] : []);
    const isSignature = statement.predicateType === COSIGN_SIGN_PREDICATE;
    if (!subjectDigests.includes(found.subjectDigest)) {
        return problem(isSignature ? 'signature' : 'attestation', isSignature ? undefined : statement.predicateType, found, `its statement is about ${subjectDigests.join(', ') || 'no sha256 digest'}, not this image (${found.subjectDigest}): it was made for another image and copied here`);
    }
    if (isSignature) {
        return {
            kind: 'signature',
            signature: { signer, signedDigest: found.subjectDigest, ...where, ...proofs },
        };
    }
    return {
        kind: 'attestation',
        attestation: {
            predicateType: statement.predicateType,
            predicate: statement.predicate,
            signer,
            subjectDigests,
            ...where,
            ...proofs,
        },
    };
}
/** A bundle that did not verify (or could not be read), as a classified item. */
function problem(subject, predicateType, found, reason) {
    return { kind: 'problem', problem: unverified(subject, predicateType, found.location, reason) };
}
/** Something found that does not verify: reported, never counted, never fatal (anyone may attach junk). */
function unverified(subject, predicateType, location, reason) {
    // For attestations `about` carries the predicate type: the policy's attestation rule
    // lists the problems of its own type next to its verdict.
    const detail = { subject, reason: `${location}: ${reason}`, fatal: false };
    if (subject === 'attestation' && predicateType !== undefined)
        detail.about = predicateType;
    return detail;
}


/***/ }),

/***/ 33510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T7: () => (/* binding */ registryProblem),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   WQ: () => (/* binding */ add),
/* harmony export */   h1: () => (/* binding */ merge),
/* harmony export */   xs: () => (/* binding */ emptyCollected)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/** Evidence gathered for one subject digest, and how registry failures become problems. */

function emptyCollected() {
    return { signatures: [], attestations: [], problems: [] };
}
function add(collected, item) {
    if (item.kind === 'signature')
        collected.signatures.push(item.signature);
    else if (item.kind === 'attestation')
        collected.attestations.push(item.attestation);
    else
        collected.problems.push(item.problem);
}
function merge(into, from) {
    into.signatures.push(...from.signatures);
    into.attestations.push(...from.attestations);
    into.problems.push(...from.problems);
}
/**
 * A registry that could not be read leaves the evidence incomplete: fatal, so the image
 * fails (fail closed). An unreadable newest vulnerability report must not let an older,
 * cleaner one decide. Used for every failure to fetch or read, whatever its type.
 */
function registryProblem(what, error, subject = 'registry') {
    return { subject, reason: `${what}: ${oneLine(error)}`, fatal: true };
}
/** The message (and hint) of an error on one line, for report cells and annotations. */
function oneLine(error) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error).replace(/\s*\n\s*/g, ' ');
}


/***/ }),

/***/ 57514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** At most `limit` tasks in flight; results keep the order of the input. */
async function mapLimit(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next;
            next += 1;
            results[index] = await task(items[index], index);
        }
    };
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
    await Promise.all(workers);
    return results;
}


/***/ }),

/***/ 57071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O3: () => (/* binding */ verifyImages)
});

// UNUSED EXPORTS: DEFAULT_CONCURRENCY, DEFAULT_IMAGE_DEADLINE_MS, countFailures

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/dates.ts
var dates = __webpack_require__(86931);
// EXTERNAL MODULE: ./src/policy/match.ts
var match = __webpack_require__(6563);
;// CONCATENATED MODULE: ./src/policy/verdict.ts
/**
 * The verdict model: one result per check, in words a person can act on, and one
 * outcome per image. `warn` never blocks; `fail` does.
 */
function check(id, outcome, expected, found, hint) {
    const result = { check: id, outcome, expected, found };
    if (hint !== undefined && outcome !== 'pass')
        result.hint = hint;
    return result;
}
function outcomeOf(checks) {
    if (checks.some((result) => result.outcome === 'fail'))
        return 'fail';
    if (checks.some((result) => result.outcome === 'warn'))
        return 'warn';
    return 'pass';
}
function worst(outcomes) {
    if (outcomes.includes('fail'))
        return 'fail';
    if (outcomes.includes('warn'))
        return 'warn';
    return 'pass';
}
/** Turns failures into warnings, saying why, for `mode: warn` and exceptions. */
function downgrade(checks, why) {
    return checks.map((result) => result.outcome === 'fail'
        ? {
            ...result,
            outcome: 'warn',
            hint: `${result.hint ?? ''}${result.hint ? ' ' : ''}(${why})`,
        }
        : result);
}

;// CONCATENATED MODULE: ./src/policy/rules/images.ts
/** Which images the policy covers, whether they were pinned, and their exceptions. */



function imageOf(evidence) {
    const image = { name: evidence.name };
    if (evidence.tag !== undefined)
        image.tag = evidence.tag;
    if (evidence.digest !== undefined)
        image.digest = evidence.digest;
    return image;
}
function excludedBy(policy, evidence) {
    return policy.images.exclude.find((glob) => exempts(glob, evidence));
}
/**
 * Whether an exemption glob (images.exclude, exceptions) covers the image. A glob that names
 * a tag (`repo:1.0`, `repo:*`) never covers a reference pinned by digest: with a digest the tag
 * decides nothing, so `repo:1.0@sha256:<anything>` must not ride on an exemption written for
 * the tag. Name-only globs and globs with a digest cover pinned references as before.
 */
function exempts(glob, evidence) {
    const pattern = (0,match/* parseImageGlob */.zw)(glob);
    if (evidence.referencedByDigest && pattern.tag !== undefined && pattern.digest === undefined) {
        return false;
    }
    return (0,match/* matchesImageGlob */.$B)(glob, imageOf(evidence));
}
function checkAllowed(policy, evidence) {
    const { allow } = policy.images;
    if (allow.length === 0)
        return undefined;
    const expected = `an image matching images.allow (${allow.join(', ')})`;
    const glob = (0,match/* firstMatchingGlob */.cR)(allow, imageOf(evidence));
    return glob
        ? check('image.allowed', 'pass', expected, `${evidence.name} matches ${glob}`)
        : check('image.allowed', 'fail', expected, `${evidence.name} matches none of them`, 'push the image to an allowed registry/repository, or add a glob for it to images.allow');
}
function checkResolved(evidence) {
    if (evidence.digest !== undefined)
        return undefined;
    const reasons = evidence.problems
        .filter((p) => p.subject === 'image' || p.subject === 'registry')
        .map((p) => p.reason);
    return check('image.resolved', 'fail', 'the image digest, read from the registry', reasons.length > 0 ? `unresolved: ${reasons.join('; ')}` : 'the digest could not be resolved', 'check that the reference exists and the registry credentials can read it');
}
/** On by default (`requireDigest: true`), as Kyverno's verifyDigest: a tag can move after verify. */
function checkDigestPinned(policy, evidence) {
    if (!policy.images.requireDigest)
        return undefined;
    const expected = 'a reference pinned by digest (name@sha256:…)';
    if (evidence.referencedByDigest)
        return check('image.digest', 'pass', expected, evidence.reference);
    const pinned = evidence.digest
        ? `${evidence.reference}@${evidence.digest}`
        : `${evidence.reference}@sha256:<digest>`;
    return check('image.digest', 'fail', expected, `tag-only reference ${evidence.reference}: a tag can be moved after verify, so the digest verified need not be the one that deploys`, `pin it: ${pinned}`);
}
function findExceptions(policy, evidence, now) {
    const matching = policy.exceptions.filter((exception) => exempts(exception.image, evidence));
    const active = matching.find((exception) => !(0,dates/* isExpired */._d)(exception.expires, now));
    const expired = matching.filter((exception) => (0,dates/* isExpired */._d)(exception.expires, now));
    return active ? { active, expired } : { expired };
}
function exceptionChecks(match) {
    const results = match.expired.map((exception) => check('exception', 'warn', `an exception for ${exception.image} in force`, `expired on ${exception.expires} (${exception.reason}); it no longer applies`, 'fix the failing checks, or renew the exception with a new expiry'));
    if (match.active) {
        const { image, expires, reason } = match.active;
        results.push(check('exception', 'warn', 'every check passes', `waived by the exception for ${image} until ${expires}: ${reason}`, 'the waiver ends on its expiry date: fix the failing checks before then'));
    }
    return results;
}

// EXTERNAL MODULE: ./src/policy/predicate-types.ts
var predicate_types = __webpack_require__(92875);
// EXTERNAL MODULE: ./src/policy/duration.ts
var duration = __webpack_require__(75432);
// EXTERNAL MODULE: ./src/policy/schema.ts
var schema = __webpack_require__(54139);
;// CONCATENATED MODULE: ./src/policy/signing-time.ts
/**
 * When was a piece of evidence made, as far as anyone can prove. Two times exist:
 * - the proven time (`signedAt`): an RFC 3161 timestamp or a Rekor integrated time under a
 *   verified signed entry timestamp. It proves only that the signature existed by then.
 * - the statement's own time (cosign-vuln `metadata.scanFinishedOn`, SLSA
 *   `runDetails.metadata.finishedOn`), signed by the signer with the rest of the statement.
 *   An old statement re-signed (or re-logged) later keeps its old time.
 * Freshness is judged on the earlier of the two; a time in the future is refused. A key signer
 * with neither log nor timestamp (tlog-upload: false) has no proven time at all: its freshness
 * is the statement's own time, which only the key holder could have written, and which an old
 * statement replayed keeps. Pure.
 */


/** Clocks of signers, logs and verifiers disagree a little; more than this is refused. */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
/** Where each predicate type records when its content was made. */
const STATEMENT_TIME_PATHS = {
    [schema/* PREDICATE_VULN */.k9]: ['metadata', 'scanFinishedOn'],
    [schema/* PREDICATE_SLSA_V1 */.Ke]: ['runDetails', 'metadata', 'finishedOn'],
    [schema/* PREDICATE_SLSA_V02 */.Vf]: ['metadata', 'buildFinishedOn'],
};
/** The time the statement itself records, when its type has one and it parses. */
function statementTime(predicateType, predicate) {
    const path = STATEMENT_TIME_PATHS[predicateType];
    if (path === undefined)
        return undefined;
    let node = predicate;
    for (const key of path) {
        if (typeof node !== 'object' || node === null)
            return undefined;
        node = node[key];
    }
    return typeof node === 'string' && node !== '' ? (0,dates/* parseTime */.pe)(node) : undefined;
}
/** The proven time, or undefined when nothing proves one. */
function provenTime(evidence) {
    return (0,dates/* parseTime */.pe)(evidence.signedAt);
}
/**
 * The time freshness is judged on: the earlier of the proven time and the statement's own
 * time. Without a proven time, a keyless signer's statement time proves nothing (undefined);
 * a key signer's is all there is, and it is what counts.
 */
function freshnessTime(evidence) {
    const proven = provenTime(evidence);
    if (proven === undefined)
        return evidence.signer?.kind === 'key' ? statementTimeOf(evidence) : undefined;
    const claimed = statementTimeOf(evidence);
    return claimed !== undefined && claimed < proven ? claimed : proven;
}
/**
 * The time evidence is ordered by ("which is newest"): the freshness time, or for evidence
 * without a proven time the statement's own time (signed, so only its signer could have
 * written it). Undefined when it has neither.
 */
function orderingTime(evidence) {
    return freshnessTime(evidence) ?? statementTimeOf(evidence);
}
/** Why a time of this evidence cannot be right (it lies in the future), or undefined. */
function futureTimeProblem(evidence, now) {
    const limit = now.getTime() + MAX_CLOCK_SKEW_MS;
    const proven = provenTime(evidence);
    if (proven !== undefined && proven.getTime() > limit) {
        return `its signing time ${evidence.signedAt} lies in the future (now ${now.toISOString()}): a log or timestamp authority clock is wrong, or the evidence was forged`;
    }
    const claimed = statementTimeOf(evidence);
    if (claimed !== undefined && claimed.getTime() > limit) {
        return `the time its statement records (${claimed.toISOString()}) lies in the future (now ${now.toISOString()})`;
    }
    return undefined;
}
function statementTimeOf(evidence) {
    return evidence.predicateType === undefined
        ? undefined
        : statementTime(evidence.predicateType, evidence.predicate);
}

;// CONCATENATED MODULE: ./src/policy/rules/identity.ts

function signerMismatch(signer, identity) {
    if (signer.key !== undefined) {
        if (identity.kind !== 'key')
            return `keyless signature, policy wants key ${signer.key}`;
        return identity.keyRef === signer.key
            ? undefined
            : `key ${describeKey(identity)}, policy wants ${signer.key}`;
    }
    if (identity.kind !== 'keyless')
        return `signed with key ${describeKey(identity)}, policy wants a keyless signer`;
    const issuer = (0,match/* identityPattern */.L2)(signer.issuer, signer.issuerRegExp);
    if (identity.issuer === undefined) {
        return `the certificate names no OIDC issuer, policy wants ${(0,match/* describeIdentity */.Cl)(issuer)}`;
    }
    if (!(0,match/* matchesIdentity */.wD)(issuer, identity.issuer)) {
        return `issuer ${identity.issuer} does not match ${(0,match/* describeIdentity */.Cl)(issuer)}`;
    }
    const subject = (0,match/* identityPattern */.L2)(signer.subject, signer.subjectRegExp);
    if (identity.subject === undefined) {
        return `the certificate names no subject (SAN), policy wants ${(0,match/* describeIdentity */.Cl)(subject)}`;
    }
    if (!(0,match/* matchesIdentity */.wD)(subject, identity.subject)) {
        return `subject ${identity.subject} does not match ${(0,match/* describeIdentity */.Cl)(subject)}`;
    }
    for (const [name, wanted] of Object.entries(signer.claims ?? {})) {
        const actual = identity.claims[name];
        if (actual === undefined)
            return `claim ${name} is absent from the certificate, policy wants ${wanted}`;
        if (!(0,match/* matchesIdentity */.wD)((0,match/* identityPattern */.L2)(wanted), actual)) {
            return `claim ${name} is ${actual}, policy wants ${wanted}`;
        }
    }
    return undefined;
}
function describeKey(identity) {
    return identity.keyId
        ? `${identity.keyRef} (key id ${identity.keyId.slice(0, 16)})`
        : identity.keyRef;
}
function describeSignerIdentity(identity) {
    return identity.kind === 'key'
        ? `signed with key ${describeKey(identity)}`
        : `signed by ${identity.subject ?? '(no subject in the certificate)'} (issuer ${identity.issuer ?? '(none in the certificate)'})`;
}
function describeSigner(signer) {
    if (signer.key !== undefined)
        return `key ${signer.key}`;
    const parts = [
        (0,match/* describeIdentity */.Cl)((0,match/* identityPattern */.L2)(signer.subject, signer.subjectRegExp)),
        `(issuer ${(0,match/* describeIdentity */.Cl)((0,match/* identityPattern */.L2)(signer.issuer, signer.issuerRegExp))}`,
    ];
    const claims = Object.entries(signer.claims ?? {}).map(([name, value]) => `${name}=${value}`);
    return `${parts.join(' ')}${claims.length > 0 ? `; ${claims.join(', ')}` : ''})`;
}
/** Why a signature's proofs fall short of `trust`, or undefined when they suffice. */
function missingProof(proofs, trust) {
    if (trust.requireTlog && !proofs.tlogProven) {
        return 'no transparency-log inclusion proof (trust.requireTlog; signed with tlog-upload: false? accept that with --insecure-ignore-tlog, or trust.requireTlog: false in a policy file)';
    }
    if (trust.requireTimestamp && !proofs.timestampProven) {
        return 'no RFC 3161 timestamp (trust.requireTimestamp)';
    }
    return undefined;
}
/** Index of the first policy signer the identity satisfies. */
function matchingSigner(signers, identity) {
    return signers.findIndex((signer) => signerMismatch(signer, identity) === undefined);
}

;// CONCATENATED MODULE: ./src/policy/rules/attestations.ts
/**
 * The `attestation:<type>` check: an attestation counts only if its type matches, its
 * subject digest is the image digest, a policy signer signed it with the proofs `trust`
 * requires, and it is younger than `maxAge`. The newest that counts is the one whose
 * content the sbom / vulnerabilities / provenance rules read.
 */







function selectAttestation(policy, rule, evidence, now) {
    const id = `attestation:${rule.type}`;
    const expected = describeExpected(rule);
    const candidates = evidence.attestations.filter((a) => (0,predicate_types/* predicateTypeMatches */.J3)(rule.type, a.predicateType));
    const problems = evidence.problems
        .filter((p) => p.subject === 'attestation' &&
        (p.about === undefined || (0,predicate_types/* predicateTypeMatches */.J3)(rule.type, p.about)))
        .map((p) => `unverifiable attestation${p.about ? ` ${p.about}` : ''}: ${p.reason}`);
    if (candidates.length === 0) {
        const types = [...new Set(evidence.attestations.map((a) => a.predicateType))];
        const found = types.length > 0
            ? `no ${rule.type} attestation; found types: ${types.join(', ')}`
            : 'no attestation at all';
        return {
            result: check(id, 'fail', expected, [found, ...problems].join('; '), `attach a signed ${rule.type} attestation to ${evidence.name}@${evidence.digest ?? '<digest>'} (imprint publish does so for sbom, vuln and provenance)`),
        };
    }
    const judged = candidates.map((attestation) => ({
        attestation,
        reason: rejection(policy, rule, evidence, attestation, now),
    }));
    const valid = judged
        .filter((entry) => entry.reason === undefined)
        .map((entry) => entry.attestation);
    if (valid.length === 0) {
        const found = judged.map(({ attestation, reason }) => `${describeSignerIdentity(attestation.signer)} — ${reason}`);
        return {
            result: check(id, 'fail', expected, [...found, ...problems].join('; '), hintFor(judged.map((j) => j.reason ?? ''))),
        };
    }
    const { chosen, tied } = newest(valid);
    if (chosen === undefined) {
        return {
            result: check(id, 'fail', expected, `${tied.length} ${rule.type} attestations could each be the newest (${tied.map(describeDated).join('; ')}), they say different things, and nothing signed orders them`, 'remove the stale attestations, or attest with a transparency log or timestamp authority so that each carries a proven time'),
        };
    }
    const age = ageOf(chosen, now);
    const found = `${describeSignerIdentity(chosen.signer)}${chosen.signedAt ? ` at ${chosen.signedAt}` : ''}${age !== undefined ? ` (${(0,duration/* describeAge */.HK)(age)} old)` : ''}`;
    return { result: check(id, 'pass', expected, found), chosen };
}
function describeExpected(rule) {
    const age = rule.maxAge ? `, at most ${rule.maxAge} old` : '';
    return `a ${rule.type} attestation over the image digest, signed by a policy signer${age}`;
}
function rejection(policy, rule, evidence, attestation, now) {
    if (evidence.digest === undefined || !attestation.subjectDigests.includes(evidence.digest)) {
        return `its subject is ${attestation.subjectDigests.join(', ') || 'empty'}, not the image digest ${evidence.digest ?? '(unresolved)'}`;
    }
    const proof = missingProof(attestation, policy.trust);
    if (proof)
        return proof;
    if (matchingSigner(policy.signers, attestation.signer) < 0) {
        return (policy.signers.map((signer) => signerMismatch(signer, attestation.signer)).find(Boolean) ??
            'no policy signer matches');
    }
    return futureTimeProblem(attestation, now) ?? maxAgeProblem(rule, attestation, now);
}
/** Why the attestation is too old for `maxAge`, or cannot be dated at all; undefined if fresh. */
function maxAgeProblem(rule, attestation, now) {
    if (rule.maxAge === undefined)
        return undefined;
    const age = ageOf(attestation, now);
    if (age === undefined)
        return `it carries no proven signing time${attestation.signer.kind === 'key' ? ' and its statement records none' : ''} to check maxAge ${rule.maxAge} against`;
    if (age > (0,duration/* parseDuration */.E9)(rule.maxAge)) {
        const made = freshnessTime(attestation);
        const signed = attestation.signedAt
            ? `signed ${attestation.signedAt}`
            : 'no log or timestamp proves when it was signed';
        const when = made.getTime() === (0,dates/* parseTime */.pe)(attestation.signedAt)?.getTime()
            ? signed
            : `its statement records ${made.toISOString()} (${signed})`;
        return `${when} (${(0,duration/* describeAge */.HK)(age)} ago), older than maxAge ${rule.maxAge}`;
    }
    return undefined;
}
function hintFor(reasons) {
    if (reasons.some((reason) => reason.includes('older than maxAge'))) {
        return 'attest again (a scheduled pipeline re-scanning the published digest keeps it fresh)';
    }
    if (reasons.some((reason) => reason.includes('not the image digest'))) {
        return 'attest the digest that is deployed: the attestation names another image';
    }
    return 'attest from an identity the policy lists under `signers`, with the proofs `trust` requires';
}
/** Age by the freshness time: the earlier of the proven time and the statement's own. */
function ageOf(attestation, now) {
    const time = freshnessTime(attestation);
    return time === undefined ? undefined : now.getTime() - time.getTime();
}
/**
 * The newest by signed time, never by the order the registry listed them in. Evidence with
 * no time at all could be the newest as well as the oldest, so it ties with the newest.
 * A tie between different contents is broken only for vulnerability reports (the one with
 * more findings: an attacker gains nothing by choosing it); otherwise nothing is chosen.
 */
function newest(valid) {
    const time = (a) => orderingTime(a)?.getTime();
    const times = valid.flatMap((a) => {
        const t = time(a);
        return t === undefined ? [] : [t];
    });
    const top = times.length > 0 ? Math.max(...times) : undefined;
    const contenders = valid.filter((a) => time(a) === undefined || time(a) === top);
    if (contenders.length === 1 || sameContent(contenders))
        return { chosen: contenders[0], tied: [] };
    const byFindings = mostFindings(contenders);
    return byFindings ? { chosen: byFindings, tied: [] } : { tied: contenders };
}
function sameContent(attestations) {
    const first = JSON.stringify(attestations[0]?.predicate);
    return attestations.every((a) => JSON.stringify(a.predicate) === first);
}
function mostFindings(attestations) {
    if (!attestations.every((a) => a.predicateType === schema/* PREDICATE_VULN */.k9))
        return undefined;
    const counted = attestations.map((a) => ({ a, findings: findingsIn(a.predicate) }));
    const most = Math.max(...counted.map((c) => c.findings));
    const top = counted.filter((c) => c.findings === most);
    return top.length === 1 ? top[0].a : undefined;
}
/** Vulnerabilities in a cosign-vuln predicate's Trivy report (Results[].Vulnerabilities). */
function findingsIn(predicate) {
    const results = predicate?.scanner
        ?.result?.Results;
    if (!Array.isArray(results))
        return 0;
    return results.reduce((sum, result) => {
        const found = result?.Vulnerabilities;
        return sum + (Array.isArray(found) ? found.length : 0);
    }, 0);
}
function describeDated(attestation) {
    const at = orderingTime(attestation);
    return `${describeSignerIdentity(attestation.signer)}${at ? ` at ${at.toISOString()}` : ', no signed time'}`;
}

;// CONCATENATED MODULE: ./src/policy/rules/provenance.ts
/** `provenance.builderId`: a glob on SLSA v1 `runDetails.builder.id` (v0.2: `builder.id`). */


function builderIdOf(predicate) {
    const slsa = predicate;
    const id = slsa?.runDetails?.builder?.id ?? slsa?.builder?.id;
    return typeof id === 'string' ? id : undefined;
}
function checkProvenance(rules, predicate) {
    const expected = `built by ${rules.builderId}`;
    const builderId = builderIdOf(predicate);
    if (builderId === undefined) {
        return check('provenance.builderId', 'fail', expected, 'the provenance names no builder (runDetails.builder.id)', 'attest SLSA v1 provenance that names its builder');
    }
    if ((0,match/* matchesIdentity */.wD)((0,match/* identityPattern */.L2)(rules.builderId), builderId)) {
        return check('provenance.builderId', 'pass', expected, `built by ${builderId}`);
    }
    return check('provenance.builderId', 'fail', expected, `built by ${builderId}`, 'build on the builder the policy trusts, or change provenance.builderId');
}

// EXTERNAL MODULE: ./src/sbom/purl-parse.ts
var purl_parse = __webpack_require__(20838);
// EXTERNAL MODULE: ./src/policy/versions.ts
var versions = __webpack_require__(5705);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
;// CONCATENATED MODULE: ./src/policy/rules/sbom-spdx.ts
/**
 * An SPDX 2.x JSON document read as the components the `sbom` rules judge: each package once
 * per purl it names (externalRefs of type purl), with its declared and concluded licences.
 * Pure; what is not there (NOASSERTION, NONE) is not a licence.
 */

const NOT_A_LICENCE = new Set(['NOASSERTION', 'NONE']);
const LICENCE_REF = /(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+/g;
/** An SPDX 2.x document: `spdxVersion: SPDX-2.…` (what SPDX 2.3 §6.1 requires). */
function isSpdxDocument(predicate) {
    return ((0,json/* isJsonObject */.O)(predicate) &&
        typeof predicate.spdxVersion === 'string' &&
        predicate.spdxVersion.startsWith('SPDX-2.'));
}
function spdxComponents(document) {
    const extractedNames = extractedLicenceNames(document.hasExtractedLicensingInfos);
    const packages = Array.isArray(document.packages) ? document.packages : [];
    return packages.filter(json/* isJsonObject */.O).flatMap((pkg) => {
        const base = { licenses: licencesOf(pkg, extractedNames) };
        if (typeof pkg.name === 'string')
            base.name = pkg.name;
        if (typeof pkg.versionInfo === 'string')
            base.version = pkg.versionInfo;
        const purls = purlsOf(pkg.externalRefs);
        return purls.length === 0 ? [base] : purls.map((purl) => ({ ...base, purl }));
    });
}
function purlsOf(refs) {
    if (!Array.isArray(refs))
        return [];
    return refs
        .filter(json/* isJsonObject */.O)
        .filter((ref) => ref.referenceType === 'purl' && typeof ref.referenceLocator === 'string')
        .map((ref) => ref.referenceLocator);
}
/**
 * Declared and concluded licences as expressions; a `LicenseRef-…` also by the name the
 * document gives it, so a denyLicenses entry written as that name matches it too.
 */
function licencesOf(pkg, extractedNames) {
    const licences = [];
    for (const field of ['licenseDeclared', 'licenseConcluded']) {
        const value = pkg[field];
        if (typeof value !== 'string' || NOT_A_LICENCE.has(value.trim()))
            continue;
        licences.push({ expression: value });
        for (const ref of value.match(LICENCE_REF) ?? []) {
            const name = extractedNames.get(ref);
            if (name !== undefined)
                licences.push({ license: { name } });
        }
    }
    return licences;
}
function extractedLicenceNames(infos) {
    const names = new Map();
    if (!Array.isArray(infos))
        return names;
    for (const info of infos.filter(json/* isJsonObject */.O)) {
        if (typeof info.licenseId === 'string' && typeof info.name === 'string')
            names.set(info.licenseId, info.name);
    }
    return names;
}

;// CONCATENATED MODULE: ./src/policy/rules/sbom.ts
/**
 * `sbom` rules on a CycloneDX or SPDX 2.x predicate: denied packages (purls compared as the
 * purl spec reads them, plus a version range) and denied licences (`licenses[].license.id|name`
 * and SPDX `expression`s; in SPDX, licenseDeclared and licenseConcluded).
 */







const MAX_LISTED = 10;
/**
 * `predicateType` says which format the predicate must be: an SPDX type holds SPDX, any other
 * CycloneDX. A document of the other format is refused, not read: its signer said otherwise.
 */
function checkSbom(rules, predicate, predicateType = schema/* PREDICATE_CYCLONEDX */.Ok) {
    const spdx = (0,predicate_types/* predicateTypeMatches */.J3)(schema/* PREDICATE_SPDX */.gL, predicateType);
    const components = spdx ? spdxComponentsOf(predicate) : cyclonedxComponentsOf(predicate);
    if (components === undefined) {
        return [
            spdx
                ? check('sbom', 'fail', `an SPDX 2.x JSON document as the ${predicateType} predicate`, 'a predicate that is not an SPDX 2.x document (no spdxVersion SPDX-2.x)', 'attest the SBOM in SPDX JSON (cosign attest --type spdxjson)')
                : check('sbom', 'fail', `a CycloneDX BOM as the ${predicateType} predicate`, 'a predicate that is not a CycloneDX BOM', 'attest the SBOM in CycloneDX JSON (cosign attest --type cyclonedx)'),
        ];
    }
    const results = [];
    if (rules.denyPackages.length > 0)
        results.push(checkPackages(rules, components));
    if (rules.denyLicenses.length > 0)
        results.push(checkLicenses(rules, components));
    return results;
}
function checkPackages(rules, components) {
    const expected = `none of: ${rules.denyPackages.map((deny) => `${deny.purl}${deny.versions ? ` ${deny.versions}` : ''}`).join(', ')}`;
    // The policy's purls are canonical already (schema.ts); parsing them again is cheap.
    const denied = rules.denyPackages.map((deny) => ({ ...deny, parsed: (0,purl_parse/* parsePurl */.$l)(deny.purl) }));
    const hits = [];
    const unreadable = [];
    for (const component of components) {
        if (component.purl === undefined)
            continue;
        let purl;
        try {
            purl = (0,purl_parse/* parsePurl */.$l)(component.purl);
        }
        catch (error) {
            // A purl that cannot be read cannot be cleared either.
            unreadable.push((0,errors/* messageOf */.bD)(error));
            continue;
        }
        for (const deny of denied) {
            const hit = deniedBy(deny, purl, component);
            if (hit !== undefined)
                hits.push(`${component.purl}${hit}`);
        }
    }
    if (hits.length === 0 && unreadable.length === 0)
        return check('sbom.denyPackages', 'pass', expected, `${components.length} components, none denied`);
    const found = [
        ...(hits.length > 0 ? [`denied: ${list(hits)}`] : []),
        ...(unreadable.length > 0 ? [`cannot evaluate: ${list(unreadable)}`] : []),
    ];
    return check('sbom.denyPackages', 'fail', expected, found.join('; '), hits.length > 0
        ? 'upgrade or remove the denied packages and rebuild the image'
        : 'fix the SBOM generator: every component purl must follow the purl spec');
}
/**
 * Whether one deny entry covers a component, and how to say so (undefined: it does not).
 * Type, namespace and name compare in their canonical forms; the entry's version, qualifiers
 * and subpath, when it has them, must be the component's too. A component with no version
 * is denied under a version or a range: nothing shows it is outside them.
 */
function deniedBy(deny, purl, component) {
    const wanted = deny.parsed;
    if (!samePackage(wanted, purl))
        return undefined;
    const version = purl.version ?? component.version;
    if (wanted.version === undefined && deny.versions === undefined)
        return '';
    if (version === undefined)
        return ' (no version, so it cannot be shown to be outside the denied versions)';
    if (wanted.version !== undefined && wanted.version !== version)
        return undefined;
    if (deny.versions !== undefined && !(0,versions/* versionInRange */.rR)(version, deny.versions, purl.type))
        return undefined;
    return deny.versions ? ` (in ${deny.versions})` : '';
}
/** Same type, namespace and name; and the entry's subpath and qualifiers, if it names any. */
function samePackage(wanted, purl) {
    if (wanted.type !== purl.type || wanted.namespace !== purl.namespace || wanted.name !== purl.name)
        return false;
    if (wanted.subpath !== undefined && wanted.subpath !== purl.subpath)
        return false;
    return Object.entries(wanted.qualifiers).every(([key, value]) => purl.qualifiers[key] === value);
}
function checkLicenses(rules, components) {
    const denied = new Set(rules.denyLicenses.map((id) => id.toLowerCase()));
    const expected = `no component licensed ${rules.denyLicenses.join(', ')}`;
    const hits = [];
    for (const component of components) {
        const bad = licensesOf(component).filter((id) => denied.has(id.toLowerCase()));
        if (bad.length > 0)
            hits.push(`${component.purl ?? component.name ?? '(unnamed)'}: ${bad.join(', ')}`);
    }
    if (hits.length === 0)
        return check('sbom.denyLicenses', 'pass', expected, `${components.length} components, none with a denied licence`);
    return check('sbom.denyLicenses', 'fail', expected, `denied licences: ${list(hits)}`, 'replace the components under a denied licence, or change denyLicenses if legal approved them');
}
/**
 * Every licence id a component names. An expression counts every id in it: "MIT OR
 * AGPL-3.0-only" is denied when AGPL-3.0-only is, because nothing records which was chosen.
 */
function licensesOf(component) {
    const ids = [];
    for (const entry of component.licenses ?? []) {
        const single = entry.license?.id ?? entry.license?.name;
        if (single)
            ids.push(single);
        if (entry.expression) {
            ids.push(...entry.expression
                .split(/[\s()]+/)
                .filter((token) => token !== '' && !['AND', 'OR', 'WITH'].includes(token)));
        }
    }
    return ids;
}
function spdxComponentsOf(predicate) {
    return isSpdxDocument(predicate)
        ? spdxComponents(predicate)
        : undefined;
}
/** The components to judge; undefined when the predicate is no CycloneDX BOM. */
function cyclonedxComponentsOf(predicate) {
    const bom = predicate;
    if (bom === null ||
        typeof bom !== 'object' ||
        (bom.bomFormat !== 'CycloneDX' && !Array.isArray(bom.components)))
        return undefined;
    return flatten(Array.isArray(bom.components) ? bom.components : []);
}
function flatten(components) {
    return components.flatMap((component) => [component, ...flatten(component.components ?? [])]);
}
function list(items) {
    const shown = items.slice(0, MAX_LISTED).join('; ');
    return items.length > MAX_LISTED ? `${shown}; and ${items.length - MAX_LISTED} more` : shown;
}

;// CONCATENATED MODULE: ./src/policy/rules/signer-matching.ts

function matchSigners(signers, signatures) {
    const parties = groupByParty(signatures);
    // fits[s] = the parties that satisfy signer entry s
    const fits = signers.map((signer) => parties.flatMap((party, p) => party.some((signature) => signerMismatch(signer, signature.signer) === undefined) ? [p] : []));
    const owner = maximumMatching(fits, parties.length);
    const pairs = owner.flatMap((signer, party) => signer === undefined ? [] : [{ signer, identity: parties[party][0].signer }]);
    pairs.sort((a, b) => a.signer - b.signer);
    return { pairs, parties: parties.length };
}
/** Who a signature is: the key (by key id), or the keyless issuer and subject. */
function partyOf(identity) {
    return identity.kind === 'key'
        ? `key\n${identity.keyId ?? identity.keyRef}`
        : `keyless\n${identity.issuer ?? ''}\n${identity.subject ?? ''}`;
}
function groupByParty(signatures) {
    const groups = new Map();
    for (const signature of signatures) {
        const key = partyOf(signature.signer);
        groups.set(key, [...(groups.get(key) ?? []), signature]);
    }
    return [...groups.values()];
}
/**
 * Kuhn's augmenting paths: `fits[left]` lists the right nodes it may take; returns, for each
 * right node, the left node matched to it. Policies list a handful of signers: O(V·E) is nothing.
 */
function maximumMatching(fits, rightCount) {
    const owner = new Array(rightCount).fill(undefined);
    const augment = (left, seen) => {
        for (const right of fits[left] ?? []) {
            if (seen.has(right))
                continue;
            seen.add(right);
            const current = owner[right];
            if (current === undefined || augment(current, seen)) {
                owner[right] = left;
                return true;
            }
        }
        return false;
    };
    fits.forEach((_, left) => augment(left, new Set()));
    return owner;
}

;// CONCATENATED MODULE: ./src/policy/rules/signers.ts




function checkSigners(policy, evidence, now) {
    const signatures = evidence.signatures.filter((signature) => evidence.digest === undefined || signature.signedDigest === evidence.digest);
    const notCounted = (signature) => missingProof(signature, policy.trust) ?? futureTimeProblem(signature, now);
    const counted = signatures.filter((signature) => notCounted(signature) === undefined);
    const { pairs } = matchSigners(policy.signers, counted);
    const expected = signers_describeExpected(policy);
    if (pairs.length >= policy.count) {
        const filled = pairs.map(({ signer }) => describeSigner(policy.signers[signer]));
        return check('signer', 'pass', expected, filled.join('; '));
    }
    const shortfall = pairs.length > 0
        ? `only ${pairs.length} distinct signer(s) fill a policy entry, ${policy.count} needed (one signer, or copies of one signature, count once); `
        : '';
    return check('signer', 'fail', expected, `${shortfall}${describeFound(policy, evidence, signatures, notCounted)}`, pairs.length > 0
        ? `have ${policy.count} different signers among those the policy lists sign ${evidence.name}@${evidence.digest ?? '<digest>'}`
        : signers_hintFor(policy, evidence, signatures));
}
function signers_describeExpected(policy) {
    const list = policy.signers.map(describeSigner);
    if (policy.signers.length === 1)
        return `signed by ${list[0]}`;
    return `signed by at least ${policy.count} of: ${list.join(' | ')}`;
}
function describeFound(policy, evidence, signatures, notCounted) {
    const otherDigest = evidence.signatures.length - signatures.length;
    const lines = signatures.map((signature) => {
        const proof = notCounted(signature);
        const reasons = policy.signers.map((signer) => signerMismatch(signer, signature.signer));
        const why = proof ?? reasons.find((reason) => reason !== undefined);
        return `${describeSignerIdentity(signature.signer)}${why ? ` — ${why}` : ''}`;
    });
    if (otherDigest > 0)
        lines.push(`${otherDigest} signature(s) over another digest, not ${evidence.digest}`);
    const unverified = evidence.problems.filter((problem) => problem.subject === 'signature');
    for (const problem of unverified) {
        lines.push(`unverifiable signature${problem.about ? ` ${problem.about}` : ''}: ${problem.reason}`);
    }
    return lines.length > 0 ? lines.join('; ') : 'no signature found';
}
function signers_hintFor(policy, evidence, signatures) {
    const unverifiable = evidence.problems.some((problem) => problem.subject === 'signature');
    if (signatures.length === 0 && unverifiable) {
        // Signatures are there, but none could be checked: re-signing would not help.
        return 'the signatures found could not be verified under this policy (see found): give the policy the signer that made them (a key, or the keyless identity), or re-sign as the policy expects';
    }
    if (signatures.length === 0) {
        return `sign ${evidence.name}@${evidence.digest ?? '<digest>'} in the pipeline that builds it (imprint publish signs by default), then verify again`;
    }
    if (signatures.some((signature) => missingProof(signature, policy.trust) !== undefined)) {
        return 'sign with a transparency log (Rekor) or a timestamp authority as the policy requires; an image signed without a log on purpose (tlog-upload: false) verifies with --insecure-ignore-tlog (quick start) or trust.requireTlog: false (policy file)';
    }
    return 'sign from the workflow and ref the policy names, or change `signers` if the signing identity moved';
}

// EXTERNAL MODULE: ./src/scan/gate.ts
var scan_gate = __webpack_require__(16534);
;// CONCATENATED MODULE: ./src/policy/rules/vulnerabilities.ts



const vulnerabilities_MAX_LISTED = 8;
function checkVulnerabilities(rules, predicate, options) {
    const expected = describeRules(rules);
    const report = predicate?.scanner?.result;
    if (report === undefined || report === null) {
        return [
            check('vulnerabilities', 'fail', expected, 'the vuln attestation carries no scanner.result', 'attest the Trivy JSON report (trivy --format cosign-vuln) rather than an empty predicate'),
        ];
    }
    if (options.parseTrivyReport === undefined) {
        return [
            check('vulnerabilities', 'fail', expected, 'no Trivy report reader is wired into the policy engine', 'this is a bug in imprint: please report it'),
        ];
    }
    let findings;
    try {
        findings = options.parseTrivyReport(report);
    }
    catch (error) {
        return [
            check('vulnerabilities', 'fail', expected, `the scanner.result could not be read: ${(0,errors/* messageOf */.bD)(error)}`, 'attest a Trivy JSON report (schema version 2)'),
        ];
    }
    const gate = (0,scan_gate/* evaluateGate */.DR)(findings, {
        failAtOrAbove: rules.maxSeverity !== undefined ? (0,scan_gate/* thresholdFromMaxSeverity */.Zq)(rules.maxSeverity) : 'NONE',
        ...(rules.maxCvss !== undefined ? { maxCvss: rules.maxCvss } : {}),
        ignoreUnfixed: rules.ignoreUnfixed,
        ignore: rules.ignore,
        now: options.now,
    });
    const counts = Object.entries(gate.counts)
        .filter(([, n]) => n > 0)
        .map(([severity, n]) => `${n} ${severity}`)
        .join(', ');
    const summary = `${findings.length} findings${counts ? ` (${counts})` : ''}${gate.ignored.length > 0 ? `, ${gate.ignored.length} ignored by policy` : ''}`;
    const results = [
        gate.passed
            ? check('vulnerabilities', 'pass', expected, `${summary}, none blocking`)
            : check('vulnerabilities', 'fail', expected, `${gate.blocking.length} blocking: ${listFindings(gate.blocking)}; ${summary}`, 'upgrade the listed packages to their fixed versions and rebuild, or add a vulnerabilities.ignore entry with a reason and an expiry'),
    ];
    for (const rule of gate.expiredRules) {
        results.push(check(`vulnerabilities.ignore:${rule.id}`, 'warn', `ignore entry for ${rule.id} in force`, `expired on ${rule.expires}${rule.reason ? ` (${rule.reason})` : ''}; it no longer applies`, 'renew the expiry if the reason still holds, or remove the entry'));
    }
    return results;
}
function describeRules(rules) {
    const parts = [];
    if (rules.maxSeverity !== undefined)
        parts.push(rules.maxSeverity === 'NONE'
            ? 'no vulnerability at all'
            : `nothing above ${rules.maxSeverity}`);
    if (rules.maxCvss !== undefined)
        parts.push(`no CVSS score above ${rules.maxCvss}`);
    if (rules.ignoreUnfixed)
        parts.push('findings without a fix ignored');
    return parts.join(', ');
}
function listFindings(findings) {
    const shown = findings
        .slice(0, vulnerabilities_MAX_LISTED)
        .map((f) => `${f.id} ${f.severity}${f.cvss !== undefined ? ` ${f.cvss}` : ''} in ${f.packageName} ${f.installedVersion}${f.fixedVersion ? ` (fixed in ${f.fixedVersion})` : ' (no fix yet)'}`);
    return findings.length > vulnerabilities_MAX_LISTED
        ? `${shown.join('; ')}; and ${findings.length - vulnerabilities_MAX_LISTED} more`
        : shown.join('; ');
}

;// CONCATENATED MODULE: ./src/policy/evaluate.ts
/**
 * Policy evaluation, pure: a policy and the verified evidence for one image in, a verdict
 * with one result per rule out. Fail closed: a rule that cannot be evaluated fails.
 */









function evaluatePolicy(policy, evidence, options) {
    const exclusion = excludedBy(policy, evidence);
    if (exclusion !== undefined) {
        const checks = [
            check('image.excluded', 'skipped', 'an image the policy covers', `${evidence.name} matches images.exclude ${exclusion}`),
        ];
        return verdict(evidence, 'pass', checks);
    }
    let checks = safely(() => ruleChecks(policy, evidence, options));
    const exceptions = findExceptions(policy, evidence, options.now);
    if (exceptions.active) {
        checks = downgrade(checks, `waived until ${exceptions.active.expires}: ${exceptions.active.reason}`);
    }
    checks.push(...exceptionChecks(exceptions));
    if (policy.mode === 'warn')
        checks = downgrade(checks, 'policy mode is warn: reported, not enforced');
    const platforms = (evidence.platforms ?? []).map((platform) => evaluatePolicy(policy, platform, options));
    const outcome = worst([outcomeOf(checks), ...platforms.map((p) => p.outcome)]);
    const result = verdict(evidence, outcome, checks);
    if (platforms.length > 0)
        result.platforms = platforms;
    return result;
}
function ruleChecks(policy, evidence, options) {
    const checks = [];
    const push = (result) => result && checks.push(result);
    push(checkAllowed(policy, evidence));
    push(checkResolved(evidence));
    push(checkDigestPinned(policy, evidence));
    for (const problem of evidence.problems) {
        // Fatal: the evidence is incomplete. Otherwise: something unverifiable sits on the
        // image; it does not count, and the report says so.
        const hint = problem.fatal
            ? 'fix the cause and verify again: a policy is not evaluated on partial evidence'
            : 'remove or re-create what cannot be verified; it was not counted';
        checks.push(check(`evidence.${problem.subject}`, problem.fatal ? 'fail' : 'warn', `${problem.subject} evidence that verifies`, `${problem.about ? `${problem.about}: ` : ''}${problem.reason}`, hint));
    }
    checks.push(checkSigners(policy, evidence, options.now));
    const isIndex = (evidence.platforms?.length ?? 0) > 0;
    for (const rule of policy.attestations) {
        const { result, chosen } = selectAttestation(policy, rule, evidence, options.now);
        if (isIndex && !chosen && (0,predicate_types/* describesPlatformImage */.Dg)(rule.type)) {
            checks.push(perPlatformCheck(rule.type));
            continue;
        }
        checks.push(result);
        const content = [];
        if (chosen) {
            if (rule.sbom)
                content.push(...checkSbom(rule.sbom, chosen.predicate, chosen.predicateType));
            if (rule.vulnerabilities)
                content.push(...checkVulnerabilities(rule.vulnerabilities, chosen.predicate, options));
            if (rule.provenance)
                content.push(checkProvenance(rule.provenance, chosen.predicate));
        }
        else {
            for (const id of contentCheckIds(rule)) {
                content.push(check(id, 'skipped', 'a valid attestation to read', `no valid ${rule.type} attestation`));
            }
        }
        checks.push(...content);
    }
    return checks;
}
function perPlatformCheck(type) {
    return check(`attestation:${type}`, 'skipped', `a ${type} attestation on each platform manifest`, 'none on the index itself (an index has no filesystem): judged on each platform below');
}
function contentCheckIds(rule) {
    const ids = [];
    if (rule.sbom?.denyPackages.length)
        ids.push('sbom.denyPackages');
    if (rule.sbom?.denyLicenses.length)
        ids.push('sbom.denyLicenses');
    if (rule.vulnerabilities)
        ids.push('vulnerabilities');
    if (rule.provenance)
        ids.push('provenance.builderId');
    return ids;
}
function safely(run) {
    try {
        return run();
    }
    catch (error) {
        return [
            check('internal', 'fail', 'the policy to be evaluated', `evaluation failed: ${(0,errors/* messageOf */.bD)(error)}`, 'this is a bug in imprint: please report it with the policy and the image'),
        ];
    }
}
function verdict(evidence, outcome, checks) {
    const result = { image: evidence.reference, outcome, checks };
    if (evidence.digest !== undefined)
        result.digest = evidence.digest;
    if (evidence.platform !== undefined)
        result.platform = evidence.platform;
    return result;
}

// EXTERNAL MODULE: ./src/registry/deadline.ts
var registry_deadline = __webpack_require__(71643);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/scan/trivy-report.ts
var trivy_report = __webpack_require__(80060);
// EXTERNAL MODULE: ./src/verify/collected.ts
var collected = __webpack_require__(33510);
// EXTERNAL MODULE: ./src/verify/concurrency.ts
var concurrency = __webpack_require__(57514);
// EXTERNAL MODULE: ./src/verify/evidence.ts + 1 modules
var verify_evidence = __webpack_require__(65277);
;// CONCATENATED MODULE: ./src/verify/model.ts
function summariseEvidence(evidence) {
    const summary = {
        signatures: evidence.signatures.map(({ signer, signedDigest, ...rest }) => ({
            signer,
            signedDigest,
            ...proven(rest),
        })),
        attestations: evidence.attestations.map(({ predicateType, subjectDigests, signer, ...rest }) => ({
            predicateType,
            subjectDigests,
            signer,
            ...proven(rest),
        })),
        problems: evidence.problems,
    };
    if (evidence.digest !== undefined)
        summary.digest = evidence.digest;
    if (evidence.platform !== undefined)
        summary.platform = evidence.platform;
    if (evidence.platforms?.length)
        summary.platforms = evidence.platforms.map(summariseEvidence);
    return summary;
}
function proven(item) {
    const result = {
        source: item.source,
        tlogProven: item.tlogProven,
        timestampProven: item.timestampProven,
    };
    if (item.location !== undefined)
        result.location = item.location;
    if (item.signedAt !== undefined)
        result.signedAt = item.signedAt;
    return result;
}

// EXTERNAL MODULE: ./src/verify/registries.ts
var registries = __webpack_require__(78626);
;// CONCATENATED MODULE: ./src/verify/engine.ts












/** Images verified at once: enough to hide registry latency, few enough to be polite. */
const DEFAULT_CONCURRENCY = 4;
/**
 * Gathering one image's evidence: far above what a dozen requests take, far below what stalls
 * a pipeline. Past it the image fails; a trickling registry cannot hold verify up.
 */
const DEFAULT_IMAGE_DEADLINE_MS = 5 * 60_000;
async function verifyImages(options) {
    const started = Date.now();
    const pool = options.gatherer ? undefined : new registries/* RegistryPool */.y(options.registry, options.log);
    const gatherer = options.gatherer ?? new verify_evidence/* RegistryEvidence */.XI(pool, options.trust);
    options.log?.debug(`verifying ${options.images.length} image(s)${options.offline ? ' offline' : ''}`);
    const progress = options.progress?.({
        label: 'verify',
        total: options.images.length,
        unit: 'items',
    });
    try {
        const images = await (0,concurrency/* mapLimit */.s)(options.images, options.concurrency ?? DEFAULT_CONCURRENCY, async (image) => {
            const result = await verifyOne(image, gatherer, options);
            progress?.advance(1);
            return result;
        });
        progress?.done();
        const violations = images.reduce((sum, image) => sum + image.violations, 0);
        return {
            mode: options.policy.mode,
            verified: violations === 0,
            violations,
            images,
            startedAt: new Date(started).toISOString(),
            durationMs: Date.now() - started,
        };
    }
    finally {
        await pool?.close();
    }
}
async function verifyOne(image, gatherer, options) {
    const { policy } = options;
    let parsed;
    try {
        parsed = (0,reference/* parseReference */.F2)(image.reference);
    }
    catch (error) {
        if (image.unmodelled !== undefined)
            return unmodelledField(image, policy);
        return invalidReference(image, policy, (0,errors/* messageOf */.bD)(error));
    }
    const base = (0,verify_evidence/* baseEvidence */.br)(image.reference, parsed);
    let evidence = base;
    const excluded = excludedBy(policy, base) !== undefined;
    if (image.unmodelled !== undefined && !excluded)
        return unmodelledField(image, policy);
    // An excluded image is not the policy's business: no registry request for it.
    if (!excluded) {
        try {
            evidence = await gatherWithin(gatherer.gather(image.reference, parsed), options.registry?.imageDeadlineMs ?? DEFAULT_IMAGE_DEADLINE_MS, image.reference);
        }
        catch (error) {
            // Gatherers report problems instead of throwing; this is the fail-closed backstop.
            evidence = {
                ...base,
                problems: [{ subject: 'registry', reason: (0,collected/* oneLine */.TN)(error), fatal: true }],
            };
        }
    }
    const evaluate = (withPolicy) => evaluatePolicy(withPolicy, evidence, {
        now: options.now,
        parseTrivyReport: trivy_report/* findingsFromTrivyReport */.RL,
    });
    const verdict = evaluate(policy);
    // In warn mode the verdict shows warnings; violations still count what enforcement would fail.
    const enforced = policy.mode === 'warn' ? evaluate({ ...policy, mode: 'enforce' }) : verdict;
    const result = {
        reference: image.reference,
        locations: image.locations,
        verdict,
        violations: countFailures(enforced),
        evidence: summariseEvidence(evidence),
    };
    options.log?.info(describeResult(result));
    return result;
}
/** The gathered evidence, or REGISTRY_TIMEOUT once `ms` have passed (the pool aborts the rest). */
async function gatherWithin(gathering, ms, reference) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject((0,registry_deadline/* timedOut */.iU)(`reading the evidence of ${reference}: it`, ms, 'The registry answers too slowly or sends endless bodies; check it, or raise the time limit.')), ms);
    });
    try {
        return await Promise.race([gathering, deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}
function invalidReference(image, policy, reason) {
    return oneCheckResult(image, policy, 'image.reference', 'a valid image reference (registry/repository[:tag][@sha256:…])', reason, 'if it holds a variable or a template (${TAG}, {{ .Values.tag }}), render the manifests first (kustomize build, helm template) and verify the output');
}
/**
 * An `image` in a manifest field verify does not model: whatever a controller deploys from
 * it is unknown (it may add a tag, a registry, a digest), so it fails instead of passing unseen.
 */
function unmodelledField(image, policy) {
    return oneCheckResult(image, policy, 'image.unverified', 'images only in fields verify reads (containers, initContainers, ephemeralContainers, Tekton steps/sidecars/stepTemplate, Argo Workflows container/script, volumes[].image.reference)', `unverified image in ${image.unmodelled}, a field verify does not read, so what deploys from it is not verified`, "render the manifests to what runs (kustomize build, helm template, the operator's output) and verify that, or list the image in images.exclude if nothing deploys it");
}
/** An image judged before any registry is asked: one check, failing (warning in warn mode). */
function oneCheckResult(image, policy, id, expected, found, hint) {
    const outcome = policy.mode === 'warn' ? 'warn' : 'fail';
    const verdict = {
        image: image.reference,
        outcome,
        checks: [check(id, outcome, expected, found, hint)],
    };
    return { reference: image.reference, locations: image.locations, verdict, violations: 1 };
}
function countFailures(verdict) {
    const own = verdict.checks.filter((c) => c.outcome === 'fail').length;
    return own + (verdict.platforms ?? []).reduce((sum, p) => sum + countFailures(p), 0);
}
function describeResult(result) {
    const { verdict } = result;
    const digest = verdict.digest ? ` (${verdict.digest})` : '';
    if (verdict.outcome === 'pass')
        return `✓ ${result.reference}${digest}`;
    const count = result.violations === 1 ? '1 violation' : `${result.violations} violations`;
    return `${verdict.outcome === 'fail' ? '✗' : '!'} ${result.reference}${digest}: ${count}`;
}


/***/ }),

/***/ 65277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S1: () => (/* binding */ MAX_PLATFORMS),
  XI: () => (/* binding */ RegistryEvidence),
  br: () => (/* binding */ baseEvidence),
  yP: () => (/* binding */ tooManyPlatforms)
});

// EXTERNAL MODULE: ./src/registry/manifest.ts
var registry_manifest = __webpack_require__(10506);
// EXTERNAL MODULE: ./src/policy/match.ts
var match = __webpack_require__(6563);
// EXTERNAL MODULE: ./src/attest/storage/oci.ts
var oci = __webpack_require__(54906);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/referrers.ts
var referrers = __webpack_require__(9191);
// EXTERNAL MODULE: ./src/sigstore/verify/index.ts + 1 modules
var sigstore_verify = __webpack_require__(99472);
// EXTERNAL MODULE: ./src/sigstore/verify/cosign-layer.ts
var cosign_layer = __webpack_require__(84231);
// EXTERNAL MODULE: ./src/verify/bundles.ts
var bundles = __webpack_require__(33300);
// EXTERNAL MODULE: ./src/verify/classify.ts
var classify = __webpack_require__(96727);
// EXTERNAL MODULE: ./src/verify/collected.ts
var verify_collected = __webpack_require__(33510);
;// CONCATENATED MODULE: ./src/verify/classic-evidence.ts
/**
 * cosign classic signatures and attestations (FORMATS.md §2): the `sha256-<hex>.sig` and
 * `.att` tags, one layer per signature. Keyless layers (with a certificate annotation) are
 * checked against the trusted root; key-signed ones against each policy key in turn.
 * Requests: 1 per tag (a 404 means none) + 1 blob per layer.
 *
 * As for referrers, every failure to fetch or read the tag or a layer's blob is fatal; only what
 * is decided about bytes read in full and digest-checked is a non-fatal problem of one layer.
 */








const LAYER_TYPES = {
    sig: 'application/vnd.dev.cosign.simplesigning.v1+json',
    att: 'application/vnd.dsse.envelope.v1+json',
};
async function classicEvidence(context, kind) {
    const collected = (0,verify_collected/* emptyCollected */.xs)();
    const tag = `${(0,referrers/* referrersTag */.LN)(context.digest)}.${kind}`;
    let fetched;
    try {
        fetched = await context.client.getManifest(context.repository, tag);
    }
    catch (error) {
        if (error instanceof errors/* ImprintError */.m0 && error.code === 'REGISTRY_NOT_FOUND')
            return collected;
        collected.problems.push((0,verify_collected/* registryProblem */.T7)(`reading the cosign tag ${tag}`, error));
        return collected;
    }
    let layers;
    try {
        layers = layersOf(fetched.bytes, kind, tag);
    }
    catch (error) {
        (0,verify_collected/* add */.WQ)(collected, (0,classify/* problem */.CC)(subjectOf(kind), undefined, { location: tag }, (0,verify_collected/* oneLine */.TN)(error)));
        return collected;
    }
    const blobs = memoisedBlobs(context.client, context.repository);
    const fetchBlob = blobs.fetch;
    const verify = kind === 'sig' ? sigstore_verify/* verifyCosignSignatures */.of : sigstore_verify/* verifyCosignAttestations */.YZ;
    const options = { expectedDigest: context.digest, requireTlog: false, requireTimestamp: false };
    const keyless = layers.filter((l) => l.layer.annotations?.[cosign_layer/* ANNOTATION_CERTIFICATE */.MF]);
    const keyed = layers.filter((l) => !l.layer.annotations?.[cosign_layer/* ANNOTATION_CERTIFICATE */.MF]);
    const report = (layer, signedBy) => (0,verify_collected/* add */.WQ)(collected, (0,classify/* classify */.L8)(signedBy, {
        subjectDigest: context.digest,
        source: 'cosign-classic',
        location: `${tag} layer ${layer.index}`,
    }));
    if (keyless.length > 0) {
        const result = await verify(manifestOf(keyless), fetchBlob, {
            ...options,
            trust: context.trusts.root,
        });
        for (const ok of result.verified) {
            report(keyless[ok.layer], { verified: ok, signer: (0,bundles/* keylessSigner */.ln)(ok) });
        }
        for (const failure of result.failures) {
            const layer = keyless[failure.layer];
            collected.problems.push(failureProblem(kind, tag, layer, failure.error, blobs.unread));
        }
    }
    const byKey = await verifyKeyed(keyed, kind, tag, context, blobs.unread, (trust) => verify(manifestOf(keyed), fetchBlob, { ...options, trust }));
    for (const { layer, signedBy } of byKey.verified)
        report(layer, signedBy);
    collected.problems.push(...byKey.problems);
    return collected;
}
/** Each policy key in turn over the key-signed layers; the first key that verifies a layer names its signer. */
async function verifyKeyed(keyed, kind, tag, context, unread, verifyAll) {
    const verified = [];
    const problems = [];
    if (keyed.length === 0)
        return { verified, problems };
    const reasons = new Map(keyed.map((l) => [l.index, []]));
    const readErrors = [];
    for (const { keyRef, trust } of context.trusts.keys) {
        const result = await verifyAll(trust);
        for (const ok of result.verified) {
            const layer = keyed[ok.layer];
            if (!reasons.has(layer.index))
                continue; // an earlier key already verified it
            reasons.delete(layer.index);
            const keyId = trust.publicKey?.keyId;
            verified.push({
                layer,
                signedBy: { verified: ok, signer: { kind: 'key', keyRef, ...(keyId && { keyId }) } },
            });
        }
        for (const failure of result.failures) {
            if (unread.has(keyed[failure.layer].layer.digest))
                readErrors.push(failure);
            reasons.get(keyed[failure.layer].index)?.push(`${keyRef}: ${(0,verify_collected/* oneLine */.TN)(failure.error)}`);
        }
    }
    const failed = readErrors[0];
    if (failed) {
        const error = unread.get(keyed[failed.layer].layer.digest);
        problems.push((0,verify_collected/* registryProblem */.T7)(`reading a layer of the cosign tag ${tag}`, error));
    }
    for (const [index, why] of reasons) {
        const layer = keyed.find((l) => l.index === index);
        const reason = why.length === 0
            ? 'signed with a public key, but the policy names no key signer to check it with'
            : `signed with a key that none of the policy's keys verifies (${why.join('; ')})`;
        problems.push((0,classify/* unverified */.Qs)(subjectOf(kind), predicateTypeOf(layer), `${tag} layer ${index}`, reason));
    }
    return { verified, problems };
}
function failureProblem(kind, tag, layer, error, unread) {
    if (unread.has(layer.layer.digest)) {
        const readError = unread.get(layer.layer.digest);
        return (0,verify_collected/* registryProblem */.T7)(`reading layer ${layer.index} of the cosign tag ${tag}`, readError);
    }
    return (0,classify/* unverified */.Qs)(subjectOf(kind), predicateTypeOf(layer), `${tag} layer ${layer.index}`, (0,verify_collected/* oneLine */.TN)(error));
}
function layersOf(bytes, kind, tag) {
    let manifest;
    try {
        manifest = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `${tag} is not a JSON manifest`);
    }
    const layers = Array.isArray(manifest.layers) ? manifest.layers : [];
    const matching = layers
        .map((layer, index) => ({ index, layer }))
        .filter(({ layer }) => layer?.mediaType === LAYER_TYPES[kind] && typeof layer.digest === 'string');
    if (matching.length === 0) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `${tag} holds no ${LAYER_TYPES[kind]} layer`, {
            hint: 'the tag was written by another tool, or by hand; cosign writes one layer per signature',
        });
    }
    return matching;
}
function manifestOf(layers) {
    return { layers: layers.map((l) => l.layer) };
}
function subjectOf(kind) {
    return kind === 'sig' ? 'signature' : 'attestation';
}
function predicateTypeOf(layer) {
    return layer.layer.annotations?.predicateType || undefined;
}
/**
 * The same blob is read once even when several keys are tried over it. `unread` keeps the
 * error of every blob that could not be read, whatever the verifier makes of it afterwards.
 */
function memoisedBlobs(client, repository) {
    const blobs = new Map();
    const unread = new Map();
    const fetch = (digest) => {
        let blob = blobs.get(digest);
        if (!blob) {
            blob = client.getBlobBytes(repository, digest, oci/* MAX_BUNDLE_BYTES */.Me).catch((error) => {
                unread.set(digest, error);
                throw error;
            });
            blobs.set(digest, blob);
        }
        return blob;
    };
    return { fetch, unread: unread };
}

// EXTERNAL MODULE: ./src/verify/concurrency.ts
var concurrency = __webpack_require__(57514);
// EXTERNAL MODULE: ./src/verify/referrer-evidence.ts
var referrer_evidence = __webpack_require__(28609);
;// CONCATENATED MODULE: ./src/verify/evidence.ts
/**
 * Everything the registry holds about one image, verified: the digest the reference resolves
 * to, and for that digest (and, for an index, each platform manifest's digest) the Sigstore
 * bundles attached as referrers and the cosign classic `.sig` / `.att` tags. Every failure
 * becomes an EvidenceProblem with a reason; nothing here throws for a registry or a bad bundle.
 *
 * Registry requests per image, the minimum (nothing cached, single-platform, n bundles):
 *   1  GET the manifest by tag or digest: digest, media type and (for an index) the platform
 *      list in one answer — no separate HEAD
 *   1  GET the referrers list (the API, or on registries without it the sha256-<hex> index tag;
 *      plus one 404 per registry and run to learn the API is missing)
 *   2n GET each bundle artifact's manifest, GET its bundle layer
 *   2  GET sha256-<hex>.sig and sha256-<hex>.att (a 404 each when absent; +1 blob per layer)
 * = 4 + 2n: 12 for an image with a signature and three attestations stored as referrers. An
 * index adds 3 + 2n per platform (no platform manifest is fetched: the index names its digest),
 * for at most MAX_PLATFORMS platforms: an index listing more fails.
 * Bearer registries add one token request per repository and run.
 */






class RegistryEvidence {
    pool;
    trusts;
    constructor(pool, trusts) {
        this.pool = pool;
        this.trusts = trusts;
    }
    async gather(reference, parsed) {
        const evidence = baseEvidence(reference, parsed);
        const what = `${parsed.registry}/${parsed.repository}${parsed.digest ? `@${parsed.digest}` : `:${parsed.tag ?? match/* DEFAULT_TAG */.fL}`}`;
        let fetched;
        try {
            const client = await this.pool.client(parsed.registry);
            fetched = await client.getManifest(parsed.repository, parsed.digest ?? parsed.tag ?? match/* DEFAULT_TAG */.fL);
        }
        catch (error) {
            const notFound = error.code === 'REGISTRY_NOT_FOUND';
            evidence.problems.push((0,verify_collected/* registryProblem */.T7)(`reading ${what}`, error, notFound ? 'image' : 'registry'));
            return evidence;
        }
        evidence.digest = fetched.digest;
        let manifest;
        try {
            manifest = (0,registry_manifest/* parseManifest */.Ng)(fetched.bytes, fetched.mediaType);
        }
        catch (error) {
            evidence.problems.push({
                subject: 'image',
                reason: `${what}: ${(0,verify_collected/* oneLine */.TN)(error)}`,
                fatal: true,
            });
            return evidence;
        }
        const client = await this.pool.client(parsed.registry);
        const context = { client, repository: parsed.repository, trusts: this.trusts };
        (0,verify_collected/* merge */.h1)(evidence, await subjectEvidence({ ...context, digest: fetched.digest }));
        if (manifest.kind === 'index') {
            const platforms = (0,registry_manifest/* platformsOf */.Wt)(manifest.index);
            if (platforms.length > MAX_PLATFORMS) {
                evidence.problems.push(tooManyPlatforms(what, platforms.length));
                return evidence;
            }
            evidence.platforms = await (0,concurrency/* mapLimit */.s)(platforms, PLATFORM_CONCURRENCY, async ({ platform, descriptor }) => {
                const forPlatform = baseEvidence(reference, parsed);
                forPlatform.digest = descriptor.digest;
                forPlatform.platform = (0,registry_manifest/* formatPlatform */.Bq)(platform);
                (0,verify_collected/* merge */.h1)(forPlatform, await subjectEvidence({ ...context, digest: descriptor.digest }));
                return forPlatform;
            });
        }
        return evidence;
    }
}
/**
 * Platform manifests of one index that verify gathers evidence for. Real indexes list a
 * handful (ten at most for the widest official images); each platform costs 3 + 2n requests,
 * so an index listing thousands would turn one image into a flood. Past the cap the image
 * fails, with the count, rather than being partly verified.
 */
const MAX_PLATFORMS = 64;
/** Platforms whose evidence is fetched at the same time. */
const PLATFORM_CONCURRENCY = 8;
function tooManyPlatforms(what, count) {
    return {
        subject: 'image',
        reason: `${what} is an index of ${count} platform manifests, more than the ${MAX_PLATFORMS} verify reads evidence for: refused rather than verified in part`,
        fatal: true,
    };
}
/** Referrer bundles and both cosign classic tags of one digest, gathered side by side. */
async function subjectEvidence(context) {
    const parts = await Promise.all([
        (0,referrer_evidence/* referrerEvidence */.Jl)(context),
        classicEvidence(context, 'sig'),
        classicEvidence(context, 'att'),
    ]);
    const collected = (0,verify_collected/* emptyCollected */.xs)();
    for (const part of parts)
        (0,verify_collected/* merge */.h1)(collected, part);
    return collected;
}
/** The evidence record before anything is found: names normalised as the policy globs expect. */
function baseEvidence(reference, parsed) {
    const evidence = {
        reference,
        name: `${parsed.registry}/${parsed.repository}`,
        referencedByDigest: parsed.digest !== undefined,
        signatures: [],
        attestations: [],
        problems: [],
    };
    const tag = parsed.tag ?? (parsed.digest === undefined ? match/* DEFAULT_TAG */.fL : undefined);
    if (tag !== undefined)
        evidence.tag = tag;
    return evidence;
}


/***/ }),

/***/ 28609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jl: () => (/* binding */ referrerEvidence),
/* harmony export */   L2: () => (/* binding */ fetchBundle)
/* harmony export */ });
/* unused harmony export BUNDLE_ARTIFACT_PREFIX */
/* harmony import */ var _attest_storage_oci_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54906);
/* harmony import */ var _registry_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10506);
/* harmony import */ var _registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9191);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _bundles_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33300);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(96727);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57514);
/* harmony import */ var _collected_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33510);
/**
 * Sigstore bundles stored as OCI referrers of a digest (FORMATS.md §1): list the referrers
 * (referrers API, or the sha256-<hex> tag-schema fallback), fetch each bundle artifact's
 * manifest and its bundle layer, verify, classify. Requests: 1 list + 2 per bundle.
 *
 * Every failure to fetch or read (a status, a reset, a body cut short or stalled, a digest that
 * does not match) is fatal: evidence we could not read may be the evidence that fails the image,
 * so an older, cleaner report must not decide in its place. Only what is decided about bytes read
 * in full and digest-checked (not a bundle artifact, a bundle that does not verify) is a
 * non-fatal problem of that one referrer.
 */








const BUNDLE_ARTIFACT_PREFIX = 'application/vnd.dev.sigstore.bundle';
const ANNOTATION_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
const ANNOTATION_CONTENT = 'dev.sigstore.bundle.content';
/** An image re-attested nightly collects many referrers: fetch them a few at a time. */
const BUNDLES_AT_ONCE = 8;
async function referrerEvidence(context) {
    const collected = (0,_collected_js__WEBPACK_IMPORTED_MODULE_5__/* .emptyCollected */ .xs)();
    let descriptors;
    try {
        descriptors = await listReferrersOnce(context);
    }
    catch (error) {
        collected.problems.push((0,_collected_js__WEBPACK_IMPORTED_MODULE_5__/* .registryProblem */ .T7)(`listing the referrers of ${context.digest}`, error));
        return collected;
    }
    const bundles = descriptors.filter(mayHoldBundle);
    const results = await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(bundles, BUNDLES_AT_ONCE, (d) => oneReferrer(context, d));
    for (const result of results)
        if (result)
            (0,_collected_js__WEBPACK_IMPORTED_MODULE_5__/* .add */ .WQ)(collected, result);
    return collected;
}
const EMPTY_ARTIFACT_TYPE = 'application/vnd.oci.empty.v1+json';
/**
 * A bundle by its listed artifact type, or perhaps one: go-containerregistry's tag-schema
 * fallback before v0.21 (cosign v2.6 `--new-bundle-format`) lists a referrer under its
 * config's media type, the empty descriptor's, with no annotations. Those are looked at.
 */
function mayHoldBundle(descriptor) {
    const type = descriptor.artifactType;
    return type === undefined || type === EMPTY_ARTIFACT_TYPE || isBundleType(type);
}
function isBundleType(type) {
    return type?.startsWith(BUNDLE_ARTIFACT_PREFIX) === true;
}
/**
 * The first listing on a registry learns whether it has the referrers API (distribution 2.8
 * answers 404 and the client falls back to the tag schema from then on); listings that start
 * meanwhile wait for that answer instead of each probing the API.
 */
const firstListing = new WeakMap();
async function listReferrersOnce(context) {
    const { client, repository, digest } = context;
    const first = firstListing.get(client);
    if (first) {
        await first.catch(() => undefined);
        return (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .listReferrers */ .xt)(client, repository, digest);
    }
    const listing = (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .listReferrers */ .xt)(client, repository, digest);
    firstListing.set(client, listing);
    return listing;
}
async function oneReferrer(context, descriptor) {
    const { client, repository } = context;
    const location = `referrer ${descriptor.digest}`;
    const claimed = claimedKind(descriptor);
    const unusable = (error) => (0,_classify_js__WEBPACK_IMPORTED_MODULE_7__/* .problem */ .CC)(claimed.subject, claimed.predicateType, { location }, (0,_collected_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(error));
    const unreadable = (error) => ({
        kind: 'problem',
        problem: (0,_collected_js__WEBPACK_IMPORTED_MODULE_5__/* .registryProblem */ .T7)(`reading ${location} of ${context.digest}`, error),
    });
    let manifest;
    try {
        manifest = await client.getManifest(repository, descriptor.digest);
    }
    catch (error) {
        return unreadable(error);
    }
    if (!isBundleType(descriptor.artifactType) && !isBundleType(artifactTypeOf(manifest))) {
        return undefined; // listed vaguely, and not a bundle after all
    }
    let layer;
    try {
        layer = bundleLayerOf(manifest);
    }
    catch (error) {
        return unusable(error);
    }
    let bytes;
    try {
        bytes = await client.getBlobBytes(repository, layer.digest, _attest_storage_oci_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_BUNDLE_BYTES */ .Me);
    }
    catch (error) {
        return unreadable(error);
    }
    try {
        const signedBy = (0,_bundles_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyBundleBytes */ .Pk)(bytes, context.digest, context.trusts);
        return (0,_classify_js__WEBPACK_IMPORTED_MODULE_7__/* .classify */ .L8)(signedBy, { subjectDigest: context.digest, source: 'referrer', location });
    }
    catch (error) {
        const said = claimed.predicateType ? claimed : (claimedByPayload(bytes) ?? claimed);
        return (0,_classify_js__WEBPACK_IMPORTED_MODULE_7__/* .problem */ .CC)(said.subject, said.predicateType, { location }, (0,_collected_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(error));
    }
}
function artifactTypeOf(fetched) {
    try {
        const parsed = (0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(fetched.bytes, fetched.mediaType);
        return parsed.kind === 'manifest' ? parsed.manifest.artifactType : undefined;
    }
    catch {
        return undefined; // not a manifest: bundleLayerOf says so
    }
}
/**
 * The bundle of a referrer manifest, read as above in one go: the one reader of stored bundles
 * outside verify too (publish's read-back), with the same layer rule and size limit.
 */
async function fetchBundle(context, descriptor) {
    const { client, repository } = context;
    const layer = bundleLayerOf(await client.getManifest(repository, descriptor.digest));
    return client.getBlobBytes(repository, layer.digest, _attest_storage_oci_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_BUNDLE_BYTES */ .Me);
}
/** The bundle layer of a referrer's manifest (read in full and digest-checked by the client). */
function bundleLayerOf(fetched) {
    const parsed = (0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(fetched.bytes, fetched.mediaType);
    const layer = parsed.kind === 'manifest'
        ? parsed.manifest.layers.find((l) => l.mediaType.startsWith(BUNDLE_ARTIFACT_PREFIX))
        : undefined;
    if (!layer) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ImprintError */ .m0('VERIFY_FAILED', `the artifact holds no ${BUNDLE_ARTIFACT_PREFIX}… layer, so there is no bundle to verify`, { hint: 'a Sigstore bundle referrer has one layer holding the bundle JSON (FORMATS.md §1)' });
    }
    return layer;
}
/**
 * What the (unverified) statement in a DSSE bundle says it is, when the annotations do not:
 * cosign v3's referrers carry no predicate type annotation in the tag-schema index. Used only
 * to file a failure under the right check (a signature the policy cannot check is reported by
 * the signer check, not as an attestation).
 */
function claimedByPayload(bytes) {
    try {
        const bundle = JSON.parse(bytes.toString('utf8'));
        const payload = bundle.dsseEnvelope?.payload;
        if (typeof payload !== 'string')
            return undefined;
        const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
        if (typeof statement.predicateType !== 'string')
            return undefined;
        return statement.predicateType === _classify_js__WEBPACK_IMPORTED_MODULE_7__/* .COSIGN_SIGN_PREDICATE */ .u
            ? { subject: 'signature' }
            : { subject: 'attestation', predicateType: statement.predicateType };
    }
    catch {
        return undefined;
    }
}
/** What the annotations say the bundle is, used only to file a failure under the right check. */
function claimedKind(descriptor) {
    const predicateType = descriptor.annotations?.[ANNOTATION_PREDICATE_TYPE];
    if (predicateType === _classify_js__WEBPACK_IMPORTED_MODULE_7__/* .COSIGN_SIGN_PREDICATE */ .u)
        return { subject: 'signature' };
    if (predicateType)
        return { subject: 'attestation', predicateType };
    return descriptor.annotations?.[ANNOTATION_CONTENT] === 'message-signature'
        ? { subject: 'signature' }
        : { subject: 'attestation' };
}


/***/ }),

/***/ 78626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ RegistryPool)
/* harmony export */ });
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11268);
/* harmony import */ var _registry_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46813);


class RegistryPool {
    options;
    log;
    clients = new Map();
    constructor(options = {}, log) {
        this.options = options;
        this.log = log;
    }
    client(registry) {
        let client = this.clients.get(registry);
        if (!client) {
            client = this.connect(registry);
            this.clients.set(registry, client);
        }
        return client;
    }
    /** Every answer the run waited for is in; requests still in flight (an image past its deadline) are aborted. */
    async close() {
        const clients = await Promise.allSettled(this.clients.values());
        await Promise.all(clients.map((result) => result.status === 'fulfilled' ? result.value.destroy() : Promise.resolve()));
        this.clients.clear();
    }
    async connect(registry) {
        const { options, log } = this;
        const credentials = await (0,_registry_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCredentials */ .z8)(registry, { env: options.env ?? process.env });
        log?.addSecret(credentials?.password);
        log?.addSecret(credentials?.identityToken);
        log?.debug(credentials
            ? `registry ${registry}: credentials from ${credentials.source}`
            : `registry ${registry}: no credentials found, reading anonymously`);
        return new _registry_client_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryClient */ .bP(registry, {
            ...(credentials && { credentials }),
            ...transportOptions(registry, options),
            ...(log && { log: (line) => log.debug(line) }),
        });
    }
}
function transportOptions(registry, options) {
    const insecure = (options.insecureRegistries ?? []).some((host) => host.toLowerCase() === registry.toLowerCase());
    return {
        insecure,
        ...(options.caCertificates?.length && { caCertificates: [...options.caCertificates] }),
        ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
        ...(options.requestDeadlineMs !== undefined && {
            requestDeadlineMs: options.requestDeadlineMs,
        }),
        ...(options.retry && { retry: options.retry }),
        ...(options.onRequest && { onRequest: options.onRequest }),
    };
}


/***/ }),

/***/ 92751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ loadTrustSet)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99472);
/**
 * The trust a verification runs with: one trusted root (a given trusted_root.json, the
 * policy's `trust.trustedRoot`, or the embedded public-good root), and one trust per
 * `key:` signer of the policy, so a key-signed signature is checked against each key the
 * policy names and the one that verifies tells which signer it was.
 */




async function loadTrustSet(policy, options) {
    const cwd = options.cwd ?? process.cwd();
    const rootPath = chooseRoot(options.trustedRootPath, policy.trust.trustedRoot);
    const root = await (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadTrust */ .Vc)({
        ...(rootPath !== undefined ? { trustedRootPath: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, rootPath) } : {}),
        offline: options.offline,
    });
    const keys = [];
    for (const signer of policy.signers) {
        if (signer.key === undefined || keys.some((k) => k.keyRef === signer.key))
            continue;
        const pem = await readKey((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, signer.key), signer.key);
        keys.push({
            keyRef: signer.key,
            trust: (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_3__/* .createTrust */ .Zg)(root.trustedRoot, root.rootSource, (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePublicKey */ .ee)(pem, signer.key)),
        });
    }
    return { root, keys };
}
function chooseRoot(input, fromPolicy) {
    if (input !== undefined && fromPolicy !== undefined && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(input) !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(fromPolicy)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('INPUT_CONFLICT', `The trusted-root input (${input}) and the policy's trust.trustedRoot (${fromPolicy}) name different files.`, { hint: 'give the trusted root in one place: the policy file, or the trusted-root input' });
    }
    return input ?? fromPolicy;
}
async function readKey(path, keyRef) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('KEY_INVALID', `The public key ${keyRef} named by the policy cannot be read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`, {
            cause: error,
            hint: 'key paths are relative to the working directory; give the PEM public key (cosign.pub)',
        });
    }
}


/***/ })

};
