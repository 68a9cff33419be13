/**
 * The SBOM of any image, read from its registry (`imprint sbom`): the image resolved to a
 * digest, one platform chosen, its layers catalogued, the catalogue written as CycloneDX 1.6
 * or SPDX 2.3. No Docker engine: the layers stream from the registry, digest-checked.
 */
import type { ProgressFactory } from '../ci/progress.js';
import { ImprintError } from '../errors.js';
import { RegistryPool, type RegistryOptions } from '../registry/pool.js';
import { DEFAULT_TAG, parseReference } from '../registry/reference.js';
import type { SbomResult } from './generate.js';
import { platformManifests, type PlatformManifestRef, sbomForManifest } from './registry-source.js';
import { buildSpdx } from './spdx.js';

export const SBOM_FORMATS = ['cyclonedx', 'spdx'] as const;
export type SbomFormat = (typeof SBOM_FORMATS)[number];

/** The platform chosen from a multi-platform image when none is asked for. */
const DEFAULT_PLATFORM = 'linux/amd64';

export interface ImageSbomRequest {
  /** The image as the user wrote it: a tag (default `latest`) or a digest. */
  image: string;
  format: SbomFormat;
  /** For a multi-platform image; DEFAULT_PLATFORM when omitted. */
  platform?: string;
  registry: RegistryOptions;
  progress?: ProgressFactory;
  /** The job's temp directory (the CI platform's tempRoot); default the system's. */
  tempRoot?: string;
}

export interface ImageSbom {
  /** The CycloneDX or SPDX document, ready for JSON.stringify. */
  document: unknown;
  /** What the catalogue could not read (a layer entry, a package database), for the user. */
  warnings: string[];
}

export async function sbomOfImage(request: ImageSbomRequest): Promise<ImageSbom> {
  const image = parseReference(request.image);
  const pool = new RegistryPool(request.registry);
  try {
    const client = await pool.client(image.registry);
    const digest =
      image.digest ??
      (await client.headManifest(image.repository, image.tag ?? DEFAULT_TAG))?.digest;
    if (!digest) {
      throw new ImprintError(
        'REGISTRY_NOT_FOUND',
        `image ${request.image} does not exist in the registry`,
      );
    }
    const manifest = choosePlatform(
      request.image,
      await platformManifests(client, image.repository, digest),
      request.platform,
    );
    const result = await sbomForManifest(client, image, manifest, {
      ...(request.progress && { progress: request.progress }),
      ...(request.tempRoot !== undefined && { tempRoot: request.tempRoot }),
    });
    return { document: documentOf(result, request.format), warnings: result.warnings };
  } finally {
    await pool.close();
  }
}

/** Pure: the asked platform, else linux/amd64 of an index, else the one manifest there is. */
export function choosePlatform(
  imageText: string,
  manifests: readonly PlatformManifestRef[],
  asked: string | undefined,
): PlatformManifestRef {
  const wanted = asked ?? (manifests.length > 1 ? DEFAULT_PLATFORM : undefined);
  const manifest =
    wanted === undefined
      ? manifests[0]
      : manifests.find((candidate) => candidate.platform === wanted);
  if (!manifest) {
    throw new ImprintError('INPUT_INVALID', `image ${imageText} has no platform ${wanted ?? ''}`, {
      hint: `choose one with --platform: ${manifests.map((candidate) => candidate.platform).join(', ')}`,
    });
  }
  return manifest;
}

/** The catalogue as the format asked for: the CycloneDX document is made already. */
function documentOf(result: SbomResult, format: SbomFormat): unknown {
  if (format === 'cyclonedx') return result.bom;
  return buildSpdx(result.components, { image: result.image, now: result.createdAt });
}
