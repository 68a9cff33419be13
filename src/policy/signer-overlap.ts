/**
 * Policy signer entries that one party could fill twice. Since `count` matches one party to
 * one entry, overlap no longer lets one signature count twice; it is still worth a warning at
 * load: the entries do not mean "N different people" as their author likely thought. Whether
 * two regular expressions can match a common string is not decidable cheaply, so two
 * patterns are reported as overlapping unless their fixed beginnings already tell them apart
 * (a warning, never an error). Pure.
 */
import {
  identityPattern,
  type IdentityPattern,
  matchesIdentity,
  describeIdentity,
} from './match.js';
import type { Policy, Signer } from './schema.js';

export function signerOverlapWarnings(policy: Pick<Policy, 'signers' | 'count'>): string[] {
  if (policy.count < 2) return [];
  const warnings: string[] = [];
  policy.signers.forEach((a, i) => {
    policy.signers.forEach((b, j) => {
      if (j <= i) return;
      const why = overlap(a, b);
      if (why) {
        warnings.push(
          `signers[${i}] and signers[${j}] can be filled by the same signer (${why}): with count ${policy.count} each must be a different signer, so one signature fills only one of them`,
        );
      }
    });
  });
  return warnings;
}

function overlap(a: Signer, b: Signer): string | undefined {
  if (a.key !== undefined || b.key !== undefined) {
    return a.key !== undefined && a.key === b.key ? `key ${a.key} listed twice` : undefined;
  }
  const issuer = patternsOverlap(
    identityPattern(a.issuer, a.issuerRegExp),
    identityPattern(b.issuer, b.issuerRegExp),
  );
  const subject = patternsOverlap(
    identityPattern(a.subject, a.subjectRegExp),
    identityPattern(b.subject, b.subjectRegExp),
  );
  if (!issuer || !subject || claimsExclude(a, b)) return undefined;
  return `subject ${describeIdentity(identityPattern(a.subject, a.subjectRegExp))} and ${describeIdentity(identityPattern(b.subject, b.subjectRegExp))}`;
}

function patternsOverlap(a: IdentityPattern, b: IdentityPattern): boolean {
  if (a.kind === 'exact') return matchesIdentity(b, a.value);
  if (b.kind === 'exact') return matchesIdentity(a, b.value);
  const [pa, pb] = [literalPrefix(a), literalPrefix(b)];
  return pa.startsWith(pb) || pb.startsWith(pa);
}

/** Both entries demand the same claim with different exact values: no one certificate has both. */
function claimsExclude(a: Signer, b: Signer): boolean {
  return Object.entries(a.claims ?? {}).some(([name, value]) => {
    const other = (b.claims as Record<string, string | undefined> | undefined)?.[name];
    return other !== undefined && !value.includes('*') && !other.includes('*') && value !== other;
  });
}

/** The characters every match must start with: up to the first wildcard or regex operator. */
function literalPrefix(pattern: IdentityPattern): string {
  if (pattern.kind === 'glob') return pattern.value.slice(0, pattern.value.indexOf('*'));
  const source = pattern.value.startsWith('^') ? pattern.value.slice(1) : pattern.value;
  // An alternation anywhere may start with anything.
  if (/(^|[^\\])\|/.test(source)) return '';
  let prefix = '';
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i]!;
    if (c === '\\' && i + 1 < source.length && /[./\-:@?+*()[\]{}|^$]/.test(source[i + 1]!)) {
      prefix += source[i + 1];
      i += 1;
    } else if (/[.*+?()[\]{}|^$\\]/.test(c)) {
      // A quantifier makes the character before it optional: drop it from the prefix.
      return /[*?{]/.test(c) ? prefix.slice(0, -1) : prefix;
    } else prefix += c;
  }
  return prefix;
}
