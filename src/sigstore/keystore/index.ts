/**
 * Keys that never leave their store: PKCS#11 tokens and cloud KMS, named in cosign's syntax.
 * Each backend (and its SDK) is imported only when a reference of its kind is used, so nothing
 * else pays for loading it.
 */
import type { KeyStoreReference } from './reference.js';
import type { KeyStore, KeyStoreOptions } from './store.js';

export { describeKeyReference, parseKeyReference } from './reference.js';
export type { KeyStore } from './store.js';

/** The PEM of a key a verifier names; a reference carrying a pin-value is refused. */
export async function readStorePublicKey(
  reference: KeyStoreReference,
  written: string,
): Promise<string> {
  const { publicKeyFromStore } = await import('./public-key.js');
  return publicKeyFromStore(reference, written, (ref) => openKeyStore(ref));
}

export async function openKeyStore(
  ref: KeyStoreReference,
  options: KeyStoreOptions = {},
): Promise<KeyStore> {
  switch (ref.kind) {
    case 'pkcs11':
      return (await import('./pkcs11.js')).openPkcs11Store(ref, options);
    case 'awskms':
      return (await import('./awskms.js')).openAwsKmsStore(ref, options);
    case 'gcpkms':
      return (await import('./gcpkms.js')).openGcpKmsStore(ref);
    case 'azurekms':
      return (await import('./azurekms.js')).openAzureKmsStore(ref);
    case 'hashivault':
      return (await import('./hashivault.js')).openHashiVaultStore(ref, options);
  }
}
