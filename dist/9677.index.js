export const id = 9677;
export const ids = [9677];
export const modules = {

/***/ 50492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ readImage),
/* harmony export */   o$: () => (/* binding */ readSource),
/* harmony export */   oF: () => (/* binding */ manifestsOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _attest_storage_cosign_classic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62341);
/* harmony import */ var _registry_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10506);
/* harmony import */ var _registry_referrers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9191);
/**
 * Read what a copy must move, before anything is written: the image (an index and its
 * platform manifests, or one manifest), every referrer of each of them (and the referrers of
 * those, as `oras cp -r` does), and cosign-classic `.sig` / `.att` / `.sbom` tags. Manifests are
 * kept as the exact bytes read (digest-checked by the client), so the copy has the same digests.
 */




/** Referrers of referrers of … this deep (signatures of attestations are depth 2). */
const MAX_REFERRER_DEPTH = 4;
/** A registry that lists more manifests than this for one image is not answered in full. */
const MAX_MANIFESTS = 5000;
const CLASSIC_SUFFIXES = ['sig', 'att', 'sbom'];
/** Layers that must not be copied (Windows base layers served from elsewhere). */
const NON_DISTRIBUTABLE = /nondistributable|foreign/;
async function readSource(client, repository, digest) {
    const budget = { left: MAX_MANIFESTS };
    const image = await readTree(client, repository, digest, budget);
    const subjects = [image.digest, ...image.children.map((child) => child.digest)];
    const referrers = await readReferrers(client, repository, subjects, budget);
    const classic = [];
    for (const subject of subjects) {
        for (const suffix of CLASSIC_SUFFIXES) {
            const tag = (0,_attest_storage_cosign_classic_js__WEBPACK_IMPORTED_MODULE_1__/* .cosignTag */ .qv)(subject, suffix);
            const found = await client.headManifest(repository, tag);
            if (found)
                classic.push({ tag, node: await readTree(client, repository, found.digest, budget) });
        }
    }
    return { image, referrers, classic };
}
/** The image alone (an index and its platforms, or one manifest), as its bytes are served. */
function readImage(client, repository, digest) {
    return readTree(client, repository, digest, { left: MAX_MANIFESTS });
}
/** Every manifest of the source, each once: what a copy counts. */
function manifestsOf(source) {
    const all = new Map();
    const add = (node) => {
        for (const child of node.children)
            add(child);
        all.set(node.digest, node);
    };
    add(source.image);
    for (const group of source.referrers)
        for (const r of group.referrers)
            add(r.node);
    for (const tag of source.classic)
        add(tag.node);
    return [...all.values()];
}
async function readTree(client, repository, digest, budget) {
    budget.left -= 1;
    if (budget.left < 0)
        throw tooMany(repository, digest);
    const fetched = await client.getManifest(repository, digest);
    const parsed = (0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(fetched.bytes, fetched.mediaType);
    const body = parsed.kind === 'manifest' ? parsed.manifest : parsed.index;
    const listing = {
        ...(body.subject && { subject: body.subject.digest }),
        ...(body.annotations && { annotations: body.annotations }),
    };
    if (parsed.kind === 'manifest') {
        const { config, layers } = parsed.manifest;
        const artifactType = parsed.manifest.artifactType ?? config.mediaType;
        return {
            digest: fetched.digest,
            mediaType: parsed.mediaType,
            bytes: fetched.bytes,
            blobs: [config, ...layers].filter((blob) => !NON_DISTRIBUTABLE.test(blob.mediaType)),
            children: [],
            artifactType,
            ...listing,
        };
    }
    const children = [];
    for (const entry of parsed.index.manifests) {
        children.push(await readTree(client, repository, entry.digest, budget));
    }
    return {
        digest: fetched.digest,
        mediaType: parsed.mediaType,
        bytes: fetched.bytes,
        blobs: [],
        children,
        ...(parsed.index.artifactType && { artifactType: parsed.index.artifactType }),
        ...listing,
    };
}
async function readReferrers(client, repository, subjects, budget) {
    const groups = [];
    let level = [...subjects];
    for (let depth = 0; depth < MAX_REFERRER_DEPTH && level.length > 0; depth += 1) {
        const next = [];
        for (const subject of level) {
            const descriptors = await (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .listReferrers */ .xt)(client, repository, subject);
            if (descriptors.length === 0)
                continue;
            const referrers = [];
            for (const listed of descriptors) {
                const node = await readTree(client, repository, listed.digest, budget);
                // A listing is the registry's word (or any writer's, for a fallback tag); the manifest
                // itself says what it refers to. One that is not a referrer of this subject stays behind.
                if (node.subject !== subject)
                    continue;
                referrers.push({ descriptor: descriptorOfReferrer(node), node });
                next.push(node.digest);
            }
            if (referrers.length > 0)
                groups.push({ subject, referrers });
        }
        level = next;
    }
    return groups;
}
/** The descriptor the referrers API would list for it (distribution spec), from the manifest itself. */
function descriptorOfReferrer(node) {
    return {
        mediaType: node.mediaType,
        digest: node.digest,
        size: node.bytes.length,
        ...(node.artifactType !== undefined && { artifactType: node.artifactType }),
        ...(node.annotations &&
            Object.keys(node.annotations).length > 0 && {
            annotations: node.annotations,
        }),
    };
}
function tooMany(repository, digest) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('REGISTRY_PROTOCOL', `Copying ${repository}@${digest} would mean more than ${MAX_MANIFESTS} manifests (image, platforms, referrers): refusing.`, { hint: 'A registry that lists that many referrers for one image is faulty or hostile.' });
}


/***/ }),

/***/ 88758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ writeCopy),
/* harmony export */   t: () => (/* binding */ writeImage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_fallback_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(964);
/* harmony import */ var _registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9191);
/* harmony import */ var _verify_concurrency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57514);
/**
 * Write a read source (source.ts) to the target repository, in the order that keeps a
 * partial copy consistent: a manifest's blobs, then the manifest; platform manifests, then
 * the index; referrer manifests, then the referrers indexes; the image's tag last. The
 * evidence (referrers, their indexes, cosign tags) is written beside the image's blobs, not
 * after them. Each manifest and blob the target already has (HEAD) is skipped, so a re-run
 * after a failure resumes where it stopped, and a re-run of a finished copy writes nothing.
 */




/** Blobs moved at once, as crane and oras do by default. */
const BLOBS_AT_ONCE = 4;
/** Tries of one blob transfer (download + upload) that broke off: as the client retries a request. */
const BLOB_ATTEMPTS = 3;
const RETRIED = new Set(['REGISTRY_UNREACHABLE', 'REGISTRY_TRANSFER_FAILED']);
function emptyCounts() {
    return {
        blobsCopied: 0,
        blobsMounted: 0,
        blobsSkipped: 0,
        bytesCopied: 0,
        manifestsCopied: 0,
        manifestsSkipped: 0,
        referrersIndexed: 0,
        tagsWritten: 0,
    };
}
async function writeCopy(ends, source, options = {}) {
    const writer = new Writer(ends, options);
    // The evidence moves beside the image's layers: its blobs are small, and the fallback index's
    // confirmation wait (fallback-index.ts) passes while the layers move instead of after them.
    // A registry must accept a referrer before its subject (distribution spec, "Pushing Manifests
    // with Subject"); one that refuses it gets the evidence after the image, as it would have.
    const early = writer.evidence(source).then(() => true, (error) => {
        options.log?.(`writing the evidence beside the image failed (${error.message}): writing it after the image`);
        return false;
    });
    let evidenceWritten;
    try {
        await writer.tree(source.image);
    }
    finally {
        evidenceWritten = await early; // never leave the evidence running behind a failed image
    }
    if (!evidenceWritten)
        await writer.evidence(source);
    // The tag last: whoever watches it finds the image's evidence there when it moves.
    if (options.tag)
        await writer.tag(options.tag, source.image);
    return writer.counts;
}
/**
 * The image alone (an index and its platforms, or one manifest) and its tags: what a publish
 * to several repositories copies from the first to the others. No evidence: each repository
 * gets its own, which names it.
 */
async function writeImage(ends, image, tags, options = {}) {
    const writer = new Writer(ends, options);
    await writer.tree(image);
    for (const tag of tags)
        await writer.tag(tag, image);
    return writer.counts;
}
class Writer {
    ends;
    options;
    counts = emptyCounts();
    /** Manifests known to be on the target in this run (a platform shared by two trees). */
    done = new Set();
    sameRegistry;
    constructor(ends, options) {
        this.ends = ends;
        this.options = options;
        this.sameRegistry = ends.source.client.registry === ends.target.client.registry;
    }
    /**
     * A manifest and everything under it: first the blobs of every manifest the target lacks
     * (all at once, a few in flight), then those manifests, platforms before their index.
     * What the target has is skipped.
     */
    async tree(root) {
        const { client, repository } = this.ends.target;
        const claimed = [];
        const missing = [];
        const stored = new Set();
        try {
            for (const node of postOrder(root)) {
                if (this.done.has(node.digest))
                    continue;
                this.done.add(node.digest);
                claimed.push(node);
                if (await client.headManifest(repository, node.digest)) {
                    stored.add(node);
                    this.counts.manifestsSkipped += 1;
                }
                else
                    missing.push(node);
            }
            const blobs = new Map(missing.flatMap((node) => node.blobs).map((b) => [b.digest, b]));
            await (0,_verify_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .s)([...blobs.values()], this.options.concurrency ?? BLOBS_AT_ONCE, (blob) => this.blob(blob));
            for (const node of missing) {
                await client.putManifest(repository, node.digest, node.bytes, node.mediaType);
                stored.add(node);
                this.counts.manifestsCopied += 1;
                this.options.log?.(`copied manifest ${node.digest} (${node.mediaType})`);
            }
        }
        catch (error) {
            // What is not on the target is not done: a later pass (the evidence after the image) writes it.
            for (const node of claimed)
                if (!stored.has(node))
                    this.done.delete(node.digest);
            throw error;
        }
    }
    /**
     * The image's evidence: referrer manifests (a subject's before those that refer to it), their
     * subjects' fallback indexes, then the cosign tags. What the target has is skipped.
     */
    async evidence(source) {
        for (const group of source.referrers) {
            for (const referrer of group.referrers)
                await this.tree(referrer.node);
        }
        // Every referrer manifest is there; the subjects' fallback indexes are independent tags, and
        // each write waits out its race guard (fallback-index.ts), so they are written side by side.
        await (0,_verify_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .s)(source.referrers, BLOBS_AT_ONCE, (group) => this.index(group.subject, group.referrers.map((r) => r.descriptor)));
        for (const classic of source.classic) {
            await this.tree(classic.node);
            await this.tag(classic.tag, classic.node, { refuseOther: true });
        }
    }
    async tag(tag, node, { refuseOther = false } = {}) {
        const { client, repository } = this.ends.target;
        const current = await client.headManifest(repository, tag);
        if (current?.digest === node.digest)
            return;
        if (current && refuseOther) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_CONFLICT', `The target ${client.registry}/${repository}:${tag} already holds ${current.digest}, not the source's ${node.digest}: refusing to replace cosign evidence someone else wrote there.`, { hint: 'Delete that tag on the target if it is stale, then copy again.' });
        }
        await client.putManifest(repository, tag, node.bytes, node.mediaType);
        this.counts.tagsWritten += 1;
    }
    /**
     * List the referrers on the target; those missing where the registry has the referrers API
     * appeared when their manifests were pushed. Without it, they go into the fallback index.
     */
    async index(subject, descriptors) {
        const { client, repository } = this.ends.target;
        const listed = new Set((await (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .listReferrers */ .xt)(client, repository, subject)).map((descriptor) => descriptor.digest));
        const missing = descriptors.filter((descriptor) => !listed.has(descriptor.digest));
        if (missing.length === 0 || (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .hasReferrersApi */ .f6)(client) === true)
            return;
        await (0,_registry_fallback_index_js__WEBPACK_IMPORTED_MODULE_1__/* .addToFallbackIndex */ .rh)(client, repository, subject, missing, this.options.fallback);
        this.counts.referrersIndexed += missing.length;
    }
    async blob(blob) {
        const { source, target } = this.ends;
        if (await target.client.hasBlob(target.repository, blob.digest)) {
            this.counts.blobsSkipped += 1;
            return;
        }
        if (this.sameRegistry &&
            (await target.client.mountBlob(target.repository, blob.digest, source.repository))) {
            this.counts.blobsMounted += 1;
            return;
        }
        for (let attempt = 1;; attempt += 1) {
            try {
                await this.transfer(blob);
                break;
            }
            catch (error) {
                // The upload streams straight from the download and cannot be resent: a broken
                // transfer starts over from the source. Wrong bytes and refusals are final.
                if (attempt >= BLOB_ATTEMPTS || !(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isImprintError */ .cl)(error) || !RETRIED.has(error.code)) {
                    throw error;
                }
                this.options.log?.(`copying blob ${blob.digest} again after: ${error.message}`);
            }
        }
        this.counts.blobsCopied += 1;
        this.counts.bytesCopied += blob.size;
    }
    /** Download and upload at once, in one PATCH: no chunk sits in memory. */
    async transfer(blob) {
        const { source, target } = this.ends;
        const stream = await source.client.getBlob(source.repository, blob.digest);
        // A small blob can arrive, and fail its digest check, before the upload starts reading;
        // the upload still sees the error (the stream stays errored), but it must not go unheard.
        stream.on('error', () => undefined);
        await target.client.pushBlob(target.repository, stream, {
            digest: blob.digest,
            size: blob.size,
            streamVerifiesDigest: true,
            oneRequest: true,
            knownMissing: true,
        });
    }
}
/** Children before parents: the order in which a registry accepts an index. */
function postOrder(node) {
    return [...node.children.flatMap(postOrder), node];
}


/***/ }),

/***/ 16680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signerOverlapWarnings: () => (/* binding */ signerOverlapWarnings)
/* harmony export */ });
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6563);
/**
 * Policy signer entries that one party could fill twice. Since `count` matches one party to
 * one entry, overlap no longer lets one signature count twice; it is still worth a warning at
 * load: the entries do not mean "N different people" as their author likely thought. Whether
 * two regular expressions can match a common string is not decidable cheaply, so two
 * patterns are reported as overlapping unless their fixed beginnings already tell them apart
 * (a warning, never an error). Pure.
 */

function signerOverlapWarnings(policy) {
    if (policy.count < 2)
        return [];
    const warnings = [];
    policy.signers.forEach((a, i) => {
        policy.signers.forEach((b, j) => {
            if (j <= i)
                return;
            const why = overlap(a, b);
            if (why) {
                warnings.push(`signers[${i}] and signers[${j}] can be filled by the same signer (${why}): with count ${policy.count} each must be a different signer, so one signature fills only one of them`);
            }
        });
    });
    return warnings;
}
function overlap(a, b) {
    if (a.key !== undefined || b.key !== undefined) {
        return a.key !== undefined && a.key === b.key ? `key ${a.key} listed twice` : undefined;
    }
    const issuer = patternsOverlap((0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(a.issuer, a.issuerRegExp), (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(b.issuer, b.issuerRegExp));
    const subject = patternsOverlap((0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(a.subject, a.subjectRegExp), (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(b.subject, b.subjectRegExp));
    if (!issuer || !subject || claimsExclude(a, b))
        return undefined;
    return `subject ${(0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIdentity */ .Cl)((0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(a.subject, a.subjectRegExp))} and ${(0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIdentity */ .Cl)((0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(b.subject, b.subjectRegExp))}`;
}
function patternsOverlap(a, b) {
    if (a.kind === 'exact')
        return (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesIdentity */ .wD)(b, a.value);
    if (b.kind === 'exact')
        return (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesIdentity */ .wD)(a, b.value);
    const [pa, pb] = [literalPrefix(a), literalPrefix(b)];
    return pa.startsWith(pb) || pb.startsWith(pa);
}
/** Both entries demand the same claim with different exact values: no one certificate has both. */
function claimsExclude(a, b) {
    return Object.entries(a.claims ?? {}).some(([name, value]) => {
        const other = b.claims?.[name];
        return other !== undefined && !value.includes('*') && !other.includes('*') && value !== other;
    });
}
/** The characters every match must start with: up to the first wildcard or regex operator. */
function literalPrefix(pattern) {
    if (pattern.kind === 'glob')
        return pattern.value.slice(0, pattern.value.indexOf('*'));
    const source = pattern.value.startsWith('^') ? pattern.value.slice(1) : pattern.value;
    // An alternation anywhere may start with anything.
    if (/(^|[^\\])\|/.test(source))
        return '';
    let prefix = '';
    for (let i = 0; i < source.length; i += 1) {
        const c = source[i];
        if (c === '\\' && i + 1 < source.length && /[./\-:@?+*()[\]{}|^$]/.test(source[i + 1])) {
            prefix += source[i + 1];
            i += 1;
        }
        else if (/[.*+?()[\]{}|^$\\]/.test(c)) {
            // A quantifier makes the character before it optional: drop it from the prefix.
            return /[*?{]/.test(c) ? prefix.slice(0, -1) : prefix;
        }
        else
            prefix += c;
    }
    return prefix;
}


/***/ }),

/***/ 29677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPublish: () => (/* binding */ runPublish)
});

// EXTERNAL MODULE: ./src/ci/choose-platform.ts + 4 modules
var choose_platform = __webpack_require__(96583);
// EXTERNAL MODULE: ./src/policy/load.ts
var load = __webpack_require__(58164);
// EXTERNAL MODULE: ./src/policy/signer-overlap.ts
var signer_overlap = __webpack_require__(16680);
// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __webpack_require__(79310);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/attest/predicate-types.ts
var predicate_types = __webpack_require__(64136);
;// CONCATENATED MODULE: ./src/attest/statement.ts
/**
 * in-toto statements about an image: the subject is the repository (no tag) and the manifest
 * digest, as actions/attest and cosign write it. Pure: data in, data out.
 */


const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;
function buildStatement(options) {
    if (options.subjects.length === 0) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', 'An in-toto statement needs at least one subject.');
    }
    if (!URI.test(options.predicateType)) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `Predicate type "${options.predicateType}" is not a URI (e.g. ${predicate_types/* PREDICATE_SLSA_V1 */.Ke}).`);
    }
    return {
        _type: options.version === 'v0.1' ? predicate_types/* IN_TOTO_STATEMENT_V01 */.lF : predicate_types/* IN_TOTO_STATEMENT_V1 */.tV,
        subject: options.subjects,
        predicateType: options.predicateType,
        predicate: options.predicate,
    };
}
/** `{name: <repository without tag or digest>, digest: {sha256: <hex>}}`. */
function imageSubject(image, digest) {
    return { name: repositoryOf(image), digest: digestMap(digest) };
}
/**
 * cosign v3's image signature statement, field for field as `cosign sign` builds it: the subject
 * has the digest (and the `-a` annotations, `{}` when none) but no name; the predicate is `{}`.
 */
function cosignSignStatement(digest, annotations = {}) {
    return {
        _type: predicate_types/* IN_TOTO_STATEMENT_V1 */.tV,
        subject: [{ digest: digestMap(digest), annotations }],
        predicateType: predicate_types/* PREDICATE_COSIGN_SIGN */.M7,
        predicate: {},
    };
}
/** The DSSE payload bytes. */
function statementBytes(statement) {
    return Buffer.from(JSON.stringify(statement));
}
/** `registry[:port]/path[:tag][@digest]` → `registry[:port]/path`. */
function repositoryOf(reference) {
    const withoutDigest = reference.split('@')[0];
    const lastSlash = withoutDigest.lastIndexOf('/');
    const tagColon = withoutDigest.indexOf(':', lastSlash + 1);
    const repository = tagColon === -1 ? withoutDigest : withoutDigest.slice(0, tagColon);
    if (repository === '' || repository.endsWith('/')) {
        throw new errors/* ImprintError */.m0('REFERENCE_INVALID', `"${reference}" does not name a repository.`, {
            hint: 'write it as registry/path, e.g. ghcr.io/acme/app',
        });
    }
    return repository;
}
function digestMap(digest) {
    if (!DIGEST.test(digest)) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `"${digest}" is not a manifest digest (expected sha256:<64 hex> or sha512:<128 hex>).`);
    }
    const [algorithm, hex] = digest.split(':');
    return { [algorithm]: hex };
}

// EXTERNAL MODULE: ./src/attest/storage/cosign-classic.ts
var cosign_classic = __webpack_require__(62341);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
;// CONCATENATED MODULE: ./src/attest/volatile-fields.ts
/**
 * The fields of a predicate that change on every run without changing what it attests: the
 * SBOM's serial number and timestamp; the scan's times, the run and the temporary files it
 * names, Trivy's report id and time; the provenance's run attempt and times. A re-run compares
 * predicates without them, so it recognises its own evidence. Pure.
 *
 * What stays compared is what a verifier judges: the SBOM's components; the scanner, its DB
 * version and its findings (a scan against a newer DB is a new scan); the provenance's build
 * definition and builder.
 */


/** Dotted paths to drop, per predicate type; `[]` stands for each element of an array. */
const VOLATILE_FIELDS = {
    [predicate_types/* PREDICATE_CYCLONEDX */.Ok]: ['serialNumber', 'metadata.timestamp'],
    [predicate_types/* PREDICATE_SPDX */.gL]: ['documentNamespace', 'creationInfo.created'],
    // The invocation names the run and its temporary files (--output, the SBOM copy scanned);
    // Trivy names the artifact by that path too. What was found is in Results.
    [predicate_types/* PREDICATE_VULN */.k9]: [
        'invocation',
        'metadata',
        'scanner.result.CreatedAt',
        'scanner.result.ReportID',
        'scanner.result.ArtifactName',
        'scanner.result.Results.[].Target',
    ],
    [predicate_types/* PREDICATE_SLSA_V1 */.Ke]: ['runDetails.metadata'],
};
/** A copy of the predicate without its volatile fields (the predicate itself is not changed). */
function withoutVolatileFields(predicateType, predicate) {
    const paths = VOLATILE_FIELDS[predicateType];
    if (!paths || !(0,json/* isJsonObject */.O)(predicate))
        return predicate;
    const copy = structuredClone(predicate);
    for (const path of paths)
        dropPath(copy, path.split('.'));
    return copy;
}
function dropPath(value, path) {
    const [head, ...rest] = path;
    if (head === undefined)
        return;
    if (head === '[]') {
        if (Array.isArray(value))
            for (const element of value)
                dropPath(element, rest);
        return;
    }
    if (!(0,json/* isJsonObject */.O)(value))
        return;
    if (rest.length === 0)
        delete value[head];
    else
        dropPath(value[head], rest);
}

;// CONCATENATED MODULE: ./src/attest/plan.ts
/**
 * What to sign for a published image, and where each signature goes. Pure: the pinned image
 * and the attestations asked for in, an ordered list of signing jobs out.
 *
 * - The image signature (cosign v3's statement, or cosign v2's simple-signing payload) is made
 *   for the index AND each platform manifest: verifiers that resolve a platform first
 *   (Kubernetes admission on one node, `cosign verify` of a platform digest) find one too.
 * - An attestation is signed once, over all its subjects, and attached to each of them.
 * - Evidence about platforms of an index (an SBOM, a scan) also names the index, after the
 *   platforms: users and admission controllers verify the index digest (`cosign
 *   verify-attestation --type cyclonedx <index>`, Kyverno), and a statement stored only on a
 *   platform manifest is invisible there. The statement's first subject is the manifest it
 *   describes; the index is where it is also found.
 * - Order: attestations first, image signatures last, the index's own signature the very last.
 *   A publish that dies midway then never looks complete to a verifier that requires a
 *   signature: whatever is missing, the signature is missing with it.
 */







const KIND_FORM = /^[a-z][a-z0-9-]{0,31}$/;
/**
 * The hook the evidence steps (provenance, SBOM, vulnerability scan) call: each adds the
 * predicates it made, for the subjects they describe; the plan turns them into signing jobs.
 */
class AttestationRequests {
    image;
    requests = [];
    constructor(image) {
        this.image = image;
    }
    attest(subjects, predicateType, predicate, kind) {
        const list = Array.isArray(subjects) ? subjects : [subjects];
        const name = kind ?? (0,predicate_types/* kindOfPredicate */.dT)(predicateType) ?? 'attestation';
        if (!KIND_FORM.test(name)) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `attestation kind "${name}" must be lower-case letters, digits and dashes (it names files)`);
        }
        if (list.length === 0) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `the ${name} attestation has no subject: attest it for the image or some of its platforms`);
        }
        const known = new Set(allSubjects(this.image).map((subject) => subject.digest));
        for (const subject of list) {
            if (!known.has(subject.digest)) {
                throw new errors/* ImprintError */.m0('INPUT_INVALID', `the ${name} attestation names ${subject.digest}, which is not a manifest of ${this.image.repository}@${this.image.image.digest}`);
            }
        }
        this.requests.push({ kind: name, subjects: list, predicateType, predicate });
    }
    list() {
        return [...this.requests];
    }
}
/** The image first, then its platforms. */
function allSubjects(image) {
    return [image.image, ...image.platforms];
}
function planAttestations(image, requests, format) {
    const bundle = format !== 'cosign-classic';
    const classic = format !== 'bundle';
    const jobs = [];
    for (const request of requests) {
        if (bundle)
            jobs.push(attestationJob(image, request, 'v1'));
        if (classic)
            jobs.push(attestationJob(image, request, 'v0.1'));
    }
    // Platforms before the index: the signature of what the tags point at is written last.
    const signed = [...image.platforms, image.image];
    if (bundle)
        jobs.push(...signed.map((subject) => signatureJob(image, subject, 'referrer')));
    if (classic)
        jobs.push(...signed.map((subject) => signatureJob(image, subject, 'cosign-sig')));
    return jobs;
}
/** The request's subjects, plus the index when they are platforms of it only. */
function attachedSubjects(image, subjects) {
    if (image.platforms.length === 0)
        return subjects;
    if (subjects.some((subject) => subject.digest === image.image.digest))
        return subjects;
    return [...subjects, image.image];
}
/**
 * Whether the job's statement is about this subject, rather than only found on it: false for
 * the index that platform evidence names after the platforms (see above).
 */
function describes(job, subject) {
    const first = job.subjects[0];
    return !(subject.platform === undefined && first?.platform !== undefined);
}
function attestationJob(image, request, version) {
    const subjects = attachedSubjects(image, request.subjects);
    const statement = buildStatement({
        subjects: subjects.map((subject) => imageSubject(image.repository, subject.digest)),
        predicateType: request.predicateType,
        predicate: request.predicate,
        version,
    });
    return {
        kind: request.kind,
        predicateType: request.predicateType,
        predicateDigest: predicateDigest(request.predicate),
        stableDigest: predicateDigest(withoutVolatileFields(request.predicateType, request.predicate)),
        // A dsse entry for `.att` layers too: cosign checks that the logged hash is the sha256 of
        // the layer, which holds for dsse (envelopeHash of the envelope as sent) and for the
        // intoto v0.0.1 entries cosign v2 makes, never for the intoto v0.0.2 @sigstore/sign makes
        // (its hash covers a re-encoded envelope): "matching bundle to payload" in cosign.
        payload: { type: 'dsse', statement, entryType: 'dsse' },
        storage: version === 'v1' ? 'referrer' : 'cosign-att',
        subjects,
    };
}
function signatureJob(image, subject, storage) {
    const payload = storage === 'referrer'
        ? { type: 'dsse', statement: cosignSignStatement(subject.digest), entryType: 'dsse' }
        : { type: 'message', bytes: (0,cosign_classic/* simpleSigningPayload */.Kq)(image.repository, subject.digest) };
    return {
        kind: 'signature',
        predicateType: predicate_types/* PREDICATE_COSIGN_SIGN */.M7,
        predicateDigest: predicateDigest({}),
        stableDigest: predicateDigest({}),
        payload,
        storage,
        subjects: [subject],
    };
}
/** `sha256:<hex>` of the RFC 8785-style canonical JSON: key order and spacing do not matter. */
function predicateDigest(predicate) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(dist.json.canonicalize(predicate)).digest('hex')}`;
}

// EXTERNAL MODULE: ./src/attest/storage/store.ts
var storage_store = __webpack_require__(91646);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var registry_manifest = __webpack_require__(10506);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/attest/storage/github-api.ts


const DEFAULT_RETRY = { retries: 2, delayMs: 1000 };
const API_VERSION = '2022-11-28';
const PERMISSION_FIX = 'permissions:\n    attestations: write';
/** Uploads one bundle; the attestation's id on success. */
async function uploadAttestation(bundle, access, retry = DEFAULT_RETRY) {
    const url = `${access.apiUrl.replace(/\/+$/, '')}/repos/${access.repository}/attestations`;
    for (let attempt = 0;; attempt++) {
        const outcome = await post(url, bundle, access.token);
        if ('id' in outcome)
            return outcome.id;
        if (!outcome.transient || attempt >= retry.retries)
            throw outcome.error;
        await new Promise((resolve) => setTimeout(resolve, retry.delayMs * (attempt + 1)));
    }
}
async function post(url, bundle, token) {
    let response;
    try {
        response = await fetch(url, {
            method: 'POST',
            headers: {
                accept: 'application/vnd.github+json',
                authorization: `Bearer ${token}`,
                'content-type': 'application/json',
                'user-agent': `imprint/${version/* VERSION */.x}`,
                'x-github-api-version': API_VERSION,
            },
            body: JSON.stringify({ bundle }),
        });
    }
    catch (error) {
        const cause = error.cause?.code ?? String(error);
        return {
            error: new errors/* ImprintError */.m0('GITHUB_API_FAILED', `GitHub's Attestations API at ${url} cannot be reached (${cause})`, { cause: error, hint: 'check GITHUB_API_URL and the runner’s network' }),
            transient: true,
        };
    }
    const text = await response.text();
    if (response.ok)
        return { id: idOf(text) };
    return {
        error: failure(url, response.status, apiMessage(text)),
        transient: response.status >= 500,
    };
}
function idOf(text) {
    try {
        const id = JSON.parse(text).id;
        return typeof id === 'number' || typeof id === 'string' ? String(id) : '';
    }
    catch {
        return '';
    }
}
/** GitHub's `message` field, or the start of the body; never more than a line. */
function apiMessage(text) {
    try {
        const message = JSON.parse(text).message;
        if (typeof message === 'string')
            return message;
    }
    catch {
        // not JSON: the body itself
    }
    return text.slice(0, 200).replace(/\s+/g, ' ').trim();
}
function failure(url, status, message) {
    const said = message ? `: ${message}` : '';
    if (status === 401 || status === 403) {
        return new errors/* ImprintError */.m0('GITHUB_API_DENIED', `GitHub's Attestations API refused the upload (HTTP ${status}${said}): the token needs the attestations: write permission`, {
            hint: `add to the job that runs imprint:\n  ${PERMISSION_FIX}\n(and pass github-token, ${'${{ github.token }}'} by default), or set github-attestations: false`,
        });
    }
    if (status === 404) {
        return new errors/* ImprintError */.m0('GITHUB_API_DENIED', `GitHub's Attestations API answered 404 for ${url}${said}: the repository is not visible to the token, or this GitHub has no Attestations API`, {
            hint: 'check GITHUB_REPOSITORY and the token; on GitHub Enterprise Server artifact attestations need a version that has them, or set github-attestations: false',
        });
    }
    return new errors/* ImprintError */.m0('GITHUB_API_FAILED', `GitHub's Attestations API failed (HTTP ${status}${said})`, {
        hint: status >= 500
            ? 'GitHub had a problem; re-run the job (the attestations are stored in the registry already)'
            : 'the request was refused as malformed; report it with the bundle file from bundle-path',
    });
}

;// CONCATENATED MODULE: ./src/publish/github-attestations-step.ts


const TOKEN_HINT = 'pass github-token: ${{ github.token }} (CLI: the GITHUB_TOKEN variable)';
/** Before the build: what the upload needs, or why there is none. */
function planGitHubUpload({ attestations: setting, token }, platform) {
    if (setting === 'false')
        return { skipped: 'github-attestations: false', worthSaying: false };
    const required = setting === 'true';
    const api = platform.githubApi();
    const missing = !api
        ? 'this is not a GitHub Actions run'
        : !api.repository
            ? 'GITHUB_REPOSITORY is not set'
            : !(token ?? api.token)
                ? `no GitHub token was given (${TOKEN_HINT})`
                : undefined;
    if (missing !== undefined) {
        if (!required)
            return { skipped: missing, worthSaying: api !== undefined };
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `github-attestations: true, but ${missing}: nothing can be uploaded to GitHub's Attestations API`, { hint: `${TOKEN_HINT} on GitHub Actions, or set github-attestations: auto or false` });
    }
    return {
        access: { apiUrl: api.apiUrl, repository: api.repository, token: (token ?? api.token) },
        required,
    };
}
/** Uploads the DSSE attestations (GitHub's API takes in-toto statements, not bare signatures). */
async function uploadToGitHub(plan, { bundles }, log, retry) {
    if ('skipped' in plan) {
        if (plan.worthSaying)
            log.info(`Not uploaded to GitHub's Attestations API: ${plan.skipped}.`);
        return plan;
    }
    log.addSecret(plan.access.token);
    const attestations = bundles.filter((bundle) => bundle.dsseEnvelope !== undefined);
    const uploaded = [];
    try {
        for (const bundle of attestations)
            uploaded.push(await uploadAttestation(bundle, plan.access, retry));
    }
    catch (error) {
        if (plan.required || !(0,errors/* isImprintError */.cl)(error))
            throw error;
        const failed = `${uploaded.length} of ${attestations.length} uploaded; ${error.describe()}`;
        log.warning(`GitHub's Attestations API: ${failed}`);
        return { failed };
    }
    log.info(`uploaded ${uploaded.length} attestation(s) to GitHub's Attestations API for ${plan.access.repository}${uploaded.length ? ` (ids ${uploaded.join(', ')})` : ''}`);
    return { uploaded };
}

;// CONCATENATED MODULE: ./src/publish/log-group.ts
async function inGroup(log, title, work) {
    log.startGroup(title);
    try {
        return await work();
    }
    finally {
        log.endGroup();
    }
}

// EXTERNAL MODULE: ./src/sigstore/verify/index.ts + 18 modules
var sigstore_verify = __webpack_require__(92997);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/ci/identity.ts
var ci_identity = __webpack_require__(32644);
// EXTERNAL MODULE: ./src/sigstore/sign/index.ts + 10 modules
var sign = __webpack_require__(41036);
// EXTERNAL MODULE: ./src/sigstore/keystore/index.ts + 5 modules
var keystore = __webpack_require__(91785);
;// CONCATENATED MODULE: ./src/publish/sign-step.ts
/**
 * Signing for a publish: the identity (OIDC token or key) is obtained once, before the build, so
 * a missing token or a wrong key password costs seconds instead of a build; then every planned
 * job is signed, and each bundle is written to the bundle directory. Signing finishes before
 * anything is stored, so a Sigstore outage leaves the registry untouched.
 */








/** A token with less time left than this is fetched again before signing with it. */
const MIN_TOKEN_REMAINING_MS = 60_000;
async function openSigningSession(options, environment, log) {
    const endpoints = (0,sign/* resolveEndpoints */.$K)(options, options.signing);
    const common = {
        sigstore: options.sigstore,
        tlogUpload: options.tlogUpload,
        ...(options.fulcioUrl && { fulcioUrl: options.fulcioUrl }),
        ...(options.rekorUrl && { rekorUrl: options.rekorUrl }),
        ...(options.tsaUrl && { tsaUrl: options.tsaUrl }),
        ...(environment.retry && { retry: environment.retry }),
    };
    const signers = new Map();
    const cached = (entryType, make) => {
        if (!signers.has(entryType))
            signers.set(entryType, make());
        return signers.get(entryType);
    };
    if (options.signing === 'key') {
        log.addSecret(options.keyPassword);
        const material = await keyMaterial(options, log);
        const make = (entryType) => (0,sign/* createSigner */.rO)({ ...common, ...material, dsseEntryType: entryType });
        const first = await cached('dsse', () => make('dsse')); // opens the key now: a wrong password fails before the build
        const keyHint = (0,sign/* publicKeyHint */.yd)({ publicKey: (0,external_node_crypto_.createPublicKey)(first.publicKeyPem) });
        const where = 'keyStore' in material ? material.keyDescription : `the key in ${options.keyPath}`;
        log.info(`signing with ${where} (hint ${keyHint}) through ${describe(endpoints, 'key')}`);
        return {
            mode: 'key',
            endpoints,
            sigstoreReason: options.sigstoreReason,
            signerLabel: `key ${keyHint}`,
            publicKeyPem: first.publicKeyPem,
            keyHint,
            signer: (entryType) => cached(entryType, () => make(entryType)),
        };
    }
    const { first, identity } = await tokenSource(options, environment, log);
    const { claims } = first;
    log.info(`keyless signing as ${claims.sub ?? '(no subject)'} (issuer ${claims.iss}, token from ${first.source}) through ${describe(endpoints, 'keyless')}`);
    const make = (entryType) => {
        const signerOptions = {
            ...common,
            signing: 'keyless',
            identity,
            dsseEntryType: entryType,
        };
        return (0,sign/* createSigner */.rO)(signerOptions);
    };
    return {
        mode: 'keyless',
        endpoints,
        sigstoreReason: options.sigstoreReason,
        signerLabel: signerLabel(claims),
        claims,
        signer: (entryType) => cached(entryType, () => make(entryType)),
    };
}
/**
 * The token, obtained now (a missing one fails with what to add to the workflow) and handed to
 * Fulcio later; fetched again only if it is about to expire (GitHub tokens live minutes).
 */
async function tokenSource(options, environment, log) {
    const request = {
        ...(options.identityToken !== undefined && { identityToken: options.identityToken }),
        platform: environment.platform,
        maskSecret: (secret) => log.addSecret(secret),
    };
    log.addSecret(options.identityToken);
    let current = await (0,ci_identity/* getIdentityToken */.Uk)(request);
    const first = current;
    const identity = {
        async getToken() {
            if (current.claims.exp * 1000 - Date.now() < MIN_TOKEN_REMAINING_MS) {
                current = await (0,ci_identity/* getIdentityToken */.Uk)(request);
            }
            return current.token;
        },
    };
    return { first, identity };
}
/**
 * The signer as re-runs recognise it. The token's `sub` alone is not enough: on GitHub two
 * workflows of one repository and ref share it, yet Fulcio certifies them as different
 * identities (the workflow is the certificate SAN) — so the workflow claim is part of it.
 */
function signerLabel(claims) {
    const workflow = claims.job_workflow_ref ?? claims.ci_config_ref_uri;
    const parts = [claims.iss, claims.sub ?? (typeof claims.email === 'string' ? claims.email : '')];
    if (typeof workflow === 'string' && workflow !== '')
        parts.push(workflow);
    return parts.join(' ');
}
/** Signs every job in order; on a failure nothing has been stored yet, and the log says so. */
async function signJobs(session, jobs, log) {
    const signed = [];
    for (const job of jobs) {
        try {
            const bundle = await sign_step_sign(session, job.payload);
            signed.push({ job, bundle });
            const indexes = rekorLogIndexes([bundle]);
            log.info(`signed the ${job.kind === 'signature' ? 'image signature' : `${job.kind} attestation`} of ${job.subjects.map(subjectName).join(', ')} for ${storageName(job)}` +
                (indexes.length > 0 ? ` (Rekor log index ${indexes.join(', ')})` : ''));
        }
        catch (error) {
            log.error(`signing stopped at ${job.kind} (${signed.length} of ${jobs.length} signed): nothing was stored in the registry`);
            throw error;
        }
    }
    return signed;
}
async function sign_step_sign(session, payload) {
    if (payload.type === 'message')
        return (await session.signer('dsse')).signMessage(payload.bytes);
    return (await session.signer(payload.entryType)).signDsse(payload.statement);
}
/** Rekor log indexes of the bundles, in order, each once. */
function rekorLogIndexes(bundles) {
    const indexes = bundles.flatMap((bundle) => (bundle.verificationMaterial.tlogEntries ?? []).map((entry) => Number(entry.logIndex)));
    return [...new Set(indexes)];
}
/** `bundle-path`: a fresh directory in the job's temp directory (the platform's tempRoot). */
function createBundleDirectory(tempRoot) {
    return (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tempRoot, 'imprint-bundles-'));
}
/**
 * Writes `<subject-hex>.<kind>[.cosign-classic].sigstore.json` for each subject each job
 * describes (platform evidence is not written again under the index that also carries it:
 * the two platforms' files would overwrite each other there).
 */
function writeBundles(directory, signed) {
    const written = [];
    for (const { job, bundle } of signed) {
        for (const subject of job.subjects.filter((candidate) => describes(job, candidate))) {
            const path = bundleFile(directory, job, subject);
            (0,external_node_fs_.writeFileSync)(path, JSON.stringify(bundle));
            written.push(path);
        }
    }
    return written;
}
/**
 * Writes the image's own manifest (or index) as `<hex>.manifest.json`, byte for byte as the
 * registry serves it: with the bundles it makes bundle-path a complete evidence folder, so
 * `imprint verify name@digest --bundle DIR` needs no registry (the bytes are checked against the
 * digest, and an index names its platforms).
 */
function writeImageManifest(directory, digest, bytes) {
    const path = (0,external_node_path_.join)(directory, `${digest.replace(/^sha256:/, '')}.manifest.json`);
    (0,external_node_fs_.writeFileSync)(path, bytes);
    return path;
}
/** Removes the files of bundles that were not stored (held back): no loose signature is left. */
function removeBundles(directory, placements) {
    for (const { job, subject } of placements)
        (0,external_node_fs_.rmSync)(bundleFile(directory, job, subject), { force: true });
}
function bundleFile(directory, job, subject) {
    const suffix = job.storage === 'referrer' ? '' : '.cosign-classic';
    return (0,external_node_path_.join)(directory, `${subject.digest.replace(/^sha256:/, '')}.${job.kind}${suffix}.sigstore.json`);
}
function subjectName(subject) {
    return subject.platform
        ? `${subject.platform} (${subject.digest.slice(0, 19)}…)`
        : `the image (${subject.digest.slice(0, 19)}…)`;
}
function storageName(job) {
    return {
        referrer: 'an OCI referrer',
        'cosign-sig': 'the cosign .sig tag',
        'cosign-att': 'the cosign .att tag',
    }[job.storage];
}
function describe(endpoints, mode) {
    const services = [
        mode === 'keyless' && `Fulcio ${endpoints.fulcioUrl}`,
        endpoints.rekorUrl && `Rekor ${endpoints.rekorUrl}`,
        endpoints.tsaUrl && `TSA ${endpoints.tsaUrl}`,
    ];
    return `${endpoints.instance} Sigstore (${services.filter(Boolean).join(', ') || 'no witness: signature and key hint only'})`;
}
/** A key file's PEM and password, or a key store the key never leaves (PKCS#11, KMS). */
async function keyMaterial(options, log) {
    const reference = (0,keystore.parseKeyReference)(options.keyPath);
    if (reference !== undefined) {
        const maskSecret = (secret) => log.addSecret(secret);
        return {
            signing: 'key',
            keyStore: await (0,keystore.openKeyStore)(reference, { maskSecret }),
            keyDescription: `the ${reference.kind} key ${(0,keystore.describeKeyReference)(options.keyPath)}`,
        };
    }
    return {
        signing: 'key',
        privateKeyPem: readKeyFile(options.keyPath),
        ...(options.keyPassword !== undefined && { password: options.keyPassword }),
    };
}
function readKeyFile(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('KEY_INVALID', `the private key file ${path} (input "key") cannot be read: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            hint: 'write the key to a file first (e.g. from a secret) and give its path',
        });
    }
}

// EXTERNAL MODULE: ./src/attest/storage/cosign-annotations.ts
var cosign_annotations = __webpack_require__(13343);
// EXTERNAL MODULE: ./src/attest/storage/annotations.ts
var storage_annotations = __webpack_require__(19645);
// EXTERNAL MODULE: ./src/attest/storage/oci.ts
var oci = __webpack_require__(54906);
// EXTERNAL MODULE: ./src/attest/storage/referrer.ts
var referrer = __webpack_require__(63348);
;// CONCATENATED MODULE: ./src/publish/stored-lookup.ts




/** The annotations imprint adds to every referrer manifest and cosign layer it writes. */
function imprintAnnotations(job, signer) {
    return {
        [storage_annotations/* ANNOTATION_PREDICATE_DIGEST */.R9]: job.predicateDigest,
        [storage_annotations/* ANNOTATION_STABLE_DIGEST */.pB]: job.stableDigest,
        [storage_annotations/* ANNOTATION_SIGNER */.HC]: signer,
    };
}
/** The cosign tag a classic placement is a layer of: `.sig` for the image signature, else `.att`. */
function cosignKindOf(placement) {
    return placement.job.storage === 'cosign-sig' ? 'sig' : 'att';
}
/** Where this placement already is, if a previous run (or this one) stored it. */
async function findStored(store, placement, signer) {
    const { job, subject } = placement;
    if (job.storage === 'referrer') {
        const ours = (await store.referrers.list(subject.digest)).filter((descriptor) => isOwnReferrer(descriptor, job, signer));
        const newest = newestReferrer(ours);
        return newest && isSameReferrer(newest, job, signer)
            ? { manifestDigest: newest.digest }
            : undefined;
    }
    const contents = await store.cosign.list(subject.digest, cosignKindOf(placement));
    if (!contents)
        return undefined;
    // cosign appends: the last of our layers of this kind is the newest.
    const newest = contents.layers.filter((candidate) => isOwnLayer(candidate, job, signer)).at(-1);
    return newest && isSameLayer(newest, job, signer)
        ? { manifestDigest: contents.manifest.digest, tag: contents.tag, layerDigest: newest.digest } // isOwnLayer: a string
        : undefined;
}
/** A referrer this signer stored for the job's predicate type: the same predicate or not. */
function isOwnReferrer(descriptor, job, signer) {
    const annotations = descriptor.annotations ?? {};
    return (descriptor.artifactType === referrer/* SIGSTORE_BUNDLE_V03_MEDIA_TYPE */.c &&
        annotations[storage_annotations/* ANNOTATION_PREDICATE_TYPE */.nM] === job.predicateType &&
        annotations[storage_annotations/* ANNOTATION_SIGNER */.HC] === signer);
}
/** Latest `created` first; on a tie (or none), the one listed last. */
function newestReferrer(descriptors) {
    const created = (d) => Date.parse(d.annotations?.[storage_annotations/* ANNOTATION_CREATED */.H] ?? '') || 0;
    return descriptors.reduce((newest, d) => (newest === undefined || created(d) >= created(newest) ? d : newest), undefined);
}
/** The entry holds this job's predicate (volatile fields aside), stored by this signer. */
function isSameReferrer(descriptor, job, signer) {
    return isOwnReferrer(descriptor, job, signer) && isSamePredicate(descriptor, job);
}
/**
 * Entries written before the stable digest was annotated are recognised by the full digest,
 * which is equal only when the stable one is too.
 */
function isSamePredicate(entry, job) {
    const annotations = entry.annotations ?? {};
    return (annotations[storage_annotations/* ANNOTATION_STABLE_DIGEST */.pB] === job.stableDigest ||
        annotations[storage_annotations/* ANNOTATION_PREDICATE_DIGEST */.R9] === job.predicateDigest);
}
function isOwnLayer(layer, job, signer) {
    const annotations = layer.annotations ?? {};
    if (annotations[storage_annotations/* ANNOTATION_SIGNER */.HC] !== signer || typeof layer.digest !== 'string')
        return false;
    if (job.payload.type === 'message')
        return layer.mediaType === cosign_classic/* SIMPLE_SIGNING_MEDIA_TYPE */.$r;
    return (layer.mediaType === cosign_classic/* DSSE_ENVELOPE_MEDIA_TYPE */.Nr &&
        annotations[storage_annotations/* ANNOTATION_ATT_PREDICATE_TYPE */.BZ] === job.predicateType);
}
function isSameLayer(layer, job, signer) {
    if (!isOwnLayer(layer, job, signer))
        return false;
    // The simple-signing payload names the image, so its digest is the layer's.
    if (job.payload.type === 'message')
        return layer.digest === (0,oci/* sha256Digest */.sI)(job.payload.bytes);
    return isSamePredicate(layer, job);
}

;// CONCATENATED MODULE: ./src/publish/store-classic.ts
/**
 * cosign classic storage for a publish: one signed job becomes a layer of the subject's
 * `sha256-<hex>.sig` or `.att` manifest, merged with what the tag already holds (other signers'
 * layers are kept, as cosign keeps them). The `chain` annotation cosign v2 verifies keyless
 * layers with comes from the trusted root: a v0.3 bundle carries only the leaf certificate.
 */




async function storeClassic(write) {
    const { store, placement, bundle } = write;
    const chain = write.trust ? fulcioChain(write.trust, bundle) : undefined;
    const layer = placement.job.payload.type === 'message'
        ? (0,cosign_classic/* signatureLayer */.MU)(placement.job.payload.bytes, bundle, chain)
        : (0,cosign_classic/* attestationLayer */.om)(bundle, chain);
    layer.descriptor.annotations = (0,cosign_annotations/* sortedAnnotations */.sk)({
        ...layer.descriptor.annotations,
        ...imprintAnnotations(placement.job, write.signer),
    });
    return store.cosign.put(placement.subject.digest, cosignKindOf(placement), layer);
}
/** The PEMs of the Fulcio CA chain (intermediates, then root) that issued the bundle's leaf. */
function fulcioChain(trust, bundle) {
    const leafBytes = bundle.verificationMaterial.certificate?.rawBytes;
    if (leafBytes === undefined)
        return undefined; // key-signed: no certificate, no chain
    const leaf = new external_node_crypto_.X509Certificate(Buffer.from(leafBytes, 'base64'));
    for (const authority of trust.trustedRoot.certificateAuthorities) {
        const chain = authority.certChain?.certificates ?? [];
        const issuer = chain[0] && new external_node_crypto_.X509Certificate(Buffer.from(chain[0].rawBytes));
        if (issuer && leaf.checkIssued(issuer) && leaf.verify(issuer.publicKey)) {
            return chain.map((certificate) => (0,cosign_annotations/* certificatePem */.mj)(Buffer.from(certificate.rawBytes).toString('base64')));
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/publish/store-step.ts





async function storeAll(request, log) {
    const { store, items } = request;
    const signatures = items.filter((item) => isSignature(item.placement));
    const stored = [];
    let heldBack;
    let asked = false;
    for (const step of storeSteps(items)) {
        if (!asked && isSignature(step.items[0].placement)) {
            asked = true;
            const reason = await request.beforeSignatures?.(signatures);
            if (reason !== undefined) {
                heldBack = { reason, items: signatures };
                log.warning(`the image signature is not written: ${reason}. The attestations are stored; a re-run that passes signs.`);
                break; // signatures come last: nothing else is left to write
            }
        }
        try {
            const locations = step.storage === 'referrers'
                ? await storeReferrers(store, step.items, request.signer)
                : [
                    await storeClassic({
                        store,
                        ...step.items[0],
                        signer: request.signer,
                        ...(request.trust && { trust: request.trust }),
                    }),
                ];
            step.items.forEach(({ placement }, i) => {
                stored.push({ ...placement, location: locations[i], status: 'stored' });
                log.info(`stored ${describePlacement(placement)} → ${describeLocation(store, locations[i])}`);
            });
        }
        catch (error) {
            throw storeFailure(error, step.items, stored, items, store, log);
        }
    }
    const kept = heldBack ? `; held back ${heldBack.items.length}: ${heldBack.reason}` : '';
    log.info(`ledger: stored ${stored.length}/${items.length} in ${store.client.registry}/${store.repository}${kept}`);
    return { stored, ...(heldBack && { heldBack }) };
}
/** An image signature (as opposed to an attestation): the writes that come last. */
function isSignature(placement) {
    return placement.job.predicateType === predicate_types/* PREDICATE_COSIGN_SIGN */.M7;
}
/**
 * The writes for items in plan order. Pure. The plan is cut where it turns from attestations
 * to signatures (or back); within each part, the referrers of a subject go in one batch, placed
 * where its first item was, and cosign classic layers stay one write each.
 */
function storeSteps(items) {
    const steps = [];
    let batches = new Map();
    let signatures;
    for (const item of items) {
        const { job, subject } = item.placement;
        const signature = isSignature(item.placement);
        if (signature !== signatures)
            batches = new Map(); // a batch never spans the line
        signatures = signature;
        if (job.storage !== 'referrer') {
            steps.push({ storage: 'classic', items: [item] });
            continue;
        }
        const batch = batches.get(subject.digest);
        if (batch)
            batch.push(item);
        else {
            const created = [item];
            batches.set(subject.digest, created);
            steps.push({ storage: 'referrers', subjectDigest: subject.digest, items: created });
        }
    }
    return steps;
}
/** One batch of referrers of one subject, each with imprint's annotations. */
async function storeReferrers(store, items, signer) {
    const attached = await store.referrers.put(items[0].placement.subject.digest, items.map(({ placement, bundle }) => ({
        bundle,
        subject: placement.subject,
        annotations: imprintAnnotations(placement.job, signer),
    })));
    return attached.map((descriptor) => ({ manifestDigest: descriptor.digest }));
}
/** The registry's error, with the ledger: what is in the registry now and what is not. */
function storeFailure(error, failed, stored, items, store, log) {
    const isStored = (p) => stored.some((s) => s.job === p.job && s.subject === p.subject);
    const missing = items
        .filter((item) => !isStored(item.placement))
        .map((item) => describePlacement(item.placement));
    const done = stored.map((placement) => describePlacement(placement));
    log.error(`ledger: stored ${stored.length}/${items.length} in ${store.client.registry}/${store.repository}`);
    if (done.length > 0)
        log.error(`stored: ${done.join('; ')}`);
    log.error(`not stored: ${missing.join('; ')}`);
    const message = `${store.client.registry} did not accept ${failed.map((item) => describePlacement(item.placement)).join(', ')}: ${(0,errors/* isImprintError */.cl)(error) ? error.message : (0,errors/* messageOf */.bD)(error)} ` +
        `Stored ${stored.length} of ${items.length}${done.length > 0 ? ` (${done.join('; ')})` : ''}; not stored: ${missing.join('; ')}.`;
    return new errors/* ImprintError */.m0((0,errors/* isImprintError */.cl)(error) ? error.code : 'REGISTRY_ERROR', message, {
        cause: error,
        hint: ((0,errors/* isImprintError */.cl)(error) && error.hint) ||
            'fix the registry access and re-run: what is stored is recognised and not signed again',
    });
}
function describePlacement({ job, subject }) {
    const where = { referrer: 'referrer', 'cosign-sig': '.sig', 'cosign-att': '.att' }[job.storage];
    return `${job.kind} (${where}) of ${subjectName(subject)}`;
}
function describeLocation(store, location) {
    return location.tag
        ? `${store.repository}:${location.tag} (${location.manifestDigest})`
        : `${store.repository}@${location.manifestDigest}`;
}

;// CONCATENATED MODULE: ./src/publish/readback-step.ts





/**
 * What a stored entry that does not check out looks like, besides a failed verification. A
 * blob over the size limit is one: publish refuses to store one, so the registry serves another.
 */
const TAMPERED = [
    'VERIFY_FAILED',
    'DIGEST_MISMATCH',
    'MANIFEST_INVALID',
    'REGISTRY_NOT_FOUND',
    'BLOB_TOO_LARGE',
];
/**
 * Trust to verify with: the given trusted root; GitHub's (refreshed over TUF, else embedded)
 * for GitHub's instance; the embedded public-good one otherwise; plus the key.
 */
async function loadReadBackTrust(options, github, publicKeyPem) {
    if (options.sigstore === 'github' && options.trustedRoot === undefined) {
        const loaded = await (0,sigstore_verify/* loadGitHubRoot */.IY)({
            offline: github.offline ?? false,
            cachePath: github.cachePath,
            ...(github.source && { source: github.source }),
        });
        const publicKey = publicKeyPem === undefined ? undefined : (0,sigstore_verify/* parsePublicKey */.ee)(publicKeyPem, 'the signing key');
        const trust = (0,sigstore_verify/* createTrust */.Zg)(loaded.root, loaded.source, publicKey);
        return { trust, ...(loaded.warning !== undefined && { warning: loaded.warning }) };
    }
    return {
        trust: await (0,sigstore_verify/* loadTrust */.Vc)({
            ...(options.trustedRoot !== undefined && { trustedRootPath: options.trustedRoot }),
            ...(publicKeyPem !== undefined && { publicKeyPem }),
            offline: true,
        }),
    };
}
/** Verifies every placement, or throws VERIFY_FAILED naming the first that does not verify. */
async function readBack(request, log) {
    let signer;
    for (const placement of request.placements) {
        try {
            const verified = await verifyPlacement(request, placement);
            const predicateType = verified.statement?.predicateType;
            if (placement.job.payload.type === 'dsse' && predicateType !== placement.job.predicateType) {
                throw new errors/* ImprintError */.m0('VERIFY_FAILED', `the statement is a ${String(predicateType)}, not a ${placement.job.predicateType}`);
            }
            if (verified.issuer && verified.subject)
                signer ??= { issuer: verified.issuer, subject: verified.subject };
            log.info(`verified ${describePlacement(placement)}${verified.subject ? `, signed by ${verified.subject}` : ''}`);
        }
        catch (error) {
            if (!(0,errors/* isImprintError */.cl)(error) || !TAMPERED.includes(error.code))
                throw error;
            log.error(`read-back: ${describePlacement(placement)} does not verify`);
            throw new errors/* ImprintError */.m0('VERIFY_FAILED', `Read-back failed: ${describePlacement(placement)}, as the registry serves it (${where(request.store, placement)}), does not verify: ${(0,errors/* messageOf */.bD)(error)}`, {
                cause: error,
                hint: 'the registry holds something other than what was signed (altered, replaced, or another image’s); delete it and publish again',
            });
        }
    }
    return { verified: request.placements.length, ...(signer && { signer }) };
}
async function verifyPlacement(request, placement) {
    const { store } = request;
    const options = {
        trust: request.trust,
        ...(request.identity && { identity: request.identity }),
        requireTlog: request.requireTlog,
        requireTimestamp: request.requireTimestamp,
    };
    if (placement.job.storage === 'referrer') {
        // Read as verify reads it: one reader, one size limit.
        const bytes = await store.referrers.find(placement.subject.digest, placement.location.manifestDigest);
        return (0,sigstore_verify/* verifyBundle */.IF)(bytes, { ...options, artifact: { digest: placement.subject.digest } });
    }
    const contents = await store.cosign.list(placement.subject.digest, cosignKindOf(placement));
    const ours = contents?.layers.find((layer) => layer.digest === placement.location.layerDigest &&
        isSameLayer(layer, placement.job, request.signer));
    if (!ours) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `the tag ${placement.location.tag} no longer holds the layer ${placement.location.layerDigest}`);
    }
    const verify = placement.job.storage === 'cosign-sig' ? sigstore_verify/* verifyCosignSignatures */.of : sigstore_verify/* verifyCosignAttestations */.YZ;
    const fetchBlob = (digest) => store.cosign.find(digest, placement.location.tag);
    // isSameLayer checked its media type and digest: a whole layer.
    const result = await verify({ layers: [ours] }, fetchBlob, {
        ...options,
        expectedDigest: placement.subject.digest,
    });
    if (result.failures[0])
        throw result.failures[0].error;
    return result.verified[0];
}
/**
 * Keyless: exactly the identity in our own certificate. When this run signed nothing (all was
 * there already), the token's issuer, checked against the certificates' issuer extension.
 */
function expectedIdentity(session, bundles) {
    if (session.mode === 'key')
        return undefined;
    const raw = bundles.find((bundle) => bundle.verificationMaterial.certificate)
        ?.verificationMaterial.certificate?.rawBytes;
    if (raw !== undefined) {
        const certificate = dist.X509Certificate.parse(Buffer.from(raw, 'base64'));
        const subject = (0,sigstore_verify/* certificateSubject */.iO)(certificate);
        const issuer = (0,sigstore_verify/* decodeClaims */.Yq)(certificate).issuer ?? session.claims?.iss;
        if (subject !== undefined && issuer !== undefined)
            return { issuer, subject };
    }
    return { issuer: session.claims.iss, subjectRegExp: '.+' };
}
function where(store, placement) {
    const { tag, manifestDigest } = placement.location;
    return tag ? `${store.repository}:${tag}` : `${store.repository}@${manifestDigest}`;
}

;// CONCATENATED MODULE: ./src/publish/requested-attestation.ts
/**
 * An attestation a publish is asked to make, as data: the predicate, and the digests of the
 * manifests it is about. The evidence steps (SBOM, scan) and callers of the run hand a list of
 * these to the attest step, which looks each digest up in the planned image (the descriptors
 * need its size and media type) once the image is fetched. Data rather than a callback: what
 * will be attested can be read, logged and tested before anything is signed.
 */


/** Adds each requested attestation, in order, for the subjects its digests name. */
function addRequested(requests, image, requested) {
    for (const { predicateType, predicate, subjects, kind } of requested) {
        const planned = subjects.map((digest) => subjectByDigest(image, digest));
        requests.attest(planned, predicateType, predicate, kind);
    }
}
/** The manifest of the planned image with this digest (the attestation needs its size and type). */
function subjectByDigest(image, digest) {
    const subject = allSubjects(image).find((candidate) => candidate.digest === digest);
    if (!subject) {
        throw new errors/* ImprintError */.m0('INTERNAL', `${digest} is not a manifest of ${image.repository}@${image.image.digest}: the pin and the plan disagree`);
    }
    return subject;
}

;// CONCATENATED MODULE: ./src/publish/attest-step.ts











async function attestImage(target, prepared, context, requested = [], gates) {
    const { session } = prepared;
    const log = context.log;
    const { image, manifestBytes } = await plannedImage(target);
    const requests = new AttestationRequests(image);
    if (prepared.provenance)
        requests.attest(allSubjects(image), predicate_types/* PREDICATE_SLSA_V1 */.Ke, prepared.provenance, 'provenance');
    addRequested(requests, image, requested);
    const jobs = planAttestations(image, requests.list(), prepared.options.attestationFormat);
    const placements = jobs.flatMap((job) => job.subjects.map((subject) => ({ job, subject })));
    const store = new storage_store/* AttestationStore */.c(target.client, target.repositoryPath);
    const refusal = gates?.refusal();
    const signing = await inGroup(log, 'Sign the image and its attestations', () => signMissing(store, placements, prepared, log, refusal));
    writeImageManifest(signing.bundlePath, image.image.digest, manifestBytes);
    const unsigned = placements.filter((p) => signing.unsigned.has(p));
    const stored = await inGroup(log, 'Store signatures and attestations in the registry', () => storeMissing(store, placements.filter((p) => !signing.unsigned.has(p)), signing, prepared, log, refusal === undefined ? gates?.beforeSignatures : undefined));
    const all = placements.flatMap((p) => signing.present.get(p) ??
        stored.stored.find((s) => s.job === p.job && s.subject === p.subject) ??
        []);
    const heldBack = refusal !== undefined && unsigned.length > 0
        ? { reason: refusal, placements: unsigned }
        : stored.heldBack && {
            reason: stored.heldBack.reason,
            placements: stored.heldBack.items.map((item) => item.placement),
        };
    if (stored.heldBack)
        removeBundles(signing.bundlePath, heldBack.placements);
    const bundles = [...signing.bundles.values()];
    const identity = expectedIdentity(session, bundles);
    const readBackResult = await inGroup(log, 'Read back and verify what the registry serves', () => verifyAll(new storage_store/* AttestationStore */.c(target.client, target.repositoryPath), all, identity, prepared, log));
    const github = await uploadToGitHub(prepared.github, { bundles: storedBundles(all, signing.bundles) }, log, prepared.environment.githubApiRetry);
    return {
        image,
        placements: all,
        github,
        bundles,
        rekorLogIndexes: rekorLogIndexes(bundles),
        bundlePath: signing.bundlePath,
        session,
        ...(identity && { identity }),
        readBack: readBackResult,
        ...(heldBack && { heldBack }),
    };
}
/** What this run signed and the registry now holds: never an image signature a gate held back. */
function storedBundles(stored, bundles) {
    const jobs = new Set(stored.map((placement) => placement.job));
    return [...jobs].flatMap((job) => bundles.get(job) ?? []);
}
/** Signs every job that is missing on at least one of its subjects, and writes the bundles. */
async function signMissing(store, placements, prepared, log, refusal) {
    const present = new Map();
    for (const placement of placements) {
        const location = await findStored(store, placement, prepared.session.signerLabel);
        if (location)
            present.set(placement, { ...placement, location, status: 'present' });
    }
    for (const placement of present.keys())
        log.info(`already attested: ${describePlacement(placement)}`);
    const unsigned = new Set(refusal === undefined ? [] : placements.filter((p) => isSignature(p) && !present.has(p)));
    if (unsigned.size > 0)
        log.warning(`the image signature is not made: ${refusal}. The attestations are signed and stored; a re-run that passes signs.`);
    const missing = placements.filter((p) => !present.has(p) && !unsigned.has(p));
    const toSign = [...new Set(missing.map((p) => p.job))];
    const signed = await signJobs(prepared.session, toSign, log);
    const bundlePath = createBundleDirectory(prepared.environment.platform.tempRoot);
    const written = writeBundles(bundlePath, signed);
    log.info(`${written.length} bundle file(s) in ${bundlePath}`);
    if (present.size > 0)
        log.info(`${present.size} of ${placements.length} already in the registry from a previous run`);
    return {
        present,
        unsigned,
        bundles: new Map(signed.map((s) => [s.job, s.bundle])),
        bundlePath,
    };
}
async function storeMissing(store, placements, signing, prepared, log, beforeSignatures) {
    const items = placements
        .filter((p) => !signing.present.has(p))
        .map((placement) => ({ placement, bundle: signing.bundles.get(placement.job) }));
    const signer = prepared.session.signerLabel;
    return storeAll({
        store,
        items,
        signer,
        trust: prepared.trust.trust,
        ...(beforeSignatures && { beforeSignatures }),
    }, log);
}
async function verifyAll(store, placements, identity, prepared, log) {
    const { endpoints, signerLabel } = prepared.session;
    const result = await readBack({
        store,
        placements,
        trust: prepared.trust.trust,
        ...(identity && { identity }),
        signer: signerLabel,
        requireTlog: endpoints.rekorUrl !== undefined,
        requireTimestamp: endpoints.tsaUrl !== undefined,
    }, log);
    log.info(`read-back: ${result.verified} of ${placements.length} verified`);
    return result;
}
/** The pinned image with the sizes and media types its descriptors need (one manifest fetch). */
async function plannedImage(target) {
    const fetched = await target.client.getManifest(target.repositoryPath, target.pinned.digest);
    const parsed = (0,registry_manifest/* parseManifest */.Ng)(fetched.bytes, fetched.mediaType);
    const image = { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.size };
    const platforms = parsed.kind === 'index'
        ? Object.entries(target.pinned.platformDigests).flatMap(([platform, digest]) => {
            const entry = parsed.index.manifests.find((m) => m.digest === digest);
            return entry ? [{ mediaType: entry.mediaType, digest, size: entry.size, platform }] : [];
        })
        : [];
    return { image: { repository: target.name, image, platforms }, manifestBytes: fetched.bytes };
}

// EXTERNAL MODULE: ./src/util/private-temp.ts + 1 modules
var private_temp = __webpack_require__(60224);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/registry/hosts.ts
var hosts = __webpack_require__(91604);
;// CONCATENATED MODULE: ./src/builders/dockerfile-images.ts
/**
 * The images a Dockerfile pulls — `FROM`, `COPY --from` / `ADD --from`, `RUN --mount=…,from=` —
 * and so the registries whose credentials a build needs. Build arguments and the ARG defaults
 * before the first FROM are substituted, as the builders do; stage names and `scratch` pull
 * nothing. A reference that still holds a variable is reported as unresolved, not guessed.
 * Pure.
 */

const ESCAPE_DIRECTIVE = /^#\s*escape\s*=\s*([\\`])\s*$/i;
const VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
function pulledImages(dockerfile, buildArgs) {
    const { references, args, stages } = readInstructions(dockerfile, buildArgs);
    const registries = new Set();
    const unresolved = [];
    for (const reference of references) {
        const expanded = substitute(reference, args);
        if (expanded !== undefined && isStage(expanded, stages))
            continue;
        const registry = expanded === undefined ? undefined : registryOf(expanded);
        if (registry === undefined)
            unresolved.push(reference);
        else
            registries.add(registry);
    }
    return { registries: [...registries], unresolved };
}
function readInstructions(dockerfile, buildArgs) {
    const read = { references: [], args: {}, stages: new Set(['scratch']) };
    let seenFrom = false;
    for (const instruction of instructions(dockerfile)) {
        const [keyword = '', ...words] = instruction.split(/\s+/);
        const upper = keyword.toUpperCase();
        if (upper === 'ARG' && !seenFrom) {
            for (const word of words)
                readArg(word, buildArgs, read.args);
        }
        else if (upper === 'FROM') {
            seenFrom = true;
            const [image, as, stage] = words.filter((word) => !word.startsWith('--'));
            if (image !== undefined)
                read.references.push(image);
            if (as?.toUpperCase() === 'AS' && stage)
                read.stages.add(stage.toLowerCase());
        }
        else if (upper === 'COPY' || upper === 'ADD' || upper === 'RUN') {
            read.references.push(...fromFlags(words));
        }
    }
    return read;
}
/** `ARG NAME=default` or `ARG NAME`: the build argument wins over the default. */
function readArg(word, buildArgs, args) {
    const [name = '', ...value] = word.split('=');
    args[name] = buildArgs[name] ?? (value.length > 0 ? unquote(value.join('=')) : undefined);
}
/** A stage by name (or `scratch`), or by index (`COPY --from=0`): nothing is pulled. */
function isStage(reference, stages) {
    return stages.has(reference.toLowerCase()) || /^\d+$/.test(reference);
}
/** The Dockerfile's instructions, continuation lines joined, comments and blanks dropped. */
function instructions(text) {
    const lines = text.split(/\r?\n/);
    const escape = ESCAPE_DIRECTIVE.exec(lines[0] ?? '')?.[1] ?? '\\';
    const result = [];
    let current = '';
    for (const line of lines) {
        const trimmed = line.trim();
        if (trimmed.startsWith('#') || (trimmed === '' && current === ''))
            continue;
        if (trimmed.endsWith(escape)) {
            current += `${trimmed.slice(0, -1)} `;
            continue;
        }
        result.push(`${current}${trimmed}`.trim());
        current = '';
    }
    if (current.trim() !== '')
        result.push(current.trim());
    return result.filter((instruction) => instruction !== '');
}
/** `--from=X` of COPY/ADD and `from=X` inside `--mount=…` of RUN. */
function fromFlags(words) {
    const found = [];
    for (const word of words) {
        if (word.startsWith('--from='))
            found.push(word.slice('--from='.length));
        if (word.startsWith('--mount=')) {
            for (const option of word.slice('--mount='.length).split(',')) {
                if (option.startsWith('from='))
                    found.push(option.slice('from='.length));
            }
        }
    }
    return found.map(unquote);
}
/** `$NAME`, `${NAME}` and `${NAME:-default}` replaced; undefined when one has no value. */
function substitute(text, args) {
    let missing = false;
    const result = text.replace(VARIABLE, (_, braced, fallback, bare) => {
        const value = args[(braced ?? bare)];
        if (value !== undefined && value !== '')
            return value;
        if (fallback !== undefined)
            return fallback;
        missing = true;
        return '';
    });
    return missing || result === '' ? undefined : result;
}
function registryOf(reference) {
    try {
        return (0,registry_reference/* parseReference */.F2)(reference).registry;
    }
    catch {
        return undefined;
    }
}
function unquote(text) {
    return text.replace(/^(["'])(.*)\1$/, '$2');
}

;// CONCATENATED MODULE: ./src/builders/credentials.ts
/**
 * Registry credentials for one build, kept away from the user's own configuration: docker
 * and buildx get a temporary DOCKER_CONFIG, buildah a temporary auth file (0600, in a 0700
 * directory under the CI job's temporary space), removed afterwards — on a cancelled job too.
 * They carry the logins of this build, plus the user's own credentials for the registries its
 * Dockerfile pulls base images from (private base images still pull), and nothing else: the
 * user's credentials for every other registry stay where they are. Passwords travel through
 * stdin, never through a command line.
 */








/**
 * Pure: the user's config with credentials (`auths`, `credHelpers`) only for the `pulled`
 * registries, and none for the `logins` ones, so the logins that follow are the only
 * credentials for those. `credsStore` goes too: with it, `docker login` would write into the
 * user's global credential store.
 */
function seedDockerConfig(existing, logins, pulled = []) {
    const config = (0,json/* isJsonObject */.O)(existing) ? structuredClone(existing) : {};
    const loginHosts = new Set(logins.map(hosts/* registryKey */.n7));
    const wanted = new Set(pulled.map(hosts/* registryKey */.n7).filter((host) => !loginHosts.has(host)));
    for (const section of ['auths', 'credHelpers']) {
        const entries = config[section];
        if ((0,json/* isJsonObject */.O)(entries)) {
            config[section] = Object.fromEntries(Object.entries(entries).filter(([key]) => wanted.has((0,hosts/* registryKey */.n7)(key))));
        }
    }
    const store = config.credsStore;
    delete config.credsStore;
    return typeof store === 'string' && store !== ''
        ? { config, droppedCredsStore: store }
        : { config };
}
/**
 * The registries the build's Dockerfile pulls from, whose credentials the build may use. An
 * image whose name holds a build argument without a value cannot be placed: said, not guessed.
 */
function pulledRegistries(build, warn) {
    const { registries, unresolved } = pulledImages((0,external_node_fs_.readFileSync)(build.dockerfile, 'utf8'), build.request.buildArgs);
    for (const reference of unresolved) {
        warn(`the build gets no stored credentials for the image "${reference}": its registry cannot be told from the Dockerfile (a build argument without a value); set it with build-args if it is private`);
    }
    return registries;
}
/**
 * Pure: one auth file from several (containers-auth.json and docker config formats share
 * `auths` and `credHelpers`); earlier files win, as in containers/image's lookup order.
 */
function mergeAuthFiles(files) {
    const auths = {};
    const credHelpers = {};
    for (const file of [...files].reverse()) {
        if (!(0,json/* isJsonObject */.O)(file))
            continue;
        if ((0,json/* isJsonObject */.O)(file.auths))
            Object.assign(auths, file.auths);
        if ((0,json/* isJsonObject */.O)(file.credHelpers))
            Object.assign(credHelpers, file.credHelpers);
    }
    return { auths, credHelpers };
}
/**
 * The directory docker reads its config from: `$DOCKER_CONFIG` or `~/.docker`. These variables
 * (and REGISTRY_AUTH_FILE, XDG_RUNTIME_DIR below) are docker's and buildah's own settings, not
 * CI facts: read as those tools read them, so imprint seeds from the files they would use.
 */
function userDockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
}
/** The auth files buildah consults when given no --authfile, highest priority first. */
function userContainersAuthFiles(env = process.env) {
    if (env.REGISTRY_AUTH_FILE)
        return [env.REGISTRY_AUTH_FILE];
    const home = (0,external_node_os_.homedir)();
    return [
        ...(env.XDG_RUNTIME_DIR ? [(0,external_node_path_.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json')] : []),
        (0,external_node_path_.join)(home, '.config', 'containers', 'auth.json'),
        (0,external_node_path_.join)(userDockerConfigDir(env), 'config.json'),
    ];
}
/**
 * A DOCKER_CONFIG for this build: config.json seeded from the user's, and every other
 * entry of the user's config dir (buildx builders, cli-plugins, contexts) linked in, so
 * `docker buildx` still finds the builder a workflow set up.
 */
function createDockerConfigDir(logins, pulled, onDroppedStore, tempRoot) {
    const source = userDockerConfigDir();
    const dir = (0,private_temp/* privateTempDir */.n)('imprint-docker-config-', tempRoot);
    const { config, droppedCredsStore } = seedDockerConfig(readJson((0,external_node_path_.join)(source, 'config.json')), logins, pulled);
    if (droppedCredsStore)
        onDroppedStore(droppedCredsStore);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir.path, 'config.json'), JSON.stringify(config, null, 2), { mode: 0o600 });
    if ((0,external_node_fs_.existsSync)(source)) {
        for (const entry of (0,external_node_fs_.readdirSync)(source)) {
            if (entry !== 'config.json')
                (0,external_node_fs_.symlinkSync)((0,external_node_path_.join)(source, entry), (0,external_node_path_.join)(dir.path, entry));
        }
    }
    return dir;
}
/** A buildah auth file for this build, seeded from the user's auth files. */
function createAuthFile(logins, pulled, tempRoot) {
    const dir = (0,private_temp/* privateTempDir */.n)('imprint-buildah-auth-', tempRoot);
    const merged = mergeAuthFiles(userContainersAuthFiles().map(readJson));
    const { config } = seedDockerConfig(merged, logins, pulled);
    const file = (0,external_node_path_.join)(dir.path, 'auth.json');
    (0,external_node_fs_.writeFileSync)(file, JSON.stringify(config, null, 2), { mode: 0o600 });
    return { ...dir, file };
}
/** A config file's JSON, or undefined when it is missing or unreadable. */
function readJson(path) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/builders/digest.ts
/** Digest checks shared by the builders: shapes, one digest per build, an index's platforms. */

const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
function isSha256Digest(value) {
    return typeof value === 'string' && SHA256_DIGEST.test(value);
}
/** One digest for all tags of a build, or an error naming which tag got which. */
function singleDigest(digestsByTag) {
    const distinct = [...new Set(digestsByTag.values())];
    if (distinct.length !== 1) {
        const listing = [...digestsByTag].map(([tag, digest]) => `${tag} → ${digest}`).join(', ');
        throw new errors/* ImprintError */.m0('DIGEST_MISMATCH', `the tags of one build were pushed with different digests: ${listing}`, { hint: 'push the tags of one build to one registry, or build once per registry' });
    }
    return distinct[0];
}
/** Pure: `os/arch[/variant]` → manifest digest, from an OCI index or Docker manifest list. */
function platformDigestsFromIndex(index) {
    const manifests = index?.manifests;
    if (!Array.isArray(manifests)) {
        throw new errors/* ImprintError */.m0('MANIFEST_INVALID', 'the pushed index has no "manifests" array');
    }
    const digests = {};
    for (const entry of manifests) {
        const { digest, platform } = (entry ?? {});
        if (!isSha256Digest(digest) || typeof platform?.os !== 'string')
            continue;
        if (typeof platform.architecture !== 'string')
            continue;
        const variant = typeof platform.variant === 'string' ? `/${platform.variant}` : '';
        digests[`${platform.os}/${platform.architecture}${variant}`] = digest;
    }
    return digests;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
;// CONCATENATED MODULE: ./src/builders/exec.ts
/**
 * A small process runner for the builders: argument arrays only (never a shell), output
 * streamed line by line to a LogSink as it comes, the tail of stderr kept for error
 * messages, optional stdin (for `--password-stdin`), and secrets masked in everything
 * that leaves this module.
 */



/** How many stderr lines an error message carries. */
const STDERR_TAIL_LINES = 50;
const MASK = '***';
/** Replace every occurrence of each secret (longest first, so overlaps mask fully). */
function maskSecrets(text, secrets = []) {
    const ordered = secrets.filter((secret) => secret.length > 0).sort((a, b) => b.length - a.length);
    return ordered.reduce((masked, secret) => masked.split(secret).join(MASK), text);
}
/** The tail of a finished command for an error message: stderr, else the end of stdout. */
function outputTail(result, lines = STDERR_TAIL_LINES) {
    const tail = result.stderrTail.length > 0 ? result.stderrTail : result.stdout.split('\n');
    return tail
        .filter((line) => line.trim() !== '')
        .slice(-lines)
        .join('\n');
}
/** Quote an argument for display only; the process gets the raw array. */
function displayArg(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
async function runCommand(command, args, options) {
    const { log, secrets = [], streamOutput = true } = options;
    const mask = (text) => maskSecrets(text, secrets);
    if (streamOutput)
        log.info(mask(`$ ${[command, ...args].map(displayArg).join(' ')}`));
    const child = (0,external_node_child_process_.spawn)(command, [...args], {
        shell: false,
        cwd: options.cwd,
        env: mergeEnv(options.env),
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdoutLines = [];
    const stderrTail = [];
    const onLine = (line, keep) => {
        const masked = mask(line);
        keep(masked);
        if (streamOutput)
            log.info(masked);
    };
    const stdoutDone = readLines(child.stdout, (line) => onLine(line, (masked) => stdoutLines.push(masked)));
    const stderrDone = readLines(child.stderr, (line) => onLine(line, (masked) => {
        stderrTail.push(masked);
        if (stderrTail.length > STDERR_TAIL_LINES)
            stderrTail.shift();
    }));
    // A process that exits without reading stdin makes the write fail with EPIPE: harmless.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
    const exitCode = await new Promise((resolve, reject) => {
        child.once('error', (error) => reject(spawnError(command, error)));
        child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
    await Promise.all([stdoutDone, stderrDone]);
    return { exitCode, stdout: stdoutLines.join('\n'), stderrTail };
}
function mergeEnv(overrides) {
    const env = { ...process.env };
    for (const [key, value] of Object.entries(overrides ?? {})) {
        if (value === undefined)
            delete env[key];
        else
            env[key] = value;
    }
    return env;
}
async function readLines(stream, onLine) {
    const lines = (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Infinity });
    for await (const line of lines)
        onLine(line);
}
function spawnError(command, error) {
    if (error.code === 'ENOENT') {
        return new errors/* ImprintError */.m0('BUILDER_UNAVAILABLE', `\`${command}\` is not installed or not on PATH`, {
            cause: error,
            hint: `install ${command} or put it on PATH`,
        });
    }
    return new errors/* ImprintError */.m0('INTERNAL', `could not start \`${command}\`: ${error.message}`, {
        cause: error,
    });
}
/** Whether a command runs and exits 0 (quietly; a missing binary counts as no). */
async function commandSucceeds(command, args) {
    const silent = { info: () => undefined, warning: () => undefined };
    try {
        return (await runCommand(command, args, { log: silent, streamOutput: false })).exitCode === 0;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/builders/failures.ts
/**
 * Turns a failed builder process into a typed error a person can act on: which step
 * failed, against which registry, and the tail of what the tool printed.
 */


const NOT_AUTHENTICATED = /unauthorized|authentication required|no basic auth credentials|incorrect username or password|status 401|\b401\b/i;
const DENIED = /denied|forbidden|status 403|\b403\b/i;
const UNREACHABLE = /connection refused|no such host|i\/o timeout|network is unreachable|dial tcp/i;
const HTTP_ONLY = /server gave HTTP response to HTTPS client/i;
/** The build step itself failed (Dockerfile error, missing file in the context, …). */
function buildFailed(builder, result) {
    return new errors/* ImprintError */.m0('BUILD_FAILED', `${builder} build failed (exit code ${result.exitCode}):\n${outputTail(result)}`, { hint: 'the lines above are the end of the builder output; fix the Dockerfile or context' });
}
function loginFailed(registry, username, result) {
    const tail = outputTail(result);
    const { code, hint } = classify(registry, tail, 'REGISTRY_AUTH_FAILED');
    return new errors/* ImprintError */.m0(code, `could not log in to registry ${registry} as "${username}": ${tail}`, {
        hint: code === 'REGISTRY_AUTH_FAILED'
            ? `check the username and password (or token) for ${registry}`
            : hint,
    });
}
function pushFailed(registry, tag, result) {
    const tail = outputTail(result);
    const { code, hint } = classify(registry, tail, 'REGISTRY_ERROR');
    return new errors/* ImprintError */.m0(code, `pushing ${tag} to registry ${registry} failed: ${tail}`, { hint });
}
function classify(registry, tail, fallback) {
    if (HTTP_ONLY.test(tail)) {
        return {
            code: 'REGISTRY_UNREACHABLE',
            hint: `${registry} serves plain http: list it in insecure registries if that is intended`,
        };
    }
    if (UNREACHABLE.test(tail)) {
        return {
            code: 'REGISTRY_UNREACHABLE',
            hint: `check that ${registry} is up and reachable from here`,
        };
    }
    if (NOT_AUTHENTICATED.test(tail)) {
        return {
            code: 'REGISTRY_AUTH_FAILED',
            hint: `give registry-username and registry-password for ${registry}, or log in before this step`,
        };
    }
    if (DENIED.test(tail)) {
        return {
            code: 'REGISTRY_DENIED',
            hint: `the credentials for ${registry} may not push to this repository: check their scopes (e.g. packages: write)`,
        };
    }
    return { code: fallback, hint: `see the ${registry} response above` };
}

;// CONCATENATED MODULE: ./src/builders/request.ts
/**
 * Checks a BuildRequest before any builder runs, so bad input fails with a message that
 * says what to change rather than with a builder's own error halfway through.
 */





const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
/** Build-arg and label keys become `KEY=value` arguments: no `=`, no whitespace. */
const ARGUMENT_KEY = /^[^=\s]+$/;
/** `default`, or `ID` / `ID=PATH[,PATH…]`: an agent socket or key files for RUN --mount=type=ssh. */
const SSH_SPEC = /^[A-Za-z0-9_.-]+(=[^,\s][^\s]*)?$/;
/** `[type[,type…]][platform]:key=value` or `key=value`: buildx's annotation spelling. */
const ANNOTATION = /^(?:([a-z-]+(?:,[a-z-]+)*)?(\[[^\]]+\])?:)?([^=:\s]+)=(.*)$/s;
const ANNOTATION_TYPES = new Set(['manifest', 'index', 'manifest-descriptor', 'index-descriptor']);
const BUILDKIT_PROVENANCE = /^(true|false|[a-z-]+=[^,\s]+(,[a-z-]+=[^,\s]+)*)$/;
const CONTEXT_NAME = /^[a-z0-9][a-z0-9._/:@-]*$/i;
function validateBuildRequest(request) {
    const context = (0,external_node_path_.resolve)(request.context);
    if (!isDirectory(context)) {
        throw new errors/* ImprintError */.m0('BUILD_CONTEXT_MISSING', `build context "${context}" does not exist or is not a directory`, { hint: 'set context to the folder holding the sources the Dockerfile copies (e.g. ".")' });
    }
    const dockerfile = (0,external_node_path_.resolve)(request.file ?? (0,external_node_path_.resolve)(context, 'Dockerfile'));
    if (!isFile(dockerfile)) {
        throw new errors/* ImprintError */.m0('BUILD_FILE_MISSING', `Dockerfile not found at "${dockerfile}"`, {
            hint: 'set file to the Dockerfile path (relative to the working directory); the default is <context>/Dockerfile',
        });
    }
    const references = checkTags(request.tags);
    checkPlatforms(request.platforms);
    checkKeys('build-args', request.buildArgs);
    checkKeys('labels', request.labels);
    checkBuildInputs(request);
    const multiPlatform = request.platforms.length > 1;
    if (multiPlatform && !request.push) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `a multi-platform image (${request.platforms.join(', ')}) can only be kept in a registry, but push is false`, { hint: 'set push to true, or build a single platform' });
    }
    const logins = request.registryAuth ?? [];
    logins.forEach(checkLogin);
    return { request, context, dockerfile, references, multiPlatform, secrets: loginSecrets(logins) };
}
/** Passwords and their Basic-auth encodings: what a process could echo back. */
function loginSecrets(logins) {
    return logins.flatMap(({ username, password }) => [
        password,
        Buffer.from(`${username}:${password}`).toString('base64'),
    ]);
}
function isInsecureRegistry(request, registry) {
    return (0,hosts/* listsRegistry */.F)(request.insecureRegistries, registry);
}
function checkTags(tags) {
    if (tags.length === 0) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', 'no tags given: a build needs at least one tag', {
            hint: 'set tags to full references like ghcr.io/OWNER/APP:1.2.3',
        });
    }
    return tags.map((tag) => {
        // parseReference fails with REFERENCE_INVALID naming the text and the broken part.
        const reference = (0,registry_reference/* parseReference */.F2)(tag);
        if (reference.tag === undefined || reference.digest !== undefined || tag !== tag.trim()) {
            throw new errors/* ImprintError */.m0('REFERENCE_INVALID', `tag "${tag}" is not a tagged reference: a build pushes to host/repository:tag, without a digest`, { hint: 'write each tag as e.g. ghcr.io/OWNER/APP:1.2.3' });
        }
        return { ...reference, tag: reference.tag };
    });
}
function checkPlatforms(platforms) {
    const bad = platforms.find((platform) => !PLATFORM.test(platform));
    if (bad !== undefined) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `platform "${bad}" is not of the form os/arch[/variant] (e.g. linux/amd64, linux/arm/v7)`);
    }
}
function checkKeys(what, entries) {
    const bad = Object.keys(entries).find((key) => !ARGUMENT_KEY.test(key));
    if (bad !== undefined) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `${what} key "${bad}" is not usable: keys must be non-empty and hold no "=" or whitespace`);
    }
}
/** Pure: an annotation's types (none: the default, manifest), platform, key and value. */
function parseAnnotation(text) {
    const match = ANNOTATION.exec(text);
    const types = match?.[1]?.split(',') ?? [];
    if (!match || types.some((type) => !ANNOTATION_TYPES.has(type))) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `input "annotations": "${text}" is not [type:]key=value (type: manifest, index, manifest-descriptor or index-descriptor)`, {
            hint: 'write e.g. org.opencontainers.image.description=My app, or index:org.opencontainers.image.description=My app',
        });
    }
    return {
        types,
        ...(match[2] ? { platform: match[2].slice(1, -1) } : {}),
        key: match[3],
        value: match[4],
    };
}
function checkBuildInputs(request) {
    const badSsh = (request.ssh ?? []).find((spec) => !SSH_SPEC.test(spec));
    if (badSsh !== undefined) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `input "ssh": "${badSsh}" is not default or ID=PATH`, {
            hint: 'write default (the agent in SSH_AUTH_SOCK), or e.g. github=/path/to/key',
        });
    }
    (request.annotations ?? []).forEach(parseAnnotation);
    const badContext = Object.entries(request.buildContexts ?? {}).find(([name, value]) => !CONTEXT_NAME.test(name) || value.trim() === '');
    if (badContext !== undefined) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `input "build-contexts": "${badContext[0]}=${badContext[1]}" is not NAME=SOURCE`, { hint: 'write e.g. shared=../shared or alpine=docker-image://alpine:3.20' });
    }
    const provenance = request.buildkitAttestations?.provenance;
    if (provenance !== undefined && !BUILDKIT_PROVENANCE.test(provenance)) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `input "buildx-provenance": "${provenance}" is not false, true, mode=min or mode=max`, { hint: 'write false (the default), mode=min or mode=max' });
    }
}
function checkLogin(login) {
    if (!login.registry || !login.username || !login.password) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `registry credentials for "${login.registry}" need a registry, a username and a password`, { hint: 'set both registry-username and registry-password, or neither' });
    }
}
function isDirectory(path) {
    return (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
function isFile(path) {
    return (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

;// CONCATENATED MODULE: ./src/builders/buildah-support.ts
/**
 * The buildah builder's side jobs: logging in through a temporary auth file, reading the
 * pushed index back (skopeo) for per-platform digests, and removing the local manifest
 * list and its images once pushed.
 */






/**
 * Run with a temporary auth file holding these logins (and the user's own credentials for
 * the registries the Dockerfile pulls from), or with buildah's defaults when there are none. `buildah login` checks each
 * password right away and takes it on stdin, never on the command line.
 */
async function withBuildahLogins(build, run, body) {
    const logins = build.request.registryAuth ?? [];
    if (logins.length === 0)
        return body(undefined);
    const auth = createAuthFile(logins.map((login) => login.registry), pulledRegistries(build, (message) => run.log.warning(message)), build.request.tempRoot);
    try {
        for (const { registry, username, password } of logins) {
            const args = [
                'login',
                `--authfile=${auth.file}`,
                `--username=${username}`,
                '--password-stdin',
            ];
            if (isInsecureRegistry(build.request, registry))
                args.push('--tls-verify=false');
            const result = await run.buildah([...args, registry], { input: password });
            if (result.exitCode !== 0)
                throw loginFailed(registry, username, result);
        }
        return await body(auth.file);
    }
    finally {
        auth.remove();
    }
}
/**
 * buildah 1.28 can end `manifest push` with exit code 0 and an empty digest file when the
 * registry refused the upload (no credentials, say), printing no error. Ask the registry
 * for the tag with skopeo to get its own words for what went wrong.
 */
async function explainSilentPushFailure(build, run, index, authFile) {
    const tag = build.request.tags[index];
    const { registry } = build.references[index];
    const silent = new errors/* ImprintError */.m0('REGISTRY_ERROR', `buildah manifest push ${tag} reported success but wrote no digest: the push to registry ${registry} failed without an error message`, {
        hint: `check that ${registry} accepts pushes with the credentials given (registry-username / registry-password)`,
    });
    try {
        const probe = await run.skopeo(skopeoInspectArguments(build, registry, `docker://${tag}`, authFile));
        return probe.exitCode !== 0 ? pushFailed(registry, tag, probe) : silent;
    }
    catch {
        return silent; // no skopeo to ask
    }
}
function skopeoInspectArguments(build, registry, reference, authFile) {
    return [
        'inspect',
        '--raw',
        ...(authFile ? [`--authfile=${authFile}`] : []),
        ...(isInsecureRegistry(build.request, registry) ? ['--tls-verify=false'] : []),
        reference,
    ];
}
/**
 * The index as the registry holds it, fetched by digest from the first tag's repository
 * and checked against that digest. An optional extra: failures are warnings.
 */
async function readPushedIndex(build, run, digest, authFile) {
    const { registry, repository } = build.references[0];
    const reference = `docker://${registry}/${repository}@${digest}`;
    const args = skopeoInspectArguments(build, registry, reference, authFile);
    const skip = (why) => {
        run.log.warning(`platform digests not read back from ${registry}: ${why}`);
        return undefined;
    };
    let result;
    try {
        result = await run.skopeo(args);
    }
    catch {
        return skip('skopeo is not installed');
    }
    if (result.exitCode !== 0)
        return skip(result.stderrTail.join(' '));
    const raw = result.stdout;
    if (`sha256:${(0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex')}` !== digest) {
        return skip(`the index served for ${digest} does not hash to that digest`);
    }
    try {
        const index = JSON.parse(raw);
        const mediaType = typeof index.mediaType === 'string' ? index.mediaType : undefined;
        return {
            ...(mediaType ? { mediaType } : {}),
            platformDigests: platformDigestsFromIndex(index),
        };
    }
    catch (error) {
        return skip(error.message);
    }
}
/**
 * Remove the local list and the per-platform images built into it, so repeated builds do
 * not pile up images. Only the images this list holds are touched; failures are warnings.
 */
async function removeManifestList(run, list) {
    const quiet = { streamOutput: false };
    const inspected = await run.buildah(['manifest', 'inspect', list], quiet);
    if (inspected.exitCode !== 0)
        return; // the build never created it
    const instances = instanceDigests(inspected.stdout);
    const images = await run.buildah(['images', '--all', '--no-trunc', '--format={{.ID}} {{.Digest}}'], quiet);
    const ids = imageIdsWithDigests(images.stdout, instances);
    const removedList = await run.buildah(['manifest', 'rm', list], quiet);
    const removedImages = ids.length > 0 ? await run.buildah(['rmi', ...ids], quiet) : removedList;
    if (removedList.exitCode !== 0 || removedImages.exitCode !== 0) {
        run.log.warning(`could not remove the local manifest list ${list} and its images: remove them with buildah rmi`);
    }
}
/** Pure: the instance digests of `buildah manifest inspect` output. */
function instanceDigests(inspectOutput) {
    try {
        const list = JSON.parse(inspectOutput);
        return new Set((list.manifests ?? []).map((entry) => entry.digest).filter(isSha256Digest));
    }
    catch {
        return new Set();
    }
}
/** Pure: image IDs from `buildah images --format '{{.ID}} {{.Digest}}'` whose digest is wanted. */
function imageIdsWithDigests(listing, digests) {
    return listing
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .filter(([id, digest]) => id !== undefined && id !== '' && digests.has(digest ?? ''))
        .map(([id]) => id.replace(/^sha256:/, ''));
}

;// CONCATENATED MODULE: ./src/builders/cache.ts
/**
 * Build caches as buildx spells them (`type=registry,ref=…`, `type=local,src=…`, `type=gha`,
 * or a bare image reference for a registry cache): read into their type and attributes, and
 * the GitHub Actions cache service's variables for `type=gha`, which buildx reads from its
 * environment: the token never goes on a command line.
 */

/** Pure: one cache line. A line with no `=` is an image reference: a registry cache. */
function parseCacheSpec(line, input) {
    if (!line.includes('='))
        return { type: 'registry', attributes: { ref: line } };
    const attributes = {};
    for (const field of line.split(',')) {
        const equals = field.indexOf('=');
        if (equals <= 0) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `input "${input}": "${line}" has a field "${field}" that is not key=value`, { hint: 'write e.g. type=registry,ref=ghcr.io/OWNER/APP:cache or type=local,src=DIR' });
        }
        attributes[field.slice(0, equals).trim()] = field.slice(equals + 1).trim();
    }
    const { type = 'registry', ...rest } = attributes;
    return { type, attributes: rest };
}
/** Pure: the caches a request names, each with the input it came from. */
function requestCaches(request) {
    const read = (input, lines = []) => lines.map((line) => ({ input, line, spec: parseCacheSpec(line, input) }));
    return [...read('cache-from', request.cacheFrom), ...read('cache-to', request.cacheTo)];
}
/**
 * Pure: the variables to add to buildx's environment for the request's `type=gha` caches
 * (none without one); fails naming the input when the cache service is out of reach.
 */
function actionsCacheEnvironment(request) {
    const gha = requestCaches(request).find(({ spec }) => spec.type === 'gha');
    if (gha === undefined)
        return {};
    const service = request.actionsCache ?? {
        available: false,
        reason: 'no GitHub Actions cache service was handed to this build',
        hint: 'run on GitHub Actions',
    };
    if (!service.available) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `input "${gha.input}" asks for a type=gha cache, but ${service.reason}`, { hint: service.hint });
    }
    return { ...service.environment };
}

// EXTERNAL MODULE: ./src/builders/secrets.ts
var builders_secrets = __webpack_require__(90029);
;// CONCATENATED MODULE: ./src/builders/buildah-inputs.ts
/**
 * The build inputs as buildah 1.28 takes them. buildah caches layers (`--layers`) in one
 * registry repository, one tag per layer (`--cache-from` / `--cache-to`); it annotates image
 * manifests only; everything else maps one to one. What buildah cannot do fails naming the
 * input, before anything runs.
 */







/** Pure: the registry repositories a build caches from and to (bare, no tag). */
function buildahCacheRepositories(build) {
    const caches = requestCaches(build.request);
    const repositories = {};
    for (const { input, line, spec } of caches) {
        if (spec.type !== 'registry') {
            throw unsupported(input, `"${line}" is a type=${spec.type} cache; buildah caches only in a registry repository`, 'write type=registry,ref=REGISTRY/REPO (buildah keeps one tag per layer there), or use builder: buildx');
        }
        const ref = spec.attributes.ref ?? '';
        const reference = (0,registry_reference/* parseReference */.F2)(ref);
        if (reference.tag !== undefined || reference.digest !== undefined) {
            throw unsupported(input, `"${line}" names a tag or digest; buildah caches every layer under its own tag in the repository`, `write the repository alone: ref=${(0,registry_reference/* formatReference */.FH)({ registry: reference.registry, repository: reference.repository })}`);
        }
        const key = input === 'cache-from' ? 'from' : 'to';
        if (repositories[key] !== undefined) {
            throw unsupported(input, 'names several caches; buildah 1.28 takes one repository', 'keep one line');
        }
        repositories[key] = (0,registry_reference/* formatReference */.FH)(reference);
    }
    return repositories;
}
/** Pure: `--annotation=key=value` for each annotation; buildah sets them on the image manifest. */
function annotationArguments(build) {
    return (build.request.annotations ?? []).map((text) => {
        const { types, platform, key, value } = parseAnnotation(text);
        if (platform !== undefined || types.some((type) => type !== 'manifest')) {
            throw unsupported('annotations', `"${text}" targets ${[...types, platform ?? ''].filter(Boolean).join(', ')}; buildah annotates the image manifests only`, 'write key=value (or manifest:key=value), or use builder: buildx for index and descriptor annotations');
        }
        return `--annotation=${key}=${value}`;
    });
}
/** Pure: the `buildah build` arguments for caches, secrets, ssh, pull, no-cache, annotations and named contexts. */
function buildahInputArguments(build, secrets) {
    const { request } = build;
    const cache = buildahCacheRepositories(build);
    const caching = cache.from !== undefined || cache.to !== undefined;
    return [
        ...(caching ? ['--layers'] : []),
        ...(cache.from !== undefined ? [`--cache-from=${cache.from}`] : []),
        ...(cache.to !== undefined ? [`--cache-to=${cache.to}`] : []),
        ...secrets.map(builders_secrets/* secretArgument */.qj),
        ...(request.ssh ?? []).map((ssh) => `--ssh=${ssh}`),
        // buildah pulls a missing base image by default; `always` asks the registry every time.
        ...(request.pull ? ['--pull=always'] : []),
        ...(request.noCache ? ['--no-cache'] : []),
        ...annotationArguments(build),
        ...Object.entries(request.buildContexts ?? {}).map(([name, source]) => `--build-context=${name}=${source}`),
    ];
}
/**
 * Whether `buildah build` itself talks to a registry listed as insecure (a base image, a cache).
 * buildah has one TLS switch for the whole build: it is turned off only then.
 */
function buildReadsInsecureRegistry(build) {
    const { request } = build;
    if ((request.insecureRegistries ?? []).length === 0)
        return false;
    const cache = buildahCacheRepositories(build);
    const caches = [cache.from, cache.to].flatMap((repository) => repository === undefined ? [] : [(0,registry_reference/* parseReference */.F2)(repository).registry]);
    const pulled = pulledImages((0,external_node_fs_.readFileSync)(build.dockerfile, 'utf8'), request.buildArgs).registries;
    return [...caches, ...pulled].some((registry) => isInsecureRegistry(request, registry));
}
function unsupported(input, problem, hint) {
    return new errors/* ImprintError */.m0('INPUT_CONFLICT', `input "${input}": ${problem}`, { hint });
}

;// CONCATENATED MODULE: ./src/builders/support.ts
/**
 * Which build inputs each builder honours. An input a builder cannot honour fails before it
 * runs, naming the input and the builders that can: a cache, a secret or an annotation that
 * is quietly dropped would make a build that looks right and is not.
 */

const EVERY_INPUT = [
    'cache-from',
    'cache-to',
    'secrets',
    'ssh',
    'pull',
    'no-cache',
    'annotations',
    'build-contexts',
    'buildx-provenance',
    'buildx-sbom',
];
/** The README's support matrix says the same; test/unit/builders/support.test.ts holds them together. */
const SUPPORTED_INPUTS = {
    buildx: new Set(EVERY_INPUT),
    // BuildKit's attestations are BuildKit's; buildah's cache is a registry repository (buildah.ts).
    buildah: new Set(EVERY_INPUT.filter((input) => input !== 'buildx-provenance' && input !== 'buildx-sbom')),
    // The legacy builder (no BuildKit) has no secrets, ssh, cache export or named contexts.
    docker: new Set(['pull', 'no-cache']),
};
/** Pure: the optional inputs a request uses. */
function usedInputs(request) {
    const secrets = request.secrets ?? [];
    const used = {
        'cache-from': (request.cacheFrom ?? []).length > 0,
        'cache-to': (request.cacheTo ?? []).length > 0,
        // secret-files arrive as file secrets; one name covers both in the message below.
        secrets: secrets.length > 0,
        ssh: (request.ssh ?? []).length > 0,
        pull: request.pull === true,
        'no-cache': request.noCache === true,
        annotations: (request.annotations ?? []).length > 0,
        'build-contexts': Object.keys(request.buildContexts ?? {}).length > 0,
        'buildx-provenance': (request.buildkitAttestations?.provenance ?? 'false') !== 'false',
        'buildx-sbom': request.buildkitAttestations?.sbom === true,
    };
    return EVERY_INPUT.filter((input) => used[input]);
}
const DESCRIBED = {
    buildx: 'buildx',
    buildah: 'buildah',
    docker: 'docker (the legacy `docker build`, without BuildKit)',
};
/** Throws for the first input the request uses that `builder` cannot honour. */
function checkSupported(builder, request) {
    const unsupported = usedInputs(request).find((input) => !SUPPORTED_INPUTS[builder].has(input));
    if (unsupported === undefined)
        return;
    const others = ['buildx', 'buildah'].filter((name) => name !== builder && SUPPORTED_INPUTS[name].has(unsupported));
    const named = unsupported === 'secrets' ? 'secrets / secret-files' : unsupported;
    throw new errors/* ImprintError */.m0('INPUT_CONFLICT', `builder ${DESCRIBED[builder]} does not support the input "${named}"`, {
        hint: others.length > 0
            ? `use ${others.map((name) => `builder: ${name}`).join(' or ')}, or remove "${named}"`
            : `remove "${named}"`,
    });
}

;// CONCATENATED MODULE: ./src/builders/buildah.ts
/**
 * buildah: `buildah build --manifest LIST` (every requested platform, no daemon), then
 * `buildah manifest push --all --format oci --digestfile F LIST docker://TAG` per tag. The
 * pushed index digest comes from the digest file; the per-platform digests are read back
 * from the registry, because pushing compresses layers and so changes the local ones.
 */













const OCI_INDEX_MEDIA_TYPE = 'application/vnd.oci.image.index.v1+json';
/** Pure: options every buildah call needs, so all of them see the same image store. */
function buildahGlobalArguments(options) {
    return options.storageDriver ? [`--storage-driver=${options.storageDriver}`] : [];
}
/** Pure: `buildah build` arguments; into a manifest list when pushing, else local tags. */
function buildahBuildArguments(build, settings) {
    const { request } = build;
    const destination = settings.manifest
        ? [`--manifest=${settings.manifest}`]
        : request.tags.map((tag) => `--tag=${tag}`);
    return [
        'build',
        `--isolation=${settings.isolation}`,
        ...(request.platforms.length > 0 ? [`--platform=${request.platforms.join(',')}`] : []),
        `--file=${build.dockerfile}`,
        ...(request.target ? [`--target=${request.target}`] : []),
        ...Object.entries(request.buildArgs).map(([key, value]) => `--build-arg=${key}=${value}`),
        ...Object.entries(request.labels).map(([key, value]) => `--label=${key}=${value}`),
        ...buildahInputArguments(build, settings.secrets ?? []),
        ...destination,
        ...(settings.iidFile ? [`--iidfile=${settings.iidFile}`] : []),
        ...(settings.authFile ? [`--authfile=${settings.authFile}`] : []),
        ...(settings.insecure ? ['--tls-verify=false'] : []),
        build.context,
    ];
}
/** Pure: `buildah manifest push` of the whole list (every platform image) as an OCI index. */
function manifestPushArguments(list, tag, settings) {
    return [
        'manifest',
        'push',
        '--all',
        '--format=oci',
        `--digestfile=${settings.digestFile}`,
        ...(settings.authFile ? [`--authfile=${settings.authFile}`] : []),
        ...(settings.insecure ? ['--tls-verify=false'] : []),
        list,
        `docker://${tag}`,
    ];
}
class BuildahBuilder {
    name = 'buildah';
    options;
    constructor(options = {}) {
        // BUILDAH_ISOLATION and STORAGE_DRIVER are buildah's own documented settings, not CI facts:
        // read where buildah would read them, so imprint's buildah runs as the user's does.
        this.options = {
            binary: options.binary ?? 'buildah',
            isolation: options.isolation ?? process.env.BUILDAH_ISOLATION ?? 'chroot',
            skopeoBinary: options.skopeoBinary ?? 'skopeo',
            storageDriver: options.storageDriver ?? process.env.STORAGE_DRIVER,
        };
    }
    async available() {
        return commandSucceeds(this.options.binary, ['version']);
    }
    async build(request, log) {
        const build = validateBuildRequest(request);
        checkSupported(this.name, request);
        const base = {
            isolation: this.options.isolation,
            insecure: buildReadsInsecureRegistry(build),
        };
        // The builder process inherits this environment: env= secrets are read from it by name.
        const secrets = (0,builders_secrets/* prepareSecrets */.fH)(request.secrets ?? [], request.tempRoot, process.env);
        const run = this.runner(build, log, secrets.values);
        const settings = { ...base, secrets: secrets.mounts };
        let work;
        try {
            // In the job's temp directory; removed on a cancelled job too.
            work = (0,private_temp/* privateTempDir */.n)('imprint-buildah-', request.tempRoot);
            const dir = work.path;
            return await withBuildahLogins(build, run, (authFile) => request.push
                ? this.buildAndPush(build, run, dir, { ...settings, authFile })
                : this.buildLocal(build, run, dir, { ...settings, authFile }));
        }
        finally {
            work?.remove();
            secrets.remove();
        }
    }
    runner(build, log, secretValues) {
        const global = buildahGlobalArguments(this.options);
        const secrets = [...build.secrets, ...secretValues];
        return {
            log,
            buildah: (args, options = {}) => runCommand(this.options.binary, [...global, ...args], { log, secrets, ...options }),
            skopeo: (args) => runCommand(this.options.skopeoBinary, args, { log, secrets, streamOutput: false }),
        };
    }
    async buildAndPush(build, run, dir, settings) {
        const { authFile } = settings;
        // A fresh list name per build: a re-run must not add to (or trip over) an old list.
        const list = `localhost/imprint-build-${(0,external_node_crypto_.randomUUID)()}`;
        try {
            const built = await run.buildah(buildahBuildArguments(build, { ...settings, manifest: list }));
            if (built.exitCode !== 0)
                throw buildFailed('buildah', built);
            const digests = new Map();
            for (const [index, tag] of build.request.tags.entries()) {
                const { registry } = build.references[index];
                const digestFile = (0,external_node_path_.join)(dir, `digest-${index}`);
                const insecure = isInsecureRegistry(build.request, registry);
                const pushed = await run.buildah(manifestPushArguments(list, tag, { digestFile, authFile, insecure }));
                if (pushed.exitCode !== 0)
                    throw pushFailed(registry, tag, pushed);
                const digest = readDigest(digestFile);
                if (!digest)
                    throw await explainSilentPushFailure(build, run, index, authFile);
                digests.set(tag, digest);
            }
            const digest = singleDigest(digests);
            const pushedIndex = await readPushedIndex(build, run, digest, authFile);
            return {
                digest,
                pushed: true,
                builder: this.name,
                mediaType: pushedIndex?.mediaType ?? OCI_INDEX_MEDIA_TYPE,
                ...(pushedIndex ? { platformDigests: pushedIndex.platformDigests } : {}),
            };
        }
        finally {
            await removeManifestList(run, list);
        }
    }
    async buildLocal(build, run, dir, settings) {
        const iidFile = (0,external_node_path_.join)(dir, 'iid');
        const built = await run.buildah(buildahBuildArguments(build, { ...settings, iidFile }));
        if (built.exitCode !== 0)
            throw buildFailed('buildah', built);
        const digest = readDigest(iidFile);
        if (!digest) {
            throw new errors/* ImprintError */.m0('BUILD_METADATA_INVALID', `buildah build succeeded but wrote no image ID to ${iidFile}`, { hint: 'check the buildah output above' });
        }
        return { digest, pushed: false, builder: this.name };
    }
}
/** The sha256 digest a buildah --digestfile / --iidfile holds, if it holds one. */
function readDigest(path) {
    try {
        const digest = (0,external_node_fs_.readFileSync)(path, 'utf8').trim();
        return isSha256Digest(digest) ? digest : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/builders/docker-login.ts
/**
 * Logins for the docker CLI (legacy builder and buildx) that leave the user's config
 * untouched: a temporary DOCKER_CONFIG, `docker login --password-stdin` into it, the
 * build run with it, the directory removed afterwards whatever happened (a cancelled job
 * too: see util/private-temp.ts).
 */



async function withDockerLogins(build, log, binary, run) {
    const logins = build.request.registryAuth ?? [];
    if (logins.length === 0)
        return run({});
    const dir = createDockerConfigDir(logins.map((login) => login.registry), pulledRegistries(build, (message) => log.warning(message)), (store) => log.warning(`docker credential store "${store}" is not consulted during this build: imprint logs in with a temporary config`), build.request.tempRoot);
    const env = { DOCKER_CONFIG: dir.path };
    try {
        for (const { registry, username, password } of logins) {
            const result = await runCommand(binary, ['login', '--username', username, '--password-stdin', registry], { log, env, input: password, secrets: build.secrets });
            if (result.exitCode !== 0)
                throw loginFailed(registry, username, result);
        }
        return await run(env);
    }
    finally {
        dir.remove();
    }
}

;// CONCATENATED MODULE: ./src/builders/buildx.ts
/**
 * docker buildx (BuildKit): one `docker buildx build --push --metadata-file F` builds every
 * platform and pushes an index; the pushed digest is read from the metadata file's
 * `containerimage.digest`.
 */












/**
 * Pure: the `docker buildx build` arguments. Values go as `--flag=value`, never as flags.
 * Secrets go by file path or variable name only (`secrets`, made by prepareSecrets).
 */
function buildxArguments(build, metadataFile, secrets = []) {
    const { request } = build;
    const attestations = request.buildkitAttestations ?? { provenance: 'false', sbom: false };
    return [
        'buildx',
        'build',
        `--metadata-file=${metadataFile}`,
        // imprint signs and attaches its own SLSA provenance and SBOM as referrers. buildx's
        // default attestations (build-push-action's default is mode=min provenance) would put
        // unsigned `unknown/unknown` attestation manifests into the index: off unless asked for.
        `--provenance=${attestations.provenance}`,
        `--sbom=${attestations.sbom}`,
        ...(request.platforms.length > 0 ? [`--platform=${request.platforms.join(',')}`] : []),
        `--file=${build.dockerfile}`,
        ...(request.target ? [`--target=${request.target}`] : []),
        ...Object.entries(request.buildArgs).map(([key, value]) => `--build-arg=${key}=${value}`),
        ...Object.entries(request.labels).map(([key, value]) => `--label=${key}=${value}`),
        ...(request.annotations ?? []).map((annotation) => `--annotation=${annotation}`),
        ...(request.cacheFrom ?? []).map((cache) => `--cache-from=${cache}`),
        ...(request.cacheTo ?? []).map((cache) => `--cache-to=${cache}`),
        ...secrets.map(builders_secrets/* secretArgument */.qj),
        ...(request.ssh ?? []).map((ssh) => `--ssh=${ssh}`),
        ...Object.entries(request.buildContexts ?? {}).map(([name, source]) => `--build-context=${name}=${source}`),
        ...(request.pull ? ['--pull'] : []),
        ...(request.noCache ? ['--no-cache'] : []),
        ...request.tags.map((tag) => `--tag=${tag}`),
        outputArgument(build),
        build.context,
    ];
}
/** `--push`, or the same export allowed to use plain http; `--load` when not pushing. */
function outputArgument(build) {
    if (!build.request.push)
        return '--load';
    const insecure = build.references.some((reference) => isInsecureRegistry(build.request, reference.registry));
    return insecure ? '--output=type=image,push=true,registry.insecure=true' : '--push';
}
/** Pure: the digest (and media type) from the JSON buildx writes to `--metadata-file`. */
function parseBuildxMetadata(text, path) {
    let metadata;
    try {
        metadata = JSON.parse(text);
    }
    catch (error) {
        throw invalidMetadata(path, `it is not JSON (${error.message})`);
    }
    if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
        throw invalidMetadata(path, 'it is not a JSON object');
    }
    const fields = metadata;
    const digest = fields['containerimage.digest'];
    if (!isSha256Digest(digest)) {
        throw invalidMetadata(path, `"containerimage.digest" is ${digest === undefined ? 'missing' : JSON.stringify(digest)}, expected sha256:<64 hex>`);
    }
    const descriptor = fields['containerimage.descriptor'];
    if (descriptor !== undefined && descriptor?.digest !== digest) {
        throw invalidMetadata(path, `"containerimage.descriptor" names ${JSON.stringify(descriptor?.digest)}, not ${digest}`);
    }
    const mediaType = descriptor?.mediaType;
    const configDigest = fields['containerimage.config.digest'];
    return {
        digest,
        ...(typeof mediaType === 'string' ? { mediaType } : {}),
        ...(isSha256Digest(configDigest) ? { configDigest } : {}),
    };
}
function invalidMetadata(path, problem) {
    return new errors/* ImprintError */.m0('BUILD_METADATA_INVALID', `buildx metadata file ${path} does not tell what was pushed: ${problem}`, { hint: 'update docker buildx (≥ 0.10 writes containerimage.digest) and check the build log' });
}
class BuildxBuilder {
    name = 'buildx';
    binary;
    constructor(options = {}) {
        this.binary = options.binary ?? 'docker';
    }
    async available() {
        return commandSucceeds(this.binary, ['buildx', 'version']);
    }
    async build(request, log) {
        const build = validateBuildRequest(request);
        checkSupported(this.name, request);
        // The cache service's token reaches buildx through its environment, never its arguments.
        const cacheEnv = actionsCacheEnvironment(request);
        // The builder process inherits this environment: env= secrets are read from it by name.
        const secrets = (0,builders_secrets/* prepareSecrets */.fH)(request.secrets ?? [], request.tempRoot, process.env);
        const masked = [...build.secrets, ...secrets.values, cacheEnv.ACTIONS_RUNTIME_TOKEN ?? ''];
        let work;
        try {
            // In the job's temp directory; removed on a cancelled job too.
            work = (0,private_temp/* privateTempDir */.n)('imprint-buildx-', request.tempRoot);
            const metadataFile = (0,external_node_path_.join)(work.path, 'metadata.json');
            return await withDockerLogins(build, log, this.binary, async (env) => {
                const args = buildxArguments(build, metadataFile, secrets.mounts);
                const built = await runCommand(this.binary, args, {
                    log,
                    env: { ...env, ...cacheEnv },
                    secrets: masked,
                });
                if (built.exitCode !== 0)
                    throw buildFailed('docker buildx', built);
                return this.result(build, readMetadata(metadataFile));
            });
        }
        finally {
            work?.remove();
            secrets.remove();
        }
    }
    result(build, metadata) {
        if (build.request.push) {
            return {
                digest: metadata.digest,
                pushed: true,
                builder: this.name,
                ...(metadata.mediaType ? { mediaType: metadata.mediaType } : {}),
            };
        }
        if (!metadata.configDigest) {
            throw invalidMetadata('(--load build)', '"containerimage.config.digest" is missing');
        }
        return { digest: metadata.configDigest, pushed: false, builder: this.name };
    }
}
function readMetadata(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        throw invalidMetadata(path, 'buildx did not write it');
    }
    return parseBuildxMetadata(text, path);
}

;// CONCATENATED MODULE: ./src/builders/docker.ts
/**
 * The legacy docker builder: `docker build`, then `docker push` per tag. One platform
 * only (it cannot make an index); the pushed digest comes from the push output line
 * `<tag>: digest: sha256:… size: N`.
 */








/** Pure: the `docker build` arguments. Values go as `--flag=value`, so none reads as a flag. */
function dockerBuildArguments(build) {
    const { request } = build;
    return [
        'build',
        `--file=${build.dockerfile}`,
        ...request.platforms.map((platform) => `--platform=${platform}`),
        ...(request.target ? [`--target=${request.target}`] : []),
        ...Object.entries(request.buildArgs).map(([key, value]) => `--build-arg=${key}=${value}`),
        ...Object.entries(request.labels).map(([key, value]) => `--label=${key}=${value}`),
        ...(request.pull ? ['--pull'] : []),
        ...(request.noCache ? ['--no-cache'] : []),
        ...request.tags.map((tag) => `--tag=${tag}`),
        build.context,
    ];
}
/** Pure: the digest from `docker push` output, from the line naming this tag. */
function parsePushDigest(output, tag) {
    const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const line = new RegExp(`^${escaped}: digest: (sha256:[a-f0-9]{64}) size: \\d+$`, 'm');
    return line.exec(output)?.[1];
}
class DockerBuilder {
    name = 'docker';
    binary;
    constructor(options = {}) {
        this.binary = options.binary ?? 'docker';
    }
    /** The CLI runs and reaches a daemon. */
    async available() {
        return commandSucceeds(this.binary, ['version', '--format', '{{.Server.Version}}']);
    }
    async build(request, log) {
        const build = validateBuildRequest(request);
        checkSupported(this.name, request);
        if (build.multiPlatform) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `the legacy docker builder cannot build several platforms at once (${request.platforms.join(', ')})`, { hint: 'use builder: buildx (docker/setup-buildx-action) or builder: buildah' });
        }
        warnAboutInsecureRegistries(request, log);
        return withDockerLogins(build, log, this.binary, async (env) => {
            const built = await runCommand(this.binary, dockerBuildArguments(build), {
                log,
                env,
                secrets: build.secrets,
            });
            if (built.exitCode !== 0)
                throw buildFailed('docker', built);
            if (!request.push) {
                return { digest: await this.imageId(build, env, log), pushed: false, builder: this.name };
            }
            return { digest: await this.pushAll(build, env, log), pushed: true, builder: this.name };
        });
    }
    /** Push every tag; they hold one image, so they must all report one digest. */
    async pushAll(build, env, log) {
        const digests = new Map();
        for (const [index, tag] of build.request.tags.entries()) {
            const { registry, tag: tagName } = build.references[index];
            const pushed = await runCommand(this.binary, ['push', tag], {
                log,
                env,
                secrets: build.secrets,
            });
            if (pushed.exitCode !== 0)
                throw pushFailed(registry, tag, pushed);
            const digest = parsePushDigest(pushed.stdout, tagName);
            if (!digest) {
                throw new errors/* ImprintError */.m0('REGISTRY_PROTOCOL', `docker push ${tag} succeeded but printed no "<tag>: digest: sha256:… size: N" line`, {
                    hint: 'run docker push by hand to see its output; a newer docker CLI may print it differently',
                });
            }
            digests.set(tag, digest);
        }
        return singleDigest(digests);
    }
    async imageId(build, env, log) {
        const tag = build.request.tags[0];
        const inspected = await runCommand(this.binary, ['image', 'inspect', '--format', '{{.Id}}', tag], { log, env, streamOutput: false });
        const id = inspected.stdout.trim();
        if (inspected.exitCode !== 0 || !isSha256Digest(id)) {
            throw new errors/* ImprintError */.m0('BUILD_FAILED', `the built image ${tag} could not be inspected: ${id}`);
        }
        return id;
    }
}
function warnAboutInsecureRegistries(request, log) {
    for (const registry of request.insecureRegistries ?? []) {
        if (!(0,hosts/* isLoopbackRegistry */.jW)(registry)) {
            log.warning(`the docker daemon decides whether ${registry} may use plain http: list it under "insecure-registries" in daemon.json`);
        }
    }
}

;// CONCATENATED MODULE: ./src/builders/builder.ts
/**
 * The choice between the three ways to build and push an image (buildx, the legacy docker
 * builder, buildah), and the factory that makes the chosen one. The interface they share is
 * in model.ts, apart from them, so an implementation never imports its own factory.
 */




const INSTALL_HINTS = {
    buildx: 'install the docker buildx plugin (on GitHub: uses: docker/setup-buildx-action before this step)',
    docker: 'install the docker CLI and make sure the docker daemon is reachable (`docker info`)',
    buildah: 'install buildah (Debian/Ubuntu: apt-get install buildah; Fedora: dnf install buildah)',
};
/**
 * Pure: which builder to use. `auto` prefers buildx; without it, buildah when several
 * platforms are wanted (the legacy docker builder cannot make an index) or docker is
 * missing; otherwise docker.
 */
function chooseBuilder(choice, availability, platforms = []) {
    if (choice !== 'auto') {
        if (availability[choice])
            return choice;
        throw new errors/* ImprintError */.m0('BUILDER_UNAVAILABLE', `builder "${choice}" is not available here`, {
            hint: INSTALL_HINTS[choice],
        });
    }
    const multiPlatform = platforms.length > 1;
    if (availability.buildx)
        return 'buildx';
    if (availability.buildah && (multiPlatform || !availability.docker))
        return 'buildah';
    if (availability.docker && !multiPlatform)
        return 'docker';
    if (availability.docker) {
        throw new errors/* ImprintError */.m0('BUILDER_UNAVAILABLE', `a multi-platform build (${platforms.join(', ')}) needs docker buildx or buildah; only the legacy docker builder was found`, { hint: `${INSTALL_HINTS.buildx}, or ${INSTALL_HINTS.buildah}` });
    }
    throw new errors/* ImprintError */.m0('BUILDER_UNAVAILABLE', 'no image builder found: neither docker buildx, docker nor buildah works here', { hint: `${INSTALL_HINTS.buildx}; or ${INSTALL_HINTS.docker}; or ${INSTALL_HINTS.buildah}` });
}
function createBuilder(name, options = {}) {
    switch (name) {
        case 'buildx':
            return new BuildxBuilder({ binary: options.dockerBinary });
        case 'docker':
            return new DockerBuilder({ binary: options.dockerBinary });
        case 'buildah':
            return new BuildahBuilder(options.buildah);
    }
}
/**
 * Probe what works here and pick per `chooseBuilder`: only the named builder for an
 * explicit choice, all three (in parallel) for `auto`.
 */
async function selectBuilder(choice, options = {}) {
    if (choice !== 'auto') {
        const builder = createBuilder(choice, options);
        const works = await builder.available();
        chooseBuilder(choice, { buildx: false, docker: false, buildah: false, [choice]: works });
        return builder;
    }
    const builders = {
        buildx: createBuilder('buildx', options),
        docker: createBuilder('docker', options),
        buildah: createBuilder('buildah', options),
    };
    const [buildx, docker, buildah] = await Promise.all([
        builders.buildx.available(),
        builders.docker.available(),
        builders.buildah.available(),
    ]);
    return builders[chooseBuilder(choice, { buildx, docker, buildah }, options.platforms)];
}

;// CONCATENATED MODULE: ./src/publish/build-step.ts
/** The build-and-push step: choose a builder, hand it the request, log what it did. */


async function buildAndPush(options, target, credentials, log, 
/** The CI platform: its temp directory (logins, secrets) and its Actions cache service. */
platform) {
    const builder = await selectBuilder(options.builder === 'none' ? 'auto' : options.builder, {
        platforms: options.platforms,
    });
    log.startGroup(`Build and push with ${builder.name}`);
    try {
        const result = await builder.build({
            context: options.context,
            ...(options.file !== undefined ? { file: options.file } : {}),
            ...(options.target !== undefined ? { target: options.target } : {}),
            tags: target.tagged.map((reference) => (0,registry_reference/* formatReference */.FH)(reference)),
            platforms: options.platforms,
            buildArgs: options.buildArgs,
            labels: options.labels,
            ...options.buildInputs,
            actionsCache: platform.actionsCacheService,
            push: options.push,
            registryAuth: loginFor(target.repository.registry, credentials),
            insecureRegistries: options.insecureRegistries,
            tempRoot: platform.tempRoot,
        }, log);
        log.info(result.pushed ? `pushed ${result.digest}` : `built ${result.digest} (not pushed)`);
        return result;
    }
    finally {
        log.endGroup();
    }
}
const HANDED_OVER_SOURCES = ['registry-username', 'CI_REGISTRY_USER', 'GITHUB_TOKEN'];
/**
 * Credentials the builder's own CLI would not find by itself (inputs, CI variables) are
 * handed over; ones that came from the docker config are already where docker looks.
 */
function loginFor(registry, credentials) {
    if (!credentials?.username || credentials.password === undefined)
        return [];
    if (!HANDED_OVER_SOURCES.some((source) => credentials.source.startsWith(source)))
        return [];
    return [{ registry, username: credentials.username, password: credentials.password }];
}

// EXTERNAL MODULE: ./src/copy/source.ts
var source = __webpack_require__(50492);
// EXTERNAL MODULE: ./src/copy/write.ts
var write = __webpack_require__(88758);
;// CONCATENATED MODULE: ./src/publish/pin.ts



async function pinImage(client, repository, request, log) {
    const digest = 'claimed' in request
        ? await confirmTags(client, repository, request.claimed, request.tags)
        : await resolveExisting(client, repository, request.existing);
    // Fetching by digest checks the bytes hash to it, and tells single image from index.
    const manifest = await client.getManifest(repository.repository, digest);
    const parsed = (0,registry_manifest/* parseManifest */.Ng)(manifest.bytes, manifest.mediaType);
    const platformDigests = {};
    if (parsed.kind === 'index') {
        for (const { platform, descriptor } of (0,registry_manifest/* platformsOf */.Wt)(parsed.index))
            platformDigests[(0,registry_manifest/* formatPlatform */.Bq)(platform)] = descriptor.digest;
    }
    const imageRef = (0,registry_reference/* formatReference */.FH)((0,registry_reference/* withDigest */.hQ)(repository, digest));
    log.info(`pinned ${imageRef}${parsed.kind === 'index' ? ` (index of ${Object.keys(platformDigests).length} platforms)` : ''}`);
    return { digest, mediaType: manifest.mediaType, imageRef, platformDigests };
}
async function confirmTags(client, repository, claimed, tags) {
    for (const tag of tags) {
        const found = await client.headManifest(repository.repository, tag.tag ?? registry_reference/* DEFAULT_TAG */.fL);
        if (!found) {
            throw new errors/* ImprintError */.m0('REGISTRY_NOT_FOUND', `the builder pushed ${(0,registry_reference/* formatReference */.FH)(tag)}, but the registry does not have it`);
        }
        if (found.digest !== claimed) {
            throw new errors/* ImprintError */.m0('DIGEST_MISMATCH', `the registry says ${(0,registry_reference/* formatReference */.FH)(tag)} is ${found.digest}, but the builder reported ${claimed}`, {
                hint: 'another push to the same tag may have raced this one; re-run, or publish under a unique tag',
            });
        }
    }
    return claimed;
}
async function resolveExisting(client, repository, existing) {
    const reference = existing.digest ?? existing.tag ?? registry_reference/* DEFAULT_TAG */.fL;
    const found = await client.headManifest(repository.repository, reference);
    if (!found) {
        throw new errors/* ImprintError */.m0('REGISTRY_NOT_FOUND', `image ${(0,registry_reference/* formatReference */.FH)(existing)} does not exist in the registry`, {
            hint: 'check the repository, tag or digest in "image", and that the credentials can read it',
        });
    }
    return existing.digest ?? found.digest;
}

;// CONCATENATED MODULE: ./src/publish/copies-step.ts






/**
 * Proves each further repository's registry answers (and takes its credentials) with one HEAD,
 * before a build that may take minutes: a wrong password fails now, naming the repository.
 */
async function reachCopies(pool, copies) {
    const opened = [];
    for (const target of copies) {
        opened.push(await inRepository(target, async () => {
            const access = await pool.access(target.repository.registry);
            const tag = target.tagged[0]?.tag ?? registry_reference/* DEFAULT_TAG */.fL;
            await access.client.headManifest(target.repository.repository, tag);
            return access;
        }));
    }
    return opened;
}
/** Copies from `origin` (undefined when nothing was pushed: then nothing is copied). */
async function copyToRepositories(origin, copies, accesses, log) {
    if (!origin || copies.length === 0)
        return [];
    const names = copies.map((target) => (0,registry_reference/* formatReference */.FH)(target.repository)).join(', ');
    return inGroup(log, `Copy the image to ${names}`, async () => {
        const image = await (0,source/* readImage */.AM)(origin.access.client, origin.target.repository.repository, origin.pinned.digest);
        const published = [];
        for (const [index, target] of copies.entries()) {
            const access = accesses[index];
            const pinned = await inRepository(target, () => copyOne(origin, image, { target, access }, log));
            published.push({ target, access, pinned });
        }
        return published;
    });
}
/** Writes what the repository lacks, then checks and pins what it serves. */
async function copyOne(origin, image, { target, access }, log) {
    const counts = await (0,write/* writeImage */.t)({
        source: { client: origin.access.client, repository: origin.target.repository.repository },
        target: { client: access.client, repository: target.repository.repository },
    }, image, target.tagged.map((reference) => reference.tag ?? registry_reference/* DEFAULT_TAG */.fL), { log: (line) => log.debug(line) });
    log.info(`${(0,registry_reference/* formatReference */.FH)(target.repository)}: ${counts.manifestsCopied} manifest(s) and ${counts.blobsCopied + counts.blobsMounted} blob(s) copied, ${counts.manifestsSkipped + counts.blobsSkipped} already there`);
    await confirmSameDigest(access, target, origin);
    const pinnedHere = { ...target.repository, digest: origin.pinned.digest };
    return pinImage(access.client, target.repository, { existing: pinnedHere }, log);
}
/** Every tag of the copy must serve the first repository's digest, or the copy is not the same image. */
async function confirmSameDigest(access, target, origin) {
    const { digest } = origin.pinned;
    for (const tagged of target.tagged) {
        const found = await access.client.headManifest(target.repository.repository, tagged.tag ?? registry_reference/* DEFAULT_TAG */.fL);
        if (found?.digest === digest)
            continue;
        throw new errors/* ImprintError */.m0('DIGEST_MISMATCH', `${(0,registry_reference/* formatReference */.FH)(tagged)} is ${found?.digest ?? 'missing'} after the copy, not ${digest} as in ${(0,registry_reference/* formatReference */.FH)(origin.target.repository)}: the registry rewrote the image, or another push raced this one`, {
            hint: 'a publish to several repositories gives one digest everywhere; publish to a registry that keeps manifests as pushed, or in its own step',
        });
    }
}
/** A failure in one repository names it: with several, "unauthorized" alone does not say where. */
async function inRepository(target, work) {
    try {
        return await work();
    }
    catch (error) {
        if (!(0,errors/* isImprintError */.cl)(error))
            throw error;
        const named = (0,registry_reference/* formatReference */.FH)(target.repository);
        if (error.message.includes(named))
            throw error;
        throw new errors/* ImprintError */.m0(error.code, `${named}: ${error.message}`, {
            cause: error,
            ...(error.hint !== undefined && { hint: error.hint }),
        });
    }
}

// EXTERNAL MODULE: ./src/publish/custom-predicates.ts
var custom_predicates = __webpack_require__(39771);
// EXTERNAL MODULE: ./src/ci/progress.ts
var progress = __webpack_require__(75901);
// EXTERNAL MODULE: ./src/sbom/registry-source.ts + 24 modules
var registry_source = __webpack_require__(63657);
// EXTERNAL MODULE: ./src/sbom/spdx.ts
var spdx = __webpack_require__(16426);
;// CONCATENATED MODULE: ./src/publish/sbom-step.ts
/**
 * The SBOM step: after the pin, one catalogue per platform manifest (or for the single
 * manifest), read straight from the pushed layers, rendered as CycloneDX 1.6 and/or SPDX 2.3
 * (sbom-format), written to disk and attested to THAT manifest only: an SBOM describes one
 * filesystem, never the index.
 */






/** Warnings listed one by one in the log; the rest are counted. */
const LOGGED_WARNINGS = 10;
const TOP_LICENCES = 5;
/**
 * `linux/arm64/v8` → `linux-arm64-v8.cdx.json`; a single manifest → `image.cdx.json`;
 * SPDX: `.spdx.json`.
 */
function sbomFileName(platform, format = 'cyclonedx') {
    const base = platform === undefined ? 'image' : platform.replace(/\//g, '-');
    return `${base}.${format === 'spdx' ? 'spdx' : 'cdx'}.json`;
}
/** The manifests an SBOM is made for: each platform of an index, else the image itself. */
function sbomTargets(pinned) {
    const platforms = Object.entries(pinned.platformDigests);
    return platforms.length > 0
        ? platforms.map(([platform, digest]) => ({ digest, platform }))
        : [{ digest: pinned.digest }];
}
async function generateSboms(input, log) {
    const directory = input.directory ?? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(input.tempRoot, 'imprint-sbom-'));
    (0,external_node_fs_.mkdirSync)(directory, { recursive: true });
    const documents = [];
    for (const target of sbomTargets(input.pinned)) {
        const named = target.platform ?? 'the image';
        const result = await (0,registry_source/* sbomForManifest */.qT)(input.client, input.repository, target, {
            ...(input.progress && { progress: input.progress }),
            tempRoot: input.tempRoot,
        });
        const format = input.format ?? 'cyclonedx';
        const written = {};
        if (format !== 'spdx') {
            written.cyclonedxPath = (0,external_node_path_.join)(directory, sbomFileName(target.platform));
            writeJson(written.cyclonedxPath, result.bom);
        }
        if (format !== 'cyclonedx') {
            written.spdx = (0,spdx/* buildSpdx */.c)(result.components, { image: result.image, now: result.createdAt });
            written.spdxPath = (0,external_node_path_.join)(directory, sbomFileName(target.platform, 'spdx'));
            writeJson(written.spdxPath, written.spdx);
        }
        const paths = [written.cyclonedxPath, written.spdxPath].filter((p) => p !== undefined);
        log.info(`SBOM of ${named} (${target.digest}): ${result.components.length} components → ${paths.join(', ')}`);
        for (const warning of result.warnings.slice(0, LOGGED_WARNINGS))
            log.warning(`SBOM of ${named}: ${warning}`);
        if (result.warnings.length > LOGGED_WARNINGS)
            log.warning(`SBOM of ${named}: ${result.warnings.length - LOGGED_WARNINGS} more warnings`);
        documents.push({ ...target, path: paths[0], ...written, result });
    }
    return { directory, documents };
}
function writeJson(path, document) {
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify(document, null, 2) + '\n');
}
/** Each document attested to the manifest it describes (CycloneDX, then SPDX). */
function sbomAttestations(sboms) {
    return sboms.documents.flatMap((document) => [
        ...(document.cyclonedxPath !== undefined
            ? [sbomAttestation(document.digest, predicate_types/* PREDICATE_CYCLONEDX */.Ok, document.result.bom, 'sbom')]
            : []),
        ...(document.spdx !== undefined
            ? [sbomAttestation(document.digest, predicate_types/* PREDICATE_SPDX */.gL, document.spdx, 'sbom-spdx')]
            : []),
    ]);
}
function sbomAttestation(digest, predicateType, predicate, kind) {
    return { predicateType, predicate, subjects: [digest], kind };
}
function sbomSummary(sboms, attested) {
    const first = sboms.documents[0];
    const formats = [
        ...(first?.cyclonedxPath !== undefined ? ['CycloneDX 1.6'] : []),
        ...(first?.spdxPath !== undefined ? ['SPDX 2.3'] : []),
    ];
    return {
        directory: sboms.directory,
        ...(formats.length > 0 && { formats }),
        attested,
        documents: sboms.documents.map(({ platform, path, result }) => ({
            subject: platform ?? 'image',
            path,
            components: result.components.length,
            perEcosystem: result.stats.perEcosystem,
            topLicences: Object.entries(result.stats.licences)
                .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
                .slice(0, TOP_LICENCES),
            withoutLicence: result.stats.withoutLicence,
            warnings: result.warnings.length,
        })),
    };
}
/** `name@digest` of the attestation of this kind on each manifest it describes, one per line. */
function evidenceRefs(attested, name, kind) {
    // The manifests each statement describes; platform evidence also stored on the index is not
    // evidence about the index.
    const placements = attested?.placements.filter((p) => p.job.kind === kind && describes(p.job, p.subject)) ?? [];
    const subjects = [...new Set(placements.map((p) => p.subject.digest))];
    return subjects
        .map((digest) => {
        const onSubject = placements.filter((p) => p.subject.digest === digest);
        const best = onSubject.find((p) => p.job.storage === 'referrer') ?? onSubject[0];
        return `${name}@${best.location.manifestDigest}`;
    })
        .join('\n');
}

// EXTERNAL MODULE: ./src/scan/model.ts
var model = __webpack_require__(40764);
;// CONCATENATED MODULE: ./src/scan/gate-report.ts
/**
 * What the gate's verdict looks like to a person, pure: the GATE_FAILED error listing every
 * blocking finding, warnings for ignore entries past their expiry, and the
 * `vulnerability-counts` output.
 */


const MAX_LISTED = 25;
const COUNT_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
/** The publish inputs (fail-on-severity, ignore-unfixed, vuln-ignore) as the gate's rules. */
function gateRules(settings, now) {
    return {
        failAtOrAbove: settings.failOnSeverity,
        ignoreUnfixed: settings.ignoreUnfixed,
        ignore: settings.ignore,
        now,
    };
}
/** One line per finding: severity, id, package, version, fix and where. */
function describeFinding(finding, where = []) {
    const fix = (0,model/* isFixed */.zZ)(finding) ? `fixed in ${finding.fixedVersion}` : 'no fix yet';
    const cvss = finding.cvss === undefined ? '' : `, CVSS ${finding.cvss}`;
    const place = where.length > 0 ? ` [${where.join(', ')}]` : '';
    return `${finding.severity} ${finding.id} in ${finding.packageName} ${finding.installedVersion} (${fix}${cvss})${place}`;
}
function describeExpiredRule(rule) {
    const reason = rule.reason ? `: ${rule.reason}` : '';
    return `ignore entry ${rule.id} expired on ${rule.expires ?? '?'} and no longer applies${reason}`;
}
/** Log lines for ignore entries past their expiry: shown even when the gate passes. */
function expiredRuleWarnings(gate) {
    return gate.expiredRules.map(describeExpiredRule);
}
/** The GATE_FAILED error for a failed gate; undefined when it passed. */
function gateFailure(gate, settings, whereFound = () => []) {
    if (gate.passed)
        return undefined;
    const listed = gate.blocking
        .slice(0, MAX_LISTED)
        .map((finding) => `  - ${describeFinding(finding, whereFound(finding))}`);
    const more = gate.blocking.length > MAX_LISTED
        ? [`  … and ${gate.blocking.length - MAX_LISTED} more (see the vulnerability report)`]
        : [];
    const expired = gate.expiredRules.map((rule) => `  note: ${describeExpiredRule(rule)}`);
    const count = gate.blocking.length;
    const lines = [
        `vulnerability gate failed: ${count} finding${count === 1 ? '' : 's'} at or above ${settings.failOnSeverity} (fail-on-severity: ${settings.failOnSeverity})`,
        ...listed,
        ...more,
        ...expired,
    ];
    const unfixed = gate.blocking.some((finding) => !(0,model/* isFixed */.zZ)(finding));
    const hint = 'Upgrade the affected packages and rebuild, or accept a finding with a vuln-ignore entry (id, reason, expires)' +
        (unfixed && !settings.ignoreUnfixed
            ? '; set ignore-unfixed: true to let findings without a fix pass.'
            : '.');
    return new errors/* ImprintError */.m0('GATE_FAILED', lines.join('\n'), { hint });
}
/** The `vulnerability-counts` output: JSON, worst first. */
function countsOutput(counts) {
    return JSON.stringify(Object.fromEntries(COUNT_ORDER.map((severity) => [severity, counts[severity]])));
}

// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(59805);
;// CONCATENATED MODULE: ./src/scan/process.ts
/**
 * Runs a program with an argument array (never a shell) and collects what it printed.
 * Output is capped: Trivy's progress bars can fill stderr, and only the tail is ever shown.
 */

const MAX_CAPTURE_BYTES = 256 * 1024;
/** Keeps the last `limit` bytes of a stream: the end of a log is where the error is. */
class Tail {
    limit;
    chunks = [];
    size = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.limit && this.chunks.length > 1) {
            this.size -= this.chunks.shift().length;
        }
    }
    text() {
        const all = Buffer.concat(this.chunks);
        return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
    }
}
/** Rejects only when the program cannot start (ENOENT, EACCES); a non-zero exit resolves. */
function runProcess(file, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            env: options.env ?? process.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            shell: false,
        });
        const stdout = new Tail(MAX_CAPTURE_BYTES);
        const stderr = new Tail(MAX_CAPTURE_BYTES);
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs);
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            resolve({
                exitCode: code ?? (signal ? 128 : 1),
                stdout: stdout.text(),
                stderr: stderr.text(),
                timedOut,
            });
        });
    });
}
/** The last lines of a log, for an error message a person can read. */
function tailLines(text, lines = 15, maxChars = 2000) {
    const kept = text.trimEnd().split(/\r?\n/).slice(-lines).join('\n');
    return kept.length > maxChars ? `…${kept.slice(-maxChars)}` : kept;
}

// EXTERNAL MODULE: ./src/inputs/tables/scan.ts
var scan = __webpack_require__(90034);
;// CONCATENATED MODULE: ./src/scan/trivy-release.ts
/**
 * Trivy's GitHub release layout, pure: which archive fits this machine, where it and the
 * release's checksums file live, and what the checksums file says.
 */


const OS_NAMES = {
    linux: 'Linux',
    darwin: 'macOS',
    freebsd: 'FreeBSD',
};
const ARCH_NAMES = {
    x64: '64bit',
    arm64: 'ARM64',
    arm: 'ARM',
    ppc64: 'PPC64LE',
    s390x: 's390x',
};
/** e.g. trivy_0.58.1_Linux-64bit.tar.gz */
function releaseAssetName(version, platform, arch) {
    const os = OS_NAMES[platform];
    const cpu = ARCH_NAMES[arch];
    if (os === undefined || cpu === undefined) {
        throw new errors/* ImprintError */.m0('SCANNER_MISSING', `Trivy publishes no release archive for ${platform}/${arch}`, {
            hint: 'Install Trivy on PATH yourself (https://trivy.dev), at the version trivy-version names.',
        });
    }
    return `trivy_${version}_${os}-${cpu}.tar.gz`;
}
function trivyRelease(version, platform, arch, baseUrl = scan/* TRIVY_RELEASES_URL */.a6) {
    const folder = `${baseUrl.replace(/\/+$/, '')}/v${version}`;
    const assetName = releaseAssetName(version, platform, arch);
    const checksumsName = `trivy_${version}_checksums.txt`;
    return {
        version,
        assetName,
        assetUrl: `${folder}/${assetName}`,
        checksumsName,
        checksumsUrl: `${folder}/${checksumsName}`,
    };
}
/** `sha256sum` output ("<hex>  <name>", name maybe prefixed with `*`) → name → lower-case hex. */
function parseChecksums(text) {
    const sums = new Map();
    for (const line of text.split(/\r?\n/)) {
        const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
        if (match?.[1] !== undefined && match[2] !== undefined)
            sums.set(match[2], match[1].toLowerCase());
    }
    return sums;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/scan/trivy-version.ts
/**
 * What Trivy says about itself and its vulnerability DB, pure: the text of `trivy --version`
 * and the JSON of `trivy version --format json`, turned into typed facts (version, DB age).
 */


const versionJson = schemas/* looseObject */._H3({
    Version: schemas/* string */.YjP().min(1),
    VulnerabilityDB: schemas/* looseObject */._H3({
        Version: schemas/* number */.aig(),
        UpdatedAt: schemas/* string */.YjP(),
        NextUpdate: schemas/* string */.YjP(),
        DownloadedAt: schemas/* string */.YjP(),
    })
        .nullish(),
});
/** "v0.58.1" and "0.58.1" name the same release. */
function normalizeVersion(version) {
    return version.trim().replace(/^v/, '');
}
/** `trivy --version` prints "Version: 0.58.1" on its first line (older releases: "Version: v0.x"). */
function parseVersionText(text) {
    const match = /^Version:\s*(\S+)/m.exec(text);
    return match?.[1] === undefined ? undefined : normalizeVersion(match[1]);
}
function time(name, text) {
    const value = new Date(text);
    if (Number.isNaN(value.getTime())) {
        throw new errors/* ImprintError */.m0('SCAN_FAILED', `trivy version --format json gave an invalid ${name}: "${text}"`);
    }
    return value;
}
function parseVersionJson(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('SCAN_FAILED', `trivy version --format json did not print JSON: ${text.slice(0, 200)}`, { cause: error });
    }
    const parsed = versionJson.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* ImprintError */.m0('SCAN_FAILED', `trivy version --format json printed an unexpected shape (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`);
    }
    const db = parsed.data.VulnerabilityDB;
    const info = { version: normalizeVersion(parsed.data.Version) };
    if (db) {
        info.db = {
            schemaVersion: db.Version,
            updatedAt: time('VulnerabilityDB.UpdatedAt', db.UpdatedAt),
            nextUpdate: time('VulnerabilityDB.NextUpdate', db.NextUpdate),
            downloadedAt: time('VulnerabilityDB.DownloadedAt', db.DownloadedAt),
        };
    }
    return info;
}
/** A DB is fresh until Trivy's own NextUpdate: before then Trivy would not download either. */
function isDbFresh(db, now) {
    return db.nextUpdate.getTime() > now.getTime();
}
/** Hours since the DB was built (UpdatedAt), one decimal. */
function dbAgeHours(db, now) {
    return Math.round((now.getTime() - db.updatedAt.getTime()) / 360_000) / 10;
}
/** The cosign vuln spec's DB version form: `v<schema>-<YYYYMMDDHH of the build>`, e.g. v2-2024112006. */
function dbVersionLabel(db) {
    const stamp = db.updatedAt.toISOString().slice(0, 13).replace(/[-T]/g, '');
    return `v${db.schemaVersion}-${stamp}`;
}

;// CONCATENATED MODULE: ./src/scan/install.ts
/**
 * Getting the pinned Trivy: use `trivy` on PATH when it is that version, else the runner's
 * tool cache, else download the release archive and check it against the release's
 * checksums file BEFORE anything from it runs.
 */








const TOOL_NAME = 'trivy';
function isExecutableFile(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
function findOnPath(name, pathEnv) {
    return pathEnv
        .split(external_node_path_.delimiter)
        .filter((dir) => dir !== '')
        .map((dir) => (0,external_node_path_.join)(dir, name))
        .find(isExecutableFile);
}
/** The version a trivy binary reports, or undefined when it does not answer like Trivy. */
async function probeVersion(trivyPath) {
    try {
        const result = await runProcess(trivyPath, ['--version'], { timeoutMs: 30_000 });
        return result.exitCode === 0 ? parseVersionText(result.stdout) : undefined;
    }
    catch {
        return undefined;
    }
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
async function download(url, what, version) {
    try {
        return await tool_cache/* downloadTool */.bq(url);
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('SCANNER_MISSING', `could not download ${what} from ${url}: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            hint: `Check that trivy-version (${version}) names a published Trivy release, or install Trivy on PATH.`,
        });
    }
}
/** Throws CHECKSUM_MISMATCH unless the archive's SHA-256 is the one the checksums file lists. */
async function verifyArchive(archive, checksumsFile, release) {
    const expected = parseChecksums((0,external_node_fs_.readFileSync)(checksumsFile, 'utf8')).get(release.assetName);
    if (expected === undefined) {
        throw new errors/* ImprintError */.m0('CHECKSUM_MISMATCH', `${release.checksumsName} lists no checksum for ${release.assetName}; refusing to run an unverified download`, { hint: `Check ${release.checksumsUrl}.` });
    }
    const actual = await sha256File(archive);
    if (actual !== expected) {
        throw new errors/* ImprintError */.m0('CHECKSUM_MISMATCH', `checksum mismatch for ${release.assetName}: ${release.checksumsName} says sha256 ${expected}, the download has sha256 ${actual}`, {
            hint: 'The download was altered or cut short; it was deleted and nothing from it ran. Retry, or check trivy-download-url.',
        });
    }
    return actual;
}
async function downloadVerified(options, version) {
    const release = trivyRelease(version, options.platform ?? process.platform, options.arch ?? process.arch, options.downloadBaseUrl);
    const checksums = await download(release.checksumsUrl, release.checksumsName, version);
    const archive = await download(release.assetUrl, release.assetName, version);
    try {
        await verifyArchive(archive, checksums, release);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(archive, { force: true });
        throw error;
    }
    finally {
        (0,external_node_fs_.rmSync)(checksums, { force: true });
    }
    const extracted = await tool_cache/* extractTar */.nN(archive);
    (0,external_node_fs_.rmSync)(archive, { force: true });
    const cached = await tool_cache/* cacheDir */.e8(extracted, TOOL_NAME, version);
    (0,external_node_fs_.rmSync)(extracted, { recursive: true, force: true });
    return (0,external_node_path_.join)(cached, TOOL_NAME);
}
/**
 * @actions/tool-cache reads RUNNER_TOOL_CACHE and RUNNER_TEMP from this process itself, so this
 * process's variables (not a copy handed down) say whether it can work. Whether to download at
 * all is the CI platform's call (platform.toolDownload, passed in as allowDownload).
 */
function toolCacheReady() {
    return Boolean(process.env.RUNNER_TOOL_CACHE) && Boolean(process.env.RUNNER_TEMP);
}
function missing(version, detail) {
    return new errors/* ImprintError */.m0('SCANNER_MISSING', `Trivy ${version} is not available: ${detail}`, {
        hint: `Install Trivy ${version} on PATH (https://trivy.dev/latest/getting-started/installation/), ` +
            'or set trivy-version to the version you have, or run on a GitHub runner where imprint downloads it.',
    });
}
function fromToolCache(version) {
    if (!toolCacheReady())
        return undefined;
    const cachedDir = tool_cache/* find */.I6(TOOL_NAME, version);
    const cached = cachedDir ? (0,external_node_path_.join)(cachedDir, TOOL_NAME) : '';
    return cached && isExecutableFile(cached)
        ? { path: cached, version, source: 'tool-cache' }
        : undefined;
}
async function fromDownload(options, version) {
    if (!toolCacheReady()) {
        throw missing(version, 'downloading needs the runner tool cache (RUNNER_TOOL_CACHE and RUNNER_TEMP are not set)');
    }
    const downloaded = await downloadVerified(options, version);
    const reported = await probeVersion(downloaded);
    if (reported !== version)
        throw missing(version, `the downloaded binary reports version ${reported ?? 'nothing'}`);
    return { path: downloaded, version, source: 'download' };
}
/** PATH (at the pinned version) → tool cache → verified download → PATH at another version. */
async function ensureTrivy(options) {
    const version = normalizeVersion(options.version);
    const onPath = findOnPath(TOOL_NAME, options.pathEnv ?? process.env.PATH ?? '');
    const pathVersion = onPath === undefined ? undefined : await probeVersion(onPath);
    if (onPath !== undefined && pathVersion === version)
        return { path: onPath, version, source: 'path' };
    const cached = fromToolCache(version);
    if (cached)
        return cached;
    if (options.allowDownload)
        return fromDownload(options, version);
    if (onPath !== undefined && pathVersion !== undefined) {
        const warning = `trivy-version is ${version} but ${onPath} is ${pathVersion}; scanning with ${pathVersion}`;
        return { path: onPath, version: pathVersion, source: 'path', warning };
    }
    throw missing(version, onPath === undefined
        ? 'no trivy on PATH'
        : `${onPath} does not answer \`trivy --version\` like Trivy`);
}

;// CONCATENATED MODULE: ./src/scan/gitlab-report.ts
const GITLAB_REPORT_VERSION = '15.0.7';
const SEVERITY_WORDS = {
    CRITICAL: 'Critical',
    HIGH: 'High',
    MEDIUM: 'Medium',
    LOW: 'Low',
    UNKNOWN: 'Unknown',
};
/** The schema's limits (15.0.7), in characters. */
const NAME_LIMIT = 255;
const DESCRIPTION_LIMIT = 1_048_576;
const SOLUTION_LIMIT = 7000;
/** The pattern the schema sets for identifier and link URLs. */
const SCHEMA_URL = /^(https?|ftp):\/\/.+/;
/** Text cut to `limit` characters, the last one an ellipsis, when longer. */
function clip(text, limit) {
    return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
/** GitLab wants `YYYY-MM-DDTHH:MM:SS`, no fraction, no zone (UTC). */
function gitlabTime(time) {
    return time.toISOString().slice(0, 19);
}
/** CVE-2019-1549 → cve; GHSA-… → ghsa; ALAS2-2023-… → alas2. */
function identifierType(id) {
    const prefix = /^([A-Za-z][A-Za-z0-9]*)-/.exec(id)?.[1];
    return prefix ? prefix.toLowerCase() : 'cve';
}
function defaultImage(report) {
    return report.ArtifactType === 'container_image' && report.ArtifactName
        ? report.ArtifactName
        : 'Unknown';
}
function operatingSystem(report) {
    const os = report.Metadata?.OS;
    return os ? `${os.Family} ${os.Name}` : 'Unknown';
}
function vulnerability(vuln, operatingSystem, image) {
    const url = vuln.PrimaryURL && SCHEMA_URL.test(vuln.PrimaryURL) ? vuln.PrimaryURL : undefined;
    return {
        id: vuln.VulnerabilityID,
        name: clip(vuln.Title ?? '', NAME_LIMIT),
        description: clip(vuln.Description ?? '', DESCRIPTION_LIMIT),
        severity: SEVERITY_WORDS[vuln.Severity],
        solution: clip(vuln.FixedVersion
            ? `Upgrade ${vuln.PkgName} to ${vuln.FixedVersion}`
            : 'No solution provided', SOLUTION_LIMIT),
        location: {
            dependency: { package: { name: vuln.PkgName }, version: vuln.InstalledVersion ?? '' },
            operating_system: operatingSystem,
            image,
        },
        identifiers: [
            {
                type: identifierType(vuln.VulnerabilityID),
                name: vuln.VulnerabilityID,
                value: vuln.VulnerabilityID,
                ...(url ? { url } : {}),
            },
        ],
        links: (vuln.References ?? [])
            .filter((link) => SCHEMA_URL.test(link))
            .map((link) => ({ url: link })),
    };
}
function gitlabReportFromTrivy(inputs, info) {
    const vulnerabilities = inputs.flatMap(({ report, image }) => {
        const os = operatingSystem(report);
        const imageName = image ?? defaultImage(report);
        return (report.Results ?? []).flatMap((entry) => (entry.Vulnerabilities ?? []).map((vuln) => vulnerability(vuln, os, imageName)));
    });
    const trivy = {
        id: 'trivy',
        name: 'Trivy',
        url: 'https://github.com/aquasecurity/trivy/',
        vendor: { name: 'Aqua Security' },
        version: info.scannerVersion,
    };
    return {
        version: GITLAB_REPORT_VERSION,
        scan: {
            analyzer: {
                id: 'imprint',
                name: 'imprint',
                vendor: { name: 'imprint' },
                version: info.analyzerVersion,
            },
            end_time: gitlabTime(info.finishedAt),
            scanner: trivy,
            start_time: gitlabTime(info.startedAt),
            status: 'success',
            type: 'container_scanning',
        },
        vulnerabilities,
        remediations: [],
    };
}

;// CONCATENATED MODULE: ./src/scan/sarif.ts
const SARIF_SCHEMA = 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json';
const LEVELS = {
    CRITICAL: 'error',
    HIGH: 'error',
    MEDIUM: 'warning',
    LOW: 'note',
    UNKNOWN: 'note',
};
/** GitHub sorts alerts by security-severity; without a CVSS v3 score Trivy uses these. */
const SEVERITY_SCORES = {
    CRITICAL: '9.5',
    HIGH: '8.0',
    MEDIUM: '5.5',
    LOW: '2.0',
    UNKNOWN: '0.0',
};
const RULE_NAMES = {
    'os-pkgs': 'OsPackageVulnerability',
    'lang-pkgs': 'LanguageSpecificPackageVulnerability',
};
const REPOSITORY_PATH = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
/**
 * An OS result's target ("ghcr.io/acme/app@sha256:… (alpine 3.20.3)") → the repository path
 * ("acme/app"), as Trivy names the artifact; anything that is not an image reference stays.
 */
function artifactUri(target, resultClass) {
    let uri = target;
    if (resultClass === 'os-pkgs') {
        const name = target.replace(/\s*\(.*\)\s*$/, '').replace(/@sha256:[0-9a-f]+$/, '');
        const parts = name.split('/');
        const first = parts[0] ?? '';
        const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
        const path = (hasRegistry ? parts.slice(1) : parts).join('/').replace(/:[\w][\w.-]*$/, '');
        if (REPOSITORY_PATH.test(path))
            uri = !hasRegistry && parts.length === 1 ? `library/${path}` : path;
    }
    return uri.replace(/\\/g, '/');
}
function cvssProperties(vuln) {
    const entry = vuln.SeveritySource ? vuln.CVSS?.[vuln.SeveritySource] : undefined;
    if (!entry)
        return { data: {} };
    const candidates = {
        cvssv2_vector: entry.V2Vector,
        cvssv2_score: entry.V2Score,
        cvssv3_vector: entry.V3Vector,
        cvssv3_baseScore: entry.V3Score,
        cvssv40_vector: entry.V40Vector,
        cvssv40_baseScore: entry.V40Score,
    };
    // Trivy leaves out empty vectors and zero scores.
    const data = Object.fromEntries(Object.entries(candidates).filter(([, value]) => value !== undefined && value !== '' && value !== 0));
    return entry.V3Score ? { data, score: entry.V3Score.toFixed(1) } : { data };
}
function rule(vuln, result) {
    const { data, score } = cvssProperties(vuln);
    const fixed = vuln.FixedVersion ?? '';
    const link = `[${vuln.VulnerabilityID}](${vuln.PrimaryURL ?? ''})`;
    const description = vuln.Description ?? '';
    const built = {
        id: vuln.VulnerabilityID,
        name: RULE_NAMES[result.Class ?? ''] ?? 'UnknownIssue',
        shortDescription: { text: vuln.Title ?? '' },
        fullDescription: { text: description || (vuln.Title ?? '') },
        defaultConfiguration: { level: LEVELS[vuln.Severity] },
        help: {
            text: `Vulnerability ${vuln.VulnerabilityID}\nSeverity: ${vuln.Severity}\nPackage: ${vuln.PkgName}\nFixed Version: ${fixed}\nLink: ${link}\n${description}`,
            markdown: `**Vulnerability ${vuln.VulnerabilityID}**\n| Severity | Package | Fixed Version | Link |\n| --- | --- | --- | --- |\n|${vuln.Severity}|${vuln.PkgName}|${fixed}|${link}|\n\n${description}`,
        },
        properties: {
            ...data,
            precision: 'very-high',
            'security-severity': score ?? SEVERITY_SCORES[vuln.Severity],
            tags: ['vulnerability', 'security', vuln.Severity],
        },
    };
    if (vuln.PrimaryURL)
        built.helpUri = vuln.PrimaryURL;
    return built;
}
function sarifResult(vuln, result, ruleIndex) {
    const uri = artifactUri(vuln.PkgPath ? vuln.PkgPath : result.Target, vuln.PkgPath ? undefined : result.Class);
    const installed = vuln.InstalledVersion ?? '';
    return {
        ruleId: vuln.VulnerabilityID,
        ruleIndex,
        level: LEVELS[vuln.Severity],
        message: {
            text: `Package: ${vuln.PkgName}\nInstalled Version: ${installed}\nVulnerability ${vuln.VulnerabilityID}\nSeverity: ${vuln.Severity}\nFixed Version: ${vuln.FixedVersion ?? ''}\nLink: [${vuln.VulnerabilityID}](${vuln.PrimaryURL ?? ''})`,
        },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri, uriBaseId: 'ROOTPATH' },
                    // Packages have no line; Trivy points at the first character, and so does GitHub.
                    region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
                },
                message: { text: `${uri}: ${vuln.PkgName}@${installed}` },
            },
        ],
    };
}
function imageProperties(report) {
    if (report.ArtifactType !== 'container_image')
        return undefined;
    return {
        imageID: report.Metadata?.ImageID ?? '',
        imageName: report.ArtifactName ?? '',
        repoDigests: report.Metadata?.RepoDigests ?? null,
        repoTags: report.Metadata?.RepoTags ?? null,
    };
}
function sarifFromTrivyReports(reports, scannerVersion) {
    const rules = [];
    const ruleIndexes = new Map();
    const results = [];
    const seen = new Set();
    for (const report of reports) {
        for (const entry of report.Results ?? []) {
            for (const vuln of entry.Vulnerabilities ?? []) {
                let index = ruleIndexes.get(vuln.VulnerabilityID);
                if (index === undefined) {
                    index = rules.length;
                    ruleIndexes.set(vuln.VulnerabilityID, index);
                }
                // The last package seen describes the rule, as in Trivy's writer.
                rules[index] = rule(vuln, entry);
                const result = sarifResult(vuln, entry, index);
                const key = `${result.ruleId}\n${result.message.text}\n${result.locations[0]?.physicalLocation.artifactLocation.uri ?? ''}`;
                if (seen.has(key))
                    continue; // the same package on another platform
                seen.add(key);
                results.push(result);
            }
        }
    }
    const run = {
        tool: {
            driver: {
                fullName: 'Trivy Vulnerability Scanner',
                informationUri: 'https://github.com/aquasecurity/trivy',
                name: 'Trivy',
                rules,
                version: scannerVersion,
            },
        },
        results,
        columnKind: 'utf16CodeUnits',
    };
    const properties = reports.map(imageProperties).find((value) => value !== undefined);
    if (properties)
        run.properties = properties;
    return { version: '2.1.0', $schema: SARIF_SCHEMA, runs: [run] };
}

;// CONCATENATED MODULE: ./src/scan/report-files.ts
/**
 * Writes the scan's files: the JSON vulnerability report (always), SARIF for GitHub code
 * scanning and GitLab's container_scanning report (each when its path is set).
 */




/** The JSON behind vuln-report-path, pure. */
function vulnerabilityReport(outcome, options) {
    return {
        scanner: { name: outcome.scanner.name, version: outcome.scanner.version },
        db: outcome.db,
        target: options.target,
        counts: outcome.counts,
        gate: {
            passed: outcome.gate.passed,
            failOnSeverity: options.failOnSeverity,
            ignoreUnfixed: options.ignoreUnfixed,
            blocking: outcome.gate.blocking,
            ignored: outcome.gate.ignored.map(({ finding, rule }) => ({ finding, ...rule })),
            expiredRules: outcome.gate.expiredRules,
        },
        subjects: outcome.subjects.map((subject) => ({
            digest: subject.digest,
            ...(subject.platform === undefined ? {} : { platform: subject.platform }),
            imageRef: subject.imageRef,
            scanned: subject.scanned,
            counts: subject.counts,
            findings: subject.findings,
        })),
        startedAt: outcome.startedAt.toISOString(),
        finishedAt: outcome.finishedAt.toISOString(),
    };
}
function report_files_writeJson(path, value) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify(value, null, 2) + '\n');
}
function writeScanReports(outcome, options, analyzerVersion) {
    report_files_writeJson(options.reportPath, vulnerabilityReport(outcome, options));
    const written = { reportPath: options.reportPath };
    const reports = outcome.subjects.map((subject) => subject.report);
    if (options.sarifPath) {
        report_files_writeJson(options.sarifPath, sarifFromTrivyReports(reports, outcome.scanner.version));
        written.sarifPath = options.sarifPath;
    }
    if (options.gitlabReportPath) {
        // Each platform manifest by name, so one CVE on two platforms stays two GitLab findings.
        const inputs = outcome.subjects.map((subject) => ({
            report: subject.report,
            image: subject.imageRef,
        }));
        const info = {
            scannerVersion: outcome.scanner.version,
            analyzerVersion,
            startedAt: outcome.startedAt,
            finishedAt: outcome.finishedAt,
        };
        report_files_writeJson(options.gitlabReportPath, gitlabReportFromTrivy(inputs, info));
        written.gitlabReportPath = options.gitlabReportPath;
    }
    return written;
}

// EXTERNAL MODULE: ./src/scan/gate.ts
var scan_gate = __webpack_require__(16534);
;// CONCATENATED MODULE: ./src/scan/predicate.ts
/**
 * The cosign vulnerability predicate (`https://cosign.sigstore.dev/attestation/vuln/v1`), pure.
 * Trivy's own `--format cosign-vuln` leaves invocation and scanner.db empty; verifiers and
 * policies read them, so here every field must be filled or the builder refuses.
 */

function trivyScannerUri(version) {
    return `pkg:github/aquasecurity/trivy@${version}`;
}
function requireFilled(fields) {
    const empty = Object.entries(fields)
        .filter(([, value]) => value.trim() === '')
        .map(([name]) => name);
    if (empty.length > 0) {
        throw new errors/* ImprintError */.m0('INTERNAL', `cannot build the vulnerability attestation: ${empty.join(', ')} ${empty.length === 1 ? 'is' : 'are'} empty`, {
            hint: 'The CI context must give the run URL, event id and builder id; the DB step its source and version.',
        });
    }
}
function requireTime(name, time) {
    if (Number.isNaN(time.getTime())) {
        throw new errors/* ImprintError */.m0('INTERNAL', `cannot build the vulnerability attestation: ${name} is not a valid time`);
    }
    return time.toISOString();
}
function buildVulnPredicate(input) {
    requireFilled({
        'invocation.uri': input.invocation.uri,
        'invocation.event_id': input.invocation.eventId,
        'invocation.builder.id': input.invocation.builderId,
        'scanner.version': input.scannerVersion,
        'scanner.db.uri': input.db.uri,
        'scanner.db.version': input.db.version,
    });
    if (input.parameters.length === 0) {
        throw new errors/* ImprintError */.m0('INTERNAL', 'cannot build the vulnerability attestation: invocation.parameters is empty');
    }
    if (typeof input.result !== 'object' || input.result === null) {
        throw new errors/* ImprintError */.m0('INTERNAL', 'cannot build the vulnerability attestation: scanner.result is not a report object');
    }
    const scanStartedOn = requireTime('metadata.scanStartedOn', input.startedAt);
    const scanFinishedOn = requireTime('metadata.scanFinishedOn', input.finishedAt);
    if (input.finishedAt.getTime() < input.startedAt.getTime()) {
        throw new errors/* ImprintError */.m0('INTERNAL', `cannot build the vulnerability attestation: the scan finished (${scanFinishedOn}) before it started (${scanStartedOn})`);
    }
    return {
        invocation: {
            parameters: [...input.parameters],
            uri: input.invocation.uri,
            event_id: input.invocation.eventId,
            'builder.id': input.invocation.builderId,
        },
        scanner: {
            uri: trivyScannerUri(input.scannerVersion),
            version: input.scannerVersion,
            db: { uri: input.db.uri, version: input.db.version },
            result: input.result,
        },
        metadata: { scanStartedOn, scanFinishedOn },
    };
}

;// CONCATENATED MODULE: ./src/scan/run.ts
/**
 * Running Trivy: read its version and DB state, fetch the DB (one repository after another
 * when a registry rate-limits), and scan one image or SBOM into a JSON file.
 * Registry credentials go in the environment (TRIVY_USERNAME/TRIVY_PASSWORD), never argv.
 */





/** DB downloads failing with these are worth trying at the next repository. */
const TRANSIENT_DB_ERROR = /TOOMANYREQUESTS|too many requests|\b429\b|rate.?limit|\b50[0234]\b|i\/o timeout/i;
/** imprint's note of where the cached DB came from: Trivy's own metadata does not say. */
const DB_SOURCE_FILE = 'imprint-db-source.json';
const DEFAULT_TIMEOUT_MS = 30 * 60 * 1000;
async function trivy(context, args, env = process.env) {
    try {
        const result = await runProcess(context.trivyPath, args, {
            env,
            timeoutMs: context.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        });
        if (result.timedOut) {
            throw new errors/* ImprintError */.m0('SCAN_FAILED', `trivy ${args[0]} ran longer than ${context.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms and was stopped`);
        }
        return result;
    }
    catch (error) {
        if (error instanceof errors/* ImprintError */.m0)
            throw error;
        throw new errors/* ImprintError */.m0('SCANNER_MISSING', `cannot run ${context.trivyPath}: ${String(error)}`, {
            cause: error,
            hint: 'Install Trivy on PATH or set trivy-version so imprint downloads it.',
        });
    }
}
function run_failure(what, result, secret) {
    let tail = tailLines(result.stderr || result.stdout);
    // Trivy does not print credentials, but a registry error might echo one back: never show it.
    if (secret)
        tail = tail.split(secret).join('***');
    return new errors/* ImprintError */.m0('SCAN_FAILED', `${what} exited with code ${result.exitCode}:\n${tail}`);
}
async function readVersionInfo(context) {
    const args = ['version', '--format', 'json', '--cache-dir', context.cacheDir];
    const result = await trivy(context, args);
    if (result.exitCode !== 0)
        throw run_failure('trivy version', result);
    return parseVersionJson(result.stdout);
}
function readDbSource(cacheDir) {
    const file = (0,external_node_path_.join)(cacheDir, DB_SOURCE_FILE);
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    try {
        const value = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return typeof value.repository === 'string' && typeof value.downloadedAt === 'string'
            ? { repository: value.repository, downloadedAt: value.downloadedAt }
            : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Makes sure the cache holds a DB: keeps a fresh one whose source is known, else downloads
 * from each repository in order, moving on only when a registry answers with a rate limit
 * or a server error (ghcr.io answers TOOMANYREQUESTS under load).
 */
async function prepareDb(context, repositories, now = () => new Date()) {
    const before = await readVersionInfo(context);
    const source = readDbSource(context.cacheDir);
    if (before.db &&
        isDbFresh(before.db, now()) &&
        source?.downloadedAt === before.db.downloadedAt.toISOString()) {
        context.log?.(`Trivy DB in ${context.cacheDir} is fresh (from ${source.repository}); not downloading`);
        return { repository: source.repository, info: before.db, downloaded: false, skipped: [] };
    }
    const skipped = [];
    for (const repository of repositories) {
        context.log?.(`Downloading the Trivy DB from ${repository}`);
        const args = [
            'image',
            '--download-db-only',
            '--db-repository',
            repository,
            '--cache-dir',
            context.cacheDir,
        ];
        const result = await trivy(context, args);
        if (result.exitCode === 0) {
            const after = await readVersionInfo(context);
            if (!after.db) {
                throw new errors/* ImprintError */.m0('SCAN_FAILED', `trivy downloaded the DB from ${repository} but ${context.cacheDir} holds none`);
            }
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(context.cacheDir, DB_SOURCE_FILE), JSON.stringify({ repository, downloadedAt: after.db.downloadedAt.toISOString() }) + '\n');
            return { repository, info: after.db, downloaded: true, skipped };
        }
        const output = result.stderr || result.stdout;
        if (!TRANSIENT_DB_ERROR.test(output))
            throw run_failure(`trivy DB download from ${repository}`, result);
        const reason = tailLines(output, 1, 300);
        context.log?.(`${repository} is unavailable (${reason}); trying the next DB repository`);
        skipped.push({ repository, reason });
    }
    throw new errors/* ImprintError */.m0('SCAN_FAILED', `no DB repository could serve the Trivy DB: ${skipped.map((s) => `${s.repository} (${s.reason})`).join('; ')}`, {
        hint: 'Retry later, or add a mirror you can reach to db-repository (e.g. public.ecr.aws/aquasecurity/trivy-db:2).',
    });
}
/** The argument list of one scan: also what the attestation records as invocation.parameters. */
function scanArguments(input, outputFile, cacheDir, vexFiles = []) {
    // --show-suppressed: what the VEX suppressed stays in the attested report, so a verifier
    // decides by its own policy whose VEX counts.
    const vex = vexFiles.length > 0
        ? [...vexFiles.flatMap((file) => ['--vex', file]), '--show-suppressed']
        : [];
    const common = [
        '--format',
        'json',
        '--output',
        outputFile,
        '--cache-dir',
        cacheDir,
        '--skip-db-update',
        ...vex,
    ];
    // vuln only: a secret scanner's matches must never end up in a public attestation.
    if (input.kind === 'sbom')
        return ['sbom', '--scanners', 'vuln', ...common, input.path];
    const platform = input.platform ? ['--platform', input.platform] : [];
    const insecure = input.insecure ? ['--insecure'] : [];
    return [
        'image',
        '--scanners',
        'vuln',
        '--image-src',
        'remote',
        ...platform,
        ...insecure,
        ...common,
        input.reference,
    ];
}
function scanEnvironment(input) {
    const env = { ...process.env };
    if (input.kind === 'image' && input.credentials) {
        env.TRIVY_USERNAME = input.credentials.username;
        env.TRIVY_PASSWORD = input.credentials.password;
    }
    return env;
}
async function runScan(context, input, outputFile, vexFiles = []) {
    const args = scanArguments(input, outputFile, context.cacheDir, vexFiles);
    const what = input.kind === 'image' ? `trivy image ${input.reference}` : `trivy sbom ${input.path}`;
    const result = await trivy(context, args, scanEnvironment(input));
    const secret = input.kind === 'image' ? input.credentials?.password : undefined;
    if (result.exitCode !== 0)
        throw run_failure(what, result, secret);
    if (!(0,external_node_fs_.existsSync)(outputFile)) {
        throw new errors/* ImprintError */.m0('SCAN_FAILED', `${what} exited 0 but wrote no report to ${outputFile}`);
    }
    return { args, reportText: (0,external_node_fs_.readFileSync)(outputFile, 'utf8') };
}

// EXTERNAL MODULE: ./src/sbom/installed-by.ts
var installed_by = __webpack_require__(87185);
;// CONCATENATED MODULE: ./src/scan/sbom-input.ts
/**
 * The CycloneDX SBOM as `trivy sbom` must read it. Trivy takes the operating-system
 * component's name as its OS family and has no advisories for a name it does not know; the
 * SBOM names the OS by its os-release ID, which differs from Trivy's family for a few
 * distributions (rhel → redhat). Language packages an OS package installed (marked
 * `imprint:installed-by`) are left out: `trivy image` leaves them out too, since their
 * upstream version hides the distribution's fixes. Everything else (purls, the
 * aquasecurity:trivy:Src* properties the catalogers write) Trivy reads as it is.
 */




/** os-release ID → Trivy's OS family, where they differ (Trivy's fanal/types OS constants). */
const TRIVY_FAMILY_BY_OS_RELEASE_ID = {
    rhel: 'redhat',
    almalinux: 'alma',
    ol: 'oracle',
    amzn: 'amazon',
    mariner: 'cbl-mariner',
    'sle-micro': 'slem',
    'sl-micro': 'slem',
};
function trivyFamilyOf(osReleaseId) {
    return TRIVY_FAMILY_BY_OS_RELEASE_ID[osReleaseId] ?? osReleaseId;
}
function installedByOs(component) {
    if (!(0,json/* isJsonObject */.O)(component) || !Array.isArray(component.properties))
        return false;
    return component.properties.some((property) => (0,json/* isJsonObject */.O)(property) && property.name === installed_by/* INSTALLED_BY_PROPERTY */.Z);
}
/** The dependency graph without the refs that were left out. */
function dependenciesWithout(dependencies, removed) {
    if (!Array.isArray(dependencies) || removed.size === 0)
        return dependencies;
    return dependencies
        .filter((entry) => !(0,json/* isJsonObject */.O)(entry) || !removed.has(entry.ref))
        .map((entry) => (0,json/* isJsonObject */.O)(entry) && Array.isArray(entry.dependsOn)
        ? { ...entry, dependsOn: entry.dependsOn.filter((ref) => !removed.has(ref)) }
        : entry);
}
/**
 * Pure: a copy of the document with the OS component renamed where Trivy's family differs and
 * the language packages OS packages installed left out.
 */
function trivySbomInput(document) {
    const changes = [];
    const all = Array.isArray(document.components) ? document.components : [];
    const components = all.filter((component) => !installedByOs(component));
    const removed = new Set(all.filter(installedByOs).map((component) => component['bom-ref']));
    if (all.length > components.length) {
        changes.push(`${all.length - components.length} language packages installed by OS packages left out, as trivy image leaves them out`);
    }
    const renamed = components.map((component) => {
        if (!(0,json/* isJsonObject */.O)(component) || component.type !== 'operating-system')
            return component;
        const name = typeof component.name === 'string' ? component.name : '';
        const family = trivyFamilyOf(name);
        if (family === name)
            return component;
        changes.push(`operating system ${name} is Trivy's ${family}`);
        return { ...component, name: family };
    });
    const result = { ...document, components: renamed };
    if (document.dependencies !== undefined)
        result.dependencies = dependenciesWithout(document.dependencies, removed);
    return { document: result, changes };
}
/** Reads the SBOM file, writes Trivy's view of it to `target`. */
function writeTrivySbomInput(sbomPath, target) {
    let document;
    try {
        document = JSON.parse((0,external_node_fs_.readFileSync)(sbomPath, 'utf8'));
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('SCAN_FAILED', `cannot read the SBOM to scan, ${sbomPath}: ${String(error)}`, {
            cause: error,
            hint: 'scan-target: sbom scans the CycloneDX file the sbom step wrote; rerun the step.',
        });
    }
    if (!(0,json/* isJsonObject */.O)(document) || document.bomFormat !== 'CycloneDX') {
        throw new errors/* ImprintError */.m0('SCAN_FAILED', `${sbomPath} is not a CycloneDX JSON document`, {
            hint: 'scan-target: sbom scans the CycloneDX file the sbom step wrote; rerun the step.',
        });
    }
    const input = trivySbomInput(document);
    (0,external_node_fs_.writeFileSync)(target, JSON.stringify(input.document));
    return input.changes;
}

// EXTERNAL MODULE: ./src/sbom/detail.ts
var detail = __webpack_require__(47316);
;// CONCATENATED MODULE: ./src/scan/db-cache.ts
/**
 * Keeps the Trivy DB between runs. A hosted runner starts with an empty TRIVY_CACHE_DIR, so
 * without a cache every publish downloads the DB again (tens of MB, from registries that
 * rate-limit). On GitHub the Actions cache holds it: restored before the DB check, saved
 * when the run downloaded a fresh DB. A cache that fails never fails the scan.
 */


/** Files of the cache dir that make up the DB (metadata.json, trivy.db) and where it came from. */
function dbCachePaths(cacheDir, sourceFile) {
    return [(0,external_node_path_.join)(cacheDir, 'db'), (0,external_node_path_.join)(cacheDir, sourceFile)];
}
/**
 * One key per UTC day (a DB is rebuilt every 6 hours and kept 24), restoring the newest
 * older day on a miss: whether that DB is still fresh is the DB check's call, not the cache's.
 */
function dbCacheKeys(now, schemaVersion = 2) {
    const prefix = `imprint-trivy-db-v${schemaVersion}-${process.platform}-`;
    return { key: `${prefix}${now.toISOString().slice(0, 10)}`, restoreKeys: [prefix] };
}
async function restoreDbCache(store, paths, keys, log, warn) {
    let restoredKey;
    try {
        restoredKey = await store.restore(paths, keys.key, keys.restoreKeys);
        log(restoredKey
            ? `Trivy DB restored from the cache (${restoredKey})`
            : `No cached Trivy DB (${keys.key}); downloading one`);
    }
    catch (error) {
        warn(`could not restore the Trivy DB from the cache (${keys.key}): ${(0,detail/* detailOf */.R)(error)}`);
    }
    return {
        ...(restoredKey === undefined ? {} : { restoredKey }),
        async saveIfDownloaded(downloaded) {
            if (!downloaded || restoredKey === keys.key)
                return;
            try {
                await store.save(paths, keys.key);
                log(`Trivy DB saved to the cache (${keys.key})`);
            }
            catch (error) {
                // Another job saving the same key first is the common case, and harmless.
                warn(`could not save the Trivy DB to the cache (${keys.key}): ${(0,detail/* detailOf */.R)(error)}`);
            }
        },
    };
}
/** The Actions cache on GitHub; none elsewhere (GitLab's job cache is the pipeline's to set). */
async function defaultDbCacheStore(platform) {
    return platform.actionsCache ? actionsDbCacheStore() : undefined;
}
/** The Actions cache, when this runner has one (GitHub, or GHES with the cache service). */
async function actionsDbCacheStore() {
    const cache = await Promise.all(/* import() */[__webpack_require__.e(5932), __webpack_require__.e(5738), __webpack_require__.e(7428), __webpack_require__.e(7215)]).then(__webpack_require__.bind(__webpack_require__, 57215));
    if (!cache.isFeatureAvailable())
        return undefined;
    return {
        restore: (paths, primaryKey, restoreKeys) => cache.restoreCache(paths, primaryKey, restoreKeys),
        save: async (paths, key) => {
            await cache.saveCache(paths, key);
        },
    };
}

;// CONCATENATED MODULE: ./src/scan/subjects.ts
/**
 * Which scans one publish needs, and how their findings add up, pure: an index is scanned
 * once per platform (`--platform`), each result belonging to that platform's manifest.
 */



/**
 * Where Trivy keeps its DB: the option, TRIVY_CACHE_DIR (Trivy's own documented setting, read
 * as Trivy reads it), or Trivy's own default.
 */
function resolveCacheDir(options, env = process.env) {
    return options.cacheDir ?? env.TRIVY_CACHE_DIR ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache', 'trivy');
}
function planScans(request, target) {
    const reference = `${request.repository}@${request.digest}`;
    const platforms = Object.entries(request.platformDigests ?? {});
    const subjects = platforms.length > 0
        ? platforms.map(([platform, digest]) => ({ platform, digest }))
        : [{ digest: request.digest }];
    return subjects.map(({ digest, platform }) => {
        const base = {
            digest,
            imageRef: `${request.repository}@${digest}`,
        };
        if (platform !== undefined)
            base.platform = platform;
        const named = platform === undefined ? digest : `${digest} (${platform})`;
        if (target === 'sbom') {
            const path = request.sbomPaths?.[digest];
            if (path === undefined) {
                throw new errors/* ImprintError */.m0('INPUT_CONFLICT', `scan-target is sbom but there is no SBOM for ${named}`, {
                    hint: 'Enable sbom, or set scan-target: image to scan the pushed image.',
                });
            }
            return { ...base, input: { kind: 'sbom', path }, scanned: path };
        }
        const input = { kind: 'image', reference };
        if (platform !== undefined)
            input.platform = platform;
        if (request.credentials)
            input.credentials = request.credentials;
        if (request.insecureRegistry)
            input.insecure = true;
        return {
            ...base,
            input,
            scanned: platform === undefined ? reference : `${reference} (${platform})`,
        };
    });
}
function findingKey(finding, artifact) {
    const target = artifact
        ? (finding.target ?? '').split(artifact).join('<artifact>')
        : (finding.target ?? '');
    return [finding.id, finding.packageName, finding.installedVersion, target].join('\n');
}
/** Union over subjects: a finding a previous subject already had is not counted again. */
function mergeFindings(subjects) {
    const merged = [];
    const seen = new Set();
    for (const subject of subjects) {
        const keys = subject.findings.map((finding) => findingKey(finding, subject.report.ArtifactName));
        subject.findings.forEach((finding, index) => {
            if (!seen.has(keys[index]))
                merged.push(finding);
        });
        keys.forEach((key) => seen.add(key));
    }
    return merged;
}
/** The platforms a finding occurs on, for messages. */
function platformsOf(outcome, finding) {
    return outcome.subjects
        .filter((subject) => subject.findings.some((candidate) => candidate.id === finding.id &&
        candidate.packageName === finding.packageName &&
        candidate.installedVersion === finding.installedVersion))
        .map((subject) => subject.platform)
        .filter((platform) => platform !== undefined);
}

// EXTERNAL MODULE: ./src/scan/trivy-report.ts
var trivy_report = __webpack_require__(80060);
;// CONCATENATED MODULE: ./src/scan/scanner.ts
/**
 * The `Scanner` interface and its Trivy implementation: install check → DB → scan each
 * platform → parse → findings, predicate and gate. A failed gate is a result, not an
 * exception: the caller attests first, then fails (see gateFailure in gate-report.ts).
 */















class TrivyScanner {
    options;
    deps;
    name = 'trivy';
    now;
    constructor(options, deps = {}) {
        this.options = options;
        this.deps = deps;
        this.now = deps.now ?? (() => new Date());
    }
    async scan(request) {
        const startedAt = this.now();
        const plan = planScans(request, this.options.target);
        const session = await this.prepare(request.invocation);
        const subjects = [];
        const workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(this.deps.tempRoot ?? (0,external_node_os_.tmpdir)(), 'imprint-scan-'));
        try {
            const vexFiles = (request.vexDocuments ?? []).map((document, index) => {
                const file = (0,external_node_path_.join)(workDir, `vex-${index + 1}.openvex.json`);
                (0,external_node_fs_.writeFileSync)(file, JSON.stringify(document));
                return file;
            });
            for (const [index, planned] of plan.entries()) {
                const output = (0,external_node_path_.join)(workDir, `report-${index}.json`);
                subjects.push(await this.scanOne(session, planned, output, vexFiles));
            }
        }
        finally {
            (0,external_node_fs_.rmSync)(workDir, { recursive: true, force: true });
        }
        const findings = mergeFindings(subjects);
        const gate = (0,scan_gate/* evaluateGate */.DR)(findings, gateRules(this.options, this.now()));
        for (const warning of expiredRuleWarnings(gate))
            this.deps.log?.warning(warning);
        const { installation } = session;
        return {
            scanner: {
                name: 'trivy',
                version: installation.version,
                path: installation.path,
                source: installation.source,
            },
            db: session.db,
            subjects,
            findings,
            counts: (0,model/* countBySeverity */.Ot)(findings),
            gate,
            startedAt,
            finishedAt: this.now(),
        };
    }
    /** Trivy at the pinned version, and a DB in its cache. */
    async prepare(invocation) {
        const installation = this.deps.installation ??
            (await ensureTrivy({
                version: this.options.trivyVersion,
                allowDownload: this.deps.allowDownload ?? false,
                downloadBaseUrl: this.options.downloadBaseUrl,
                ...(this.deps.pathEnv === undefined ? {} : { pathEnv: this.deps.pathEnv }),
            }));
        const log = this.deps.log;
        if (installation.warning)
            log?.warning(installation.warning);
        log?.info(`Trivy ${installation.version} (${installation.source}): ${installation.path}`);
        const cacheDir = resolveCacheDir(this.options);
        (0,external_node_fs_.mkdirSync)(cacheDir, { recursive: true });
        const context = { trivyPath: installation.path, cacheDir };
        if (this.deps.timeoutMs !== undefined)
            context.timeoutMs = this.deps.timeoutMs;
        if (log)
            context.log = (line) => log.info(line);
        const cache = await this.restoreDbCache(cacheDir);
        const db = summarizeDb(await prepareDb(context, this.options.dbRepositories, this.now), this.now());
        await cache?.saveIfDownloaded(db.downloaded);
        log?.info(`Trivy DB ${db.version} from ${db.repository}, built ${db.updatedAt} (${db.ageHours} h ago)`);
        return { installation, context, db, invocation };
    }
    async restoreDbCache(cacheDir) {
        const store = this.deps.dbCache === undefined
            ? await defaultDbCacheStore({ actionsCache: this.deps.actionsCache ?? false })
            : this.deps.dbCache;
        if (!store)
            return undefined;
        const log = this.deps.log;
        return restoreDbCache(store, dbCachePaths(cacheDir, DB_SOURCE_FILE), dbCacheKeys(this.now()), (line) => log?.info(line), (line) => log?.warning(line));
    }
    /** For scan-target sbom, the SBOM as Trivy reads it, written beside the report. */
    inputFor(planned, outputFile) {
        if (planned.input.kind !== 'sbom')
            return planned.input;
        const path = `${outputFile}.sbom.cdx.json`;
        for (const change of writeTrivySbomInput(planned.input.path, path))
            this.deps.log?.info(`Trivy's view of ${planned.input.path}: ${change}`);
        return { kind: 'sbom', path };
    }
    async scanOne(session, planned, outputFile, vexFiles) {
        this.deps.log?.info(`Scanning ${planned.scanned}`);
        const startedAt = this.now();
        const input = this.inputFor(planned, outputFile);
        const run = await runScan(session.context, input, outputFile, vexFiles);
        const finishedAt = this.now();
        const raw = parseJson(run.reportText, planned.scanned);
        const report = (0,trivy_report/* parseTrivyReport */.Qg)(raw, `the Trivy report for ${planned.scanned}`);
        const findings = (0,trivy_report/* findingsOf */.WX)(report);
        const predicate = buildVulnPredicate({
            invocation: session.invocation,
            parameters: run.args,
            scannerVersion: session.installation.version,
            db: { uri: session.db.repository, version: session.db.version },
            result: raw,
            startedAt,
            finishedAt,
        });
        const subject = {
            digest: planned.digest,
            imageRef: planned.imageRef,
            scanned: planned.scanned,
            report,
            findings,
            counts: (0,model/* countBySeverity */.Ot)(findings),
            predicate,
        };
        if (planned.platform !== undefined)
            subject.platform = planned.platform;
        return subject;
    }
}
function parseJson(text, scanned) {
    if (text.trim() === '') {
        throw new errors/* ImprintError */.m0('SCAN_FAILED', `the Trivy report for ${scanned} is empty (${text.length} bytes)`, {
            hint: 'Trivy exited 0 without writing its report: check the disk space and rerun.',
        });
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('SCAN_FAILED', `the Trivy report for ${scanned} is not valid JSON: ${String(error)}`, {
            cause: error,
            hint: 'Trivy wrote a broken report: rerun the job; if it persists, run the same trivy command locally.',
        });
    }
}
function summarizeDb(db, now) {
    return {
        repository: db.repository,
        schemaVersion: db.info.schemaVersion,
        version: dbVersionLabel(db.info),
        updatedAt: db.info.updatedAt.toISOString(),
        nextUpdate: db.info.nextUpdate.toISOString(),
        downloadedAt: db.info.downloadedAt.toISOString(),
        ageHours: dbAgeHours(db.info, now),
        downloaded: db.downloaded,
        skipped: db.skipped,
    };
}
function createTrivyScanner(options, deps = {}) {
    return new TrivyScanner(options, deps);
}

;// CONCATENATED MODULE: ./src/publish/scan-step.ts








const NO_TRIVY_NOTICE = 'no Trivy here: install it or set scan: true to require it';
/**
 * Runs before the build: a required scanner that is missing fails while failing is cheap. The
 * platform says whether Trivy may be downloaded and where temp files and the DB cache go; PATH
 * and TRIVY_CACHE_DIR are Trivy's own settings, read from the job's variables (`env`).
 */
async function prepareScan(options, platform, env, log) {
    if (options.mode === 'false') {
        log.info('scan: false — the image is not scanned for vulnerabilities');
        return { skipped: 'scan: false' };
    }
    const allowDownload = platform.toolDownload;
    const pathEnv = env.PATH ?? '';
    let installation;
    try {
        installation = await ensureTrivy({
            version: options.trivy.trivyVersion,
            allowDownload,
            downloadBaseUrl: options.trivy.downloadBaseUrl,
            pathEnv,
        });
    }
    catch (error) {
        // Only "not available" is forgivable in auto mode: a checksum mismatch never is.
        if (options.mode === 'true' || !(0,errors/* isImprintError */.cl)(error) || error.code !== 'SCANNER_MISSING')
            throw error;
        log.warning(`Vulnerability scan skipped: ${NO_TRIVY_NOTICE} (${error.message})`);
        return { skipped: NO_TRIVY_NOTICE };
    }
    const trivy = { ...options.trivy };
    if (trivy.cacheDir === undefined && env.TRIVY_CACHE_DIR)
        trivy.cacheDir = env.TRIVY_CACHE_DIR;
    const { tempRoot, actionsCache } = platform;
    return {
        scanner: createTrivyScanner(trivy, {
            log,
            allowDownload,
            pathEnv,
            installation,
            tempRoot,
            actionsCache,
        }),
    };
}
/** Scans every platform, writes the reports; the gate's verdict is returned, never thrown. */
async function scanImage(scanner, target, options, platform, log) {
    const { credentials } = target;
    const pair = credentials?.username !== undefined && credentials.password !== undefined
        ? { username: credentials.username, password: credentials.password }
        : undefined;
    if (credentials && !pair)
        log.warning(`Trivy gets no registry credentials: those from ${credentials.source} are not a user name and password`);
    const outcome = await scanner.scan({
        repository: target.repository,
        digest: target.digest,
        platformDigests: target.platformDigests,
        sbomPaths: target.sbomPaths,
        ...(pair && { credentials: pair }),
        insecureRegistry: target.insecureRegistry,
        vexDocuments: target.vexDocuments,
        invocation: platform.job,
    });
    const reports = writeScanReports(outcome, options.trivy, version/* VERSION */.x);
    const countsJson = countsOutput(outcome.counts);
    log.info(`vulnerabilities: ${countsJson}; report: ${reports.reportPath}`);
    const failure = gateFailure(outcome.gate, options.trivy, (finding) => platformsOf(outcome, finding));
    log.info(`vulnerability gate (fail-on-severity: ${options.trivy.failOnSeverity}): ${failure ? 'failed' : 'passed'}`);
    return { outcome, reports, countsJson, ...(failure && { gateFailure: failure }) };
}
/** Each platform's cosign-vuln predicate, attested to its own manifest. */
function scanAttestations(scan) {
    return scan.outcome.subjects.map((subject) => ({
        predicateType: predicate_types/* PREDICATE_VULN */.k9,
        predicate: subject.predicate,
        subjects: [subject.digest],
        kind: 'vuln',
    }));
}
function findingRow(finding) {
    return {
        id: finding.id,
        severity: finding.severity,
        packageName: finding.packageName,
        installedVersion: finding.installedVersion,
        ...(finding.fixedVersion && { fixedVersion: finding.fixedVersion }),
        ...(finding.url && { url: finding.url }),
    };
}
function scanSummary(scan, options, attested) {
    const { outcome } = scan;
    return {
        scanner: `trivy ${outcome.scanner.version}`,
        db: `${outcome.db.version} (${outcome.db.ageHours} h old)`,
        counts: outcome.counts,
        failOnSeverity: options.trivy.failOnSeverity,
        passed: outcome.gate.passed,
        blocking: outcome.gate.blocking.map(findingRow),
        ignored: outcome.gate.ignored.map(({ finding, rule }) => ({
            ...findingRow(finding),
            ...(rule.reason !== undefined && { reason: rule.reason }),
            ...(rule.expires !== undefined && { expires: rule.expires }),
        })),
        expiredRules: outcome.gate.expiredRules.map((rule) => ({
            id: rule.id,
            ...(rule.expires !== undefined && { expires: rule.expires }),
            ...(rule.reason !== undefined && { reason: rule.reason }),
        })),
        reportPath: scan.reports.reportPath,
        attested,
    };
}

;// CONCATENATED MODULE: ./src/publish/evidence-step.ts






async function gatherEvidence(target, options, scanning, platform, context) {
    const sboms = options.sbom.enabled
        ? await sbomStep(target, options, platform.tempRoot, context)
        : undefined;
    const evidence = { ...(sboms && { sboms }) };
    if ('skipped' in scanning)
        return { ...evidence, scan: scanning };
    const { registry, repository, pinned } = target;
    const scan = await inGroup(context.log, 'Scan the pushed image for vulnerabilities', () => scanImage(scanning.scanner, {
        repository: (0,registry_reference/* formatReference */.FH)(repository),
        digest: pinned.digest,
        platformDigests: pinned.platformDigests,
        sbomPaths: Object.fromEntries((sboms?.documents ?? []).flatMap((d) => d.cyclonedxPath === undefined ? [] : [[d.digest, d.cyclonedxPath]])),
        credentials: registry.credentials,
        insecureRegistry: (0,hosts/* listsRegistry */.F)(options.insecureRegistries, repository.registry),
        vexDocuments: target.vex.map((v) => v.json),
    }, options.scan, platform, context.log));
    return { ...evidence, scan };
}
function sbomStep({ registry, repository, pinned }, options, tempRoot, context) {
    return inGroup(context.log, 'Generate the SBOM from the pushed layers', () => generateSboms({
        client: registry.client,
        repository,
        pinned,
        tempRoot,
        progress: (0,progress/* progressFor */.L7)(context),
        format: options.sbom.format,
        ...(options.sbom.directory !== undefined && { directory: options.sbom.directory }),
    }, context.log));
}
/** The SBOMs' attestations, then the scan's: in the order they are signed and stored. */
function evidenceAttestations(evidence) {
    return [
        ...(evidence.sboms ? sbomAttestations(evidence.sboms) : []),
        ...(evidence.scan && !('skipped' in evidence.scan) ? scanAttestations(evidence.scan) : []),
    ];
}

// EXTERNAL MODULE: ./src/publish/vex-documents.ts
var vex_documents = __webpack_require__(81267);
// EXTERNAL MODULE: ./src/report/verify-junit.ts
var verify_junit = __webpack_require__(78064);
// EXTERNAL MODULE: ./src/report/verify-summary.ts
var verify_summary = __webpack_require__(86252);
// EXTERNAL MODULE: ./src/verify/engine.ts + 10 modules
var engine = __webpack_require__(7706);
// EXTERNAL MODULE: ./src/verify/evidence.ts + 4 modules
var evidence = __webpack_require__(23865);
// EXTERNAL MODULE: ./src/registry/pool.ts + 7 modules
var registry_pool = __webpack_require__(62207);
// EXTERNAL MODULE: ./src/registry/ca-file.ts
var ca_file = __webpack_require__(31838);
;// CONCATENATED MODULE: ./src/publish/registry-access.ts



/**
 * What the step presents to registries: its TLS settings for every registry, and its
 * registry-username / registry-password for `registry` only: that of the first repository.
 */
function publishRegistryOptions(options, registry, env) {
    return {
        insecureRegistries: options.insecureRegistries,
        caCertificates: options.registryCaFile ? [(0,ca_file/* readCaFile */.R)(options.registryCaFile)] : [],
        ...(options.credentials && { login: { registry, ...options.credentials } }),
        env,
    };
}
/** The run's one pool: each registry opened once, its credential source said. */
function openRegistries(options, first, log, env) {
    return new registry_pool/* RegistryPool */.y({ ...publishRegistryOptions(options, first.registry, env), announce: 'info' }, log);
}
/** The registry the inputs' credentials go to: that of the first repository of `image`. */
function loginRegistry(options) {
    return (0,registry_reference/* parseReference */.F2)(options.image).registry;
}

// EXTERNAL MODULE: ./src/verify/trust.ts
var verify_trust = __webpack_require__(92751);
// EXTERNAL MODULE: ./src/verify/bundles.ts
var bundles = __webpack_require__(33300);
// EXTERNAL MODULE: ./src/verify/classify.ts
var verify_classify = __webpack_require__(96727);
// EXTERNAL MODULE: ./src/verify/collected.ts
var collected = __webpack_require__(33510);
;// CONCATENATED MODULE: ./src/publish/pending-signatures.ts
/**
 * The image signatures a publish holds until its gates pass, shown to the policy gate as a
 * verifier will see them once stored: what the registry holds, plus each held signature
 * verified by verify's own code, against the policy's trust, for the digest it signs. So a
 * policy that requires this run's signer can be judged BEFORE the signature is written, and a
 * failed gate leaves no image signature behind. Nothing is taken on trust from memory: a held
 * signature that does not verify counts for nothing, as it would in the registry.
 */





const LOCATION = 'held back by this publish until its gates pass';
function withPendingSignatures(registry, pending, trusts) {
    return {
        async gather(reference, parsed) {
            const evidence = await registry.gather(reference, parsed);
            for (const subject of [evidence, ...(evidence.platforms ?? [])]) {
                for (const item of pending) {
                    if (item.placement.subject.digest === subject.digest)
                        (0,collected/* add */.WQ)(subject, judged(item, trusts));
                }
            }
            return evidence;
        },
    };
}
function judged(item, trusts) {
    const { digest } = item.placement.subject;
    const { payload } = item.placement.job;
    try {
        const signedBy = payload.type === 'dsse'
            ? (0,bundles/* verifyBundleBytes */.Pk)(Buffer.from(JSON.stringify(item.bundle)), digest, trusts)
            : verifySimpleSigning(item, payload.bytes, trusts);
        const source = payload.type === 'dsse' ? 'referrer' : 'cosign-classic';
        return (0,verify_classify/* classify */.L8)(signedBy, { subjectDigest: digest, source, location: LOCATION });
    }
    catch (error) {
        return (0,verify_classify/* problem */.CC)('signature', undefined, { location: LOCATION }, (0,collected/* oneLine */.TN)(error));
    }
}
/** cosign v2's form: a message signature over the simple-signing payload, which names the digest. */
function verifySimpleSigning(item, payload, trusts) {
    const named = JSON.parse(payload.toString('utf8')).critical?.image?.['docker-manifest-digest'];
    if (named !== item.placement.subject.digest) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `the simple-signing payload names ${String(named)}, not ${item.placement.subject.digest}`);
    }
    const bundle = (0,sigstore_verify/* parseBundle */.QN)(item.bundle);
    // The signature over the payload verifies, and the payload names this digest: what makes a
    // message signature an image signature (cosign-classic.ts records it the same way).
    return (0,bundles/* verifyWith */.iQ)(bundle, trusts, (trust) => ({
        ...(0,sigstore_verify/* verifyParsedBundle */.pG)(bundle, {
            trust,
            artifact: payload,
            requireTlog: false,
            requireTimestamp: false,
        }),
        simpleSigningDigest: named,
    }));
}

;// CONCATENATED MODULE: ./src/publish/policy-gate.ts










/** Failing checks named in the error; the summary and log have all of them. */
const MAX_CHECKS_IN_MESSAGE = 10;
async function runPolicyGate(request, context) {
    const { policy } = request;
    return inGroup(context.log, `Policy gate: ${request.imageRef} against ${request.policyFile}`, async () => {
        const trust = await (0,verify_trust/* loadTrustSet */.D)(policy, {
            ...(request.trustedRoot !== undefined && { trustedRootPath: request.trustedRoot }),
            offline: request.trustedRoot !== undefined,
        });
        const { registry } = request;
        const pending = request.pending ?? [];
        const pool = pending.length > 0 ? new registry_pool/* RegistryPool */.y(registry, context.log) : undefined;
        const report = await (0,engine/* verifyImages */.O)({
            images: [{ reference: request.imageRef, locations: [] }],
            policy,
            trust,
            now: request.now ?? new Date(),
            offline: request.trustedRoot !== undefined,
            registry,
            log: context.log,
            ...(pool && {
                gatherer: withPendingSignatures(new evidence/* RegistryEvidence */.XI(pool, trust), pending, trust),
            }),
        }).finally(() => pool?.close());
        const failing = failingChecks(report);
        for (const check of failing)
            context.log.error(`${check.check}: ${(0,verify_junit/* failureMessage */.oh)(check)}`);
        context.log.info(report.verified
            ? 'the image meets the policy'
            : `${report.violations} violation(s)${policy.mode === 'warn' ? ' (mode warn: reported, not enforced)' : ''}`);
        await context.writeSummary((0,verify_summary/* renderVerifySummary */.i2)(report, {
            policySource: request.policyFile,
            reportPath: '(not written by publish)',
        }));
        if (report.verified || policy.mode === 'warn')
            return { report };
        const listed = failing
            .slice(0, MAX_CHECKS_IN_MESSAGE)
            .map((check) => `  - ${check.check}: ${(0,verify_junit/* failureMessage */.oh)(check)}`);
        const more = failing.length > MAX_CHECKS_IN_MESSAGE
            ? [`  … and ${failing.length - MAX_CHECKS_IN_MESSAGE} more (see the summary)`]
            : [];
        const failure = new errors/* ImprintError */.m0('POLICY_VIOLATION', [
            `the published image ${request.imageRef} breaks the policy ${request.policyFile}:`,
            ...listed,
            ...more,
        ].join('\n'), {
            hint: 'the image is pushed and its evidence stored, but this run writes no image signature and refuses to hand it on; fix the pipeline or the policy and re-run',
        });
        return { report, failure };
    });
}
function failingChecks(report) {
    return report.images
        .flatMap((image) => [
        ...image.verdict.checks,
        ...(image.verdict.platforms ?? []).flatMap((platform) => platform.checks),
    ])
        .filter((check) => check.outcome === 'fail');
}
/** The gate as publish runs it: on the pinned image, with the step's registry and trust settings. */
async function gateOnPolicy(options, policy, pinned, context, env, pending = []) {
    if (options.policy === undefined || pinned === undefined)
        return undefined;
    const gate = await runPolicyGate({
        policy,
        policyFile: options.policy,
        imageRef: pinned.imageRef,
        ...(options.sign.trustedRoot !== undefined && { trustedRoot: options.sign.trustedRoot }),
        // The inputs' credentials go to the first repository's registry, whichever image is judged.
        registry: publishRegistryOptions(options, loginRegistry(options), env),
        pending,
    }, context);
    context.setOutput('policy-verified', String(gate.report.verified));
    return gate.failure;
}

;// CONCATENATED MODULE: ./src/publish/gates.ts

class PublishGates {
    options;
    policy;
    context;
    env;
    scanFailure;
    policyFailure;
    policyJudged = false;
    constructor(options, policy, context, env) {
        this.options = options;
        this.policy = policy;
        this.context = context;
        this.env = env;
    }
    /** The gates as signing asks them, about this image and its scan. */
    forSigning(scan, pinned) {
        return {
            refusal: () => this.refusal(scan),
            beforeSignatures: (pending) => this.beforeSignatures(scan, pinned, pending),
        };
    }
    /**
     * Before anything is signed: a failed vulnerability gate is known already, so the image
     * signature is not even made (no transparency-log entry for it exists).
     */
    refusal(scan) {
        this.noteScan(scan);
        return this.scanFailure ? this.reason() : undefined;
    }
    /** Before the image signature is written: why it must be held back, or undefined. */
    async beforeSignatures(scan, pinned, pending) {
        this.noteScan(scan);
        // Judged as the registry will be: the held signature, as verify will see it once written.
        await this.judgePolicy(pinned, pending);
        return this.reason();
    }
    /** After the publish: the policy gate for a run that wrote no signature (sign: false, a re-run). */
    async afterPublish(scan, pinned) {
        this.noteScan(scan);
        if (!this.policyJudged && pinned)
            await this.judgePolicy(pinned, []);
    }
    /** The failure the step ends with: the vulnerability gate's first, then the policy's. */
    failure() {
        return this.scanFailure ?? this.policyFailure;
    }
    noteScan(scan) {
        if (scan && 'gateFailure' in scan)
            this.scanFailure = scan.gateFailure;
    }
    async judgePolicy(pinned, pending) {
        this.policyJudged = true;
        // Judged in each repository the image goes to; the first that breaks the policy stands.
        if (!this.policy || this.policyFailure)
            return;
        this.policyFailure = await gateOnPolicy(this.options, this.policy, pinned, this.context, this.env, pending);
    }
    reason() {
        const failed = [
            ...(this.scanFailure
                ? [
                    `the vulnerability gate failed (fail-on-severity: ${this.options.scan.trivy.failOnSeverity})`,
                ]
                : []),
            ...(this.policyFailure ? [`the image breaks the policy ${this.options.policy}`] : []),
        ];
        return failed.length > 0 ? failed.join('; ') : undefined;
    }
}

;// CONCATENATED MODULE: ./src/publish/attest-outputs.ts
const STORED_AS = {
    referrer: 'referrer',
    'cosign-sig': '.sig tag',
    'cosign-att': '.att tag',
};
/** signature-ref, provenance-ref, bundle-path, rekor-log-indexes. */
function setAttestOutputs(result, name, context) {
    context.setOutput('signature-ref', referenceOf(result, name, 'signature'));
    context.setOutput('provenance-ref', referenceOf(result, name, 'provenance'));
    context.setOutput('bundle-path', result.bundlePath);
    context.setOutput('rekor-log-indexes', JSON.stringify(result.rekorLogIndexes));
}
/**
 * The signatures and attestations of the image itself (the index of a multi-platform image),
 * in plan order: every kind of evidence is there, since a platform's is stored on the index
 * too. The platforms' own are left out to keep the output inside GitLab's 5 KB dotenv report.
 */
function attestationRefs(result, name) {
    return result.placements
        .filter((placement) => placement.subject.digest === result.image.image.digest)
        .map((placement) => ({
        kind: placement.job.kind,
        predicateType: placement.job.predicateType,
        reference: `${name}@${placement.location.manifestDigest}`,
    }));
}
function signingSummary(result) {
    return {
        signer: signerOf(result),
        ...sourceOf(result),
        sigstore: result.session.endpoints.instance,
        sigstoreReason: result.session.sigstoreReason,
        ...githubAttestationsOf(result.github),
        rekorLogIndexes: result.rekorLogIndexes,
        witnesses: {
            log: result.session.endpoints.rekorUrl !== undefined,
            timestamp: result.session.endpoints.tsaUrl !== undefined,
        },
        attestations: result.placements.map((placement) => ({
            kind: placement.job.kind,
            predicateType: placement.job.predicateType,
            subject: placement.subject.platform ?? 'image',
            subjectDigest: placement.subject.digest,
            storedAs: STORED_AS[placement.job.storage],
            manifestDigest: placement.location.manifestDigest,
            status: placement.status === 'stored' ? 'stored' : 'already present',
        })),
        readBack: result.readBack,
        bundlePath: result.bundlePath,
        ...(result.heldBack && { heldBack: result.heldBack.reason }),
    };
}
function signerOf(result) {
    const { session, identity } = result;
    if (session.mode === 'key')
        return { mode: 'key', keyHint: session.keyHint ?? '' };
    // On a re-run that signed nothing, the read-back's certificates name the signer.
    const verified = 'signer' in result.readBack ? result.readBack.signer : undefined;
    const named = identity?.subject !== undefined ? identity : verified;
    return { mode: 'keyless', identity: named?.subject ?? '', issuer: named?.issuer ?? '' };
}
/** The workflow and commit the token names (GitHub: job_workflow_ref, sha; GitLab: ci_config_ref_uri, sha). */
function sourceOf(result) {
    const claims = result.session.claims;
    if (!claims)
        return {};
    const text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
    const workflow = text(claims.job_workflow_ref) ?? text(claims.workflow_ref) ?? text(claims.ci_config_ref_uri);
    const commit = text(claims.sha);
    if (!workflow && !commit)
        return {};
    return { source: { ...(workflow && { workflow }), ...(commit && { commit }) } };
}
/** `name@digest` of the job of this kind on the image itself, bundle format first. */
function referenceOf(result, name, kind) {
    const onImage = result.placements.filter((p) => p.job.kind === kind && p.subject.digest === result.image.image.digest);
    const best = onImage.find((p) => p.job.storage === 'referrer') ?? onImage[0];
    return best ? `${name}@${best.location.manifestDigest}` : '';
}
/** A summary row when an upload was made, failed, or was expected and skipped. */
function githubAttestationsOf(outcome) {
    if ('uploaded' in outcome) {
        return {
            githubAttestations: `✅ ${outcome.uploaded.length} uploaded to the Attestations API (gh attestation verify finds them)`,
        };
    }
    if ('failed' in outcome)
        return { githubAttestations: `⚠️ not all uploaded: ${outcome.failed}` };
    return outcome.worthSaying ? { githubAttestations: `not uploaded: ${outcome.skipped}` } : {};
}

;// CONCATENATED MODULE: ./src/publish/result.ts
/** Every repository the image is in, the first (the one the single outputs name) first. */
function publishedRepositories(result) {
    const first = result.pinned
        ? [
            {
                repository: result.repository,
                pinned: result.pinned,
                tags: result.tags,
                ...(result.attested && { attested: result.attested }),
            },
        ]
        : [];
    return [...first, ...result.copies];
}

;// CONCATENATED MODULE: ./src/publish/outputs.ts



function setPublishOutputs(result, context) {
    context.setOutput('digest', result.pinned?.digest ?? '');
    context.setOutput('image-ref', result.pinned?.imageRef ?? '');
    context.setOutput('platform-digests', JSON.stringify(result.pinned?.platformDigests ?? {}));
    const allTags = [result.tags, ...result.copies.map((copy) => copy.tags)].flat();
    context.setOutput('tags', allTags.join('\n'));
    if (result.attested)
        setAttestOutputs(result.attested, result.repository, context);
    if (result.sboms) {
        context.setOutput('sbom-path', result.sboms.directory);
        // CycloneDX references first, then SPDX ones (sbom-format: spdx or both).
        const refs = ['sbom', 'sbom-spdx'].map((kind) => evidenceRefs(result.attested, result.repository, kind));
        context.setOutput('sbom-ref', refs.filter((text) => text !== '').join('\n'));
    }
    if (result.scan && !('skipped' in result.scan)) {
        context.setOutput('vuln-ref', evidenceRefs(result.attested, result.repository, 'vuln'));
        context.setOutput('vuln-report-path', result.scan.reports.reportPath);
        context.setOutput('vulnerability-counts', result.scan.countsJson);
    }
    // Last: the longest, and the one GitLab's 5 KB dotenv report leaves out first (with a warning).
    context.setOutput('images', JSON.stringify(publishedImages(result)));
}
/** Every repository the image is in, the first first; none when nothing was pushed. */
function publishedImages(result) {
    return publishedRepositories(result).map((entry) => ({
        repository: entry.repository,
        reference: entry.pinned.imageRef,
        digest: entry.pinned.digest,
        tags: entry.tags,
        attestations: entry.attested ? attestationRefs(entry.attested, entry.repository) : [],
        ...(entry.attested && { bundlePath: entry.attested.bundlePath }),
    }));
}

;// CONCATENATED MODULE: ./src/attest/provenance.ts

const GITHUB_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
const GITLAB_BUILD_TYPE = 'https://github.com/imprint-dev/imprint/blob/v1/docs/buildtypes/gitlab-ci.md';
function buildProvenance(facts, options = {}) {
    if (facts?.platform === 'github')
        return githubProvenance(facts, options.claims ?? {});
    if (facts?.platform === 'gitlab')
        return gitlabProvenance(facts, options.claims ?? {});
    throw new errors/* ImprintError */.m0('INPUT_INVALID', 'Provenance describes a CI run, and this is neither GitHub Actions (GITHUB_ACTIONS=true) nor GitLab CI (GITLAB_CI=true).', { hint: 'run imprint in CI for provenance, or set provenance: false' });
}
function githubProvenance(facts, claims) {
    const { serverUrl: server, repository, workflowRef } = facts;
    // owner/repo/.github/workflows/x.yml@refs/heads/main → .github/workflows/x.yml, refs/heads/main
    const [workflowPath, ...refParts] = workflowRef.replace(`${repository}/`, '').split('@');
    const jobWorkflowRef = stringClaim(claims, 'job_workflow_ref') ?? workflowRef;
    return {
        buildDefinition: {
            buildType: GITHUB_BUILD_TYPE,
            externalParameters: {
                workflow: {
                    ref: refParts.join('@'),
                    repository: `${server}/${repository}`,
                    path: workflowPath,
                },
            },
            internalParameters: {
                github: {
                    event_name: facts.eventName,
                    repository_id: facts.repositoryId,
                    repository_owner_id: facts.repositoryOwnerId,
                    runner_environment: stringClaim(claims, 'runner_environment') ?? facts.runnerEnvironment ?? 'unknown',
                },
            },
            resolvedDependencies: [
                {
                    uri: `git+${server}/${repository}@${facts.ref}`,
                    digest: { gitCommit: facts.sha },
                },
            ],
        },
        runDetails: {
            builder: { id: `${server}/${jobWorkflowRef}` },
            metadata: {
                invocationId: `${server}/${repository}/actions/runs/${facts.runId}/attempts/${facts.runAttempt}`,
            },
        },
    };
}
function gitlabProvenance(facts, claims) {
    const { projectUrl, configPath, ref } = facts;
    const configRefUri = stringClaim(claims, 'ci_config_ref_uri') ?? facts.configRefUri;
    const internal = {
        pipeline_id: facts.pipelineId,
        pipeline_source: facts.pipelineSource,
        project_id: facts.projectId,
        namespace_id: facts.namespaceId,
        job_name: facts.jobName,
    };
    const runnerEnvironment = stringClaim(claims, 'runner_environment');
    if (runnerEnvironment)
        internal.runner_environment = runnerEnvironment;
    const metadata = { invocationId: facts.jobUrl };
    if (facts.jobStartedAt)
        metadata.startedOn = facts.jobStartedAt;
    return {
        buildDefinition: {
            buildType: GITLAB_BUILD_TYPE,
            externalParameters: {
                pipeline: {
                    ref,
                    repository: projectUrl,
                    path: configPath,
                    source: internal.pipeline_source,
                },
            },
            internalParameters: { gitlab: internal },
            resolvedDependencies: [
                { uri: `git+${projectUrl}@${ref}`, digest: { gitCommit: facts.commitSha } },
            ],
        },
        runDetails: { builder: { id: `https://${configRefUri}` }, metadata },
    };
}
function stringClaim(claims, name) {
    const value = claims[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
}

// EXTERNAL MODULE: ./src/publish/sign-options.ts
var sign_options = __webpack_require__(16057);
;// CONCATENATED MODULE: ./src/publish/prepare-signing.ts
/**
 * Before the build: what signing needs is obtained and checked while failing is cheap — the
 * signer (OIDC token or key), the trust the read-back verifies with, and the provenance facts
 * (a missing CI variable fails before minutes are spent). `attestImage` (attest-step.ts) uses
 * the result after the pin.
 */







/** Undefined with sign: false: the image is then published unsigned, with no attestations. */
async function prepareSigning({ sign: options, github }, environment, log) {
    if (!options.enabled) {
        log.info('sign: false — the image is published unsigned, with no attestations (SBOM and scan reports are only written to files)');
        return undefined;
    }
    return inGroup(log, 'Prepare signing', () => {
        const chosen = (0,sign_options/* chooseSigstore */.c)(options, environment.platform);
        log.info(`Sigstore instance: ${chosen.sigstore} (${chosen.sigstoreReason})`);
        return prepareAttestation(chosen, environment, log, github);
    });
}
async function prepareAttestation(options, environment, log, github = { attestations: 'false' }) {
    // github-attestations: true without what it needs fails now, before the build.
    const githubPlan = planGitHubUpload(github, environment.platform);
    const session = await openSigningSession(options, environment, log);
    const trust = await loadReadBackTrust(options, { cachePath: (0,external_node_path_.join)(environment.platform.tempRoot, 'imprint-tuf'), ...environment.githubRoot }, session.publicKeyPem);
    if (trust.warning !== undefined)
        log.warning(trust.warning);
    const provenance = provenanceFor(options, environment.platform, session, log);
    return {
        options,
        github: githubPlan,
        session,
        trust,
        environment,
        ...(provenance && { provenance }),
    };
}
/** Built now, before the build, so a missing CI variable fails before minutes are spent. */
function provenanceFor(options, platform, session, log) {
    if (!options.provenance)
        return undefined;
    if (platform.name === 'local' && !options.provenanceExplicit) {
        log.warning('No provenance: this is not a CI run (neither GITHUB_ACTIONS nor GITLAB_CI is set), so there is no run to describe.');
        return undefined;
    }
    return buildProvenance(platform.runFacts(), session.claims ? { claims: session.claims } : {});
}

// EXTERNAL MODULE: ./src/sigstore/instances.ts
var instances = __webpack_require__(75310);
;// CONCATENATED MODULE: ./src/report/publish-summary.ts
/** The publish job summary, rendered from the result alone (pure). */

const REKOR_SEARCH = `${instances/* PUBLIC_GOOD_URLS */.v.rekorSearch}/?logIndex=`;
function renderPublishSummary(model) {
    const lines = [
        `## imprint: ${model.pushed ? 'published' : 'built (not pushed)'} ${model.repository}`,
        '',
    ];
    lines.push('| | |', '|---|---|');
    if (model.imageRef)
        lines.push(`| Image | \`${model.imageRef}\` |`);
    if (model.digest)
        lines.push(`| Digest | \`${model.digest}\` |`);
    lines.push(`| Tags | ${model.tags.map((tag) => `\`${tag}\``).join(', ') || '—'} |`);
    lines.push(`| Builder | ${model.builder} |`);
    const platforms = Object.entries(model.platformDigests);
    if (platforms.length > 0) {
        lines.push('', '### Platforms', '', '| Platform | Digest |', '|---|---|');
        for (const [platform, digest] of platforms)
            lines.push(`| ${platform} | \`${digest}\` |`);
    }
    if (model.repositories && model.repositories.length > 1)
        lines.push('', ...renderRepositories(model.repositories));
    if (!model.pushed)
        lines.push('', 'Nothing was pushed (`push: false`), so there is no digest to pin or sign.');
    if (model.signing)
        lines.push('', ...renderSigning(model.signing));
    if (model.sbom)
        lines.push('', ...renderSbom(model.sbom));
    if (model.scan)
        lines.push('', ...renderScan(model.scan));
    return lines.join('\n') + '\n';
}
/** The same digest in each repository, each with its own signatures (they name the repository). */
function renderRepositories(repositories) {
    const lines = [
        `### Repositories (${repositories.length}, one digest)`,
        '',
        '| Repository | Image | Tags | Signatures and attestations | Rekor log indexes |',
        '|---|---|---|---|---|',
    ];
    for (const r of repositories) {
        const evidence = !r.signed
            ? '— (not signed)'
            : `${r.stored} stored, ${r.present} already present${r.heldBack !== undefined ? `; ⛔ image signature held back: ${cell(r.heldBack)}` : ''}`;
        lines.push(`| ${cell(r.repository)} | \`${r.imageRef}\` | ${r.tags.map((tag) => `\`${cell(tag)}\``).join(', ') || '—'} | ${evidence} | ${r.rekorLogIndexes.join(', ') || '—'} |`);
    }
    lines.push('', 'The details below are those of the first repository; each has its own verify command at the end.');
    return lines;
}
function renderSigning(signing) {
    const lines = ['### Signatures and attestations', ''];
    if (signing.heldBack !== undefined) {
        lines.push(`⛔ **Not signed**: ${cell(signing.heldBack)}. The attestations below are stored, but the image signature was not written, so a policy that requires a signer refuses this image. Fix the cause and re-run: the re-run signs.`, '');
    }
    lines.push('| | |', '|---|---|');
    if (signing.signer.mode === 'keyless') {
        lines.push(`| Signed by | \`${cell(signing.signer.identity)}\` |`, `| Issuer | \`${cell(signing.signer.issuer)}\` |`);
    }
    else {
        lines.push(`| Signed with key | hint \`${cell(signing.signer.keyHint)}\` |`);
    }
    if (signing.source?.workflow)
        lines.push(`| Workflow | \`${cell(signing.source.workflow)}\` |`);
    if (signing.source?.commit)
        lines.push(`| Commit | \`${cell(signing.source.commit)}\` |`);
    const reason = signing.sigstoreReason ? `: ${cell(signing.sigstoreReason)}` : '';
    lines.push(`| Sigstore | ${signing.sigstore}${reason} |`);
    lines.push(`| Rekor log indexes | ${rekorIndexes(signing) || '— (no transparency log entry made by this run)'} |`);
    lines.push(`| Read back | ${'verified' in signing.readBack ? `✅ ${signing.readBack.verified} of ${signing.attestations.length} verified as the registry serves them` : `⚠️ skipped: ${cell(signing.readBack.skipped)}`} |`);
    lines.push(`| Bundles | \`${cell(signing.bundlePath)}\` |`);
    if (signing.githubAttestations)
        lines.push(`| GitHub attestations | ${cell(signing.githubAttestations)} |`);
    if (signing.witnesses && !signing.witnesses.log)
        lines.push('', ...noLogNotice(signing));
    lines.push('', '| Kind | Predicate type | Subject | Stored as | Manifest | |', '|---|---|---|---|---|---|');
    for (const a of signing.attestations) {
        lines.push(`| ${a.kind} | \`${cell(a.predicateType)}\` | ${cell(a.subject)} \`${a.subjectDigest.slice(0, 19)}…\` | ${a.storedAs} | \`${a.manifestDigest}\` | ${a.status} |`);
    }
    return lines;
}
/** Said in words: a signature nobody can look up in a public log is a choice the reader must know of. */
function noLogNotice(signing) {
    const lines = [
        '⚠️ **Not in a transparency log.** These signatures were made without a Rekor entry, so no public log records them and nobody can audit when or how often this signer signed. Verifiers must be told to accept that: `imprint verify --insecure-ignore-tlog` (policy `trust.requireTlog: false`), `cosign verify --insecure-ignore-tlog=true`.',
    ];
    if (signing.signer.mode === 'key' && !signing.witnesses?.timestamp) {
        lines.push('', 'No timestamp authority either: nothing proves when they were signed. A policy `maxAge` is judged from the time each statement records itself (the scan’s or the build’s finish), which only the key holder could have written.');
    }
    return lines;
}
const SEVERITY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
/** Findings listed in the summary; the report file has them all. */
const LISTED_FINDINGS = 25;
function renderSbom(sbom) {
    const lines = [
        `### SBOM (${(sbom.formats ?? ['CycloneDX 1.6']).join(', ')})`,
        '',
        sbom.attested
            ? `Attested to each manifest it describes; files in \`${cell(sbom.directory)}\`.`
            : `Not attested (sign: false); files in \`${cell(sbom.directory)}\`.`,
        '',
        '| Subject | Components | By ecosystem | Top licences | Without licence | Warnings |',
        '|---|---|---|---|---|---|',
    ];
    for (const d of sbom.documents) {
        const ecosystems = Object.entries(d.perEcosystem)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([name, count]) => `${name} ${count}`)
            .join(', ');
        const licences = d.topLicences.map(([name, count]) => `${cell(name)} ${count}`).join(', ');
        lines.push(`| ${cell(d.subject)} | ${d.components} | ${ecosystems || '—'} | ${licences || '—'} | ${d.withoutLicence} | ${d.warnings} |`);
    }
    return lines;
}
function renderScan(scan) {
    const lines = ['### Vulnerabilities', ''];
    if ('skipped' in scan)
        return [...lines, `⚠️ Not scanned: ${cell(scan.skipped)}.`];
    const verdict = scan.passed ? '✅ passed' : `❌ failed: ${scan.blocking.length} blocking`;
    lines.push('| | |', '|---|---|', `| Scanner | ${cell(scan.scanner)}, DB ${cell(scan.db)} |`, `| Found | ${SEVERITY_ORDER.map((s) => `${s} ${scan.counts[s] ?? 0}`).join(', ')} |`, `| Gate (fail-on-severity: ${scan.failOnSeverity}) | ${verdict} |`, `| Attested | ${scan.attested ? 'yes, to each scanned manifest' : 'no (sign: false)'} |`, `| Report | \`${cell(scan.reportPath)}\` |`);
    if (scan.blocking.length > 0) {
        lines.push('', '#### Blocking findings', '', '| Severity | Id | Package | Installed → fixed |', '|---|---|---|---|');
        for (const f of scan.blocking.slice(0, LISTED_FINDINGS))
            lines.push(`| ${f.severity} | ${findingLink(f)} | ${cell(f.packageName)} | ${fixOf(f)} |`);
        if (scan.blocking.length > LISTED_FINDINGS)
            lines.push(`| | … ${scan.blocking.length - LISTED_FINDINGS} more in the report | | |`);
    }
    if (scan.ignored.length > 0) {
        lines.push('', '#### Ignored findings', '', '| Id | Package | Expires | Reason |', '|---|---|---|---|');
        for (const f of scan.ignored.slice(0, LISTED_FINDINGS))
            lines.push(`| ${findingLink(f)} | ${cell(f.packageName)} | ${f.expires ?? 'never'} | ${cell(f.reason ?? '—')} |`);
        if (scan.ignored.length > LISTED_FINDINGS)
            lines.push(`| … ${scan.ignored.length - LISTED_FINDINGS} more in the report | | | |`);
    }
    for (const rule of scan.expiredRules)
        lines.push('', `⚠️ Ignore entry ${cell(rule.id)} expired on ${rule.expires ?? '?'} and no longer applies${rule.reason ? ` (${cell(rule.reason)})` : ''}.`);
    return lines;
}
function findingLink(finding) {
    return finding.url ? `[${cell(finding.id)}](${finding.url})` : cell(finding.id);
}
function fixOf(finding) {
    return `${cell(finding.installedVersion)} → ${finding.fixedVersion ? cell(finding.fixedVersion) : 'no fix yet'}`;
}
function rekorIndexes(signing) {
    return signing.rekorLogIndexes
        .map((index) => signing.sigstore === 'public-good' ? `[${index}](${REKOR_SEARCH}${index})` : String(index))
        .join(', ');
}
/** A value inside a table cell: a pipe would end the cell. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

;// CONCATENATED MODULE: ./src/report/verify-commands.ts

const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** Stands in for the public key, whose path the publish run does not know. */
const PUBLIC_KEY_PLACEHOLDER = 'cosign.pub';
/** Stands in for a private instance's trusted root, which the verifier must be given. */
const TRUSTED_ROOT_PLACEHOLDER = 'trusted_root.json';
/** Which cosign reads what was stored: v3 reads bundles from OCI referrers, both read the classic tags. */
const COSIGN_FITS = {
    bundle: 'With cosign v3: the signatures are Sigstore bundles stored as OCI referrers, which cosign v3 reads (cosign v2 does not find them).',
    'cosign-classic': 'With cosign v2 or v3: the signatures are stored as classic `.sig` / `.att` tags, which both read.',
    both: 'With cosign v3 (reads the Sigstore bundles stored as OCI referrers) or cosign v2 (reads the classic `.sig` / `.att` tags): both were stored.',
};
/**
 * cosign v2 refuses `--trusted-root` for keyless classic attestations ("trusted root path
 * currently only supported with --new-bundle-format"): on a private instance the printed
 * commands are for cosign v3, and v2 users are told where its trust goes instead.
 */
const CLASSIC_PRIVATE_KEYLESS = "With cosign v3: the signatures are stored as classic `.sig` / `.att` tags. cosign v2 reads them too, but takes `--trusted-root` only for Sigstore bundles: give it the instance's Fulcio roots, Rekor key and CT log key in `SIGSTORE_ROOT_FILE`, `SIGSTORE_REKOR_PUBLIC_KEY` and `SIGSTORE_CT_LOG_PUBLIC_KEY_FILE` instead of `--trusted-root`.";
function cosignFits(image) {
    const classicPrivateKeyless = image.attestationFormat === 'cosign-classic' &&
        image.sigstore !== 'public-good' &&
        image.signer.mode === 'keyless';
    return classicPrivateKeyless ? CLASSIC_PRIVATE_KEYLESS : COSIGN_FITS[image.attestationFormat];
}
function verifyCommands(image) {
    const attested = attestedTypes(image.predicateTypes);
    const commands = [
        imprintVerify(image, attested),
        { tool: 'cosign', words: ['cosign', 'verify', image.imageRef], options: cosignTrust(image) },
        ...attested.map((predicateType) => ({
            tool: 'cosign',
            words: ['cosign', 'verify-attestation', image.imageRef],
            options: [['--type', (0,predicate_types/* cosignTypeOf */.NR)(predicateType)], ...cosignTrust(image)],
        })),
    ];
    const gh = ghAttestationVerify(image, attested);
    return gh ? [...commands, gh] : commands;
}
/** The commands as a markdown section: a heading, a line on each tool, fenced `sh` blocks. */
/** `heading`: a publish to several repositories names each one's section. */
function renderVerifyCommands(image, heading = 'Verify this image') {
    const commands = verifyCommands(image);
    const of = (tool) => commands.filter((c) => c.tool === tool);
    const lines = [`### ${heading}`, ''];
    lines.push('With imprint:', '', ...fenced(of('imprint')), '');
    lines.push(cosignFits(image), '', ...fenced(of('cosign')), '');
    const gh = of('gh');
    if (gh.length > 0)
        lines.push('With the GitHub CLI:', '', ...fenced(gh), '');
    const notes = placeholderNotes(image);
    if (notes.length > 0)
        lines.push(...notes, '');
    return lines.join('\n');
}
/**
 * One argument for a POSIX shell. Command words and flags stay bare for readability; anything
 * else is single-quoted, an embedded quote closing, escaping and reopening the quotes.
 */
function shellQuote(word) {
    if (/^(--)?[a-z0-9][a-z0-9-]*$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
/** A command on several lines: its words and the image, then one flag (with its value) per line. */
function shellCommand(command) {
    const lines = [command.words, ...command.options].map((line) => line.map(shellQuote).join(' '));
    return lines.join(' \\\n  ');
}
function imprintVerify(image, attested) {
    const options = signerOptions(image);
    if (image.sigstore !== 'public-good')
        options.push(['--trusted-root', TRUSTED_ROOT_PLACEHOLDER]);
    if (!inTransparencyLog(image))
        options.push(['--insecure-ignore-tlog']);
    const kinds = [...new Set(attested.flatMap((type) => (0,predicate_types/* kindOfPredicate */.dT)(type) ?? []))].sort();
    if (kinds.length > 0)
        options.push(['--require-attestations', kinds.join(',')]);
    return { tool: 'imprint', words: ['imprint', 'verify', image.imageRef], options };
}
function cosignTrust(image) {
    const options = signerOptions(image);
    if (image.sigstore !== 'public-good')
        options.push(['--trusted-root', TRUSTED_ROOT_PLACEHOLDER]);
    if (!inTransparencyLog(image))
        options.push(['--insecure-ignore-tlog=true']);
    return options;
}
/** GitHub's instance has no transparency log (its bundles carry signed timestamps instead). */
function inTransparencyLog(image) {
    return image.transparencyLog !== false && image.sigstore !== 'github';
}
function signerOptions(image) {
    if (image.signer.mode === 'key')
        return [['--key', PUBLIC_KEY_PLACEHOLDER]];
    return [
        ['--certificate-identity', image.signer.identity],
        ['--certificate-oidc-issuer', image.signer.issuer],
    ];
}
/**
 * `gh attestation verify` only knows GitHub Actions identities and reads only bundles from OCI
 * referrers, and by default looks for SLSA provenance: without all three it would fail.
 */
function ghAttestationVerify(image, attested) {
    const { signer } = image;
    if (signer.mode !== 'keyless' || signer.issuer !== GITHUB_ACTIONS_ISSUER)
        return null;
    if (image.attestationFormat === 'cosign-classic')
        return null;
    if (!attested.includes(predicate_types/* PREDICATE_SLSA_V1 */.Ke))
        return null;
    const owner = /^https:\/\/[^/]+\/([^/]+)\//.exec(signer.identity)?.[1];
    if (owner === undefined)
        return null;
    return {
        tool: 'gh',
        words: ['gh', 'attestation', 'verify', `oci://${image.imageRef}`],
        options: [
            ['--bundle-from-oci'],
            ['--owner', owner],
            ['--predicate-type', predicate_types/* PREDICATE_SLSA_V1 */.Ke],
            ['--cert-identity', signer.identity],
            ['--cert-oidc-issuer', signer.issuer],
        ],
    };
}
function attestedTypes(predicateTypes) {
    // In the order of imprint's kinds (provenance, sbom, vuln), then any other type.
    const key = (type) => `${(0,predicate_types/* kindOfPredicate */.dT)(type) ?? '~'} ${type}`;
    return ([...new Set(predicateTypes)]
        // The image's own signature: `cosign verify` checks it, not `verify-attestation`.
        .filter((type) => type !== predicate_types/* PREDICATE_COSIGN_SIGN */.M7)
        .sort((a, b) => key(a).localeCompare(key(b))));
}
function placeholderNotes(image) {
    const notes = [];
    if (image.signer.mode === 'key')
        notes.push(`\`${PUBLIC_KEY_PLACEHOLDER}\` stands for the public key that matches the signing key.`);
    if (image.sigstore !== 'public-good')
        notes.push(`\`${TRUSTED_ROOT_PLACEHOLDER}\` stands for the trusted root of the ${image.sigstore} Sigstore instance the image was signed with.`);
    return notes.length > 1 ? notes.map((note) => `- ${note}`) : notes;
}
/** A fence longer than any run of backticks inside, so no value can close it early. */
function fenced(commands) {
    const body = commands.map(shellCommand);
    const longestRun = Math.max(0, ...body.flatMap((text) => (text.match(/`+/g) ?? []).map((run) => run.length)));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return [`${fence}sh`, ...body, fence];
}

;// CONCATENATED MODULE: ./src/publish/summary-step.ts
/** The publish job summary: the result as the report model, plus paste-ready verify commands. */






function publishSummary(options, result) {
    const attested = result.attested !== undefined;
    const markdown = renderPublishSummary({
        repository: result.repository,
        digest: result.pinned?.digest,
        imageRef: result.pinned?.imageRef,
        tags: result.tags,
        platformDigests: result.pinned?.platformDigests ?? {},
        builder: result.builder,
        pushed: result.pinned !== undefined,
        ...(result.attested && { signing: signingSummary(result.attested) }),
        ...(result.sboms && { sbom: sbomSummary(result.sboms, attested) }),
        ...(result.copies.length > 0 && { repositories: repositorySummaries(result) }),
        ...(result.scan && {
            scan: 'skipped' in result.scan ? result.scan : scanSummary(result.scan, options.scan, attested),
        }),
    });
    const several = result.copies.length > 0;
    const commands = publishedRepositories(result).map((published) => verifyCommandsMarkdown(options, published, several ? `Verify ${published.repository}` : undefined));
    return markdown + commands.join('');
}
function repositorySummaries(result) {
    return publishedRepositories(result).map((entry) => ({
        repository: entry.repository,
        imageRef: entry.pinned.imageRef,
        tags: entry.tags,
        signed: entry.attested !== undefined,
        ...evidenceCounts(entry.attested),
    }));
}
function evidenceCounts(attested) {
    const placements = attested?.placements ?? [];
    return {
        stored: placements.filter((placement) => placement.status === 'stored').length,
        present: placements.filter((placement) => placement.status !== 'stored').length,
        rekorLogIndexes: attested?.rekorLogIndexes ?? [],
        ...(attested?.heldBack && { heldBack: attested.heldBack.reason }),
    };
}
/** Commands to verify exactly this image in this repository, when it was signed there. */
function verifyCommandsMarkdown(options, published, heading) {
    const attested = published.attested;
    if (!attested || attested.heldBack)
        return '';
    const summary = signingSummary(attested);
    return ('\n' +
        renderVerifyCommands({
            imageRef: published.pinned.imageRef,
            signer: summary.signer.mode === 'key'
                ? { mode: 'key' }
                : { mode: 'keyless', identity: summary.signer.identity, issuer: summary.signer.issuer },
            sigstore: attested.session.endpoints.instance,
            predicateTypes: summary.attestations.map((attestation) => attestation.predicateType),
            attestationFormat: options.sign.attestationFormat,
            transparencyLog: attested.session.endpoints.rekorUrl !== undefined,
        }, heading));
}

;// CONCATENATED MODULE: ./src/publish/target.ts
/**
 * What to publish, worked out from `image`, `tags` and `builder` before anything runs, so a
 * typo fails in a second rather than after a ten-minute build. Pure.
 */



function target_repositoryOf(reference) {
    return { registry: reference.registry, repository: reference.repository };
}
function sameRepository(a, b) {
    return (0,hosts/* sameRegistry */.cJ)(a.registry, b.registry) && a.repository === b.repository;
}
/**
 * An entry of `image` the image is pushed or copied to, parsed; a bad one is refused naming the
 * input. `existing`: the image is one already published (builder none), else one this run builds.
 */
function parseImageEntry(entry, existing = false) {
    let written;
    try {
        written = (0,registry_reference/* parseReference */.F2)(entry);
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `input "image": ${error.message}`, {
            cause: error,
            hint: 'list repositories one per line (or comma separated), e.g. ghcr.io/acme/app',
        });
    }
    if (written.digest !== undefined && existing) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `input "image" has a digest on a further line (${entry}), but the image copied there has the digest of the first line`, { hint: 'name the repository only (e.g. registry.example/prod/app), or with a tag' });
    }
    if (written.digest !== undefined) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `input "image" has a digest (${entry}), but a build gives the image its digest`, {
            hint: 'name the repository only (e.g. ghcr.io/acme/app), or use builder: none to publish an existing image',
        });
    }
    return written;
}
/**
 * `image` lists the repositories (a tag on one is pushed there too); `tags` are bare tags,
 * pushed to every repository, or full references, pushed to the repository they name, which
 * must be one of `image`. A repository left without a tag gets the default one.
 */
function resolveTargets(images, tags) {
    const written = images.map((entry) => parseImageEntry(entry));
    const targets = distinctTargets(written);
    written.forEach((reference, index) => {
        if (reference.tag !== undefined)
            addTag(targets[index], reference);
    });
    for (const entry of tags) {
        if (!(entry.includes('/') || entry.includes('@'))) {
            for (const target of targets)
                addTag(target, (0,registry_reference/* parseReference */.F2)(`${(0,registry_reference/* formatReference */.FH)(target.repository)}:${entry}`));
            continue;
        }
        const reference = (0,registry_reference/* parseReference */.F2)(entry);
        const target = targets.find((candidate) => sameRepository(candidate.repository, reference));
        if (!target)
            throw notAmongRepositories(entry, reference, targets);
        if (reference.digest !== undefined || reference.tag === undefined) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `tag "${entry}" must be a tag, not a digest`);
        }
        addTag(target, reference);
    }
    for (const target of targets) {
        if (target.tagged.length === 0)
            addTag(target, { ...target.repository, tag: registry_reference/* DEFAULT_TAG */.fL });
    }
    return targets;
}
/** One target per repository, without tags yet; a repository named twice is refused. */
function distinctTargets(written) {
    const targets = [];
    for (const reference of written) {
        const repository = target_repositoryOf(reference);
        if (targets.some((target) => sameRepository(target.repository, repository))) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `input "image" lists ${(0,registry_reference/* formatReference */.FH)(repository)} twice`, { hint: 'name each repository once; give its tags in "tags" or on one of its lines' });
        }
        targets.push({ repository, tagged: [] });
    }
    return targets;
}
function addTag(target, reference) {
    if (!target.tagged.some((existing) => existing.tag === reference.tag))
        target.tagged.push({ ...target.repository, tag: reference.tag });
}
function notAmongRepositories(entry, reference, targets) {
    const named = (0,registry_reference/* formatReference */.FH)(target_repositoryOf(reference));
    if (targets.length === 1) {
        return new errors/* ImprintError */.m0('INPUT_INVALID', `tag "${entry}" names ${named}, not ${(0,registry_reference/* formatReference */.FH)(targets[0].repository)}`, {
            hint: 'every tag must be in a repository given by "image"; list the other repository in "image" too',
        });
    }
    const listed = targets.map((target) => (0,registry_reference/* formatReference */.FH)(target.repository)).join(', ');
    return new errors/* ImprintError */.m0('INPUT_INVALID', `tag "${entry}" names ${named}, which is not among the repositories of "image" (${listed})`, { hint: 'every tag must be in a repository given by "image"; add that repository to "image"' });
}
function resolveSource(options) {
    const more = options.moreImages ?? [];
    if (options.builder !== 'none') {
        const [first, ...copies] = resolveTargets([options.image, ...more], options.tags);
        return { kind: 'build', ...first, push: options.push, copies };
    }
    const reference = (0,registry_reference/* parseReference */.F2)(options.image);
    if (reference.tag === undefined && reference.digest === undefined) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `with builder none, "image" must name an existing image by tag or digest; got "${options.image}"`, { hint: 'e.g. ghcr.io/acme/app:1.2.3 or ghcr.io/acme/app@sha256:…' });
    }
    return {
        kind: 'existing',
        repository: target_repositoryOf(reference),
        reference,
        copies: existingCopies(reference, more),
    };
}
/**
 * With builder none, the further lines of `image` are repositories to copy the existing image
 * to, each under its own tag, else the tag the image was named by, else by digest only.
 */
function existingCopies(existing, more) {
    const written = more.map((entry) => parseImageEntry(entry, true));
    const [, ...copies] = distinctTargets([existing, ...written]);
    copies.forEach((target, index) => {
        const tag = written[index].tag ?? existing.tag;
        if (tag !== undefined)
            addTag(target, { ...target.repository, tag });
    });
    return copies;
}
/** Whether the image ends up in the registry: an existing one is there already. */
function isPushed(source) {
    return source.kind === 'existing' || source.push;
}
/** The first repository, where the builder pushes (or the existing image is), with its tags. */
function firstTarget(source) {
    return {
        repository: source.repository,
        tagged: source.kind === 'build' ? source.tagged : [],
    };
}
/** The repositories the image is copied to: none when nothing is pushed (push: false). */
function copyTargets(source) {
    return isPushed(source) ? source.copies : [];
}
/** The tags of the first repository: those pushed, or the one an existing image was named by. */
function reportedTags(source) {
    if (source.kind === 'build')
        return source.tagged.map((reference) => (0,registry_reference/* formatReference */.FH)(reference));
    const { tag } = source.reference;
    return tag !== undefined ? [(0,registry_reference/* formatReference */.FH)({ ...source.repository, tag })] : [];
}

;// CONCATENATED MODULE: ./src/publish/run.ts
/**
 * The publish pipeline, one list of steps for an image built here and for one already in the
 * registry (builder: none): resolve what to publish → open the registries → pin the existing
 * image, or prove each registry answers → prepare signing and the scanner → build and push, then
 * pin by digest (the registry's word, never the tag's) → copy the image to the further
 * repositories of `image` (copies-step.ts) → SBOM and vulnerability scan → sign, attest, store
 * and read back in each repository → outputs and summary. Each step runs in its own log group.
 * What signing needs (token, key, trusted root) and a required scanner are checked before the
 * build. The gates (vulnerabilities, policy) are asked after the attestations are stored and
 * before the image signature is written: a failed gate holds the signature back (gates.ts),
 * and fails the step once the summary is written.
 *
 * Nothing below reads the process environment: the door hands it over (PublishEnvironment).
 */



















async function runPublish(options, context, environment) {
    const { log } = context;
    const { env } = environment;
    // The door chose the context's platform from these same variables; tests hand in their own.
    const platform = (0,choose_platform/* detectPlatform */.l)(env);
    const policy = await loadGatePolicy(options, log);
    // The user's predicate files are read now: a file that is not JSON fails before the build.
    const predicates = await (0,custom_predicates/* loadCustomPredicates */.IF)(options.predicates);
    const vex = await (0,vex_documents/* loadVexDocuments */.Us)(options.vex);
    const gates = new PublishGates(options, policy, context, env);
    const source = resolveSource(options);
    const { registry, copyAccess, existing } = await openRepositories(source, options, log, env);
    // What signing and a required scanner need is checked now: failing costs seconds, not a build.
    const pushed = isPushed(source);
    const signing = pushed
        ? await prepareSigning(options, signingEnvironment(environment, platform), log)
        : undefined;
    const scanning = pushed ? await prepareScan(options.scan, platform, env, log) : undefined;
    const built = await buildImage(source, options, registry, platform, log);
    const pinned = existing ?? built.pinned;
    const first = pinned && { target: firstTarget(source), access: registry, pinned };
    const copies = await copyToRepositories(first, copyTargets(source), copyAccess, log);
    const evidence = pinned && scanning
        ? await gatherEvidence({ registry, repository: source.repository, pinned, vex }, options, scanning, platform, context)
        : {};
    const requested = requestedAttestations(evidence, { predicates, vex }, pinned, environment);
    if (predicates.length + vex.length > 0 && !(pinned && signing))
        warnUnattested([...predicates.map((p) => p.type), ...vex.map((v) => v.source)], log);
    const sign = signing && signer(signing, context, requested, gates, evidence);
    const { attested, copyResults } = await attestRepositories(first, copies, sign);
    const result = {
        repository: (0,registry_reference/* formatReference */.FH)(source.repository),
        ...(pinned && { pinned }),
        tags: reportedTags(source),
        builder: built.builder,
        ...evidence,
        ...(attested && { attested }),
        copies: copyResults,
    };
    await gates.afterPublish(result.scan, result.pinned);
    setPublishOutputs(result, context);
    if (options.summary)
        await context.writeSummary(publishSummary(options, result));
    // After the attestations are stored and the summary written: the evidence is the point.
    const failure = gates.failure();
    if (failure)
        throw failure;
    return result;
}
/** Signed after the provenance that signing prepared: the evidence's, the user's, the caller's. */
function requestedAttestations(evidence, given, pinned, environment) {
    return [
        ...evidenceAttestations(evidence),
        ...(pinned ? (0,custom_predicates/* customAttestations */.hu)(given.predicates, pinned.digest) : []),
        ...(pinned ? (0,vex_documents/* vexAttestations */.Ds)(given.vex, pinned.digest) : []),
        ...(environment.attestations ?? []),
    ];
}
/** Nothing is signed without a push and signing: the predicates and VEX given are not attested. */
function warnUnattested(given, log) {
    log.warning(`${given.length} predicate(s) not attested (${given.join(', ')}): nothing is signed without push and sign`);
}
/** A broken policy file fails before anything is built or pushed. */
async function loadGatePolicy(options, log) {
    if (options.policy === undefined)
        return undefined;
    const policy = await (0,load.loadPolicy)(options.policy);
    for (const warning of (0,signer_overlap.signerOverlapWarnings)(policy))
        log.warning(`policy: ${warning}`);
    return policy;
}
/**
 * Before a build that may take minutes: an existing image is pinned now; for a push, the
 * registry is reached (and the credentials proved) with one HEAD.
 */
async function beforeBuild(source, registry, log) {
    if (source.kind === 'existing') {
        return inGroup(log, 'Pin the existing image by digest', () => pinImage(registry.client, source.repository, { existing: source.reference }, log));
    }
    if (source.push) {
        const tag = source.tagged[0]?.tag ?? registry_reference/* DEFAULT_TAG */.fL;
        await registry.client.headManifest(source.repository.repository, tag);
    }
    return undefined;
}
/** Builds and pushes, then pins what the registry serves under the tags; builder none: nothing. */
async function buildImage(source, options, registry, platform, log) {
    if (source.kind === 'existing')
        return { builder: 'none' };
    const built = await buildAndPush(options, source, registry.credentials, log, platform);
    if (!source.push)
        return { builder: built.builder };
    const pinned = await inGroup(log, 'Pin the image by digest', () => pinImage(registry.client, source.repository, { claimed: built.digest, tags: source.tagged }, log));
    return { builder: built.builder, pinned };
}
/**
 * Every repository's registry, opened and proved before the build: the first's (where an
 * existing image is pinned now) and each further one's.
 */
async function openRepositories(source, options, log, env) {
    const pool = openRegistries(options, source.repository, log, env);
    const registry = await pool.access(source.repository.registry);
    const existing = await beforeBuild(source, registry, log);
    const copyAccess = await reachCopies(pool, copyTargets(source));
    return { registry, copyAccess, ...(existing && { existing }) };
}
/** Signs and attests the image in one repository, with the run's evidence and gates. */
function signer(signing, context, requested, gates, evidence) {
    return (published) => attestImage(attestTarget(published), signing, context, requested, gates.forSigning(evidence.scan, published.pinned));
}
/**
 * The first repository, then each further one signs and attests its own copy: the signature
 * payload (docker-reference) and the statements' subjects name the repository.
 */
async function attestRepositories(first, copies, sign) {
    if (!first || !sign)
        return { copyResults: copies.map((copy) => repositoryResult(copy)) };
    const attested = await sign(first);
    const copyResults = [];
    for (const copy of copies)
        copyResults.push(repositoryResult(copy, await inRepository(copy.target, () => sign(copy))));
    return { attested, copyResults };
}
function repositoryResult(copy, attested) {
    return {
        repository: (0,registry_reference/* formatReference */.FH)(copy.target.repository),
        pinned: copy.pinned,
        tags: copy.target.tagged.map((reference) => (0,registry_reference/* formatReference */.FH)(reference)),
        ...(attested && { attested }),
    };
}
/** Where the attestations go: the pinned image's repository, named as its in-toto subject. */
function attestTarget({ target, access, pinned }) {
    return {
        client: access.client,
        repositoryPath: target.repository.repository,
        name: (0,registry_reference/* formatReference */.FH)(target.repository),
        pinned,
    };
}
function signingEnvironment(environment, platform) {
    const { sigstoreRetry, githubRoot, githubApiRetry } = environment;
    return { platform, githubRoot, githubApiRetry, ...(sigstoreRetry && { retry: sigstoreRetry }) };
}


/***/ }),

/***/ 86252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i2: () => (/* binding */ renderVerifySummary)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT_BYTES, text */
/* harmony import */ var _policy_rules_vulnerabilities_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room kept for the lines that say what was cut. */
const TRAILER_RESERVE_BYTES = 2048;
/** A found/expected text longer than this goes inside <details>. */
const LONG_TEXT = 240;
const MAX_LOCATIONS_SHOWN = 3;
const ICONS = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' };
const RANK = { fail: 0, warn: 1, pass: 2 };
class Budget {
    limit;
    lines = [];
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Adds the lines if they all fit; false (and nothing added) when they do not. */
    add(...lines) {
        const size = lines.reduce((sum, line) => sum + Buffer.byteLength(line, 'utf8') + 1, 0);
        if (this.used + size > this.limit)
            return false;
        this.lines.push(...lines);
        this.used += size;
        return true;
    }
    text() {
        return this.lines.join('\n') + '\n';
    }
}
function renderVerifySummary(report, options) {
    const limit = (options.limitBytes ?? SUMMARY_LIMIT_BYTES) - TRAILER_RESERVE_BYTES;
    const budget = new Budget(limit);
    const images = [...report.images].sort((a, b) => RANK[a.verdict.outcome] - RANK[b.verdict.outcome]);
    budget.add(...header(report, options));
    budget.add('| Result | Image | Digest | Checks | Deployed by |', '|---|---|---|---|---|');
    let rows = 0;
    while (rows < images.length && budget.add(row(images[rows])))
        rows += 1;
    const notPassing = images.filter((image) => image.verdict.outcome !== 'pass');
    let detailed = 0;
    if (notPassing.length > 0 && budget.add('', '### What to fix', '')) {
        while (detailed < notPassing.length && budget.add(...details(notPassing[detailed])))
            detailed += 1;
    }
    budget.add(...vexLines(images));
    const trailer = cutNotice(images.length - rows, notPassing.length - detailed, options.reportPath);
    return budget.text() + (trailer.length > 0 ? `\n${trailer.join('\n')}\n` : '');
}
function header(report, options) {
    const count = (outcome) => report.images.filter((i) => i.verdict.outcome === outcome).length;
    const total = report.images.length;
    const title = report.verified
        ? `## ✅ imprint verify: ${plural(total, 'image')} verified`
        : report.mode === 'warn'
            ? `## ⚠️ imprint verify: ${plural(report.violations, 'violation')} (mode warn: reported, not enforced)`
            : `## ❌ imprint verify: ${count('fail')} of ${plural(total, 'image')} break${count('fail') === 1 ? 's' : ''} the policy`;
    return [
        title,
        '',
        `Policy ${text(options.policySource)} · mode ${report.mode} · ${count('pass')} passed · ${count('warn')} warned · ${count('fail')} failed · ${plural(report.violations, 'violation')}`,
        '',
    ];
}
function row(image) {
    const { verdict } = image;
    const checks = allChecks(verdict);
    const failed = checks.filter((c) => c.outcome === 'fail').length;
    const warned = checks.filter((c) => c.outcome === 'warn').length;
    const passed = checks.filter((c) => c.outcome === 'pass').length;
    const counts = [failed && `${failed} failed`, warned && `${warned} warned`, `${passed} passed`]
        .filter(Boolean)
        .join(', ');
    const platforms = verdict.platforms?.length
        ? ` (${plural(verdict.platforms.length, 'platform')})`
        : '';
    return `| ${ICONS[verdict.outcome]} | ${code(image.reference)} | ${verdict.digest ? code(shortDigest(verdict.digest)) : '—'}${platforms} | ${counts} | ${locations(image.locations)} |`;
}
function details(image) {
    const lines = [`#### ${ICONS[image.verdict.outcome]} ${code(image.reference)}`, ''];
    if (image.locations.length > 0)
        lines.push(`Deployed by ${locations(image.locations, Infinity)}.`, '');
    lines.push(...checkLines(image.verdict.checks));
    for (const platform of image.verdict.platforms ?? []) {
        const failing = platform.checks.filter((c) => c.outcome === 'fail' || c.outcome === 'warn');
        if (failing.length === 0)
            continue;
        lines.push('', `<details><summary>Platform ${text(platform.platform ?? '?')} ${platform.digest ? code(shortDigest(platform.digest)) : ''}: ${plural(failing.length, 'check')} to fix</summary>`, '');
        lines.push(...checkLines(platform.checks), '', '</details>');
    }
    lines.push('');
    return lines;
}
function checkLines(checks) {
    return checks
        .filter((c) => c.outcome === 'fail' || c.outcome === 'warn')
        .flatMap((c) => [
        `- ${c.outcome === 'fail' ? '❌' : '⚠️'} **${text(c.check)}**`,
        `  - expected: ${long(c.expected)}`,
        `  - found: ${long(c.found)}`,
        ...(c.hint ? [`  - fix: ${long(c.hint)}`] : []),
    ]);
}
/** Findings VEX resolved and the statement that did: passes, but ones a reviewer must see. */
function vexLines(images) {
    const rows = images.flatMap((image) => {
        const resolved = allChecks(image.verdict)
            .filter((c) => c.outcome === 'pass' && c.check.startsWith(_policy_rules_vulnerabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .VEX_FINDING_CHECK */ .L))
            .map((c) => c.found);
        // The platforms of an index read the same VEX: each statement once per image.
        return [...new Set(resolved)].map((found) => `| ${code(image.reference)} | ${text(found)} |`);
    });
    if (rows.length === 0)
        return [];
    return [
        '',
        '### Findings resolved by VEX',
        '',
        '| Image | Finding: the VEX statement that resolved it |',
        '|---|---|',
        ...rows,
    ];
}
function cutNotice(rowsLeft, detailsLeft, reportPath) {
    if (rowsLeft === 0 && detailsLeft === 0)
        return [];
    const where = reportPath
        ? `the JSON report ${code(reportPath)}`
        : 'the JSON report (report-path)';
    const parts = [
        rowsLeft > 0 && `${plural(rowsLeft, 'image row')}`,
        detailsLeft > 0 && `the details of ${plural(detailsLeft, 'image')}`,
    ].filter(Boolean);
    return [
        `> **${parts.join(' and ')} left out** to keep this summary under GitHub's 1 MiB limit: every image is in ${where}.`,
    ];
}
function allChecks(verdict) {
    return [...verdict.checks, ...(verdict.platforms ?? []).flatMap((p) => allChecks(p))];
}
function locations(list, max = MAX_LOCATIONS_SHOWN) {
    if (list.length === 0)
        return '—';
    const shown = list
        .slice(0, max)
        .map((l) => code(l.line === undefined ? l.file : `${l.file}:${l.line}`));
    const more = list.length > max ? ` and ${list.length - max} more` : '';
    return shown.join(', ') + more;
}
function long(value) {
    if (value.length <= LONG_TEXT)
        return text(value);
    return `<details><summary>${text(value.slice(0, 80))}…</summary>${text(value)}</details>`;
}
function shortDigest(digest) {
    return digest.length > 19 ? `${digest.slice(0, 19)}…` : digest;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/**
 * Escapes HTML, and as entities the markdown characters that would turn text into markup or
 * split a table cell (entities work both in markdown and inside <details> HTML blocks). The
 * colon too: GFM turns a bare https:// into a link, and a link shows entities inside it raw
 * (…@refs/tags/v&#42; instead of …@refs/tags/v*).
 */
function text(value) {
    // One pass, so an entity written for one character is never escaped again.
    return value.replace(/\r?\n|[&<>|\\`*_[\]~#:]/g, (char) => ENTITIES[char] ?? `&#${char.charCodeAt(0)};`);
}
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '\n': '<br>',
    '\r\n': '<br>',
};
/** Inline code that cannot be broken out of: <code> with escaped content, no backticks. */
function code(value) {
    return `<code>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;')}</code>`;
}


/***/ })

};
