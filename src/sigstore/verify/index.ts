/** Sigstore verification: bundles, cosign classic signatures, trust material, conformance. */
export { parseBundle, verifyBundle } from './bundle.js';
export {
  claimName,
  certificateSubject,
  decodeClaims,
  decodeClaimValue,
  type FulcioClaims,
} from './claims.js';
export { ANNOTATION_CERTIFICATE } from './cosign-layer.js';
export {
  verifyCosignAttestations,
  verifyCosignSignatures,
  type BlobFetcher,
  type ClassicFailure,
  type ClassicResult,
  type ClassicSignature,
  type ClassicVerifyOptions,
  type CosignManifest,
  type ManifestLayer,
} from './cosign-classic.js';
export {
  conformanceVerifyBundle,
  parseVerifyBundleArgs,
  type ConformanceResult,
} from './conformance.js';
export {
  anchoredRegExp,
  assertIdentity,
  identityMatches,
  validateIdentityPolicy,
  type FoundIdentity,
  type IdentityPolicy,
} from './identity.js';
export {
  assertSubjectDigest,
  parseStatement,
  type InTotoStatement,
  type StatementSubject,
} from './statement.js';
export {
  createTrust,
  loadTrust,
  parsePublicKey,
  publicGoodTrust,
  type PublicKeyTrust,
  type Trust,
  type TrustOptions,
} from './trust.js';
export { embeddedTrustedRoot, parseTrustedRoot, readTrustedRoot } from './trusted-root.js';
export { artifactDigest, type ArtifactInput } from './signed-entity.js';
export { verifyParsedBundle, type VerifiedSignature, type VerifyOptions } from './verifier.js';
