export const id = 138;
export const ids = [138];
export const modules = {

/***/ 9191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LN: () => (/* binding */ referrersTag),
/* harmony export */   oj: () => (/* binding */ attachReferrers),
/* harmony export */   xt: () => (/* binding */ listReferrers)
/* harmony export */ });
/* unused harmony export attachReferrer */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10847);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10506);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35035);
/* harmony import */ var _http_headers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81280);
/* harmony import */ var _body_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6655);
/**
 * OCI 1.1 referrers (distribution spec "Listing Referrers", "Referrers Tag Schema"):
 * list the artifacts that point at a subject, and attach a new one. Registries with the
 * referrers API index a manifest by its `subject`; for those without it (distribution
 * 2.8) the client keeps an OCI index under the tag `<alg>-<hex>` itself, which is a
 * read-modify-write that concurrent writers can race: hence If-Match, read-back and retry.
 */






const REFERRERS_LIMIT = 16 * 1024 * 1024;
const MAX_PAGES = 100;
/** Per client: does its registry have the referrers API? Unknown until first asked. */
const referrersApi = new WeakMap();
/** The fallback tag for a subject: `sha256-<hex>` (algorithm ≤ 32, hex ≤ 64 characters). */
function referrersTag(subjectDigest) {
    const [algorithm = '', hex = ''] = subjectDigest.split(':');
    return `${algorithm.slice(0, 32)}-${hex.slice(0, 64)}`;
}
async function listReferrers(client, repository, subjectDigest, options = {}) {
    const fromApi = referrersApi.get(client) === false
        ? undefined
        : await queryApi(client, repository, subjectDigest, options.artifactType);
    // Spec: after a 404, a fallback tag that is not a valid index means "no referrers".
    const all = fromApi?.manifests ??
        (await readFallback(client, repository, subjectDigest, { lenient: true })).index.manifests;
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
        const put = await client.putManifestDetailed(repository, (0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Digest */ .sI)(referrer.manifestBytes), referrer.manifestBytes, referrer.mediaType);
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
    await addToFallbackIndex(client, repository, subjectDigest, descriptors, options);
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
        headers: { accept: _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex },
        expect: [404],
    });
    await (0,_body_js__WEBPACK_IMPORTED_MODULE_4__/* .discard */ .vf)(response);
    referrersApi.set(client, response.status !== 404);
}
/** The referrers API answer (all pages), or undefined when the registry has no such API. */
async function queryApi(client, repository, subjectDigest, artifactType) {
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    let path = `/v2/${repository}/referrers/${subjectDigest}${query}`;
    const manifests = [];
    let filtered = true;
    for (let page = 0; path && page < MAX_PAGES; page += 1) {
        const response = await client.transport.request({
            method: 'GET',
            path,
            repository,
            headers: { accept: _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex },
            expect: [404],
        });
        if (response.status === 404) {
            await (0,_body_js__WEBPACK_IMPORTED_MODULE_4__/* .discard */ .vf)(response);
            referrersApi.set(client, false);
            return undefined;
        }
        referrersApi.set(client, true);
        const bytes = await (0,_body_js__WEBPACK_IMPORTED_MODULE_4__/* .readCapped */ .EF)(response.body, REFERRERS_LIMIT, undefined, () => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('MANIFEST_TOO_LARGE', `The referrers list of ${repository}@${subjectDigest} is larger than ${REFERRERS_LIMIT} bytes.`));
        manifests.push(...(0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseIndex */ .A1)(bytes, response.headers['content-type']).manifests);
        const applied = (response.headers['oci-filters-applied'] ?? '').split(',').map((s) => s.trim());
        filtered &&= artifactType !== undefined && applied.includes('artifactType');
        path = (0,_http_headers_js__WEBPACK_IMPORTED_MODULE_5__/* .nextLink */ .IX)(response.headers.link);
    }
    return { manifests, filtered };
}
/**
 * The fallback index under `<alg>-<hex>` (empty when the tag does not exist). Something
 * else under that tag is an error when we are about to overwrite it, or, when `lenient`,
 * read as "no referrers" (what the spec tells listing clients to assume).
 */
async function readFallback(client, repository, subjectDigest, { lenient = false } = {}) {
    const tag = referrersTag(subjectDigest);
    try {
        // Accept every manifest type: a registry hides what it cannot serve as an index
        // behind a 404, and a squatted tag must be reported, not silently overwritten.
        const fetched = await client.getManifest(repository, tag, { maxBytes: REFERRERS_LIMIT });
        let index;
        try {
            index = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseIndex */ .A1)(fetched.bytes, fetched.mediaType);
        }
        catch (error) {
            if (lenient)
                return { index: emptyIndex() };
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('MANIFEST_INVALID', `The tag ${repository}:${tag} should hold the OCI index of referrers of ${subjectDigest}, but: ${error.message} Refusing to overwrite it.`, {
                cause: error,
                hint: 'Another tool wrote something else under this tag; delete or fix it.',
            });
        }
        return { index, ...(fetched.etag ? { etag: fetched.etag } : {}) };
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isImprintError */ .cl)(error, 'REGISTRY_NOT_FOUND')) {
            return { index: emptyIndex() };
        }
        throw error;
    }
}
/**
 * Read, merge every descriptor not yet listed, PUT (conditional when the registry gave an ETag),
 * and confirm with one read after the settle wait: long enough for a writer who read the old
 * index before our write to have overwritten it. That read is the next round's starting point,
 * so a lost race costs one PUT and one wait more, not a fresh start.
 */
async function addToFallbackIndex(client, repository, subjectDigest, descriptors, options) {
    const attempts = options.attempts ?? 6;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const random = options.random ?? Math.random;
    const tag = referrersTag(subjectDigest);
    let missing = [...descriptors];
    for (let attempt = 0; attempt <= attempts; attempt += 1) {
        const { index, etag } = await readFallback(client, repository, subjectDigest);
        missing = unlisted(index, descriptors);
        if (missing.length === 0)
            return; // all recorded (by us or a previous run): no duplicates
        if (attempt === attempts)
            break;
        const updated = {
            ...index,
            mediaType: _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex,
            manifests: [...index.manifests, ...missing],
        };
        try {
            await client.putManifestDetailed(repository, tag, Buffer.from(JSON.stringify(updated)), _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex, conditionFor(index, etag));
            await sleep(options.settleMs ?? 100);
        }
        catch (error) {
            if (!(error instanceof _http_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryHttpError */ .A5 && error.status === 412))
                throw error;
            await sleep(Math.floor(random() * 50 * 2 ** attempt)); // jitter breaks lock-step writers apart
        }
    }
    const what = missing.length === 1
        ? `referrer ${missing[0].digest}`
        : `referrers ${missing.map((d) => d.digest).join(', ')}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('REGISTRY_ERROR', `Could not record ${what} in ${repository}:${tag} after ${attempts} attempts: other writers kept replacing the index.`, { hint: 'Run the step again; attaching is idempotent.' });
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
function checkSubject(referrer, subjectDigest) {
    if (referrer.subject.digest !== subjectDigest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `A referrer of ${referrer.subject.digest} was given to attach to ${subjectDigest}: a batch holds the referrers of one subject.`, { hint: 'Attach the referrers of each subject in a batch of their own.' });
    }
    const parsed = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(referrer.manifestBytes, referrer.mediaType);
    const subject = parsed.kind === 'manifest' ? parsed.manifest.subject : parsed.index.subject;
    if (subject?.digest !== subjectDigest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('MANIFEST_INVALID', `The referrer manifest's subject is ${subject?.digest ?? 'missing'}, expected ${subjectDigest}.`);
    }
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
// EXTERNAL MODULE: ./src/sigstore/verify/verifier.ts + 1 modules
var verifier = __webpack_require__(36861);
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












/***/ })

};
