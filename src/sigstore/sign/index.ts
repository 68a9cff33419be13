/** Signing: keyless (Fulcio) or with a key, witnessed by Rekor and/or a timestamp authority. */
export {
  createSigner,
  type IdentitySource,
  type ImprintSigner,
  type RetryOptions,
  type SignerOptions,
  type SigningMaterial,
} from './signer.js';
export {
  GITHUB,
  PUBLIC_GOOD,
  resolveEndpoints,
  type EndpointOptions,
  type SigningMode,
  type SigstoreEndpoints,
  type SigstoreInstance,
} from './endpoints.js';
export { generateKeyPair, loadSigningKey, type GeneratedKeyPair, type SigningKey } from './keys.js';
export { publicKeyHint } from './key-signer.js';
