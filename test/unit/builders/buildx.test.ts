import { rmSync } from 'node:fs';
import { buildxArguments, parseBuildxMetadata } from '../../../src/builders/buildx.js';
import { validatedBuild } from './build-fixture.js';

const DIGEST = 'sha256:19ffeab6f8bc9293ac2c3fdf94ebe28396254c993aea0b5a542cfb02e0883fa3';
const CONFIG = 'sha256:2937f66a9722f7f4a2df583de2f8cb97fc9196059a410e7f00072fc918930e66';
const INDEX_DIGEST = 'sha256:' + 'a1'.repeat(32);

// The shape documented for `docker buildx build --metadata-file` (docker/buildx
// docs/reference/buildx_build.md, "Write build result metadata to a file").
const SINGLE_PLATFORM_METADATA = {
  'buildx.build.provenance': {},
  'buildx.build.ref': 'mybuilder/mybuilder0/0fjb6ubs52xx3vygf6fgdl611',
  'buildx.build.warnings': {},
  'containerimage.config.digest': CONFIG,
  'containerimage.descriptor': {
    annotations: {
      'config.digest': CONFIG,
      'org.opencontainers.image.created': '2022-02-08T21:28:03Z',
    },
    digest: DIGEST,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    size: 506,
  },
  'containerimage.digest': DIGEST,
};

// A multi-platform push: the descriptor is the index, and there is no config digest.
const MULTI_PLATFORM_METADATA = {
  'buildx.build.ref': 'builder-3f2c/builder-3f2c0/kq2w6x0y8mj1p5n4r7t9v3b6c',
  'containerimage.descriptor': {
    mediaType: 'application/vnd.oci.image.index.v1+json',
    digest: INDEX_DIGEST,
    size: 856,
  },
  'containerimage.digest': INDEX_DIGEST,
  'image.name': '127.0.0.1:5000/team/app:1,127.0.0.1:5000/team/app:latest',
};

describe('buildxArguments', () => {
  it('pushes every platform and tag, without buildx attestations, values as --flag=value', () => {
    const build = validatedBuild({
      platforms: ['linux/amd64', 'linux/arm64'],
      buildArgs: { VERSION: '1.2.3', HOSTILE: '$(touch /tmp/pwned)' },
      labels: { 'org.opencontainers.image.source': 'https://example.com/repo' },
      target: 'release',
    });
    expect(buildxArguments(build, '/tmp/m/metadata.json')).toEqual([
      'buildx',
      'build',
      '--metadata-file=/tmp/m/metadata.json',
      '--provenance=false',
      '--sbom=false',
      '--platform=linux/amd64,linux/arm64',
      `--file=${build.dockerfile}`,
      '--target=release',
      '--build-arg=VERSION=1.2.3',
      '--build-arg=HOSTILE=$(touch /tmp/pwned)',
      '--label=org.opencontainers.image.source=https://example.com/repo',
      '--tag=127.0.0.1:5000/team/app:1',
      '--tag=127.0.0.1:5000/team/app:latest',
      '--push',
      build.context,
    ]);
    rmSync(build.context, { recursive: true });
  });

  it('lets the push use plain http for an insecure registry', () => {
    const build = validatedBuild({ insecureRegistries: ['127.0.0.1:5000'] });
    const args = buildxArguments(build, '/m.json');
    expect(args).toContain('--output=type=image,push=true,registry.insecure=true');
    expect(args).not.toContain('--push');
    expect(args.some((arg) => arg.startsWith('--platform'))).toBe(false);
    rmSync(build.context, { recursive: true });
  });

  it('loads the image into docker when not pushing', () => {
    const build = validatedBuild({ push: false });
    const args = buildxArguments(build, '/m.json');
    expect(args.at(-2)).toBe('--load');
    expect(args).not.toContain('--push');
    rmSync(build.context, { recursive: true });
  });
});

describe('parseBuildxMetadata', () => {
  it('reads the pushed digest, media type and config digest of a single-platform build', () => {
    expect(parseBuildxMetadata(JSON.stringify(SINGLE_PLATFORM_METADATA), 'm.json')).toEqual({
      digest: DIGEST,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      configDigest: CONFIG,
    });
  });

  it('reads the index digest of a multi-platform build', () => {
    expect(parseBuildxMetadata(JSON.stringify(MULTI_PLATFORM_METADATA), 'm.json')).toEqual({
      digest: INDEX_DIGEST,
      mediaType: 'application/vnd.oci.image.index.v1+json',
    });
  });

  it('accepts metadata without a descriptor', () => {
    expect(
      parseBuildxMetadata(JSON.stringify({ 'containerimage.digest': DIGEST }), 'm.json'),
    ).toEqual({
      digest: DIGEST,
    });
  });

  it.each([
    ['not JSON', '{"containerimage.digest": ', 'it is not JSON'],
    ['an array', '[]', 'it is not a JSON object'],
    ['null', 'null', 'it is not a JSON object'],
    [
      'missing the digest',
      JSON.stringify({ 'buildx.build.ref': 'x' }),
      '"containerimage.digest" is missing, expected sha256:<64 hex>',
    ],
    [
      'a malformed digest',
      JSON.stringify({ 'containerimage.digest': 'sha256:abc' }),
      '"containerimage.digest" is "sha256:abc", expected sha256:<64 hex>',
    ],
    [
      'a descriptor for another digest',
      JSON.stringify({
        ...SINGLE_PLATFORM_METADATA,
        'containerimage.descriptor': { digest: INDEX_DIGEST },
      }),
      `"containerimage.descriptor" names "${INDEX_DIGEST}", not ${DIGEST}`,
    ],
  ])('fails with BUILD_METADATA_INVALID on metadata that is %s', (_what, text, problem) => {
    expect(() => parseBuildxMetadata(text, '/tmp/b/metadata.json')).toThrow(
      expect.objectContaining({
        code: 'BUILD_METADATA_INVALID',
        message: expect.stringContaining(
          `buildx metadata file /tmp/b/metadata.json does not tell what was pushed: ${problem}`,
        ),
      }),
    );
  });
});
