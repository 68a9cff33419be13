import { createHash } from 'node:crypto';
import {
  descriptorOf,
  EMPTY_CONFIG,
  EMPTY_CONFIG_BYTES,
  formatPlatform,
  MANIFEST_ACCEPT,
  MEDIA_TYPES,
  parseIndex,
  parseManifest,
  platformsOf,
} from '../../../src/registry/manifest.js';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const D3 = `sha256:${'3'.repeat(64)}`;
const bytes = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));

describe('parseManifest', () => {
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: { mediaType: MEDIA_TYPES.ociConfig, digest: D1, size: 10 },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: D2, size: 20 }],
  };

  it('reads an OCI image manifest', () => {
    expect(parseManifest(bytes(manifest))).toEqual({
      kind: 'manifest',
      mediaType: MEDIA_TYPES.ociManifest,
      manifest,
    });
  });

  it('reads a Docker schema 2 manifest whose type comes only from Content-Type', () => {
    const bare: Record<string, unknown> = { ...manifest };
    delete bare.mediaType;
    const parsed = parseManifest(bytes(bare), `${MEDIA_TYPES.dockerManifest}; charset=utf-8`);
    expect(parsed.kind).toBe('manifest');
    expect(parsed.mediaType).toBe(MEDIA_TYPES.dockerManifest);
  });

  it('reads OCI indexes and Docker manifest lists, and tells them apart by shape when untyped', () => {
    const index = {
      schemaVersion: 2,
      manifests: [{ mediaType: MEDIA_TYPES.ociManifest, digest: D1, size: 1 }],
    };
    expect(parseManifest(bytes(index)).kind).toBe('index');
    expect(
      parseManifest(bytes({ ...index, mediaType: MEDIA_TYPES.dockerManifestList })).mediaType,
    ).toBe(MEDIA_TYPES.dockerManifestList);
    expect(parseIndex(bytes(index), 'application/json').manifests).toHaveLength(1);
  });

  it.each([
    ['{not json', 'The manifest is not valid: it is not JSON ('],
    ['[1,2]', 'The manifest is not valid: it is not a JSON object.'],
    [
      '{"schemaVersion":1,"fsLayers":[]}',
      'The manifest is not valid: schemaVersion is 1, expected 2 (schema 1 is not supported).',
    ],
    [
      JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.example+json' }),
      'its media type "application/vnd.example+json" is not an OCI or Docker schema 2 manifest or index.',
    ],
    [
      JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex }),
      `the ${MEDIA_TYPES.ociIndex} has no "manifests" array.`,
    ],
    [
      JSON.stringify({ schemaVersion: 2, config: { mediaType: 'x', digest: D1, size: 1 } }),
      `the ${MEDIA_TYPES.ociManifest} has no "layers" array.`,
    ],
    [
      JSON.stringify({ schemaVersion: 2, config: 'x', layers: [] }),
      'config is not a descriptor object.',
    ],
    [
      JSON.stringify({ schemaVersion: 2, config: { digest: D1, size: 1 }, layers: [] }),
      'config.mediaType is missing.',
    ],
    [
      JSON.stringify({
        schemaVersion: 2,
        config: { mediaType: 'x', digest: 'sha256:zz', size: 1 },
        layers: [],
      }),
      'config.digest is not valid: the digest "sha256:zz" must have 64 lowercase hex characters after "sha256:".',
    ],
    [
      JSON.stringify({
        schemaVersion: 2,
        config: { mediaType: 'x', digest: D1, size: -1 },
        layers: [],
      }),
      'config.size must be a non-negative integer, found -1.',
    ],
    [
      JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'x', digest: D1, size: '3' }] }),
      'manifests[0].size must be a non-negative integer, found "3".',
    ],
    [
      JSON.stringify({
        ...{ schemaVersion: 2, config: { mediaType: 'x', digest: D1, size: 1 }, layers: [] },
        subject: { mediaType: 'x' },
      }),
      'subject.digest is not valid',
    ],
  ])('rejects %s with MANIFEST_INVALID', (text, message) => {
    expect(() => parseManifest(Buffer.from(text))).toThrow(message);
    try {
      parseManifest(Buffer.from(text));
    } catch (error) {
      expect(error).toMatchObject({ code: 'MANIFEST_INVALID' });
    }
  });

  it('parseIndex refuses a manifest', () => {
    expect(() => parseIndex(bytes(manifest))).toThrow(
      `The manifest is not valid: expected an image index, found ${MEDIA_TYPES.ociManifest}.`,
    );
  });
});

describe('platformsOf', () => {
  it('lists runnable platforms and leaves out attestation manifests and untagged entries', () => {
    const index = {
      schemaVersion: 2 as const,
      manifests: [
        {
          mediaType: MEDIA_TYPES.ociManifest,
          digest: D1,
          size: 1,
          platform: { os: 'linux', architecture: 'amd64' },
        },
        {
          mediaType: MEDIA_TYPES.ociManifest,
          digest: D2,
          size: 1,
          platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
        },
        {
          mediaType: MEDIA_TYPES.ociManifest,
          digest: D3,
          size: 1,
          platform: { os: 'unknown', architecture: 'unknown' },
          annotations: {
            'vnd.docker.reference.type': 'attestation-manifest',
            'vnd.docker.reference.digest': D1,
          },
        },
        { mediaType: MEDIA_TYPES.ociManifest, digest: D3, size: 1 },
      ],
    };
    expect(
      platformsOf(index).map((p) => [formatPlatform(p.platform), p.descriptor.digest]),
    ).toEqual([
      ['linux/amd64', D1],
      ['linux/arm64/v8', D2],
    ]);
  });
});

describe('descriptors and constants', () => {
  it('describes bytes by sha256 and size', () => {
    const data = Buffer.from('hello');
    expect(descriptorOf(data, 'text/plain', { annotations: { a: 'b' } })).toEqual({
      mediaType: 'text/plain',
      digest: `sha256:${createHash('sha256').update(data).digest('hex')}`,
      size: 5,
      annotations: { a: 'b' },
    });
  });

  it('EMPTY_CONFIG really is the descriptor of "{}"', () => {
    expect(descriptorOf(EMPTY_CONFIG_BYTES, MEDIA_TYPES.ociEmpty)).toEqual(EMPTY_CONFIG);
  });

  it('accepts OCI and Docker manifests and indexes', () => {
    expect(MANIFEST_ACCEPT.split(', ').sort()).toEqual(
      [
        MEDIA_TYPES.ociManifest,
        MEDIA_TYPES.ociIndex,
        MEDIA_TYPES.dockerManifest,
        MEDIA_TYPES.dockerManifestList,
      ].sort(),
    );
  });
});
