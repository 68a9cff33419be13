/**
 * A @sigstore/sign `Signer` whose key lives in a key store (PKCS#11 token, cloud KMS): the data
 * is hashed here (SHA-256) and only the digest goes to the store, which signs it with ECDSA
 * P-256; the private key is never in this process. Each signature is checked against the
 * store's public key before it is used, so a store that signed with another key (or garbled
 * the encoding) fails here, not in a verifier later.
 */
import { createHash, createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { Signature, Signer } from '@sigstore/sign';
import { ImprintError } from '../../errors.js';
import type { KeyStore } from '../keystore/index.js';
import { publicKeyHint } from './key-signer.js';

export class StoreSigner implements Signer {
  private constructor(
    private readonly store: KeyStore,
    private readonly description: string,
    private readonly publicKey: KeyObject,
    readonly publicKeyPem: string,
    readonly hint: string,
  ) {}

  /** Reads the public key now: a wrong reference or PIN fails before anything is built. */
  static async open(store: KeyStore, description: string): Promise<StoreSigner> {
    const publicKeyPem = await store.publicKeyPem();
    const publicKey = createPublicKey(publicKeyPem);
    const curve = publicKey.asymmetricKeyDetails?.namedCurve;
    if (publicKey.asymmetricKeyType !== 'ec' || curve !== 'prime256v1') {
      throw new ImprintError(
        'KEY_UNSUPPORTED',
        `${description.charAt(0).toUpperCase()}${description.slice(1)} is ${publicKey.asymmetricKeyType === 'ec' ? `an EC key on ${curve}` : `a ${String(publicKey.asymmetricKeyType).toUpperCase()} key`}; imprint signs with ECDSA P-256 (cosign's default key type).`,
        { hint: 'make a P-256 key in the store, e.g. with imprint generate-key-pair --kms' },
      );
    }
    return new StoreSigner(
      store,
      description,
      publicKey,
      publicKeyPem,
      publicKeyHint({ publicKey }),
    );
  }

  async sign(data: Buffer): Promise<Signature> {
    const digest = createHash('sha256').update(data).digest();
    const signature = await this.store.signDigest(digest);
    if (!verify('sha256', data, this.publicKey, signature)) {
      throw new ImprintError(
        'KEY_STORE_FAILED',
        `The signature from ${this.description} does not verify with the key's own public key.`,
        {
          hint: 'the store signed with another key or returned a damaged signature: check the reference',
        },
      );
    }
    return {
      signature,
      key: { $case: 'publicKey', publicKey: this.publicKeyPem, hint: this.hint },
    };
  }
}
