/**
 * `conditions` on an attestation's predicate: one check per entry, each saying what the
 * policy expects (`{{ result }} Equals passed`) and what the predicate gives. A Kyverno group
 * (`any:` / `all:`) is one check that lists each member's outcome. An expression that fails at
 * evaluation fails its condition, with the reason: closed, never skipped.
 */
import { messageOf } from '../../errors.js';
import {
  type ConditionEntry,
  type ConditionGroup,
  isConditionGroup,
  type PolicyCondition,
} from '../conditions/condition-schema.js';
import { evaluateKey, NothingFound } from '../conditions/expression.js';
import { holds, isComparable } from '../conditions/operators.js';
import { type CheckResult, check } from '../verdict.js';

/** `conditions:<type>[0]`: two attestation rules may each have a first condition. */
export function conditionCheckId(predicateType: string, index: number): string {
  return `conditions:${predicateType}[${index}]`;
}

export function checkConditions(
  entries: readonly ConditionEntry[],
  predicate: unknown,
  predicateType: string,
): CheckResult[] {
  return entries.map((entry, index) => {
    const id = conditionCheckId(predicateType, index);
    if (isConditionGroup(entry)) return checkGroup(id, entry, predicate, predicateType);
    const outcome = judgeCondition(entry, predicate, predicateType);
    return check(
      id,
      outcome.holds ? 'pass' : 'fail',
      outcome.expected,
      outcome.found,
      outcome.holds ? undefined : outcome.hint,
    );
  });
}

/** What one condition gives on the predicate: the parts of its check. */
interface Outcome {
  holds: boolean;
  expected: string;
  found: string;
  hint: string;
}

function checkGroup(
  id: string,
  group: ConditionGroup,
  predicate: unknown,
  predicateType: string,
): CheckResult {
  const judge = (condition: PolicyCondition) => judgeCondition(condition, predicate, predicateType);
  const all = (group.all ?? []).map(judge);
  const any = (group.any ?? []).map(judge);
  const holdsAll = all.every((outcome) => outcome.holds);
  const holdsAny = group.any === undefined || any.some((outcome) => outcome.holds);
  const part = (word: string, outcomes: Outcome[], show: (outcome: Outcome) => string) =>
    outcomes.length === 0 ? [] : [`${word} of: ${outcomes.map(show).join('; ')}`];
  const mark = (outcome: Outcome) => `${outcome.found} (${outcome.holds ? 'holds' : 'fails'})`;
  const expected = [
    ...part('all', all, (outcome) => outcome.expected),
    ...part('any', any, (outcome) => outcome.expected),
  ].join(', and ');
  const found = [...part('all', all, mark), ...part('any', any, mark)].join(', and ');
  if (holdsAll && holdsAny) return check(id, 'pass', expected, found);
  // The hint of the first failing `all` member; else, when no `any` member holds, theirs.
  const firstFailing = all.find((outcome) => !outcome.holds);
  const hint = firstFailing
    ? firstFailing.hint
    : [...new Set(any.map((outcome) => outcome.hint))].join('; or ');
  return check(id, 'fail', expected, found, hint);
}

function judgeCondition(
  condition: PolicyCondition,
  predicate: unknown,
  predicateType: string,
): Outcome {
  const expected = `${condition.key} ${condition.operator} ${JSON.stringify(condition.value)}`;
  let key: unknown;
  try {
    key = evaluateKey(condition.key, predicate);
  } catch (error) {
    if (error instanceof NothingFound) {
      return {
        holds: false,
        expected,
        found: `${condition.key}: ${error.message}`,
        hint:
          condition.message ??
          `attest a ${predicateType} predicate that has it, or give a default as Kyverno requires: {{ ${error.expression} || '' }}`,
      };
    }
    return {
      holds: false,
      expected,
      found: `${condition.key} cannot be evaluated on the ${predicateType} predicate: ${messageOf(error)}`,
      hint: 'fix the expression: imprint verify evaluates standard JMESPath (Kyverno’s own functions such as time_since are not known)',
    };
  }
  const found = `${condition.key} gives ${JSON.stringify(key)}`;
  if (holds(condition.operator, key, condition.value))
    return { holds: true, expected, found, hint: '' };
  const uncomparable = isComparable(condition.operator, key, condition.value)
    ? ''
    : ` (${condition.operator} compares numbers or durations)`;
  return {
    holds: false,
    expected,
    found: `${found}${uncomparable}`,
    hint: condition.message ?? `attest a ${predicateType} predicate that meets the condition`,
  };
}
