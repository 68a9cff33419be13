export const id = 2663;
export const ids = [2663];
export const modules = {

/***/ 13343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ materialAnnotations),
/* harmony export */   mj: () => (/* binding */ certificatePem),
/* harmony export */   sk: () => (/* binding */ sortedAnnotations)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19645);
/**
 * The layer annotations cosign classic (pre-v3) puts beside a signature, made from a Sigstore
 * bundle: the Fulcio certificate and chain as PEM, the Rekor entry as cosign's "bundle" (the
 * signed entry timestamp and the entry it signs), and the RFC 3161 timestamp. Pure.
 */


/**
 * Certificate, chain, Rekor bundle and timestamp annotations. `chain` is the issuing
 * certificates as PEM (intermediates, then root) — a v0.3 bundle carries the leaf only, the
 * rest comes from the trusted root; a v0.2 bundle's own chain is used when none is given.
 */
function materialAnnotations(bundle, chain) {
    const material = bundle.verificationMaterial;
    const annotations = certificateAnnotations(material, chain);
    const rekorBundle = rekorBundleAnnotation(material.tlogEntries?.[0]);
    if (rekorBundle)
        annotations[_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_REKOR_BUNDLE */ .bL] = rekorBundle;
    const timestamp = material.timestampVerificationData?.rfc3161Timestamps?.[0];
    if (timestamp) {
        annotations[_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_TIMESTAMP */ .HK] = JSON.stringify({
            SignedRFC3161Timestamp: timestamp.signedTimestamp,
        });
    }
    if (!annotations[_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_CERTIFICATE */ .MF] && !material.publicKey) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', 'The bundle has neither a certificate nor a public key hint: nothing identifies the signer.');
    }
    return annotations;
}
/** The leaf certificate and, when there is one, the issuing chain. */
function certificateAnnotations(material, chain) {
    const certificates = material.certificate
        ? [material.certificate]
        : (material.x509CertificateChain?.certificates ?? []);
    if (!certificates[0])
        return {};
    const annotations = {
        [_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_CERTIFICATE */ .MF]: certificatePem(certificates[0].rawBytes),
    };
    const issuers = chain ?? certificates.slice(1).map((c) => certificatePem(c.rawBytes));
    if (issuers.length > 0)
        annotations[_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_CHAIN */ .M6] = issuers.map(withNewline).join('').trimEnd();
    return annotations;
}
/** cosign's "bundle": only an entry with an inclusion promise has one. */
function rekorBundleAnnotation(entry) {
    if (!entry?.inclusionPromise || !entry.logId)
        return undefined;
    // Field order of cosign's RekorBundle / RekorPayload structs.
    return JSON.stringify({
        SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp,
        Payload: {
            body: entry.canonicalizedBody,
            integratedTime: Number(entry.integratedTime),
            logIndex: Number(entry.logIndex),
            logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex'),
        },
    });
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

/***/ 29053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ CosignTagBackend),
/* harmony export */   s: () => (/* binding */ layersAtTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _cosign_classic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62341);
/* harmony import */ var _stored_blobs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4213);
/**
 * The cosign-tag backend of the AttestationStore (FORMATS.md §2): signatures and attestations
 * as layers of the subject's `sha256-<hex>.sig` / `.att` manifest. list: the layers at the
 * tag, the manifest read once per store (a 404 means none); find: a layer's blob; put: one
 * layer merged into what the tag holds, written only if the tag did not change meanwhile.
 */



class CosignTagBackend {
    client;
    repository;
    blobs;
    manifests = new Map();
    constructor(client, repository, blobs) {
        this.client = client;
        this.repository = repository;
        this.blobs = blobs;
    }
    tag(subjectDigest, kind) {
        return (0,_cosign_classic_js__WEBPACK_IMPORTED_MODULE_1__/* .cosignTag */ .qv)(subjectDigest, kind);
    }
    /** The manifest at the subject's tag, read once per store; undefined when there is no tag. */
    manifest(subjectDigest, kind) {
        const tag = this.tag(subjectDigest, kind);
        let manifest = this.manifests.get(tag);
        if (!manifest) {
            manifest = this.client.findManifest(this.repository, tag);
            this.manifests.set(tag, manifest);
        }
        return manifest;
    }
    /** The layers at the subject's tag, or undefined when there is no tag. */
    async list(subjectDigest, kind) {
        const manifest = await this.manifest(subjectDigest, kind);
        if (!manifest)
            return undefined;
        const tag = this.tag(subjectDigest, kind);
        return { tag, manifest, layers: layersAtTag(manifest, tag) };
    }
    /**
     * A layer's blob (the payload or the DSSE envelope), read once per store and capped at the
     * size the tag's manifest (read through this store) declares for it.
     */
    async find(layerDigest, tag) {
        return this.blobs.read({
            digest: layerDigest,
            size: await this.declaredSize(tag, layerDigest),
            what: `the layer ${layerDigest} of ${tag}`,
        });
    }
    /** The size the tag's manifest gives the layer; unknown (read up to the limit) otherwise. */
    async declaredSize(tag, layerDigest) {
        try {
            const manifest = await this.manifests.get(tag);
            return manifest && layersAtTag(manifest, tag).find((l) => l.digest === layerDigest)?.size;
        }
        catch {
            return undefined; // a tag that cannot be read or parsed is reported where it is read
        }
    }
    /** Why a layer's blob could not be read, if it could not. */
    readError(layerDigest) {
        return this.blobs.readError(layerDigest);
    }
    wasUnread(layerDigest) {
        return this.blobs.wasUnread(layerDigest);
    }
    /**
     * Adds the layer to the subject's tag, keeping every layer already there (other signers'
     * too, as cosign does). The whole manifest is rewritten, conditional on the tag's ETag so a
     * concurrent writer is not overwritten.
     */
    async put(subjectDigest, kind, layer) {
        const tag = this.tag(subjectDigest, kind);
        const existing = await this.manifest(subjectDigest, kind);
        const built = (0,_cosign_classic_js__WEBPACK_IMPORTED_MODULE_1__/* .buildCosignManifest */ .xw)([layer], existing?.bytes);
        for (const blob of built.blobs) {
            (0,_stored_blobs_js__WEBPACK_IMPORTED_MODULE_2__/* .checkStorable */ .zz)(blob.bytes, `The ${kind} layer for ${subjectDigest}`);
        }
        for (const blob of built.blobs)
            await this.blobs.push(blob);
        try {
            await this.client.putManifestDetailed(this.repository, tag, built.manifestBytes, built.mediaType, existing?.etag ? { ifMatch: existing.etag } : {});
        }
        finally {
            this.manifests.delete(tag); // read it again next time
        }
        return { manifestDigest: built.digest, tag, layerDigest: layer.descriptor.digest };
    }
}
/** The layers a cosign tag's manifest lists; a manifest with none was not written by cosign. */
function layersAtTag(manifest, tag) {
    let parsed;
    try {
        parsed = JSON.parse(manifest.bytes.toString('utf8'));
    }
    catch {
        parsed = undefined;
    }
    const layers = parsed?.layers;
    if (!Array.isArray(layers)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('MANIFEST_INVALID', `the manifest ${manifest.digest} at ${tag} has no layers: it was not written by cosign`, { hint: 'delete the tag, or use attestation-format: bundle' });
    }
    return layers;
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
/* unused harmony export imageConfig */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19645);
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
        [_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .ANNOTATION_SIGNATURE */ .LR]: signature.signature,
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
        [_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .ANNOTATION_SIGNATURE */ .LR]: '',
        [_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .ANNOTATION_ATT_PREDICATE_TYPE */ .BZ]: predicateTypeOf(envelope.payload),
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

/***/ 96249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ ReferrerBackend),
/* harmony export */   Gh: () => (/* binding */ artifactTypeOf),
/* harmony export */   Jo: () => (/* binding */ isBundleType),
/* harmony export */   Vj: () => (/* binding */ bundleLayerOf),
/* harmony export */   x5: () => (/* binding */ mayHoldBundle)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10506);
/* harmony import */ var _registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9191);
/* harmony import */ var _oci_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54906);
/* harmony import */ var _referrer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63348);
/* harmony import */ var _stored_blobs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4213);
/**
 * The referrer backend of the AttestationStore (FORMATS.md §1): Sigstore bundles stored as OCI
 * 1.1 referrers of a subject, found through the referrers API or, on registries without it,
 * the `sha256-<hex>` fallback tag index (registry/referrers.ts keeps both). list: the
 * subject's referrers, once per store; find: the bundle of one listed referrer; put: a batch of
 * bundles as referrers of one subject (one fallback-index update for the batch).
 */






/** Every Sigstore bundle media type (v0.1 … v0.3) starts so. */
const BUNDLE_ARTIFACT_PREFIX = 'application/vnd.dev.sigstore.bundle';
/**
 * The first listing on a registry learns whether it has the referrers API (distribution 2.8
 * answers 404 and the client falls back to the tag schema from then on); listings that start
 * meanwhile wait for that answer instead of each probing the API.
 */
const firstListing = new WeakMap();
class ReferrerBackend {
    client;
    repository;
    blobs;
    listings = new Map();
    constructor(client, repository, blobs) {
        this.client = client;
        this.repository = repository;
        this.blobs = blobs;
    }
    /** The subject's referrers as the registry lists them, read once per store. */
    list(subjectDigest) {
        let listing = this.listings.get(subjectDigest);
        if (!listing) {
            listing = this.listOnce(subjectDigest);
            this.listings.set(subjectDigest, listing);
        }
        return listing;
    }
    /** A referrer's manifest (read in full and digest-checked by the client). */
    manifest(digest) {
        return this.client.getManifest(this.repository, digest);
    }
    /**
     * The bundle a referrer manifest's layer holds, capped at the one size limit. Not kept: a
     * subject may list many referrers, and each is read once.
     */
    bundle(layer, of) {
        const what = `the bundle of ${of}`;
        const blob = { digest: layer.digest, size: layer.size, what };
        return (0,_stored_blobs_js__WEBPACK_IMPORTED_MODULE_5__/* .readStoredBlob */ .nZ)(this.client, this.repository, blob, this.blobs.budget);
    }
    /**
     * The bundle of the referrer `manifestDigest`, which must be listed among the subject's
     * referrers: one that is not, no verifier would find.
     */
    async find(subjectDigest, manifestDigest) {
        const listed = (await this.list(subjectDigest)).some((d) => d.digest === manifestDigest);
        if (!listed) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('VERIFY_FAILED', `${manifestDigest} is not listed among the referrers of ${subjectDigest}, so no verifier would find it`);
        }
        const layer = bundleLayerOf(await this.manifest(manifestDigest));
        return this.bundle(layer, `referrer ${manifestDigest}`);
    }
    /**
     * Attaches bundles as referrers of one subject, in the given order; their blobs are pushed
     * first. Returns each manifest's descriptor, in the same order.
     */
    async put(subjectDigest, writes) {
        const referrers = [];
        for (const write of writes)
            referrers.push(await this.prepare(write));
        this.listings.delete(subjectDigest);
        const attached = await (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .attachReferrers */ .oj)(this.client, this.repository, subjectDigest, referrers);
        return attached.map(({ descriptor }) => descriptor);
    }
    async prepare(write) {
        const { mediaType, digest, size } = write.subject;
        const built = (0,_referrer_js__WEBPACK_IMPORTED_MODULE_4__/* .buildReferrerManifest */ .j)({
            bundle: write.bundle,
            subject: { mediaType, digest, size },
        });
        const layer = built.blobs.find((b) => b.mediaType === _referrer_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGSTORE_BUNDLE_V03_MEDIA_TYPE */ .c);
        (0,_stored_blobs_js__WEBPACK_IMPORTED_MODULE_5__/* .checkStorable */ .zz)(layer.bytes, `The bundle for ${digest}`);
        const manifest = JSON.parse(built.manifestBytes.toString('utf8'));
        manifest.annotations = { ...manifest.annotations, ...write.annotations };
        for (const blob of built.blobs)
            await this.blobs.push(blob);
        return {
            manifestBytes: Buffer.from(JSON.stringify(manifest)),
            mediaType: built.mediaType,
            artifactType: _referrer_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGSTORE_BUNDLE_V03_MEDIA_TYPE */ .c,
            annotations: manifest.annotations,
            subject: { mediaType, digest, size },
        };
    }
    async listOnce(subjectDigest) {
        const { client, repository } = this;
        const first = firstListing.get(client);
        if (first) {
            await first.catch(() => undefined);
            return (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .listReferrers */ .xt)(client, repository, subjectDigest);
        }
        const listing = (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .listReferrers */ .xt)(client, repository, subjectDigest);
        firstListing.set(client, listing);
        return listing;
    }
}
function isBundleType(type) {
    return type?.startsWith(BUNDLE_ARTIFACT_PREFIX) === true;
}
/**
 * A bundle by its listed artifact type, or perhaps one: go-containerregistry's tag-schema
 * fallback before v0.21 (cosign v2.6 `--new-bundle-format`) lists a referrer under its
 * config's media type, the empty descriptor's, with no annotations. Those are looked at.
 */
function mayHoldBundle(descriptor) {
    const type = descriptor.artifactType;
    return type === undefined || type === _oci_js__WEBPACK_IMPORTED_MODULE_3__/* .OCI_EMPTY_MEDIA_TYPE */ .w3 || isBundleType(type);
}
/** The artifact type a fetched manifest states, if it is a manifest that states one. */
function artifactTypeOf(fetched) {
    try {
        const parsed = (0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(fetched.bytes, fetched.mediaType);
        return parsed.kind === 'manifest' ? parsed.manifest.artifactType : undefined;
    }
    catch {
        return undefined; // not a manifest: bundleLayerOf says so
    }
}
/** The bundle layer of a referrer's manifest: the one layer of a bundle media type. */
function bundleLayerOf(fetched) {
    const parsed = (0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(fetched.bytes, fetched.mediaType);
    const layer = parsed.kind === 'manifest'
        ? parsed.manifest.layers.find((l) => l.mediaType.startsWith(BUNDLE_ARTIFACT_PREFIX))
        : undefined;
    if (!layer) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('VERIFY_FAILED', `the artifact holds no ${BUNDLE_ARTIFACT_PREFIX}… layer, so there is no bundle to verify`, { hint: 'a Sigstore bundle referrer has one layer holding the bundle JSON (FORMATS.md §1)' });
    }
    return layer;
}


/***/ }),

/***/ 63348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ SIGSTORE_BUNDLE_V03_MEDIA_TYPE),
/* harmony export */   j: () => (/* binding */ buildReferrerManifest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19645);
/* harmony import */ var _oci_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54906);
/* harmony import */ var _predicate_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64136);
/**
 * A Sigstore bundle as an OCI 1.1 referrer of the image it signs (FORMATS.md §1; cosign's
 * BUNDLE_SPEC.md): an image manifest with artifactType = the bundle media type, the empty
 * config, one layer holding the bundle JSON, `subject` = the signed manifest, and the
 * annotations verifiers use to pick bundles without downloading them. Pure.
 */




const SIGSTORE_BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
function buildReferrerManifest(options) {
    const bytes = Buffer.isBuffer(options.bundle)
        ? options.bundle
        : Buffer.from(JSON.stringify(options.bundle));
    const bundle = Buffer.isBuffer(options.bundle) ? parseBundle(bytes) : options.bundle;
    if (bundle.mediaType !== SIGSTORE_BUNDLE_V03_MEDIA_TYPE) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `Only Sigstore bundles v0.3 are stored as referrers; this one is ${JSON.stringify(bundle.mediaType)}.`);
    }
    const layer = (0,_oci_js__WEBPACK_IMPORTED_MODULE_1__/* .blobOf */ .DE)(SIGSTORE_BUNDLE_V03_MEDIA_TYPE, bytes);
    const manifest = {
        schemaVersion: 2,
        mediaType: _oci_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST_MEDIA_TYPE */ .k_,
        artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
        config: (0,_oci_js__WEBPACK_IMPORTED_MODULE_1__/* .descriptorOf */ .nb)(_oci_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_CONFIG */ .$v),
        layers: [
            (0,_oci_js__WEBPACK_IMPORTED_MODULE_1__/* .descriptorOf */ .nb)(layer, {
                [_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .ANNOTATION_TITLE */ .hg]: `${layer.digest.replace(':', '-')}.sigstore.json`,
            }),
        ],
        subject: subjectDescriptor(options.subject),
        annotations: bundleAnnotations(bundle, options.created ?? new Date()),
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const digest = (0,_oci_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(manifestBytes);
    return {
        mediaType: _oci_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST_MEDIA_TYPE */ .k_,
        manifestBytes,
        digest,
        descriptor: {
            mediaType: _oci_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST_MEDIA_TYPE */ .k_,
            digest,
            size: manifestBytes.length,
            artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
            annotations: manifest.annotations,
        },
        blobs: [_oci_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_CONFIG */ .$v, layer],
    };
}
/** `dev.sigstore.bundle.content`, the statement's predicate type, and the creation time. */
function bundleAnnotations(bundle, created) {
    const annotations = {};
    if (bundle.dsseEnvelope) {
        annotations[_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .ANNOTATION_BUNDLE_CONTENT */ .$C] = 'dsse-envelope';
        const predicateType = predicateTypeOf(bundle.dsseEnvelope);
        if (predicateType)
            annotations[_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .ANNOTATION_PREDICATE_TYPE */ .nM] = predicateType;
    }
    else if (bundle.messageSignature) {
        annotations[_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .ANNOTATION_BUNDLE_CONTENT */ .$C] = 'message-signature';
    }
    else {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', 'The bundle holds neither a DSSE envelope nor a message signature.');
    }
    annotations[_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .ANNOTATION_CREATED */ .H] = created.toISOString();
    return annotations;
}
function predicateTypeOf(envelope) {
    if (envelope.payloadType !== _predicate_types_js__WEBPACK_IMPORTED_MODULE_2__/* .IN_TOTO_PAYLOAD_TYPE */ .T4)
        return undefined;
    try {
        const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
        return typeof statement.predicateType === 'string' ? statement.predicateType : undefined;
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', 'The bundle DSSE payload is not an in-toto statement (not JSON).');
    }
}
function subjectDescriptor(subject) {
    return { mediaType: subject.mediaType, digest: subject.digest, size: subject.size };
}
function parseBundle(bytes) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', 'The bundle bytes are not JSON.');
    }
}


/***/ }),

/***/ 91646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ AttestationStore)
/* harmony export */ });
/* harmony import */ var _cosign_backend_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29053);
/* harmony import */ var _referrer_backend_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96249);
/* harmony import */ var _stored_blobs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4213);



class AttestationStore {
    client;
    repository;
    referrers;
    cosign;
    blobs;
    /** `budget`: the byte budget of the run, shared by its stores (a store of its own by default). */
    constructor(client, repository, budget) {
        this.client = client;
        this.repository = repository;
        this.blobs = new _stored_blobs_js__WEBPACK_IMPORTED_MODULE_2__/* .StoredBlobs */ .sg(client, repository, budget);
        this.referrers = new _referrer_backend_js__WEBPACK_IMPORTED_MODULE_1__/* .ReferrerBackend */ .AE(client, repository, this.blobs);
        this.cosign = new _cosign_backend_js__WEBPACK_IMPORTED_MODULE_0__/* .CosignTagBackend */ .U(client, repository, this.blobs);
    }
    /** Reading is done: the blobs kept give their bytes back to the budget. */
    release() {
        this.blobs.release();
    }
}


/***/ }),

/***/ 4213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nZ: () => (/* binding */ readStoredBlob),
/* harmony export */   sg: () => (/* binding */ StoredBlobs),
/* harmony export */   zz: () => (/* binding */ checkStorable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_byte_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36172);
/* harmony import */ var _oci_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54906);
/**
 * The blobs of stored signatures and attestations, as one store reads and pushes them: every
 * read is capped at MAX_BUNDLE_BYTES (the one limit for publish's read-back and verify alike)
 * and at the size its descriptor declares, and reserves that much of the run's byte budget
 * before it starts (READ_BUDGET_BYTES, shared by every store of a verify run), so what a
 * registry serves can never make a run hold more than the budget. A blob read for one layer is
 * not fetched again for another (several policy keys tried over one cosign layer) while the
 * budget lets the store keep it, and a blob pushed once (the empty config, an attestation on
 * several subjects) is not pushed again.
 */



const MIB = 1024 * 1024;
class StoredBlobs {
    client;
    repository;
    budget;
    reads = new Map();
    kept = [];
    failures = new Map();
    pushed = new Set();
    constructor(client, repository, budget = new _util_byte_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .ByteBudget */ .G(_oci_js__WEBPACK_IMPORTED_MODULE_1__/* .READ_BUDGET_BYTES */ .d5)) {
        this.client = client;
        this.repository = repository;
        this.budget = budget;
    }
    /** The blob, read once per store while the budget lets the store keep it. */
    read(blob) {
        let read = this.reads.get(blob.digest);
        if (!read) {
            read = readStoredBlob(this.client, this.repository, blob, this.budget).then((bytes) => {
                const lease = this.budget.tryKeep(bytes.length);
                if (lease)
                    this.kept.push(lease);
                else
                    this.reads.delete(blob.digest); // not kept: read again if asked again
                return bytes;
            }, (error) => {
                this.failures.set(blob.digest, error);
                throw error;
            });
            this.reads.set(blob.digest, read);
        }
        return read;
    }
    /** Why the blob could not be read, whatever a verifier made of it afterwards. */
    readError(digest) {
        return this.failures.get(digest);
    }
    wasUnread(digest) {
        return this.failures.has(digest);
    }
    /** Forget the blobs kept and give their bytes back to the budget (the store's reading is done). */
    release() {
        for (const lease of this.kept.splice(0))
            lease.release();
        this.reads.clear();
    }
    async push(blob) {
        if (this.pushed.has(blob.digest))
            return;
        await this.client.pushBlob(this.repository, blob.bytes);
        this.pushed.add(blob.digest);
    }
}
/**
 * One stored blob, capped and paid for: over the limit, or over the size its descriptor
 * declares, it is refused and the message says what and why; the read waits for its bytes in
 * the budget and gives them back when it ends (a verifier checks the bytes at once after).
 */
async function readStoredBlob(client, repository, blob, budget) {
    const { digest, what } = blob;
    const where = `${what} (${repository}@${digest} on ${client.registry})`;
    const declared = declaredSize(blob.size);
    if (declared !== undefined && declared > _oci_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_BUNDLE_BYTES */ .Me)
        throw overTheLimit(where);
    const cap = declared ?? _oci_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_BUNDLE_BYTES */ .Me;
    const lease = await budget.acquire(cap);
    try {
        return await client.getBlobBytes(repository, digest, cap);
    }
    catch (error) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isImprintError */ .cl)(error, 'BLOB_TOO_LARGE'))
            throw error;
        if (declared === undefined)
            throw overTheLimit(where, error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('BLOB_TOO_LARGE', `${where} is larger than the ${declared} bytes its descriptor declares: refused, not read further.`, {
            cause: error,
            hint: 'a registry serves a blob exactly as its manifest describes it: this one serves something else in its place',
        });
    }
    finally {
        lease.release();
    }
}
function declaredSize(size) {
    return typeof size === 'number' && Number.isSafeInteger(size) && size >= 0 ? size : undefined;
}
function overTheLimit(where, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('BLOB_TOO_LARGE', `${where} is larger than ${_oci_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_BUNDLE_BYTES */ .Me / MIB} MiB, the limit for a signature or attestation: refused, not read further.`, {
        ...(cause !== undefined && { cause }),
        hint: 'a Sigstore bundle, even one carrying a whole SBOM, is far smaller: the registry serves something else in its place',
    });
}
/** Refuses to store what no reader would read back: a bundle or layer over the limit. */
function checkStorable(bytes, what) {
    if (bytes.length <= _oci_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_BUNDLE_BYTES */ .Me)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('BLOB_TOO_LARGE', `${what} is ${bytes.length} bytes, more than ${_oci_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_BUNDLE_BYTES */ .Me / MIB} MiB, the limit publish's read-back and verify read a signature or attestation with: not stored.`, { hint: 'attest a smaller predicate (an SBOM of fewer components), or attach it another way' });
}


/***/ }),

/***/ 58318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ signerMismatch),
/* harmony export */   GM: () => (/* binding */ matchingSigner),
/* harmony export */   cg: () => (/* binding */ describeSigner),
/* harmony export */   dh: () => (/* binding */ missingProof),
/* harmony export */   iG: () => (/* binding */ describeSignerIdentity)
/* harmony export */ });
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6563);

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
    const issuer = (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(signer.issuer, signer.issuerRegExp);
    if (identity.issuer === undefined) {
        return `the certificate names no OIDC issuer, policy wants ${(0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIdentity */ .Cl)(issuer)}`;
    }
    if (!(0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesIdentity */ .wD)(issuer, identity.issuer)) {
        return `issuer ${identity.issuer} does not match ${(0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIdentity */ .Cl)(issuer)}`;
    }
    const subject = (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(signer.subject, signer.subjectRegExp);
    if (identity.subject === undefined) {
        return `the certificate names no subject (SAN), policy wants ${(0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIdentity */ .Cl)(subject)}`;
    }
    if (!(0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesIdentity */ .wD)(subject, identity.subject)) {
        return `subject ${identity.subject} does not match ${(0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIdentity */ .Cl)(subject)}`;
    }
    for (const [name, wanted] of Object.entries(signer.claims ?? {})) {
        const actual = identity.claims[name];
        if (actual === undefined)
            return `claim ${name} is absent from the certificate, policy wants ${wanted}`;
        if (!(0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesIdentity */ .wD)((0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(wanted), actual)) {
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
        (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIdentity */ .Cl)((0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(signer.subject, signer.subjectRegExp)),
        `(issuer ${(0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIdentity */ .Cl)((0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(signer.issuer, signer.issuerRegExp))}`,
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


/***/ }),

/***/ 21601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ everySigner),
/* harmony export */   R: () => (/* binding */ gatherVex)
/* harmony export */ });
/* harmony import */ var _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64136);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _scan_openvex_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20830);
/* harmony import */ var _signing_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67607);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75187);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58318);
/**
 * The VEX a `vulnerabilities` rule may read: OpenVEX attestations about the image, signed by a
 * signer its `vex.signers` names, with the proofs `trust` requires. Anything else found is not
 * counted and says why (a `warn` check): VEX from anyone else, an unparseable document, an
 * attestation over another image. What the statements then resolve is scan/vex-resolution.ts.
 */






function gatherVex(policy, rules, evidence, now, parent) {
    const digests = [evidence.digest, parent?.digest].filter((d) => d !== undefined);
    const found = [...evidence.attestations, ...(parent?.attestations ?? [])].filter((a) => (0,_attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__/* .predicateTypeMatches */ .J3)(_attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PREDICATE_OPENVEX */ .ip, a.predicateType));
    const gathered = {
        image: { name: evidence.name, digests },
        statements: [],
        ignored: [],
    };
    for (const [index, attestation] of found.entries()) {
        const reason = notCounted(policy, rules, attestation, digests, now);
        const signer = (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .describeSignerIdentity */ .iG)(attestation.signer);
        if (reason !== undefined) {
            gathered.ignored.push(ignoredCheck(index, signer, reason, rules));
            continue;
        }
        try {
            const document = (0,_scan_openvex_js__WEBPACK_IMPORTED_MODULE_2__/* .parseOpenVex */ .H)(attestation.predicate, `the VEX attestation ${signer}`);
            for (const statement of document.statements)
                gathered.statements.push({ statement, documentId: document.id, signer });
        }
        catch (error) {
            gathered.ignored.push(ignoredCheck(index, signer, (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error), rules));
        }
    }
    return gathered;
}
function notCounted(policy, rules, attestation, digests, now) {
    if (!attestation.subjectDigests.some((digest) => digests.includes(digest))) {
        return `its subject is ${attestation.subjectDigests.join(', ') || 'empty'}, not this image`;
    }
    const signers = rules.vex?.signers;
    if (signers === undefined)
        return 'the policy names no VEX signers (vulnerabilities.vex.signers)';
    if ((0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .matchingSigner */ .GM)(signers, attestation.signer) < 0)
        return 'the signer is not among vulnerabilities.vex.signers';
    return (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .missingProof */ .dh)(attestation, policy.trust) ?? (0,_signing_time_js__WEBPACK_IMPORTED_MODULE_3__/* .futureTimeProblem */ .GB)(attestation, now);
}
function ignoredCheck(index, signer, reason, rules) {
    return (0,_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .check */ .z6)(`vulnerabilities.vex.ignored:${index + 1}`, 'warn', rules.vex
        ? 'VEX signed by a VEX signer the policy names'
        : 'no VEX (the policy names no VEX signers)', `VEX attestation ${signer} ignored: ${reason}; it clears nothing`, 'have VEX issued by an identity listed under vulnerabilities.vex.signers, or remove the attestation');
}
/** Every signer a policy names, VEX signers included: the keys verify must load. */
function everySigner(policy) {
    const vex = policy.attestations.flatMap((rule) => rule.vulnerabilities?.vex?.signers ?? []);
    return [...policy.signers, ...vex];
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ VEX_FINDING_CHECK),
  r: () => (/* binding */ checkVulnerabilities)
});

// EXTERNAL MODULE: ./src/scan/gate.ts
var scan_gate = __webpack_require__(16534);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/sbom/purl-parse.ts
var purl_parse = __webpack_require__(20838);
;// CONCATENATED MODULE: ./src/scan/vex-resolution.ts
/**
 * Which findings VEX statements resolve, pure. A statement applies to a finding when it names
 * the finding's vulnerability (by name or alias), one of its products is this image, and its
 * subcomponents (when it lists any) include the finding's package. Of the statements that
 * apply, the latest by timestamp wins (OpenVEX: each statement overrides the earlier ones),
 * so a later `affected` re-opens a finding an earlier `not_affected` closed. A finding counts
 * as resolved only when that latest statement says `not_affected` or `fixed`; two statements
 * at the same time that disagree resolve nothing.
 */


const RESOLVING = new Set(['not_affected', 'fixed']);
function applyVex(findings, statements, image) {
    const outcome = { open: [], resolved: [], reopened: [] };
    const aboutImage = statements.filter(({ statement }) => statement.products.some((product) => productIsImage(product, image)));
    for (const finding of findings) {
        const latest = latestFor(finding, aboutImage, image);
        if (latest === undefined) {
            outcome.open.push(finding);
        }
        else if (latest.decisive && RESOLVING.has(latest.by.statement.status)) {
            outcome.resolved.push({ finding, by: latest.by });
        }
        else {
            outcome.open.push(finding);
            outcome.reopened.push({ finding, by: latest.by });
        }
    }
    return outcome;
}
/** The latest statement about this finding; not decisive when another at that time disagrees. */
function latestFor(finding, statements, image) {
    const applying = statements.filter(({ statement }) => appliesTo(statement, finding, image));
    if (applying.length === 0)
        return undefined;
    const time = (entry) => Date.parse(entry.statement.timestamp);
    const top = Math.max(...applying.map(time));
    const newest = applying.filter((entry) => time(entry) === top);
    const blocking = newest.find((entry) => !RESOLVING.has(entry.statement.status));
    return { by: blocking ?? newest[0], decisive: blocking === undefined };
}
function appliesTo(statement, finding, image) {
    const { name, aliases } = statement.vulnerability;
    if (name !== finding.id && !aliases.includes(finding.id))
        return false;
    return statement.products.some((product) => productIsImage(product, image) &&
        (product.subcomponents.length === 0 ||
            product.subcomponents.some((component) => componentIsPackage(component, finding))));
}
/**
 * A product is this image when an identifier names its digest (a pkg:oci purl's version, an
 * image reference's digest, a bare digest, the sha-256 hash) — and, when it also names a
 * repository, that repository — or names the repository alone (every image in it). A tag
 * names no image: it moves.
 */
function productIsImage(product, image) {
    const identifiers = [product.id, product.identifiers.purl].filter((value) => value !== undefined);
    const hash = product.hashes['sha-256'];
    if (hash !== undefined && image.digests.includes(`sha256:${hash.toLowerCase()}`))
        return true;
    return identifiers.some((identifier) => identifierIsImage(identifier, image));
}
function identifierIsImage(identifier, image) {
    if (/^sha256:[0-9a-f]{64}$/.test(identifier))
        return image.digests.includes(identifier);
    if (identifier.startsWith('pkg:'))
        return ociPurlIsImage(identifier, image);
    const named = referenceOf(identifier);
    if (named === undefined || named.name !== image.name)
        return false;
    if (named.digest !== undefined)
        return image.digests.includes(named.digest);
    return named.tag === undefined;
}
/** pkg:oci/<name>@<digest>?repository_url=<registry/repository> (purl-spec's oci type). */
function ociPurlIsImage(identifier, image) {
    const purl = safePurl(identifier);
    if (purl?.type !== 'oci')
        return false;
    const url = purl.qualifiers.repository_url;
    const repository = url === undefined ? undefined : referenceOf(url.replace(/^https?:\/\//, ''));
    if (repository !== undefined &&
        (repository.name !== image.name ||
            repository.tag !== undefined ||
            repository.digest !== undefined))
        return false;
    if (purl.name !== image.name.slice(image.name.lastIndexOf('/') + 1))
        return false;
    if (purl.version !== undefined)
        return image.digests.includes(purl.version);
    // No digest: the whole repository, which only repository_url can name.
    return repository !== undefined;
}
/** A subcomponent is the finding's package when their purls agree on every part it gives. */
function componentIsPackage(component, finding) {
    if (finding.purl === undefined)
        return false;
    const found = safePurl(finding.purl);
    const wanted = [component.id, component.identifiers.purl]
        .filter((value) => value?.startsWith('pkg:') === true)
        .map(safePurl);
    return (found !== undefined && wanted.some((purl) => purl !== undefined && purlCovers(purl, found)));
}
function purlCovers(wanted, found) {
    if (wanted.type !== found.type || wanted.name !== found.name)
        return false;
    if ((wanted.namespace ?? '') !== (found.namespace ?? ''))
        return false;
    if (wanted.version !== undefined && wanted.version !== found.version)
        return false;
    return Object.entries(wanted.qualifiers).every(([key, value]) => found.qualifiers[key] === value);
}
function safePurl(text) {
    try {
        return (0,purl_parse/* parsePurl */.$l)(text);
    }
    catch {
        return undefined;
    }
}
/** An image reference as Docker reads it, without the :latest it would add; undefined if none. */
function referenceOf(text) {
    try {
        const image = (0,reference/* normaliseImage */.WF)(text);
        const beforeDigest = text.split('@')[0];
        const explicitTag = beforeDigest.slice(beforeDigest.lastIndexOf('/') + 1).includes(':');
        return {
            name: image.name,
            ...(explicitTag && image.tag !== undefined && { tag: image.tag }),
            ...(image.digest !== undefined && { digest: image.digest }),
        };
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/verdict.ts
var verdict = __webpack_require__(75187);
;// CONCATENATED MODULE: ./src/policy/rules/vulnerabilities.ts




const MAX_LISTED = 8;
/** The id of each finding's VEX check begins so: `vulnerabilities.vex:<id>:<package>`. */
const VEX_FINDING_CHECK = 'vulnerabilities.vex:';
function checkVulnerabilities(rules, predicate, options, vex) {
    const expected = describeRules(rules);
    const read = readFindings(predicate, options.parseTrivyReport);
    if (typeof read === 'string')
        return [(0,verdict/* check */.z6)('vulnerabilities', 'fail', expected, ...unreadable(read))];
    const applied = vex
        ? applyVex(read, vex.statements, vex.image)
        : { open: read, resolved: [], reopened: [] };
    const gate = (0,scan_gate/* evaluateGate */.DR)(applied.open, {
        failAtOrAbove: rules.maxSeverity !== undefined ? (0,scan_gate/* thresholdFromMaxSeverity */.Zq)(rules.maxSeverity) : 'NONE',
        ...(rules.maxCvss !== undefined ? { maxCvss: rules.maxCvss } : {}),
        ignoreUnfixed: rules.ignoreUnfixed,
        ignore: rules.ignore,
        now: options.now,
    });
    const summary = summarize(read.length, applied.resolved.length, gate);
    const results = [
        gate.passed
            ? (0,verdict/* check */.z6)('vulnerabilities', 'pass', expected, `${summary}, none blocking`)
            : (0,verdict/* check */.z6)('vulnerabilities', 'fail', expected, `${gate.blocking.length} blocking: ${listFindings(gate.blocking)}; ${summary}`, 'upgrade the listed packages to their fixed versions and rebuild, or add a vulnerabilities.ignore entry with a reason and an expiry'),
    ];
    results.push(...applied.resolved.map((entry) => vexCheck(entry, true)));
    results.push(...applied.reopened.map((entry) => vexCheck(entry, false)));
    results.push(...(vex?.ignored ?? []));
    for (const rule of gate.expiredRules) {
        results.push((0,verdict/* check */.z6)(`vulnerabilities.ignore:${rule.id}`, 'warn', `ignore entry for ${rule.id} in force`, `expired on ${rule.expires}${rule.reason ? ` (${rule.reason})` : ''}; it no longer applies`, 'renew the expiry if the reason still holds, or remove the entry'));
    }
    return results;
}
/** The findings in a cosign-vuln predicate, or why there are none to judge. */
function readFindings(predicate, parse) {
    const report = predicate?.scanner?.result;
    if (report === undefined || report === null)
        return 'no result';
    if (parse === undefined)
        return 'no reader';
    try {
        return parse(report);
    }
    catch (error) {
        return `unreadable: ${(0,errors/* messageOf */.bD)(error)}`;
    }
}
function unreadable(why) {
    if (why === 'no result')
        return [
            'the vuln attestation carries no scanner.result',
            'attest the Trivy JSON report (trivy --format cosign-vuln) rather than an empty predicate',
        ];
    if (why === 'no reader')
        return [
            'no Trivy report reader is wired into the policy engine',
            'this is a bug in imprint: please report it',
        ];
    return [
        `the scanner.result could not be read: ${why.slice('unreadable: '.length)}`,
        'attest a Trivy JSON report (schema version 2)',
    ];
}
function summarize(total, resolved, gate) {
    const counts = Object.entries(gate.counts)
        .filter(([, n]) => n > 0)
        .map(([severity, n]) => `${n} ${severity}`)
        .join(', ');
    const byVex = resolved > 0 ? `, ${resolved} resolved by VEX` : '';
    const open = counts ? ` (${counts}${resolved > 0 ? ' open' : ''})` : '';
    const ignored = gate.ignored.length > 0 ? `, ${gate.ignored.length} ignored by policy` : '';
    return `${total} findings${byVex}${open}${ignored}`;
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
        .slice(0, MAX_LISTED)
        .map((f) => `${f.id} ${f.severity}${f.cvss !== undefined ? ` ${f.cvss}` : ''} in ${f.packageName} ${f.installedVersion}${f.fixedVersion ? ` (fixed in ${f.fixedVersion})` : ' (no fix yet)'}`);
    return findings.length > MAX_LISTED
        ? `${shown.join('; ')}; and ${findings.length - MAX_LISTED} more`
        : shown.join('; ');
}
/** Which VEX statement decided a finding, for the report: document, signer, status, why. */
function vexCheck({ finding, by }, resolved) {
    const { statement } = by;
    const why = statement.justification ?? statement.impactStatement ?? statement.actionStatement;
    const found = `${finding.id} in ${finding.packageName} ${finding.installedVersion}: ${statement.status}${why ? ` (${why})` : ''} at ${statement.timestamp}, VEX document ${by.documentId}, ${by.signer}`;
    return resolved
        ? (0,verdict/* check */.z6)(`${VEX_FINDING_CHECK}${finding.id}:${finding.packageName}`, 'pass', 'resolved by VEX from a policy VEX signer', found)
        : (0,verdict/* check */.z6)(`${VEX_FINDING_CHECK}${finding.id}:${finding.packageName}`, 
        // Open findings are judged by the gate above; this only says which statement kept it open.
        'skipped', 'resolved by VEX from a policy VEX signer', `not resolved: the latest statement says ${found}`);
}


/***/ }),

/***/ 67607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ freshnessTime),
/* harmony export */   GB: () => (/* binding */ futureTimeProblem),
/* harmony export */   eE: () => (/* binding */ orderingTime)
/* harmony export */ });
/* unused harmony export statementTime */
/* harmony import */ var _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64136);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86931);
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
    [_attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PREDICATE_VULN */ .k9]: ['metadata', 'scanFinishedOn'],
    [_attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PREDICATE_SLSA_V1 */ .Ke]: ['runDetails', 'metadata', 'finishedOn'],
    [_attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PREDICATE_SLSA_V02 */ .Vf]: ['metadata', 'buildFinishedOn'],
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
    return typeof node === 'string' && node !== '' ? (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTime */ .pe)(node) : undefined;
}
/** The proven time, or undefined when nothing proves one. */
function provenTime(evidence) {
    return (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTime */ .pe)(evidence.signedAt);
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


/***/ }),

/***/ 75187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ worst),
/* harmony export */   Wc: () => (/* binding */ downgrade),
/* harmony export */   sG: () => (/* binding */ outcomeOf),
/* harmony export */   z6: () => (/* binding */ check)
/* harmony export */ });
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


/***/ }),

/***/ 964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ readFallback),
/* harmony export */   fw: () => (/* binding */ REFERRERS_LIMIT),
/* harmony export */   rh: () => (/* binding */ addToFallbackIndex)
/* harmony export */ });
/* unused harmony exports STALE_READ_MS, referrersTag, conditionalWrites */
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
    // Accept every manifest type: a registry hides what it cannot serve as an index
    // behind a 404, and a squatted tag must be reported, not silently overwritten.
    const fetched = await client.findManifest(repository, tag, { maxBytes: REFERRERS_LIMIT });
    const readAt = now();
    if (!fetched)
        return { index: emptyIndex(), readAt };
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

/***/ 80060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qg: () => (/* binding */ parseTrivyReport),
/* harmony export */   RL: () => (/* binding */ findingsFromTrivyReport),
/* harmony export */   WX: () => (/* binding */ findingsOf)
/* harmony export */ });
/* unused harmony export bestCvss */
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
/** What `--vex` with `--show-suppressed` moved out of Vulnerabilities, and why. */
const modifiedFinding = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    Type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    Status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Finding: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J(),
});
const result = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    Target: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    Class: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    Vulnerabilities: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(vulnerability).nullish(),
    ExperimentalModifiedFindings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(modifiedFinding).nullish(),
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
 * Findings the scanning Trivy's `--vex` suppressed (`--show-suppressed` keeps them in the
 * report): the publisher's VEX, which the policy has not judged yet.
 */
function suppressedFindingsOf(parsed) {
    const findings = [];
    for (const entry of parsed.Results ?? []) {
        for (const [index, modified] of (entry.ExperimentalModifiedFindings ?? []).entries()) {
            if (modified.Type !== 'vulnerability')
                continue;
            const vuln = vulnerability.safeParse(modified.Finding);
            if (!vuln.success) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('SCAN_FAILED', `the Trivy report's ${entry.Target} ExperimentalModifiedFindings[${index}] is not a vulnerability: ${describeIssues(vuln.error.issues)}`, { hint: FIX_HINT });
            }
            findings.push(findingFromVulnerability(vuln.data, entry.Target));
        }
    }
    return findings;
}
/**
 * The policy engine's entry point: any value (a parsed JSON document or its text) → findings,
 * those the scanner's VEX suppressed included: only VEX from a signer the policy names
 * resolves a finding. Throws ImprintError SCAN_FAILED when it is not a Trivy JSON report.
 */
function findingsFromTrivyReport(report) {
    const parsed = parseTrivyReport(report);
    return [...findingsOf(parsed), ...suppressedFindingsOf(parsed)];
}


/***/ }),

/***/ 36172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ ByteBudget)
/* harmony export */ });
/**
 * A budget of bytes shared by every read of a run: a read reserves what it may receive before
 * it starts and gives it back when it ends, and waits (first come, first served) while the
 * budget is spent. Each read is capped on its own (64 MiB for a stored bundle), but a hostile
 * registry can offer hundreds of them at once; the budget bounds what is held in all. A
 * reservation larger than what is left waits until no other read is in flight, then runs alone
 * (the budget is sized well above one read: 256 MiB for reads of at most 64 MiB).
 * Kept bytes (a cache) take budget only when it is free and only up to half of it, so reads
 * always find room once the reads before them end: keeping can never starve or deadlock them.
 */
class ByteBudget {
    limit;
    held = 0;
    kept = 0;
    highest = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    /** Bytes reserved now (reads in flight and kept bytes). */
    get inUse() {
        return this.held;
    }
    /** The most bytes ever reserved at once: what the budget let the run hold. */
    get peak() {
        return this.highest;
    }
    /** Reserve `bytes` for a read, waiting for them; release the lease when the read ends. */
    acquire(bytes) {
        if (this.waiting.length === 0 && this.fits(bytes)) {
            return Promise.resolve(this.grant(bytes, false));
        }
        return new Promise((resolve) => this.waiting.push({ bytes, resolve }));
    }
    /** Reserve `bytes` to keep (a cache), only if that takes nothing a read is waiting for. */
    tryKeep(bytes) {
        if (this.waiting.length > 0 || this.kept + bytes > this.limit / 2)
            return undefined;
        if (this.held + bytes > this.limit)
            return undefined;
        return this.grant(bytes, true);
    }
    /** Room for `bytes`, or no read in flight (kept bytes aside): then it runs, whatever its size. */
    fits(bytes) {
        return this.held + bytes <= this.limit || this.held === this.kept;
    }
    grant(bytes, keep) {
        this.held += bytes;
        if (keep)
            this.kept += bytes;
        this.highest = Math.max(this.highest, this.held);
        let released = false;
        return {
            bytes,
            release: () => {
                if (released)
                    return;
                released = true;
                this.held -= bytes;
                if (keep)
                    this.kept -= bytes;
                this.wakeWaiting();
            },
        };
    }
    /** In order, so a read never waits behind one that came later; granted here, so counted at once. */
    wakeWaiting() {
        while (this.waiting.length > 0 && this.fits(this.waiting[0].bytes)) {
            const next = this.waiting.shift();
            next.resolve(this.grant(next.bytes, false));
        }
    }
}


/***/ }),

/***/ 33300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pk: () => (/* binding */ verifyBundleBytes),
/* harmony export */   iQ: () => (/* binding */ verifyWith),
/* harmony export */   ln: () => (/* binding */ keylessSigner)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _policy_claims_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69745);
/* harmony import */ var _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92997);



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
    for (const name of _policy_claims_js__WEBPACK_IMPORTED_MODULE_1__/* .CLAIM_NAMES */ .m) {
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
/* harmony export */   Qs: () => (/* binding */ unverified)
/* harmony export */ });
/* harmony import */ var _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64136);
/**
 * A verified bundle becomes evidence: a cosign v3 signature statement (or a cosign classic
 * simple-signing payload) is an image signature, any other in-toto statement an attestation;
 * a bare message signature is neither. Either counts only for
 * the digest its statement names; one made for another digest (a bundle copied onto another
 * image) is a problem, reported, never counted. Pure.
 */

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
        return problem('signature', undefined, found, `a plain message signature over the manifest bytes is not an image signature: only a DSSE ${_attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PREDICATE_COSIGN_SIGN */ .M7} statement or a cosign simple-signing payload naming the digest counts`);
    }
    const subjectDigests = statement.subject.flatMap((subject) => subject.digest.sha256 ? [`sha256:${subject.digest.sha256.toLowerCase()}`] : []);
    const isSignature = statement.predicateType === _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PREDICATE_COSIGN_SIGN */ .M7;
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

/***/ 7706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ verifyImages)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/attest/predicate-types.ts
var predicate_types = __webpack_require__(64136);
// EXTERNAL MODULE: ./src/policy/dates.ts
var dates = __webpack_require__(86931);
// EXTERNAL MODULE: ./src/policy/match.ts
var match = __webpack_require__(6563);
// EXTERNAL MODULE: ./src/policy/verdict.ts
var policy_verdict = __webpack_require__(75187);
;// CONCATENATED MODULE: ./src/policy/rules/images.ts



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
        ? (0,policy_verdict/* check */.z6)('image.allowed', 'pass', expected, `${evidence.name} matches ${glob}`)
        : (0,policy_verdict/* check */.z6)('image.allowed', 'fail', expected, `${evidence.name} matches none of them`, 'push the image to an allowed registry/repository, or add a glob for it to images.allow');
}
function checkResolved(evidence) {
    if (evidence.digest !== undefined)
        return undefined;
    const reasons = evidence.problems
        .filter((p) => p.subject === 'image' || p.subject === 'registry')
        .map((p) => p.reason);
    return (0,policy_verdict/* check */.z6)('image.resolved', 'fail', 'the image digest, read from the registry', reasons.length > 0 ? `unresolved: ${reasons.join('; ')}` : 'the digest could not be resolved', 'check that the reference exists and the registry credentials can read it');
}
/** On by default (`requireDigest: true`), as Kyverno's verifyDigest: a tag can move after verify. */
function checkDigestPinned(policy, evidence) {
    if (!policy.images.requireDigest)
        return undefined;
    const expected = 'a reference pinned by digest (name@sha256:…)';
    if (evidence.referencedByDigest)
        return (0,policy_verdict/* check */.z6)('image.digest', 'pass', expected, evidence.reference);
    const pinned = evidence.digest
        ? `${evidence.reference}@${evidence.digest}`
        : `${evidence.reference}@sha256:<digest>`;
    return (0,policy_verdict/* check */.z6)('image.digest', 'fail', expected, `tag-only reference ${evidence.reference}: a tag can be moved after verify, so the digest verified need not be the one that deploys`, `pin it: ${pinned}`);
}
function findExceptions(policy, evidence, now) {
    const matching = policy.exceptions.filter((exception) => exempts(exception.image, evidence));
    const active = matching.find((exception) => !(0,dates/* isExpired */._d)(exception.expires, now));
    const expired = matching.filter((exception) => (0,dates/* isExpired */._d)(exception.expires, now));
    return active ? { active, expired } : { expired };
}
function exceptionChecks(match) {
    const results = match.expired.map((exception) => (0,policy_verdict/* check */.z6)('exception', 'warn', `an exception for ${exception.image} in force`, `expired on ${exception.expires} (${exception.reason}); it no longer applies`, 'fix the failing checks, or renew the exception with a new expiry'));
    if (match.active) {
        const { image, expires, reason } = match.active;
        results.push((0,policy_verdict/* check */.z6)('exception', 'warn', 'every check passes', `waived by the exception for ${image} until ${expires}: ${reason}`, 'the waiver ends on its expiry date: fix the failing checks before then'));
    }
    return results;
}

// EXTERNAL MODULE: ./src/policy/duration.ts
var duration = __webpack_require__(75432);
// EXTERNAL MODULE: ./src/policy/signing-time.ts
var signing_time = __webpack_require__(67607);
// EXTERNAL MODULE: ./src/policy/rules/identity.ts
var identity = __webpack_require__(58318);
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
            result: (0,policy_verdict/* check */.z6)(id, 'fail', expected, [found, ...problems].join('; '), `attach a signed ${rule.type} attestation to ${evidence.name}@${evidence.digest ?? '<digest>'} (imprint publish does so for sbom, vuln and provenance, and for your own predicates with predicate-type and predicate-path)`),
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
        const found = judged.map(({ attestation, reason }) => `${(0,identity/* describeSignerIdentity */.iG)(attestation.signer)} — ${reason}`);
        return {
            result: (0,policy_verdict/* check */.z6)(id, 'fail', expected, [...found, ...problems].join('; '), hintFor(judged.map((j) => j.reason ?? ''))),
        };
    }
    const { chosen, tied } = newest(valid);
    if (chosen === undefined) {
        return {
            result: (0,policy_verdict/* check */.z6)(id, 'fail', expected, `${tied.length} ${rule.type} attestations could each be the newest (${tied.map(describeDated).join('; ')}), they say different things, and nothing signed orders them`, tiedHint(tied)),
        };
    }
    const age = ageOf(chosen, now);
    const found = `${(0,identity/* describeSignerIdentity */.iG)(chosen.signer)}${chosen.signedAt ? ` at ${chosen.signedAt}` : ''}${age !== undefined ? ` (${(0,duration/* describeAge */.HK)(age)} old)` : ''}`;
    return { result: (0,policy_verdict/* check */.z6)(id, 'pass', expected, found), chosen };
}
/**
 * BuildKit writes one SBOM per scan (the final image, and BUILDKIT_SBOM_SCAN_STAGE /
 * _CONTEXT), all under the one index signature that vouches for them: the same signed time, so
 * nothing orders them, and no attestation among them is stale.
 */
function tiedHint(tied) {
    if (tied.every((attestation) => attestation.source === 'buildkit'))
        return 'BuildKit attached several SBOMs to this platform (BUILDKIT_SBOM_SCAN_STAGE or BUILDKIT_SBOM_SCAN_CONTEXT), all under one index signature, and imprint verify judges one document per platform: build with one SBOM scan, or attest the SBOM with imprint publish';
    return 'remove the stale attestations, or attest with a transparency log or timestamp authority so that each carries a proven time';
}
function describeExpected(rule) {
    const age = rule.maxAge ? `, at most ${rule.maxAge} old` : '';
    return `a ${rule.type} attestation over the image digest, signed by a policy signer${age}`;
}
function rejection(policy, rule, evidence, attestation, now) {
    if (evidence.digest === undefined || !attestation.subjectDigests.includes(evidence.digest)) {
        return `its subject is ${attestation.subjectDigests.join(', ') || 'empty'}, not the image digest ${evidence.digest ?? '(unresolved)'}`;
    }
    const proof = (0,identity/* missingProof */.dh)(attestation, policy.trust);
    if (proof)
        return proof;
    if ((0,identity/* matchingSigner */.GM)(policy.signers, attestation.signer) < 0) {
        return (policy.signers.map((signer) => (0,identity/* signerMismatch */.BN)(signer, attestation.signer)).find(Boolean) ??
            'no policy signer matches');
    }
    return (0,signing_time/* futureTimeProblem */.GB)(attestation, now) ?? maxAgeProblem(rule, attestation, now);
}
/** Why the attestation is too old for `maxAge`, or cannot be dated at all; undefined if fresh. */
function maxAgeProblem(rule, attestation, now) {
    if (rule.maxAge === undefined)
        return undefined;
    const age = ageOf(attestation, now);
    if (age === undefined)
        return `it carries no proven signing time${attestation.signer.kind === 'key' ? ' and its statement records none' : ''} to check maxAge ${rule.maxAge} against`;
    if (age > (0,duration/* parseDuration */.E9)(rule.maxAge)) {
        const made = (0,signing_time/* freshnessTime */.BG)(attestation);
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
    const time = (0,signing_time/* freshnessTime */.BG)(attestation);
    return time === undefined ? undefined : now.getTime() - time.getTime();
}
/**
 * The newest by signed time, never by the order the registry listed them in. Evidence with
 * no time at all could be the newest as well as the oldest, so it ties with the newest.
 * A tie between different contents is broken only for vulnerability reports (the one with
 * more findings: an attacker gains nothing by choosing it); otherwise nothing is chosen.
 */
function newest(valid) {
    const time = (a) => (0,signing_time/* orderingTime */.eE)(a)?.getTime();
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
    if (!attestations.every((a) => a.predicateType === predicate_types/* PREDICATE_VULN */.k9))
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
    const at = (0,signing_time/* orderingTime */.eE)(attestation);
    return `${(0,identity/* describeSignerIdentity */.iG)(attestation.signer)}${at ? ` at ${at.toISOString()}` : ', no signed time'}`;
}

// EXTERNAL MODULE: ./src/policy/conditions/condition-schema.ts
var condition_schema = __webpack_require__(19014);
// EXTERNAL MODULE: ./src/policy/conditions/expression.ts
var expression = __webpack_require__(69423);
// EXTERNAL MODULE: ./src/policy/conditions/operators.ts
var operators = __webpack_require__(91772);
;// CONCATENATED MODULE: ./src/policy/rules/conditions.ts
/**
 * `conditions` on an attestation's predicate: one check per entry, each saying what the
 * policy expects (`{{ result }} Equals passed`) and what the predicate gives. A Kyverno group
 * (`any:` / `all:`) is one check that lists each member's outcome. An expression that fails at
 * evaluation fails its condition, with the reason: closed, never skipped.
 */





/** `conditions:<type>[0]`: two attestation rules may each have a first condition. */
function conditionCheckId(predicateType, index) {
    return `conditions:${predicateType}[${index}]`;
}
function checkConditions(entries, predicate, predicateType) {
    return entries.map((entry, index) => {
        const id = conditionCheckId(predicateType, index);
        if ((0,condition_schema/* isConditionGroup */.n)(entry))
            return checkGroup(id, entry, predicate, predicateType);
        const outcome = judgeCondition(entry, predicate, predicateType);
        return (0,policy_verdict/* check */.z6)(id, outcome.holds ? 'pass' : 'fail', outcome.expected, outcome.found, outcome.holds ? undefined : outcome.hint);
    });
}
function checkGroup(id, group, predicate, predicateType) {
    const judge = (condition) => judgeCondition(condition, predicate, predicateType);
    const all = (group.all ?? []).map(judge);
    const any = (group.any ?? []).map(judge);
    const holdsAll = all.every((outcome) => outcome.holds);
    const holdsAny = group.any === undefined || any.some((outcome) => outcome.holds);
    const part = (word, outcomes, show) => outcomes.length === 0 ? [] : [`${word} of: ${outcomes.map(show).join('; ')}`];
    const mark = (outcome) => `${outcome.found} (${outcome.holds ? 'holds' : 'fails'})`;
    const expected = [
        ...part('all', all, (outcome) => outcome.expected),
        ...part('any', any, (outcome) => outcome.expected),
    ].join(', and ');
    const found = [...part('all', all, mark), ...part('any', any, mark)].join(', and ');
    if (holdsAll && holdsAny)
        return (0,policy_verdict/* check */.z6)(id, 'pass', expected, found);
    // The hint of the first failing `all` member; else, when no `any` member holds, theirs.
    const firstFailing = all.find((outcome) => !outcome.holds);
    const hint = firstFailing
        ? firstFailing.hint
        : [...new Set(any.map((outcome) => outcome.hint))].join('; or ');
    return (0,policy_verdict/* check */.z6)(id, 'fail', expected, found, hint);
}
function judgeCondition(condition, predicate, predicateType) {
    const expected = `${condition.key} ${condition.operator} ${JSON.stringify(condition.value)}`;
    let key;
    try {
        key = (0,expression/* evaluateKey */.Zy)(condition.key, predicate);
    }
    catch (error) {
        if (error instanceof expression/* NothingFound */.cG) {
            return {
                holds: false,
                expected,
                found: `${condition.key}: ${error.message}`,
                hint: condition.message ??
                    `attest a ${predicateType} predicate that has it, or give a default as Kyverno requires: {{ ${error.expression} || '' }}`,
            };
        }
        return {
            holds: false,
            expected,
            found: `${condition.key} cannot be evaluated on the ${predicateType} predicate: ${(0,errors/* messageOf */.bD)(error)}`,
            hint: 'fix the expression: imprint verify evaluates standard JMESPath (Kyverno’s own functions such as time_since are not known)',
        };
    }
    const found = `${condition.key} gives ${JSON.stringify(key)}`;
    if ((0,operators/* holds */.v9)(condition.operator, key, condition.value))
        return { holds: true, expected, found, hint: '' };
    const uncomparable = (0,operators/* isComparable */.n9)(condition.operator, key, condition.value)
        ? ''
        : ` (${condition.operator} compares numbers or durations)`;
    return {
        holds: false,
        expected,
        found: `${found}${uncomparable}`,
        hint: condition.message ?? `attest a ${predicateType} predicate that meets the condition`,
    };
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
        return (0,policy_verdict/* check */.z6)('provenance.builderId', 'fail', expected, 'the provenance names no builder (runDetails.builder.id)', 'attest SLSA v1 provenance that names its builder');
    }
    if ((0,match/* matchesIdentity */.wD)((0,match/* identityPattern */.L2)(rules.builderId), builderId)) {
        return (0,policy_verdict/* check */.z6)('provenance.builderId', 'pass', expected, `built by ${builderId}`);
    }
    return (0,policy_verdict/* check */.z6)('provenance.builderId', 'fail', expected, `built by ${builderId}`, 'build on the builder the policy trusts, or change provenance.builderId');
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
function checkSbom(rules, predicate, predicateType = predicate_types/* PREDICATE_CYCLONEDX */.Ok) {
    const spdx = (0,predicate_types/* predicateTypeMatches */.J3)(predicate_types/* PREDICATE_SPDX */.gL, predicateType);
    const components = spdx ? spdxComponentsOf(predicate) : cyclonedxComponentsOf(predicate);
    if (components === undefined) {
        return [
            spdx
                ? (0,policy_verdict/* check */.z6)('sbom', 'fail', `an SPDX 2.x JSON document as the ${predicateType} predicate`, 'a predicate that is not an SPDX 2.x document (no spdxVersion SPDX-2.x)', 'attest the SBOM in SPDX JSON (cosign attest --type spdxjson)')
                : (0,policy_verdict/* check */.z6)('sbom', 'fail', `a CycloneDX BOM as the ${predicateType} predicate`, 'a predicate that is not a CycloneDX BOM', 'attest the SBOM in CycloneDX JSON (cosign attest --type cyclonedx)'),
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
        return (0,policy_verdict/* check */.z6)('sbom.denyPackages', 'pass', expected, `${components.length} components, none denied`);
    const found = [
        ...(hits.length > 0 ? [`denied: ${list(hits)}`] : []),
        ...(unreadable.length > 0 ? [`cannot evaluate: ${list(unreadable)}`] : []),
    ];
    return (0,policy_verdict/* check */.z6)('sbom.denyPackages', 'fail', expected, found.join('; '), hits.length > 0
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
        return (0,policy_verdict/* check */.z6)('sbom.denyLicenses', 'pass', expected, `${components.length} components, none with a denied licence`);
    return (0,policy_verdict/* check */.z6)('sbom.denyLicenses', 'fail', expected, `denied licences: ${list(hits)}`, 'replace the components under a denied licence, or change denyLicenses if legal approved them');
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
    const fits = signers.map((signer) => parties.flatMap((party, p) => party.some((signature) => (0,identity/* signerMismatch */.BN)(signer, signature.signer) === undefined) ? [p] : []));
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
    const notCounted = (signature) => (0,identity/* missingProof */.dh)(signature, policy.trust) ?? (0,signing_time/* futureTimeProblem */.GB)(signature, now);
    const counted = signatures.filter((signature) => notCounted(signature) === undefined);
    const { pairs } = matchSigners(policy.signers, counted);
    const expected = signers_describeExpected(policy);
    if (pairs.length >= policy.count) {
        const filled = pairs.map(({ signer }) => (0,identity/* describeSigner */.cg)(policy.signers[signer]));
        return (0,policy_verdict/* check */.z6)('signer', 'pass', expected, filled.join('; '));
    }
    const shortfall = pairs.length > 0
        ? `only ${pairs.length} distinct signer(s) fill a policy entry, ${policy.count} needed (one signer, or copies of one signature, count once); `
        : '';
    return (0,policy_verdict/* check */.z6)('signer', 'fail', expected, `${shortfall}${describeFound(policy, evidence, signatures, notCounted)}`, pairs.length > 0
        ? `have ${policy.count} different signers among those the policy lists sign ${evidence.name}@${evidence.digest ?? '<digest>'}`
        : signers_hintFor(policy, evidence, signatures));
}
function signers_describeExpected(policy) {
    const list = policy.signers.map(identity/* describeSigner */.cg);
    if (policy.signers.length === 1)
        return `signed by ${list[0]}`;
    return `signed by at least ${policy.count} of: ${list.join(' | ')}`;
}
function describeFound(policy, evidence, signatures, notCounted) {
    const otherDigest = evidence.signatures.length - signatures.length;
    const lines = signatures.map((signature) => {
        const proof = notCounted(signature);
        const reasons = policy.signers.map((signer) => (0,identity/* signerMismatch */.BN)(signer, signature.signer));
        const why = proof ?? reasons.find((reason) => reason !== undefined);
        return `${(0,identity/* describeSignerIdentity */.iG)(signature.signer)}${why ? ` — ${why}` : ''}`;
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
    if (signatures.some((signature) => (0,identity/* missingProof */.dh)(signature, policy.trust) !== undefined)) {
        return 'sign with a transparency log (Rekor) or a timestamp authority as the policy requires; an image signed without a log on purpose (tlog-upload: false) verifies with --insecure-ignore-tlog (quick start) or trust.requireTlog: false (policy file)';
    }
    return 'sign from the workflow and ref the policy names, or change `signers` if the signing identity moved';
}

// EXTERNAL MODULE: ./src/policy/rules/vulnerabilities.ts + 1 modules
var vulnerabilities = __webpack_require__(7638);
// EXTERNAL MODULE: ./src/policy/rules/vex.ts
var rules_vex = __webpack_require__(21601);
;// CONCATENATED MODULE: ./src/policy/evaluate.ts
/**
 * Policy evaluation, pure: a policy and the verified evidence for one image in, a verdict
 * with one result per rule out. Fail closed: a rule that cannot be evaluated fails.
 */











function evaluatePolicy(policy, evidence, options, parent) {
    const exclusion = excludedBy(policy, evidence);
    if (exclusion !== undefined) {
        const checks = [
            (0,policy_verdict/* check */.z6)('image.excluded', 'skipped', 'an image the policy covers', `${evidence.name} matches images.exclude ${exclusion}`),
        ];
        return verdict(evidence, 'pass', checks);
    }
    let checks = safely(() => ruleChecks(policy, evidence, options, parent));
    const exceptions = findExceptions(policy, evidence, options.now);
    if (exceptions.active) {
        checks = (0,policy_verdict/* downgrade */.Wc)(checks, `waived until ${exceptions.active.expires}: ${exceptions.active.reason}`);
    }
    checks.push(...exceptionChecks(exceptions));
    if (policy.mode === 'warn')
        checks = (0,policy_verdict/* downgrade */.Wc)(checks, 'policy mode is warn: reported, not enforced');
    // VEX about the index speaks for each of its platforms.
    const self = evidence.digest === undefined
        ? undefined
        : { digest: evidence.digest, attestations: evidence.attestations };
    const platforms = (evidence.platforms ?? []).map((platform) => evaluatePolicy(policy, platform, options, self));
    const outcome = (0,policy_verdict/* worst */.QZ)([(0,policy_verdict/* outcomeOf */.sG)(checks), ...platforms.map((p) => p.outcome)]);
    const result = verdict(evidence, outcome, checks);
    if (platforms.length > 0)
        result.platforms = platforms;
    return result;
}
function ruleChecks(policy, evidence, options, parent) {
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
        checks.push((0,policy_verdict/* check */.z6)(`evidence.${problem.subject}`, problem.fatal ? 'fail' : 'warn', `${problem.subject} evidence that verifies`, `${problem.about ? `${problem.about}: ` : ''}${problem.reason}`, hint));
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
        const about = { policy, evidence, parent };
        checks.push(...(chosen ? contentChecks(rule, chosen, options, about) : skippedContent(rule)));
    }
    return checks;
}
/** What the rule says about the content of the attestation chosen. */
function contentChecks(rule, chosen, options, about) {
    const content = [];
    if (rule.sbom)
        content.push(...checkSbom(rule.sbom, chosen.predicate, chosen.predicateType));
    if (rule.vulnerabilities) {
        const { policy, evidence, parent } = about;
        const vex = (0,rules_vex/* gatherVex */.R)(policy, rule.vulnerabilities, evidence, options.now, parent);
        content.push(...(0,vulnerabilities/* checkVulnerabilities */.r)(rule.vulnerabilities, chosen.predicate, options, vex));
    }
    if (rule.provenance)
        content.push(checkProvenance(rule.provenance, chosen.predicate));
    if (rule.conditions)
        content.push(...checkConditions(rule.conditions, chosen.predicate, rule.type));
    return content;
}
function skippedContent(rule) {
    return contentCheckIds(rule).map((id) => (0,policy_verdict/* check */.z6)(id, 'skipped', 'a valid attestation to read', `no valid ${rule.type} attestation`));
}
function perPlatformCheck(type) {
    return (0,policy_verdict/* check */.z6)(`attestation:${type}`, 'skipped', `a ${type} attestation on each platform manifest`, 'none on the index itself (an index has no filesystem): judged on each platform below');
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
    ids.push(...(rule.conditions ?? []).map((_, index) => conditionCheckId(rule.type, index)));
    return ids;
}
function safely(run) {
    try {
        return run();
    }
    catch (error) {
        return [
            (0,policy_verdict/* check */.z6)('internal', 'fail', 'the policy to be evaluated', `evaluation failed: ${(0,errors/* messageOf */.bD)(error)}`, 'this is a bug in imprint: please report it with the policy and the image'),
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
// EXTERNAL MODULE: ./src/verify/evidence.ts + 4 modules
var verify_evidence = __webpack_require__(23865);
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

// EXTERNAL MODULE: ./src/registry/pool.ts + 7 modules
var registry_pool = __webpack_require__(62207);
// EXTERNAL MODULE: ./src/attest/storage/oci.ts
var oci = __webpack_require__(54906);
// EXTERNAL MODULE: ./src/util/byte-budget.ts
var byte_budget = __webpack_require__(36172);
;// CONCATENATED MODULE: ./src/verify/engine.ts














/**
 * Images verified at once: enough to hide registry latency, few enough to be polite. Each
 * image waits on three round trips in turn (manifest and indexes, referrer manifests, bundle
 * blobs); on the local registry 8 verified 100 images 3–19% faster than 4 (three alternating
 * runs of bench/verify), and round trips to a remote registry are longer.
 */
const DEFAULT_CONCURRENCY = 8;
/**
 * Gathering one image's evidence: far above what a dozen requests take, far below what stalls
 * a pipeline. Past it the image fails; a trickling registry cannot hold verify up.
 */
const DEFAULT_IMAGE_DEADLINE_MS = 5 * 60_000;
async function verifyImages(options) {
    const started = Date.now();
    const pool = options.gatherer ? undefined : new registry_pool/* RegistryPool */.y(options.registry, options.log);
    const budget = options.registry?.readBudget ?? new byte_budget/* ByteBudget */.G(oci/* READ_BUDGET_BYTES */.d5);
    const gatherer = options.gatherer ?? new verify_evidence/* RegistryEvidence */.XI(pool, options.trust, budget);
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
        checks: [(0,policy_verdict/* check */.z6)(id, outcome, expected, found, hint)],
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

/***/ 23865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S1: () => (/* binding */ MAX_PLATFORMS),
  XI: () => (/* binding */ RegistryEvidence),
  br: () => (/* binding */ baseEvidence),
  yP: () => (/* binding */ tooManyPlatforms)
});

// EXTERNAL MODULE: ./src/attest/storage/oci.ts
var oci = __webpack_require__(54906);
// EXTERNAL MODULE: ./src/attest/storage/store.ts
var store = __webpack_require__(91646);
// EXTERNAL MODULE: ./src/util/byte-budget.ts
var byte_budget = __webpack_require__(36172);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var registry_manifest = __webpack_require__(10506);
// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/attest/predicate-types.ts
var predicate_types = __webpack_require__(64136);
// EXTERNAL MODULE: ./src/attest/storage/annotations.ts
var annotations = __webpack_require__(19645);
// EXTERNAL MODULE: ./src/util/json.ts
var util_json = __webpack_require__(74976);
;// CONCATENATED MODULE: ./src/attest/storage/buildkit.ts
/**
 * BuildKit's attestation storage, read (moby/buildkit docs/attestations/attestation-storage.md):
 * `docker buildx build --sbom=true` and docker/build-push-action's `sbom: true` put, after the
 * platform images of the index, one more manifest per platform (platform `unknown/unknown`,
 * annotated `vnd.docker.reference.type: attestation-manifest` and `vnd.docker.reference.digest:
 * <the platform manifest's digest>`) whose layers are bare in-toto statements
 * (`application/vnd.in-toto+json`, annotated `in-toto.io/predicate-type`). BuildKit signs none of
 * it; what vouches for it is the index, which names each attestation manifest by digest, and
 * that manifest each statement by digest (verify/buildkit-evidence.ts decides who that is).
 *
 * Pure: the index, the attestation manifest and the statement bytes in; what may be read, or a
 * reason it is refused, out. Only SPDX statements are read (BuildKit's SBOMs); its other
 * statements (provenance) are left alone.
 */





/** The `vnd.docker.reference.type` of an attestation manifest; any other value is not one. */
const ATTESTATION_MANIFEST = 'attestation-manifest';
const IMAGE_MANIFEST_TYPES = new Set([registry_manifest/* MEDIA_TYPES */.Z2.ociManifest, registry_manifest/* MEDIA_TYPES */.Z2.dockerManifest]);
/**
 * The attestation manifests an index lists, each with the platform manifest it is about. An
 * entry whose reference type is not `attestation-manifest` is ignored, as the layout says; one
 * that is but names no platform image of this index, or is no image manifest, is refused.
 */
function attestationManifestsOf(index) {
    const platforms = new Set((0,registry_manifest/* platformsOf */.Wt)(index).map(({ descriptor }) => descriptor.digest));
    const entries = [];
    const refused = [];
    for (const descriptor of index.manifests) {
        if (descriptor.annotations?.[registry_manifest/* DOCKER_REFERENCE_TYPE */.Se] !== ATTESTATION_MANIFEST)
            continue;
        const location = `BuildKit attestation manifest ${descriptor.digest}`;
        const reason = entryProblem(descriptor, platforms);
        if (reason !== undefined)
            refused.push({ location, reason });
        else
            entries.push({
                descriptor,
                platformDigest: descriptor.annotations[registry_manifest/* DOCKER_REFERENCE_DIGEST */.gL],
            });
    }
    return { entries, refused };
}
function entryProblem(descriptor, platforms) {
    const named = descriptor.annotations?.[registry_manifest/* DOCKER_REFERENCE_DIGEST */.gL];
    if (named === undefined || named === '') {
        return `the index marks it ${ATTESTATION_MANIFEST} but gives no ${registry_manifest/* DOCKER_REFERENCE_DIGEST */.gL} naming the image it is about: not read`;
    }
    const problem = (0,registry_reference/* digestProblem */.WQ)(named);
    if (problem)
        return `its ${registry_manifest/* DOCKER_REFERENCE_DIGEST */.gL} "${named}" is not a digest (${problem}): not read`;
    if (!platforms.has(named)) {
        return `its ${registry_manifest/* DOCKER_REFERENCE_DIGEST */.gL} names ${named}, which is no platform image of this index: not read`;
    }
    if (!IMAGE_MANIFEST_TYPES.has(descriptor.mediaType)) {
        return `its media type is ${descriptor.mediaType}, not an image manifest (${[...IMAGE_MANIFEST_TYPES].join(' or ')}): not read`;
    }
    return undefined;
}
/**
 * The layers of an attestation manifest that may hold an SPDX statement: in-toto layers
 * annotated with an SPDX predicate type, or not annotated at all (the annotation "may be set";
 * the statement then says what it is). A layer annotated SPDX under another media type is
 * refused; other media types are ignored, as the layout says. The whole manifest is refused
 * when it is no image manifest, or when its OCI `subject` names another image than the index
 * says it is about.
 */
function spdxLayersOf(parsed, entry) {
    const where = `BuildKit attestation manifest ${entry.descriptor.digest}`;
    if (parsed.kind !== 'manifest') {
        return refuseAll(where, `it is an image index (${parsed.mediaType}), not an image manifest`);
    }
    const subject = parsed.manifest.subject?.digest;
    if (subject !== undefined && subject !== entry.platformDigest) {
        return refuseAll(where, `its OCI subject is ${subject}, but the index says it is about ${entry.platformDigest}: not read`);
    }
    const layers = [];
    const refused = [];
    parsed.manifest.layers.forEach((descriptor, index) => {
        const claimed = descriptor.annotations?.[annotations/* ANNOTATION_INTOTO_PREDICATE_TYPE */.nR];
        if (claimed !== undefined && !(0,predicate_types/* predicateTypeMatches */.J3)(predicate_types/* PREDICATE_SPDX */.gL, claimed))
            return;
        if (descriptor.mediaType === predicate_types/* IN_TOTO_PAYLOAD_TYPE */.T4) {
            layers.push({ index, descriptor });
        }
        else if (claimed !== undefined) {
            refused.push({
                location: `${where} layer ${index}`,
                reason: `annotated ${annotations/* ANNOTATION_INTOTO_PREDICATE_TYPE */.nR}: ${claimed}, but its media type is ${descriptor.mediaType}, not ${predicate_types/* IN_TOTO_PAYLOAD_TYPE */.T4}: not read`,
            });
        }
    });
    return { layers, refused };
}
function refuseAll(location, reason) {
    return { layers: [], refused: [{ location, reason }] };
}
/**
 * One layer's bytes as BuildKit's SPDX statement about `platformDigest`. Refused: bytes that
 * are no in-toto statement, a predicate type other than the layer's annotation says, and a
 * statement whose subjects do not name the platform manifest it is attached to (an SBOM of
 * another image, put in this index).
 */
function readStatement(bytes, layer, platformDigest) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (error) {
        return refused(`it is not JSON (${error.message}), so no in-toto statement`);
    }
    if (!(0,util_json/* isJsonObject */.O)(json) ||
        (json._type !== predicate_types/* IN_TOTO_STATEMENT_V1 */.tV && json._type !== predicate_types/* IN_TOTO_STATEMENT_V01 */.lF) ||
        typeof json.predicateType !== 'string' ||
        !Array.isArray(json.subject)) {
        return refused(`it is not an in-toto statement (${predicate_types/* IN_TOTO_STATEMENT_V1 */.tV} or v0.1 with subject and predicateType)`);
    }
    const claimed = layer.descriptor.annotations?.[annotations/* ANNOTATION_INTOTO_PREDICATE_TYPE */.nR];
    if (claimed !== undefined && claimed !== json.predicateType) {
        return refused(`its statement's predicateType is ${json.predicateType}, but the layer is annotated ${claimed}`);
    }
    if (!(0,predicate_types/* predicateTypeMatches */.J3)(predicate_types/* PREDICATE_SPDX */.gL, json.predicateType))
        return { kind: 'other' };
    const subjectDigests = json.subject.flatMap((subject) => {
        const sha256 = (0,util_json/* isJsonObject */.O)(subject) && (0,util_json/* isJsonObject */.O)(subject.digest) && subject.digest.sha256;
        return typeof sha256 === 'string' ? [`sha256:${sha256.toLowerCase()}`] : [];
    });
    if (!subjectDigests.includes(platformDigest)) {
        return refused(`its statement is about ${subjectDigests.join(', ') || 'no sha256 digest'}, not the platform manifest ${platformDigest} its attestation manifest is attached to: an SBOM of another image`);
    }
    return {
        kind: 'spdx',
        statement: { predicateType: json.predicateType, predicate: json.predicate, subjectDigests },
    };
}
function refused(reason) {
    return { kind: 'refused', reason: `${reason}: not read` };
}

// EXTERNAL MODULE: ./src/attest/storage/stored-blobs.ts
var stored_blobs = __webpack_require__(4213);
// EXTERNAL MODULE: ./src/verify/classify.ts
var classify = __webpack_require__(96727);
// EXTERNAL MODULE: ./src/verify/collected.ts
var verify_collected = __webpack_require__(33510);
;// CONCATENATED MODULE: ./src/verify/buildkit-evidence.ts
/**
 * BuildKit's SBOMs (`docker buildx build --sbom=true`, docker/build-push-action `sbom: true`) as
 * evidence, under one trust rule. BuildKit signs none of its attestations: each is an in-toto
 * statement in a layer of an attestation manifest, which the image index names by digest. So
 * a verified signature over the index digest covers them too, by content addressing (index →
 * attestation manifest → statement, each digest checked as it is read), and the statement
 * counts as an attestation made by that signer, with that signature's proofs: the policy then
 * judges it as any other (its signer, its trust, maxAge). Without such a signature, or with
 * signatures only on the platform manifests (which name nothing of it), the SBOM does not
 * count: it is reported as an unsigned BuildKit SBOM, ignored.
 *
 * Requests: none when the index lists no attestation manifest; else 1 per attestation manifest,
 * and, when the index is signed, 1 blob per SPDX layer (read under the run's byte budget).
 * Failing to read is fatal, as for every other evidence; what is decided about bytes read in
 * full and digest-checked (a statement about another image) is a non-fatal problem.
 */






/**
 * Attestation manifests of one index that are read. BuildKit writes one per platform image, and
 * verify reads at most 64 platforms; an index listing more would turn one image into a flood of
 * requests, so it fails, with the count, rather than being read in part.
 */
const MAX_ATTESTATION_MANIFESTS = 64;
async function buildKitEvidence(context) {
    const { entries, refused } = attestationManifestsOf(context.index);
    const result = {
        indexProblems: refused.map((r) => refusedProblem(r, undefined)),
        byPlatform: new Map(),
    };
    if (entries.length > MAX_ATTESTATION_MANIFESTS) {
        result.indexProblems.push({
            subject: 'image',
            reason: `the index ${context.indexDigest} lists ${entries.length} BuildKit attestation manifests, more than the ${MAX_ATTESTATION_MANIFESTS} verify reads: refused rather than verified in part`,
            fatal: true,
        });
        return result;
    }
    const signatures = context.indexSignatures.filter((s) => s.signedDigest === context.indexDigest);
    for (const entry of entries) {
        let collected = result.byPlatform.get(entry.platformDigest);
        if (!collected)
            result.byPlatform.set(entry.platformDigest, (collected = (0,verify_collected/* emptyCollected */.xs)()));
        await oneAttestationManifest(context, entry, signatures, collected);
    }
    return result;
}
async function oneAttestationManifest(context, entry, signatures, collected) {
    const where = `BuildKit attestation manifest ${entry.descriptor.digest}`;
    let parsed;
    try {
        const fetched = await context.client.getManifest(context.repository, entry.descriptor.digest);
        parsed = (0,registry_manifest/* parseManifest */.Ng)(fetched.bytes, fetched.mediaType);
    }
    catch (error) {
        collected.problems.push(isInvalid(error)
            ? refusedProblem({ location: where, reason: (0,verify_collected/* oneLine */.TN)(error) }, predicate_types/* PREDICATE_SPDX */.gL)
            : (0,verify_collected/* registryProblem */.T7)(`reading the ${where}`, error));
        return;
    }
    const { layers, refused } = spdxLayersOf(parsed, entry);
    collected.problems.push(...refused.map((r) => refusedProblem(r, predicate_types/* PREDICATE_SPDX */.gL)));
    if (layers.length === 0)
        return;
    if (signatures.length === 0) {
        collected.problems.push((0,classify/* unverified */.Qs)('attestation', predicate_types/* PREDICATE_SPDX */.gL, where, `unsigned BuildKit SBOM, ignored: BuildKit signs none of its attestations, and no signature verifies over the index ${context.indexDigest} that names this manifest by digest (a signature on the platform manifest does not cover it); sign the index digest (imprint publish and cosign sign do)`));
        return;
    }
    for (const layer of layers) {
        await oneLayer(context, entry, layer, signatures, collected);
    }
}
async function oneLayer(context, entry, layer, signatures, collected) {
    const where = `BuildKit attestation manifest ${entry.descriptor.digest} layer ${layer.index}`;
    let bytes;
    try {
        bytes = await (0,stored_blobs/* readStoredBlob */.nZ)(context.client, context.repository, { digest: layer.descriptor.digest, size: layer.descriptor.size, what: `the ${where}` }, context.budget);
    }
    catch (error) {
        collected.problems.push((0,verify_collected/* registryProblem */.T7)(`reading the ${where}`, error));
        return;
    }
    const reading = readStatement(bytes, layer, entry.platformDigest);
    if (reading.kind === 'refused') {
        collected.problems.push(refusedProblem({ location: where, reason: reading.reason }, predicate_types/* PREDICATE_SPDX */.gL));
        return;
    }
    if (reading.kind === 'other')
        return;
    // One attestation per index signature: each signer vouches for it, and the policy decides
    // which of them it trusts, with that signature's proofs.
    for (const signature of signatures) {
        collected.attestations.push({
            ...reading.statement,
            signer: signature.signer,
            source: 'buildkit',
            location: `${where}, covered by the index signature ${signature.location ?? `from ${signature.source}`}`,
            tlogProven: signature.tlogProven,
            timestampProven: signature.timestampProven,
            ...(signature.signedAt !== undefined && { signedAt: signature.signedAt }),
        });
    }
}
function refusedProblem(refused, about) {
    return (0,classify/* unverified */.Qs)('attestation', about, refused.location, refused.reason);
}
function isInvalid(error) {
    return error.code === 'MANIFEST_INVALID';
}

// EXTERNAL MODULE: ./src/attest/storage/cosign-backend.ts
var cosign_backend = __webpack_require__(29053);
// EXTERNAL MODULE: ./src/attest/storage/cosign-classic.ts
var cosign_classic = __webpack_require__(62341);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/sigstore/verify/index.ts + 18 modules
var sigstore_verify = __webpack_require__(92997);
// EXTERNAL MODULE: ./src/verify/bundles.ts
var bundles = __webpack_require__(33300);
;// CONCATENATED MODULE: ./src/verify/classic-evidence.ts
/**
 * cosign classic signatures and attestations (FORMATS.md §2): the `sha256-<hex>.sig` and
 * `.att` tags, one layer per signature, read through the store's cosign-tag backend (which
 * reads a layer's blob once, however many policy keys are tried over it). Keyless layers (with
 * a certificate annotation) are checked against the trusted root; key-signed ones against each
 * policy key in turn.
 * Requests: 1 per tag (a 404 means none) + 1 blob per layer.
 *
 * As for referrers, every failure to fetch or read the tag or a layer's blob is fatal; only what
 * is decided about bytes read in full and digest-checked is a non-fatal problem of one layer.
 */








const LAYER_TYPES = {
    sig: cosign_classic/* SIMPLE_SIGNING_MEDIA_TYPE */.$r,
    att: cosign_classic/* DSSE_ENVELOPE_MEDIA_TYPE */.Nr,
};
async function classicEvidence(context, kind) {
    const collected = (0,verify_collected/* emptyCollected */.xs)();
    const { cosign } = context.store;
    const tag = cosign.tag(context.digest, kind);
    let fetched;
    try {
        fetched = await cosign.manifest(context.digest, kind);
    }
    catch (error) {
        collected.problems.push((0,verify_collected/* registryProblem */.T7)(`reading the cosign tag ${tag}`, error));
        return collected;
    }
    if (!fetched)
        return collected; // no tag: no cosign classic evidence of this kind
    let layers;
    try {
        layers = layersOf((0,cosign_backend/* layersAtTag */.s)(fetched, tag), kind, tag);
    }
    catch (error) {
        (0,verify_collected/* add */.WQ)(collected, (0,classify/* problem */.CC)(subjectOf(kind), undefined, { location: tag }, (0,verify_collected/* oneLine */.TN)(error)));
        return collected;
    }
    const fetchBlob = (digest) => cosign.find(digest, tag);
    const verify = kind === 'sig' ? sigstore_verify/* verifyCosignSignatures */.of : sigstore_verify/* verifyCosignAttestations */.YZ;
    const options = { expectedDigest: context.digest, requireTlog: false, requireTimestamp: false };
    const keyless = layers.filter((l) => l.layer.annotations?.[annotations/* ANNOTATION_CERTIFICATE */.MF]);
    const keyed = layers.filter((l) => !l.layer.annotations?.[annotations/* ANNOTATION_CERTIFICATE */.MF]);
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
            collected.problems.push(failureProblem(kind, tag, layer, failure.error, context));
        }
    }
    const byKey = await verifyKeyed(keyed, kind, tag, context, (trust) => verify(manifestOf(keyed), fetchBlob, { ...options, trust }));
    for (const { layer, signedBy } of byKey.verified)
        report(layer, signedBy);
    collected.problems.push(...byKey.problems);
    return collected;
}
/** Each policy key in turn over the key-signed layers; the first key that verifies a layer names its signer. */
async function verifyKeyed(keyed, kind, tag, context, verifyAll) {
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
            if (context.store.cosign.wasUnread(keyed[failure.layer].layer.digest)) {
                readErrors.push(failure);
            }
            reasons.get(keyed[failure.layer].index)?.push(`${keyRef}: ${(0,verify_collected/* oneLine */.TN)(failure.error)}`);
        }
    }
    const failed = readErrors[0];
    if (failed) {
        const error = context.store.cosign.readError(keyed[failed.layer].layer.digest);
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
function failureProblem(kind, tag, layer, error, context) {
    const { cosign } = context.store;
    if (cosign.wasUnread(layer.layer.digest)) {
        const readError = cosign.readError(layer.layer.digest);
        return (0,verify_collected/* registryProblem */.T7)(`reading layer ${layer.index} of the cosign tag ${tag}`, readError);
    }
    return (0,classify/* unverified */.Qs)(subjectOf(kind), predicateTypeOf(layer), `${tag} layer ${layer.index}`, (0,verify_collected/* oneLine */.TN)(error));
}
/** The tag's layers of this kind (a simple-signing or DSSE media type, and a digest). */
function layersOf(listed, kind, tag) {
    const layers = listed;
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
    return layer.layer.annotations?.[annotations/* ANNOTATION_ATT_PREDICATE_TYPE */.BZ] || undefined;
}

// EXTERNAL MODULE: ./src/verify/concurrency.ts
var concurrency = __webpack_require__(57514);
// EXTERNAL MODULE: ./src/attest/storage/referrer-backend.ts
var referrer_backend = __webpack_require__(96249);
;// CONCATENATED MODULE: ./src/verify/referrer-evidence.ts
/**
 * Sigstore bundles stored as OCI referrers of a digest (FORMATS.md §1), read through the
 * store's referrer backend: list the referrers (referrers API, or the sha256-<hex> tag-schema
 * fallback), fetch each bundle artifact's manifest and its bundle layer, verify, classify.
 * Requests: 1 list + 2 per bundle.
 *
 * Every failure to fetch or read (a status, a reset, a body cut short or stalled, a digest that
 * does not match) is fatal: evidence we could not read may be the evidence that fails the image,
 * so an older, cleaner report must not decide in its place. Only what is decided about bytes read
 * in full and digest-checked (not a bundle artifact, a bundle that does not verify) is a
 * non-fatal problem of that one referrer.
 */







/** An image re-attested nightly collects many referrers: fetch them a few at a time. */
const BUNDLES_AT_ONCE = 8;
async function referrerEvidence(context) {
    const collected = (0,verify_collected/* emptyCollected */.xs)();
    let descriptors;
    try {
        descriptors = await context.store.referrers.list(context.digest);
    }
    catch (error) {
        collected.problems.push((0,verify_collected/* registryProblem */.T7)(`listing the referrers of ${context.digest}`, error));
        return collected;
    }
    const bundles = descriptors.filter(referrer_backend/* mayHoldBundle */.x5);
    const results = await (0,concurrency/* mapLimit */.s)(bundles, BUNDLES_AT_ONCE, (d) => oneReferrer(context, d));
    for (const result of results)
        if (result)
            (0,verify_collected/* add */.WQ)(collected, result);
    return collected;
}
async function oneReferrer(context, descriptor) {
    const { referrers } = context.store;
    const location = `referrer ${descriptor.digest}`;
    const claimed = claimedKind(descriptor);
    const unusable = (error) => (0,classify/* problem */.CC)(claimed.subject, claimed.predicateType, { location }, (0,verify_collected/* oneLine */.TN)(error));
    const unreadable = (error) => ({
        kind: 'problem',
        problem: (0,verify_collected/* registryProblem */.T7)(`reading ${location} of ${context.digest}`, error),
    });
    let manifest;
    try {
        manifest = await referrers.manifest(descriptor.digest);
    }
    catch (error) {
        return unreadable(error);
    }
    if (!(0,referrer_backend/* isBundleType */.Jo)(descriptor.artifactType) && !(0,referrer_backend/* isBundleType */.Jo)((0,referrer_backend/* artifactTypeOf */.Gh)(manifest))) {
        return undefined; // listed vaguely, and not a bundle after all
    }
    let layer;
    try {
        layer = (0,referrer_backend/* bundleLayerOf */.Vj)(manifest);
    }
    catch (error) {
        return unusable(error);
    }
    let bytes;
    try {
        bytes = await referrers.bundle(layer, location);
    }
    catch (error) {
        return unreadable(error);
    }
    try {
        const signedBy = (0,bundles/* verifyBundleBytes */.Pk)(bytes, context.digest, context.trusts);
        return (0,classify/* classify */.L8)(signedBy, { subjectDigest: context.digest, source: 'referrer', location });
    }
    catch (error) {
        const said = claimed.predicateType ? claimed : (claimedByPayload(bytes) ?? claimed);
        return (0,classify/* problem */.CC)(said.subject, said.predicateType, { location }, (0,verify_collected/* oneLine */.TN)(error));
    }
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
        return statement.predicateType === predicate_types/* PREDICATE_COSIGN_SIGN */.M7
            ? { subject: 'signature' }
            : { subject: 'attestation', predicateType: statement.predicateType };
    }
    catch {
        return undefined;
    }
}
/** What the annotations say the bundle is, used only to file a failure under the right check. */
function claimedKind(descriptor) {
    const predicateType = descriptor.annotations?.[annotations/* ANNOTATION_PREDICATE_TYPE */.nM];
    if (predicateType === predicate_types/* PREDICATE_COSIGN_SIGN */.M7)
        return { subject: 'signature' };
    if (predicateType)
        return { subject: 'attestation', predicateType };
    return descriptor.annotations?.[annotations/* ANNOTATION_BUNDLE_CONTENT */.$C] === 'message-signature'
        ? { subject: 'signature' }
        : { subject: 'attestation' };
}

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
 * for at most MAX_PLATFORMS platforms: an index listing more fails. BuildKit's attestation
 * manifests add 1 each, and 1 blob per SPDX layer when the index is signed (buildkit-evidence.ts).
 * Bearer registries add one token request per repository and run.
 * Memory: every blob read of the run (all images, platforms and subjects) reserves its size in
 * one byte budget first (attest/storage/stored-blobs.ts), whatever concurrency allows.
 */










class RegistryEvidence {
    pool;
    trusts;
    budget;
    /** `budget`: the bytes of stored blobs held at once, shared by every image of the run. */
    constructor(pool, trusts, budget = new byte_budget/* ByteBudget */.G(oci/* READ_BUDGET_BYTES */.d5)) {
        this.pool = pool;
        this.trusts = trusts;
        this.budget = budget;
    }
    async gather(reference, parsed) {
        const evidence = baseEvidence(reference, parsed);
        const what = `${parsed.registry}/${parsed.repository}${parsed.digest ? `@${parsed.digest}` : `:${parsed.tag ?? registry_reference/* DEFAULT_TAG */.fL}`}`;
        let fetched;
        let client;
        // A digest-pinned reference names its subject already: that subject's evidence is fetched
        // beside the manifest, a round trip sooner, with the same requests. Should the manifest
        // fail, what it found is dropped.
        let early;
        try {
            client = await this.pool.client(parsed.registry);
            if (parsed.digest !== undefined) {
                early = this.evidenceFor(client, parsed.repository, parsed.digest);
            }
            fetched = await client.getManifest(parsed.repository, parsed.digest ?? parsed.tag ?? registry_reference/* DEFAULT_TAG */.fL);
        }
        catch (error) {
            await settle(early);
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
            await settle(early);
            evidence.problems.push({
                subject: 'image',
                reason: `${what}: ${(0,verify_collected/* oneLine */.TN)(error)}`,
                fatal: true,
            });
            return evidence;
        }
        // For a digest the client refuses bytes that hash to anything else, so `early` is this
        // manifest's evidence; a tag's subject is known only now.
        (0,verify_collected/* merge */.h1)(evidence, await (early ?? this.evidenceFor(client, parsed.repository, fetched.digest)));
        if (manifest.kind === 'index') {
            const platforms = (0,registry_manifest/* platformsOf */.Wt)(manifest.index);
            if (platforms.length > MAX_PLATFORMS) {
                evidence.problems.push(tooManyPlatforms(what, platforms.length));
                return evidence;
            }
            // BuildKit's SBOMs count only under a signature over this index (buildkit-evidence.ts).
            const buildkit = await buildKitEvidence({
                client,
                repository: parsed.repository,
                index: manifest.index,
                indexDigest: fetched.digest,
                indexSignatures: evidence.signatures,
                budget: this.budget,
            });
            evidence.problems.push(...buildkit.indexProblems);
            evidence.platforms = await (0,concurrency/* mapLimit */.s)(platforms, PLATFORM_CONCURRENCY, async ({ platform, descriptor }) => {
                const forPlatform = baseEvidence(reference, parsed);
                forPlatform.digest = descriptor.digest;
                forPlatform.platform = (0,registry_manifest/* formatPlatform */.Bq)(platform);
                (0,verify_collected/* merge */.h1)(forPlatform, await this.evidenceFor(client, parsed.repository, descriptor.digest));
                const fromBuildKit = buildkit.byPlatform.get(descriptor.digest);
                if (fromBuildKit)
                    (0,verify_collected/* merge */.h1)(forPlatform, fromBuildKit);
                return forPlatform;
            });
        }
        return evidence;
    }
    /** One subject's evidence, with this run's trust and byte budget. */
    evidenceFor(client, repository, digest) {
        return subjectEvidence({
            client,
            repository,
            digest,
            trusts: this.trusts,
            budget: this.budget,
        });
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
/**
 * Referrer bundles and both cosign classic tags of one digest, gathered side by side through
 * one store (its cache lives as long as this subject's evidence is gathered).
 */
async function subjectEvidence(where) {
    const context = {
        store: new store/* AttestationStore */.c(where.client, where.repository, where.budget),
        digest: where.digest,
        trusts: where.trusts,
    };
    const parts = await Promise.all([
        referrerEvidence(context),
        classicEvidence(context, 'sig'),
        classicEvidence(context, 'att'),
    ]).finally(() => context.store.release());
    const collected = (0,verify_collected/* emptyCollected */.xs)();
    for (const part of parts)
        (0,verify_collected/* merge */.h1)(collected, part);
    return collected;
}
/** Waits for evidence nobody will read, so its requests end with the image's. */
async function settle(unread) {
    await unread?.catch(() => undefined);
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
    const tag = parsed.tag ?? (parsed.digest === undefined ? registry_reference/* DEFAULT_TAG */.fL : undefined);
    if (tag !== undefined)
        evidence.tag = tag;
    return evidence;
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
/* harmony import */ var _policy_rules_vex_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21601);
/* harmony import */ var _sigstore_keystore_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91785);
/* harmony import */ var _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92997);
/**
 * The trust a verification runs with: one trusted root (a given trusted_root.json, the
 * policy's `trust.trustedRoot`, or the embedded public-good root), and one trust per
 * `key:` signer of the policy, so a key-signed signature is checked against each key the
 * policy names and the one that verifies tells which signer it was.
 */






async function loadTrustSet(policy, options) {
    const cwd = options.cwd ?? process.cwd();
    const rootPath = chooseRoot(options.trustedRootPath, policy.trust.trustedRoot);
    const root = await (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadTrust */ .Vc)({
        ...(rootPath !== undefined ? { trustedRootPath: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, rootPath) } : {}),
        offline: options.offline,
    });
    const keys = [];
    // VEX signers' keys too: a VEX attestation signed with one must verify to be counted.
    for (const signer of (0,_policy_rules_vex_js__WEBPACK_IMPORTED_MODULE_3__/* .everySigner */ .M)(policy)) {
        if (signer.key === undefined || keys.some((k) => k.keyRef === signer.key))
            continue;
        const pem = await publicKeyOf(signer.key, cwd);
        keys.push({
            keyRef: signer.key,
            trust: (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_5__/* .createTrust */ .Zg)(root.trustedRoot, root.rootSource, (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePublicKey */ .ee)(pem, signer.key)),
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
/** The PEM of a `key:` signer: read from the file, or from the PKCS#11 token or KMS it names. */
async function publicKeyOf(keyRef, cwd) {
    const reference = (0,_sigstore_keystore_index_js__WEBPACK_IMPORTED_MODULE_4__.parseKeyReference)(keyRef);
    if (reference === undefined)
        return readKey((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, keyRef), keyRef);
    return (0,_sigstore_keystore_index_js__WEBPACK_IMPORTED_MODULE_4__.readStorePublicKey)(reference, keyRef);
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
