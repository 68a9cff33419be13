/**
 * Regexes carried into RE2 targets: rewritten where RE2 has an exact spelling, refused (with
 * the construct named) where it has none. test/peers/rego-opa.test.ts runs the rewritten
 * patterns through Go's RE2 (OPA's regex.match) against JavaScript's verdicts.
 */
import { isImprintError } from '../../../src/errors.js';
import { exportPolicy, EXPORT_TARGETS } from '../../../src/policy/export/index.js';
import { toRe2 } from '../../../src/policy/export/re2.js';
import { parsePolicy } from '../../../src/policy/load.js';

const NOW = new Date('2026-06-01T12:00:00Z');

function refusal(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (isImprintError(error)) return `${error.code}: ${error.message} (${error.hint})`;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('toRe2', () => {
  it.each([
    [
      'plain text and escapes',
      '^https://github\\.com/acme/[a-z]+$',
      '^https://github\\.com/acme/[a-z]+$',
    ],
    ['a dot outside a class', '^a.b$', '^a[^\\n\\r\\x{2028}\\x{2029}]b$'],
    ['a dot inside a class stays literal', '^[.]$', '^[.]$'],
    ['\\u escapes', '^\\u0041\\u{1F600}$', '^\\x{0041}\\x{1F600}$'],
    [
      '\\s outside and inside a class',
      '\\s[\\s(]',
      '[\\t\\n\\x{b}\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}][\\t\\n\\x{b}\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}(]',
    ],
    ['an escaped bracket is no class', '\\[.\\]', '\\[[^\\n\\r\\x{2028}\\x{2029}]\\]'],
    ['a negated class', '[^/]+', '[^/]+'],
  ])('rewrites %s', (_name, source, expected) => {
    expect(toRe2(source, 'signers[0].subjectRegExp')).toBe(expected);
  });

  it.each([
    ['(?=x)', 'a lookahead (?=…)'],
    ['(?!x)', 'a negative lookahead (?!…)'],
    ['(?<=x)y', 'a lookbehind (?<=…)'],
    ['(?<!x)y', 'a negative lookbehind (?<!…)'],
    ['(a)\\1', 'a backreference \\1 (RE2 has none)'],
    ['(?<n>a)\\k<n>', 'a named backreference \\k<…> (RE2 has none)'],
    ['[\\S]', '\\S inside a class'],
    ['\\p{L}', '\\p{…} (Unicode property sets differ)'],
    ['\\cJ', '\\c control escapes'],
    ['\\0', '\\0 (RE2 reads it as an octal escape)'],
    ['[[:alpha:]]', '[: inside a class (a POSIX class in RE2)'],
    ['[\\b]', '[\\b] (a backspace in JavaScript, an error in RE2)'],
    ['a[]', 'an empty class [] or [^] (an error in RE2)'],
    ['[^]', 'an empty class [] or [^] (an error in RE2)'],
  ])('refuses %s', (source, construct) => {
    const message = refusal(() => toRe2(source, 'signers[0].subjectRegExp'));
    expect(message).toContain(
      `POLICY_INVALID: signers[0].subjectRegExp: the regex /${source}/ uses ${construct}`,
    );
    expect(message).toContain(
      "which Go's RE2 (Kyverno, policy-controller, CEL) reads differently from imprint verify",
    );
  });
});

describe('exporting a signer regex RE2 reads differently', () => {
  // An attacker's workflow path that the policy author meant to exclude with a lookahead:
  // RE2 cannot compile it, so a cluster would refuse every image or (worse) a hand-edited
  // policy would drop the lookahead. Exporting it must be refused, for every target.
  const policy = parsePolicy(
    [
      'apiVersion: imprint/v1',
      'kind: Policy',
      'signers:',
      '  - issuer: https://token.actions.githubusercontent.com',
      "    subjectRegExp: 'https://github\\.com/acme/(?!sandbox/).+'",
      '',
    ].join('\n'),
  );
  it.each(EXPORT_TARGETS)('is refused for %s, naming the field and the construct', (target) => {
    expect(refusal(() => exportPolicy(policy, target, { now: NOW }))).toBe(
      "POLICY_INVALID: signers[0].subject: the regex /^(?:https://github\\.com/acme/(?!sandbox/).+)$/ uses a negative lookahead (?!…), which Go's RE2 (Kyverno, policy-controller, CEL) reads differently from imprint verify, so the cluster would enforce another rule. (write the regex with constructs both read the same way, or use a glob)",
    );
  });
});
