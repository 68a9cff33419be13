/**
 * `npm run lint` runs this: every name a file under src/ exports must be imported somewhere in
 * src/, test/, bench/ or scripts/. An export nothing imports is either dead code or a helper
 * that should stay private to its file; both make a module look bigger than it is. The entry
 * points (src/index.ts, src/cli.ts) are the exception: what they export is the product's face.
 * Re-exports count through: importing `x` from a folder's index that `export *`s a file counts
 * as a use of that file's `x`. A type its own file uses stays exported even when nothing imports
 * it: it names a parameter or a result of that file's functions, which callers may spell out.
 * Runs on Node 24 as it is: node scripts/check-dead-exports.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export const ENTRY_POINTS: readonly string[] = ['src/index.ts', 'src/cli.ts'];
const SCANNED_FOLDERS = ['src', 'test', 'bench', 'scripts'];
const SCANNED_EXTENSIONS = ['.ts', '.mjs', '.cjs'];

/** All names (`*` for every one) a file takes from another: target file → names. */
export type Uses = Map<string, Set<string>>;

export interface ModuleExports {
  /** Names the file itself exports, its own or re-exported by name (`default` included). */
  readonly names: Set<string>;
  /** `export { a as b } from './x'`: b → { from: x, name: a } (name `*` for `export * as b`). */
  readonly reexports: Map<string, { from: string; name: string }>;
  /** `export * from './x'`: every name of x is a name of this file. */
  readonly stars: string[];
  /** Exported interfaces and type aliases the file itself refers to. */
  readonly typesUsedInFile: Set<string>;
}

type Resolve = (specifier: string) => string | undefined;

const hasExportModifier = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

const isDefault = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) =>
    ts.isOmittedExpression(element) ? [] : bindingNames(element.name),
  );
}

function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((d) => bindingNames(d.name));
  }
  if (isDefault(statement)) return ['default'];
  const name = (statement as { name?: ts.Node }).name;
  return name && ts.isIdentifier(name) ? [name.text] : [];
}

/** What one source file exports, with its `from` specifiers resolved to repository paths. */
export function exportsOf(source: string, resolve: Resolve): ModuleExports {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, false);
  const exported: ModuleExports = {
    names: new Set(),
    reexports: new Map(),
    stars: [],
    typesUsedInFile: new Set(),
  };
  const types: ts.Identifier[] = [];
  for (const statement of file.statements) {
    if (ts.isExportAssignment(statement)) exported.names.add('default');
    else if (ts.isExportDeclaration(statement)) addExportDeclaration(statement, resolve, exported);
    else if (hasExportModifier(statement)) {
      for (const name of declaredNames(statement)) exported.names.add(name);
      if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
        types.push(statement.name);
      }
    }
  }
  for (const name of referencedElsewhere(file, types)) exported.typesUsedInFile.add(name);
  return exported;
}

/** The names of these declarations that some other identifier in the file refers to. */
function referencedElsewhere(file: ts.SourceFile, declarations: ts.Identifier[]): Set<string> {
  const wanted = new Map(declarations.map((name) => [name.text, name]));
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && wanted.has(node.text) && wanted.get(node.text) !== node) {
      found.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function addExportDeclaration(
  statement: ts.ExportDeclaration,
  resolve: Resolve,
  exported: ModuleExports,
): void {
  const specifier = statement.moduleSpecifier;
  const from = specifier && ts.isStringLiteral(specifier) ? resolve(specifier.text) : undefined;
  const clause = statement.exportClause;
  if (!clause) {
    if (from) exported.stars.push(from);
    return;
  }
  if (ts.isNamespaceExport(clause)) {
    exported.names.add(clause.name.text);
    if (from) exported.reexports.set(clause.name.text, { from, name: '*' });
    return;
  }
  for (const element of clause.elements) {
    exported.names.add(element.name.text);
    const name = (element.propertyName ?? element.name).text;
    if (from) exported.reexports.set(element.name.text, { from, name });
  }
}

/** The names a file imports from other files: static, dynamic and `import('…').T` types. */
export function usesOf(source: string, resolve: Resolve): Uses {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, true);
  const uses: Uses = new Map();
  const use = (specifier: string, names: string[]) => {
    const target = resolve(specifier);
    if (target === undefined) return;
    const set = uses.get(target) ?? new Set<string>();
    for (const name of names) set.add(name);
    uses.set(target, set);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      use(node.moduleSpecifier.text, importClauseNames(node.importClause));
    } else if (isDynamicImport(node)) {
      use(node.arguments[0].text, dynamicImportNames(node));
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument;
      if (ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal)) {
        use(argument.literal.text, [importTypeName(node)]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

function importClauseNames(clause: ts.ImportClause | undefined): string[] {
  if (!clause) return [];
  const names = clause.name ? ['default'] : [];
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
  if (bindings && ts.isNamedImports(bindings)) {
    for (const element of bindings.elements) {
      names.push((element.propertyName ?? element.name).text);
    }
  }
  return names;
}

function isDynamicImport(
  node: ts.Node,
): node is ts.CallExpression & { arguments: [ts.StringLiteral] } {
  return (
    ts.isCallExpression(node) &&
    node.expression.kind === ts.SyntaxKind.ImportKeyword &&
    node.arguments[0] !== undefined &&
    ts.isStringLiteral(node.arguments[0])
  );
}

/**
 * `const { a, b } = await import('./x.js')` and `(await import('./x.js')).a` name what they take;
 * anything else (a module object passed around) may use every export.
 */
function dynamicImportNames(call: ts.CallExpression): string[] {
  const awaited = call.parent;
  if (!ts.isAwaitExpression(awaited)) return ['*'];
  const holder = awaited.parent;
  if (ts.isVariableDeclaration(holder) && ts.isObjectBindingPattern(holder.name)) {
    return holder.name.elements.map((element) => {
      const name = element.propertyName ?? element.name;
      return ts.isIdentifier(name) ? name.text : '*';
    });
  }
  if (ts.isParenthesizedExpression(holder) && ts.isPropertyAccessExpression(holder.parent)) {
    return [holder.parent.name.text];
  }
  return ['*'];
}

function importTypeName(node: ts.ImportTypeNode): string {
  let qualifier = node.qualifier;
  if (!qualifier) return '*';
  while (ts.isQualifiedName(qualifier)) qualifier = qualifier.left;
  return qualifier.text;
}

/**
 * Every `file#name` some other file uses, following re-exports: a used name of a file that
 * re-exports it is a used name of the file it comes from (`*` stands for all of a file's names).
 */
export function usedNames(
  exportsByFile: ReadonlyMap<string, ModuleExports>,
  usesByFile: ReadonlyMap<string, Uses>,
): Set<string> {
  const used = new Set<string>();
  const work: [string, string][] = [];
  for (const uses of usesByFile.values()) {
    for (const [target, names] of uses) for (const name of names) work.push([target, name]);
  }
  while (work.length > 0) {
    const [file, name] = work.pop()!;
    const key = `${file}#${name}`;
    if (used.has(key)) continue;
    used.add(key);
    const exported = exportsByFile.get(file);
    if (!exported) continue;
    if (name === '*') {
      for (const own of exported.names) work.push([file, own]);
      for (const star of exported.stars) work.push([star, '*']);
      continue;
    }
    const reexport = exported.reexports.get(name);
    if (reexport) work.push([reexport.from, reexport.name]);
    else if (!exported.names.has(name)) {
      for (const star of exported.stars) work.push([star, name]);
    }
  }
  return used;
}

/** `file exports name` for each exported name of a src/ file that nothing uses. */
export function deadExports(
  exportsByFile: ReadonlyMap<string, ModuleExports>,
  usesByFile: ReadonlyMap<string, Uses>,
  entryPoints: readonly string[] = ENTRY_POINTS,
): string[] {
  const used = usedNames(exportsByFile, usesByFile);
  const dead: string[] = [];
  for (const [file, exported] of exportsByFile) {
    if (entryPoints.includes(file)) continue;
    for (const name of exported.names) {
      if (exported.typesUsedInFile.has(name)) continue;
      if (!used.has(`${file}#${name}`) && !used.has(`${file}#*`)) {
        dead.push(`${file} exports ${name}`);
      }
    }
  }
  return dead.sort();
}

/**
 * A relative specifier as the repository path of the TypeScript file it names, or undefined
 * for a package, a JSON file or a script in another language (none of them export from src/).
 */
export function resolveImport(
  file: string,
  specifier: string,
  exists: (path: string) => boolean,
): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = normalize(join(dirname(file), specifier)).replace(/\.(js|ts)$/, '');
  return [`${base}.ts`, `${base}/index.ts`].find(exists);
}

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    if (name === 'node_modules') return [];
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(root, path);
    return SCANNED_EXTENSIONS.some((extension) => name.endsWith(extension)) ? [path] : [];
  });
}

/** Reads the project: the exports of every src/ file and the uses of every scanned file. */
export function readProject(root: string) {
  const exists = (path: string) => {
    try {
      return statSync(join(root, path)).isFile();
    } catch {
      return false;
    }
  };
  const exportsByFile = new Map<string, ModuleExports>();
  const usesByFile = new Map<string, Uses>();
  for (const file of SCANNED_FOLDERS.flatMap((folder) => sourceFiles(root, folder)).sort()) {
    const source = readFileSync(join(root, file), 'utf8');
    const resolve = (specifier: string) => resolveImport(file, specifier, exists);
    usesByFile.set(file, usesOf(source, resolve));
    if (file.startsWith('src/') && file.endsWith('.ts')) {
      exportsByFile.set(file, exportsOf(source, resolve));
    }
  }
  return { exportsByFile, usesByFile };
}

function main(): void {
  const root = join(dirname(new URL(import.meta.url).pathname), '..');
  const { exportsByFile, usesByFile } = readProject(root);
  const dead = deadExports(exportsByFile, usesByFile);
  for (const line of dead) process.stderr.write(`${line}, which nothing imports\n`);
  if (dead.length > 0) {
    process.stderr.write(
      `\n${dead.length} dead export(s): delete them, or drop \`export\` when the file uses them itself.\n`,
    );
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`exports: ${exportsByFile.size} modules, every export is imported\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
