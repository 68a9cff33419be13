/**
 * Images as `docker buildx build --sbom=true` (and docker/build-push-action `sbom: true`) push
 * them, without buildx: BuildKit's documented attestation storage (moby/buildkit
 * docs/attestations/attestation-storage.md and sbom.md, see test/fixtures/buildkit/README.md).
 * An OCI index of platform images, then per platform an attestation manifest (OCI artifact
 * form: artifactType application/vnd.docker.attestation.manifest.v1+json, the empty config,
 * `subject` the platform manifest) listed with platform unknown/unknown and the
 * `vnd.docker.reference.*` annotations; its layers are in-toto statements, an SPDX SBOM (the
 * buildkit-syft-scanner document of the fixtures) and BuildKit's provenance (mode=min).
 * Tests change one part through `BuildKitIndexOptions` to make an attacker's variant.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegistryClient } from '../../src/registry/client.js';
import { type Descriptor, descriptorOf, MEDIA_TYPES } from '../../src/registry/manifest.js';

export const BUILDKIT_FIXTURES = join('test', 'fixtures', 'buildkit');
export const SPDX_DOCUMENT = 'https://spdx.dev/Document';
const SLSA_V02 = 'https://slsa.dev/provenance/v0.2';
const IN_TOTO_LAYER = 'application/vnd.in-toto+json';
const ATTESTATION_ARTIFACT = 'application/vnd.docker.attestation.manifest.v1+json';

/** The SPDX 2.3 document buildkit-syft-scanner wrote for the fixture rootfs (README.md). */
export function buildKitSpdx(): Record<string, unknown> {
  return JSON.parse(
    readFileSync(join(BUILDKIT_FIXTURES, 'syft-scanner-alpine.spdx.json'), 'utf8'),
  ) as Record<string, unknown>;
}

/** BuildKit's SBOM statement about one platform image (sbom.md, "Output"). */
export function buildKitStatement(options: {
  image: string;
  platform: string;
  digest: string;
  predicate?: unknown;
  predicateType?: string;
}): Record<string, unknown> {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    predicateType: options.predicateType ?? SPDX_DOCUMENT,
    subject: [
      {
        name: `pkg:docker/${options.image}?platform=${encodeURIComponent(options.platform)}`,
        digest: { sha256: options.digest.slice('sha256:'.length) },
      },
    ],
    predicate: options.predicate ?? buildKitSpdx(),
  };
}

/** The provenance BuildKit adds by default (mode=min), trimmed to what identifies it. */
function provenanceStatement(image: string, platform: string, digest: string) {
  return buildKitStatement({
    image,
    platform,
    digest,
    predicateType: SLSA_V02,
    predicate: {
      builder: { id: '' },
      buildType: 'https://mobyproject.org/buildkit@v1',
      invocation: { configSource: { entryPoint: 'Dockerfile' } },
      metadata: { buildFinishedOn: '2026-12-06T20:00:00Z', completeness: {} },
    },
  });
}

export interface BuildKitIndexOptions {
  /** The SBOM statement of a platform (default: the fixture SPDX about that platform's digest). */
  sbomStatement?: (platform: PlatformImage, image: string) => unknown;
}

export interface PlatformImage {
  platform: string;
  descriptor: Descriptor;
}

export interface BuildKitIndex {
  repository: string;
  /** host/repository:tag */
  reference: string;
  /** host/repository@digest */
  pinned: string;
  digest: string;
  descriptor: Descriptor;
  platforms: PlatformImage[];
  /** The attestation manifest of each platform, in the same order. */
  attestationManifests: Descriptor[];
}

const PLATFORMS = [
  { os: 'linux', architecture: 'amd64' },
  { os: 'linux', architecture: 'arm64' },
];

export async function pushBuildKitIndex(
  client: RegistryClient,
  repository: string,
  tag: string,
  options: BuildKitIndexOptions = {},
): Promise<BuildKitIndex> {
  const image = `${client.registry}/${repository}:${tag}`;
  const platforms: PlatformImage[] = [];
  for (const platform of PLATFORMS) {
    platforms.push({
      platform: `${platform.os}/${platform.architecture}`,
      descriptor: await pushPlatformImage(client, repository, platform),
    });
  }
  const attestationManifests: Descriptor[] = [];
  for (const platform of platforms) {
    const sbom = options.sbomStatement?.(platform, image) ?? defaultSbom(platform, image);
    const provenance = provenanceStatement(image, platform.platform, platform.descriptor.digest);
    attestationManifests.push(
      await pushAttestationManifest(client, repository, platform.descriptor, [
        { statement: sbom, predicateType: SPDX_DOCUMENT },
        { statement: provenance, predicateType: SLSA_V02 },
      ]),
    );
  }
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [
        ...platforms.map(({ descriptor }, i) => ({ ...descriptor, platform: PLATFORMS[i] })),
        ...attestationManifests.map((descriptor, i) => ({
          ...descriptor,
          annotations: {
            'vnd.docker.reference.digest': platforms[i]!.descriptor.digest,
            'vnd.docker.reference.type': 'attestation-manifest',
          },
          platform: { architecture: 'unknown', os: 'unknown' },
        })),
      ],
    }),
  );
  const digest = await client.putManifest(repository, tag, index, MEDIA_TYPES.ociIndex);
  return {
    repository,
    reference: image,
    pinned: `${client.registry}/${repository}@${digest}`,
    digest,
    descriptor: { mediaType: MEDIA_TYPES.ociIndex, digest, size: index.length },
    platforms,
    attestationManifests,
  };
}

function defaultSbom(platform: PlatformImage, image: string) {
  return buildKitStatement({
    image,
    platform: platform.platform,
    digest: platform.descriptor.digest,
  });
}

async function pushPlatformImage(
  client: RegistryClient,
  repository: string,
  platform: { os: string; architecture: string },
): Promise<Descriptor> {
  const config = Buffer.from(
    JSON.stringify({ ...platform, rootfs: { type: 'layers', diff_ids: [] } }),
  );
  const layer = randomBytes(256);
  await client.pushBlob(repository, config);
  await client.pushBlob(repository, layer);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: descriptorOf(config, MEDIA_TYPES.ociConfig),
      layers: [descriptorOf(layer, 'application/vnd.oci.image.layer.v1.tar+gzip')],
    }),
  );
  const digest = await client.putManifest(
    repository,
    `sha256:${sha256Hex(manifest)}`,
    manifest,
    MEDIA_TYPES.ociManifest,
  );
  return { mediaType: MEDIA_TYPES.ociManifest, digest, size: manifest.length };
}

async function pushAttestationManifest(
  client: RegistryClient,
  repository: string,
  subject: Descriptor,
  statements: { statement: unknown; predicateType: string }[],
): Promise<Descriptor> {
  const empty = Buffer.from('{}');
  await client.pushBlob(repository, empty);
  const layers: Descriptor[] = [];
  for (const { statement, predicateType } of statements) {
    const bytes = Buffer.from(JSON.stringify(statement));
    await client.pushBlob(repository, bytes);
    layers.push(
      descriptorOf(bytes, IN_TOTO_LAYER, {
        annotations: { 'in-toto.io/predicate-type': predicateType },
      }),
    );
  }
  const manifest = Buffer.from(
    JSON.stringify({
      mediaType: MEDIA_TYPES.ociManifest,
      schemaVersion: 2,
      artifactType: ATTESTATION_ARTIFACT,
      config: { ...descriptorOf(empty, MEDIA_TYPES.ociEmpty), data: 'e30=' },
      layers,
      subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    }),
  );
  const digest = await client.putManifest(
    repository,
    `sha256:${sha256Hex(manifest)}`,
    manifest,
    MEDIA_TYPES.ociManifest,
  );
  return { mediaType: MEDIA_TYPES.ociManifest, digest, size: manifest.length };
}

function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
