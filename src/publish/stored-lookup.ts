/**
 * What the registry already holds for a subject, and whether this publish stored it before (a
 * re-run). Every entry imprint writes carries the predicate's digests and the signer as
 * annotations, so a re-run decides from the referrers index (or the cosign tag's manifest)
 * alone, without downloading bundles.
 *
 * The rule: per subject, signer and predicate type, the NEWEST entry this signer stored counts.
 * When its predicate is the same as this run's, apart from the fields that change on every run
 * (volatile-fields.ts: times, serial numbers, the run attempt), nothing is signed or stored
 * again. Otherwise this run's is new evidence and is stored, even when an older entry said the
 * same: a scan that differs from the newest one is never dropped, and a verifier that takes the
 * newest sees this run's.
 */
import type { AttestationJob, PlanSubject } from '../attest/plan.js';
import {
  DSSE_ENVELOPE_MEDIA_TYPE,
  SIMPLE_SIGNING_MEDIA_TYPE,
  cosignTag,
} from '../attest/storage/cosign-classic.js';
import { sha256Digest } from '../attest/storage/oci.js';
import {
  ANNOTATION_CREATED,
  ANNOTATION_PREDICATE_TYPE,
  SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
} from '../attest/storage/referrer.js';
import { ImprintError, isImprintError } from '../errors.js';
import type { FetchedManifest, RegistryClient } from '../registry/client.js';
import type { Descriptor } from '../registry/manifest.js';
import { listReferrers } from '../registry/referrers.js';

export const ANNOTATION_PREDICATE_DIGEST = 'dev.imprint.predicate.digest';
/** The predicate's digest without its volatile fields (AttestationJob.stableDigest). */
export const ANNOTATION_STABLE_DIGEST = 'dev.imprint.predicate.stable-digest';
export const ANNOTATION_SIGNER = 'dev.imprint.signer';

/** One job attached to one subject. */
export interface Placement {
  job: AttestationJob;
  subject: PlanSubject;
}

/** Where a placement is (or was just put) in the registry. */
export interface Location {
  /** The referrer manifest, or the manifest now at the cosign tag. */
  manifestDigest: string;
  /** cosign classic: the tag and the layer within its manifest. */
  tag?: string;
  layerDigest?: string;
}

/** The annotations imprint adds to every referrer manifest and cosign layer it writes. */
export function imprintAnnotations(job: AttestationJob, signer: string): Record<string, string> {
  return {
    [ANNOTATION_PREDICATE_DIGEST]: job.predicateDigest,
    [ANNOTATION_STABLE_DIGEST]: job.stableDigest,
    [ANNOTATION_SIGNER]: signer,
  };
}

export function cosignTagOf(placement: Placement): string {
  return cosignTag(
    placement.subject.digest,
    placement.job.storage === 'cosign-sig' ? 'sig' : 'att',
  );
}

/** Reads the registry once per subject (referrers) or tag (cosign), however many jobs ask. */
export class RegistryView {
  private readonly referrers = new Map<string, Promise<Descriptor[]>>();
  private readonly tags = new Map<string, Promise<FetchedManifest | undefined>>();

  constructor(
    readonly client: RegistryClient,
    readonly repository: string,
  ) {}

  referrersOf(subjectDigest: string): Promise<Descriptor[]> {
    if (!this.referrers.has(subjectDigest)) {
      this.referrers.set(subjectDigest, listReferrers(this.client, this.repository, subjectDigest));
    }
    return this.referrers.get(subjectDigest)!;
  }

  /** The manifest at a cosign tag, or undefined when the tag does not exist. */
  cosignManifest(tag: string): Promise<FetchedManifest | undefined> {
    if (!this.tags.has(tag)) {
      this.tags.set(
        tag,
        this.client.getManifest(this.repository, tag).catch((error: unknown) => {
          if (isImprintError(error, 'REGISTRY_NOT_FOUND')) return undefined;
          throw error;
        }),
      );
    }
    return this.tags.get(tag)!;
  }

  /** After a write to the tag: read it again next time. */
  forgetTag(tag: string): void {
    this.tags.delete(tag);
  }
}

/** Where this placement already is, if a previous run (or this one) stored it. */
export async function findStored(
  view: RegistryView,
  placement: Placement,
  signer: string,
): Promise<Location | undefined> {
  const { job, subject } = placement;
  if (job.storage === 'referrer') {
    const ours = (await view.referrersOf(subject.digest)).filter((descriptor) =>
      isOwnReferrer(descriptor, job, signer),
    );
    const newest = newestReferrer(ours);
    return newest && isSameReferrer(newest, job, signer)
      ? { manifestDigest: newest.digest }
      : undefined;
  }
  const tag = cosignTagOf(placement);
  const manifest = await view.cosignManifest(tag);
  if (!manifest) return undefined;
  // cosign appends: the last of our layers of this kind is the newest.
  const newest = layersOf(manifest)
    .filter((candidate) => isOwnLayer(candidate, job, signer))
    .at(-1);
  return newest && isSameLayer(newest, job, signer)
    ? { manifestDigest: manifest.digest, tag, layerDigest: newest.digest }
    : undefined;
}

/** A referrer this signer stored for the job's predicate type: the same predicate or not. */
function isOwnReferrer(descriptor: Descriptor, job: AttestationJob, signer: string): boolean {
  const annotations = descriptor.annotations ?? {};
  return (
    descriptor.artifactType === SIGSTORE_BUNDLE_V03_MEDIA_TYPE &&
    annotations[ANNOTATION_PREDICATE_TYPE] === job.predicateType &&
    annotations[ANNOTATION_SIGNER] === signer
  );
}

/** Latest `created` first; on a tie (or none), the one listed last. */
function newestReferrer(descriptors: readonly Descriptor[]): Descriptor | undefined {
  const created = (d: Descriptor) => Date.parse(d.annotations?.[ANNOTATION_CREATED] ?? '') || 0;
  return descriptors.reduce<Descriptor | undefined>(
    (newest, d) => (newest === undefined || created(d) >= created(newest) ? d : newest),
    undefined,
  );
}

/** The entry holds this job's predicate (volatile fields aside), stored by this signer. */
export function isSameReferrer(
  descriptor: Descriptor,
  job: AttestationJob,
  signer: string,
): boolean {
  return isOwnReferrer(descriptor, job, signer) && isSamePredicate(descriptor, job);
}

/**
 * Entries written before the stable digest was annotated are recognised by the full digest,
 * which is equal only when the stable one is too.
 */
function isSamePredicate(entry: Descriptor, job: AttestationJob): boolean {
  const annotations = entry.annotations ?? {};
  return (
    annotations[ANNOTATION_STABLE_DIGEST] === job.stableDigest ||
    annotations[ANNOTATION_PREDICATE_DIGEST] === job.predicateDigest
  );
}

function isOwnLayer(layer: Descriptor, job: AttestationJob, signer: string): boolean {
  const annotations = layer.annotations ?? {};
  if (annotations[ANNOTATION_SIGNER] !== signer) return false;
  if (job.payload.type === 'message') return layer.mediaType === SIMPLE_SIGNING_MEDIA_TYPE;
  return (
    layer.mediaType === DSSE_ENVELOPE_MEDIA_TYPE && annotations.predicateType === job.predicateType
  );
}

export function isSameLayer(layer: Descriptor, job: AttestationJob, signer: string): boolean {
  if (!isOwnLayer(layer, job, signer)) return false;
  // The simple-signing payload names the image, so its digest is the layer's.
  if (job.payload.type === 'message') return layer.digest === sha256Digest(job.payload.bytes);
  return isSamePredicate(layer, job);
}

export function layersOf(manifest: FetchedManifest): Descriptor[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifest.bytes.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const layers = (parsed as { layers?: unknown } | undefined)?.layers;
  if (!Array.isArray(layers)) {
    throw new ImprintError(
      'MANIFEST_INVALID',
      `the manifest ${manifest.digest} at a cosign tag has no layers: it was not written by cosign`,
      {
        hint: 'delete the tag, or use attestation-format: bundle',
      },
    );
  }
  return layers as Descriptor[];
}
