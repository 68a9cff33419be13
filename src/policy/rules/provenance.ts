/** `provenance.builderId`: a glob on SLSA v1 `runDetails.builder.id` (v0.2: `builder.id`). */
import { identityPattern, matchesIdentity } from '../match.js';
import type { ProvenanceRules } from '../schema.js';
import { type CheckResult, check } from '../verdict.js';

function builderIdOf(predicate: unknown): string | undefined {
  const slsa = predicate as {
    runDetails?: { builder?: { id?: unknown } };
    builder?: { id?: unknown };
  } | null;
  const id = slsa?.runDetails?.builder?.id ?? slsa?.builder?.id;
  return typeof id === 'string' ? id : undefined;
}

export function checkProvenance(rules: ProvenanceRules, predicate: unknown): CheckResult {
  const expected = `built by ${rules.builderId}`;
  const builderId = builderIdOf(predicate);
  if (builderId === undefined) {
    return check(
      'provenance.builderId',
      'fail',
      expected,
      'the provenance names no builder (runDetails.builder.id)',
      'attest SLSA v1 provenance that names its builder',
    );
  }
  if (matchesIdentity(identityPattern(rules.builderId), builderId)) {
    return check('provenance.builderId', 'pass', expected, `built by ${builderId}`);
  }
  return check(
    'provenance.builderId',
    'fail',
    expected,
    `built by ${builderId}`,
    'build on the builder the policy trusts, or change provenance.builderId',
  );
}
