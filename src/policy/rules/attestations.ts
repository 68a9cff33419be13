/**
 * The `attestation:<type>` check: an attestation counts only if its type matches, its
 * subject digest is the image digest, a policy signer signed it with the proofs `trust`
 * requires, and it is younger than `maxAge`. The newest that counts is the one whose
 * content the sbom / vulnerabilities / provenance rules read.
 */
import { PREDICATE_VULN, predicateTypeMatches } from '../../attest/predicate-types.js';
import { parseTime } from '../dates.js';
import { describeAge, parseDuration } from '../duration.js';
import type { ImageEvidence, VerifiedAttestation } from '../evidence.js';
import type { AttestationRule, Policy } from '../schema.js';
import { freshnessTime, futureTimeProblem, orderingTime } from '../signing-time.js';
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
        `attach a signed ${rule.type} attestation to ${evidence.name}@${evidence.digest ?? '<digest>'} (imprint publish does so for sbom, vuln and provenance, and for your own predicates with predicate-type and predicate-path)`,
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
  const { chosen, tied } = newest(valid);
  if (chosen === undefined) {
    return {
      result: check(
        id,
        'fail',
        expected,
        `${tied.length} ${rule.type} attestations could each be the newest (${tied.map(describeDated).join('; ')}), they say different things, and nothing signed orders them`,
        tiedHint(tied),
      ),
    };
  }
  const age = ageOf(chosen, now);
  const found = `${describeSignerIdentity(chosen.signer)}${chosen.signedAt ? ` at ${chosen.signedAt}` : ''}${age !== undefined ? ` (${describeAge(age)} old)` : ''}`;
  return { result: check(id, 'pass', expected, found), chosen };
}

/**
 * BuildKit writes one SBOM per scan (the final image, and BUILDKIT_SBOM_SCAN_STAGE /
 * _CONTEXT), all under the one index signature that vouches for them: the same signed time, so
 * nothing orders them, and no attestation among them is stale.
 */
function tiedHint(tied: readonly VerifiedAttestation[]): string {
  if (tied.every((attestation) => attestation.source === 'buildkit'))
    return 'BuildKit attached several SBOMs to this platform (BUILDKIT_SBOM_SCAN_STAGE or BUILDKIT_SBOM_SCAN_CONTEXT), all under one index signature, and imprint verify judges one document per platform: build with one SBOM scan, or attest the SBOM with imprint publish';
  return 'remove the stale attestations, or attest with a transparency log or timestamp authority so that each carries a proven time';
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
  return futureTimeProblem(attestation, now) ?? maxAgeProblem(rule, attestation, now);
}

/** Why the attestation is too old for `maxAge`, or cannot be dated at all; undefined if fresh. */
function maxAgeProblem(
  rule: AttestationRule,
  attestation: VerifiedAttestation,
  now: Date,
): string | undefined {
  if (rule.maxAge === undefined) return undefined;
  const age = ageOf(attestation, now);
  if (age === undefined)
    return `it carries no proven signing time${attestation.signer.kind === 'key' ? ' and its statement records none' : ''} to check maxAge ${rule.maxAge} against`;
  if (age > parseDuration(rule.maxAge)!) {
    const made = freshnessTime(attestation)!;
    const signed = attestation.signedAt
      ? `signed ${attestation.signedAt}`
      : 'no log or timestamp proves when it was signed';
    const when =
      made.getTime() === parseTime(attestation.signedAt)?.getTime()
        ? signed
        : `its statement records ${made.toISOString()} (${signed})`;
    return `${when} (${describeAge(age)} ago), older than maxAge ${rule.maxAge}`;
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

/** Age by the freshness time: the earlier of the proven time and the statement's own. */
function ageOf(attestation: VerifiedAttestation, now: Date): number | undefined {
  const time = freshnessTime(attestation);
  return time === undefined ? undefined : now.getTime() - time.getTime();
}

interface Newest {
  chosen?: VerifiedAttestation | undefined;
  /** When no single newest exists: the candidates that could each be it. */
  tied: VerifiedAttestation[];
}

/**
 * The newest by signed time, never by the order the registry listed them in. Evidence with
 * no time at all could be the newest as well as the oldest, so it ties with the newest.
 * A tie between different contents is broken only for vulnerability reports (the one with
 * more findings: an attacker gains nothing by choosing it); otherwise nothing is chosen.
 */
function newest(valid: VerifiedAttestation[]): Newest {
  const time = (a: VerifiedAttestation) => orderingTime(a)?.getTime();
  const times = valid.flatMap((a) => {
    const t = time(a);
    return t === undefined ? [] : [t];
  });
  const top = times.length > 0 ? Math.max(...times) : undefined;
  const contenders = valid.filter((a) => time(a) === undefined || time(a) === top);
  if (contenders.length === 1 || sameContent(contenders))
    return { chosen: contenders[0], tied: [] };
  const byFindings = mostFindings(contenders);
  return byFindings ? { chosen: byFindings, tied: [] } : { tied: contenders };
}

function sameContent(attestations: VerifiedAttestation[]): boolean {
  const first = JSON.stringify(attestations[0]?.predicate);
  return attestations.every((a) => JSON.stringify(a.predicate) === first);
}

function mostFindings(attestations: VerifiedAttestation[]): VerifiedAttestation | undefined {
  if (!attestations.every((a) => a.predicateType === PREDICATE_VULN)) return undefined;
  const counted = attestations.map((a) => ({ a, findings: findingsIn(a.predicate) }));
  const most = Math.max(...counted.map((c) => c.findings));
  const top = counted.filter((c) => c.findings === most);
  return top.length === 1 ? top[0]!.a : undefined;
}

/** Vulnerabilities in a cosign-vuln predicate's Trivy report (Results[].Vulnerabilities). */
function findingsIn(predicate: unknown): number {
  const results = (predicate as { scanner?: { result?: { Results?: unknown } } } | null)?.scanner
    ?.result?.Results;
  if (!Array.isArray(results)) return 0;
  return results.reduce<number>((sum, result) => {
    const found = (result as { Vulnerabilities?: unknown } | null)?.Vulnerabilities;
    return sum + (Array.isArray(found) ? found.length : 0);
  }, 0);
}

function describeDated(attestation: VerifiedAttestation): string {
  const at = orderingTime(attestation);
  return `${describeSignerIdentity(attestation.signer)}${at ? ` at ${at.toISOString()}` : ', no signed time'}`;
}
