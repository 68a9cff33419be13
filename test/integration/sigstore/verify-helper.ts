/**
 * Verifies a bundle the way a consumer does, with @sigstore/verify against the loopback stack's
 * trusted_root.json: certificate chain, SCT, transparency log inclusion and timestamps — or, for
 * key-signed bundles, the key named by the bundle's hint.
 */
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs';
import {
  type Signer,
  toSignedEntity,
  toTrustMaterial,
  type VerificationPolicy,
  Verifier,
} from '@sigstore/verify';

export interface VerifyOptions {
  trustedRootPath: string;
  /** The signer's public key (key-signed bundles). */
  publicKeyPem?: string;
  /** The signed bytes of a message-signature bundle. */
  artifact?: Buffer;
  policy?: VerificationPolicy;
  tlogs?: number;
  timestamps?: number;
}

export function verifyBundle(bundle: SerializedBundle, options: VerifyOptions): Signer {
  const root = TrustedRoot.fromJSON(JSON.parse(readFileSync(options.trustedRootPath, 'utf8')));
  const parsed = bundleFromJSON(bundle);
  let keys;
  if (options.publicKeyPem) {
    const material = parsed.verificationMaterial.content;
    const hint = material.$case === 'publicKey' ? material.publicKey.hint : '';
    const der = createPublicKey(options.publicKeyPem).export({ format: 'der', type: 'spki' });
    keys = { [hint]: { rawBytes: der, keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256 } };
  }
  const verifier = new Verifier(toTrustMaterial(root, keys), {
    tlogThreshold: options.tlogs ?? 1,
    ctlogThreshold: options.publicKeyPem ? 0 : 1,
    timestampThreshold: options.timestamps ?? 1,
  });
  return verifier.verify(toSignedEntity(parsed, options.artifact), options.policy);
}

/** The in-toto statement inside a DSSE bundle. */
export function statementOf(bundle: SerializedBundle): Record<string, unknown> {
  if (!bundle.dsseEnvelope) throw new Error('not a DSSE bundle');
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()) as Record<
    string,
    unknown
  >;
}
