/**
 * Policy evaluation, pure: a policy and the verified evidence for one image in, a verdict
 * with one result per rule out. Fail closed: a rule that cannot be evaluated fails.
 */
import { describesPlatformImage } from '../attest/predicate-types.js';
import { messageOf } from '../errors.js';
import type { ImageEvidence, VerifiedAttestation } from './evidence.js';
import {
  checkAllowed,
  checkDigestPinned,
  checkResolved,
  excludedBy,
  exceptionChecks,
  findExceptions,
} from './rules/images.js';
import { selectAttestation } from './rules/attestations.js';
import { checkConditions, conditionCheckId } from './rules/conditions.js';
import { checkProvenance } from './rules/provenance.js';
import { checkSbom } from './rules/sbom.js';
import { checkSigners } from './rules/signers.js';
import { type TrivyReportParser, checkVulnerabilities } from './rules/vulnerabilities.js';
import { type ParentImage, gatherVex } from './rules/vex.js';
import type { AttestationRule, Policy } from './schema.js';
import {
  type CheckResult,
  type ImageVerdict,
  check,
  downgrade,
  outcomeOf,
  worst,
} from './verdict.js';

export interface EvaluateOptions {
  now: Date;
  /** Reads the Trivy report inside a cosign-vuln predicate (src/scan/trivy-report.ts). */
  parseTrivyReport?: TrivyReportParser;
}

export function evaluatePolicy(
  policy: Policy,
  evidence: ImageEvidence,
  options: EvaluateOptions,
  parent?: ParentImage,
): ImageVerdict {
  const exclusion = excludedBy(policy, evidence);
  if (exclusion !== undefined) {
    const checks = [
      check(
        'image.excluded',
        'skipped',
        'an image the policy covers',
        `${evidence.name} matches images.exclude ${exclusion}`,
      ),
    ];
    return verdict(evidence, 'pass', checks);
  }
  let checks = safely(() => ruleChecks(policy, evidence, options, parent));
  const exceptions = findExceptions(policy, evidence, options.now);
  if (exceptions.active) {
    checks = downgrade(
      checks,
      `waived until ${exceptions.active.expires}: ${exceptions.active.reason}`,
    );
  }
  checks.push(...exceptionChecks(exceptions));
  if (policy.mode === 'warn')
    checks = downgrade(checks, 'policy mode is warn: reported, not enforced');
  // VEX about the index speaks for each of its platforms.
  const self: ParentImage | undefined =
    evidence.digest === undefined
      ? undefined
      : { digest: evidence.digest, attestations: evidence.attestations };
  const platforms = (evidence.platforms ?? []).map((platform) =>
    evaluatePolicy(policy, platform, options, self),
  );
  const outcome = worst([outcomeOf(checks), ...platforms.map((p) => p.outcome)]);
  const result = verdict(evidence, outcome, checks);
  if (platforms.length > 0) result.platforms = platforms;
  return result;
}

function ruleChecks(
  policy: Policy,
  evidence: ImageEvidence,
  options: EvaluateOptions,
  parent: ParentImage | undefined,
): CheckResult[] {
  const checks: CheckResult[] = [];
  const push = (result: CheckResult | undefined) => result && checks.push(result);
  push(checkAllowed(policy, evidence));
  push(checkResolved(evidence));
  push(checkDigestPinned(policy, evidence));
  for (const problem of evidence.problems) {
    // Fatal: the evidence is incomplete. Otherwise: something unverifiable sits on the
    // image; it does not count, and the report says so.
    const hint = problem.fatal
      ? 'fix the cause and verify again: a policy is not evaluated on partial evidence'
      : 'remove or re-create what cannot be verified; it was not counted';
    checks.push(
      check(
        `evidence.${problem.subject}`,
        problem.fatal ? 'fail' : 'warn',
        `${problem.subject} evidence that verifies`,
        `${problem.about ? `${problem.about}: ` : ''}${problem.reason}`,
        hint,
      ),
    );
  }
  checks.push(checkSigners(policy, evidence, options.now));
  const isIndex = (evidence.platforms?.length ?? 0) > 0;
  for (const rule of policy.attestations) {
    const { result, chosen } = selectAttestation(policy, rule, evidence, options.now);
    if (isIndex && !chosen && describesPlatformImage(rule.type)) {
      checks.push(perPlatformCheck(rule.type));
      continue;
    }
    checks.push(result);
    const about = { policy, evidence, parent };
    checks.push(...(chosen ? contentChecks(rule, chosen, options, about) : skippedContent(rule)));
  }
  return checks;
}

/** What the rule says about the content of the attestation chosen. */
function contentChecks(
  rule: AttestationRule,
  chosen: VerifiedAttestation,
  options: EvaluateOptions,
  about: { policy: Policy; evidence: ImageEvidence; parent: ParentImage | undefined },
): CheckResult[] {
  const content: CheckResult[] = [];
  if (rule.sbom) content.push(...checkSbom(rule.sbom, chosen.predicate, chosen.predicateType));
  if (rule.vulnerabilities) {
    const { policy, evidence, parent } = about;
    const vex = gatherVex(policy, rule.vulnerabilities, evidence, options.now, parent);
    content.push(...checkVulnerabilities(rule.vulnerabilities, chosen.predicate, options, vex));
  }
  if (rule.provenance) content.push(checkProvenance(rule.provenance, chosen.predicate));
  if (rule.conditions)
    content.push(...checkConditions(rule.conditions, chosen.predicate, rule.type));
  return content;
}

function skippedContent(rule: AttestationRule): CheckResult[] {
  return contentCheckIds(rule).map((id) =>
    check(id, 'skipped', 'a valid attestation to read', `no valid ${rule.type} attestation`),
  );
}

function perPlatformCheck(type: string): CheckResult {
  return check(
    `attestation:${type}`,
    'skipped',
    `a ${type} attestation on each platform manifest`,
    'none on the index itself (an index has no filesystem): judged on each platform below',
  );
}

function contentCheckIds(rule: AttestationRule): string[] {
  const ids: string[] = [];
  if (rule.sbom?.denyPackages.length) ids.push('sbom.denyPackages');
  if (rule.sbom?.denyLicenses.length) ids.push('sbom.denyLicenses');
  if (rule.vulnerabilities) ids.push('vulnerabilities');
  if (rule.provenance) ids.push('provenance.builderId');
  ids.push(...(rule.conditions ?? []).map((_, index) => conditionCheckId(rule.type, index)));
  return ids;
}

function safely(run: () => CheckResult[]): CheckResult[] {
  try {
    return run();
  } catch (error) {
    return [
      check(
        'internal',
        'fail',
        'the policy to be evaluated',
        `evaluation failed: ${messageOf(error)}`,
        'this is a bug in imprint: please report it with the policy and the image',
      ),
    ];
  }
}

function verdict(
  evidence: ImageEvidence,
  outcome: ImageVerdict['outcome'],
  checks: CheckResult[],
): ImageVerdict {
  const result: ImageVerdict = { image: evidence.reference, outcome, checks };
  if (evidence.digest !== undefined) result.digest = evidence.digest;
  if (evidence.platform !== undefined) result.platform = evidence.platform;
  return result;
}
