/** Evidence gathered for one subject digest, and how registry failures become problems. */
import { messageOf } from '../errors.js';
import type {
  EvidenceProblem,
  VerifiedAttestation,
  VerifiedSignature,
} from '../policy/evidence.js';
import type { Classified } from './classify.js';

export interface Collected {
  signatures: VerifiedSignature[];
  attestations: VerifiedAttestation[];
  problems: EvidenceProblem[];
}

export function emptyCollected(): Collected {
  return { signatures: [], attestations: [], problems: [] };
}

export function add(collected: Collected, item: Classified): void {
  if (item.kind === 'signature') collected.signatures.push(item.signature);
  else if (item.kind === 'attestation') collected.attestations.push(item.attestation);
  else collected.problems.push(item.problem);
}

export function merge(into: Collected, from: Collected): void {
  into.signatures.push(...from.signatures);
  into.attestations.push(...from.attestations);
  into.problems.push(...from.problems);
}

/**
 * A registry that could not be read leaves the evidence incomplete: fatal, so the image
 * fails (fail closed). An unreadable newest vulnerability report must not let an older,
 * cleaner one decide. Used for every failure to fetch or read, whatever its type.
 */
export function registryProblem(
  what: string,
  error: unknown,
  subject: EvidenceProblem['subject'] = 'registry',
): EvidenceProblem {
  return { subject, reason: `${what}: ${oneLine(error)}`, fatal: true };
}

/** The message (and hint) of an error on one line, for report cells and annotations. */
export function oneLine(error: unknown): string {
  return messageOf(error).replace(/\s*\n\s*/g, ' ');
}
