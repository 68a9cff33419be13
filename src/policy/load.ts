/**
 * Reads a policy file: YAML with source positions, validated by the schema, every
 * problem reported at once as `file:line:column path: what is wrong`, with the nearest
 * valid key for a misspelt one.
 */
import { readFile } from 'node:fs/promises';
import { type Document, LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ImprintError } from '../errors.js';
import { nearest } from '../util/nearest.js';
import { type Policy, policySchema } from './schema.js';

export { policyFromFlags } from './from-flags.js';

type PathSegment = string | number;

export interface PolicyProblem {
  line: number;
  column: number;
  path: string;
  message: string;
}

const MIN_ABBREVIATION = 6;
const SCHEMA_HINT = 'fix the lines above; the policy file format is in the README, "Policy file"';

export async function loadPolicy(file: string): Promise<Policy> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ImprintError(
      'POLICY_INVALID',
      `Cannot read the policy file ${file}: ${(error as Error).message}`,
      {
        cause: error,
        hint: 'pass the path of an existing policy file, or use the quick-start flags',
      },
    );
  }
  return parsePolicy(text, file);
}

/** Parses and validates policy text; throws one POLICY_INVALID error listing every problem. */
export function parsePolicy(text: string, file = 'policy.yaml'): Policy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw invalid(
      file,
      doc.errors.map((error) => ({
        line: error.linePos?.[0].line ?? 1,
        column: error.linePos?.[0].col ?? 1,
        path: '(YAML)',
        message: error.message.split('\n')[0]!,
      })),
    );
  }
  const data = policyData(doc, file);
  const result = policySchema.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  const locate = (path: PathSegment[], key?: string) => position(doc, lineCounter, path, key);
  throw invalid(
    file,
    result.error.issues.flatMap((issue) => problemsOf(issue, locate)),
  );
}

/** Aliases expanded at most this often: a policy needs a handful; a "billion laughs" needs millions. */
const MAX_ALIAS_EXPANSIONS = 100;

/** The plain data of the document; an alias bomb is a policy error, not a crash. */
function policyData(doc: Document, file: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  } catch (error) {
    // The yaml library throws a ReferenceError when aliases expand past the limit.
    if (!(error instanceof ReferenceError)) throw error;
    return invalidAliases(file, error);
  }
}

function invalidAliases(file: string, error: ReferenceError): never {
  throw new ImprintError(
    'POLICY_INVALID',
    `Invalid policy ${file}: its YAML aliases expand too far (${error.message}); a policy is refused rather than expanded`,
    {
      hint: `write the repeated parts out, or use fewer aliases (*name): at most ${MAX_ALIAS_EXPANSIONS} expansions`,
    },
  );
}

function invalid(file: string, problems: PolicyProblem[]): ImprintError {
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
  const lines = sorted.map((p) => `  ${file}:${p.line}:${p.column} ${p.path}: ${p.message}`);
  return new ImprintError(
    'POLICY_INVALID',
    `Invalid policy ${file} (${count}):\n${lines.join('\n')}`,
    {
      hint: SCHEMA_HINT,
    },
  );
}

type Locate = (path: PathSegment[], key?: string) => { line: number; column: number };

function problemsOf(issue: z.core.$ZodIssue, locate: Locate): PolicyProblem[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(path);
    return issue.keys.map((key) => ({
      ...locate(path, key),
      path: formatPath([...path, key]),
      message: `unknown key${suggestion(key, known)}`,
    }));
  }
  return [{ ...locate(path), path: formatPath(path), message: describeIssue(issue) }];
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? 'is required but missing'
        : `expected ${article(issue.expected)}, found ${describe(input)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => String(v)).join(' or ')}, found ${describe(input)}`;
    default:
      return issue.message;
  }
}

function suggestion(key: string, known: string[]): string {
  if (known.length === 0) return '';
  // A shortened name (sourceRepoURI) says more than edit distance, which would pick sourceRef.
  const near =
    known.find((k) => k.toLowerCase() === key.toLowerCase()) ??
    (key.length >= MIN_ABBREVIATION ? abbreviationOf(key, known) : undefined) ??
    nearest(key, known);
  return near ? `; did you mean \`${near}\`?` : `; valid keys here: ${known.join(', ')}`;
}

/** The shortest key that has every letter of `key` in order (sourceRepoURI → sourceRepositoryURI). */
function abbreviationOf(key: string, known: string[]): string | undefined {
  const lower = key.toLowerCase();
  const isSubsequence = (candidate: string) => {
    let i = 0;
    for (const c of candidate.toLowerCase()) if (c === lower[i]) i += 1;
    return i === lower.length;
  };
  return known.filter(isSubsequence).sort((a, b) => a.length - b.length)[0];
}

/** The keys the schema accepts at a path, for "did you mean". */
function knownKeys(path: PathSegment[]): string[] {
  let schema = unwrap(policySchema);
  for (const segment of path) {
    const def = schema._zod.def as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
    };
    const next =
      def.type === 'object'
        ? def.shape?.[String(segment)]
        : def.type === 'array'
          ? def.element
          : undefined;
    if (!next) return [];
    schema = unwrap(next);
  }
  const def = schema._zod.def as { type: string; shape?: Record<string, unknown> };
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as {
      type: string;
      innerType?: z.core.$ZodType;
      in?: z.core.$ZodType;
    };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** Line and column of the node at a path (or of `key` inside it), else of the nearest parent. */
function position(doc: Document, lines: LineCounter, path: PathSegment[], key?: string) {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const segment of key === undefined ? path : [...path, key]) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      offset =
        segment === key ? rangeStart(pair.key) : (rangeStart(pair.value) ?? rangeStart(pair.key));
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  const { line, col } = lines.linePos(offset ?? 0);
  return { line, column: col };
}

function rangeStart(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] } | null)?.range?.[0];
}

function formatPath(path: PathSegment[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${segment}`,
    )
    .join('');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value);
  return `${typeof value} ${JSON.stringify(value)}`;
}

function article(expected: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    int: 'a whole number',
  };
  return names[expected] ?? `a ${expected}`;
}
