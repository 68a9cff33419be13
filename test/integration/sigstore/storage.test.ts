/**
 * Signatures made on the loopback stack, packed by the storage builders, checked the way their
 * readers check them: the referrer's layer is a bundle that verifies; the cosign classic
 * annotations carry a signature over the payload, a Rekor SET over the entry (cosign's
 * "bundle"), and the TSA's answer.
 */
import { createPublicKey, verify, X509Certificate } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import { json, RFC3161Timestamp } from '@sigstore/core';
import { PREDICATE_COSIGN_SIGN } from '../../../src/attest/predicate-types.js';
import { cosignSignStatement } from '../../../src/attest/statement.js';
import { buildReferrerManifest } from '../../../src/attest/storage/referrer.js';
import {
  attestationLayer,
  buildCosignManifest,
  signatureLayer,
  simpleSigningPayload,
} from '../../../src/attest/storage/cosign-classic.js';
import { createSigner, type ImprintSigner } from '../../../src/sigstore/sign/index.js';
import { type SigstoreStack, startSigstoreStack } from '../../harness/sigstore/index.js';
import { verifyBundle } from './verify-helper.js';

const DIGEST = `sha256:${'cd'.repeat(32)}`;
let stack: SigstoreStack;
let signer: ImprintSigner;

beforeAll(async () => {
  stack = await startSigstoreStack();
  signer = await createSigner({
    sigstore: 'custom',
    fulcioUrl: stack.fulcioURL,
    rekorUrl: stack.rekorURL,
    tsaUrl: stack.tsaURL,
    signing: 'keyless',
    identity: await stack.mintToken({ shape: 'github' }),
  });
});

afterAll(async () => {
  await stack.stop();
});

function rekorKey() {
  return createPublicKey({
    key: Buffer.from(stack.trustedRoot.tlogs[0]!.publicKey.rawBytes, 'base64'),
    format: 'der',
    type: 'spki',
  });
}

/** cosign's check of the "bundle" annotation: the SET signs the canonical JSON of the payload. */
function setVerifies(annotation: string): boolean {
  const { SignedEntryTimestamp, Payload } = JSON.parse(annotation) as {
    SignedEntryTimestamp: string;
    Payload: object;
  };
  const signed = Buffer.from(json.canonicalize(Payload));
  return verify('sha256', signed, rekorKey(), Buffer.from(SignedEntryTimestamp, 'base64'));
}

describe('OCI referrer (cosign v3 layout)', () => {
  it('holds a bundle of the cosign sign statement that verifies as stored', async () => {
    const bundle = await signer.signDsse(cosignSignStatement(DIGEST));
    const built = buildReferrerManifest({
      bundle,
      subject: {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: DIGEST,
        size: 500,
      },
    });
    expect(built.descriptor.annotations?.['dev.sigstore.bundle.predicateType']).toBe(
      PREDICATE_COSIGN_SIGN,
    );
    const stored = JSON.parse(built.blobs[1]!.bytes.toString()) as SerializedBundle;
    verifyBundle(stored, { trustedRootPath: stack.trustedRootPath, timestamps: 2 });
  });
});

describe('cosign classic .sig', () => {
  it('annotations: signature over the payload, certificate, Rekor SET, RFC 3161 timestamp', async () => {
    const payload = simpleSigningPayload('ghcr.io/acme/app', DIGEST);
    const bundle = await signer.signMessage(payload);
    const layer = signatureLayer(payload, bundle);
    const annotations = layer.descriptor.annotations!;

    const certificate = new X509Certificate(annotations['dev.sigstore.cosign/certificate']!);
    const signature = Buffer.from(annotations['dev.cosignproject.cosign/signature']!, 'base64');
    expect(verify('sha256', payload, certificate.publicKey, signature)).toBe(true);
    expect(setVerifies(annotations['dev.sigstore.cosign/bundle']!)).toBe(true);

    const body = JSON.parse(
      Buffer.from(
        (JSON.parse(annotations['dev.sigstore.cosign/bundle']!) as { Payload: { body: string } })
          .Payload.body,
        'base64',
      ).toString(),
    ) as { kind: string; spec: { data: { hash: { value: string } } } };
    expect(body.kind).toBe('hashedrekord');
    expect(`sha256:${body.spec.data.hash.value}`).toBe(layer.descriptor.digest);

    const { SignedRFC3161Timestamp } = JSON.parse(
      annotations['dev.sigstore.cosign/rfc3161timestamp']!,
    ) as { SignedRFC3161Timestamp: string };
    const timestamp = RFC3161Timestamp.parse(Buffer.from(SignedRFC3161Timestamp, 'base64'));
    expect(timestamp.tstInfo.genTime.getTime() % 1000).toBe(0);
    expect(timestamp.status).toBe(0n);

    const manifest = buildCosignManifest([layer]);
    expect(manifest.blobs.map((b) => b.digest)).toContain(layer.descriptor.digest);
  });
});

describe('cosign classic .att', () => {
  it('a v0.1 statement logged as intoto: the envelope layer and its SET verify', async () => {
    const intotoSigner = await createSigner({
      sigstore: 'custom',
      fulcioUrl: stack.fulcioURL,
      rekorUrl: stack.rekorURL,
      signing: 'keyless',
      identity: await stack.mintToken({ shape: 'gitlab' }),
      dsseEntryType: 'intoto',
    });
    const statement = {
      _type: 'https://in-toto.io/Statement/v0.1',
      subject: [{ name: 'ghcr.io/acme/app', digest: { sha256: DIGEST.slice(7) } }],
      predicateType: 'https://cyclonedx.org/bom',
      predicate: { bomFormat: 'CycloneDX' },
    };
    const bundle = await intotoSigner.signDsse(statement);
    const layer = attestationLayer(bundle);
    const envelope = JSON.parse(layer.blob.bytes.toString()) as { payload: string };
    expect(JSON.parse(Buffer.from(envelope.payload, 'base64').toString())).toEqual(statement);
    expect(layer.descriptor.annotations?.predicateType).toBe('https://cyclonedx.org/bom');
    expect(setVerifies(layer.descriptor.annotations!['dev.sigstore.cosign/bundle']!)).toBe(true);
  });
});
