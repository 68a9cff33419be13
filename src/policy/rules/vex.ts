/**
 * The VEX a `vulnerabilities` rule may read: OpenVEX attestations about the image, signed by a
 * signer its `vex.signers` names, with the proofs `trust` requires. Anything else found is not
 * counted and says why (a `warn` check): VEX from anyone else, an unparseable document, an
 * attestation over another image. What the statements then resolve is scan/vex-resolution.ts.
 */
import { PREDICATE_OPENVEX, predicateTypeMatches } from '../../attest/predicate-types.js';
import { messageOf } from '../../errors.js';
import { parseOpenVex } from '../../scan/openvex.js';
import type { SourcedStatement, VexImage } from '../../scan/vex-resolution.js';
import type { ImageEvidence, VerifiedAttestation } from '../evidence.js';
import type { Policy, Signer, VulnerabilityRules } from '../schema.js';
import { futureTimeProblem } from '../signing-time.js';
import { type CheckResult, check } from '../verdict.js';
import { describeSignerIdentity, matchingSigner, missingProof } from './identity.js';

/** The image a platform manifest belongs to: its VEX counts for each platform too. */
export interface ParentImage {
  digest: string;
  attestations: readonly VerifiedAttestation[];
}

export interface VexEvidence {
  image: VexImage;
  statements: SourcedStatement[];
  /** One `warn` per VEX attestation not counted. */
  ignored: CheckResult[];
}

export function gatherVex(
  policy: Policy,
  rules: VulnerabilityRules,
  evidence: ImageEvidence,
  now: Date,
  parent?: ParentImage,
): VexEvidence {
  const digests = [evidence.digest, parent?.digest].filter((d): d is string => d !== undefined);
  const found = [...evidence.attestations, ...(parent?.attestations ?? [])].filter((a) =>
    predicateTypeMatches(PREDICATE_OPENVEX, a.predicateType),
  );
  const gathered: VexEvidence = {
    image: { name: evidence.name, digests },
    statements: [],
    ignored: [],
  };
  for (const [index, attestation] of found.entries()) {
    const reason = notCounted(policy, rules, attestation, digests, now);
    const signer = describeSignerIdentity(attestation.signer);
    if (reason !== undefined) {
      gathered.ignored.push(ignoredCheck(index, signer, reason, rules));
      continue;
    }
    try {
      const document = parseOpenVex(attestation.predicate, `the VEX attestation ${signer}`);
      for (const statement of document.statements)
        gathered.statements.push({ statement, documentId: document.id, signer });
    } catch (error) {
      gathered.ignored.push(ignoredCheck(index, signer, messageOf(error), rules));
    }
  }
  return gathered;
}

function notCounted(
  policy: Policy,
  rules: VulnerabilityRules,
  attestation: VerifiedAttestation,
  digests: readonly string[],
  now: Date,
): string | undefined {
  if (!attestation.subjectDigests.some((digest) => digests.includes(digest))) {
    return `its subject is ${attestation.subjectDigests.join(', ') || 'empty'}, not this image`;
  }
  const signers = rules.vex?.signers;
  if (signers === undefined) return 'the policy names no VEX signers (vulnerabilities.vex.signers)';
  if (matchingSigner(signers, attestation.signer) < 0)
    return 'the signer is not among vulnerabilities.vex.signers';
  return missingProof(attestation, policy.trust) ?? futureTimeProblem(attestation, now);
}

function ignoredCheck(
  index: number,
  signer: string,
  reason: string,
  rules: VulnerabilityRules,
): CheckResult {
  return check(
    `vulnerabilities.vex.ignored:${index + 1}`,
    'warn',
    rules.vex
      ? 'VEX signed by a VEX signer the policy names'
      : 'no VEX (the policy names no VEX signers)',
    `VEX attestation ${signer} ignored: ${reason}; it clears nothing`,
    'have VEX issued by an identity listed under vulnerabilities.vex.signers, or remove the attestation',
  );
}

/** Every signer a policy names, VEX signers included: the keys verify must load. */
export function everySigner(policy: Policy): Signer[] {
  const vex = policy.attestations.flatMap((rule) => rule.vulnerabilities?.vex?.signers ?? []);
  return [...policy.signers, ...vex];
}
