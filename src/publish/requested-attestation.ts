/**
 * An attestation a publish is asked to make, as data: the predicate, and the digests of the
 * manifests it is about. The evidence steps (SBOM, scan) and callers of the run hand a list of
 * these to the attest step, which looks each digest up in the planned image (the descriptors
 * need its size and media type) once the image is fetched. Data rather than a callback: what
 * will be attested can be read, logged and tested before anything is signed.
 */
import {
  allSubjects,
  type AttestationRequests,
  type PlannedImage,
  type PlanSubject,
} from '../attest/plan.js';
import { ImprintError } from '../errors.js';

export interface RequestedAttestation {
  predicateType: string;
  predicate: unknown;
  /** The manifests it is about, by digest: the image's own, or some of its platforms'. */
  subjects: readonly string[];
  /** Names bundle files and outputs (sbom, vuln, …); undefined: named after the predicate type. */
  kind?: string;
}

/** Adds each requested attestation, in order, for the subjects its digests name. */
export function addRequested(
  requests: AttestationRequests,
  image: PlannedImage,
  requested: readonly RequestedAttestation[],
): void {
  for (const { predicateType, predicate, subjects, kind } of requested) {
    const planned = subjects.map((digest) => subjectByDigest(image, digest));
    requests.attest(planned, predicateType, predicate, kind);
  }
}

/** The manifest of the planned image with this digest (the attestation needs its size and type). */
function subjectByDigest(image: PlannedImage, digest: string): PlanSubject {
  const subject = allSubjects(image).find((candidate) => candidate.digest === digest);
  if (!subject) {
    throw new ImprintError(
      'INTERNAL',
      `${digest} is not a manifest of ${image.repository}@${image.image.digest}: the pin and the plan disagree`,
    );
  }
  return subject;
}
