export const id = 958;
export const ids = [958,901];
export const modules = {

/***/ 60872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ cosignSignStatement),
/* harmony export */   Y5: () => (/* binding */ buildStatement),
/* harmony export */   Z4: () => (/* binding */ COSIGN_SIGN_PREDICATE_TYPE),
/* harmony export */   m1: () => (/* binding */ imageSubject)
/* harmony export */ });
/* unused harmony exports IN_TOTO_STATEMENT_V1, IN_TOTO_STATEMENT_V01, IN_TOTO_PAYLOAD_TYPE, statementBytes, repositoryOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * in-toto statements about an image: the subject is the repository (no tag) and the manifest
 * digest, as actions/attest and cosign write it. Pure: data in, data out.
 */

const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** What cosign v2 `attest` writes into `.att` layers. */
const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** cosign v3's image signature: a statement with an empty predicate of this type. */
const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;
function buildStatement(options) {
    if (options.subjects.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', 'An in-toto statement needs at least one subject.');
    }
    if (!URI.test(options.predicateType)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `Predicate type "${options.predicateType}" is not a URI (e.g. https://slsa.dev/provenance/v1).`);
    }
    return {
        _type: options.version === 'v0.1' ? IN_TOTO_STATEMENT_V01 : IN_TOTO_STATEMENT_V1,
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
        _type: IN_TOTO_STATEMENT_V1,
        subject: [{ digest: digestMap(digest), annotations }],
        predicateType: COSIGN_SIGN_PREDICATE_TYPE,
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('REFERENCE_INVALID', `"${reference}" does not name a repository.`, {
            hint: 'write it as registry/path, e.g. ghcr.io/acme/app',
        });
    }
    return repository;
}
function digestMap(digest) {
    if (!DIGEST.test(digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `"${digest}" is not a manifest digest (expected sha256:<64 hex> or sha512:<128 hex>).`);
    }
    const [algorithm, hex] = digest.split(':');
    return { [algorithm]: hex };
}


/***/ }),

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

/***/ 75901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   progressFor: () => (/* binding */ progressFor)
/* harmony export */ });
/* unused harmony exports DEFAULT_INTERVAL_MS, createProgress, formatBytes */
const DEFAULT_INTERVAL_MS = 5000;
/** About ten redraws a second: smooth to the eye, negligible to the terminal. */
const REDRAW_MS = 100;
const BAR_WIDTH = 20;
const BINARY_UNITS = ['KiB', 'MiB', 'GiB', 'TiB'];
const ERASE_TO_END = '\u001b[K';
function createProgress(options) {
    const now = options.now ?? Date.now;
    const interval = options.intervalMs ?? DEFAULT_INTERVAL_MS;
    const total = options.total && options.total > 0 ? options.total : undefined;
    const started = now();
    let amount = 0;
    let lastOutput = options.interactive ? -Infinity : started;
    let finished = false;
    const snapshot = (at) => ({
        label: options.label,
        unit: options.unit,
        amount,
        total,
        elapsedMs: at - started,
    });
    // The bar is redrawn over itself; the final line replaces it and stays.
    const redraw = (text, end = '') => options.write(`\r${text}${ERASE_TO_END}${end}`);
    return {
        advance(n) {
            if (finished)
                return;
            amount += n;
            const at = now();
            if (at - lastOutput < (options.interactive ? REDRAW_MS : interval))
                return;
            lastOutput = at;
            if (options.interactive)
                redraw(renderBar(snapshot(at)));
            else
                options.write(renderLine(snapshot(at)));
        },
        done() {
            if (finished)
                return;
            finished = true;
            const at = now();
            const final = renderFinal(snapshot(at));
            if (options.interactive)
                redraw(final, '\n');
            else
                options.write(final);
        },
    };
}
/**
 * Progress for a run: a bar on stderr when a person watches a local terminal, otherwise
 * lines through the run's logger (so they are grouped, indented and redacted like the rest).
 */
function progressFor(context, terminal = process.stderr) {
    const interactive = context.platform === 'local' && terminal.isTTY === true;
    return (work) => createProgress({
        ...work,
        interactive,
        write: interactive ? (text) => terminal.write(text) : (line) => context.log.info(line),
    });
}
/** `label [#####-----] 42% 12.3 MiB/30 MiB 4.1 MiB/s` */
function renderBar(s) {
    const parts = [s.label];
    if (s.total !== undefined) {
        const filled = Math.round(fraction(s) * BAR_WIDTH);
        parts.push(`[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`, `${percent(s)}%`);
        parts.push(`${formatAmount(s.amount, s.unit)}/${formatAmount(s.total, s.unit)}`);
    }
    else {
        parts.push(formatAmount(s.amount, s.unit));
    }
    const rate = formatRate(s);
    if (rate)
        parts.push(rate);
    return parts.join(' ');
}
/** `label: 12.3 MiB of 30 MiB (41%), 4.1 MiB/s` */
function renderLine(s) {
    const done = formatAmount(s.amount, s.unit);
    const progress = s.total === undefined ? done : `${done} of ${formatAmount(s.total, s.unit)} (${percent(s)}%)`;
    const rate = formatRate(s);
    return `${s.label}: ${progress}${rate ? `, ${rate}` : ''}`;
}
/** `label: 30 MiB in 7.2 s, 4.2 MiB/s` */
function renderFinal(s) {
    const rate = formatRate(s);
    const seconds = (s.elapsedMs / 1000).toFixed(1);
    return `${s.label}: ${formatAmount(s.amount, s.unit)} in ${seconds} s${rate ? `, ${rate}` : ''}`;
}
/** Binary units, one decimal where it says something: `512 B`, `1.5 KiB`, `30 MiB`. */
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${Math.round(bytes)} B`;
    let value = bytes;
    let unit = BINARY_UNITS[0];
    for (const candidate of BINARY_UNITS) {
        value /= 1024;
        unit = candidate;
        if (value < 1024)
            break;
    }
    return `${trimDecimal(value)} ${unit}`;
}
function formatAmount(amount, unit) {
    if (unit === 'bytes')
        return formatBytes(amount);
    return `${amount} ${amount === 1 ? 'item' : 'items'}`;
}
/** Average since the start; none before any time has passed (it would be infinite). */
function formatRate(s) {
    if (s.elapsedMs <= 0)
        return undefined;
    const perSecond = (s.amount * 1000) / s.elapsedMs;
    return s.unit === 'bytes' ? `${formatBytes(perSecond)}/s` : `${trimDecimal(perSecond)} items/s`;
}
function fraction(s) {
    return s.total === undefined ? 0 : Math.min(1, s.amount / s.total);
}
function percent(s) {
    return Math.floor(fraction(s) * 100);
}
function trimDecimal(value) {
    return value.toFixed(1).replace(/\.0$/, '');
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

/***/ 31958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPublish: () => (/* binding */ runPublish)
});

// EXTERNAL MODULE: ./src/ci/progress.ts
var progress = __webpack_require__(75901);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __webpack_require__(79310);
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
function signingSummary(result) {
    return {
        signer: signerOf(result),
        ...sourceOf(result),
        sigstore: result.session.endpoints.instance,
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
;// CONCATENATED MODULE: ./src/attest/provenance.ts
/**
 * SLSA v1 provenance from the CI run's environment. Pure: it reads a plain record of the
 * variables GitHub Actions and GitLab CI set (and, when given, the OIDC token's claims, which
 * know the reusable workflow actually running), and returns the predicate.
 *
 * GitHub: the `https://actions.github.io/buildtypes/workflow/v1` build type, shaped exactly as
 * actions/attest-build-provenance writes it, so `gh attestation verify` reads it.
 * GitLab: GitLab's own provenance build type describes the runner's artifact metadata, not a
 * job's step, so imprint names its own build type (GITLAB_BUILD_TYPE) with the same layout as
 * GitHub's: the pipeline definition as external parameters, GitLab's ids as internal ones, the
 * commit as the resolved dependency, and the Fulcio identity (`https://<ci_config_ref_uri>`) as
 * the builder, so one policy can tie the certificate and the provenance together.
 */

const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const GITHUB_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
const GITLAB_BUILD_TYPE = 'https://github.com/imprint-dev/imprint/blob/v1/docs/buildtypes/gitlab-ci.md';
function buildProvenance(env, options = {}) {
    if (env.GITHUB_ACTIONS === 'true')
        return githubProvenance(env, options.claims ?? {});
    if (env.GITLAB_CI === 'true')
        return gitlabProvenance(env, options.claims ?? {});
    throw new errors/* ImprintError */.m0('INPUT_INVALID', 'Provenance describes a CI run, and this is neither GitHub Actions (GITHUB_ACTIONS=true) nor GitLab CI (GITLAB_CI=true).', { hint: 'run imprint in CI for provenance, or set provenance: false' });
}
function githubProvenance(env, claims) {
    const read = reader(env, 'GitHub Actions');
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const repository = read('GITHUB_REPOSITORY');
    const workflowRef = read('GITHUB_WORKFLOW_REF');
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
                    event_name: read('GITHUB_EVENT_NAME'),
                    repository_id: read('GITHUB_REPOSITORY_ID'),
                    repository_owner_id: read('GITHUB_REPOSITORY_OWNER_ID'),
                    runner_environment: stringClaim(claims, 'runner_environment') ?? env.RUNNER_ENVIRONMENT ?? 'unknown',
                },
            },
            resolvedDependencies: [
                {
                    uri: `git+${server}/${repository}@${read('GITHUB_REF')}`,
                    digest: { gitCommit: read('GITHUB_SHA') },
                },
            ],
        },
        runDetails: {
            builder: { id: `${server}/${jobWorkflowRef}` },
            metadata: {
                invocationId: `${server}/${repository}/actions/runs/${read('GITHUB_RUN_ID')}/attempts/${read('GITHUB_RUN_ATTEMPT')}`,
            },
        },
    };
}
function gitlabProvenance(env, claims) {
    const read = reader(env, 'GitLab CI');
    const projectUrl = read('CI_PROJECT_URL');
    const configPath = env.CI_CONFIG_PATH || '.gitlab-ci.yml';
    const ref = gitlabRef(env);
    const configRefUri = stringClaim(claims, 'ci_config_ref_uri') ??
        `${read('CI_SERVER_HOST')}/${read('CI_PROJECT_PATH')}//${configPath}@${ref}`;
    const internal = {
        pipeline_id: read('CI_PIPELINE_ID'),
        pipeline_source: read('CI_PIPELINE_SOURCE'),
        project_id: read('CI_PROJECT_ID'),
        namespace_id: read('CI_PROJECT_NAMESPACE_ID'),
        job_name: read('CI_JOB_NAME'),
    };
    const runnerEnvironment = stringClaim(claims, 'runner_environment');
    if (runnerEnvironment)
        internal.runner_environment = runnerEnvironment;
    const metadata = {
        invocationId: read('CI_JOB_URL'),
    };
    if (env.CI_JOB_STARTED_AT)
        metadata.startedOn = env.CI_JOB_STARTED_AT;
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
                { uri: `git+${projectUrl}@${ref}`, digest: { gitCommit: read('CI_COMMIT_SHA') } },
            ],
        },
        runDetails: { builder: { id: `https://${configRefUri}` }, metadata },
    };
}
/** The full ref the pipeline ran for: tag, branch, or merge request head. */
function gitlabRef(env) {
    if (env.CI_COMMIT_TAG)
        return `refs/tags/${env.CI_COMMIT_TAG}`;
    if (env.CI_COMMIT_BRANCH)
        return `refs/heads/${env.CI_COMMIT_BRANCH}`;
    if (env.CI_MERGE_REQUEST_REF_PATH)
        return env.CI_MERGE_REQUEST_REF_PATH;
    return `refs/heads/${reader(env, 'GitLab CI')('CI_COMMIT_REF_NAME')}`;
}
function reader(env, platform) {
    return (name) => {
        const value = env[name];
        if (value === undefined || value === '') {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `Provenance needs ${name}, which ${platform} sets for every job, and it is not set.`, { hint: `run imprint as a job step (not in a container that drops the CI variables)` });
        }
        return value;
    };
}
function stringClaim(claims, name) {
    const value = claims[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
}

// EXTERNAL MODULE: ./src/attest/statement.ts
var attest_statement = __webpack_require__(60872);
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
    'https://cyclonedx.org/bom': ['serialNumber', 'metadata.timestamp'],
    'https://spdx.dev/Document': ['documentNamespace', 'creationInfo.created'],
    // The invocation names the run and its temporary files (--output, the SBOM copy scanned);
    // Trivy names the artifact by that path too. What was found is in Results.
    'https://cosign.sigstore.dev/attestation/vuln/v1': [
        'invocation',
        'metadata',
        'scanner.result.CreatedAt',
        'scanner.result.ReportID',
        'scanner.result.ArtifactName',
        'scanner.result.Results.[].Target',
    ],
    [SLSA_PROVENANCE_V1]: ['runDetails.metadata'],
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







const KIND_BY_PREDICATE = {
    [SLSA_PROVENANCE_V1]: 'provenance',
    'https://cyclonedx.org/bom': 'sbom',
    'https://spdx.dev/Document': 'sbom',
    'https://cosign.sigstore.dev/attestation/vuln/v1': 'vuln',
};
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
        const name = kind ?? KIND_BY_PREDICATE[predicateType] ?? 'attestation';
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
    const statement = (0,attest_statement/* buildStatement */.Y5)({
        subjects: subjects.map((subject) => (0,attest_statement/* imageSubject */.m1)(image.repository, subject.digest)),
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
        ? { type: 'dsse', statement: (0,attest_statement/* cosignSignStatement */.O2)(subject.digest), entryType: 'dsse' }
        : { type: 'message', bytes: (0,cosign_classic/* simpleSigningPayload */.Kq)(image.repository, subject.digest) };
    return {
        kind: 'signature',
        predicateType: attest_statement/* COSIGN_SIGN_PREDICATE_TYPE */.Z4,
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

// EXTERNAL MODULE: ./src/registry/manifest.ts
var registry_manifest = __webpack_require__(10506);
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

// EXTERNAL MODULE: ./src/attest/storage/oci.ts
var oci = __webpack_require__(54906);
// EXTERNAL MODULE: ./src/sigstore/verify/index.ts + 1 modules
var sigstore_verify = __webpack_require__(99472);
// EXTERNAL MODULE: ./src/verify/referrer-evidence.ts
var referrer_evidence = __webpack_require__(28609);
;// CONCATENATED MODULE: ./src/attest/storage/referrer.ts
/**
 * A Sigstore bundle as an OCI 1.1 referrer of the image it signs (FORMATS.md §1; cosign's
 * BUNDLE_SPEC.md): an image manifest with artifactType = the bundle media type, the empty
 * config, one layer holding the bundle JSON, `subject` = the signed manifest, and the
 * annotations verifiers use to pick bundles without downloading them. Pure.
 */


const SIGSTORE_BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const ANNOTATION_BUNDLE_CONTENT = 'dev.sigstore.bundle.content';
const ANNOTATION_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
const ANNOTATION_TITLE = 'org.opencontainers.image.title';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
function buildReferrerManifest(options) {
    const bytes = Buffer.isBuffer(options.bundle)
        ? options.bundle
        : Buffer.from(JSON.stringify(options.bundle));
    const bundle = Buffer.isBuffer(options.bundle) ? parseBundle(bytes) : options.bundle;
    if (bundle.mediaType !== SIGSTORE_BUNDLE_V03_MEDIA_TYPE) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `Only Sigstore bundles v0.3 are stored as referrers; this one is ${JSON.stringify(bundle.mediaType)}.`);
    }
    const layer = (0,oci/* blobOf */.DE)(SIGSTORE_BUNDLE_V03_MEDIA_TYPE, bytes);
    const manifest = {
        schemaVersion: 2,
        mediaType: oci/* OCI_MANIFEST_MEDIA_TYPE */.k_,
        artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
        config: (0,oci/* descriptorOf */.nb)(oci/* EMPTY_CONFIG */.$v),
        layers: [
            (0,oci/* descriptorOf */.nb)(layer, {
                [ANNOTATION_TITLE]: `${layer.digest.replace(':', '-')}.sigstore.json`,
            }),
        ],
        subject: subjectDescriptor(options.subject),
        annotations: bundleAnnotations(bundle, options.created ?? new Date()),
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const digest = (0,oci/* sha256Digest */.sI)(manifestBytes);
    return {
        mediaType: oci/* OCI_MANIFEST_MEDIA_TYPE */.k_,
        manifestBytes,
        digest,
        descriptor: {
            mediaType: oci/* OCI_MANIFEST_MEDIA_TYPE */.k_,
            digest,
            size: manifestBytes.length,
            artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
            annotations: manifest.annotations,
        },
        blobs: [oci/* EMPTY_CONFIG */.$v, layer],
    };
}
/** `dev.sigstore.bundle.content`, the statement's predicate type, and the creation time. */
function bundleAnnotations(bundle, created) {
    const annotations = {};
    if (bundle.dsseEnvelope) {
        annotations[ANNOTATION_BUNDLE_CONTENT] = 'dsse-envelope';
        const predicateType = predicateTypeOf(bundle.dsseEnvelope);
        if (predicateType)
            annotations[ANNOTATION_PREDICATE_TYPE] = predicateType;
    }
    else if (bundle.messageSignature) {
        annotations[ANNOTATION_BUNDLE_CONTENT] = 'message-signature';
    }
    else {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', 'The bundle holds neither a DSSE envelope nor a message signature.');
    }
    annotations[ANNOTATION_CREATED] = created.toISOString();
    return annotations;
}
function predicateTypeOf(envelope) {
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        return undefined;
    try {
        const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
        return typeof statement.predicateType === 'string' ? statement.predicateType : undefined;
    }
    catch {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', 'The bundle DSSE payload is not an in-toto statement (not JSON).');
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
        throw new errors/* ImprintError */.m0('INPUT_INVALID', 'The bundle bytes are not JSON.');
    }
}

// EXTERNAL MODULE: ./src/registry/referrers.ts
var registry_referrers = __webpack_require__(9191);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/ci/identity.ts
var ci_identity = __webpack_require__(32644);
// EXTERNAL MODULE: ./src/sigstore/sign/index.ts + 6 modules
var sign = __webpack_require__(74788);
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
        const material = {
            signing: 'key',
            privateKeyPem: readKeyFile(options.keyPath),
            ...(options.keyPassword !== undefined && { password: options.keyPassword }),
        };
        const make = (entryType) => (0,sign/* createSigner */.rO)({ ...common, ...material, dsseEntryType: entryType });
        const first = await cached('dsse', () => make('dsse')); // opens the key now: a wrong password fails before the build
        const keyHint = (0,sign/* publicKeyHint */.yd)({ publicKey: (0,external_node_crypto_.createPublicKey)(first.publicKeyPem) });
        log.info(`signing with the key in ${options.keyPath} (hint ${keyHint}) through ${describe(endpoints, 'key')}`);
        return {
            mode: 'key',
            endpoints,
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
        env: environment.env,
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
/** `bundle-path`: a fresh directory under RUNNER_TEMP on GitHub, else the system temp directory. */
function createBundleDirectory(env) {
    return (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'imprint-bundles-'));
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
;// CONCATENATED MODULE: ./src/publish/stored-lookup.ts





const ANNOTATION_PREDICATE_DIGEST = 'dev.imprint.predicate.digest';
/** The predicate's digest without its volatile fields (AttestationJob.stableDigest). */
const ANNOTATION_STABLE_DIGEST = 'dev.imprint.predicate.stable-digest';
const ANNOTATION_SIGNER = 'dev.imprint.signer';
/** The annotations imprint adds to every referrer manifest and cosign layer it writes. */
function imprintAnnotations(job, signer) {
    return {
        [ANNOTATION_PREDICATE_DIGEST]: job.predicateDigest,
        [ANNOTATION_STABLE_DIGEST]: job.stableDigest,
        [ANNOTATION_SIGNER]: signer,
    };
}
function cosignTagOf(placement) {
    return (0,cosign_classic/* cosignTag */.qv)(placement.subject.digest, placement.job.storage === 'cosign-sig' ? 'sig' : 'att');
}
/** Reads the registry once per subject (referrers) or tag (cosign), however many jobs ask. */
class RegistryView {
    client;
    repository;
    referrers = new Map();
    tags = new Map();
    constructor(client, repository) {
        this.client = client;
        this.repository = repository;
    }
    referrersOf(subjectDigest) {
        if (!this.referrers.has(subjectDigest)) {
            this.referrers.set(subjectDigest, (0,registry_referrers/* listReferrers */.xt)(this.client, this.repository, subjectDigest));
        }
        return this.referrers.get(subjectDigest);
    }
    /** The manifest at a cosign tag, or undefined when the tag does not exist. */
    cosignManifest(tag) {
        if (!this.tags.has(tag)) {
            this.tags.set(tag, this.client.getManifest(this.repository, tag).catch((error) => {
                if ((0,errors/* isImprintError */.cl)(error, 'REGISTRY_NOT_FOUND'))
                    return undefined;
                throw error;
            }));
        }
        return this.tags.get(tag);
    }
    /** After a write to the tag: read it again next time. */
    forgetTag(tag) {
        this.tags.delete(tag);
    }
}
/** Where this placement already is, if a previous run (or this one) stored it. */
async function findStored(view, placement, signer) {
    const { job, subject } = placement;
    if (job.storage === 'referrer') {
        const ours = (await view.referrersOf(subject.digest)).filter((descriptor) => isOwnReferrer(descriptor, job, signer));
        const newest = newestReferrer(ours);
        return newest && isSameReferrer(newest, job, signer)
            ? { manifestDigest: newest.digest }
            : undefined;
    }
    const tag = cosignTagOf(placement);
    const manifest = await view.cosignManifest(tag);
    if (!manifest)
        return undefined;
    // cosign appends: the last of our layers of this kind is the newest.
    const newest = layersOf(manifest)
        .filter((candidate) => isOwnLayer(candidate, job, signer))
        .at(-1);
    return newest && isSameLayer(newest, job, signer)
        ? { manifestDigest: manifest.digest, tag, layerDigest: newest.digest }
        : undefined;
}
/** A referrer this signer stored for the job's predicate type: the same predicate or not. */
function isOwnReferrer(descriptor, job, signer) {
    const annotations = descriptor.annotations ?? {};
    return (descriptor.artifactType === SIGSTORE_BUNDLE_V03_MEDIA_TYPE &&
        annotations[ANNOTATION_PREDICATE_TYPE] === job.predicateType &&
        annotations[ANNOTATION_SIGNER] === signer);
}
/** Latest `created` first; on a tie (or none), the one listed last. */
function newestReferrer(descriptors) {
    const created = (d) => Date.parse(d.annotations?.[ANNOTATION_CREATED] ?? '') || 0;
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
    return (annotations[ANNOTATION_STABLE_DIGEST] === job.stableDigest ||
        annotations[ANNOTATION_PREDICATE_DIGEST] === job.predicateDigest);
}
function isOwnLayer(layer, job, signer) {
    const annotations = layer.annotations ?? {};
    if (annotations[ANNOTATION_SIGNER] !== signer)
        return false;
    if (job.payload.type === 'message')
        return layer.mediaType === cosign_classic/* SIMPLE_SIGNING_MEDIA_TYPE */.$r;
    return (layer.mediaType === cosign_classic/* DSSE_ENVELOPE_MEDIA_TYPE */.Nr && annotations.predicateType === job.predicateType);
}
function isSameLayer(layer, job, signer) {
    if (!isOwnLayer(layer, job, signer))
        return false;
    // The simple-signing payload names the image, so its digest is the layer's.
    if (job.payload.type === 'message')
        return layer.digest === (0,oci/* sha256Digest */.sI)(job.payload.bytes);
    return isSamePredicate(layer, job);
}
function layersOf(manifest) {
    let parsed;
    try {
        parsed = JSON.parse(manifest.bytes.toString('utf8'));
    }
    catch {
        parsed = undefined;
    }
    const layers = parsed?.layers;
    if (!Array.isArray(layers)) {
        throw new errors/* ImprintError */.m0('MANIFEST_INVALID', `the manifest ${manifest.digest} at a cosign tag has no layers: it was not written by cosign`, {
            hint: 'delete the tag, or use attestation-format: bundle',
        });
    }
    return layers;
}

;// CONCATENATED MODULE: ./src/publish/store-classic.ts
/**
 * cosign classic storage for a publish: one signed job becomes a layer of the subject's
 * `sha256-<hex>.sig` or `.att` manifest, merged with what the tag already holds (other signers'
 * layers are kept, as cosign keeps them). The `chain` annotation cosign v2 verifies keyless
 * layers with comes from the trusted root: a v0.3 bundle carries only the leaf certificate.
 */




async function storeClassic(write) {
    const { view, placement, bundle } = write;
    const chain = write.trust ? fulcioChain(write.trust, bundle) : undefined;
    const layer = placement.job.payload.type === 'message'
        ? (0,cosign_classic/* signatureLayer */.MU)(placement.job.payload.bytes, bundle, chain)
        : (0,cosign_classic/* attestationLayer */.om)(bundle, chain);
    layer.descriptor.annotations = (0,cosign_annotations/* sortedAnnotations */.sk)({
        ...layer.descriptor.annotations,
        ...imprintAnnotations(placement.job, write.signer),
    });
    const tag = cosignTagOf(placement);
    const existing = await view.cosignManifest(tag);
    const manifest = (0,cosign_classic/* buildCosignManifest */.xw)([layer], existing?.bytes);
    for (const blob of manifest.blobs)
        await write.pushBlob(blob);
    await view.client.putManifestDetailed(view.repository, tag, manifest.manifestBytes, manifest.mediaType, existing?.etag ? { ifMatch: existing.etag } : {});
    view.forgetTag(tag);
    return { manifestDigest: manifest.digest, tag, layerDigest: layer.descriptor.digest };
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
    const { view, items } = request;
    const signatures = items.filter((item) => isSignature(item.placement));
    const pushed = new Set();
    const pushBlob = async (blob) => {
        if (pushed.has(blob.digest))
            return; // the empty config, an attestation on several subjects
        await view.client.pushBlob(view.repository, blob.bytes);
        pushed.add(blob.digest);
    };
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
                ? await storeReferrers(view, step.items, request.signer, pushBlob)
                : [
                    await storeClassic({
                        view,
                        ...step.items[0],
                        signer: request.signer,
                        ...(request.trust && { trust: request.trust }),
                        pushBlob,
                    }),
                ];
            step.items.forEach(({ placement }, i) => {
                stored.push({ ...placement, location: locations[i], status: 'stored' });
                log.info(`stored ${describePlacement(placement)} → ${describeLocation(view, locations[i])}`);
            });
        }
        catch (error) {
            throw storeFailure(error, step.items, stored, items, view, log);
        }
    }
    const kept = heldBack ? `; held back ${heldBack.items.length}: ${heldBack.reason}` : '';
    log.info(`ledger: stored ${stored.length}/${items.length} in ${view.client.registry}/${view.repository}${kept}`);
    return { stored, ...(heldBack && { heldBack }) };
}
/** An image signature (as opposed to an attestation): the writes that come last. */
function isSignature(placement) {
    return placement.job.predicateType === attest_statement/* COSIGN_SIGN_PREDICATE_TYPE */.Z4;
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
async function storeReferrers(view, items, signer, pushBlob) {
    const referrers = [];
    for (const item of items)
        referrers.push(await referrerOf(item, signer, pushBlob));
    const attached = await (0,registry_referrers/* attachReferrers */.oj)(view.client, view.repository, items[0].placement.subject.digest, referrers);
    return attached.map(({ descriptor }) => ({ manifestDigest: descriptor.digest }));
}
/** The referrer manifest of one placement, its blobs pushed. */
async function referrerOf({ placement, bundle }, signer, pushBlob) {
    const { mediaType, digest, size } = placement.subject;
    const built = buildReferrerManifest({ bundle, subject: { mediaType, digest, size } });
    const manifest = JSON.parse(built.manifestBytes.toString('utf8'));
    manifest.annotations = { ...manifest.annotations, ...imprintAnnotations(placement.job, signer) };
    for (const blob of built.blobs)
        await pushBlob(blob);
    return {
        manifestBytes: Buffer.from(JSON.stringify(manifest)),
        mediaType: built.mediaType,
        artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
        annotations: manifest.annotations,
        subject: { mediaType, digest, size },
    };
}
/** The registry's error, with the ledger: what is in the registry now and what is not. */
function storeFailure(error, failed, stored, items, view, log) {
    const isStored = (p) => stored.some((s) => s.job === p.job && s.subject === p.subject);
    const missing = items
        .filter((item) => !isStored(item.placement))
        .map((item) => describePlacement(item.placement));
    const done = stored.map((placement) => describePlacement(placement));
    log.error(`ledger: stored ${stored.length}/${items.length} in ${view.client.registry}/${view.repository}`);
    if (done.length > 0)
        log.error(`stored: ${done.join('; ')}`);
    log.error(`not stored: ${missing.join('; ')}`);
    const message = `${view.client.registry} did not accept ${failed.map((item) => describePlacement(item.placement)).join(', ')}: ${(0,errors/* isImprintError */.cl)(error) ? error.message : (0,errors/* messageOf */.bD)(error)} ` +
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
function describeLocation(view, location) {
    return location.tag
        ? `${view.repository}:${location.tag} (${location.manifestDigest})`
        : `${view.repository}@${location.manifestDigest}`;
}

;// CONCATENATED MODULE: ./src/publish/readback-step.ts







/** What a stored entry that does not check out looks like, besides a failed verification. */
const TAMPERED = [
    'VERIFY_FAILED',
    'DIGEST_MISMATCH',
    'MANIFEST_INVALID',
    'REGISTRY_NOT_FOUND',
];
/** Trust to verify with: the given trusted root, or the embedded public-good one; plus the key. */
async function loadReadBackTrust(options, publicKeyPem) {
    if (options.sigstore === 'github' && options.trustedRoot === undefined) {
        return {
            skipped: "verifying signatures of GitHub's Sigstore instance needs GitHub's trusted root, which imprint does not embed; " +
                'set trusted-root to it (gh attestation trusted-root > trusted_root.json) to have what was stored checked',
        };
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
            throw new errors/* ImprintError */.m0('VERIFY_FAILED', `Read-back failed: ${describePlacement(placement)}, as the registry serves it (${where(request.view, placement)}), does not verify: ${(0,errors/* messageOf */.bD)(error)}`, {
                cause: error,
                hint: 'the registry holds something other than what was signed (altered, replaced, or another image’s); delete it and publish again',
            });
        }
    }
    return { verified: request.placements.length, ...(signer && { signer }) };
}
async function verifyPlacement(request, placement) {
    const { view } = request;
    const options = {
        trust: request.trust,
        ...(request.identity && { identity: request.identity }),
        requireTlog: request.requireTlog,
        requireTimestamp: request.requireTimestamp,
    };
    const fetchBlob = (digest) => view.client.getBlobBytes(view.repository, digest, oci/* MAX_BUNDLE_BYTES */.Me);
    if (placement.job.storage === 'referrer') {
        const bytes = await referrerBundle(view, placement);
        return (0,sigstore_verify/* verifyBundle */.IF)(bytes, { ...options, artifact: { digest: placement.subject.digest } });
    }
    const manifest = await view.cosignManifest(placement.location.tag);
    const ours = (manifest ? layersOf(manifest) : []).find((layer) => layer.digest === placement.location.layerDigest &&
        isSameLayer(layer, placement.job, request.signer));
    if (!ours) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `the tag ${placement.location.tag} no longer holds the layer ${placement.location.layerDigest}`);
    }
    const verify = placement.job.storage === 'cosign-sig' ? sigstore_verify/* verifyCosignSignatures */.of : sigstore_verify/* verifyCosignAttestations */.YZ;
    const result = await verify({ layers: [ours] }, fetchBlob, {
        ...options,
        expectedDigest: placement.subject.digest,
    });
    if (result.failures[0])
        throw result.failures[0].error;
    return result.verified[0];
}
/** The bundle of the referrer manifest, which must be listed among the subject's referrers. */
async function referrerBundle(view, placement) {
    const digest = placement.location.manifestDigest;
    const listed = (await view.referrersOf(placement.subject.digest)).some((descriptor) => descriptor.digest === digest);
    if (!listed) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `${digest} is not listed among the referrers of ${placement.subject.digest}, so no verifier would find it`);
    }
    // Read as verify reads it: one reader, one size limit.
    return (0,referrer_evidence/* fetchBundle */.L2)(view, { digest });
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
function where(view, placement) {
    const { tag, manifestDigest } = placement.location;
    return tag ? `${view.repository}:${tag}` : `${view.repository}@${manifestDigest}`;
}

;// CONCATENATED MODULE: ./src/publish/attest-step.ts








async function prepareAttestation(options, environment, log) {
    const session = await openSigningSession(options, environment, log);
    const trust = await loadReadBackTrust(options, session.publicKeyPem);
    if ('skipped' in trust)
        log.info(`What is stored will not be read back: ${trust.skipped}.`);
    const provenance = provenanceFor(options, environment.env, session, log);
    return { options, session, trust, environment, ...(provenance && { provenance }) };
}
/** Built now, before the build, so a missing CI variable fails before minutes are spent. */
function provenanceFor(options, env, session, log) {
    if (!options.provenance)
        return undefined;
    const inCi = env.GITHUB_ACTIONS === 'true' || env.GITLAB_CI === 'true';
    if (!inCi && !options.provenanceExplicit) {
        log.warning('No provenance: this is not a CI run (neither GITHUB_ACTIONS nor GITLAB_CI is set), so there is no run to describe.');
        return undefined;
    }
    return buildProvenance(env, session.claims ? { claims: session.claims } : {});
}
async function attestImage(target, prepared, context, hook, gates) {
    const { session } = prepared;
    const log = context.log;
    const { image, manifestBytes } = await plannedImage(target);
    const requests = new AttestationRequests(image);
    if (prepared.provenance)
        requests.attest(allSubjects(image), SLSA_PROVENANCE_V1, prepared.provenance, 'provenance');
    await hook?.(requests, image);
    const jobs = planAttestations(image, requests.list(), prepared.options.attestationFormat);
    const placements = jobs.flatMap((job) => job.subjects.map((subject) => ({ job, subject })));
    const view = new RegistryView(target.client, target.repositoryPath);
    const refusal = gates?.refusal();
    const signing = await inGroup(log, 'Sign the image and its attestations', () => signMissing(view, placements, prepared, log, refusal));
    writeImageManifest(signing.bundlePath, image.image.digest, manifestBytes);
    const unsigned = placements.filter((p) => signing.unsigned.has(p));
    const stored = await inGroup(log, 'Store signatures and attestations in the registry', () => storeMissing(view, placements.filter((p) => !signing.unsigned.has(p)), signing, prepared, log, refusal === undefined ? gates?.beforeSignatures : undefined));
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
    const readBackResult = await inGroup(log, 'Read back and verify what the registry serves', () => verifyAll(new RegistryView(target.client, target.repositoryPath), all, identity, prepared, log));
    return {
        image,
        placements: all,
        bundles,
        rekorLogIndexes: rekorLogIndexes(bundles),
        bundlePath: signing.bundlePath,
        session,
        ...(identity && { identity }),
        readBack: readBackResult,
        ...(heldBack && { heldBack }),
    };
}
/** Signs every job that is missing on at least one of its subjects, and writes the bundles. */
async function signMissing(view, placements, prepared, log, refusal) {
    const present = new Map();
    for (const placement of placements) {
        const location = await findStored(view, placement, prepared.session.signerLabel);
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
    const bundlePath = createBundleDirectory(prepared.environment.env);
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
async function storeMissing(view, placements, signing, prepared, log, beforeSignatures) {
    const items = placements
        .filter((p) => !signing.present.has(p))
        .map((placement) => ({ placement, bundle: signing.bundles.get(placement.job) }));
    const trust = 'trust' in prepared.trust ? prepared.trust.trust : undefined;
    const signer = prepared.session.signerLabel;
    return storeAll({ view, items, signer, ...(trust && { trust }), ...(beforeSignatures && { beforeSignatures }) }, log);
}
async function verifyAll(view, placements, identity, prepared, log) {
    if ('skipped' in prepared.trust) {
        log.warning(`Read-back skipped: ${prepared.trust.skipped}.`);
        return { skipped: prepared.trust.skipped };
    }
    const { endpoints, signerLabel } = prepared.session;
    const result = await readBack({
        view,
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

;// CONCATENATED MODULE: ./src/util/cleanup.ts
/**
 * Cleanups that must run however the process ends: normally, by an uncaught error, or by a
 * signal — a cancelled CI job gets SIGINT or SIGTERM, and a file with a registry password must
 * not outlive it. Each cleanup runs once, synchronously (nothing asynchronous survives a
 * signal). After a signal the handlers step aside and the signal is raised again, so the
 * process ends the way it would have without them (killed by that signal).
 */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const cleanups = new Set();
let installed = false;
/** Registers `cleanup` to run on exit or signal; call the returned function once it has run. */
function onExit(cleanup) {
    cleanups.add(cleanup);
    install();
    return () => {
        cleanups.delete(cleanup);
        if (cleanups.size === 0)
            uninstall();
    };
}
function runAll() {
    for (const cleanup of [...cleanups]) {
        cleanups.delete(cleanup);
        try {
            cleanup();
        }
        catch {
            // One failed cleanup must not keep the others from running.
        }
    }
}
function onSignal(signal) {
    runAll();
    uninstall();
    process.kill(process.pid, signal);
}
function install() {
    if (installed)
        return;
    installed = true;
    process.on('exit', runAll);
    for (const signal of SIGNALS)
        process.on(signal, onSignal);
}
function uninstall() {
    if (!installed)
        return;
    installed = false;
    process.off('exit', runAll);
    for (const signal of SIGNALS)
        process.off(signal, onSignal);
}

;// CONCATENATED MODULE: ./src/util/private-temp.ts
/**
 * A private temporary directory for files that hold secrets (registry logins for a build):
 * under the CI job's own temporary space — RUNNER_TEMP on GitHub (emptied after every job),
 * CI_BUILDS_DIR on GitLab — else the system's; mode 0700, so only this user can list or read
 * what goes in; removed when done, and on exit or a signal (a cancelled job) if never done.
 */




/**
 * Where private temporary directories go for this environment: the first of the CI's own
 * spaces that exists as a directory (a shell runner, or gitlab-ci-local, may name a
 * CI_BUILDS_DIR that is not there), else the system's.
 */
function privateTempRoot(env = process.env) {
    const candidates = [env.RUNNER_TEMP, env.CI_BUILDS_DIR].filter((dir) => !!dir);
    return candidates.find(isDirectory) ?? (0,external_node_os_.tmpdir)();
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function privateTempDir(prefix, env = process.env) {
    const path = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(privateTempRoot(env), prefix));
    (0,external_node_fs_.chmodSync)(path, 0o700); // mkdtemp makes it 0700 already; say so rather than rely on it
    const removeNow = () => (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
    const forget = onExit(removeNow);
    return {
        path,
        remove: () => {
            removeNow();
            forget();
        },
    };
}

;// CONCATENATED MODULE: ./src/build/dockerfile-images.ts
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

;// CONCATENATED MODULE: ./src/build/credentials.ts
/**
 * Registry credentials for one build, kept away from the user's own configuration: docker
 * and buildx get a temporary DOCKER_CONFIG, buildah a temporary auth file (0600, in a 0700
 * directory under the CI job's temporary space), removed afterwards — on a cancelled job too.
 * They carry the logins of this build, plus the user's own credentials for the registries its
 * Dockerfile pulls base images from (private base images still pull), and nothing else: the
 * user's credentials for every other registry stay where they are. Passwords travel through
 * stdin, never through a command line.
 */







/** Docker Hub's other spellings in config files, as hosts. */
const DOCKER_HUB_HOSTS = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];
/**
 * Pure: the user's config with credentials (`auths`, `credHelpers`) only for the `pulled`
 * registries, and none for the `logins` ones, so the logins that follow are the only
 * credentials for those. `credsStore` goes too: with it, `docker login` would write into the
 * user's global credential store.
 */
function seedDockerConfig(existing, logins, pulled = []) {
    const config = (0,json/* isJsonObject */.O)(existing) ? structuredClone(existing) : {};
    const loginHosts = new Set(logins.map(hostOf));
    const wanted = new Set(pulled.map(hostOf).filter((host) => !loginHosts.has(host)));
    for (const section of ['auths', 'credHelpers']) {
        const entries = config[section];
        if ((0,json/* isJsonObject */.O)(entries)) {
            config[section] = Object.fromEntries(Object.entries(entries).filter(([key]) => wanted.has(hostOf(key))));
        }
    }
    const store = config.credsStore;
    delete config.credsStore;
    return typeof store === 'string' && store !== ''
        ? { config, droppedCredsStore: store }
        : { config };
}
/** The host a config key names: `https://index.docker.io/v1/` → `docker.io`, `GHCR.io` → `ghcr.io`. */
function hostOf(key) {
    const host = (key.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split('/')[0] ?? '').toLowerCase();
    return DOCKER_HUB_HOSTS.includes(host) ? 'docker.io' : host;
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
/** The directory docker reads its config from: `$DOCKER_CONFIG` or `~/.docker`. */
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
function createDockerConfigDir(logins, pulled, onDroppedStore) {
    const source = userDockerConfigDir();
    const dir = privateTempDir('imprint-docker-config-');
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
function createAuthFile(logins, pulled) {
    const dir = privateTempDir('imprint-buildah-auth-');
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

;// CONCATENATED MODULE: ./src/build/digest.ts
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
;// CONCATENATED MODULE: ./src/build/exec.ts
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

;// CONCATENATED MODULE: ./src/build/failures.ts
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

;// CONCATENATED MODULE: ./src/build/request.ts
/**
 * Checks a BuildRequest before any builder runs, so bad input fails with a message that
 * says what to change rather than with a builder's own error halfway through.
 */




const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
/** Build-arg and label keys become `KEY=value` arguments: no `=`, no whitespace. */
const ARGUMENT_KEY = /^[^=\s]+$/;
function validateBuildRequest(request) {
    const context = (0,external_node_path_.resolve)(request.context);
    if (!request_isDirectory(context)) {
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
    return (request.insecureRegistries ?? []).includes(registry);
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
function checkLogin(login) {
    if (!login.registry || !login.username || !login.password) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `registry credentials for "${login.registry}" need a registry, a username and a password`, { hint: 'set both registry-username and registry-password, or neither' });
    }
}
function request_isDirectory(path) {
    return (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
function isFile(path) {
    return (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

;// CONCATENATED MODULE: ./src/build/buildah-support.ts
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
    const auth = createAuthFile(logins.map((login) => login.registry), pulledRegistries(build, (message) => run.log.warning(message)));
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

;// CONCATENATED MODULE: ./src/build/buildah.ts
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
        ...destination,
        ...(settings.iidFile ? [`--iidfile=${settings.iidFile}`] : []),
        ...(settings.authFile ? [`--authfile=${settings.authFile}`] : []),
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
        const run = this.runner(build, log);
        const work = privateTempDir('imprint-buildah-'); // removed on a cancelled job too
        const dir = work.path;
        try {
            return await withBuildahLogins(build, run, (authFile) => request.push
                ? this.buildAndPush(build, run, dir, authFile)
                : this.buildLocal(build, run, dir, authFile));
        }
        finally {
            work.remove();
        }
    }
    runner(build, log) {
        const global = buildahGlobalArguments(this.options);
        return {
            log,
            buildah: (args, options = {}) => runCommand(this.options.binary, [...global, ...args], {
                log,
                secrets: build.secrets,
                ...options,
            }),
            skopeo: (args) => runCommand(this.options.skopeoBinary, args, {
                log,
                secrets: build.secrets,
                streamOutput: false,
            }),
        };
    }
    async buildAndPush(build, run, dir, authFile) {
        // A fresh list name per build: a re-run must not add to (or trip over) an old list.
        const list = `localhost/imprint-build-${(0,external_node_crypto_.randomUUID)()}`;
        try {
            const settings = { isolation: this.options.isolation, manifest: list, authFile };
            const built = await run.buildah(buildahBuildArguments(build, settings));
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
    async buildLocal(build, run, dir, authFile) {
        const iidFile = (0,external_node_path_.join)(dir, 'iid');
        const settings = { isolation: this.options.isolation, iidFile, authFile };
        const built = await run.buildah(buildahBuildArguments(build, settings));
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

;// CONCATENATED MODULE: ./src/build/docker-login.ts
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
    const dir = createDockerConfigDir(logins.map((login) => login.registry), pulledRegistries(build, (message) => log.warning(message)), (store) => log.warning(`docker credential store "${store}" is not consulted during this build: imprint logs in with a temporary config`));
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

;// CONCATENATED MODULE: ./src/build/buildx.ts
/**
 * docker buildx (BuildKit): one `docker buildx build --push --metadata-file F` builds every
 * platform and pushes an index; the pushed digest is read from the metadata file's
 * `containerimage.digest`.
 */









/** Pure: the `docker buildx build` arguments. Values go as `--flag=value`, never as flags. */
function buildxArguments(build, metadataFile) {
    const { request } = build;
    return [
        'buildx',
        'build',
        `--metadata-file=${metadataFile}`,
        // imprint signs and attaches its own SLSA provenance and SBOM as referrers. buildx's
        // default attestations would put extra `unknown/unknown` manifests into the index, which
        // would then be scanned, catalogued and signed as if they were platform images.
        '--provenance=false',
        '--sbom=false',
        ...(request.platforms.length > 0 ? [`--platform=${request.platforms.join(',')}`] : []),
        `--file=${build.dockerfile}`,
        ...(request.target ? [`--target=${request.target}`] : []),
        ...Object.entries(request.buildArgs).map(([key, value]) => `--build-arg=${key}=${value}`),
        ...Object.entries(request.labels).map(([key, value]) => `--label=${key}=${value}`),
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
        const work = privateTempDir('imprint-buildx-'); // removed on a cancelled job too
        const dir = work.path;
        const metadataFile = (0,external_node_path_.join)(dir, 'metadata.json');
        try {
            return await withDockerLogins(build, log, this.binary, async (env) => {
                const built = await runCommand(this.binary, buildxArguments(build, metadataFile), {
                    log,
                    env,
                    secrets: build.secrets,
                });
                if (built.exitCode !== 0)
                    throw buildFailed('docker buildx', built);
                return this.result(build, readMetadata(metadataFile));
            });
        }
        finally {
            work.remove();
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

;// CONCATENATED MODULE: ./src/build/docker.ts
/**
 * The legacy docker builder: `docker build`, then `docker push` per tag. One platform
 * only (it cannot make an index); the pushed digest comes from the push output line
 * `<tag>: digest: sha256:… size: N`.
 */






const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::\d+)?$/;
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
        if (!LOOPBACK.test(registry)) {
            log.warning(`the docker daemon decides whether ${registry} may use plain http: list it under "insecure-registries" in daemon.json`);
        }
    }
}

;// CONCATENATED MODULE: ./src/build/builder.ts
/**
 * One interface in front of the three ways to build and push an image (buildx, the
 * legacy docker builder, buildah), and the choice between them.
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


async function buildAndPush(options, target, credentials, log) {
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
            push: options.push,
            registryAuth: loginFor(target.repository.registry, credentials),
            insecureRegistries: options.insecureRegistries,
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/report/verify-junit.ts
var verify_junit = __webpack_require__(78064);
// EXTERNAL MODULE: ./src/report/verify-summary.ts
var verify_summary = __webpack_require__(86252);
// EXTERNAL MODULE: ./src/verify/engine.ts + 13 modules
var engine = __webpack_require__(57071);
// EXTERNAL MODULE: ./src/verify/evidence.ts + 1 modules
var evidence = __webpack_require__(65277);
// EXTERNAL MODULE: ./src/verify/registries.ts
var registries = __webpack_require__(78626);
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
/**
 * The publish step's optional policy gate: the verify engine, with the same policy file the
 * verify action reads, run on the image this step just published — so one step can refuse
 * to hand on an image that breaks policy. It reads the evidence back from the registry like
 * any verifier would. It runs after the attestations are stored and before the image signature
 * is: that signature, held back, is judged as verify would judge it once stored
 * (pending-signatures.ts), and written only when the gate passes.
 */










/** Failing checks named in the error; the summary and log have all of them. */
const MAX_CHECKS_IN_MESSAGE = 10;
async function runPolicyGate(request, context) {
    const { policy } = request;
    return inGroup(context.log, `Policy gate: ${request.imageRef} against ${request.policyFile}`, async () => {
        const trust = await (0,verify_trust/* loadTrustSet */.D)(policy, {
            ...(request.trustedRoot !== undefined && { trustedRootPath: request.trustedRoot }),
            offline: request.trustedRoot !== undefined,
        });
        const registry = {
            insecureRegistries: request.insecureRegistries,
            caCertificates: request.caCertificates,
            env: request.env,
        };
        const pending = request.pending ?? [];
        const pool = pending.length > 0 ? new registries/* RegistryPool */.y(registry, context.log) : undefined;
        const report = await (0,engine/* verifyImages */.O3)({
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
async function gateOnPolicy(options, policy, pinned, context, env = process.env, pending = []) {
    if (options.policy === undefined || pinned === undefined)
        return undefined;
    const gate = await runPolicyGate({
        policy,
        policyFile: options.policy,
        imageRef: pinned.imageRef,
        ...(options.sign.trustedRoot !== undefined && { trustedRoot: options.sign.trustedRoot }),
        insecureRegistries: options.insecureRegistries,
        caCertificates: options.registryCaFile
            ? [await (0,promises_.readFile)(options.registryCaFile, 'utf8')]
            : [],
        env,
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
        if (!this.policy)
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

;// CONCATENATED MODULE: ./src/report/publish-summary.ts
/** The publish job summary, rendered from the result alone (pure). */
const REKOR_SEARCH = 'https://search.sigstore.dev/?logIndex=';
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
    lines.push(`| Sigstore | ${signing.sigstore} |`);
    lines.push(`| Rekor log indexes | ${rekorIndexes(signing) || '— (no transparency log entry made by this run)'} |`);
    lines.push(`| Read back | ${'verified' in signing.readBack ? `✅ ${signing.readBack.verified} of ${signing.attestations.length} verified as the registry serves them` : `⚠️ skipped: ${cell(signing.readBack.skipped)}`} |`);
    lines.push(`| Bundles | \`${cell(signing.bundlePath)}\` |`);
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
/** The signature of the image itself: `cosign verify` checks it, not `verify-attestation`. */
const SIGNATURE_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
/** imprint's `require-attestations` kinds, by predicate type. */
const verify_commands_KIND_BY_PREDICATE = {
    [SLSA_PROVENANCE_V1]: 'provenance',
    'https://cyclonedx.org/bom': 'sbom',
    'https://spdx.dev/Document': 'sbom',
    'https://cosign.sigstore.dev/attestation/vuln/v1': 'vuln',
};
/** cosign's `--type` shorthands; any other predicate type is passed as its URI, which cosign accepts. */
const COSIGN_TYPE_BY_PREDICATE = {
    [SLSA_PROVENANCE_V1]: 'slsaprovenance1',
    'https://cyclonedx.org/bom': 'cyclonedx',
    'https://spdx.dev/Document': 'spdxjson',
    'https://cosign.sigstore.dev/attestation/vuln/v1': 'vuln',
};
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
            options: [
                ['--type', COSIGN_TYPE_BY_PREDICATE[predicateType] ?? predicateType],
                ...cosignTrust(image),
            ],
        })),
    ];
    const gh = ghAttestationVerify(image, attested);
    return gh ? [...commands, gh] : commands;
}
/** The commands as a markdown section: a heading, a line on each tool, fenced `sh` blocks. */
function renderVerifyCommands(image) {
    const commands = verifyCommands(image);
    const of = (tool) => commands.filter((c) => c.tool === tool);
    const lines = ['### Verify this image', ''];
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
/** The command's words, unquoted, in order. */
function argvOf(command) {
    return [...command.words, ...command.options.flat()];
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
    const kinds = [...new Set(attested.flatMap((type) => verify_commands_KIND_BY_PREDICATE[type] ?? []))].sort();
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
    if (!attested.includes(SLSA_PROVENANCE_V1))
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
            ['--predicate-type', SLSA_PROVENANCE_V1],
            ['--cert-identity', signer.identity],
            ['--cert-oidc-issuer', signer.issuer],
        ],
    };
}
function attestedTypes(predicateTypes) {
    // In the order of imprint's kinds (provenance, sbom, vuln), then any other type.
    const key = (type) => `${verify_commands_KIND_BY_PREDICATE[type] ?? '~'} ${type}`;
    return [...new Set(predicateTypes)]
        .filter((type) => type !== SIGNATURE_PREDICATE)
        .sort((a, b) => key(a).localeCompare(key(b)));
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







const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom';
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
    const directory = input.directory ?? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(input.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'imprint-sbom-'));
    (0,external_node_fs_.mkdirSync)(directory, { recursive: true });
    const documents = [];
    for (const target of sbomTargets(input.pinned)) {
        const named = target.platform ?? 'the image';
        const result = await (0,registry_source.sbomForManifest)(input.client, input.repository, target, {
            ...(input.progress && { progress: input.progress }),
        });
        const format = input.format ?? 'cyclonedx';
        const written = {};
        if (format !== 'spdx') {
            written.cyclonedxPath = (0,external_node_path_.join)(directory, sbomFileName(target.platform));
            writeJson(written.cyclonedxPath, result.bom);
        }
        if (format !== 'cyclonedx') {
            written.spdx = (0,spdx.buildSpdx)(result.components, { image: result.image, now: result.createdAt });
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
/** The manifest of the planned image with this digest (the attestation needs its size and type). */
function subjectByDigest(image, digest) {
    const subject = allSubjects(image).find((candidate) => candidate.digest === digest);
    if (!subject) {
        throw new errors/* ImprintError */.m0('INTERNAL', `${digest} is not a manifest of ${image.repository}@${image.image.digest}: the pin and the plan disagree`);
    }
    return subject;
}
function attestSboms(requests, image, sboms) {
    for (const document of sboms.documents) {
        const subject = subjectByDigest(image, document.digest);
        if (document.cyclonedxPath !== undefined)
            requests.attest(subject, CYCLONEDX_PREDICATE_TYPE, document.result.bom, 'sbom');
        if (document.spdx !== undefined)
            requests.attest(subject, spdx/* SPDX_PREDICATE_TYPE */.vX, document.spdx, 'sbom-spdx');
    }
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

// EXTERNAL MODULE: ./src/scan/index.ts + 13 modules
var src_scan = __webpack_require__(4791);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/publish/scan-step.ts




const NO_TRIVY_NOTICE = 'no Trivy here: install it or set scan: true to require it';
/** Runs before the build: a required scanner that is missing fails while failing is cheap. */
async function prepareScan(options, env, log) {
    if (options.mode === 'false') {
        log.info('scan: false — the image is not scanned for vulnerabilities');
        return { skipped: 'scan: false' };
    }
    const allowDownload = env.GITHUB_ACTIONS === 'true';
    const pathEnv = env.PATH ?? process.env.PATH ?? '';
    let installation;
    try {
        installation = await (0,src_scan/* ensureTrivy */.$r)({
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
    return { scanner: (0,src_scan/* createTrivyScanner */.Fl)(trivy, { log, allowDownload, pathEnv, installation }) };
}
/** Scans every platform, writes the reports; the gate's verdict is returned, never thrown. */
async function scanImage(scanner, target, options, env, log) {
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
        invocation: invocationOf(env),
    });
    const reports = (0,src_scan/* writeScanReports */.w3)(outcome, options.trivy, version/* VERSION */.x);
    const countsJson = (0,src_scan/* countsOutput */.kB)(outcome.counts);
    log.info(`vulnerabilities: ${countsJson}; report: ${reports.reportPath}`);
    const failure = (0,src_scan/* gateFailure */.I9)(outcome.gate, options.trivy, (finding) => (0,src_scan/* platformsOf */.Wt)(outcome, finding));
    log.info(`vulnerability gate (fail-on-severity: ${options.trivy.failOnSeverity}): ${failure ? 'failed' : 'passed'}`);
    return { outcome, reports, countsJson, ...(failure && { gateFailure: failure }) };
}
function attestScans(requests, image, scan) {
    for (const subject of scan.outcome.subjects) {
        requests.attest(subjectByDigest(image, subject.digest), src_scan/* VULN_PREDICATE_TYPE */.jF, subject.predicate, 'vuln');
    }
}
/** The CI run that scanned, for the predicate's invocation (every field must be filled). */
function invocationOf(env) {
    if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
        const server = env.GITHUB_SERVER_URL || 'https://github.com';
        return {
            uri: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`,
            eventId: env.GITHUB_RUN_ID,
            builderId: `${server}/${env.GITHUB_WORKFLOW_REF || env.GITHUB_REPOSITORY}`,
        };
    }
    if (env.GITLAB_CI === 'true' && env.CI_JOB_URL && env.CI_PROJECT_URL) {
        return {
            uri: env.CI_JOB_URL,
            eventId: env.CI_JOB_ID || env.CI_PIPELINE_ID || env.CI_JOB_URL,
            builderId: `${env.CI_PROJECT_URL}//${env.CI_CONFIG_PATH || '.gitlab-ci.yml'}`,
        };
    }
    // Outside CI there is no run to link: say so rather than invent one.
    return { uri: 'urn:imprint:local-run', eventId: 'local', builderId: 'urn:imprint:cli' };
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
        ...(result.scan && {
            scan: 'skipped' in result.scan ? result.scan : scanSummary(result.scan, options.scan, attested),
        }),
    });
    return markdown + verifyCommandsMarkdown(options, result);
}
/** Commands to verify exactly this image, when it was signed. */
function verifyCommandsMarkdown(options, result) {
    if (!result.attested || !result.pinned || result.attested.heldBack)
        return '';
    const summary = signingSummary(result.attested);
    return ('\n' +
        renderVerifyCommands({
            imageRef: result.pinned.imageRef,
            signer: summary.signer.mode === 'key'
                ? { mode: 'key' }
                : { mode: 'keyless', identity: summary.signer.identity, issuer: summary.signer.issuer },
            sigstore: result.attested.session.endpoints.instance,
            predicateTypes: summary.attestations.map((attestation) => attestation.predicateType),
            attestationFormat: options.sign.attestationFormat,
            transparencyLog: result.attested.session.endpoints.rekorUrl !== undefined,
        }));
}

// EXTERNAL MODULE: ./src/policy/load.ts
var load = __webpack_require__(58164);
// EXTERNAL MODULE: ./src/policy/signer-overlap.ts
var signer_overlap = __webpack_require__(16680);
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
        const found = await client.headManifest(repository.repository, tag.tag ?? 'latest');
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
    const reference = existing.digest ?? existing.tag ?? 'latest';
    const found = await client.headManifest(repository.repository, reference);
    if (!found) {
        throw new errors/* ImprintError */.m0('REGISTRY_NOT_FOUND', `image ${(0,registry_reference/* formatReference */.FH)(existing)} does not exist in the registry`, {
            hint: 'check the repository, tag or digest in "image", and that the credentials can read it',
        });
    }
    return existing.digest ?? found.digest;
}

// EXTERNAL MODULE: ./src/registry/ca-file.ts
var ca_file = __webpack_require__(31838);
// EXTERNAL MODULE: ./src/registry/client.ts + 3 modules
var registry_client = __webpack_require__(11268);
// EXTERNAL MODULE: ./src/registry/credentials.ts + 1 modules
var registry_credentials = __webpack_require__(46813);
;// CONCATENATED MODULE: ./src/publish/registry-access.ts



async function openRegistry(repository, options, log, env = process.env) {
    const credentials = await (0,registry_credentials/* resolveCredentials */.z8)(repository.registry, {
        ...(options.credentials ? { explicit: options.credentials } : {}),
        env,
    });
    log.addSecret(credentials?.password);
    log.addSecret(credentials?.identityToken);
    log.info(credentials
        ? `registry ${repository.registry}: credentials from ${credentials.source}`
        : `registry ${repository.registry}: no credentials found, trying anonymous access`);
    const client = new registry_client/* RegistryClient */.bP(repository.registry, {
        ...(credentials ? { credentials } : {}),
        insecure: options.insecureRegistries.includes(repository.registry),
        ...(options.registryCaFile ? { caCertificates: [(0,ca_file/* readCaFile */.R)(options.registryCaFile)] } : {}),
        log: (line) => log.debug(line),
    });
    return { client, credentials };
}

;// CONCATENATED MODULE: ./src/publish/target.ts
/**
 * What to publish, worked out from `image` and `tags` before anything runs, so a typo
 * fails in a second rather than after a ten-minute build. Pure.
 */


function repositoryOf(reference) {
    return { registry: reference.registry, repository: reference.repository };
}
function sameRepository(a, b) {
    return a.registry === b.registry && a.repository === b.repository;
}
/** `image` names the repository (a tag on it is pushed too); `tags` are bare or full references. */
function resolveTarget(image, tags) {
    const written = (0,registry_reference/* parseReference */.F2)(image);
    if (written.digest !== undefined) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `input "image" has a digest (${image}), but a build gives the image its digest`, {
            hint: 'name the repository only (e.g. ghcr.io/acme/app), or use builder: none to publish an existing image',
        });
    }
    const repository = repositoryOf(written);
    const wanted = [...(written.tag !== undefined ? [written.tag] : []), ...tags];
    const tagged = [];
    for (const entry of wanted.length > 0 ? wanted : ['latest']) {
        const reference = entry.includes('/') || entry.includes('@')
            ? (0,registry_reference/* parseReference */.F2)(entry)
            : (0,registry_reference/* parseReference */.F2)(`${(0,registry_reference/* formatReference */.FH)(repository)}:${entry}`);
        if (!sameRepository(reference, repository)) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `tag "${entry}" names ${(0,registry_reference/* formatReference */.FH)(repositoryOf(reference))}, not ${(0,registry_reference/* formatReference */.FH)(repository)}`, {
                hint: 'every tag must be in the repository given by "image"; publish to another repository in another step',
            });
        }
        if (reference.digest !== undefined || reference.tag === undefined) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `tag "${entry}" must be a tag, not a digest`);
        }
        if (!tagged.some((existing) => existing.tag === reference.tag))
            tagged.push(reference);
    }
    return { repository, tagged };
}

;// CONCATENATED MODULE: ./src/publish/run.ts
















async function runPublish(options, context, environment = {}) {
    // A broken policy file fails before anything is built or pushed.
    const policy = options.policy === undefined ? undefined : await (0,load.loadPolicy)(options.policy);
    for (const warning of policy ? (0,signer_overlap.signerOverlapWarnings)(policy) : []) {
        context.log.warning(`policy: ${warning}`);
    }
    const gates = new PublishGates(options, policy, context, environment.env);
    const result = options.builder === 'none'
        ? await publishExisting(options, context, environment, gates)
        : await publishBuilt(options, context, environment, gates);
    await gates.afterPublish(result.scan, result.pinned);
    setOutputs(result, context);
    if (options.summary)
        await context.writeSummary(publishSummary(options, result));
    // After the attestations are stored and the summary written: the evidence is the point.
    const failure = gates.failure();
    if (failure)
        throw failure;
    return result;
}
async function publishBuilt(options, context, environment, gates) {
    const target = resolveTarget(options.image, options.tags);
    const registry = await openRegistry(target.repository, options, context.log, environment.env);
    // Reach the registry (and prove the credentials) before a build that may take minutes.
    if (options.push)
        await registry.client.headManifest(target.repository.repository, target.tagged[0]?.tag ?? 'latest');
    const prepared = options.push ? await prepareSigning(options, context, environment) : undefined;
    const scanning = options.push
        ? await prepareScan(options.scan, environment.env ?? process.env, context.log)
        : undefined;
    const built = await buildAndPush(options, target, registry.credentials, context.log);
    const tags = target.tagged.map((reference) => (0,registry_reference/* formatReference */.FH)(reference));
    const repository = (0,registry_reference/* formatReference */.FH)(target.repository);
    if (!options.push)
        return { repository, tags, builder: built.builder };
    const pinned = await inGroup(context.log, 'Pin the image by digest', () => pinImage(registry.client, target.repository, { claimed: built.digest, tags: target.tagged }, context.log));
    const signed = await evidenceAndAttest(registry, target.repository, pinned, { options, prepared, scanning, gates }, context, environment);
    return {
        repository,
        pinned,
        tags,
        builder: built.builder,
        ...signed,
    };
}
async function publishExisting(options, context, environment, gates) {
    const reference = (0,registry_reference/* parseReference */.F2)(options.image);
    if (reference.tag === undefined && reference.digest === undefined) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `with builder none, "image" must name an existing image by tag or digest; got "${options.image}"`, {
            hint: 'e.g. ghcr.io/acme/app:1.2.3 or ghcr.io/acme/app@sha256:…',
        });
    }
    const repository = repositoryOf(reference);
    const registry = await openRegistry(repository, options, context.log, environment.env);
    const pinned = await inGroup(context.log, 'Pin the existing image by digest', () => pinImage(registry.client, repository, { existing: reference }, context.log));
    const prepared = await prepareSigning(options, context, environment);
    const scanning = await prepareScan(options.scan, environment.env ?? process.env, context.log);
    const signed = await evidenceAndAttest(registry, repository, pinned, { options, prepared, scanning, gates }, context, environment);
    const tags = reference.tag !== undefined ? [(0,registry_reference/* formatReference */.FH)({ ...repository, tag: reference.tag })] : [];
    return {
        repository: (0,registry_reference/* formatReference */.FH)(repository),
        pinned,
        tags,
        builder: 'none',
        ...signed,
    };
}
async function prepareSigning(options, context, environment) {
    if (!options.sign.enabled) {
        context.log.info('sign: false — the image is published unsigned, with no attestations (SBOM and scan reports are only written to files)');
        return undefined;
    }
    return inGroup(context.log, 'Prepare signing', () => prepareAttestation(options.sign, {
        env: environment.env ?? process.env,
        ...(environment.sigstoreRetry && { retry: environment.sigstoreRetry }),
    }, context.log));
}
/** SBOM and scan, then (when signing) every attestation signed, stored and read back. */
async function evidenceAndAttest(registry, repository, pinned, plan, context, environment) {
    const evidence = await gatherEvidence(registry, repository, pinned, plan, context, environment);
    if (!plan.prepared)
        return evidence;
    const name = (0,registry_reference/* formatReference */.FH)(repository);
    const target = { client: registry.client, repositoryPath: repository.repository, name, pinned };
    const hook = evidenceHook(evidence, environment.attestations);
    const gates = {
        refusal: () => plan.gates.refusal(evidence.scan),
        beforeSignatures: (pending) => plan.gates.beforeSignatures(evidence.scan, pinned, pending),
    };
    return { ...evidence, attested: await attestImage(target, plan.prepared, context, hook, gates) };
}
/** The SBOM and the scan of the pinned image: files and outputs now, attestations via the hook. */
async function gatherEvidence(registry, repository, pinned, plan, context, environment) {
    const { options, scanning } = plan;
    const log = context.log;
    const env = environment.env ?? process.env;
    const sboms = options.sbom.enabled
        ? await inGroup(log, 'Generate the SBOM from the pushed layers', () => generateSboms({
            client: registry.client,
            repository,
            pinned,
            env,
            progress: (0,progress.progressFor)(context),
            format: options.sbom.format,
            ...(options.sbom.directory !== undefined && { directory: options.sbom.directory }),
        }, log))
        : undefined;
    const evidence = { ...(sboms && { sboms }) };
    if (!scanning || 'skipped' in scanning)
        return { ...evidence, ...(scanning && { scan: scanning }) };
    const scan = await inGroup(log, 'Scan the pushed image for vulnerabilities', () => scanImage(scanning.scanner, {
        repository: (0,registry_reference/* formatReference */.FH)(repository),
        digest: pinned.digest,
        platformDigests: pinned.platformDigests,
        sbomPaths: Object.fromEntries((sboms?.documents ?? []).flatMap((d) => d.cyclonedxPath === undefined ? [] : [[d.digest, d.cyclonedxPath]])),
        credentials: registry.credentials,
        insecureRegistry: options.insecureRegistries.includes(repository.registry),
    }, options.scan, env, log));
    return { ...evidence, scan };
}
/** The evidence's attestations, then whatever the caller's own hook adds. */
function evidenceHook(evidence, next) {
    return async (requests, image) => {
        if (evidence.sboms)
            attestSboms(requests, image, evidence.sboms);
        if (evidence.scan && !('skipped' in evidence.scan))
            attestScans(requests, image, evidence.scan);
        await next?.(requests, image);
    };
}
function setOutputs(result, context) {
    context.setOutput('digest', result.pinned?.digest ?? '');
    context.setOutput('image-ref', result.pinned?.imageRef ?? '');
    context.setOutput('platform-digests', JSON.stringify(result.pinned?.platformDigests ?? {}));
    context.setOutput('tags', result.tags.join('\n'));
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
}


/***/ }),

/***/ 31838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readCaFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/** The `registry-ca-file` input: extra certificate authorities (PEM) for the registries. */


function readCaFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `registry-ca-file ${path} cannot be read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`, { cause: error, hint: 'give a PEM file of certificate authorities that this job can read' });
    }
}


/***/ }),

/***/ 86252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i2: () => (/* binding */ renderVerifySummary)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT_BYTES, text */
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


/***/ }),

/***/ 16426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildSpdx: () => (/* binding */ buildSpdx),
/* harmony export */   vX: () => (/* binding */ SPDX_PREDICATE_TYPE)
/* harmony export */ });
/* unused harmony exports NOASSERTION, licenceExpression */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79310);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/* harmony import */ var _cyclonedx_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95660);
/**
 * Components → an SPDX 2.3 JSON document: the same catalogue the CycloneDX writer renders, told
 * the SPDX way. The image is the package the document DESCRIBES and CONTAINS every package
 * found; dependencies a cataloger recorded become DEPENDS_ON. Facts SPDX asks for that a
 * filesystem cannot show (supplier, download location, concluded licence) are NOASSERTION, as
 * the specification says to write them. Pure: the caller passes the time and the namespace id.
 */




const SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document';
const NOASSERTION = 'NOASSERTION';
const DOCUMENT_ID = 'SPDXRef-DOCUMENT';
const IMAGE_ID = 'SPDXRef-Image';
/** Where our document namespaces live; a URI only, never fetched (SPDX 2.3 §6.5). */
const NAMESPACE_BASE = 'https://imprint.dev/spdx';
const PURPOSE = {
    library: 'LIBRARY',
    application: 'APPLICATION',
    'operating-system': 'OPERATING_SYSTEM',
};
function buildSpdx(components, options) {
    const reference = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(options.image.name);
    const imageName = `${reference.registry}/${reference.repository}`;
    const ids = assignSpdxIds(components);
    const extracted = new Map();
    const packages = [
        imagePackage(options.image, imageName),
        ...components.map((component, index) => packageOf(component, ids[index], extracted)),
    ];
    const relationships = [
        relationship(DOCUMENT_ID, 'DESCRIBES', IMAGE_ID),
        ...ids.map((id) => relationship(IMAGE_ID, 'CONTAINS', id)),
        ...dependencies(components, ids),
    ];
    const document = {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: DOCUMENT_ID,
        name: `${imageName}@${options.image.digest}`,
        documentNamespace: `${NAMESPACE_BASE}/${imageName}/${options.image.digest.replace(':', '-')}-${options.uuid ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`,
        creationInfo: {
            creators: [`Tool: imprint-${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x}`],
            // The schema's date pattern has whole seconds only.
            created: options.now.toISOString().replace(/\.\d+Z$/, 'Z'),
        },
        packages,
        relationships,
    };
    if (extracted.size > 0) {
        document.hasExtractedLicensingInfos = [...extracted].map(([licenseId, name]) => ({
            licenseId,
            name,
            extractedText: name,
        }));
    }
    return document;
}
function imagePackage(image, name) {
    const [algorithm, hex] = image.digest.split(':');
    const pkg = {
        SPDXID: IMAGE_ID,
        name,
        versionInfo: image.digest,
        supplier: NOASSERTION,
        downloadLocation: NOASSERTION,
        filesAnalyzed: false,
        licenseConcluded: NOASSERTION,
        licenseDeclared: NOASSERTION,
        copyrightText: NOASSERTION,
        primaryPackagePurpose: 'CONTAINER',
        externalRefs: [purlRef((0,_cyclonedx_js__WEBPACK_IMPORTED_MODULE_2__/* .imagePurl */ .X6)(image))],
    };
    if (algorithm === 'sha256' && hex)
        pkg.checksums = [{ algorithm: 'SHA256', checksumValue: hex }];
    if (image.platform)
        pkg.comment = `platform ${image.platform}`;
    return pkg;
}
function packageOf(component, id, extracted) {
    const pkg = {
        SPDXID: id,
        name: component.name,
        ...(component.version ? { versionInfo: component.version } : {}),
        supplier: NOASSERTION,
        downloadLocation: NOASSERTION,
        filesAnalyzed: false,
        licenseConcluded: NOASSERTION,
        licenseDeclared: licenceExpression(component.licences, extracted),
        copyrightText: NOASSERTION,
        primaryPackagePurpose: PURPOSE[component.kind],
        sourceInfo: `found by the ${component.cataloger} cataloger in ${component.location} (layer ${component.layerDigest})`,
    };
    if (component.purl)
        pkg.externalRefs = [purlRef(component.purl)];
    return pkg;
}
function purlRef(purl) {
    return { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl };
}
function relationship(from, type, to) {
    return { spdxElementId: from, relationshipType: type, relatedSpdxElement: to };
}
/**
 * One licence expression for the package: SPDX ids and expressions as they are, other names as
 * `LicenseRef-…` (listed in hasExtractedLicensingInfos), several joined with AND as the
 * CycloneDX writer does. None known: NOASSERTION.
 */
function licenceExpression(licences, extracted) {
    const parts = licences.map((licence) => {
        if ('spdxId' in licence)
            return licence.spdxId;
        if ('expression' in licence)
            return licences.length > 1 ? `(${licence.expression})` : licence.expression;
        const id = `LicenseRef-${licence.name.replace(/[^A-Za-z0-9.-]+/g, '-')}`;
        if (!extracted.has(id))
            extracted.set(id, licence.name);
        return id;
    });
    return parts.length === 0 ? NOASSERTION : [...new Set(parts)].join(' AND ');
}
/**
 * `SPDXRef-Package-<ecosystem>-<name>-<n>`: readable, unique in the document, and only the
 * characters the schema allows (letters, digits, `.` and `-`).
 */
function assignSpdxIds(components) {
    return components.map((component, index) => {
        const label = `${component.ecosystem}-${component.name}`.replace(/[^A-Za-z0-9.-]+/g, '-');
        return `SPDXRef-Package-${label}-${index + 1}`;
    });
}
function dependencies(components, ids) {
    const idByPurl = new Map();
    components.forEach((component, index) => {
        if (component.purl && !idByPurl.has(component.purl))
            idByPurl.set(component.purl, ids[index]);
    });
    const edges = [];
    components.forEach((component, index) => {
        for (const purl of component.dependsOn ?? []) {
            const target = idByPurl.get(purl);
            if (target && target !== ids[index])
                edges.push(relationship(ids[index], 'DEPENDS_ON', target));
        }
    });
    return edges;
}


/***/ })

};
