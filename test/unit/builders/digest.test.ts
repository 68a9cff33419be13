import {
  isSha256Digest,
  platformDigestsFromIndex,
  singleDigest,
} from '../../../src/builders/digest.js';

const A = 'sha256:' + 'a'.repeat(64);
const B = 'sha256:' + 'b'.repeat(64);
const C = 'sha256:' + 'c'.repeat(64);

describe('isSha256Digest', () => {
  it('accepts only sha256:<64 lowercase hex>', () => {
    expect(isSha256Digest(A)).toBe(true);
    expect(isSha256Digest('sha256:' + 'A'.repeat(64))).toBe(false);
    expect(isSha256Digest('sha512:' + 'a'.repeat(128))).toBe(false);
    expect(isSha256Digest(42)).toBe(false);
  });
});

describe('singleDigest', () => {
  it('returns the one digest all tags share', () => {
    expect(
      singleDigest(
        new Map([
          ['r/a:1', A],
          ['r/a:2', A],
        ]),
      ),
    ).toBe(A);
  });

  it('fails with DIGEST_MISMATCH naming each tag and digest', () => {
    expect(() =>
      singleDigest(
        new Map([
          ['r/a:1', A],
          ['s/a:1', B],
        ]),
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'DIGEST_MISMATCH',
        message: `the tags of one build were pushed with different digests: r/a:1 → ${A}, s/a:1 → ${B}`,
      }),
    );
  });
});

describe('platformDigestsFromIndex', () => {
  it('maps os/arch[/variant] to digests and skips entries without a platform', () => {
    const index = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        { digest: A, platform: { os: 'linux', architecture: 'amd64' } },
        { digest: B, platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
        { digest: C, annotations: { 'vnd.docker.reference.type': 'attestation-manifest' } },
        { digest: 'sha256:short', platform: { os: 'linux', architecture: 'arm64' } },
      ],
    };
    expect(platformDigestsFromIndex(index)).toEqual({ 'linux/amd64': A, 'linux/arm/v7': B });
  });

  it('fails with MANIFEST_INVALID when there is no manifests array', () => {
    expect(() => platformDigestsFromIndex({ schemaVersion: 2 })).toThrow(
      expect.objectContaining({
        code: 'MANIFEST_INVALID',
        message: 'the pushed index has no "manifests" array',
      }),
    );
    expect(() => platformDigestsFromIndex(null)).toThrow(
      expect.objectContaining({ code: 'MANIFEST_INVALID' }),
    );
  });
});
