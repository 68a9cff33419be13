/**
 * The one table of annotation keys on what imprint stores and reads in a registry: the Sigstore
 * bundle referrer's (cosign BUNDLE_SPEC.md), the cosign classic layer's (FORMATS.md §2) and
 * imprint's own, which let a re-run recognise its work without downloading bundles. Writers,
 * the verify engine and the cosign-layer verifier all spell a key from here, so a key cannot
 * drift between what is written and what is read.
 */

/** On a bundle referrer manifest: what the bundle holds (`dsse-envelope`, `message-signature`). */
export const ANNOTATION_BUNDLE_CONTENT = 'dev.sigstore.bundle.content';
/** On a bundle referrer manifest: the in-toto statement's predicate type. */
export const ANNOTATION_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
export const ANNOTATION_CREATED = 'org.opencontainers.image.created';
export const ANNOTATION_TITLE = 'org.opencontainers.image.title';

/** On a cosign classic layer: the base64 signature (empty on an `.att` layer). */
export const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
export const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate';
export const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain';
/** cosign's "bundle": the Rekor signed entry timestamp and the entry it signs. */
export const ANNOTATION_REKOR_BUNDLE = 'dev.sigstore.cosign/bundle';
export const ANNOTATION_TIMESTAMP = 'dev.sigstore.cosign/rfc3161timestamp';
/** On a cosign `.att` layer: the statement's predicate type (cosign spells it bare). */
export const ANNOTATION_ATT_PREDICATE_TYPE = 'predicateType';

/** On a BuildKit attestation manifest's layer: the in-toto statement's predicate type. */
export const ANNOTATION_INTOTO_PREDICATE_TYPE = 'in-toto.io/predicate-type';

/** imprint's own, on every referrer manifest and cosign layer it writes. */
export const ANNOTATION_PREDICATE_DIGEST = 'dev.imprint.predicate.digest';
/** The predicate's digest without its volatile fields (AttestationJob.stableDigest). */
export const ANNOTATION_STABLE_DIGEST = 'dev.imprint.predicate.stable-digest';
export const ANNOTATION_SIGNER = 'dev.imprint.signer';
