export const id = 8548;
export const ids = [8548];
export const modules = {

/***/ 8548:
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
var registry_pool = __webpack_require__(62207);
// EXTERNAL MODULE: ./src/policy/load.ts
var load = __webpack_require__(58164);
// EXTERNAL MODULE: ./src/report/verify-junit.ts
var verify_junit = __webpack_require__(78064);
// EXTERNAL MODULE: ./src/verify/engine.ts + 10 modules
var engine = __webpack_require__(7706);
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
    const report = await (0,engine/* verifyImages */.O)({
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

// EXTERNAL MODULE: ./src/copy/source.ts
var copy_source = __webpack_require__(50492);
// EXTERNAL MODULE: ./src/copy/write.ts
var write = __webpack_require__(88758);
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
        const read = await (0,copy_source/* readSource */.o$)(sourceClient, source.repository, digest);
        const manifests = (0,copy_source/* manifestsOf */.oF)(read).length;
        const referrers = read.referrers.reduce((sum, group) => sum + group.referrers.length, 0);
        request.log?.info(`copying ${manifests} manifest(s) (${referrers} referrer(s), ${read.classic.length} cosign tag(s)) to ${(0,registry_reference/* repositoryPath */.SH)(target)}`);
        const tag = target.tag ?? (target.digest === undefined ? source.tag : undefined);
        const counts = await (0,write/* writeCopy */.b)({
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


/***/ })

};
