/**
 * The public key of a key a verifier names (`--key`, policy `signers[].key`), read from its
 * store. Such a reference is printed in reports, logs and exported policies, so one carrying a
 * PIN (pin-value) is refused: a PIN belongs in a pin-source file, and a public key object is
 * read without one.
 */
import { ImprintError } from '../../errors.js';
import { redactPkcs11Uri } from './pkcs11-uri.js';
import type { KeyStoreReference } from './reference.js';
import type { KeyStore } from './store.js';

export async function publicKeyFromStore(
  reference: KeyStoreReference,
  written: string,
  open: (reference: KeyStoreReference) => Promise<KeyStore>,
): Promise<string> {
  if (reference.kind === 'pkcs11' && reference.pin !== undefined && 'value' in reference.pin) {
    throw new ImprintError(
      'KEY_REFERENCE_INVALID',
      `The key ${redactPkcs11Uri(written)} carries its PIN (pin-value): the reference is printed in verify reports and logs, so the PIN would be too.`,
      {
        hint: 'drop pin-value (a public key object is readable without logging in), or use pin-source=FILE',
      },
    );
  }
  return (await open(reference)).publicKeyPem();
}
