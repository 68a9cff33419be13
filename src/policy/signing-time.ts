/**
 * When was a piece of evidence made, as far as anyone can prove. Two times exist:
 * - the proven time (`signedAt`): an RFC 3161 timestamp or a Rekor integrated time under a
 *   verified signed entry timestamp. It proves only that the signature existed by then.
 * - the statement's own time (cosign-vuln `metadata.scanFinishedOn`, SLSA
 *   `runDetails.metadata.finishedOn`), signed by the signer with the rest of the statement.
 *   An old statement re-signed (or re-logged) later keeps its old time.
 * Freshness is judged on the earlier of the two; a time in the future is refused. A key signer
 * with neither log nor timestamp (tlog-upload: false) has no proven time at all: its freshness
 * is the statement's own time, which only the key holder could have written, and which an old
 * statement replayed keeps. Pure.
 */
import {
  PREDICATE_SLSA_V02,
  PREDICATE_SLSA_V1,
  PREDICATE_VULN,
} from '../attest/predicate-types.js';
import { parseTime } from './dates.js';
import type { Proofs, SignerIdentity } from './evidence.js';

/** Clocks of signers, logs and verifiers disagree a little; more than this is refused. */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

type Path = readonly string[];

/** Where each predicate type records when its content was made. */
const STATEMENT_TIME_PATHS: Readonly<Record<string, Path>> = {
  [PREDICATE_VULN]: ['metadata', 'scanFinishedOn'],
  [PREDICATE_SLSA_V1]: ['runDetails', 'metadata', 'finishedOn'],
  [PREDICATE_SLSA_V02]: ['metadata', 'buildFinishedOn'],
};

interface Dated extends Proofs {
  signer?: SignerIdentity;
  predicateType?: string;
  predicate?: unknown;
}

/** The time the statement itself records, when its type has one and it parses. */
export function statementTime(predicateType: string, predicate: unknown): Date | undefined {
  const path = STATEMENT_TIME_PATHS[predicateType];
  if (path === undefined) return undefined;
  let node: unknown = predicate;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' && node !== '' ? parseTime(node) : undefined;
}

/** The proven time, or undefined when nothing proves one. */
function provenTime(evidence: Proofs): Date | undefined {
  return parseTime(evidence.signedAt);
}

/**
 * The time freshness is judged on: the earlier of the proven time and the statement's own
 * time. Without a proven time, a keyless signer's statement time proves nothing (undefined);
 * a key signer's is all there is, and it is what counts.
 */
export function freshnessTime(evidence: Dated): Date | undefined {
  const proven = provenTime(evidence);
  if (proven === undefined)
    return evidence.signer?.kind === 'key' ? statementTimeOf(evidence) : undefined;
  const claimed = statementTimeOf(evidence);
  return claimed !== undefined && claimed < proven ? claimed : proven;
}

/**
 * The time evidence is ordered by ("which is newest"): the freshness time, or for evidence
 * without a proven time the statement's own time (signed, so only its signer could have
 * written it). Undefined when it has neither.
 */
export function orderingTime(evidence: Dated): Date | undefined {
  return freshnessTime(evidence) ?? statementTimeOf(evidence);
}

/** Why a time of this evidence cannot be right (it lies in the future), or undefined. */
export function futureTimeProblem(evidence: Dated, now: Date): string | undefined {
  const limit = now.getTime() + MAX_CLOCK_SKEW_MS;
  const proven = provenTime(evidence);
  if (proven !== undefined && proven.getTime() > limit) {
    return `its signing time ${evidence.signedAt} lies in the future (now ${now.toISOString()}): a log or timestamp authority clock is wrong, or the evidence was forged`;
  }
  const claimed = statementTimeOf(evidence);
  if (claimed !== undefined && claimed.getTime() > limit) {
    return `the time its statement records (${claimed.toISOString()}) lies in the future (now ${now.toISOString()})`;
  }
  return undefined;
}

function statementTimeOf(evidence: Dated): Date | undefined {
  return evidence.predicateType === undefined
    ? undefined
    : statementTime(evidence.predicateType, evidence.predicate);
}
