/**
 * What the verify engine takes and gives: images to verify (with the manifest lines that
 * deploy them), and a report with one verdict per image. Data only.
 */
import type { SourceLocation } from '../ci/log.js';
import type {
  EvidenceProblem,
  EvidenceSource,
  ImageEvidence,
  SignerIdentity,
} from '../policy/evidence.js';
import type { ImageVerdict } from '../policy/verdict.js';

export interface ImageToVerify {
  /** The reference as written. */
  reference: string;
  /** Files and lines that deploy it; empty for images given directly. */
  locations: SourceLocation[];
  /** Found only in a manifest field verify does not model: the field's path. It fails. */
  unmodelled?: string;
}

interface ProvenSummary {
  signer: SignerIdentity;
  source: EvidenceSource;
  location?: string;
  signedAt?: string;
  tlogProven: boolean;
  timestampProven: boolean;
}

export interface SignatureSummary extends ProvenSummary {
  signedDigest: string;
}

export interface AttestationSummary extends ProvenSummary {
  predicateType: string;
  subjectDigests: string[];
}

/** The evidence as the report shows it: who signed what, without predicate bodies (an SBOM can be megabytes). */
export interface EvidenceSummary {
  digest?: string;
  platform?: string;
  signatures: SignatureSummary[];
  attestations: AttestationSummary[];
  problems: EvidenceProblem[];
  platforms?: EvidenceSummary[];
}

export interface ImageResult {
  reference: string;
  locations: SourceLocation[];
  verdict: ImageVerdict;
  /** Checks that fail under `mode: enforce` (in warn mode they are reported as warnings). */
  violations: number;
  evidence?: EvidenceSummary;
}

export interface VerifyReport {
  mode: 'enforce' | 'warn';
  /** No violation on any image (in warn mode too: the step passes, the truth is still told). */
  verified: boolean;
  violations: number;
  images: ImageResult[];
  startedAt: string;
  durationMs: number;
}

export function summariseEvidence(evidence: ImageEvidence): EvidenceSummary {
  const summary: EvidenceSummary = {
    signatures: evidence.signatures.map(({ signer, signedDigest, ...rest }) => ({
      signer,
      signedDigest,
      ...proven(rest),
    })),
    attestations: evidence.attestations.map(
      ({ predicateType, subjectDigests, signer, ...rest }) => ({
        predicateType,
        subjectDigests,
        signer,
        ...proven(rest),
      }),
    ),
    problems: evidence.problems,
  };
  if (evidence.digest !== undefined) summary.digest = evidence.digest;
  if (evidence.platform !== undefined) summary.platform = evidence.platform;
  if (evidence.platforms?.length) summary.platforms = evidence.platforms.map(summariseEvidence);
  return summary;
}

function proven(item: {
  source: EvidenceSource;
  location?: string;
  signedAt?: string | undefined;
  tlogProven: boolean;
  timestampProven: boolean;
}): Omit<ProvenSummary, 'signer'> {
  const result: Omit<ProvenSummary, 'signer'> = {
    source: item.source,
    tlogProven: item.tlogProven,
    timestampProven: item.timestampProven,
  };
  if (item.location !== undefined) result.location = item.location;
  if (item.signedAt !== undefined) result.signedAt = item.signedAt;
  return result;
}
