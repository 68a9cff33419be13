/**
 * SBOMs straight from a registry: each platform manifest's layers become LayerSources whose
 * bytes stream from the registry, digest-checked, without a Docker engine.
 */
import { pipeline, Transform } from 'node:stream';
import type { Progress, ProgressFactory } from '../ci/progress.js';
import { ImprintError } from '../errors.js';
import type { RegistryClient } from '../registry/client.js';
import { formatPlatform, parseManifest, platformsOf } from '../registry/manifest.js';
import { type ImageReference, formatReference } from '../registry/reference.js';
import { type SbomResult, generateSbom } from './generate.js';
import type { LayerSource } from './layers.js';

export interface PlatformManifestRef {
  digest: string;
  /** linux/amd64; undefined for a single-platform image. */
  platform?: string;
}

/** The image manifests behind a digest: itself, or every platform of an index. */
export async function platformManifests(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<PlatformManifestRef[]> {
  const fetched = await client.getManifest(repository, digest);
  const parsed = parseManifest(fetched.bytes, fetched.mediaType);
  if (parsed.kind === 'manifest') return [{ digest }];
  return platformsOf(parsed.index).map(({ platform, descriptor }) => ({
    digest: descriptor.digest,
    platform: formatPlatform(platform),
  }));
}

async function layerSources(
  client: RegistryClient,
  repository: string,
  manifestDigest: string,
): Promise<LayerSource[]> {
  const fetched = await client.getManifest(repository, manifestDigest);
  const parsed = parseManifest(fetched.bytes, fetched.mediaType);
  if (parsed.kind !== 'manifest') {
    throw new ImprintError('SBOM_FAILED', `${manifestDigest} is an index, not an image manifest`, {
      hint: 'pick one platform',
    });
  }
  return parsed.manifest.layers.map((layer) => ({
    digest: layer.digest,
    mediaType: layer.mediaType,
    size: layer.size,
    open: () => client.getBlob(repository, layer.digest),
  }));
}

/** The same layers, each stream counted into `progress` as its bytes pass. */
export function countingLayers(layers: readonly LayerSource[], progress: Progress): LayerSource[] {
  return layers.map((layer) => ({
    ...layer,
    open: async () => {
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          progress.advance(chunk.length);
          callback(null, chunk);
        },
      });
      // pipeline carries a registry error on to the reader, and an early stop back to the socket.
      return pipeline(await layer.open(), counter, () => undefined);
    },
  }));
}

export interface SbomForManifestOptions {
  now?: Date;
  /** Reports the layer bytes read; without it nothing is reported. */
  progress?: ProgressFactory;
  /** The job's temp directory (the CI platform's tempRoot); default the system's. */
  tempRoot?: string;
}

export async function sbomForManifest(
  client: RegistryClient,
  image: ImageReference,
  manifest: PlatformManifestRef,
  options: SbomForManifestOptions = {},
): Promise<SbomResult> {
  const name = formatReference({ registry: image.registry, repository: image.repository });
  let layers = await layerSources(client, image.repository, manifest.digest);
  const progress = options.progress?.({
    label: `SBOM ${manifest.platform ?? name}: layers`,
    total: layers.reduce((sum, layer) => sum + (layer.size ?? 0), 0),
    unit: 'bytes',
  });
  if (progress) layers = countingLayers(layers, progress);
  const result = await generateSbom({
    image: {
      name,
      digest: manifest.digest,
      ...(manifest.platform ? { platform: manifest.platform } : {}),
    },
    layers,
    ...(options.now ? { now: options.now } : {}),
    ...(options.tempRoot !== undefined && { tempRoot: options.tempRoot }),
  });
  progress?.done();
  return result;
}
