import {
  planAttestations,
  type PlannedImage,
  AttestationRequests,
} from '../../../src/attest/plan.js';
import { isSameLayer, isSameReferrer } from '../../../src/publish/stored-lookup.js';
import { sha256Digest } from '../../../src/attest/storage/oci.js';

const SUBJECT = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: `sha256:${'d'.repeat(64)}`,
  size: 10,
};
const image: PlannedImage = { repository: 'r.example/a', image: SUBJECT, platforms: [] };
const requests = new AttestationRequests(image);
requests.attest(SUBJECT, 'https://slsa.dev/provenance/v1', { a: 1 });
const [provenance, signature, sig] = [
  ...planAttestations(image, requests.list(), 'bundle'),
  ...planAttestations(image, [], 'cosign-classic'),
];
const att = planAttestations(image, requests.list(), 'cosign-classic')[0]!;

const referrer = (
  annotations: Record<string, string>,
  artifactType = 'application/vnd.dev.sigstore.bundle.v0.3+json',
) => ({
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: `sha256:${'e'.repeat(64)}`,
  size: 1,
  artifactType,
  annotations,
});

describe('recognising a previous run’s referrer', () => {
  const ours = {
    'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1',
    'dev.imprint.predicate.digest': provenance!.predicateDigest,
    'dev.imprint.signer': 'me',
  };

  it('matches on artifact type, predicate type, predicate digest and signer', () => {
    expect(isSameReferrer(referrer(ours), provenance!, 'me')).toBe(true);
  });

  it.each([
    ['another signer', referrer(ours), 'someone else'],
    [
      'another predicate',
      referrer({ ...ours, 'dev.imprint.predicate.digest': `sha256:${'0'.repeat(64)}` }),
      'me',
    ],
    [
      'another predicate type',
      referrer({ ...ours, 'dev.sigstore.bundle.predicateType': 'https://cyclonedx.org/bom' }),
      'me',
    ],
    ['another artifact type', referrer(ours, 'application/vnd.example+json'), 'me'],
    [
      'no imprint annotations (written by another tool)',
      referrer({ 'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1' }),
      'me',
    ],
  ])('does not match %s', (_, descriptor, signer) => {
    expect(isSameReferrer(descriptor, provenance!, signer)).toBe(false);
  });

  it('matches a predicate that differs only in fields that change on every run', () => {
    const rerun = new AttestationRequests(image);
    const withRun = (attempt: number) => ({
      buildDefinition: { buildType: 'b' },
      runDetails: { builder: { id: 'x' }, metadata: { invocationId: `run/attempts/${attempt}` } },
    });
    rerun.attest(SUBJECT, 'https://slsa.dev/provenance/v1', withRun(1));
    rerun.attest(SUBJECT, 'https://slsa.dev/provenance/v1', withRun(2));
    const [first, second] = planAttestations(image, rerun.list(), 'bundle');
    expect(first!.predicateDigest).not.toBe(second!.predicateDigest);
    const stored = referrer({
      ...ours,
      'dev.imprint.predicate.digest': first!.predicateDigest,
      'dev.imprint.predicate.stable-digest': first!.stableDigest,
    });
    expect(isSameReferrer(stored, second!, 'me')).toBe(true);
    expect(isSameReferrer(stored, provenance!, 'me')).toBe(false);
  });

  it('tells the image signature from provenance', () => {
    expect(isSameReferrer(referrer(ours), signature!, 'me')).toBe(false);
  });
});

describe('recognising a previous run’s cosign layer', () => {
  it('.sig: the simple-signing payload of this image, by this signer', () => {
    const payload = sig!.payload.type === 'message' ? sig!.payload.bytes : Buffer.alloc(0);
    const layer = {
      mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
      digest: sha256Digest(payload),
      size: payload.length,
      annotations: { 'dev.imprint.signer': 'me' },
    };
    expect(isSameLayer(layer, sig!, 'me')).toBe(true);
    expect(isSameLayer(layer, sig!, 'other')).toBe(false);
    expect(isSameLayer({ ...layer, digest: `sha256:${'1'.repeat(64)}` }, sig!, 'me')).toBe(false);
  });

  it('.att: the predicate type and digest, by this signer', () => {
    const layer = {
      mediaType: 'application/vnd.dsse.envelope.v1+json',
      digest: `sha256:${'2'.repeat(64)}`,
      size: 3,
      annotations: {
        predicateType: 'https://slsa.dev/provenance/v1',
        'dev.imprint.predicate.digest': att.predicateDigest,
        'dev.imprint.signer': 'me',
      },
    };
    expect(isSameLayer(layer, att, 'me')).toBe(true);
    expect(
      isSameLayer(
        {
          ...layer,
          annotations: { ...layer.annotations, predicateType: 'https://cyclonedx.org/bom' },
        },
        att,
        'me',
      ),
    ).toBe(false);
  });
});
