/**
 * Two rules about how modules show themselves:
 *  - a folder's index.ts is its face: code outside the folder reaches the folder through it, so
 *    a folder has either one way in or (with no index.ts) its files by name, never both;
 *  - no module re-exports an imported value with a bare `export { name }`: the ncc bundle
 *    compiled such a module to `false` (test/unit/launcher.test.ts); `export … from` is fine.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import ts from 'typescript';
import { type ImportGraph, readGraph } from '../../scripts/check-architecture.js';

/** Imports from outside a folder that has an index.ts, of one of its files other than the index. */
function bypassedFaces(graph: ImportGraph): string[] {
  const faced = [...graph.keys()]
    .filter((file) => file.endsWith('/index.ts') && file !== 'src/index.ts')
    .map((file) => dirname(file));
  const found: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const folder = faced.find((candidate) => to.startsWith(`${candidate}/`));
      if (folder && !from.startsWith(`${folder}/`) && to !== `${folder}/index.ts`) {
        found.push(`${from} imports ${to}: ${folder} is reached through its index.ts`);
      }
    }
  }
  return found;
}

/** The names a module's value imports bind (type-only imports bind nothing at run time). */
function importedValues(tree: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of tree.statements) {
    const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
    if (!clause || clause.isTypeOnly) continue;
    if (clause.name) names.add(clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
    const elements = bindings && ts.isNamedImports(bindings) ? bindings.elements : [];
    for (const element of elements) if (!element.isTypeOnly) names.add(element.name.text);
  }
  return names;
}

/** `export { name }` (no `from`) of a value the same module imported. */
function bareReExports(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest);
  const imported = importedValues(tree);
  const exported = tree.statements.flatMap((statement) =>
    ts.isExportDeclaration(statement) &&
    !statement.moduleSpecifier &&
    !statement.isTypeOnly &&
    statement.exportClause &&
    ts.isNamedExports(statement.exportClause)
      ? statement.exportClause.elements.filter((element) => !element.isTypeOnly)
      : [],
  );
  return exported
    .map((element) => (element.propertyName ?? element.name).getText(tree))
    .filter((local) => imported.has(local))
    .map((local) => `${file} re-exports the imported ${local} bare: write export { … } from`);
}

const sources = readGraph('.');

describe('folder faces', () => {
  it('every folder with an index.ts is reached through it from outside', () => {
    expect(bypassedFaces(sources)).toEqual([]);
  });

  it('the check does catch an import past a face, and lets the folder use its own files', () => {
    const sample = new Map([
      ['src/a/index.ts', ['src/a/inner.ts']],
      ['src/a/inner.ts', []],
      ['src/b/user.ts', ['src/a/inner.ts', 'src/a/index.ts']],
      ['src/c/user.ts', ['src/b/user.ts']],
    ]);
    expect(bypassedFaces(sample)).toEqual([
      'src/b/user.ts imports src/a/inner.ts: src/a is reached through its index.ts',
    ]);
  });
});

describe('re-exports', () => {
  it('no module re-exports an imported value with a bare export { name }', () => {
    const found = [...sources.keys()].flatMap((file) =>
      bareReExports(file, readFileSync(file, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('the check catches a bare re-export of a value, not export-from or a type', () => {
    const source = [
      "import { a, type T } from './x.js';",
      "import type { U } from './y.js';",
      "import { b as c } from './z.js';",
      'export { a, c as d };',
      'export type { T, U };',
      "export { e } from './w.js';",
    ].join('\n');
    expect(bareReExports('m.ts', source)).toEqual([
      'm.ts re-exports the imported a bare: write export { … } from',
      'm.ts re-exports the imported c bare: write export { … } from',
    ]);
  });
});
