/** The `signer` check: at least `count` policy signers must each match a verified signature. */
import type { ImageEvidence, VerifiedSignature } from '../evidence.js';
import type { Policy } from '../schema.js';
import { type CheckResult, check } from '../verdict.js';
import {
  describeSigner,
  describeSignerIdentity,
  missingProof,
  signerMismatch,
} from './identity.js';

export function checkSigners(policy: Policy, evidence: ImageEvidence): CheckResult {
  const signatures = evidence.signatures.filter(
    (signature) => evidence.digest === undefined || signature.signedDigest === evidence.digest,
  );
  const counted = signatures.filter(
    (signature) => missingProof(signature, policy.trust) === undefined,
  );
  const matched = policy.signers.filter((signer) =>
    counted.some((signature) => signerMismatch(signer, signature.signer) === undefined),
  );
  const expected = describeExpected(policy);
  if (matched.length >= policy.count) {
    return check('signer', 'pass', expected, matched.map(describeSigner).join('; '));
  }
  return check(
    'signer',
    'fail',
    expected,
    describeFound(policy, evidence, signatures),
    hintFor(policy, evidence, signatures),
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
): string {
  const otherDigest = evidence.signatures.length - signatures.length;
  const lines = signatures.map((signature) => {
    const proof = missingProof(signature, policy.trust);
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
  const unverifiable = evidence.problems.some((problem) => problem.subject === 'signature');
  if (signatures.length === 0 && unverifiable) {
    // Signatures are there, but none could be checked: re-signing would not help.
    return 'the signatures found could not be verified under this policy (see found): give the policy the signer that made them (a key, or the keyless identity), or re-sign as the policy expects';
  }
  if (signatures.length === 0) {
    return `sign ${evidence.name}@${evidence.digest ?? '<digest>'} in the pipeline that builds it (imprint publish signs by default), then verify again`;
  }
  if (signatures.some((signature) => missingProof(signature, policy.trust) !== undefined)) {
    return 'sign with a transparency log (Rekor) or a timestamp authority as the policy requires, or relax trust.requireTlog / trust.requireTimestamp';
  }
  return 'sign from the workflow and ref the policy names, or change `signers` if the signing identity moved';
}
