/** Signing: keyless (Fulcio) or with a key, witnessed by Rekor and/or a timestamp authority. */
export {
  createSigner,
  type IdentitySource,
  type ImprintSigner,
  type RetryOptions,
  type SignerOptions,
} from './signer.js';
export {
  refuseServiceUrls,
  resolveEndpoints,
  type SigningMode,
  type SigstoreEndpoints,
  type SigstoreInstance,
} from './endpoints.js';
export { chooseInstance, type SigstoreSetting } from './choose-instance.js';
export { generateKeyPair } from './keys.js';
export { publicKeyHint } from './key-signer.js';
