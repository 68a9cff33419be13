/**
 * The SBOM step: walk the image's layers (several at once), rebuild the final filesystem in
 * layer order, run each cataloger on the files it asked for, and write CycloneDX.
 * Optional extras fail as warnings: a damaged package database costs its own components, never
 * the SBOM. A layer that cannot be read fails the step (LAYER_INVALID / SBOM_FAILED).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImprintError } from '../errors.js';
import { DEFAULT_CATALOGERS } from './catalogers/index.js';
import { buildBom, type ImageSubject } from './cyclonedx.js';
import { MergedFilesystem, SymlinkLoopError } from './filesystem.js';
import type { LayerSource } from './layers.js';
import { licenceLabel } from './licences.js';
import type { Cataloger, CatalogContext, Component, Distro } from './model.js';
import { detailOf } from './detail.js';
import { markInstalledByOs } from './installed-by.js';
import { DEFAULT_MAX_FILE_BYTES, walkLayer, type WalkOptions } from './walk-layer.js';
import { HeldBytes } from './walk-limits.js';

const DEFAULT_LAYER_CONCURRENCY = 3;

export interface GenerateSbomOptions {
  image: ImageSubject;
  /** Bottom layer first, as in the image manifest. */
  layers: readonly LayerSource[];
  /** Layers walked at the same time (default 3). */
  concurrency?: number;
  /** Wanted files bigger than this are skipped with a warning (default 64 MiB). */
  maxFileBytes?: number;
  /** Tar entries per layer before the image is refused (default 1 000 000). */
  maxEntriesPerLayer?: number;
  /** Bytes of wanted files kept across all layers before the image is refused (default 1 GiB). */
  maxHeldBytes?: number;
  /** The document's timestamp (default: now). */
  now?: Date;
  /** Replaces the default cataloger set (tests, or a narrower SBOM). */
  catalogers?: readonly Cataloger[];
  /** Where the catalogers' scratch directory goes: the CI platform's tempRoot (default the system's). */
  tempRoot?: string;
}

export interface SbomStats {
  /** Component count per ecosystem (`deb`, `npm`, …). */
  perEcosystem: Record<string, number>;
  /** Component count per licence (SPDX id, expression or name). */
  licences: Record<string, number>;
  withoutLicence: number;
}

export interface SbomResult {
  /** The image described, and the time written into the documents made from `components`. */
  image: ImageSubject;
  createdAt: Date;
  bom: Record<string, unknown>;
  components: Component[];
  warnings: string[];
  stats: SbomStats;
}

export async function generateSbom(options: GenerateSbomOptions): Promise<SbomResult> {
  if (options.layers.length === 0) {
    throw new ImprintError(
      'SBOM_FAILED',
      `image ${options.image.name}@${options.image.digest} has no layers to catalogue`,
      {
        hint: 'pass the layers of a platform image manifest, not of an index',
      },
    );
  }
  const catalogers = options.catalogers ?? DEFAULT_CATALOGERS;
  const walkOptions: WalkOptions = {
    catalogers,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    held: new HeldBytes(options.maxHeldBytes),
  };
  if (options.maxEntriesPerLayer !== undefined)
    walkOptions.maxEntriesPerLayer = options.maxEntriesPerLayer;
  const scans = await mapLimited(
    options.layers,
    options.concurrency ?? DEFAULT_LAYER_CONCURRENCY,
    (layer) => walkLayer(layer, walkOptions),
  );
  const warnings = scans.flatMap((scan) => scan.warnings);
  const filesystem = MergedFilesystem.fromLayers(scans);
  const components = await runCatalogers(
    catalogers,
    filesystem,
    warnings,
    options.tempRoot ?? tmpdir(),
  );
  const createdAt = options.now ?? new Date();
  const bom = buildBom(components, { image: options.image, now: createdAt });
  return {
    image: options.image,
    createdAt,
    bom,
    components,
    warnings,
    stats: statsOf(components),
  };
}

async function runCatalogers(
  catalogers: readonly Cataloger[],
  filesystem: MergedFilesystem,
  warnings: string[],
  tempRoot: string,
): Promise<Component[]> {
  const tempDir = await mkdtemp(join(tempRoot, 'imprint-sbom-'));
  let distro: Distro | undefined;
  const components: Component[] = [];
  const installedFiles = new Map<string, string>();
  try {
    for (const cataloger of catalogers) {
      const files = filesystem.filesFor(cataloger.name);
      if (files.length === 0) continue;
      const context: CatalogContext = {
        tempDir,
        lookup: (path) => lookupQuietly(filesystem, path, warnings),
      };
      if (distro) context.distro = distro;
      try {
        const result = await cataloger.catalog(files, context);
        components.push(...result.components);
        warnings.push(...result.warnings);
        distro ??= result.distro;
        for (const [path, owner] of result.installedFiles ?? []) installedFiles.set(path, owner);
      } catch (error) {
        warnings.push(
          `${cataloger.name}: cataloger failed, its components are missing: ${detailOf(error)}`,
        );
      }
    }
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
  markInstalledByOs(components, installedFiles);
  return components;
}

function lookupQuietly(filesystem: MergedFilesystem, path: string, warnings: string[]) {
  try {
    return filesystem.lookup(path);
  } catch (error) {
    if (!(error instanceof SymlinkLoopError)) throw error;
    warnings.push(`skipped a lookup: ${error.message}`);
    return undefined;
  }
}

function statsOf(components: readonly Component[]): SbomStats {
  const stats: SbomStats = { perEcosystem: {}, licences: {}, withoutLicence: 0 };
  for (const component of components) {
    stats.perEcosystem[component.ecosystem] = (stats.perEcosystem[component.ecosystem] ?? 0) + 1;
    if (component.licences.length === 0 && component.kind !== 'operating-system')
      stats.withoutLicence += 1;
    for (const licence of component.licences) {
      const label = licenceLabel(licence);
      stats.licences[label] = (stats.licences[label] ?? 0) + 1;
    }
  }
  return stats;
}

/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    // After a failure no new item starts: the caller is about to see the error anyway.
    while (next < items.length && !failed) {
      const index = next++;
      try {
        results[index] = await task(items[index]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
