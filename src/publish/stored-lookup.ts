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
  ANNOTATION_ATT_PREDICATE_TYPE,
  ANNOTATION_CREATED,
  ANNOTATION_PREDICATE_DIGEST,
  ANNOTATION_PREDICATE_TYPE,
  ANNOTATION_SIGNER,
  ANNOTATION_STABLE_DIGEST,
} from '../attest/storage/annotations.js';
import type { CosignKind } from '../attest/storage/cosign-backend.js';
import {
  DSSE_ENVELOPE_MEDIA_TYPE,
  SIMPLE_SIGNING_MEDIA_TYPE,
} from '../attest/storage/cosign-classic.js';
import { sha256Digest } from '../attest/storage/oci.js';
import { SIGSTORE_BUNDLE_V03_MEDIA_TYPE } from '../attest/storage/referrer.js';
import type { AttestationStore } from '../attest/storage/store.js';
import type { Descriptor } from '../registry/manifest.js';

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

/** The cosign tag a classic placement is a layer of: `.sig` for the image signature, else `.att`. */
export function cosignKindOf(placement: Placement): CosignKind {
  return placement.job.storage === 'cosign-sig' ? 'sig' : 'att';
}

/** Where this placement already is, if a previous run (or this one) stored it. */
export async function findStored(
  store: AttestationStore,
  placement: Placement,
  signer: string,
): Promise<Location | undefined> {
  const { job, subject } = placement;
  if (job.storage === 'referrer') {
    const ours = (await store.referrers.list(subject.digest)).filter((descriptor) =>
      isOwnReferrer(descriptor, job, signer),
    );
    const newest = newestReferrer(ours);
    return newest && isSameReferrer(newest, job, signer)
      ? { manifestDigest: newest.digest }
      : undefined;
  }
  const contents = await store.cosign.list(subject.digest, cosignKindOf(placement));
  if (!contents) return undefined;
  // cosign appends: the last of our layers of this kind is the newest.
  const newest = contents.layers.filter((candidate) => isOwnLayer(candidate, job, signer)).at(-1);
  return newest && isSameLayer(newest, job, signer)
    ? { manifestDigest: contents.manifest.digest, tag: contents.tag, layerDigest: newest.digest! } // isOwnLayer: a string
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
function isSamePredicate(entry: Partial<Descriptor>, job: AttestationJob): boolean {
  const annotations = entry.annotations ?? {};
  return (
    annotations[ANNOTATION_STABLE_DIGEST] === job.stableDigest ||
    annotations[ANNOTATION_PREDICATE_DIGEST] === job.predicateDigest
  );
}

function isOwnLayer(layer: Partial<Descriptor>, job: AttestationJob, signer: string): boolean {
  const annotations = layer.annotations ?? {};
  if (annotations[ANNOTATION_SIGNER] !== signer || typeof layer.digest !== 'string') return false;
  if (job.payload.type === 'message') return layer.mediaType === SIMPLE_SIGNING_MEDIA_TYPE;
  return (
    layer.mediaType === DSSE_ENVELOPE_MEDIA_TYPE &&
    annotations[ANNOTATION_ATT_PREDICATE_TYPE] === job.predicateType
  );
}

export function isSameLayer(
  layer: Partial<Descriptor>,
  job: AttestationJob,
  signer: string,
): boolean {
  if (!isOwnLayer(layer, job, signer)) return false;
  // The simple-signing payload names the image, so its digest is the layer's.
  if (job.payload.type === 'message') return layer.digest === sha256Digest(job.payload.bytes);
  return isSamePredicate(layer, job);
}
