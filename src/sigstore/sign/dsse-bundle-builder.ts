/**
 * @sigstore/sign's DSSE bundle builder, except that the envelope's signature carries no
 * `keyid`, as sigstore-go (cosign v3) writes it. @sigstore/bundle copies the key hint into the
 * keyid; go-securesystemslib's DSSE verifier then compares it with the key's SSH-style
 * fingerprint (`SHA256:…`), skips the only signature as belonging to another key, and cosign
 * refuses every key-signed bundle ("accepted signatures do not match threshold, Found: 0").
 * The hint stays in `verificationMaterial.publicKey.hint`, where verifiers look it up. The
 * keyid is dropped before the witnesses run: Rekor's dsse entry hashes the envelope as sent.
 */
import type { BundleWithDsseEnvelope } from '@sigstore/bundle';
import { type Artifact, DSSEBundleBuilder, type Signature } from '@sigstore/sign';

export class KeyidFreeDSSEBundleBuilder extends DSSEBundleBuilder {
  protected override async package(
    artifact: Artifact,
    signature: Signature,
  ): Promise<BundleWithDsseEnvelope> {
    const bundle = await super.package(artifact, signature);
    for (const entry of bundle.content.dsseEnvelope.signatures) entry.keyid = '';
    return bundle;
  }
}
