/**
 * Stand-in for Kyverno's condition engine (no Kyverno can run here), written from
 * Kyverno's docs: `{{ }}` variables substituted innermost first, JMESPath by jmespath.js,
 * Kyverno's `time_since` function, and the operators the exporter emits.
 */
import jmespath from 'jmespath';
import type { KyvernoCondition } from '../../../src/policy/export/jmespath.js';
import { parseDuration } from '../../../src/policy/duration.js';

const INNERMOST = /\{\{((?:(?!\{\{|\}\}).)*)\}\}/;
const TIME_SINCE = /^\s*time_since\('([^']*)',\s*'([^']*)',\s*'([^']*)'\)\s*$/;

/** Kyverno's time_since(layout, t1, t2): the Go duration from t1 to t2 (now when empty). */
function timeSince(start: string, end: string, now: Date): string {
  const ms = (end === '' ? now.getTime() : Date.parse(end)) - Date.parse(start);
  if (Number.isNaN(ms)) throw new Error(`time_since: unreadable time ${start}`);
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  const seconds = (ms % 60_000) / 1000;
  return `${hours}h${minutes}m${seconds}s`;
}

function evaluate(expression: string, data: unknown, now: Date): unknown {
  const call = TIME_SINCE.exec(expression);
  if (call) return timeSince(call[2]!, call[3]!, now);
  return jmespath.search(data, expression.trim());
}

export function substitute(key: string, data: unknown, now: Date): unknown {
  let text = key;
  for (;;) {
    const match = INNERMOST.exec(text);
    if (!match) return text;
    const value = evaluate(match[1]!, data, now);
    if (match[0] === text) return value;
    text = text.replace(match[0], typeof value === 'string' ? value : JSON.stringify(value));
  }
}

/** Kyverno's wildcard.Match: `*` any run (including `/`), `?` one character. */
function wildcard(pattern: string, text: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\/]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 's').test(text);
}

export function holds(condition: KyvernoCondition, data: unknown, now: Date): boolean {
  const key = substitute(condition.key, data, now);
  switch (condition.operator) {
    case 'Equals':
      return typeof key === 'string' && typeof condition.value === 'string'
        ? wildcard(condition.value, key)
        : key === condition.value;
    case 'AllNotIn':
      return (
        Array.isArray(key) && key.every((item) => !(condition.value as unknown[]).includes(item))
      );
    case 'DurationLessThanOrEquals':
      return parseDuration(String(key))! <= parseDuration(String(condition.value))!;
    default:
      throw new Error(`operator ${condition.operator} is not emulated`);
  }
}
