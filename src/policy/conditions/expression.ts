/**
 * The `key` of a condition as Kyverno writes it: text with `{{ expression }}` variables, each a
 * JMESPath expression over the predicate. A key that is one variable gives the expression's
 * value; variables inside other text are replaced by their values as text. Standard JMESPath
 * (jmespath.js, the reference implementation): Kyverno's own functions (time_since, …) are not
 * known here, and a condition that calls one fails closed with the reason. An expression that
 * finds nothing (null) fails too, as in Kyverno, whose JMESPath refuses an unknown key
 * ("Unknown key … in path"): `{{ field || '' }}` gives a default in both.
 */
import jmespath from 'jmespath';
import { messageOf } from '../../errors.js';

/** `{{ … }}`, allowing one level of braces inside (a multi-select hash `{a: b}`). */
const VARIABLE = /\{\{((?:[^{}]|\{[^{}]*\})*)\}\}/g;

/** jmespath.js parses without evaluating (its types declare `search` only). */
const parser = jmespath as unknown as { compile: (expression: string) => unknown };

/** The JMESPath expressions of a key, in order. */
function expressionsIn(key: string): string[] {
  return [...key.matchAll(VARIABLE)].map((match) => match[1]!.trim());
}

/** Why a key cannot be evaluated (undefined when it can): what policy lint reports. */
export function keyProblem(key: string): string | undefined {
  const expressions = expressionsIn(key);
  if (expressions.length === 0)
    return 'reads nothing from the predicate: write the key as "{{ expression }}", e.g. "{{ result }}"';
  const rest = key.replace(VARIABLE, '');
  if (rest.includes('{{') || rest.includes('}}'))
    return 'has unbalanced or nested {{ }}: each variable is one JMESPath expression between {{ and }}';
  for (const expression of expressions) {
    if (expression === '') return 'has an empty {{ }}';
    try {
      parser.compile(expression);
    } catch (error) {
      return `JMESPath expression "${expression}" does not parse: ${messageOf(error)}`;
    }
  }
  return undefined;
}

/** An expression of the key found nothing in the predicate. */
export class NothingFound extends Error {
  constructor(readonly expression: string) {
    super(`${expression} finds nothing in the predicate`);
  }
}

/**
 * The key's value for this predicate. Throws NothingFound for an expression that gives null,
 * and jmespath.js's error when an expression fails at evaluation (an
 * unknown function, a wrong argument type): the caller fails the check with the reason.
 */
export function evaluateKey(key: string, predicate: unknown): unknown {
  const data = plainData(predicate);
  const only = [...key.matchAll(VARIABLE)];
  if (only.length === 1 && only[0]![0] === key.trim()) return search(data, only[0]![1]!);
  return key.replace(VARIABLE, (_, expression: string) => {
    const value = search(data, expression);
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
}

function search(data: unknown, expression: string): unknown {
  const value = jmespath.search(data, expression.trim()) as unknown;
  if (value === null || value === undefined) throw new NothingFound(expression.trim());
  return value;
}

/**
 * The predicate with objects that have no prototype: jmespath.js reads fields with `obj[name]`,
 * so `{{ constructor }}` would otherwise find Object's constructor rather than nothing.
 */
function plainData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainData);
  if (typeof value !== 'object' || value === null) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [name, field] of Object.entries(value)) copy[name] = plainData(field);
  return copy;
}
