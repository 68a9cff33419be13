export const id = 453;
export const ids = [453,310,929];
export const modules = {

/***/ 64136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ describesPlatformImage),
/* harmony export */   GT: () => (/* binding */ PREDICATE_CYCLONEDX_SCHEMA),
/* harmony export */   J3: () => (/* binding */ predicateTypeMatches),
/* harmony export */   Ke: () => (/* binding */ PREDICATE_SLSA_V1),
/* harmony export */   M7: () => (/* binding */ PREDICATE_COSIGN_SIGN),
/* harmony export */   NR: () => (/* binding */ cosignTypeOf),
/* harmony export */   Ok: () => (/* binding */ PREDICATE_CYCLONEDX),
/* harmony export */   Vf: () => (/* binding */ PREDICATE_SLSA_V02),
/* harmony export */   Vs: () => (/* binding */ PREDICATE_BY_KIND),
/* harmony export */   dT: () => (/* binding */ kindOfPredicate),
/* harmony export */   gL: () => (/* binding */ PREDICATE_SPDX),
/* harmony export */   k9: () => (/* binding */ PREDICATE_VULN),
/* harmony export */   lF: () => (/* binding */ IN_TOTO_STATEMENT_V01),
/* harmony export */   nA: () => (/* binding */ PREDICATE_TYPES_OF_KIND),
/* harmony export */   r1: () => (/* binding */ ATTESTATION_KINDS),
/* harmony export */   tV: () => (/* binding */ IN_TOTO_STATEMENT_V1),
/* harmony export */   xe: () => (/* binding */ predicateTypeProblem)
/* harmony export */ });
/* unused harmony exports PREDICATE_SPDX_V23, acceptedPredicateTypes, predicateOfCosignShorthand */
/**
 * Every predicate type imprint writes or reads, and what each one is to imprint: the one home
 * for these URIs (FORMATS.md §3). A predicate type names what an in-toto statement says; a
 * kind (`provenance`, `sbom`, `vuln`) is the short name people type (`require-attestations`)
 * and attestation files carry. Pure data, no imports: every layer that speaks of attestations
 * reads it, and a unit test keeps the URIs out of every other source file.
 */
/** SLSA provenance v1: what imprint writes, and what `gh attestation verify` expects by default. */
const PREDICATE_SLSA_V1 = 'https://slsa.dev/provenance/v1';
/** SLSA provenance v0.2: older builders still write it; policy `provenance` rules read it. */
const PREDICATE_SLSA_V02 = 'https://slsa.dev/provenance/v0.2';
/** CycloneDX SBOM (cosign `--type cyclonedx`). */
const PREDICATE_CYCLONEDX = 'https://cyclonedx.org/bom';
/** The same, as some Kyverno samples spell it: accepted when verifying, never written. */
const PREDICATE_CYCLONEDX_SCHEMA = 'https://cyclonedx.org/schema';
/** SPDX document (cosign `--type spdxjson`); versioned forms below it are the same family. */
const PREDICATE_SPDX = 'https://spdx.dev/Document';
/** What actions/attest writes for an SPDX 2.3 document. */
const PREDICATE_SPDX_V23 = 'https://spdx.dev/Document/v2.3';
/** cosign's vulnerability report (Trivy `--format cosign-vuln`): imprint's scan result. */
const PREDICATE_VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
/** cosign v3's image signature: a statement over the image whose predicate says nothing more. */
const PREDICATE_COSIGN_SIGN = 'https://sigstore.dev/cosign/sign/v1';
/** The in-toto statement type imprint writes. */
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The statement type cosign v2 writes (read, never written). */
const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
/** Every kind, in the order messages list them. */
const ATTESTATION_KINDS = ['sbom', 'vuln', 'provenance'];
/** The type imprint writes for each kind, and the one a kind required by flag asks for. */
const PREDICATE_BY_KIND = {
    provenance: PREDICATE_SLSA_V1,
    sbom: PREDICATE_CYCLONEDX,
    vuln: PREDICATE_VULN,
};
/** The kind of each type imprint writes (an SPDX document is an SBOM too). */
const KIND_BY_PREDICATE = {
    [PREDICATE_SLSA_V1]: 'provenance',
    [PREDICATE_CYCLONEDX]: 'sbom',
    [PREDICATE_SPDX]: 'sbom',
    [PREDICATE_VULN]: 'vuln',
};
/** The kind of a type imprint writes; undefined for any other type (exact match only). */
function kindOfPredicate(predicateType) {
    return ownValue(KIND_BY_PREDICATE, predicateType);
}
/**
 * Every type that carries each kind of evidence, as policy rules of that kind read them
 * (`sbom:` rules read SPDX and either CycloneDX spelling; `provenance:` rules read v1 and v0.2).
 */
const PREDICATE_TYPES_OF_KIND = {
    provenance: [PREDICATE_SLSA_V1, PREDICATE_SLSA_V02],
    sbom: [PREDICATE_CYCLONEDX, PREDICATE_CYCLONEDX_SCHEMA, PREDICATE_SPDX, PREDICATE_SPDX_V23],
    vuln: [PREDICATE_VULN],
};
/** cosign's `--type` shorthands; cosign takes any other type as its URI. */
const COSIGN_TYPE_BY_PREDICATE = {
    [PREDICATE_SLSA_V1]: 'slsaprovenance1',
    [PREDICATE_CYCLONEDX]: 'cyclonedx',
    [PREDICATE_SPDX]: 'spdxjson',
    [PREDICATE_VULN]: 'vuln',
};
/** What to pass to `cosign verify-attestation --type` for a predicate type. */
function cosignTypeOf(predicateType) {
    return ownValue(COSIGN_TYPE_BY_PREDICATE, predicateType) ?? predicateType;
}
/** The spellings other tools write for the same type (FORMATS.md §3). */
const ALIASES = {
    [PREDICATE_CYCLONEDX]: [PREDICATE_CYCLONEDX_SCHEMA],
    [PREDICATE_CYCLONEDX_SCHEMA]: [PREDICATE_CYCLONEDX],
};
/** Versioned SPDX types (actions/attest writes …/Document/v2.3) satisfy the unversioned one. */
const VERSIONED_FAMILIES = [PREDICATE_SPDX];
/** Whether a statement of type `found` is what a rule asking for `wanted` reads. */
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
    ...PREDICATE_TYPES_OF_KIND.sbom,
    ...PREDICATE_TYPES_OF_KIND.vuln,
];
function describesPlatformImage(predicateType) {
    return PER_PLATFORM_FAMILIES.some((family) => predicateTypeMatches(family, predicateType));
}
/** A type is data from a statement: `constructor` must not find Object's. */
function ownValue(table, key) {
    return Object.hasOwn(table, key) ? table[key] : undefined;
}
/** cosign's `--type` shorthands, for a hint when one is given where a URI belongs. */
function predicateOfCosignShorthand(shorthand) {
    const found = Object.entries(COSIGN_TYPE_BY_PREDICATE).find(([, short]) => short === shorthand);
    return found?.[0];
}
/** scheme:rest, RFC 3986's absolute URI, with no white space (in-toto: a TypeURI). */
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;
/**
 * Why a predicate type given by a person is not one (undefined when it is): in-toto names
 * predicate types by absolute URI, and verifiers (cosign, Kyverno, `imprint verify`) match
 * them as exact strings, so a bare word or a relative path would never be found again.
 */
function predicateTypeProblem(type) {
    if (ABSOLUTE_URI.test(type) && URL.canParse(type))
        return undefined;
    const uri = predicateOfCosignShorthand(type);
    if (uri !== undefined)
        return `"${type}" is cosign's shorthand; write the URI ${uri}`;
    return `"${type}" is not an absolute URI (such as https://example.com/test-result/v1)`;
}


/***/ }),

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
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35035);
/**
 * The few OCI image-spec pieces the storage builders share: media types, content-addressed
 * blobs and descriptors. Pure.
 */


const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
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
// EXTERNAL MODULE: ./src/registry/pool.ts + 9 modules
var registry_pool = __webpack_require__(55044);
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
 * Blobs this large are hashed on a worker thread: the main thread, which moves the bytes of
 * every blob in flight, is what a copy waits on (bench/copy.ts). Below it a worker costs more
 * than it saves.
 */
const HASH_OFF_THREAD_FROM = 16 * 1024 * 1024;
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
        for (let attempt = 1;; attempt += 1) {
            try {
                await this.transfer(blob);
                break;
            }
            catch (error) {
                // The upload streams straight from the download and cannot be resent: a broken
                // transfer starts over from the source. Wrong bytes and refusals are final.
                if (attempt >= BLOB_ATTEMPTS || !(0,errors/* isImprintError */.cl)(error) || !RETRIED.has(error.code)) {
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
        const stream = await source.client.getBlob(source.repository, blob.digest, {
            hashOffThread: blob.size >= HASH_OFF_THREAD_FROM,
        });
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

/***/ 16534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   EV: () => (/* binding */ ruleExpiry),
/* harmony export */   Zq: () => (/* binding */ thresholdFromMaxSeverity)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40764);
/**
 * The vulnerability gate, pure: findings + rules → what blocks, what was ignored and
 * which ignore entries have expired. The publish step's `fail-on-severity` and the
 * policy file's `vulnerabilities` block both come here.
 */

/** The policy file says `maxSeverity: HIGH` (the worst allowed); the gate wants the first that fails. */
function thresholdFromMaxSeverity(maxSeverity) {
    if (maxSeverity === 'CRITICAL')
        return 'NONE';
    if (maxSeverity === 'NONE')
        return 'UNKNOWN';
    const order = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
    return order[order.indexOf(maxSeverity) + 1] ?? 'NONE';
}
function ruleExpiry(rule) {
    if (rule.expires === undefined)
        return undefined;
    const text = /^\d{4}-\d{2}-\d{2}$/.test(rule.expires)
        ? `${rule.expires}T23:59:59.999Z`
        : rule.expires;
    const time = new Date(text);
    return Number.isNaN(time.getTime()) ? undefined : time;
}
function isRuleExpired(rule, now) {
    const expiry = ruleExpiry(rule);
    return expiry !== undefined && expiry.getTime() < now.getTime();
}
function ruleMatches(rule, finding) {
    if (rule.id !== finding.id)
        return false;
    if (!rule.purls || rule.purls.length === 0)
        return true;
    const purl = finding.purl ?? '';
    // A purl without a version names every version of the package; never a mere name prefix.
    return rule.purls.some((wanted) => purl === wanted || ['@', '?', '#'].some((next) => purl.startsWith(wanted + next)));
}
function breaches(finding, rules) {
    if (rules.ignoreUnfixed && !(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFixed */ .zZ)(finding))
        return false;
    const bySeverity = rules.failAtOrAbove !== 'NONE' &&
        (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(finding.severity) >= (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(rules.failAtOrAbove);
    const byCvss = rules.maxCvss !== undefined && finding.cvss !== undefined && finding.cvss > rules.maxCvss;
    return bySeverity || byCvss;
}
function evaluateGate(findings, rules) {
    const activeRules = rules.ignore.filter((rule) => !isRuleExpired(rule, rules.now));
    const expiredRules = rules.ignore.filter((rule) => isRuleExpired(rule, rules.now));
    const blocking = [];
    const ignored = [];
    for (const finding of findings) {
        const rule = activeRules.find((candidate) => ruleMatches(candidate, finding));
        if (rule) {
            ignored.push({ finding, rule });
            continue;
        }
        if (breaches(finding, rules))
            blocking.push(finding);
    }
    return {
        passed: blocking.length === 0,
        blocking,
        ignored,
        expiredRules,
        counts: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(findings),
    };
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


/***/ }),

/***/ 75310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ PUBLIC_GOOD_URLS),
/* harmony export */   z: () => (/* binding */ GITHUB_URLS)
/* harmony export */ });
/**
 * The addresses of the Sigstore instances imprint knows by name: the public-good instance
 * (what cosign and `gh attestation` trust by default) and GitHub's private one (actions/attest
 * for private repositories). One home, so signing, verifying, the exported cluster policies
 * and the summaries all name the same services. Pure data, no imports.
 */
const PUBLIC_GOOD_URLS = {
    fulcio: 'https://fulcio.sigstore.dev',
    rekor: 'https://rekor.sigstore.dev',
    /** The TUF repository that serves the public-good trusted root (and keys @sigstore/tuf's seeds). */
    tufMirror: 'https://tuf-repo-cdn.sigstore.dev',
    /** Rekor's search page: `?logIndex=<n>` shows one entry. */
    rekorSearch: 'https://search.sigstore.dev',
    /** Where Sigstore posts outages. */
    status: 'https://status.sigstore.dev',
};
/** GitHub's instance has a Fulcio and a timestamp authority, and no transparency log. */
const GITHUB_URLS = {
    fulcio: 'https://fulcio.githubapp.com',
    tsa: 'https://timestamp.githubapp.com',
};


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
