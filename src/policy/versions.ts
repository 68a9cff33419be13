/**
 * Version ranges for `denyPackages`: comparators (`<1.10.0`, `>=2.0 <2.3.1`) joined by
 * spaces (all must hold) and `||` (any alternative). Each ecosystem compares versions
 * its own way: Debian with dpkg's algorithm, RPM and Alpine with rpmvercmp, the rest
 * as SemVer when both sides are valid SemVer, else with rpmvercmp's segment rules
 * (a fair reading of Maven, PyPI and Go versions; not their full specifications:
 * e.g. Alpine `_rc` and Maven qualifiers sort after the release here).
 */
import semver from 'semver';

type Operator = '<' | '<=' | '>' | '>=' | '=' | '!=';
interface Comparator {
  operator: Operator;
  version: string;
}

const COMPARATOR = /^(<=|>=|==|!=|<|>|=)?\s*([^\s<>=!|]+)$/;

function parseRange(range: string): Comparator[][] | undefined {
  const alternatives = range.split('||').map((part) => part.trim());
  const parsed: Comparator[][] = [];
  for (const alternative of alternatives) {
    if (alternative === '*') {
      parsed.push([]);
      continue;
    }
    const tokens = alternative.replace(/(<=|>=|==|!=|<|>|=)\s+/g, '$1').split(/\s+/);
    const comparators: Comparator[] = [];
    for (const token of tokens) {
      const match = COMPARATOR.exec(token);
      // A version has a digit somewhere ("about" is a word, not a version).
      if (!match || !/\d/.test(match[2]!)) return undefined;
      const operator = (match[1] === '==' ? '=' : (match[1] ?? '=')) as Operator;
      comparators.push({ operator, version: match[2]! });
    }
    if (comparators.length === 0) return undefined;
    parsed.push(comparators);
  }
  return parsed;
}

export function isValidRange(range: string): boolean {
  return parseRange(range) !== undefined;
}

export function compareVersions(a: string, b: string, ecosystem: string): number {
  if (ecosystem === 'deb') return Math.sign(compareDebian(a, b));
  if (ecosystem === 'rpm' || ecosystem === 'apk' || ecosystem === 'alpm') {
    return Math.sign(compareRpm(a, b));
  }
  if (semver.valid(a, { loose: true }) && semver.valid(b, { loose: true })) {
    return semver.compare(a, b, { loose: true });
  }
  return Math.sign(rpmvercmp(a, b));
}

export function versionInRange(version: string, range: string, ecosystem: string): boolean {
  const alternatives = parseRange(range);
  if (!alternatives) return false;
  return alternatives.some((comparators) =>
    comparators.every(({ operator, version: bound }) => {
      const order = compareVersions(version, bound, ecosystem);
      switch (operator) {
        case '<':
          return order < 0;
        case '<=':
          return order <= 0;
        case '>':
          return order > 0;
        case '>=':
          return order >= 0;
        case '!=':
          return order !== 0;
        default:
          return order === 0;
      }
    }),
  );
}

/** A position in a version string; both comparators walk two of them side by side. */
interface Cursor {
  text: string;
  at: number;
}

const peek = (cursor: Cursor): string | undefined => cursor.text[cursor.at];
const ended = (cursor: Cursor): boolean => cursor.at >= cursor.text.length;

// --- Debian (dpkg lib/dpkg/version.c) -------------------------------------------------

function splitDebian(version: string): [number, string, string] {
  const colon = version.indexOf(':');
  const epoch = colon > 0 ? Number(version.slice(0, colon)) || 0 : 0;
  const rest = colon > 0 ? version.slice(colon + 1) : version;
  const dash = rest.lastIndexOf('-');
  return dash >= 0 ? [epoch, rest.slice(0, dash), rest.slice(dash + 1)] : [epoch, rest, ''];
}

export function compareDebian(a: string, b: string): number {
  const [epochA, upstreamA, revisionA] = splitDebian(a);
  const [epochB, upstreamB, revisionB] = splitDebian(b);
  if (epochA !== epochB) return epochA - epochB;
  return verrevcmp(upstreamA, upstreamB) || verrevcmp(revisionA, revisionB);
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

function order(c: string | undefined): number {
  if (c === undefined || isDigit(c)) return 0;
  if (c === '~') return -1;
  if (/[A-Za-z]/.test(c)) return c.charCodeAt(0);
  return c.charCodeAt(0) + 256;
}

function verrevcmp(a: string, b: string): number {
  const x: Cursor = { text: a, at: 0 };
  const y: Cursor = { text: b, at: 0 };
  while (!ended(x) || !ended(y)) {
    const difference = compareNonDigits(x, y) || compareDigits(x, y);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The non-digit parts, character by character in dpkg's order (`~` first, letters before the rest). */
function compareNonDigits(x: Cursor, y: Cursor): number {
  while ((!ended(x) && !isDigit(peek(x))) || (!ended(y) && !isDigit(peek(y)))) {
    const difference = order(peek(x)) - order(peek(y));
    if (difference !== 0) return difference;
    x.at += 1;
    y.at += 1;
  }
  return 0;
}

/** The digit parts as numbers: leading zeros skipped, the longer is larger, else the first different digit. */
function compareDigits(x: Cursor, y: Cursor): number {
  while (peek(x) === '0') x.at += 1;
  while (peek(y) === '0') y.at += 1;
  let firstDifference = 0;
  while (isDigit(peek(x)) && isDigit(peek(y))) {
    if (firstDifference === 0) firstDifference = x.text.charCodeAt(x.at) - y.text.charCodeAt(y.at);
    x.at += 1;
    y.at += 1;
  }
  if (isDigit(peek(x))) return 1;
  if (isDigit(peek(y))) return -1;
  return firstDifference;
}

// --- RPM (rpmio/rpmvercmp.c), also used for Alpine and as the generic fallback --------

function compareRpm(a: string, b: string): number {
  const [epochA, versionA, releaseA] = splitDebian(a);
  const [epochB, versionB, releaseB] = splitDebian(b);
  if (epochA !== epochB) return epochA - epochB;
  return rpmvercmp(versionA, versionB) || rpmvercmp(releaseA, releaseB);
}

const isAlnum = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);
const isAlpha = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);

function skipSeparators(cursor: Cursor): void {
  while (!ended(cursor) && !isAlnum(peek(cursor)) && peek(cursor) !== '~' && peek(cursor) !== '^') {
    cursor.at += 1;
  }
}

/** `~` sorts before anything, even the end of the version. */
function compareTilde(x: Cursor, y: Cursor): number | undefined {
  if (peek(x) !== '~' && peek(y) !== '~') return undefined;
  if (peek(x) !== '~') return 1;
  if (peek(y) !== '~') return -1;
  x.at += 1;
  y.at += 1;
  return 0;
}

/** `^` sorts after the end of the version but before anything else. */
function compareCaret(x: Cursor, y: Cursor): number | undefined {
  if (peek(x) !== '^' && peek(y) !== '^') return undefined;
  if (ended(x)) return -1;
  if (ended(y)) return 1;
  if (peek(x) !== '^') return 1;
  if (peek(y) !== '^') return -1;
  x.at += 1;
  y.at += 1;
  return 0;
}

function takeSegment(cursor: Cursor, numeric: boolean): string {
  const start = cursor.at;
  while ((numeric ? isDigit : isAlpha)(peek(cursor))) cursor.at += 1;
  return cursor.text.slice(start, cursor.at);
}

export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  const x: Cursor = { text: a, at: 0 };
  const y: Cursor = { text: b, at: 0 };
  while (!ended(x) || !ended(y)) {
    skipSeparators(x);
    skipSeparators(y);
    const marks = compareTilde(x, y) ?? compareCaret(x, y);
    if (marks !== undefined) {
      if (marks !== 0) return marks;
      continue;
    }
    if (ended(x) || ended(y)) break;
    const difference = compareSegments(x, y);
    if (difference !== 0) return difference;
  }
  if (ended(x) && ended(y)) return 0;
  return ended(x) ? -1 : 1;
}

/** The next alphanumeric segment of each, of the kind the first one starts with. */
function compareSegments(x: Cursor, y: Cursor): number {
  const numeric = isDigit(peek(x));
  const segmentA = takeSegment(x, numeric);
  const segmentB = takeSegment(y, numeric);
  // A numeric segment is newer than an alphabetic one.
  if (segmentB === '') return numeric ? 1 : -1;
  return numeric ? compareNumeric(segmentA, segmentB) : compareText(segmentA, segmentB);
}

function compareNumeric(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  return x.length !== y.length ? x.length - y.length : compareText(x, y);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A range in its canonical spelling (`<1.10.0 || =2.0.0`), for exporters that split it by hand. */
export function formatRange(range: string): string {
  const alternatives = parseRange(range) ?? [];
  return alternatives
    .map((comparators) =>
      comparators.length === 0
        ? '*'
        : comparators.map((c) => `${c.operator}${c.version}`).join(' '),
    )
    .join(' || ');
}
