/**
 * Keyless identity matching: an exact issuer plus an exact subject (certificate SAN) or an
 * anchored regular expression. @sigstore/verify reads a SAN policy as an unanchored regex, so
 * imprint never hands it one: it matches here, after the cryptography has passed. Globs belong
 * to the policy layer, which matches on the returned issuer, subject and claims.
 */
import { ImprintError } from '../../errors.js';
import { findNestedQuantifier } from '../../util/regexp-safety.js';

export interface IdentityPolicy {
  /** OIDC issuer, exact (e.g. https://token.actions.githubusercontent.com). */
  issuer: string;
  /** Certificate SAN, exact. */
  subject?: string;
  /** Certificate SAN as a regular expression, always anchored at both ends. */
  subjectRegExp?: string;
}

/** What a verified certificate says about its signer. */
export interface FoundIdentity {
  issuer?: string | undefined;
  subject?: string | undefined;
}

/** `pattern` compiled so that it must match the whole string. */
export function anchoredRegExp(pattern: string): RegExp {
  const nested = findNestedQuantifier(pattern);
  if (nested !== undefined) {
    throw new ImprintError(
      'INPUT_INVALID',
      `subjectRegExp ${JSON.stringify(pattern)} repeats something that itself repeats (${nested.group}): against a crafted certificate SAN it can take exponential time`,
      { hint: 'write it without a quantifier inside a quantified group' },
    );
  }
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch (error) {
    throw new ImprintError(
      'INPUT_INVALID',
      `subjectRegExp ${JSON.stringify(pattern)} is not a valid regular expression`,
      {
        cause: error,
        hint: 'escape regex characters such as . and ? or use an exact subject instead',
      },
    );
  }
}

/** Throws INPUT_* when the policy itself is unusable (both or neither subject forms). */
export function validateIdentityPolicy(policy: IdentityPolicy): void {
  if (!policy.issuer) {
    throw new ImprintError('INPUT_INVALID', 'an identity needs an issuer', {
      hint: 'e.g. https://token.actions.githubusercontent.com or https://gitlab.com',
    });
  }
  const forms = [policy.subject, policy.subjectRegExp].filter((value) => value !== undefined);
  if (forms.length !== 1) {
    throw new ImprintError(
      'INPUT_CONFLICT',
      'an identity needs exactly one of subject or subjectRegExp',
      {
        hint: 'subject is compared exactly; subjectRegExp is an anchored regular expression',
      },
    );
  }
  if (policy.subjectRegExp !== undefined) anchoredRegExp(policy.subjectRegExp);
}

/** True when the found identity satisfies the policy. */
export function identityMatches(policy: IdentityPolicy, found: FoundIdentity): boolean {
  return issuerMatches(policy, found) && subjectMatches(policy, found);
}

/** Throws VERIFY_FAILED naming what was expected and what was found. */
export function assertIdentity(policy: IdentityPolicy, found: FoundIdentity): void {
  validateIdentityPolicy(policy);
  if (!issuerMatches(policy, found)) {
    throw new ImprintError(
      'VERIFY_FAILED',
      `expected issuer ${policy.issuer}, found ${found.issuer ?? '(none: the certificate has no issuer extension)'}`,
      {
        hint: 'the signature was made by a different OIDC provider; check the issuer in the policy',
      },
    );
  }
  if (!subjectMatches(policy, found)) {
    const expected =
      policy.subject !== undefined
        ? policy.subject
        : `an identity matching ^(?:${policy.subjectRegExp})$`;
    throw new ImprintError(
      'VERIFY_FAILED',
      `expected identity ${expected}, found ${found.subject ?? '(none)'}`,
      {
        hint: 'the signing workflow or account differs from the policy; fix the policy or sign from the expected identity',
      },
    );
  }
}

function issuerMatches(policy: IdentityPolicy, found: FoundIdentity): boolean {
  return found.issuer === policy.issuer;
}

function subjectMatches(policy: IdentityPolicy, found: FoundIdentity): boolean {
  if (found.subject === undefined) return false;
  if (policy.subject !== undefined) return found.subject === policy.subject;
  if (policy.subjectRegExp !== undefined)
    return anchoredRegExp(policy.subjectRegExp).test(found.subject);
  return false;
}
