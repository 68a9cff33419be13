import { createHash } from 'node:crypto';
import { buildReferrerManifest } from '../../../../src/attest/storage/referrer.js';
import { ImprintError } from '../../../../src/errors.js';
import { dsseBundle, messageBundle } from './bundles.js';

const SUBJECT = {
  mediaType: 'application/vnd.oci.image.index.v1+json',
  digest: `sha256:${'c'.repeat(64)}`,
  size: 1234,
  annotations: { 'not-copied': 'x' },
};
const CREATED = new Date('2025-06-01T12:00:00.000Z');
const EMPTY_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';

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

describe('buildReferrerManifest', () => {
  it('builds the OCI 1.1 referrer cosign v3 and gh attestation read', () => {
    const bundle = dsseBundle();
    const built = buildReferrerManifest({ bundle, subject: SUBJECT, created: CREATED });
    const bundleBytes = Buffer.from(JSON.stringify(bundle));
    const layerDigest = sha256(bundleBytes);
    const annotations = {
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1',
      'org.opencontainers.image.created': '2025-06-01T12:00:00.000Z',
    };
    expect(JSON.parse(built.manifestBytes.toString())).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      config: { mediaType: 'application/vnd.oci.empty.v1+json', size: 2, digest: EMPTY_DIGEST },
      layers: [
        {
          mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
          size: bundleBytes.length,
          digest: layerDigest,
          annotations: {
            'org.opencontainers.image.title': `${layerDigest.replace(':', '-')}.sigstore.json`,
          },
        },
      ],
      subject: {
        mediaType: 'application/vnd.oci.image.index.v1+json',
        digest: SUBJECT.digest,
        size: 1234,
      },
      annotations,
    });
    expect(built.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(built.digest).toBe(sha256(built.manifestBytes));
    expect(built.descriptor).toEqual({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: built.digest,
      size: built.manifestBytes.length,
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      annotations,
    });
    expect(built.blobs.map((b) => [b.digest, b.bytes.toString()])).toEqual([
      [EMPTY_DIGEST, '{}'],
      [layerDigest, bundleBytes.toString()],
    ]);
  });

  it('marks a message-signature bundle, with no predicate type', () => {
    const built = buildReferrerManifest({
      bundle: messageBundle(Buffer.from('payload')),
      subject: SUBJECT,
      created: CREATED,
    });
    expect(built.descriptor.annotations).toEqual({
      'dev.sigstore.bundle.content': 'message-signature',
      'org.opencontainers.image.created': '2025-06-01T12:00:00.000Z',
    });
  });

  it('stores given bundle bytes exactly as they are', () => {
    const bytes = Buffer.from(JSON.stringify(dsseBundle(), null, 2));
    const built = buildReferrerManifest({ bundle: bytes, subject: SUBJECT, created: CREATED });
    expect(built.blobs[1]?.bytes).toBe(bytes);
  });

  it('refuses bundles that are not v0.3, hold nothing, or carry a non-JSON statement', () => {
    const v02 = {
      ...dsseBundle(),
      mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.2',
    };
    expect(failure(() => buildReferrerManifest({ bundle: v02, subject: SUBJECT })).message).toBe(
      'Only Sigstore bundles v0.3 are stored as referrers; this one is "application/vnd.dev.sigstore.bundle+json;version=0.2".',
    );
    const empty = { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' };
    expect(failure(() => buildReferrerManifest({ bundle: empty, subject: SUBJECT })).message).toBe(
      'The bundle holds neither a DSSE envelope nor a message signature.',
    );
    const broken = dsseBundle();
    broken.dsseEnvelope.payload = Buffer.from('not json').toString('base64');
    expect(failure(() => buildReferrerManifest({ bundle: broken, subject: SUBJECT })).code).toBe(
      'INPUT_INVALID',
    );
    expect(
      failure(() => buildReferrerManifest({ bundle: Buffer.from('{'), subject: SUBJECT })).message,
    ).toBe('The bundle bytes are not JSON.');
  });

  it('leaves the predicate type out for DSSE payloads that are not in-toto', () => {
    const bundle = dsseBundle();
    bundle.dsseEnvelope.payloadType = 'application/vnd.example+json';
    const built = buildReferrerManifest({ bundle, subject: SUBJECT, created: CREATED });
    expect(built.descriptor.annotations).not.toHaveProperty('dev.sigstore.bundle.predicateType');
  });
});
