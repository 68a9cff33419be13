/**
 * The cosign-tag backend of the AttestationStore (FORMATS.md §2): signatures and attestations
 * as layers of the subject's `sha256-<hex>.sig` / `.att` manifest. list: the layers at the
 * tag, the manifest read once per store (a 404 means none); find: a layer's blob; put: one
 * layer merged into what the tag holds, written only if the tag did not change meanwhile.
 */
import { ImprintError } from '../../errors.js';
import type { FetchedManifest, RegistryClient } from '../../registry/client.js';
import type { Descriptor } from '../../registry/manifest.js';
import { buildCosignManifest, type CosignLayer, cosignTag } from './cosign-classic.js';
import { checkStorable, type StoredBlobs } from './stored-blobs.js';

export type CosignKind = 'sig' | 'att';

/** What a cosign tag holds: its manifest, and the layers it lists, in order. */
export interface CosignTagContents {
  tag: string;
  manifest: FetchedManifest;
  /** As listed: a layer's index is its position (verify reports it). */
  layers: Partial<Descriptor>[];
}

/** Where a layer was put: the manifest now at the tag, the tag, the layer. */
export interface CosignLocation {
  manifestDigest: string;
  tag: string;
  layerDigest: string;
}

export class CosignTagBackend {
  private readonly manifests = new Map<string, Promise<FetchedManifest | undefined>>();

  constructor(
    private readonly client: RegistryClient,
    private readonly repository: string,
    private readonly blobs: StoredBlobs,
  ) {}

  tag(subjectDigest: string, kind: CosignKind): string {
    return cosignTag(subjectDigest, kind);
  }

  /** The manifest at the subject's tag, read once per store; undefined when there is no tag. */
  manifest(subjectDigest: string, kind: CosignKind): Promise<FetchedManifest | undefined> {
    const tag = this.tag(subjectDigest, kind);
    let manifest = this.manifests.get(tag);
    if (!manifest) {
      manifest = this.client.findManifest(this.repository, tag);
      this.manifests.set(tag, manifest);
    }
    return manifest;
  }

  /** The layers at the subject's tag, or undefined when there is no tag. */
  async list(subjectDigest: string, kind: CosignKind): Promise<CosignTagContents | undefined> {
    const manifest = await this.manifest(subjectDigest, kind);
    if (!manifest) return undefined;
    const tag = this.tag(subjectDigest, kind);
    return { tag, manifest, layers: layersAtTag(manifest, tag) };
  }

  /**
   * A layer's blob (the payload or the DSSE envelope), read once per store and capped at the
   * size the tag's manifest (read through this store) declares for it.
   */
  async find(layerDigest: string, tag: string): Promise<Buffer> {
    return this.blobs.read({
      digest: layerDigest,
      size: await this.declaredSize(tag, layerDigest),
      what: `the layer ${layerDigest} of ${tag}`,
    });
  }

  /** The size the tag's manifest gives the layer; unknown (read up to the limit) otherwise. */
  private async declaredSize(tag: string, layerDigest: string): Promise<unknown> {
    try {
      const manifest = await this.manifests.get(tag);
      return manifest && layersAtTag(manifest, tag).find((l) => l.digest === layerDigest)?.size;
    } catch {
      return undefined; // a tag that cannot be read or parsed is reported where it is read
    }
  }

  /** Why a layer's blob could not be read, if it could not. */
  readError(layerDigest: string): unknown {
    return this.blobs.readError(layerDigest);
  }

  wasUnread(layerDigest: string): boolean {
    return this.blobs.wasUnread(layerDigest);
  }

  /**
   * Adds the layer to the subject's tag, keeping every layer already there (other signers'
   * too, as cosign does). The whole manifest is rewritten, conditional on the tag's ETag so a
   * concurrent writer is not overwritten.
   */
  async put(subjectDigest: string, kind: CosignKind, layer: CosignLayer): Promise<CosignLocation> {
    const tag = this.tag(subjectDigest, kind);
    const existing = await this.manifest(subjectDigest, kind);
    const built = buildCosignManifest([layer], existing?.bytes);
    for (const blob of built.blobs) {
      checkStorable(blob.bytes, `The ${kind} layer for ${subjectDigest}`);
    }
    for (const blob of built.blobs) await this.blobs.push(blob);
    try {
      await this.client.putManifestDetailed(
        this.repository,
        tag,
        built.manifestBytes,
        built.mediaType,
        existing?.etag ? { ifMatch: existing.etag } : {},
      );
    } finally {
      this.manifests.delete(tag); // read it again next time
    }
    return { manifestDigest: built.digest, tag, layerDigest: layer.descriptor.digest };
  }
}

/** The layers a cosign tag's manifest lists; a manifest with none was not written by cosign. */
export function layersAtTag(manifest: FetchedManifest, tag: string): Partial<Descriptor>[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifest.bytes.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const layers = (parsed as { layers?: unknown } | null | undefined)?.layers;
  if (!Array.isArray(layers)) {
    throw new ImprintError(
      'MANIFEST_INVALID',
      `the manifest ${manifest.digest} at ${tag} has no layers: it was not written by cosign`,
      { hint: 'delete the tag, or use attestation-format: bundle' },
    );
  }
  return layers as Partial<Descriptor>[];
}
