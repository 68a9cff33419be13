import { createHash } from 'node:crypto';
import {
  attestationLayer,
  buildCosignManifest,
  cosignTag,
  imageConfig,
  signatureLayer,
  simpleSigningPayload,
} from '../../../../src/attest/storage/cosign-classic.js';
import { certificatePem } from '../../../../src/attest/storage/cosign-annotations.js';
import { ImprintError } from '../../../../src/errors.js';
import {
  BODY,
  dsseBundle,
  LEAF_DER,
  LOG_ID_HEX,
  messageBundle,
  SET,
  SIGNATURE,
  STATEMENT,
  TIMESTAMP,
} from './bundles.js';

const IMAGE_DIGEST = `sha256:${'e'.repeat(64)}`;
const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

function failure(run: () => unknown): ImprintError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImprintError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('simpleSigningPayload', () => {
  it('is byte for byte the JSON cosign signs', () => {
    expect(simpleSigningPayload('ghcr.io/acme/app', IMAGE_DIGEST).toString()).toBe(
      `{"critical":{"identity":{"docker-reference":"ghcr.io/acme/app"},"image":{"docker-manifest-digest":"${IMAGE_DIGEST}"},"type":"cosign container image signature"},"optional":null}`,
    );
  });

  it('carries user annotations in optional, keys sorted as Go writes a map', () => {
    const payload = simpleSigningPayload('ghcr.io/acme/app', IMAGE_DIGEST, { z: '1', a: '2' });
    expect(payload.toString()).toMatch(/,"optional":\{"a":"2","z":"1"\}\}$/);
  });

  it('refuses a digest that is not sha256', () => {
    expect(failure(() => simpleSigningPayload('a/b', 'latest')).message).toBe(
      '"latest" is not a sha256 manifest digest.',
    );
  });
});

describe('cosignTag', () => {
  it('turns the digest into the tag cosign looks up', () => {
    expect(cosignTag(IMAGE_DIGEST, 'sig')).toBe(`sha256-${'e'.repeat(64)}.sig`);
    expect(cosignTag(IMAGE_DIGEST, 'att')).toBe(`sha256-${'e'.repeat(64)}.att`);
  });
});

describe('signatureLayer', () => {
  const payload = simpleSigningPayload('ghcr.io/acme/app', IMAGE_DIGEST);

  it('puts the signature, certificate, chain, Rekor bundle and timestamp on the layer', () => {
    const chain = [certificatePem(Buffer.alloc(50, 2).toString('base64')), certificatePem('AwMD')];
    const layer = signatureLayer(payload, messageBundle(payload), chain);
    expect(layer.blob.bytes).toBe(payload);
    expect(layer.descriptor).toEqual({
      mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
      size: payload.length,
      digest: sha256(payload),
      annotations: {
        'dev.cosignproject.cosign/signature': SIGNATURE,
        'dev.sigstore.cosign/bundle': `{"SignedEntryTimestamp":"${SET}","Payload":{"body":"${BODY}","integratedTime":1717082297,"logIndex":98235800,"logID":"${LOG_ID_HEX}"}}`,
        'dev.sigstore.cosign/certificate': certificatePem(LEAF_DER.toString('base64')),
        'dev.sigstore.cosign/chain': (chain[0]! + chain[1]!).trimEnd(),
        'dev.sigstore.cosign/rfc3161timestamp': `{"SignedRFC3161Timestamp":"${TIMESTAMP}"}`,
      },
    });
    expect(Object.keys(layer.descriptor.annotations!)).toEqual(
      Object.keys(layer.descriptor.annotations!).sort(),
    );
  });

  it('writes PEM as Go does: 64-column lines, final newline', () => {
    const pem = certificatePem(LEAF_DER.toString('base64'));
    const lines = pem.split('\n');
    expect(lines[0]).toBe('-----BEGIN CERTIFICATE-----');
    expect(lines[1]).toHaveLength(64);
    expect(pem.endsWith('-----END CERTIFICATE-----\n')).toBe(true);
  });

  it('refuses a bundle that signs other bytes, or is not a message signature', () => {
    const other = simpleSigningPayload('ghcr.io/acme/other', IMAGE_DIGEST);
    expect(failure(() => signatureLayer(payload, messageBundle(other))).message).toBe(
      `The bundle signs ${sha256(other)}, not this payload (${sha256(payload)}).`,
    );
    expect(failure(() => signatureLayer(payload, dsseBundle())).message).toBe(
      'A .sig layer needs a message-signature bundle (with its message digest).',
    );
    const noDigest = messageBundle(payload);
    delete (noDigest.messageSignature as { messageDigest?: unknown }).messageDigest;
    expect(failure(() => signatureLayer(payload, noDigest)).code).toBe('INPUT_INVALID');
  });

  it('key-signed bundles without Rekor get the signature alone', () => {
    const bundle = {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { publicKey: { hint: 'abc' } },
      messageSignature: messageBundle(payload).messageSignature,
    };
    expect(signatureLayer(payload, bundle).descriptor.annotations).toEqual({
      'dev.cosignproject.cosign/signature': SIGNATURE,
    });
  });
});

describe('attestationLayer', () => {
  it("stores the DSSE envelope as logged (its sha256 is the dsse entry's envelopeHash), with predicateType and an empty signature", () => {
    const bundle = dsseBundle();
    const layer = attestationLayer(bundle);
    expect(layer.blob.bytes.toString()).toBe(
      `{"payload":"${bundle.dsseEnvelope.payload}","payloadType":"application/vnd.in-toto+json","signatures":[{"sig":"${SIGNATURE}"}]}`,
    );
    expect(layer.descriptor.mediaType).toBe('application/vnd.dsse.envelope.v1+json');
    expect(layer.descriptor.annotations).toMatchObject({
      'dev.cosignproject.cosign/signature': '',
      predicateType: STATEMENT.predicateType,
      'dev.sigstore.cosign/certificate': certificatePem(LEAF_DER.toString('base64')),
    });
  });

  it('refuses a message-signature bundle, and a payload without a predicate type', () => {
    expect(failure(() => attestationLayer(messageBundle(Buffer.from('x')))).message).toBe(
      'An .att layer needs a DSSE bundle.',
    );
    expect(failure(() => attestationLayer(dsseBundle({ _type: 'x' }))).message).toBe(
      'The DSSE payload is not an in-toto statement with a predicateType.',
    );
  });
});

describe('buildCosignManifest', () => {
  const payload = simpleSigningPayload('ghcr.io/acme/app', IMAGE_DIGEST);
  const first = signatureLayer(payload, messageBundle(payload));
  const secondBundle = messageBundle(payload);
  secondBundle.messageSignature.signature = Buffer.from('another signature').toString('base64');
  const second = signatureLayer(payload, secondBundle);

  it('writes an OCI image manifest whose config lists the layers as diff_ids', () => {
    const built = buildCosignManifest([first]);
    const manifest = JSON.parse(built.manifestBytes.toString());
    const config = imageConfig([first.descriptor.digest]);
    expect(manifest).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        size: config.length,
        digest: sha256(config),
      },
      layers: [first.descriptor],
    });
    expect(JSON.parse(config.toString())).toEqual({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: { type: 'layers', diff_ids: [first.descriptor.digest] },
      config: {},
    });
    expect(built.blobs.map((b) => b.digest)).toEqual([sha256(config), first.descriptor.digest]);
    expect(built.added).toBe(1);
    expect(built.digest).toBe(sha256(built.manifestBytes));
  });

  it('appends a new signature to the manifest already at the tag', () => {
    const existing = buildCosignManifest([first]).manifestBytes;
    const merged = buildCosignManifest([second], existing);
    const manifest = JSON.parse(merged.manifestBytes.toString());
    expect(manifest.layers).toEqual([first.descriptor, second.descriptor]);
    expect(merged.added).toBe(1);
    expect(merged.blobs[0]?.bytes.toString()).toBe(
      imageConfig([first.descriptor.digest, second.descriptor.digest]).toString(),
    );
  });

  it('does not add a layer that is already there, whatever its annotation order', () => {
    const existing = JSON.parse(buildCosignManifest([first, second]).manifestBytes.toString());
    existing.layers[0].annotations = Object.fromEntries(
      Object.entries(existing.layers[0].annotations as object).reverse(),
    );
    const again = buildCosignManifest([first], existing);
    expect(again.added).toBe(0);
    expect(JSON.parse(again.manifestBytes.toString()).layers).toHaveLength(2);
    expect(buildCosignManifest([first, first]).added).toBe(1);
  });

  it('refuses to merge into something that is not a cosign manifest', () => {
    expect(failure(() => buildCosignManifest([first], Buffer.from('<html>'))).message).toBe(
      'The manifest at the cosign tag is not JSON.',
    );
    const index = { schemaVersion: 2, manifests: [] };
    const error = failure(() => buildCosignManifest([first], index));
    expect(error.code).toBe('MANIFEST_INVALID');
    expect(error.message).toBe(
      'The manifest at the cosign tag is not an image manifest with layers; it was not written by cosign.',
    );
  });
});
