export const id = 448;
export const ids = [448];
export const modules = {

/***/ 54906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   DE: () => (/* binding */ blobOf),
/* harmony export */   Me: () => (/* binding */ MAX_BUNDLE_BYTES),
/* harmony export */   d5: () => (/* binding */ READ_BUDGET_BYTES),
/* harmony export */   k_: () => (/* binding */ OCI_MANIFEST_MEDIA_TYPE),
/* harmony export */   nb: () => (/* binding */ descriptorOf),
/* harmony export */   rm: () => (/* binding */ OCI_CONFIG_MEDIA_TYPE),
/* harmony export */   sI: () => (/* reexport safe */ _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__.sI),
/* harmony export */   w3: () => (/* binding */ OCI_EMPTY_MEDIA_TYPE)
/* harmony export */ });
/* unused harmony export OCI_INDEX_MEDIA_TYPE */
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
/**
 * Bytes of stored blobs a run reads and keeps at once, all reads together (util/byte-budget.ts):
 * four bundles at the limit, or thousands of real ones, so it never slows an honest registry,
 * and a hostile one serving hundreds of huge bundles at once cannot make verify hold gigabytes.
 */
const READ_BUDGET_BYTES = 256 * 1024 * 1024;
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

/***/ 81804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  copyImage: () => (/* binding */ copyImage)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/registry/pool.ts + 7 modules
var registry_pool = __webpack_require__(34416);
// EXTERNAL MODULE: ./src/policy/load.ts
var load = __webpack_require__(58164);
// EXTERNAL MODULE: ./src/report/verify-junit.ts
var verify_junit = __webpack_require__(78064);
// EXTERNAL MODULE: ./src/verify/engine.ts + 14 modules
var engine = __webpack_require__(94054);
// EXTERNAL MODULE: ./src/verify/trust.ts
var verify_trust = __webpack_require__(92751);
;// CONCATENATED MODULE: ./src/copy/gate.ts
/**
 * The promotion gate: the image, by digest, judged by the verify engine against a policy
 * file, at the source before anything is copied and at the target afterwards. A failing
 * verdict is a POLICY_VIOLATION that names each failing check.
 */





async function openGate(settings) {
    const policy = await (0,load.loadPolicy)(settings.policyFile);
    const trust = await (0,verify_trust/* loadTrustSet */.D)(policy, {
        ...(settings.trustedRoot !== undefined && { trustedRootPath: settings.trustedRoot }),
        offline: false,
        cwd: settings.cwd,
    });
    return {
        policySource: settings.policyFile,
        check: (pinned, where) => judge(pinned, where, policy, trust, settings),
    };
}
async function judge(pinned, where, policy, trust, settings) {
    const report = await (0,engine/* verifyImages */.O3)({
        images: [{ reference: pinned, locations: [] }],
        policy,
        trust,
        now: new Date(),
        offline: false,
        registry: settings.registry,
    });
    const result = report.images[0];
    // mode warn: the verdict says warn, and a promotion under a warn policy goes ahead.
    if (result.verdict.outcome !== 'fail')
        return result;
    const failing = result.verdict.checks
        .filter((check) => check.outcome === 'fail')
        .map((check) => `  ${check.check}: ${(0,verify_junit/* failureMessage */.oh)(check)}`);
    const platforms = (result.verdict.platforms ?? []).filter((p) => p.outcome === 'fail').length;
    if (platforms > 0)
        failing.push(`  ${platforms} platform manifest(s) fail too`);
    const message = where === 'source'
        ? `${pinned} fails the policy ${settings.policyFile}, so it was not copied:`
        : `The copy ${pinned} fails the policy ${settings.policyFile} on the target:`;
    throw new errors/* ImprintError */.m0('POLICY_VIOLATION', [message, ...failing].join('\n'), {
        hint: where === 'source'
            ? 'Sign and attest the image as the policy requires, then promote it.'
            : 'The target lost evidence or the policy names the source registry; run `imprint verify` on the target to see why.',
    });
}

// EXTERNAL MODULE: ./src/attest/storage/cosign-classic.ts
var cosign_classic = __webpack_require__(62341);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(10506);
// EXTERNAL MODULE: ./src/registry/referrers.ts
var registry_referrers = __webpack_require__(9191);
;// CONCATENATED MODULE: ./src/copy/source.ts
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
            const tag = (0,cosign_classic/* cosignTag */.qv)(subject, suffix);
            const found = await client.headManifest(repository, tag);
            if (found)
                classic.push({ tag, node: await readTree(client, repository, found.digest, budget) });
        }
    }
    return { image, referrers, classic };
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
    const parsed = (0,manifest/* parseManifest */.Ng)(fetched.bytes, fetched.mediaType);
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
            const descriptors = await (0,registry_referrers/* listReferrers */.xt)(client, repository, subject);
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
    return new errors/* ImprintError */.m0('REGISTRY_PROTOCOL', `Copying ${repository}@${digest} would mean more than ${MAX_MANIFESTS} manifests (image, platforms, referrers): refusing.`, { hint: 'A registry that lists that many referrers for one image is faulty or hostile.' });
}

// EXTERNAL MODULE: ./src/registry/fallback-index.ts
var fallback_index = __webpack_require__(964);
// EXTERNAL MODULE: ./src/verify/concurrency.ts
var concurrency = __webpack_require__(57514);
;// CONCATENATED MODULE: ./src/copy/write.ts
/**
 * Write a read source (source.ts) to the target repository, in the order that keeps a
 * partial copy consistent: a manifest's blobs, then the manifest; platform manifests, then
 * the index; the image, then its referrer manifests, then the referrers indexes. Each
 * manifest and blob the target already has (HEAD) is skipped, so a re-run after a failure
 * resumes where it stopped, and a re-run of a finished copy writes nothing.
 */




/** Blobs moved at once, as crane and oras do by default. */
const BLOBS_AT_ONCE = 4;
/**
 * PATCH size for streamed blobs: distribution does work per PATCH, and larger chunks measured
 * faster (bench/copy.ts). At most two chunks per blob are in memory (one sent, one read ahead).
 */
const COPY_CHUNK_SIZE = 32 * 1024 * 1024;
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
    await writer.tree(source.image);
    if (options.tag)
        await writer.tag(options.tag, source.image);
    for (const group of source.referrers) {
        for (const referrer of group.referrers)
            await writer.tree(referrer.node);
    }
    // Every referrer manifest is there; the subjects' fallback indexes are independent tags, and
    // each write waits out its race guard (fallback-index.ts), so they are written side by side.
    await (0,concurrency/* mapLimit */.s)(source.referrers, BLOBS_AT_ONCE, (group) => writer.index(group.subject, group.referrers.map((r) => r.descriptor)));
    for (const classic of source.classic) {
        await writer.tree(classic.node);
        await writer.tag(classic.tag, classic.node, { refuseOther: true });
    }
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
        const missing = [];
        for (const node of postOrder(root)) {
            if (this.done.has(node.digest))
                continue;
            this.done.add(node.digest);
            if (await client.headManifest(repository, node.digest))
                this.counts.manifestsSkipped += 1;
            else
                missing.push(node);
        }
        const blobs = new Map(missing.flatMap((node) => node.blobs).map((b) => [b.digest, b]));
        await (0,concurrency/* mapLimit */.s)([...blobs.values()], this.options.concurrency ?? BLOBS_AT_ONCE, (blob) => this.blob(blob));
        for (const node of missing) {
            await client.putManifest(repository, node.digest, node.bytes, node.mediaType);
            this.counts.manifestsCopied += 1;
            this.options.log?.(`copied manifest ${node.digest} (${node.mediaType})`);
        }
    }
    async tag(tag, node, { refuseOther = false } = {}) {
        const { client, repository } = this.ends.target;
        const current = await client.headManifest(repository, tag);
        if (current?.digest === node.digest)
            return;
        if (current && refuseOther) {
            throw new errors/* ImprintError */.m0('INPUT_CONFLICT', `The target ${client.registry}/${repository}:${tag} already holds ${current.digest}, not the source's ${node.digest}: refusing to replace cosign evidence someone else wrote there.`, { hint: 'Delete that tag on the target if it is stale, then copy again.' });
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
        const listed = new Set((await (0,registry_referrers/* listReferrers */.xt)(client, repository, subject)).map((descriptor) => descriptor.digest));
        const missing = descriptors.filter((descriptor) => !listed.has(descriptor.digest));
        if (missing.length === 0 || (0,registry_referrers/* hasReferrersApi */.f6)(client) === true)
            return;
        await (0,fallback_index/* addToFallbackIndex */.rh)(client, repository, subject, missing, this.options.fallback);
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
        const stream = await source.client.getBlob(source.repository, blob.digest);
        // A small blob can arrive, and fail its digest check, before the upload starts reading;
        // the upload still sees the error (the stream stays errored), but it must not go unheard.
        stream.on('error', () => undefined);
        await target.client.pushBlob(target.repository, stream, {
            digest: blob.digest,
            size: blob.size,
            chunkSize: COPY_CHUNK_SIZE,
            streamVerifiesDigest: true,
        });
        this.counts.blobsCopied += 1;
        this.counts.bytesCopied += blob.size;
    }
}
/** Children before parents: the order in which a registry accepts an index. */
function postOrder(node) {
    return [...node.children.flatMap(postOrder), node];
}

;// CONCATENATED MODULE: ./src/copy/copy.ts
/**
 * `imprint copy SRC DST`: the image and all its evidence from one repository to another,
 * digests unchanged (as `cosign copy` and `oras cp -r`). With a policy, the image is verified
 * at the source first (nothing is copied when it fails) and at the target afterwards.
 */






async function copyImage(request) {
    const source = (0,registry_reference/* parseReference */.F2)(request.source);
    const target = (0,registry_reference/* parseReference */.F2)(request.target);
    const gate = request.policyFile
        ? await openGate({
            policyFile: request.policyFile,
            ...(request.trustedRoot !== undefined && { trustedRoot: request.trustedRoot }),
            cwd: request.cwd,
            registry: request.registry,
        })
        : undefined;
    const pool = new registry_pool/* RegistryPool */.y(request.registry, request.log);
    try {
        const sourceClient = await pool.client(source.registry);
        const digest = await resolveDigest(source, sourceClient);
        checkTarget(source, target, digest);
        const pinned = (reference) => `${(0,registry_reference/* repositoryPath */.SH)(reference)}@${digest}`;
        if (gate) {
            await gate.check(pinned(source), 'source');
            request.log?.info(`${pinned(source)} passes ${gate.policySource}`);
        }
        const read = await readSource(sourceClient, source.repository, digest);
        const manifests = manifestsOf(read).length;
        const referrers = read.referrers.reduce((sum, group) => sum + group.referrers.length, 0);
        request.log?.info(`copying ${manifests} manifest(s) (${referrers} referrer(s), ${read.classic.length} cosign tag(s)) to ${(0,registry_reference/* repositoryPath */.SH)(target)}`);
        const tag = target.tag ?? (target.digest === undefined ? source.tag : undefined);
        const counts = await writeCopy({
            source: { client: sourceClient, repository: source.repository },
            target: { client: await pool.client(target.registry), repository: target.repository },
        }, read, {
            ...(tag !== undefined && { tag }),
            ...(request.fallback && { fallback: request.fallback }),
            ...(request.log && { log: (line) => request.log.debug(line) }),
        });
        if (gate) {
            await gate.check(pinned(target), 'target');
            request.log?.info(`${pinned(target)} passes ${gate.policySource} on the target`);
        }
        return {
            digest,
            target: pinned(target),
            ...(tag !== undefined && { tag }),
            manifests,
            referrers,
            counts,
            verified: gate !== undefined,
        };
    }
    finally {
        await pool.close();
    }
}
async function resolveDigest(source, client) {
    if (source.digest)
        return source.digest;
    const found = await client.headManifest(source.repository, source.tag ?? registry_reference/* DEFAULT_TAG */.fL);
    if (!found) {
        throw new errors/* ImprintError */.m0('REGISTRY_NOT_FOUND', `${(0,registry_reference/* formatReference */.FH)(source)} does not exist.`, {
            hint: 'Check the source reference; copy reads the image from there.',
        });
    }
    return found.digest;
}
function checkTarget(source, target, digest) {
    if (target.digest !== undefined && target.digest !== digest) {
        throw new errors/* ImprintError */.m0('INPUT_CONFLICT', `The target ${(0,registry_reference/* formatReference */.FH)(target)} names the digest ${target.digest}, but the source ${(0,registry_reference/* formatReference */.FH)(source)} is ${digest}: a copy keeps digests.`, { hint: 'Give the target as registry/repository[:tag], without a digest.' });
    }
    if ((0,registry_reference/* repositoryPath */.SH)(source) === (0,registry_reference/* repositoryPath */.SH)(target)) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `The source and the target are the same repository (${(0,registry_reference/* repositoryPath */.SH)(source)}).`, { hint: 'Copy to another repository or registry.' });
    }
}


/***/ }),

/***/ 35035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   H3: () => (/* binding */ digestMismatch),
/* harmony export */   Hy: () => (/* binding */ algorithmOf),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79310);
/**
 * Content digests: computing them, and checking bytes against them while they stream,
 * so nothing read from a registry is trusted before it matches its name.
 */




function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** The algorithm of a valid digest; REFERENCE_INVALID for anything else. */
function algorithmOf(digest) {
    const problem = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .digestProblem */ .WQ)(digest);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('REFERENCE_INVALID', `Invalid digest: ${problem}.`);
    return digest.slice(0, digest.indexOf(':'));
}
function digestMismatch(what, expected, actual) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('DIGEST_MISMATCH', `${what}: expected digest ${expected}, but the content hashes to ${actual}.`, {
        hint: 'The registry (or something between it and you) returned different bytes; do not use this content.',
    });
}
/**
 * A pass-through stream that hashes what flows through it and fails at the end when
 * the total does not match `expected`. Size limits are the reader's job (readCapped).
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expected;
    what;
    hash;
    constructor(expected, what) {
        super();
        this.expected = expected;
        this.what = what;
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithmOf(expected));
    }
    _transform(chunk, _encoding, callback) {
        this.hash.update(chunk);
        callback(null, chunk);
    }
    _flush(callback) {
        const actual = `${algorithmOf(this.expected)}:${this.hash.digest('hex')}`;
        callback(actual === this.expected ? null : digestMismatch(this.what, this.expected, actual));
    }
}


/***/ }),

/***/ 74976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isJsonObject)
/* harmony export */ });
/** A parsed JSON value that is an object (not null, not an array). */
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
