export const id = 991;
export const ids = [991];
export const modules = {

/***/ 13343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ materialAnnotations),
/* harmony export */   LR: () => (/* binding */ ANNOTATION_SIGNATURE),
/* harmony export */   mj: () => (/* binding */ certificatePem),
/* harmony export */   sk: () => (/* binding */ sortedAnnotations)
/* harmony export */ });
/* unused harmony exports ANNOTATION_CERTIFICATE, ANNOTATION_CHAIN, ANNOTATION_BUNDLE, ANNOTATION_RFC3161 */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * The layer annotations cosign classic (pre-v3) puts beside a signature, made from a Sigstore
 * bundle: the Fulcio certificate and chain as PEM, the Rekor entry as cosign's "bundle" (the
 * signed entry timestamp and the entry it signs), and the RFC 3161 timestamp. Pure.
 */

const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate';
const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain';
const ANNOTATION_BUNDLE = 'dev.sigstore.cosign/bundle';
const ANNOTATION_RFC3161 = 'dev.sigstore.cosign/rfc3161timestamp';
/**
 * Certificate, chain, Rekor bundle and timestamp annotations. `chain` is the issuing
 * certificates as PEM (intermediates, then root) — a v0.3 bundle carries the leaf only, the
 * rest comes from the trusted root; a v0.2 bundle's own chain is used when none is given.
 */
function materialAnnotations(bundle, chain) {
    const material = bundle.verificationMaterial;
    const annotations = {};
    const certificates = material.certificate
        ? [material.certificate]
        : (material.x509CertificateChain?.certificates ?? []);
    if (certificates[0]) {
        annotations[ANNOTATION_CERTIFICATE] = certificatePem(certificates[0].rawBytes);
        const issuers = chain ?? certificates.slice(1).map((c) => certificatePem(c.rawBytes));
        if (issuers.length > 0)
            annotations[ANNOTATION_CHAIN] = issuers.map(withNewline).join('').trimEnd();
    }
    const entry = material.tlogEntries?.[0];
    if (entry?.inclusionPromise && entry.logId) {
        // Field order of cosign's RekorBundle / RekorPayload structs.
        annotations[ANNOTATION_BUNDLE] = JSON.stringify({
            SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp,
            Payload: {
                body: entry.canonicalizedBody,
                integratedTime: Number(entry.integratedTime),
                logIndex: Number(entry.logIndex),
                logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex'),
            },
        });
    }
    const timestamp = material.timestampVerificationData?.rfc3161Timestamps?.[0];
    if (timestamp) {
        annotations[ANNOTATION_RFC3161] = JSON.stringify({
            SignedRFC3161Timestamp: timestamp.signedTimestamp,
        });
    }
    if (!annotations[ANNOTATION_CERTIFICATE] && !material.publicKey) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', 'The bundle has neither a certificate nor a public key hint: nothing identifies the signer.');
    }
    return annotations;
}
/** Go's `pem.EncodeToMemory`: 64-column lines and a final newline. */
function certificatePem(base64Der) {
    const body = Buffer.from(base64Der, 'base64')
        .toString('base64')
        .match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${body.join('\n')}\n-----END CERTIFICATE-----\n`;
}
function withNewline(pem) {
    return pem.endsWith('\n') ? pem : `${pem}\n`;
}
/** Go marshals map keys sorted; so does this, so manifests compare byte for byte. */
function sortedAnnotations(annotations) {
    return Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => (a < b ? -1 : 1)));
}


/***/ }),

/***/ 62341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ SIMPLE_SIGNING_MEDIA_TYPE),
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   MU: () => (/* binding */ signatureLayer),
/* harmony export */   Nr: () => (/* binding */ DSSE_ENVELOPE_MEDIA_TYPE),
/* harmony export */   om: () => (/* binding */ attestationLayer),
/* harmony export */   qv: () => (/* binding */ cosignTag),
/* harmony export */   xw: () => (/* binding */ buildCosignManifest)
/* harmony export */ });
/* unused harmony exports ANNOTATION_ATT_PREDICATE_TYPE, imageConfig */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _cosign_annotations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13343);
/* harmony import */ var _oci_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54906);
/**
 * cosign classic storage (FORMATS.md §2), for verifiers that predate bundles (cosign v2,
 * Kyverno `type: Cosign`, Connaisseur, policy-controller): the `sha256-<hex>.sig` manifest of
 * simple-signing layers and the `sha256-<hex>.att` manifest of DSSE layers, each an OCI image
 * manifest whose config is an image config listing the layers as diff_ids — byte for byte what
 * go-containerregistry builds for cosign. A new signature is merged into the existing manifest
 * (the whole manifest is rewritten, as cosign does); an identical layer is not added twice. Pure.
 */



const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
const ANNOTATION_ATT_PREDICATE_TYPE = 'predicateType';
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
const GO_ZERO_TIME = '0001-01-01T00:00:00Z';
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** `sha256:<hex>` → `sha256-<hex>.sig` (or `.att`, `.sbom`). */
function cosignTag(subjectDigest, suffix) {
    checkDigest(subjectDigest);
    return `${subjectDigest.replace(':', '-')}.${suffix}`;
}
/**
 * The simple-signing payload cosign signs:
 * `{"critical":{"identity":{"docker-reference":R},"image":{"docker-manifest-digest":D},"type":"cosign container image signature"},"optional":null}`
 * (`optional` holds the user's annotations, keys sorted as Go writes a map).
 */
function simpleSigningPayload(dockerReference, manifestDigest, optional) {
    checkDigest(manifestDigest);
    const payload = {
        critical: {
            identity: { 'docker-reference': dockerReference },
            image: { 'docker-manifest-digest': manifestDigest },
            type: SIMPLE_SIGNING_TYPE,
        },
        optional: optional && Object.keys(optional).length > 0 ? (0,_cosign_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedAnnotations */ .sk)(optional) : null,
    };
    return Buffer.from(JSON.stringify(payload));
}
/** A `.sig` layer: the payload, signed by a message-signature bundle over exactly it. */
function signatureLayer(payload, bundle, chain) {
    const signature = bundle.messageSignature;
    if (!signature?.messageDigest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', 'A .sig layer needs a message-signature bundle (with its message digest).');
    }
    const blob = (0,_oci_js__WEBPACK_IMPORTED_MODULE_2__/* .blobOf */ .DE)(SIMPLE_SIGNING_MEDIA_TYPE, payload);
    const signedHex = Buffer.from(signature.messageDigest.digest, 'base64').toString('hex');
    const signedDigest = `sha256:${signedHex}`;
    if (signedDigest !== blob.digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `The bundle signs ${signedDigest}, not this payload (${blob.digest}).`);
    }
    const annotations = {
        ...(0,_cosign_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .materialAnnotations */ .G5)(bundle, chain),
        [_cosign_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_SIGNATURE */ .LR]: signature.signature,
    };
    return { blob, descriptor: (0,_oci_js__WEBPACK_IMPORTED_MODULE_2__/* .descriptorOf */ .nb)(blob, (0,_cosign_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedAnnotations */ .sk)(annotations)) };
}
/** An `.att` layer: the DSSE envelope as cosign v2 stores it, with its predicate type. */
function attestationLayer(bundle, chain) {
    const envelope = bundle.dsseEnvelope;
    if (!envelope)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', 'An .att layer needs a DSSE bundle.');
    // Byte for byte the envelope the signer sent to Rekor (@sigstore/sign's envelope JSON: no
    // empty keyid): the log's dsse entry holds its sha256, and cosign compares that with the
    // sha256 of this layer.
    const bytes = Buffer.from(JSON.stringify({
        payload: envelope.payload,
        payloadType: envelope.payloadType,
        signatures: envelope.signatures.map((s) => s.keyid ? { sig: s.sig, keyid: s.keyid } : { sig: s.sig }),
    }));
    const blob = (0,_oci_js__WEBPACK_IMPORTED_MODULE_2__/* .blobOf */ .DE)(DSSE_ENVELOPE_MEDIA_TYPE, bytes);
    const annotations = {
        ...(0,_cosign_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .materialAnnotations */ .G5)(bundle, chain),
        [_cosign_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_SIGNATURE */ .LR]: '',
        [ANNOTATION_ATT_PREDICATE_TYPE]: predicateTypeOf(envelope.payload),
    };
    return { blob, descriptor: (0,_oci_js__WEBPACK_IMPORTED_MODULE_2__/* .descriptorOf */ .nb)(blob, (0,_cosign_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedAnnotations */ .sk)(annotations)) };
}
/**
 * The `.sig` / `.att` manifest holding `existing`'s layers (the manifest now at the tag, if
 * any) plus the new ones not already there. Blobs lists the config and the new layers.
 */
function buildCosignManifest(layers, existing) {
    const kept = existing ? existingLayers(existing) : [];
    const added = [];
    for (const layer of layers) {
        const present = [...kept, ...added.map((a) => a.descriptor)].some((d) => sameLayer(d, layer.descriptor));
        if (!present)
            added.push(layer);
    }
    const all = [...kept, ...added.map((a) => a.descriptor)];
    const config = (0,_oci_js__WEBPACK_IMPORTED_MODULE_2__/* .blobOf */ .DE)(_oci_js__WEBPACK_IMPORTED_MODULE_2__/* .OCI_CONFIG_MEDIA_TYPE */ .rm, imageConfig(all.map((d) => d.digest)));
    const manifest = {
        schemaVersion: 2,
        mediaType: _oci_js__WEBPACK_IMPORTED_MODULE_2__/* .OCI_MANIFEST_MEDIA_TYPE */ .k_,
        config: (0,_oci_js__WEBPACK_IMPORTED_MODULE_2__/* .descriptorOf */ .nb)(config),
        layers: all,
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const digest = (0,_oci_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Digest */ .sI)(manifestBytes);
    return {
        mediaType: _oci_js__WEBPACK_IMPORTED_MODULE_2__/* .OCI_MANIFEST_MEDIA_TYPE */ .k_,
        manifestBytes,
        digest,
        descriptor: { mediaType: _oci_js__WEBPACK_IMPORTED_MODULE_2__/* .OCI_MANIFEST_MEDIA_TYPE */ .k_, digest, size: manifestBytes.length },
        blobs: [config, ...added.map((a) => a.blob)],
        added: added.length,
    };
}
/**
 * go-containerregistry's config for an image built from `empty.Image` by appending layers
 * uncompressed: zero-valued fields, one history entry and one diff_id per layer.
 */
function imageConfig(layerDigests) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        created: GO_ZERO_TIME,
        history: layerDigests.map(() => ({ created: GO_ZERO_TIME })),
        os: '',
        rootfs: { type: 'layers', diff_ids: layerDigests },
        config: {},
    }));
}
function existingLayers(existing) {
    let manifest = existing;
    if (Buffer.isBuffer(existing)) {
        try {
            manifest = JSON.parse(existing.toString('utf8'));
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('MANIFEST_INVALID', 'The manifest at the cosign tag is not JSON.');
        }
    }
    const layers = manifest.layers;
    if (!Array.isArray(layers) || !layers.every(isDescriptor)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('MANIFEST_INVALID', 'The manifest at the cosign tag is not an image manifest with layers; it was not written by cosign.', { hint: 'delete the tag, or let imprint write OCI referrers only' });
    }
    return layers;
}
function isDescriptor(value) {
    const d = value;
    return (typeof d?.mediaType === 'string' && typeof d.digest === 'string' && typeof d.size === 'number');
}
function sameLayer(a, b) {
    return (a.digest === b.digest &&
        JSON.stringify((0,_cosign_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedAnnotations */ .sk)(a.annotations ?? {})) ===
            JSON.stringify((0,_cosign_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedAnnotations */ .sk)(b.annotations ?? {})));
}
function predicateTypeOf(payload) {
    try {
        const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
        if (typeof statement.predicateType === 'string')
            return statement.predicateType;
    }
    catch {
        // falls through to the error below
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', 'The DSSE payload is not an in-toto statement with a predicateType.');
}
function checkDigest(digest) {
    if (!DIGEST.test(digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `"${digest}" is not a sha256 manifest digest.`);
    }
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
// EXTERNAL MODULE: ./src/verify/registries.ts
var registries = __webpack_require__(78626);
// EXTERNAL MODULE: ./src/policy/load.ts
var load = __webpack_require__(58164);
// EXTERNAL MODULE: ./src/report/verify-junit.ts
var verify_junit = __webpack_require__(78064);
// EXTERNAL MODULE: ./src/verify/engine.ts + 13 modules
var engine = __webpack_require__(57071);
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
    const pool = new registries/* RegistryPool */.y(request.registry, request.log);
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
    const found = await client.headManifest(source.repository, source.tag ?? 'latest');
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

/***/ 16534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   EV: () => (/* binding */ ruleExpiry),
/* harmony export */   Zq: () => (/* binding */ thresholdFromMaxSeverity)
/* harmony export */ });
/* unused harmony exports isRuleExpired, ruleMatches */
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

/***/ 80060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qg: () => (/* binding */ parseTrivyReport),
/* harmony export */   RL: () => (/* binding */ findingsFromTrivyReport),
/* harmony export */   WX: () => (/* binding */ findingsOf)
/* harmony export */ });
/* unused harmony exports bestCvss, findingFromVulnerability */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40764);
/**
 * Trivy's JSON report (`trivy … --format json`, SchemaVersion 2) → the shared findings model.
 * Pure: the shape is validated once here so every other module (SARIF, GitLab, predicate,
 * policy engine) can read a typed report. Unknown fields are kept: the report is attested
 * as Trivy wrote it.
 */



const cvssEntry = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    V2Score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    V3Score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    V2Vector: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    V3Vector: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    V40Score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    V40Vector: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const vulnerability = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    VulnerabilityID: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    PkgName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    PkgPath: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    PkgIdentifier: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ PURL: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }).optional(),
    InstalledVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    FixedVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    SeveritySource: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    PrimaryURL: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC),
    CVSS: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), cvssEntry).optional(),
    References: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).nullish(),
});
const result = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    Target: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    Class: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Vulnerabilities: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(vulnerability).nullish(),
});
const report = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    SchemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(2),
    Trivy: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ Version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }).optional(),
    ArtifactName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    ArtifactType: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Metadata: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        OS: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ Family: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), Name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }).nullish(),
        ImageID: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        RepoTags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).nullish(),
        RepoDigests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).nullish(),
    })
        .optional(),
    Results: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(result).nullish(),
});
const FIX_HINT = 'Run Trivy with `--format json` (not table, sarif, cyclonedx or cosign-vuln) and pass its output unchanged.';
/** Documents that are JSON but not a Trivy report: name them, so the message says what was given. */
function foreignFormat(value) {
    if (Array.isArray(value))
        return 'a JSON array (Trivy before 0.20 wrote results as an array)';
    if (typeof value !== 'object' || value === null)
        return `a JSON ${typeof value}`;
    const record = value;
    if ('bomFormat' in record)
        return 'a CycloneDX document';
    if ('spdxVersion' in record)
        return 'an SPDX document';
    if ('runs' in record && 'version' in record)
        return 'a SARIF log';
    if ('scanner' in record && 'invocation' in record)
        return 'a cosign-vuln predicate';
    if (!('SchemaVersion' in record))
        return 'a JSON object without SchemaVersion';
    return undefined;
}
function describeIssues(issues) {
    const shown = issues.slice(0, 5).map((issue) => {
        const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
        return `${where}: ${issue.message}`;
    });
    const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : '';
    return shown.join('; ') + more;
}
/** Validates a parsed document (or JSON text) as a Trivy report; throws SCAN_FAILED otherwise. */
function parseTrivyReport(input, source = 'the Trivy report') {
    let value = input;
    if (typeof input === 'string') {
        try {
            value = JSON.parse(input);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('SCAN_FAILED', `${source} is not valid JSON: ${String(error)}`, {
                cause: error,
                hint: FIX_HINT,
            });
        }
    }
    const foreign = foreignFormat(value);
    if (foreign !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('SCAN_FAILED', `${source} is ${foreign}, not a Trivy JSON report (SchemaVersion 2).`, { hint: FIX_HINT });
    }
    const parsed = report.safeParse(value);
    if (!parsed.success) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('SCAN_FAILED', `${source} does not have the shape of a Trivy JSON report: ${describeIssues(parsed.error.issues)}`, { hint: FIX_HINT });
    }
    return parsed.data;
}
/** Highest CVSS v3 base score any source gives, else the highest v2, else undefined. */
function bestCvss(cvss) {
    const entries = Object.values(cvss ?? {});
    const pick = (scores) => {
        const known = scores.filter((score) => typeof score === 'number');
        return known.length > 0 ? Math.max(...known) : undefined;
    };
    return pick(entries.map((entry) => entry.V3Score)) ?? pick(entries.map((entry) => entry.V2Score));
}
function findingFromVulnerability(vuln, target) {
    const finding = {
        id: vuln.VulnerabilityID,
        packageName: vuln.PkgName,
        installedVersion: vuln.InstalledVersion ?? '',
        severity: vuln.Severity,
        target,
    };
    // Optional fields are left out rather than set to undefined: findings are compared and serialised.
    if (vuln.FixedVersion)
        finding.fixedVersion = vuln.FixedVersion;
    const cvss = bestCvss(vuln.CVSS);
    if (cvss !== undefined)
        finding.cvss = cvss;
    if (vuln.PkgIdentifier?.PURL)
        finding.purl = vuln.PkgIdentifier.PURL;
    if (vuln.Status)
        finding.status = vuln.Status;
    if (vuln.Title)
        finding.title = vuln.Title;
    if (vuln.PrimaryURL)
        finding.url = vuln.PrimaryURL;
    return finding;
}
/** Findings of an already validated report, in report order. */
function findingsOf(parsed) {
    const findings = [];
    for (const entry of parsed.Results ?? []) {
        // Secret, misconfiguration and licence results carry no Vulnerabilities: nothing to add.
        for (const vuln of entry.Vulnerabilities ?? []) {
            findings.push(findingFromVulnerability(vuln, entry.Target));
        }
    }
    return findings;
}
/**
 * The policy engine's entry point: any value (a parsed JSON document or its text) → findings.
 * Throws ImprintError SCAN_FAILED when it is not a Trivy JSON report.
 */
function findingsFromTrivyReport(report) {
    return findingsOf(parseTrivyReport(report));
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
