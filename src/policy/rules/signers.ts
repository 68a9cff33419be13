/**
 * The `signer` check: at least `count` policy signer entries must each be filled by a
 * different party's verified signature (signer-matching.ts).
 */
import type { ImageEvidence, VerifiedSignature } from '../evidence.js';
import type { Policy } from '../schema.js';
import { futureTimeProblem } from '../signing-time.js';
import { type CheckResult, check } from '../verdict.js';
import { matchSigners } from './signer-matching.js';
import {
  describeSigner,
  describeSignerIdentity,
  missingProof,
  signerMismatch,
} from './identity.js';

export function checkSigners(policy: Policy, evidence: ImageEvidence, now: Date): CheckResult {
  const signatures = evidence.signatures.filter(
    (signature) => evidence.digest === undefined || signature.signedDigest === evidence.digest,
  );
  const notCounted = (signature: VerifiedSignature) =>
    missingProof(signature, policy.trust) ?? futureTimeProblem(signature, now);
  const counted = signatures.filter((signature) => notCounted(signature) === undefined);
  const { pairs } = matchSigners(policy.signers, counted);
  const expected = describeExpected(policy);
  if (pairs.length >= policy.count) {
    const filled = pairs.map(({ signer }) => describeSigner(policy.signers[signer]!));
    return check('signer', 'pass', expected, filled.join('; '));
  }
  const shortfall =
    pairs.length > 0
      ? `only ${pairs.length} distinct signer(s) fill a policy entry, ${policy.count} needed (one signer, or copies of one signature, count once); `
      : '';
  return check(
    'signer',
    'fail',
    expected,
    `${shortfall}${describeFound(policy, evidence, signatures, notCounted)}`,
    pairs.length > 0
      ? `have ${policy.count} different signers among those the policy lists sign ${evidence.name}@${evidence.digest ?? '<digest>'}`
      : hintFor(policy, evidence, signatures),
  );
}

function describeExpected(policy: Policy): string {
  const list = policy.signers.map(describeSigner);
  if (policy.signers.length === 1) return `signed by ${list[0]}`;
  return `signed by at least ${policy.count} of: ${list.join(' | ')}`;
}

function describeFound(
  policy: Policy,
  evidence: ImageEvidence,
  signatures: VerifiedSignature[],
  notCounted: (signature: VerifiedSignature) => string | undefined,
): string {
  const otherDigest = evidence.signatures.length - signatures.length;
  const lines = signatures.map((signature) => {
    const proof = notCounted(signature);
    const reasons = policy.signers.map((signer) => signerMismatch(signer, signature.signer));
    const why = proof ?? reasons.find((reason) => reason !== undefined);
    return `${describeSignerIdentity(signature.signer)}${why ? ` — ${why}` : ''}`;
  });
  if (otherDigest > 0)
    lines.push(`${otherDigest} signature(s) over another digest, not ${evidence.digest}`);
  const unverified = evidence.problems.filter((problem) => problem.subject === 'signature');
  for (const problem of unverified) {
    lines.push(
      `unverifiable signature${problem.about ? ` ${problem.about}` : ''}: ${problem.reason}`,
    );
  }
  return lines.length > 0 ? lines.join('; ') : 'no signature found';
}

function hintFor(policy: Policy, evidence: ImageEvidence, signatures: VerifiedSignature[]): string {
  if (signatures.length === 0) {
    return `sign ${evidence.name}@${evidence.digest ?? '<digest>'} in the pipeline that builds it (imprint publish signs by default), then verify again`;
  }
  if (signatures.some((signature) => missingProof(signature, policy.trust) !== undefined)) {
    return 'sign with a transparency log (Rekor) or a timestamp authority as the policy requires, or relax trust.requireTlog / trust.requireTimestamp';
  }
  return 'sign from the workflow and ref the policy names, or change `signers` if the signing identity moved';
}
