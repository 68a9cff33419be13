/**
 * cosign classic storage for a publish: one signed job becomes a layer of the subject's
 * `sha256-<hex>.sig` or `.att` manifest, merged with what the tag already holds (other signers'
 * layers are kept, as cosign keeps them). The `chain` annotation cosign v2 verifies keyless
 * layers with comes from the trusted root: a v0.3 bundle carries only the leaf certificate.
 */
import { X509Certificate } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import { certificatePem, sortedAnnotations } from '../attest/storage/cosign-annotations.js';
import { attestationLayer, signatureLayer } from '../attest/storage/cosign-classic.js';
import type { AttestationStore } from '../attest/storage/store.js';
import type { Trust } from '../sigstore/verify/index.js';
import {
  cosignKindOf,
  imprintAnnotations,
  type Location,
  type Placement,
} from './stored-lookup.js';

export interface ClassicWrite {
  store: AttestationStore;
  placement: Placement;
  bundle: SerializedBundle;
  signer: string;
  /** To find the Fulcio chain of a keyless signature; without it the chain annotation is left out. */
  trust?: Trust;
}

export async function storeClassic(write: ClassicWrite): Promise<Location> {
  const { store, placement, bundle } = write;
  const chain = write.trust ? fulcioChain(write.trust, bundle) : undefined;
  const layer =
    placement.job.payload.type === 'message'
      ? signatureLayer(placement.job.payload.bytes, bundle, chain)
      : attestationLayer(bundle, chain);
  layer.descriptor.annotations = sortedAnnotations({
    ...layer.descriptor.annotations,
    ...imprintAnnotations(placement.job, write.signer),
  });
  return store.cosign.put(placement.subject.digest, cosignKindOf(placement), layer);
}

/** The PEMs of the Fulcio CA chain (intermediates, then root) that issued the bundle's leaf. */
function fulcioChain(trust: Trust, bundle: SerializedBundle): string[] | undefined {
  const leafBytes = bundle.verificationMaterial.certificate?.rawBytes;
  if (leafBytes === undefined) return undefined; // key-signed: no certificate, no chain
  const leaf = new X509Certificate(Buffer.from(leafBytes, 'base64'));
  for (const authority of trust.trustedRoot.certificateAuthorities) {
    const chain = authority.certChain?.certificates ?? [];
    const issuer = chain[0] && new X509Certificate(Buffer.from(chain[0].rawBytes));
    if (issuer && leaf.checkIssued(issuer) && leaf.verify(issuer.publicKey)) {
      return chain.map((certificate) =>
        certificatePem(Buffer.from(certificate.rawBytes).toString('base64')),
      );
    }
  }
  return undefined;
}
