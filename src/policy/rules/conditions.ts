/**
 * `conditions` on an attestation's predicate: one check per condition, each saying what the
 * policy expects (`{{ result }} Equals passed`) and what the predicate gives. An expression
 * that fails at evaluation fails its check, with the reason: closed, never skipped.
 */
import { messageOf } from '../../errors.js';
import type { PolicyCondition } from '../conditions/condition-schema.js';
import { evaluateKey, NothingFound } from '../conditions/expression.js';
import { holds, isComparable } from '../conditions/operators.js';
import { type CheckResult, check } from '../verdict.js';

/** `conditions:<type>[0]`: two attestation rules may each have a first condition. */
export function conditionCheckId(predicateType: string, index: number): string {
  return `conditions:${predicateType}[${index}]`;
}

export function checkConditions(
  conditions: readonly PolicyCondition[],
  predicate: unknown,
  predicateType: string,
): CheckResult[] {
  return conditions.map((condition, index) =>
    checkCondition(condition, index, predicate, predicateType),
  );
}

function checkCondition(
  condition: PolicyCondition,
  index: number,
  predicate: unknown,
  predicateType: string,
): CheckResult {
  const id = conditionCheckId(predicateType, index);
  const expected = `${condition.key} ${condition.operator} ${JSON.stringify(condition.value)}`;
  let key: unknown;
  try {
    key = evaluateKey(condition.key, predicate);
  } catch (error) {
    if (error instanceof NothingFound) {
      return check(
        id,
        'fail',
        expected,
        `${condition.key}: ${error.message}`,
        condition.message ??
          `attest a ${predicateType} predicate that has it, or give a default as Kyverno requires: {{ ${error.expression} || '' }}`,
      );
    }
    return check(
      id,
      'fail',
      expected,
      `${condition.key} cannot be evaluated on the ${predicateType} predicate: ${messageOf(error)}`,
      'fix the expression: imprint verify evaluates standard JMESPath (Kyverno’s own functions such as time_since are not known)',
    );
  }
  const found = `${condition.key} gives ${JSON.stringify(key)}`;
  if (holds(condition.operator, key, condition.value)) return check(id, 'pass', expected, found);
  const uncomparable = isComparable(condition.operator, key, condition.value)
    ? ''
    : ` (${condition.operator} compares numbers or durations)`;
  return check(
    id,
    'fail',
    expected,
    `${found}${uncomparable}`,
    condition.message ?? `attest a ${predicateType} predicate that meets the condition`,
  );
}
