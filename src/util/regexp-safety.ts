/**
 * Identity regular expressions run against certificate SANs, which the signer partly chooses
 * (a branch or workflow name). JavaScript's engine backtracks, so a quantified group that
 * itself holds a quantifier (`(a+)+`, `(\w*)*`, `(?:x|\w+){2,}`) can take exponential time
 * on a crafted SAN. Such expressions are refused before they meet a SAN (policy load, identity
 * checks); every useful identity pattern can be written without them. Pure.
 */

export interface NestedQuantifier {
  /** The quantified group, as written. */
  group: string;
}

interface OpenGroup {
  start: number;
  /** The group's body repeats some part of itself (a quantifier with a maximum above 1). */
  repeats: boolean;
}

/** The first quantified group whose body repeats, or undefined when there is none. */
export function findNestedQuantifier(source: string): NestedQuantifier | undefined {
  const stack: OpenGroup[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '(') {
      stack.push({ start: i, repeats: false });
      i += source[i + 1] === '?' ? groupPrefixLength(source, i) : 1;
      continue;
    }
    const end = c === ')' ? i + 1 : atomEnd(source, i);
    const quantifier = quantifierAt(source, end);
    if (c === ')') {
      const nested = closeGroup(stack, source, end, quantifier);
      if (nested) return nested;
    } else if (quantifier?.repeats) markRepeats(stack);
    i = end + (quantifier?.length ?? 0);
  }
  return undefined;
}

type Quantifier = { length: number; repeats: boolean };

/** Closes the innermost group (ending before `end`); a repeated group whose body repeats is the find. */
function closeGroup(
  stack: OpenGroup[],
  source: string,
  end: number,
  quantifier: Quantifier | undefined,
): NestedQuantifier | undefined {
  const group = stack.pop();
  if (group?.repeats && quantifier?.repeats) {
    return { group: source.slice(group.start, end + quantifier.length) };
  }
  // A repeated group, or one whose body repeats, makes the group around it repeat.
  if (group?.repeats || quantifier?.repeats) markRepeats(stack);
  return undefined;
}

function markRepeats(stack: OpenGroup[]): void {
  if (stack.length > 0) stack.at(-1)!.repeats = true;
}

/** Where the atom at `at` ends: an escape, a character class, or one character. */
function atomEnd(source: string, at: number): number {
  if (source[at] === '\\') return at + 2;
  if (source[at] === '[') return skipClass(source, at);
  return at + 1;
}

/** A quantifier starting at `at` (with its lazy `?`), and whether it allows more than one. */
function quantifierAt(source: string, at: number): Quantifier | undefined {
  const c = source[at];
  let found: Quantifier | undefined;
  if (c === '*' || c === '+') found = { length: 1, repeats: true };
  else if (c === '?') found = { length: 1, repeats: false };
  else if (c === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
    if (!match) return undefined;
    const max = match[2] === undefined ? Number(match[1]) : match[3] ? Number(match[3]) : Infinity;
    found = { length: match[0].length, repeats: max > 1 };
  }
  if (found && source[at + found.length] === '?') found.length += 1;
  return found;
}

function skipClass(source: string, at: number): number {
  let i = at + 1;
  if (source[i] === ']') i += 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`: how many characters open the group. */
function groupPrefixLength(source: string, at: number): number {
  const rest = source.slice(at);
  const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(rest);
  if (named) return named[0].length;
  return /^\(\?<[=!]/.test(rest) ? 4 : 3;
}
