/**
 * Real key-signed Sigstore bundles for unit tests, made by imprint's own signer with no
 * witnesses (no Rekor, no TSA: nothing to reach), and the trust sets that verify them.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import { createSigner, type ImprintSigner } from '../../../src/sigstore/sign/index.js';
import {
  createTrust,
  parsePublicKey,
  publicGoodTrust,
} from '../../../src/sigstore/verify/index.js';
import type { TrustSet } from '../../../src/verify/trust.js';

export interface TestKey {
  privateKeyPem: string;
  publicKeyPem: string;
  signer: ImprintSigner;
}

export async function testKey(): Promise<TestKey> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const privateKeyPem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const signer = await createSigner({ signing: 'key', privateKeyPem, sigstore: 'custom' });
  return { privateKeyPem, publicKeyPem, signer };
}

/** A trust set with the embedded public-good root and the given keys under their policy names. */
export function trustSet(keys: Record<string, string> = {}): TrustSet {
  const root = publicGoodTrust();
  return {
    root,
    keys: Object.entries(keys).map(([keyRef, pem]) => ({
      keyRef,
      trust: createTrust(root.trustedRoot, root.rootSource, parsePublicKey(pem, keyRef)),
    })),
  };
}

export function statement(digest: string, predicateType: string, predicate: unknown = {}) {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'ghcr.io/acme/app', digest: { sha256: digest.replace('sha256:', '') } }],
    predicateType,
    predicate,
  };
}

export function bytesOf(bundle: SerializedBundle): Buffer {
  return Buffer.from(JSON.stringify(bundle));
}

export function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}
