/**
 * Attestation `conditions` on any predicate type: Kyverno's operators with Kyverno's
 * semantics, the `{{ }}` key, policy lint at the line of a bad expression, evaluation that
 * fails closed, and the export to each target.
 */
import { parseAllDocuments } from 'yaml';
import { isImprintError } from '../../../src/errors.js';
import {
  evaluateKey,
  keyProblem,
  NothingFound,
} from '../../../src/policy/conditions/expression.js';
import { holds, wildcardMatch } from '../../../src/policy/conditions/operators.js';
import { evaluatePolicy } from '../../../src/policy/evaluate.js';
import { exportPolicy } from '../../../src/policy/export/index.js';
import { parsePolicy } from '../../../src/policy/load.js';
import { attestation, evidence, GITHUB, keyless, NOW, RELEASE } from './evidence-builders.js';

const TESTS = 'https://example.com/test-result/v1';
const HEADER = [
  'apiVersion: imprint/v1',
  'kind: Policy',
  'signers:',
  `  - {issuer: ${GITHUB}, subject: "${RELEASE}"}`,
  'attestations:',
  `  - type: ${TESTS}`,
  '    conditions:',
].join('\n');

function policyWith(conditions: string[]): string {
  return `${HEADER}\n${conditions.map((line) => `      ${line}`).join('\n')}\n`;
}

function lintError(text: string): string {
  try {
    parsePolicy(text, 'p.yaml');
  } catch (error) {
    expect(isImprintError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('the policy was accepted');
}

const PREDICATE = {
  result: 'passed',
  summary: { passed: 41, failed: 2 },
  suites: ['unit', 'integration'],
  duration: '90s',
};

describe('operators, as Kyverno reads them', () => {
  it.each([
    ['Equals', 'passed', 'pass*', true],
    ['Equals', 'passed', 'failed', false],
    ['Equals', 2, 2, true],
    ['Equals', 2, '2', true],
    ['Equals', '90s', '1m30s', true],
    ['Equals', true, true, true],
    ['Equals', { a: 1 }, { a: 1 }, true],
    ['Equals', null, 'x', false],
    ['NotEquals', 'passed', 'failed', true],
    ['AnyIn', ['unit', 'e2e'], ['e2e'], true],
    ['AnyIn', 'staging', ['prod*', 'stag*'], true],
    ['AnyIn', [], ['x'], false],
    ['AllIn', ['unit', 'integration'], ['unit', 'integration', 'e2e'], true],
    ['AllIn', ['unit', 'fuzz'], ['unit', 'integration'], false],
    ['AllIn', [], ['x'], true],
    ['AnyNotIn', ['unit', 'fuzz'], ['unit'], true],
    ['AllNotIn', ['GPL-3.0-only'], ['MIT', 'Apache-*'], true],
    ['AllNotIn', ['Apache-2.0'], ['MIT', 'Apache-*'], false],
    ['AllNotIn', null, ['x'], false],
    ['AnyIn', 1, ['1', '2'], true],
    ['AnyIn', 'b', '["a","b"]', true],
    ['GreaterThan', 3, 2, true],
    ['GreaterThan', '3', 2, true],
    ['GreaterThanOrEquals', 2, 2, true],
    ['LessThan', '1h', '2h', true],
    ['LessThan', 'many', 2, false],
    ['LessThanOrEquals', 3, 2, false],
    ['DurationLessThanOrEquals', '90s', '2m', true],
    ['DurationGreaterThan', 120, '1m', true],
    ['DurationLessThan', 'soon', '1m', false],
  ] as const)('%s: %j against %j is %s', (operator, key, value, expected) => {
    expect(holds(operator, key, value)).toBe(expected);
  });

  it('matches wildcards as Kyverno does: * crosses /, ? is one character, the rest literal', () => {
    expect(wildcardMatch('ghcr.io/*', 'ghcr.io/acme/app')).toBe(true);
    expect(wildcardMatch('v1.?', 'v1.2')).toBe(true);
    expect(wildcardMatch('v1.?', 'v1.23')).toBe(false);
    expect(wildcardMatch('a.b', 'axb')).toBe(false);
  });
});

describe('the key', () => {
  it('is one expression (its value) or text with variables (their values as text)', () => {
    expect(evaluateKey('{{ summary.failed }}', PREDICATE)).toBe(2);
    expect(evaluateKey('{{ suites }}', PREDICATE)).toEqual(['unit', 'integration']);
    expect(evaluateKey('{{ result }}-{{ summary.passed }}', PREDICATE)).toBe('passed-41');
    expect(evaluateKey('{{ {r: result} }}', PREDICATE)).toEqual({ r: 'passed' });
    expect(evaluateKey("{{ missing || '' }}", PREDICATE)).toBe('');
  });

  it('finds nothing where the predicate has nothing, as Kyverno refuses an unknown key', () => {
    expect(() => evaluateKey('{{ missing }}', PREDICATE)).toThrow(new NothingFound('missing'));
    expect(() => evaluateKey('{{ result }}-{{ summary.missing }}', PREDICATE)).toThrow(
      'summary.missing finds nothing in the predicate',
    );
  });

  it("never finds Object's own properties", () => {
    expect(() => evaluateKey('{{ constructor }}', PREDICATE)).toThrow(NothingFound);
    expect(() => evaluateKey('{{ summary.toString }}', PREDICATE)).toThrow(NothingFound);
  });

  it.each([
    ['result', 'reads nothing from the predicate'],
    ['{{ }}', 'has an empty {{ }}'],
    ['{{ result }} }}', 'unbalanced or nested'],
    ['{{ result[ }}', 'JMESPath expression "result[" does not parse'],
  ])('%s: %s', (key, message) => {
    expect(keyProblem(key)).toContain(message);
  });
});

describe('policy lint', () => {
  it('names the line of an expression that does not parse', () => {
    const message = lintError(
      policyWith([
        '- key: "{{ result }}"',
        '  operator: Equals',
        '  value: passed',
        '- key: "{{ summary.[failed }}"',
        '  operator: Equals',
        '  value: 0',
      ]),
    );
    expect(message).toContain(
      'p.yaml:11:14 attestations[0].conditions[1].key: JMESPath expression "summary.[failed" does not parse',
    );
  });

  it('refuses an unknown operator, and a deprecated name with the one to write', () => {
    const message = lintError(
      policyWith([
        '- {key: "{{ result }}", operator: Matches, value: x}',
        '- {key: "{{ suites }}", operator: In, value: [unit]}',
      ]),
    );
    expect(message).toContain(
      'attestations[0].conditions[0].operator: unknown operator "Matches"; one of Equals, NotEquals',
    );
    expect(message).toContain(
      "attestations[0].conditions[1].operator: In is Kyverno's deprecated name: write AllIn",
    );
  });

  it('refuses a variable in a value (Kyverno would substitute it; imprint compares text)', () => {
    expect(
      lintError(policyWith(['- {key: "{{ result }}", operator: Equals, value: "{{ expected }}"}'])),
    ).toContain(
      'attestations[0].conditions[0].value: holds a {{ }} variable: values are compared as written; put the expression in `key`',
    );
  });

  it('requires a value, and knows no other keys', () => {
    const message = lintError(
      policyWith(['- {key: "{{ result }}", operator: Equals, values: [x]}']),
    );
    expect(message).toContain('attestations[0].conditions[0].value: is required but missing');
    expect(message).toContain('attestations[0].conditions[0].values: unknown key');
  });

  it('accepts any absolute URI as a type, and refuses a bare word or a cosign shorthand', () => {
    expect(() => parsePolicy(`${HEADER} []\n`)).not.toThrow();
    const message = lintError(`${HEADER.replace(TESTS, 'test-results')} []\n  - type: cyclonedx\n`);
    expect(message).toContain(
      'attestations[0].type: "test-results" is not an absolute URI (such as https://example.com/test-result/v1)',
    );
    expect(message).toContain(
      `attestations[1].type: "cyclonedx" is cosign's shorthand; write the URI https://cyclonedx.org/bom`,
    );
  });
});

describe('evaluation', () => {
  const judge = (conditions: string[], predicate: unknown = PREDICATE) =>
    evaluatePolicy(
      parsePolicy(policyWith(conditions)),
      evidence({ attestations: [attestation(TESTS, predicate)] }),
      { now: NOW },
    );

  it('passes when every condition holds, one check each', () => {
    const verdict = judge([
      '- {key: "{{ result }}", operator: Equals, value: passed}',
      '- {key: "{{ summary.failed }}", operator: LessThanOrEquals, value: 5}',
    ]);
    expect(verdict.outcome).toBe('pass');
    expect(verdict.checks).toContainEqual({
      check: `conditions:${TESTS}[1]`,
      outcome: 'pass',
      expected: '{{ summary.failed }} LessThanOrEquals 5',
      found: '{{ summary.failed }} gives 2',
    });
  });

  it('fails with what was expected and found, and the condition message as the hint', () => {
    const verdict = judge([
      '- {key: "{{ summary.failed }}", operator: Equals, value: 0, message: every test must pass}',
      '- {key: "{{ result }}", operator: GreaterThan, value: 1}',
    ]);
    expect(verdict.outcome).toBe('fail');
    expect(verdict.checks).toContainEqual({
      check: `conditions:${TESTS}[0]`,
      outcome: 'fail',
      expected: '{{ summary.failed }} Equals 0',
      found: '{{ summary.failed }} gives 2',
      hint: 'every test must pass',
    });
    expect(verdict.checks).toContainEqual({
      check: `conditions:${TESTS}[1]`,
      outcome: 'fail',
      expected: '{{ result }} GreaterThan 1',
      found: '{{ result }} gives "passed" (GreaterThan compares numbers or durations)',
      hint: `attest a ${TESTS} predicate that meets the condition`,
    });
  });

  it('fails when an expression finds nothing, saying how to give a default', () => {
    const verdict = judge([
      '- {key: "{{ summary.skipped }}", operator: NotEquals, value: 1}',
      '- {key: "{{ summary.skipped || `0` }}", operator: NotEquals, value: 1}',
    ]);
    expect(verdict.checks).toContainEqual({
      check: `conditions:${TESTS}[0]`,
      outcome: 'fail',
      expected: '{{ summary.skipped }} NotEquals 1',
      found: '{{ summary.skipped }}: summary.skipped finds nothing in the predicate',
      hint: `attest a ${TESTS} predicate that has it, or give a default as Kyverno requires: {{ summary.skipped || '' }}`,
    });
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({ check: `conditions:${TESTS}[1]`, outcome: 'pass' }),
    );
  });

  it('fails closed, with the reason, when an expression errors at evaluation', () => {
    const verdict = judge([
      `- {key: "{{ time_since('', startedOn, '') }}", operator: DurationLessThan, value: 1h}`,
      '- {key: "{{ length(summary.failed) }}", operator: Equals, value: 0}',
    ]);
    expect(verdict.outcome).toBe('fail');
    const [unknownFunction, wrongType] = verdict.checks.filter((c) =>
      c.check.startsWith('conditions:'),
    );
    expect(unknownFunction).toMatchObject({
      outcome: 'fail',
      found: expect.stringMatching(
        /^\{\{ time_since\('', startedOn, ''\) \}\} cannot be evaluated on the https:\/\/example\.com\/test-result\/v1 predicate: Unknown function: time_since\(\)/,
      ) as unknown,
      hint: expect.stringContaining('Kyverno’s own functions') as unknown,
    });
    expect(wrongType).toMatchObject({
      outcome: 'fail',
      found: expect.stringContaining('cannot be evaluated') as unknown,
    });
  });

  it('reads only a predicate a policy signer attested: another signer’s passing one does not count', () => {
    const verdict = evaluatePolicy(
      parsePolicy(policyWith(['- {key: "{{ summary.failed }}", operator: Equals, value: 0}'])),
      evidence({
        attestations: [
          attestation(
            TESTS,
            { summary: { failed: 0 } },
            {
              signer: keyless(
                'https://github.com/mallory/fork/.github/workflows/x.yml@refs/heads/main',
              ),
            },
          ),
        ],
      }),
      { now: NOW },
    );
    expect(verdict.outcome).toBe('fail');
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({ check: `attestation:${TESTS}`, outcome: 'fail' }),
    );
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({ check: `conditions:${TESTS}[0]`, outcome: 'skipped' }),
    );
  });

  it('skips the conditions, saying why, when no valid attestation exists', () => {
    const verdict = evaluatePolicy(
      parsePolicy(policyWith(['- {key: "{{ result }}", operator: Equals, value: passed}'])),
      evidence(),
      { now: NOW },
    );
    expect(verdict.outcome).toBe('fail');
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({
        check: `attestation:${TESTS}`,
        outcome: 'fail',
        found: 'no attestation at all',
      }),
    );
    expect(verdict.checks).toContainEqual({
      check: `conditions:${TESTS}[0]`,
      outcome: 'skipped',
      expected: 'a valid attestation to read',
      found: `no valid ${TESTS} attestation`,
    });
  });
});

describe('export', () => {
  const policy = parsePolicy(
    policyWith([
      '- {key: "{{ summary.failed }}", operator: Equals, value: 0, message: every test must pass}',
      '- {key: "{{ suites }}", operator: AllIn, value: [unit, integration]}',
    ]),
  );

  it('writes the conditions into the Kyverno ClusterPolicy as they are', () => {
    const { yaml } = exportPolicy(policy, 'kyverno', { now: NOW });
    const [clusterPolicy] = parseAllDocuments(yaml).map(
      (doc) =>
        doc.toJS() as {
          spec: {
            rules: {
              verifyImages: {
                attestations: { type: string; conditions: { all: unknown[] }[] }[];
              }[];
            }[];
          };
        },
    );
    const entry = clusterPolicy!.spec.rules[0]!.verifyImages[0]!.attestations[0]!;
    expect(entry.type).toBe(TESTS);
    expect(entry.conditions).toEqual([
      {
        all: [
          {
            key: '{{ summary.failed }}',
            operator: 'Equals',
            value: 0,
            message: 'every test must pass',
          },
          {
            key: '{{ suites }}',
            operator: 'AllIn',
            value: ['unit', 'integration'],
            message: `the ${TESTS} attestation does not meet its condition 2 (AllIn ["unit","integration"])`,
          },
        ],
      },
    ]);
  });

  it.each([
    ['policy-controller', 'policy-controller (Rego)'],
    ['kyverno-ivp', 'the ImageValidatingPolicy (CEL)'],
  ] as const)(
    '%s: requires the attestation and says the conditions are not exported',
    (target, name) => {
      const { yaml, warnings } = exportPolicy(policy, target, { now: NOW });
      expect(yaml).toContain(TESTS);
      expect(yaml).not.toContain('summary.failed');
      expect(warnings).toContain(
        `conditions on ${TESTS} are not exported to ${name}: it cannot evaluate JMESPath, so the exported policy requires the attestation without judging its predicate (imprint verify and the Kyverno ClusterPolicy judge them)`,
      );
    },
  );
});

describe("Kyverno's any/all groups", () => {
  const judge = (conditions: string[]) =>
    evaluatePolicy(
      parsePolicy(policyWith(conditions)),
      evidence({ attestations: [attestation(TESTS, PREDICATE)] }),
      { now: NOW },
    );
  const ANY_ONE_HOLDS = [
    '- any:',
    '    - {key: "{{ result }}", operator: Equals, value: skipped, message: mark the run skipped}',
    '    - {key: "{{ summary.failed }}", operator: LessThan, value: 3}',
  ];

  it('passes an any group when one member holds, listing each member in one check', () => {
    const verdict = judge(ANY_ONE_HOLDS);
    expect(verdict.outcome).toBe('pass');
    expect(verdict.checks).toContainEqual({
      check: `conditions:${TESTS}[0]`,
      outcome: 'pass',
      expected: 'any of: {{ result }} Equals "skipped"; {{ summary.failed }} LessThan 3',
      found: 'any of: {{ result }} gives "passed" (fails); {{ summary.failed }} gives 2 (holds)',
    });
  });

  it('fails an any group none of whose members holds, with every member’s hint', () => {
    const verdict = judge([
      '- any:',
      '    - {key: "{{ result }}", operator: Equals, value: skipped, message: mark the run skipped}',
      '    - {key: "{{ summary.failed }}", operator: Equals, value: 0, message: fix the tests}',
    ]);
    expect(verdict.outcome).toBe('fail');
    expect(verdict.checks).toContainEqual({
      check: `conditions:${TESTS}[0]`,
      outcome: 'fail',
      expected: 'any of: {{ result }} Equals "skipped"; {{ summary.failed }} Equals 0',
      found: 'any of: {{ result }} gives "passed" (fails); {{ summary.failed }} gives 2 (fails)',
      hint: 'mark the run skipped; or fix the tests',
    });
  });

  it('fails a group whose all fails though its any holds, with the failing member’s hint', () => {
    const verdict = judge([
      '- all:',
      '    - {key: "{{ summary.failed }}", operator: Equals, value: 0, message: fix the tests}',
      '  any:',
      '    - {key: "{{ result }}", operator: Equals, value: passed}',
    ]);
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({
        check: `conditions:${TESTS}[0]`,
        outcome: 'fail',
        found:
          'all of: {{ summary.failed }} gives 2 (fails), and any of: {{ result }} gives "passed" (holds)',
        hint: 'fix the tests',
      }),
    );
  });

  it('fails closed inside a group: a member that finds nothing does not hold', () => {
    const verdict = judge([
      '- any:',
      '    - {key: "{{ summary.skipped }}", operator: Equals, value: 0}',
    ]);
    expect(verdict.outcome).toBe('fail');
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({
        found:
          'any of: {{ summary.skipped }}: summary.skipped finds nothing in the predicate (fails)',
      }),
    );
  });

  it('refuses an empty group, an empty member list and a bad member, each at its place', () => {
    expect(lintError(policyWith(['- {}']))).toContain('conditions[0].key:');
    expect(lintError(policyWith(['- {any: []}']))).toContain(
      'conditions[0].any: must list at least one condition',
    );
    expect(lintError(policyWith(['- {all: [], any: []}']))).toContain(
      'conditions[0].all: must list at least one condition',
    );
    expect(
      lintError(policyWith(['- any:', '    - {key: "{{ result", operator: Equals, value: 1}'])),
    ).toContain('conditions[0].any[0].key: reads nothing from the predicate');
    expect(lintError(policyWith(['- {any: [], none: []}']))).toContain('none');
  });

  it('exports each group as its own Kyverno block beside the plain conditions', () => {
    const policy = parsePolicy(
      policyWith(['- {key: "{{ result }}", operator: Equals, value: passed}', ...ANY_ONE_HOLDS]),
    );
    const { yaml } = exportPolicy(policy, 'kyverno', { now: NOW });
    const [clusterPolicy] = parseAllDocuments(yaml).map(
      (doc) =>
        doc.toJS() as {
          spec: { rules: { verifyImages: { attestations: { conditions: unknown[] }[] }[] }[] };
        },
    );
    expect(clusterPolicy!.spec.rules[0]!.verifyImages[0]!.attestations[0]!.conditions).toEqual([
      {
        all: [
          {
            key: '{{ result }}',
            operator: 'Equals',
            value: 'passed',
            message: `the ${TESTS} attestation does not meet its condition 1 (Equals "passed")`,
          },
        ],
      },
      {
        any: [
          {
            key: '{{ result }}',
            operator: 'Equals',
            value: 'skipped',
            message: 'mark the run skipped',
          },
          {
            key: '{{ summary.failed }}',
            operator: 'LessThan',
            value: 3,
            message: `the ${TESTS} attestation does not meet its condition 2 (LessThan 3)`,
          },
        ],
      },
    ]);
  });
});
