/**
 * imprint verify matches identity regexes as JavaScript (`new RegExp(source, 'u')`); Kyverno,
 * policy-controller and CEL match them with Go's RE2. The same text can mean something else
 * there, or fail to compile, and a cluster that reads a regex differently enforces a different
 * policy. Every regex an exporter writes goes through `toRe2`, which rewrites what has an exact
 * RE2 spelling and refuses, naming the construct, what has none.
 *
 * Rewritten (same meaning): `.` outside a class (JavaScript's stops at \n, \r, U+2028 and
 * U+2029, RE2's only at \n); `\s` (Unicode whitespace in JavaScript, ASCII in RE2) as the
 * explicit list, and `\S` outside a class as its negation; `\uXXXX` and `\u{X}` (RE2 writes
 * `\x{X}`).
 * Refused: lookarounds and backreferences (RE2 has none), `\S` inside a class, `\p{…}`
 * (different property sets), `\c`, `\0`, `[:name:]` inside a class (a POSIX class in RE2,
 * literal characters in JavaScript), `[\b]`, and the empty classes `[]` / `[^]`.
 */
import { ImprintError } from '../../errors.js';

const JS_DOT_IN_RE2 = '[^\\n\\r\\x{2028}\\x{2029}]';
/** ECMAScript WhiteSpace and LineTerminator: what `\s` means in JavaScript. */
const JS_SPACES =
  '\\t\\n\\x{b}\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';

const REFUSED_GROUPS: Record<string, string> = {
  '(?=': 'a lookahead (?=…)',
  '(?!': 'a negative lookahead (?!…)',
  '(?<=': 'a lookbehind (?<=…)',
  '(?<!': 'a negative lookbehind (?<!…)',
};

const REFUSED_ESCAPES: Record<string, string> = {
  p: '\\p{…} (Unicode property sets differ): list the characters',
  P: '\\P{…} (Unicode property sets differ): list the characters',
  c: '\\c control escapes (RE2 has none): write \\x{…}',
  k: 'a named backreference \\k<…> (RE2 has none)',
  '0': '\\0 (RE2 reads it as an octal escape): write \\x{0}',
};

type Refuse = (what: string) => never;

/** The RE2 source that matches exactly what `new RegExp(source, 'u')` matches; throws when none. */
export function toRe2(source: string, where: string): string {
  const refuse: Refuse = (what) => {
    throw new ImprintError(
      'POLICY_INVALID',
      `${where}: the regex /${source}/ uses ${what}, which Go's RE2 (Kyverno, policy-controller, CEL) reads differently from imprint verify, so the cluster would enforce another rule.`,
      { hint: 'write the regex with constructs both read the same way, or use a glob' },
    );
  };
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const escape = escapeToRe2(source, i, inClass, refuse);
      out += escape.text;
      i += escape.length - 1;
    } else if (inClass) {
      if (char === '[' && source[i + 1] === ':') refuse('[: inside a class (a POSIX class in RE2)');
      inClass = char !== ']';
      out += char;
    } else if (char === '[') {
      if (source.startsWith('[]', i) || source.startsWith('[^]', i))
        refuse('an empty class [] or [^] (an error in RE2)');
      inClass = true;
      out += char;
    } else {
      if (char === '(') refuseGroup(source, i, refuse);
      out += char === '.' ? JS_DOT_IN_RE2 : char;
    }
  }
  return out;
}

function refuseGroup(source: string, at: number, refuse: Refuse): void {
  const group = Object.keys(REFUSED_GROUPS).find((open) => source.startsWith(open, at));
  if (group !== undefined) refuse(REFUSED_GROUPS[group]!);
}

/** The escape starting at `at` (a backslash) in RE2, and how many characters it took. */
function escapeToRe2(
  source: string,
  at: number,
  inClass: boolean,
  refuse: Refuse,
): { text: string; length: number } {
  const next = source[at + 1] ?? '';
  if (/[1-9]/.test(next)) refuse(`a backreference \\${next} (RE2 has none)`);
  if (REFUSED_ESCAPES[next] !== undefined) refuse(REFUSED_ESCAPES[next]);
  if (next === 'b' && inClass) refuse('[\\b] (a backspace in JavaScript, an error in RE2)');
  if (next === 'S' && inClass)
    refuse('\\S inside a class (Unicode whitespace in JavaScript, ASCII in RE2)');
  if (next === 's') return { text: inClass ? JS_SPACES : `[${JS_SPACES}]`, length: 2 };
  if (next === 'S') return { text: `[^${JS_SPACES}]`, length: 2 };
  const unicode =
    /^\\u\{([0-9a-fA-F]+)\}/.exec(source.slice(at)) ??
    /^\\u([0-9a-fA-F]{4})/.exec(source.slice(at));
  if (unicode) return { text: `\\x{${unicode[1]}}`, length: unicode[0].length };
  return { text: `\\${next}`, length: 2 };
}
