/**
 * What to sign for a published image, and where each signature goes. Pure: the pinned image
 * and the attestations asked for in, an ordered list of signing jobs out.
 *
 * - The image signature (cosign v3's statement, or cosign v2's simple-signing payload) is made
 *   for the index AND each platform manifest: verifiers that resolve a platform first
 *   (Kubernetes admission on one node, `cosign verify` of a platform digest) find one too.
 * - An attestation is signed once, over all its subjects, and attached to each of them.
 * - Evidence about platforms of an index (an SBOM, a scan) also names the index, after the
 *   platforms: users and admission controllers verify the index digest (`cosign
 *   verify-attestation --type cyclonedx <index>`, Kyverno), and a statement stored only on a
 *   platform manifest is invisible there. The statement's first subject is the manifest it
 *   describes; the index is where it is also found.
 * - Order: attestations first, image signatures last, the index's own signature the very last.
 *   A publish that dies midway then never looks complete to a verifier that requires a
 *   signature: whatever is missing, the signature is missing with it.
 */
import { createHash } from 'node:crypto';
import { json } from '@sigstore/core';
import { ImprintError } from '../errors.js';
import { kindOfPredicate, PREDICATE_COSIGN_SIGN } from './predicate-types.js';
import { buildStatement, cosignSignStatement, imageSubject, type Statement } from './statement.js';
import { simpleSigningPayload } from './storage/cosign-classic.js';
import { withoutVolatileFields } from './volatile-fields.js';

export type AttestationFormat = 'bundle' | 'cosign-classic' | 'both';

/** A manifest (or index) of the published image that signatures point at. */
export interface PlanSubject {
  mediaType: string;
  digest: string;
  size: number;
  /** `linux/amd64` for a platform manifest of an index; absent for the image itself. */
  platform?: string;
}

export interface PlannedImage {
  /** registry/path, no tag: the in-toto subject name and cosign's docker-reference. */
  repository: string;
  /** What the tags point at: the index, or the single manifest. */
  image: PlanSubject;
  /** The platform manifests of an index (empty for a single manifest). */
  platforms: PlanSubject[];
}

/** `referrer`: a Sigstore bundle as an OCI 1.1 referrer; `cosign-sig` / `cosign-att`: cosign v2 tags. */
export type StorageKind = 'referrer' | 'cosign-sig' | 'cosign-att';

export type SigningPayload =
  /** A statement signed as DSSE; `intoto` is the Rekor entry kind cosign v2 `.att` layers use. */
  | { type: 'dsse'; statement: Statement; entryType: 'dsse' | 'intoto' }
  /** Raw bytes in a message signature (cosign v2's simple-signing payload). */
  | { type: 'message'; bytes: Buffer };

export interface AttestationJob {
  /** signature, provenance, sbom, vuln, …: for logs, bundle file names and outputs. */
  kind: string;
  predicateType: string;
  /** sha256 of the canonical JSON of the predicate. */
  predicateDigest: string;
  /**
   * The same without the fields that change on every run (volatile-fields.ts): how a re-run
   * knows it stored this already.
   */
  stableDigest: string;
  payload: SigningPayload;
  storage: StorageKind;
  /** Every subject the one signature is attached to. */
  subjects: PlanSubject[];
}

export interface AttestationRequest {
  kind: string;
  subjects: PlanSubject[];
  predicateType: string;
  predicate: unknown;
}

const KIND_FORM = /^[a-z][a-z0-9-]{0,31}$/;

/**
 * The hook the evidence steps (provenance, SBOM, vulnerability scan) call: each adds the
 * predicates it made, for the subjects they describe; the plan turns them into signing jobs.
 */
export class AttestationRequests {
  private readonly requests: AttestationRequest[] = [];

  constructor(private readonly image: PlannedImage) {}

  attest(
    subjects: PlanSubject | PlanSubject[],
    predicateType: string,
    predicate: unknown,
    kind?: string,
  ): void {
    const list = Array.isArray(subjects) ? subjects : [subjects];
    const name = kind ?? kindOfPredicate(predicateType) ?? 'attestation';
    if (!KIND_FORM.test(name)) {
      throw new ImprintError(
        'INPUT_INVALID',
        `attestation kind "${name}" must be lower-case letters, digits and dashes (it names files)`,
      );
    }
    if (list.length === 0) {
      throw new ImprintError(
        'INPUT_INVALID',
        `the ${name} attestation has no subject: attest it for the image or some of its platforms`,
      );
    }
    const known = new Set(allSubjects(this.image).map((subject) => subject.digest));
    for (const subject of list) {
      if (!known.has(subject.digest)) {
        throw new ImprintError(
          'INPUT_INVALID',
          `the ${name} attestation names ${subject.digest}, which is not a manifest of ${this.image.repository}@${this.image.image.digest}`,
        );
      }
    }
    this.requests.push({ kind: name, subjects: list, predicateType, predicate });
  }

  list(): readonly AttestationRequest[] {
    return [...this.requests];
  }
}

/** The image first, then its platforms. */
export function allSubjects(image: PlannedImage): PlanSubject[] {
  return [image.image, ...image.platforms];
}

export function planAttestations(
  image: PlannedImage,
  requests: readonly AttestationRequest[],
  format: AttestationFormat,
): AttestationJob[] {
  const bundle = format !== 'cosign-classic';
  const classic = format !== 'bundle';
  const jobs: AttestationJob[] = [];
  for (const request of requests) {
    if (bundle) jobs.push(attestationJob(image, request, 'v1'));
    if (classic) jobs.push(attestationJob(image, request, 'v0.1'));
  }
  // Platforms before the index: the signature of what the tags point at is written last.
  const signed = [...image.platforms, image.image];
  if (bundle) jobs.push(...signed.map((subject) => signatureJob(image, subject, 'referrer')));
  if (classic) jobs.push(...signed.map((subject) => signatureJob(image, subject, 'cosign-sig')));
  return jobs;
}

/** The request's subjects, plus the index when they are platforms of it only. */
function attachedSubjects(image: PlannedImage, subjects: PlanSubject[]): PlanSubject[] {
  if (image.platforms.length === 0) return subjects;
  if (subjects.some((subject) => subject.digest === image.image.digest)) return subjects;
  return [...subjects, image.image];
}

/**
 * Whether the job's statement is about this subject, rather than only found on it: false for
 * the index that platform evidence names after the platforms (see above).
 */
export function describes(job: AttestationJob, subject: PlanSubject): boolean {
  const first = job.subjects[0];
  return !(subject.platform === undefined && first?.platform !== undefined);
}

function attestationJob(
  image: PlannedImage,
  request: AttestationRequest,
  version: 'v1' | 'v0.1',
): AttestationJob {
  const subjects = attachedSubjects(image, request.subjects);
  const statement = buildStatement({
    subjects: subjects.map((subject) => imageSubject(image.repository, subject.digest)),
    predicateType: request.predicateType,
    predicate: request.predicate,
    version,
  });
  return {
    kind: request.kind,
    predicateType: request.predicateType,
    predicateDigest: predicateDigest(request.predicate),
    stableDigest: predicateDigest(withoutVolatileFields(request.predicateType, request.predicate)),
    // A dsse entry for `.att` layers too: cosign checks that the logged hash is the sha256 of
    // the layer, which holds for dsse (envelopeHash of the envelope as sent) and for the
    // intoto v0.0.1 entries cosign v2 makes, never for the intoto v0.0.2 @sigstore/sign makes
    // (its hash covers a re-encoded envelope): "matching bundle to payload" in cosign.
    payload: { type: 'dsse', statement, entryType: 'dsse' },
    storage: version === 'v1' ? 'referrer' : 'cosign-att',
    subjects,
  };
}

function signatureJob(
  image: PlannedImage,
  subject: PlanSubject,
  storage: 'referrer' | 'cosign-sig',
): AttestationJob {
  const payload: SigningPayload =
    storage === 'referrer'
      ? { type: 'dsse', statement: cosignSignStatement(subject.digest), entryType: 'dsse' }
      : { type: 'message', bytes: simpleSigningPayload(image.repository, subject.digest) };
  return {
    kind: 'signature',
    predicateType: PREDICATE_COSIGN_SIGN,
    predicateDigest: predicateDigest({}),
    stableDigest: predicateDigest({}),
    payload,
    storage,
    subjects: [subject],
  };
}

/** `sha256:<hex>` of the RFC 8785-style canonical JSON: key order and spacing do not matter. */
export function predicateDigest(predicate: unknown): string {
  return `sha256:${createHash('sha256').update(json.canonicalize(predicate)).digest('hex')}`;
}
