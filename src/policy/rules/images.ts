/** Which images the policy covers, whether they were pinned, and their exceptions. */
import type { NormalisedImage } from '../../registry/reference.js';
import { isExpired } from '../dates.js';
import type { ImageEvidence } from '../evidence.js';
import { firstMatchingGlob, matchesImageGlob, parseImageGlob } from '../match.js';
import type { Policy, PolicyException } from '../schema.js';
import { type CheckResult, check } from '../verdict.js';

function imageOf(evidence: ImageEvidence): NormalisedImage {
  const image: NormalisedImage = { name: evidence.name };
  if (evidence.tag !== undefined) image.tag = evidence.tag;
  if (evidence.digest !== undefined) image.digest = evidence.digest;
  return image;
}

export function excludedBy(policy: Policy, evidence: ImageEvidence): string | undefined {
  return policy.images.exclude.find((glob) => exempts(glob, evidence));
}

/**
 * Whether an exemption glob (images.exclude, exceptions) covers the image. A glob that names
 * a tag (`repo:1.0`, `repo:*`) never covers a reference pinned by digest: with a digest the tag
 * decides nothing, so `repo:1.0@sha256:<anything>` must not ride on an exemption written for
 * the tag. Name-only globs and globs with a digest cover pinned references as before.
 */
function exempts(glob: string, evidence: ImageEvidence): boolean {
  const pattern = parseImageGlob(glob);
  if (evidence.referencedByDigest && pattern.tag !== undefined && pattern.digest === undefined) {
    return false;
  }
  return matchesImageGlob(glob, imageOf(evidence));
}

export function checkAllowed(policy: Policy, evidence: ImageEvidence): CheckResult | undefined {
  const { allow } = policy.images;
  if (allow.length === 0) return undefined;
  const expected = `an image matching images.allow (${allow.join(', ')})`;
  const glob = firstMatchingGlob(allow, imageOf(evidence));
  return glob
    ? check('image.allowed', 'pass', expected, `${evidence.name} matches ${glob}`)
    : check(
        'image.allowed',
        'fail',
        expected,
        `${evidence.name} matches none of them`,
        'push the image to an allowed registry/repository, or add a glob for it to images.allow',
      );
}

export function checkResolved(evidence: ImageEvidence): CheckResult | undefined {
  if (evidence.digest !== undefined) return undefined;
  const reasons = evidence.problems
    .filter((p) => p.subject === 'image' || p.subject === 'registry')
    .map((p) => p.reason);
  return check(
    'image.resolved',
    'fail',
    'the image digest, read from the registry',
    reasons.length > 0 ? `unresolved: ${reasons.join('; ')}` : 'the digest could not be resolved',
    'check that the reference exists and the registry credentials can read it',
  );
}

/** On by default (`requireDigest: true`), as Kyverno's verifyDigest: a tag can move after verify. */
export function checkDigestPinned(
  policy: Policy,
  evidence: ImageEvidence,
): CheckResult | undefined {
  if (!policy.images.requireDigest) return undefined;
  const expected = 'a reference pinned by digest (name@sha256:…)';
  if (evidence.referencedByDigest)
    return check('image.digest', 'pass', expected, evidence.reference);
  const pinned = evidence.digest
    ? `${evidence.reference}@${evidence.digest}`
    : `${evidence.reference}@sha256:<digest>`;
  return check(
    'image.digest',
    'fail',
    expected,
    `tag-only reference ${evidence.reference}: a tag can be moved after verify, so the digest verified need not be the one that deploys`,
    `pin it: ${pinned}`,
  );
}

export interface ExceptionMatch {
  active?: PolicyException;
  expired: PolicyException[];
}

export function findExceptions(policy: Policy, evidence: ImageEvidence, now: Date): ExceptionMatch {
  const matching = policy.exceptions.filter((exception) => exempts(exception.image, evidence));
  const active = matching.find((exception) => !isExpired(exception.expires, now));
  const expired = matching.filter((exception) => isExpired(exception.expires, now));
  return active ? { active, expired } : { expired };
}

export function exceptionChecks(match: ExceptionMatch): CheckResult[] {
  const results = match.expired.map((exception) =>
    check(
      'exception',
      'warn',
      `an exception for ${exception.image} in force`,
      `expired on ${exception.expires} (${exception.reason}); it no longer applies`,
      'fix the failing checks, or renew the exception with a new expiry',
    ),
  );
  if (match.active) {
    const { image, expires, reason } = match.active;
    results.push(
      check(
        'exception',
        'warn',
        'every check passes',
        `waived by the exception for ${image} until ${expires}: ${reason}`,
        'the waiver ends on its expiry date: fix the failing checks before then',
      ),
    );
  }
  return results;
}
