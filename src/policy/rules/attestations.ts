/**
 * The `attestation:<type>` check: an attestation counts only if its type matches, its
 * subject digest is the image digest, a policy signer signed it with the proofs `trust`
 * requires, and it is younger than `maxAge`. The newest that counts is the one whose
 * content the sbom / vulnerabilities / provenance rules read.
 */
import { parseTime } from '../dates.js';
import { describeAge, parseDuration } from '../duration.js';
import type { ImageEvidence, VerifiedAttestation } from '../evidence.js';
import { predicateTypeMatches } from '../predicate-types.js';
import type { AttestationRule, Policy } from '../schema.js';
import { type CheckResult, check } from '../verdict.js';
import {
  describeSignerIdentity,
  matchingSigner,
  missingProof,
  signerMismatch,
} from './identity.js';

export interface AttestationSelection {
  result: CheckResult;
  chosen?: VerifiedAttestation;
}

export function selectAttestation(
  policy: Policy,
  rule: AttestationRule,
  evidence: ImageEvidence,
  now: Date,
): AttestationSelection {
  const id = `attestation:${rule.type}`;
  const expected = describeExpected(rule);
  const candidates = evidence.attestations.filter((a) =>
    predicateTypeMatches(rule.type, a.predicateType),
  );
  const problems = evidence.problems
    .filter(
      (p) =>
        p.subject === 'attestation' &&
        (p.about === undefined || predicateTypeMatches(rule.type, p.about)),
    )
    .map((p) => `unverifiable attestation${p.about ? ` ${p.about}` : ''}: ${p.reason}`);
  if (candidates.length === 0) {
    const types = [...new Set(evidence.attestations.map((a) => a.predicateType))];
    const found =
      types.length > 0
        ? `no ${rule.type} attestation; found types: ${types.join(', ')}`
        : 'no attestation at all';
    return {
      result: check(
        id,
        'fail',
        expected,
        [found, ...problems].join('; '),
        `attach a signed ${rule.type} attestation to ${evidence.name}@${evidence.digest ?? '<digest>'} (imprint publish does so for sbom, vuln and provenance)`,
      ),
    };
  }
  const judged = candidates.map((attestation) => ({
    attestation,
    reason: rejection(policy, rule, evidence, attestation, now),
  }));
  const valid = judged
    .filter((entry) => entry.reason === undefined)
    .map((entry) => entry.attestation);
  if (valid.length === 0) {
    const found = judged.map(
      ({ attestation, reason }) => `${describeSignerIdentity(attestation.signer)} — ${reason}`,
    );
    return {
      result: check(
        id,
        'fail',
        expected,
        [...found, ...problems].join('; '),
        hintFor(judged.map((j) => j.reason ?? '')),
      ),
    };
  }
  const chosen = newest(valid);
  const age = ageOf(chosen, now);
  const found = `${describeSignerIdentity(chosen.signer)}${chosen.signedAt ? ` at ${chosen.signedAt}` : ''}${age !== undefined ? ` (${describeAge(age)} old)` : ''}`;
  return { result: check(id, 'pass', expected, found), chosen };
}

function describeExpected(rule: AttestationRule): string {
  const age = rule.maxAge ? `, at most ${rule.maxAge} old` : '';
  return `a ${rule.type} attestation over the image digest, signed by a policy signer${age}`;
}

function rejection(
  policy: Policy,
  rule: AttestationRule,
  evidence: ImageEvidence,
  attestation: VerifiedAttestation,
  now: Date,
): string | undefined {
  if (evidence.digest === undefined || !attestation.subjectDigests.includes(evidence.digest)) {
    return `its subject is ${attestation.subjectDigests.join(', ') || 'empty'}, not the image digest ${evidence.digest ?? '(unresolved)'}`;
  }
  const proof = missingProof(attestation, policy.trust);
  if (proof) return proof;
  if (matchingSigner(policy.signers, attestation.signer) < 0) {
    return (
      policy.signers.map((signer) => signerMismatch(signer, attestation.signer)).find(Boolean) ??
      'no policy signer matches'
    );
  }
  if (rule.maxAge === undefined) return undefined;
  const age = ageOf(attestation, now);
  if (age === undefined)
    return `it carries no proven signing time to check maxAge ${rule.maxAge} against`;
  if (age > parseDuration(rule.maxAge)!) {
    return `signed ${attestation.signedAt} (${describeAge(age)} ago), older than maxAge ${rule.maxAge}`;
  }
  return undefined;
}

function hintFor(reasons: string[]): string {
  if (reasons.some((reason) => reason.includes('older than maxAge'))) {
    return 'attest again (a scheduled pipeline re-scanning the published digest keeps it fresh)';
  }
  if (reasons.some((reason) => reason.includes('not the image digest'))) {
    return 'attest the digest that is deployed: the attestation names another image';
  }
  return 'attest from an identity the policy lists under `signers`, with the proofs `trust` requires';
}

function ageOf(attestation: VerifiedAttestation, now: Date): number | undefined {
  const time = parseTime(attestation.signedAt);
  return time === undefined ? undefined : now.getTime() - time.getTime();
}

function newest(attestations: VerifiedAttestation[]): VerifiedAttestation {
  const time = (a: VerifiedAttestation) => parseTime(a.signedAt)?.getTime() ?? -Infinity;
  return attestations.reduce((best, next) => (time(next) > time(best) ? next : best));
}
