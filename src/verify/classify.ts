/**
 * A verified bundle becomes evidence: a cosign v3 signature statement (or a cosign classic
 * simple-signing payload) is an image signature, any other in-toto statement an attestation;
 * a bare message signature is neither. Either counts only for
 * the digest its statement names; one made for another digest (a bundle copied onto another
 * image) is a problem, reported, never counted. Pure.
 */
import { PREDICATE_COSIGN_SIGN } from '../attest/predicate-types.js';
import type {
  EvidenceProblem,
  EvidenceSource,
  VerifiedAttestation,
  VerifiedSignature,
} from '../policy/evidence.js';
import type { SignedBy } from './bundles.js';

export type Classified =
  | { kind: 'signature'; signature: VerifiedSignature }
  | { kind: 'attestation'; attestation: VerifiedAttestation }
  | { kind: 'problem'; problem: EvidenceProblem };

export interface Found {
  subjectDigest: string;
  source: EvidenceSource;
  /** The referrer manifest digest or the classic tag, for messages and the report. */
  location: string;
}

export function classify({ verified, signer }: SignedBy, found: Found): Classified {
  const proofs = {
    tlogProven: verified.tlog,
    timestampProven: verified.timestamp,
    ...(verified.signedTime && { signedAt: verified.signedTime.toISOString() }),
  };
  const where = { source: found.source, location: found.location };
  const statement = verified.statement;
  if (statement === undefined) {
    if (verified.payloadType !== undefined) {
      return problem(
        'signature',
        undefined,
        found,
        `the DSSE payload is ${verified.payloadType}, not an in-toto statement, so it says nothing about this image`,
      );
    }
    // Only a cosign simple-signing payload that names this digest is an image signature. A
    // bare message signature over the manifest bytes (`cosign sign-blob` of the manifest) says
    // only that someone signed those bytes, not that they approve the image for deployment.
    if (verified.simpleSigningDigest === found.subjectDigest) {
      return {
        kind: 'signature',
        signature: { signer, signedDigest: found.subjectDigest, ...where, ...proofs },
      };
    }
    return problem(
      'signature',
      undefined,
      found,
      `a plain message signature over the manifest bytes is not an image signature: only a DSSE ${PREDICATE_COSIGN_SIGN} statement or a cosign simple-signing payload naming the digest counts`,
    );
  }
  const subjectDigests = statement.subject.flatMap((subject) =>
    subject.digest.sha256 ? [`sha256:${subject.digest.sha256.toLowerCase()}`] : [],
  );
  const isSignature = statement.predicateType === PREDICATE_COSIGN_SIGN;
  if (!subjectDigests.includes(found.subjectDigest)) {
    return problem(
      isSignature ? 'signature' : 'attestation',
      isSignature ? undefined : statement.predicateType,
      found,
      `its statement is about ${subjectDigests.join(', ') || 'no sha256 digest'}, not this image (${found.subjectDigest}): it was made for another image and copied here`,
    );
  }
  if (isSignature) {
    return {
      kind: 'signature',
      signature: { signer, signedDigest: found.subjectDigest, ...where, ...proofs },
    };
  }
  return {
    kind: 'attestation',
    attestation: {
      predicateType: statement.predicateType,
      predicate: statement.predicate,
      signer,
      subjectDigests,
      ...where,
      ...proofs,
    },
  };
}

/** A bundle that did not verify (or could not be read), as a classified item. */
export function problem(
  subject: 'signature' | 'attestation',
  predicateType: string | undefined,
  found: Pick<Found, 'location'>,
  reason: string,
): Classified {
  return { kind: 'problem', problem: unverified(subject, predicateType, found.location, reason) };
}

/** Something found that does not verify: reported, never counted, never fatal (anyone may attach junk). */
export function unverified(
  subject: 'signature' | 'attestation',
  predicateType: string | undefined,
  location: string,
  reason: string,
): EvidenceProblem {
  // For attestations `about` carries the predicate type: the policy's attestation rule
  // lists the problems of its own type next to its verdict.
  const detail: EvidenceProblem = { subject, reason: `${location}: ${reason}`, fatal: false };
  if (subject === 'attestation' && predicateType !== undefined) detail.about = predicateType;
  return detail;
}
