/**
 * Write a read source (source.ts) to the target repository, in the order that keeps a
 * partial copy consistent: a manifest's blobs, then the manifest; platform manifests, then
 * the index; referrer manifests, then the referrers indexes; the image's tag last. The
 * evidence (referrers, their indexes, cosign tags) is written beside the image's blobs, not
 * after them. Each manifest and blob the target already has (HEAD) is skipped, so a re-run
 * after a failure resumes where it stopped, and a re-run of a finished copy writes nothing.
 */
import { ImprintError, isImprintError } from '../errors.js';
import { addToFallbackIndex, type FallbackWriteOptions } from '../registry/fallback-index.js';
import type { RegistryClient } from '../registry/client.js';
import type { Descriptor } from '../registry/manifest.js';
import { hasReferrersApi, listReferrers } from '../registry/referrers.js';
import { mapLimit } from '../verify/concurrency.js';
import type { CopySource, ManifestNode } from './source.js';

export interface CopyEnds {
  source: { client: RegistryClient; repository: string };
  target: { client: RegistryClient; repository: string };
}

export interface CopyCounts {
  blobsCopied: number;
  blobsMounted: number;
  blobsSkipped: number;
  bytesCopied: number;
  manifestsCopied: number;
  manifestsSkipped: number;
  /** Fallback-index entries written on a target without the referrers API. */
  referrersIndexed: number;
  tagsWritten: number;
}

export interface WriteOptions {
  /** The tag the image gets on the target; none: by digest only. */
  tag?: string;
  /** Blobs moved at once. Default BLOBS_AT_ONCE. */
  concurrency?: number;
  fallback?: FallbackWriteOptions;
  log?: (line: string) => void;
}

/** Blobs moved at once, as crane and oras do by default. */
const BLOBS_AT_ONCE = 4;
/** Tries of one blob transfer (download + upload) that broke off: as the client retries a request. */
const BLOB_ATTEMPTS = 3;
const RETRIED: ReadonlySet<string> = new Set(['REGISTRY_UNREACHABLE', 'REGISTRY_TRANSFER_FAILED']);

function emptyCounts(): CopyCounts {
  return {
    blobsCopied: 0,
    blobsMounted: 0,
    blobsSkipped: 0,
    bytesCopied: 0,
    manifestsCopied: 0,
    manifestsSkipped: 0,
    referrersIndexed: 0,
    tagsWritten: 0,
  };
}

export async function writeCopy(
  ends: CopyEnds,
  source: CopySource,
  options: WriteOptions = {},
): Promise<CopyCounts> {
  const writer = new Writer(ends, options);
  // The evidence moves beside the image's layers: its blobs are small, and the fallback index's
  // confirmation wait (fallback-index.ts) passes while the layers move instead of after them.
  // A registry must accept a referrer before its subject (distribution spec, "Pushing Manifests
  // with Subject"); one that refuses it gets the evidence after the image, as it would have.
  const early = writer.evidence(source).then(
    () => true,
    (error: unknown) => {
      options.log?.(
        `writing the evidence beside the image failed (${(error as Error).message}): writing it after the image`,
      );
      return false;
    },
  );
  let evidenceWritten: boolean;
  try {
    await writer.tree(source.image);
  } finally {
    evidenceWritten = await early; // never leave the evidence running behind a failed image
  }
  if (!evidenceWritten) await writer.evidence(source);
  // The tag last: whoever watches it finds the image's evidence there when it moves.
  if (options.tag) await writer.tag(options.tag, source.image);
  return writer.counts;
}

/**
 * The image alone (an index and its platforms, or one manifest) and its tags: what a publish
 * to several repositories copies from the first to the others. No evidence: each repository
 * gets its own, which names it.
 */
export async function writeImage(
  ends: CopyEnds,
  image: ManifestNode,
  tags: readonly string[],
  options: Pick<WriteOptions, 'concurrency' | 'log'> = {},
): Promise<CopyCounts> {
  const writer = new Writer(ends, options);
  await writer.tree(image);
  for (const tag of tags) await writer.tag(tag, image);
  return writer.counts;
}

class Writer {
  readonly counts = emptyCounts();
  /** Manifests known to be on the target in this run (a platform shared by two trees). */
  private readonly done = new Set<string>();
  private readonly sameRegistry: boolean;

  constructor(
    private readonly ends: CopyEnds,
    private readonly options: WriteOptions,
  ) {
    this.sameRegistry = ends.source.client.registry === ends.target.client.registry;
  }

  /**
   * A manifest and everything under it: first the blobs of every manifest the target lacks
   * (all at once, a few in flight), then those manifests, platforms before their index.
   * What the target has is skipped.
   */
  async tree(root: ManifestNode): Promise<void> {
    const { client, repository } = this.ends.target;
    const claimed: ManifestNode[] = [];
    const missing: ManifestNode[] = [];
    const stored = new Set<ManifestNode>();
    try {
      for (const node of postOrder(root)) {
        if (this.done.has(node.digest)) continue;
        this.done.add(node.digest);
        claimed.push(node);
        if (await client.headManifest(repository, node.digest)) {
          stored.add(node);
          this.counts.manifestsSkipped += 1;
        } else missing.push(node);
      }
      const blobs = new Map(missing.flatMap((node) => node.blobs).map((b) => [b.digest, b]));
      await mapLimit([...blobs.values()], this.options.concurrency ?? BLOBS_AT_ONCE, (blob) =>
        this.blob(blob),
      );
      for (const node of missing) {
        await client.putManifest(repository, node.digest, node.bytes, node.mediaType);
        stored.add(node);
        this.counts.manifestsCopied += 1;
        this.options.log?.(`copied manifest ${node.digest} (${node.mediaType})`);
      }
    } catch (error) {
      // What is not on the target is not done: a later pass (the evidence after the image) writes it.
      for (const node of claimed) if (!stored.has(node)) this.done.delete(node.digest);
      throw error;
    }
  }

  /**
   * The image's evidence: referrer manifests (a subject's before those that refer to it), their
   * subjects' fallback indexes, then the cosign tags. What the target has is skipped.
   */
  async evidence(source: CopySource): Promise<void> {
    for (const group of source.referrers) {
      for (const referrer of group.referrers) await this.tree(referrer.node);
    }
    // Every referrer manifest is there; the subjects' fallback indexes are independent tags, and
    // each write waits out its race guard (fallback-index.ts), so they are written side by side.
    await mapLimit(source.referrers, BLOBS_AT_ONCE, (group) =>
      this.index(
        group.subject,
        group.referrers.map((r) => r.descriptor),
      ),
    );
    for (const classic of source.classic) {
      await this.tree(classic.node);
      await this.tag(classic.tag, classic.node, { refuseOther: true });
    }
  }

  async tag(tag: string, node: ManifestNode, { refuseOther = false } = {}): Promise<void> {
    const { client, repository } = this.ends.target;
    const current = await client.headManifest(repository, tag);
    if (current?.digest === node.digest) return;
    if (current && refuseOther) {
      throw new ImprintError(
        'INPUT_CONFLICT',
        `The target ${client.registry}/${repository}:${tag} already holds ${current.digest}, not the source's ${node.digest}: refusing to replace cosign evidence someone else wrote there.`,
        { hint: 'Delete that tag on the target if it is stale, then copy again.' },
      );
    }
    await client.putManifest(repository, tag, node.bytes, node.mediaType);
    this.counts.tagsWritten += 1;
  }

  /**
   * List the referrers on the target; those missing where the registry has the referrers API
   * appeared when their manifests were pushed. Without it, they go into the fallback index.
   */
  async index(subject: string, descriptors: readonly Descriptor[]): Promise<void> {
    const { client, repository } = this.ends.target;
    const listed = new Set(
      (await listReferrers(client, repository, subject)).map((descriptor) => descriptor.digest),
    );
    const missing = descriptors.filter((descriptor) => !listed.has(descriptor.digest));
    if (missing.length === 0 || hasReferrersApi(client) === true) return;
    await addToFallbackIndex(client, repository, subject, missing, this.options.fallback);
    this.counts.referrersIndexed += missing.length;
  }

  private async blob(blob: Descriptor): Promise<void> {
    const { source, target } = this.ends;
    if (await target.client.hasBlob(target.repository, blob.digest)) {
      this.counts.blobsSkipped += 1;
      return;
    }
    if (
      this.sameRegistry &&
      (await target.client.mountBlob(target.repository, blob.digest, source.repository))
    ) {
      this.counts.blobsMounted += 1;
      return;
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.transfer(blob);
        break;
      } catch (error) {
        // The upload streams straight from the download and cannot be resent: a broken
        // transfer starts over from the source. Wrong bytes and refusals are final.
        if (attempt >= BLOB_ATTEMPTS || !isImprintError(error) || !RETRIED.has(error.code)) {
          throw error;
        }
        this.options.log?.(`copying blob ${blob.digest} again after: ${error.message}`);
      }
    }
    this.counts.blobsCopied += 1;
    this.counts.bytesCopied += blob.size;
  }

  /** Download and upload at once, in one PATCH: no chunk sits in memory. */
  private async transfer(blob: Descriptor): Promise<void> {
    const { source, target } = this.ends;
    const stream = await source.client.getBlob(source.repository, blob.digest);
    // A small blob can arrive, and fail its digest check, before the upload starts reading;
    // the upload still sees the error (the stream stays errored), but it must not go unheard.
    stream.on('error', () => undefined);
    await target.client.pushBlob(target.repository, stream, {
      digest: blob.digest,
      size: blob.size,
      streamVerifiesDigest: true,
      oneRequest: true,
      knownMissing: true,
    });
  }
}

/** Children before parents: the order in which a registry accepts an index. */
function postOrder(node: ManifestNode): ManifestNode[] {
  return [...node.children.flatMap(postOrder), node];
}
