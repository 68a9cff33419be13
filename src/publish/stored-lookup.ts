/**
 * What the registry already holds for a subject, and whether one of those entries is a job of
 * this publish done before (a re-run): same artifact type, predicate type, predicate digest and
 * signer. Every entry imprint writes carries the last two as annotations, so they are recognised
 * from the referrers index (or the cosign tag's manifest) alone, without downloading bundles.
 */
import type { AttestationJob, PlanSubject } from '../attest/plan.js';
import {
  DSSE_ENVELOPE_MEDIA_TYPE,
  SIMPLE_SIGNING_MEDIA_TYPE,
  cosignTag,
} from '../attest/storage/cosign-classic.js';
import { sha256Digest } from '../attest/storage/oci.js';
import {
  ANNOTATION_PREDICATE_TYPE,
  SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
} from '../attest/storage/referrer.js';
import { ImprintError, isImprintError } from '../errors.js';
import type { FetchedManifest, RegistryClient } from '../registry/client.js';
import type { Descriptor } from '../registry/manifest.js';
import { listReferrers } from '../registry/referrers.js';

export const ANNOTATION_PREDICATE_DIGEST = 'dev.imprint.predicate.digest';
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
  return { [ANNOTATION_PREDICATE_DIGEST]: job.predicateDigest, [ANNOTATION_SIGNER]: signer };
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
    const found = (await view.referrersOf(subject.digest)).find((descriptor) =>
      isSameReferrer(descriptor, job, signer),
    );
    return found && { manifestDigest: found.digest };
  }
  const tag = cosignTagOf(placement);
  const manifest = await view.cosignManifest(tag);
  if (!manifest) return undefined;
  const layer = layersOf(manifest).find((candidate) => isSameLayer(candidate, job, signer));
  return layer && { manifestDigest: manifest.digest, tag, layerDigest: layer.digest };
}

export function isSameReferrer(
  descriptor: Descriptor,
  job: AttestationJob,
  signer: string,
): boolean {
  const annotations = descriptor.annotations ?? {};
  return (
    descriptor.artifactType === SIGSTORE_BUNDLE_V03_MEDIA_TYPE &&
    annotations[ANNOTATION_PREDICATE_TYPE] === job.predicateType &&
    annotations[ANNOTATION_PREDICATE_DIGEST] === job.predicateDigest &&
    annotations[ANNOTATION_SIGNER] === signer
  );
}

export function isSameLayer(layer: Descriptor, job: AttestationJob, signer: string): boolean {
  const annotations = layer.annotations ?? {};
  if (annotations[ANNOTATION_SIGNER] !== signer) return false;
  if (job.payload.type === 'message') {
    // The simple-signing payload names the image, so its digest is the layer's.
    return (
      layer.mediaType === SIMPLE_SIGNING_MEDIA_TYPE &&
      layer.digest === sha256Digest(job.payload.bytes)
    );
  }
  return (
    layer.mediaType === DSSE_ENVELOPE_MEDIA_TYPE &&
    annotations.predicateType === job.predicateType &&
    annotations[ANNOTATION_PREDICATE_DIGEST] === job.predicateDigest
  );
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
