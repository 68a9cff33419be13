/**
 * A @sigstore/sign `Signer` over a private key: ECDSA P-256 / SHA-256, the key identified in
 * bundles by a hint (base64 SHA-256 of the DER public key, as sigstore-go and cosign v3 write
 * it). It signs for key-based bundles, and is the ephemeral key behind keyless certificates.
 */
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import type { Signature, Signer } from '@sigstore/sign';
import type { SigningKey } from './keys.js';

export class KeySigner implements Signer {
  readonly hint: string;

  constructor(private readonly key: SigningKey) {
    this.hint = publicKeyHint(key);
  }

  /** A fresh in-memory P-256 key, never written anywhere (the keyless flow). */
  static ephemeral(): KeySigner {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    return new KeySigner({ privateKey, publicKey, publicKeyPem });
  }

  get publicKeyPem(): string {
    return this.key.publicKeyPem;
  }

  sign(data: Buffer): Promise<Signature> {
    return Promise.resolve({
      signature: sign('sha256', data, this.key.privateKey),
      key: { $case: 'publicKey', publicKey: this.key.publicKeyPem, hint: this.hint },
    });
  }
}

export function publicKeyHint(key: Pick<SigningKey, 'publicKey'>): string {
  const der = key.publicKey.export({ format: 'der', type: 'spki' });
  return createHash('sha256').update(der).digest('base64');
}
