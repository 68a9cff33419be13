/**
 * The referrer backend of the AttestationStore (FORMATS.md §1): Sigstore bundles stored as OCI
 * 1.1 referrers of a subject, found through the referrers API or, on registries without it,
 * the `sha256-<hex>` fallback tag index (registry/referrers.ts keeps both). list: the
 * subject's referrers, once per store; find: the bundle of one listed referrer; put: a batch of
 * bundles as referrers of one subject (one fallback-index update for the batch).
 */
import { ImprintError } from '../../errors.js';
import type { FetchedManifest, RegistryClient } from '../../registry/client.js';
import { type Descriptor, parseManifest } from '../../registry/manifest.js';
import {
  type AttachedReferrer,
  attachReferrers,
  listReferrers,
  type ReferrerToAttach,
} from '../../registry/referrers.js';
import { OCI_EMPTY_MEDIA_TYPE } from './oci.js';
import {
  type BundleJSON,
  buildReferrerManifest,
  SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
} from './referrer.js';
import { checkStorable, readStoredBlob, type StoredBlobs } from './stored-blobs.js';

/** Every Sigstore bundle media type (v0.1 … v0.3) starts so. */
const BUNDLE_ARTIFACT_PREFIX = 'application/vnd.dev.sigstore.bundle';

/** One bundle to attach, with the annotations to add to its manifest's own. */
export interface ReferrerWrite {
  bundle: BundleJSON | Buffer;
  /** The signed image manifest or index. */
  subject: Pick<Descriptor, 'mediaType' | 'digest' | 'size'>;
  annotations?: Record<string, string>;
}

/**
 * The first listing on a registry learns whether it has the referrers API (distribution 2.8
 * answers 404 and the client falls back to the tag schema from then on); listings that start
 * meanwhile wait for that answer instead of each probing the API.
 */
const firstListing = new WeakMap<RegistryClient, Promise<unknown>>();

export class ReferrerBackend {
  private readonly listings = new Map<string, Promise<Descriptor[]>>();

  constructor(
    private readonly client: RegistryClient,
    private readonly repository: string,
    private readonly blobs: StoredBlobs,
  ) {}

  /** The subject's referrers as the registry lists them, read once per store. */
  list(subjectDigest: string): Promise<Descriptor[]> {
    let listing = this.listings.get(subjectDigest);
    if (!listing) {
      listing = this.listOnce(subjectDigest);
      this.listings.set(subjectDigest, listing);
    }
    return listing;
  }

  /** A referrer's manifest (read in full and digest-checked by the client). */
  manifest(digest: string): Promise<FetchedManifest> {
    return this.client.getManifest(this.repository, digest);
  }

  /**
   * The bundle a referrer manifest's layer holds, capped at the one size limit. Not kept: a
   * subject may list many referrers, and each is read once.
   */
  bundle(layer: Descriptor, of: string): Promise<Buffer> {
    const what = `the bundle of ${of}`;
    const blob = { digest: layer.digest, size: layer.size, what };
    return readStoredBlob(this.client, this.repository, blob, this.blobs.budget);
  }

  /**
   * The bundle of the referrer `manifestDigest`, which must be listed among the subject's
   * referrers: one that is not, no verifier would find.
   */
  async find(subjectDigest: string, manifestDigest: string): Promise<Buffer> {
    const listed = (await this.list(subjectDigest)).some((d) => d.digest === manifestDigest);
    if (!listed) {
      throw new ImprintError(
        'VERIFY_FAILED',
        `${manifestDigest} is not listed among the referrers of ${subjectDigest}, so no verifier would find it`,
      );
    }
    const layer = bundleLayerOf(await this.manifest(manifestDigest));
    return this.bundle(layer, `referrer ${manifestDigest}`);
  }

  /**
   * Attaches bundles as referrers of one subject, in the given order; their blobs are pushed
   * first. Returns each manifest's descriptor, in the same order.
   */
  async put(subjectDigest: string, writes: readonly ReferrerWrite[]): Promise<Descriptor[]> {
    const referrers: ReferrerToAttach[] = [];
    for (const write of writes) referrers.push(await this.prepare(write));
    this.listings.delete(subjectDigest);
    const attached: AttachedReferrer[] = await attachReferrers(
      this.client,
      this.repository,
      subjectDigest,
      referrers,
    );
    return attached.map(({ descriptor }) => descriptor);
  }

  private async prepare(write: ReferrerWrite): Promise<ReferrerToAttach> {
    const { mediaType, digest, size } = write.subject;
    const built = buildReferrerManifest({
      bundle: write.bundle,
      subject: { mediaType, digest, size },
    });
    const layer = built.blobs.find((b) => b.mediaType === SIGSTORE_BUNDLE_V03_MEDIA_TYPE)!;
    checkStorable(layer.bytes, `The bundle for ${digest}`);
    const manifest = JSON.parse(built.manifestBytes.toString('utf8')) as {
      annotations: Record<string, string>;
    };
    manifest.annotations = { ...manifest.annotations, ...write.annotations };
    for (const blob of built.blobs) await this.blobs.push(blob);
    return {
      manifestBytes: Buffer.from(JSON.stringify(manifest)),
      mediaType: built.mediaType,
      artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
      annotations: manifest.annotations,
      subject: { mediaType, digest, size },
    };
  }

  private async listOnce(subjectDigest: string): Promise<Descriptor[]> {
    const { client, repository } = this;
    const first = firstListing.get(client);
    if (first) {
      await first.catch(() => undefined);
      return listReferrers(client, repository, subjectDigest);
    }
    const listing = listReferrers(client, repository, subjectDigest);
    firstListing.set(client, listing);
    return listing;
  }
}

export function isBundleType(type: string | undefined): boolean {
  return type?.startsWith(BUNDLE_ARTIFACT_PREFIX) === true;
}

/**
 * A bundle by its listed artifact type, or perhaps one: go-containerregistry's tag-schema
 * fallback before v0.21 (cosign v2.6 `--new-bundle-format`) lists a referrer under its
 * config's media type, the empty descriptor's, with no annotations. Those are looked at.
 */
export function mayHoldBundle(descriptor: Descriptor): boolean {
  const type = descriptor.artifactType;
  return type === undefined || type === OCI_EMPTY_MEDIA_TYPE || isBundleType(type);
}

/** The artifact type a fetched manifest states, if it is a manifest that states one. */
export function artifactTypeOf(fetched: FetchedManifest): string | undefined {
  try {
    const parsed = parseManifest(fetched.bytes, fetched.mediaType);
    return parsed.kind === 'manifest' ? parsed.manifest.artifactType : undefined;
  } catch {
    return undefined; // not a manifest: bundleLayerOf says so
  }
}

/** The bundle layer of a referrer's manifest: the one layer of a bundle media type. */
export function bundleLayerOf(fetched: FetchedManifest): Descriptor {
  const parsed = parseManifest(fetched.bytes, fetched.mediaType);
  const layer =
    parsed.kind === 'manifest'
      ? parsed.manifest.layers.find((l) => l.mediaType.startsWith(BUNDLE_ARTIFACT_PREFIX))
      : undefined;
  if (!layer) {
    throw new ImprintError(
      'VERIFY_FAILED',
      `the artifact holds no ${BUNDLE_ARTIFACT_PREFIX}… layer, so there is no bundle to verify`,
      { hint: 'a Sigstore bundle referrer has one layer holding the bundle JSON (FORMATS.md §1)' },
    );
  }
  return layer;
}
