/**
 * Carrying the meaning of identities and image globs into each target's syntax.
 *
 * - Kyverno matches image references (and JMESPath `Equals` values) with its wildcard
 *   package: `*` matches anything *including* `/`, `?` one character, no escaping.
 * - Certificate identities go through sigstore-go or cosign in every target (Kyverno's
 *   SigstoreBundle rules and ImageValidatingPolicy, policy-controller): `subject` compares
 *   exactly and `subjectRegExp` is an unanchored RE2 regex, so globs and regexes become
 *   anchored RE2 regexes (re2.ts).
 */
import {
  type IdentityPattern,
  anchoredRegExpSource,
  identityPattern,
  parseImageGlob,
} from '../match.js';
import type { Signer } from '../schema.js';
import { toRe2 } from './re2.js';

export interface TargetIdentity {
  value: string;
  /** True when `value` goes into the `…RegExp` field. */
  regexp: boolean;
}

export interface KyvernoWildcard {
  wildcard: string;
  /** True when Kyverno's pattern matches more than ours (a `*` that crosses `/`, a literal `*` or `?`). */
  broadened: boolean;
}

/** Our glob or exact value in Kyverno wildcard syntax, for fields that take no regex. */
export function kyvernoWildcard(pattern: IdentityPattern): KyvernoWildcard {
  const value = pattern.value;
  if (pattern.kind === 'exact') return { wildcard: value, broadened: /[*?]/.test(value) };
  const singleStar = /(^|[^*])\*(?!\*)/.test(value);
  return { wildcard: value.replace(/\*\*/g, '*'), broadened: singleStar || value.includes('?') };
}

/**
 * Exact values stay exact; globs and regexes become anchored RE2 regexes. For sigstore-go
 * (policy-controller, Kyverno's SigstoreBundle and ImageValidatingPolicy), which compares
 * `subject` exactly and `subjectRegExp` unanchored.
 */
export function exactOrRe2Identity(pattern: IdentityPattern, where: string): TargetIdentity {
  return pattern.kind === 'exact'
    ? { value: pattern.value, regexp: false }
    : { value: toRe2(anchoredRegExpSource(pattern), where), regexp: true };
}

/** Kyverno image references for one of our image globs (they match name:tag and name@digest). */
export function kyvernoImageReferences(glob: string): KyvernoWildcard[] {
  const parsed = parseImageGlob(glob);
  const name = kyvernoWildcard({ kind: 'glob', value: parsed.name });
  const tag =
    parsed.tag !== undefined ? kyvernoWildcard({ kind: 'glob', value: parsed.tag }) : undefined;
  const broadened = name.broadened || (tag?.broadened ?? false);
  if (parsed.tag !== undefined || parsed.digest !== undefined) {
    const text = `${name.wildcard}${tag ? `:${tag.wildcard}` : ''}${parsed.digest ? `@${parsed.digest}` : ''}`;
    return [{ wildcard: text, broadened }];
  }
  if (name.wildcard.endsWith('*')) return [{ wildcard: name.wildcard, broadened }];
  // Any tag or digest of exactly this repository, and not of repositories that share its prefix.
  return [
    { wildcard: `${name.wildcard}:*`, broadened },
    { wildcard: `${name.wildcard}@*`, broadened },
  ];
}

const POLICY_CONTROLLER_GLOB = /^[a-zA-Z0-9-_:/*.]+$/;

export interface PolicyControllerGlob {
  glob?: string;
  note?: string;
}

/**
 * policy-controller matches `index.docker.io/…` names with tag or digest attached, `*`
 * within a segment and `**` across; `@` cannot appear in its globs.
 */
export function policyControllerImageGlob(glob: string): PolicyControllerGlob {
  const parsed = parseImageGlob(glob);
  const name = parsed.name.replace(/^docker\.io\//, 'index.docker.io/');
  let result: string;
  let note: string | undefined;
  if (parsed.digest !== undefined) {
    result = `${name}${parsed.tag ? `:${parsed.tag}` : ''}*`;
    note = `policy-controller globs cannot hold a digest: ${glob} is exported as ${result}`;
  } else if (parsed.tag !== undefined) {
    result = `${name}:${parsed.tag}`;
  } else if (name.endsWith('*')) {
    result = name;
  } else {
    result = `${name}*`;
    note = `policy-controller globs cannot say "any tag or digest of exactly ${name}": ${result} also covers repositories whose name starts so (the policy applies to more images, not fewer)`;
  }
  if (!POLICY_CONTROLLER_GLOB.test(result)) {
    return { note: `${glob} holds characters policy-controller globs do not accept: not exported` };
  }
  return note === undefined ? { glob: result } : { glob: result, note };
}

/** A keyless signer's subject and issuer in the form both cluster engines take (exact or RE2). */
export function keylessIdentity(
  signer: Signer,
  index: number,
): { subject: TargetIdentity; issuer: TargetIdentity } {
  return {
    subject: exactOrRe2Identity(
      identityPattern(signer.subject, signer.subjectRegExp),
      `signers[${index}].subject`,
    ),
    issuer: exactOrRe2Identity(
      identityPattern(signer.issuer, signer.issuerRegExp),
      `signers[${index}].issuer`,
    ),
  };
}
