/**
 * One vocabulary: the predicate types, the in-toto payload type, the Sigstore instance URLs
 * and the default tag each have one home in src/, and no other source file spells them. The
 * check reads string and template literals (comments may name a URI), so a new literal cannot
 * creep back unseen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import * as predicateTypes from '../../src/attest/predicate-types.js';

const PREDICATE_HOME = 'src/attest/predicate-types.ts';
const SIGSTORE_HOME = 'src/sigstore/instances.ts';
const TAG_HOME = 'src/registry/reference.ts';

/** Every URI the table names (predicate and statement types). */
const TABLE_URIS = (Object.values(predicateTypes) as unknown[]).filter(
  (value): value is string => typeof value === 'string' && value.startsWith('https://'),
);

/** A predicate or statement type URI: the hosts that define them, or a path that says so. */
const PREDICATE_LIKE =
  /https:\/\/(?:[\w-]+\.)*(?:slsa\.dev|cyclonedx\.org|spdx\.dev|in-toto\.io)\b|https:\/\/[^\s'"`]*\/(?:predicate|provenance|attestation|statement|cosign\/sign)\b/i;
const SIGSTORE_URL = /https:\/\/(?:[\w-]+\.)*(?:sigstore\.dev|githubapp\.com)\b/i;

interface Literal {
  file: string;
  line: number;
  text: string;
}

/** The string and template literal texts of one source, with their line numbers. */
export function literalsOf(file: string, source: string): Literal[] {
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const line = parsed.getLineAndCharacterOfPosition(node.getStart(parsed)).line + 1;
      found.push({ file, line, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(parsed);
  return found;
}

/** Why a literal is out of its home, or undefined when it may stand where it is. */
export function misplaced(literal: Literal): string | undefined {
  const { file, text } = literal;
  const predicate = TABLE_URIS.some((uri) => text.includes(uri)) || PREDICATE_LIKE.test(text);
  if (predicate && file !== PREDICATE_HOME)
    return `a predicate type: import it from ${PREDICATE_HOME}`;
  if (SIGSTORE_URL.test(text) && file !== SIGSTORE_HOME && file !== PREDICATE_HOME) {
    return `a Sigstore instance URL: import it from ${SIGSTORE_HOME}`;
  }
  if (text === predicateTypes.IN_TOTO_PAYLOAD_TYPE && file !== PREDICATE_HOME)
    return `the in-toto payload type: import IN_TOTO_PAYLOAD_TYPE from ${PREDICATE_HOME}`;
  if (text === 'latest' && file !== TAG_HOME)
    return `the default tag: import DEFAULT_TAG from ${TAG_HOME}`;
  return undefined;
}

function sourceLiterals(): Literal[] {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => join('src', path))
    .sort();
  return files.flatMap((file) => literalsOf(file, readFileSync(file, 'utf8')));
}

describe('one vocabulary', () => {
  it('finds a misplaced literal in strings and templates, not in comments', () => {
    const source = [
      '/** Reads https://slsa.dev/provenance/v1 statements. */',
      "const a = 'https://slsa.dev/provenance/v1';",
      'const b = `${x} https://example.com/attestation/custom/v1`;',
      "const c = { url: 'https://rekor.sigstore.dev' };",
      "const d = tag ?? 'latest';",
      "const e = 'https://github.com/acme/app';",
      "const f = 'application/vnd.in-toto+json';",
    ].join('\n');
    const found = literalsOf('src/x.ts', source)
      .map((literal) => [literal.line, misplaced(literal)])
      .filter(([, reason]) => reason !== undefined);
    expect(found).toEqual([
      [2, `a predicate type: import it from ${PREDICATE_HOME}`],
      [3, `a predicate type: import it from ${PREDICATE_HOME}`],
      [4, `a Sigstore instance URL: import it from ${SIGSTORE_HOME}`],
      [5, `the default tag: import DEFAULT_TAG from ${TAG_HOME}`],
      [7, `the in-toto payload type: import IN_TOTO_PAYLOAD_TYPE from ${PREDICATE_HOME}`],
    ]);
  });

  it('has every predicate type, Sigstore URL and default tag of src/ in its one home', () => {
    const literals = sourceLiterals();
    const strays = literals.flatMap((literal) => {
      const reason = misplaced(literal);
      return reason === undefined
        ? []
        : [`${literal.file}:${literal.line} "${literal.text}": ${reason}`];
    });
    expect(strays).toEqual([]);
    // The homes themselves hold what they claim (the scan is not reading nothing).
    const inHome = (home: string) => literals.filter((l) => l.file === home).map((l) => l.text);
    expect(inHome(PREDICATE_HOME)).toEqual(expect.arrayContaining(TABLE_URIS));
    expect(inHome(SIGSTORE_HOME)).toContain('https://rekor.sigstore.dev');
    expect(inHome(TAG_HOME)).toContain('latest');
  });
});
