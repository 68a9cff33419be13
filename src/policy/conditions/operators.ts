/**
 * Kyverno's condition operators, with Kyverno's semantics (pkg/engine/variables/operator, read
 * at main): so a condition judged here and the same condition exported into a ClusterPolicy
 * agree. Strings compare with Kyverno's wildcards (`*` any run, `?` one character, the value
 * being the pattern); the set operators turn every item into text first, as Go's fmt.Sprint
 * does, and match in either direction; the ordering operators read numbers and Go durations.
 * Kyverno's range values ("1-10") and resource quantities ("1Gi") are not read.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseDuration } from '../duration.js';

export const CONDITION_OPERATORS = [
  'Equals',
  'NotEquals',
  'AnyIn',
  'AllIn',
  'AnyNotIn',
  'AllNotIn',
  'GreaterThan',
  'GreaterThanOrEquals',
  'LessThan',
  'LessThanOrEquals',
  'DurationGreaterThan',
  'DurationGreaterThanOrEquals',
  'DurationLessThan',
  'DurationLessThanOrEquals',
] as const;

export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

/** Kyverno's deprecated names, for a hint: they are refused rather than guessed at. */
export const RENAMED_OPERATORS: Readonly<Record<string, ConditionOperator>> = {
  Equal: 'Equals',
  NotEqual: 'NotEquals',
  In: 'AllIn',
  NotIn: 'AllNotIn',
};

/** Whether `key` (the expression's value) stands in `operator` to `value` (the policy's). */
export function holds(operator: ConditionOperator, key: unknown, value: unknown): boolean {
  // Kyverno's set operators read text, numbers, booleans and lists; anything else never holds.
  const setKey =
    key !== null && key !== undefined && (typeof key !== 'object' || Array.isArray(key));
  if (operator.includes('In') && !setKey) return false;
  switch (operator) {
    case 'Equals':
      return equals(key, value);
    case 'NotEquals':
      return !equals(key, value);
    case 'AnyIn':
      return asItems(key).some((item) => inValues(item, value));
    case 'AllIn':
      return asItems(key).every((item) => inValues(item, value));
    case 'AnyNotIn':
      return asItems(key).some((item) => !inValues(item, value));
    case 'AllNotIn':
      return asItems(key).every((item) => !inValues(item, value));
    default:
      return ordered(operator, key, value);
  }
}

/** Kyverno's wildcard.Match: the whole text, `*` any run (`/` too), `?` one character. */
export function wildcardMatch(pattern: string, text: string): boolean {
  const source = [...pattern]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 'su').test(text);
}

function equals(key: unknown, value: unknown): boolean {
  if (typeof key === 'string') {
    if (typeof value === 'number') return numberOf(key) === value;
    if (typeof value !== 'string') return false;
    const durations = [parseDuration(key), parseDuration(value)];
    if (durations[0] !== undefined && durations[1] !== undefined)
      return durations[0] === durations[1];
    return wildcardMatch(value, key);
  }
  if (typeof key === 'number') {
    if (typeof value === 'string') return numberOf(value) === key;
    return key === value;
  }
  return isDeepStrictEqual(key, value);
}

/** A key is one item, or the items of a list; each as Go's fmt.Sprint would print it. */
function asItems(key: unknown): string[] {
  return (Array.isArray(key) ? key : [key]).map(goText);
}

function inValues(item: string, value: unknown): boolean {
  const values = Array.isArray(value) ? value.map(goText) : valuesOfText(value);
  return values.some((v) => wildcardMatch(v, item) || wildcardMatch(item, v));
}

/** A single value, or a JSON list written as a string (Kyverno reads both). */
function valuesOfText(value: unknown): string[] {
  if (typeof value !== 'string') return [goText(value)];
  try {
    const parsed = JSON.parse(value) as unknown;
    if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')) return parsed;
  } catch {
    // Not JSON: the string is the one value.
  }
  return [value];
}

function goText(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function ordered(operator: ConditionOperator, key: unknown, value: unknown): boolean {
  const durationsOnly = operator.startsWith('Duration');
  const pair = durationsOnly ? [durationOf(key), durationOf(value)] : comparable(key, value);
  const [a, b] = pair;
  if (a === undefined || b === undefined) return false;
  const name = operator.replace(/^Duration/, '');
  if (name === 'GreaterThan') return a > b;
  if (name === 'GreaterThanOrEquals') return a >= b;
  if (name === 'LessThan') return a < b;
  return a <= b;
}

/** Two numbers, or two Go durations (in milliseconds): what the ordering operators compare. */
function comparable(key: unknown, value: unknown): [number | undefined, number | undefined] {
  const numbers = [numberOf(key), numberOf(value)] as [number | undefined, number | undefined];
  if (numbers[0] !== undefined && numbers[1] !== undefined) return numbers;
  const durations = [durationOf(key), durationOf(value)] as [
    number | undefined,
    number | undefined,
  ];
  return durations;
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** A Go duration, or a number of seconds (Kyverno's Duration operators read both). */
function durationOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value * 1000;
  return typeof value === 'string' ? parseDuration(value) : undefined;
}

/** Whether the ordering operators can compare the two at all (for the message). */
export function isComparable(operator: ConditionOperator, key: unknown, value: unknown): boolean {
  if (!operator.includes('Than')) return true;
  const [a, b] = operator.startsWith('Duration')
    ? [durationOf(key), durationOf(value)]
    : comparable(key, value);
  return a !== undefined && b !== undefined;
}
