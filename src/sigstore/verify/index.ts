/** Sigstore verification: bundles, cosign classic signatures, trust material, conformance. */
export { parseBundle, verifyBundle } from './bundle.js';
export { certificateSubject, decodeClaims } from './claims.js';
export {
  verifyCosignAttestations,
  verifyCosignSignatures,
  type ClassicFailure,
  type ClassicResult,
  type ClassicVerifyOptions,
  type ManifestLayer,
} from './cosign-classic.js';
export { conformanceVerifyBundle } from './conformance.js';
export { type GitHubRootSource, loadGitHubRoot } from './github-root.js';
export { type IdentityPolicy } from './identity.js';
export { createTrust, loadTrust, parsePublicKey, publicGoodTrust, type Trust } from './trust.js';
export { embeddedTrustedRoot } from './trusted-root.js';
export { verifyParsedBundle, type VerifiedSignature } from './verifier.js';
