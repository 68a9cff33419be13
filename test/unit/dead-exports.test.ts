import {
  deadExports,
  exportsOf,
  readProject,
  resolveImport,
  usesOf,
} from '../../scripts/check-dead-exports.js';

const FILES = ['src/a.ts', 'src/b.ts', 'src/face/index.ts', 'src/face/inner.ts', 'src/cli.ts'];
const exists = (path: string) => FILES.includes(path);

/** A project of in-memory files: path → source. */
function check(sources: Record<string, string>, entryPoints: string[] = ['src/cli.ts']) {
  const exportsByFile = new Map();
  const usesByFile = new Map();
  for (const [file, source] of Object.entries(sources)) {
    const resolve = (specifier: string) => resolveImport(file, specifier, exists);
    usesByFile.set(file, usesOf(source, resolve));
    if (file.startsWith('src/')) exportsByFile.set(file, exportsOf(source, resolve));
  }
  return deadExports(exportsByFile, usesByFile, entryPoints);
}

describe('the dead export check', () => {
  it('reports each exported value, class and type nothing imports, and nothing else', () => {
    const dead = check({
      'src/a.ts': [
        'export const used = 1;',
        'export const unused = 2;',
        'export function lonely() {}',
        'export class Alone {}',
        'export interface Orphan { x: number }',
        'const internal = 3;',
        'export default internal;',
      ].join('\n'),
      'test/a.test.ts': "import { used } from '../src/a.js';",
    });
    expect(dead).toEqual([
      'src/a.ts exports Alone',
      'src/a.ts exports Orphan',
      'src/a.ts exports default',
      'src/a.ts exports lonely',
      'src/a.ts exports unused',
    ]);
  });

  it('keeps a type its own file uses: it names part of that file’s functions', () => {
    const dead = check({
      'src/a.ts': [
        'export interface Options { n: number }',
        'export type Unused = string;',
        'export function run(options: Options) { return options.n; }',
      ].join('\n'),
      'src/b.ts': "import { run } from './a.js';\nrun({ n: 1 });",
    });
    expect(dead).toEqual(['src/a.ts exports Unused']);
  });

  it('counts default, namespace, dynamic and import-type uses', () => {
    const dead = check({
      'src/a.ts': 'export default 1;\nexport const x = 1;\nexport type T = number;',
      'src/b.ts': 'export const y = 1;\nexport const z = 2;\nexport const w = 3;',
      'src/face/inner.ts': 'export const q = 1;',
      'test/uses.ts': [
        "import one from '../src/a.js';",
        "const { x } = await import('../src/a.js');",
        "let t: import('../src/a.js').T;",
        "const z = (await import('../src/b.js')).z;",
        "import * as inner from '../src/face/inner.js';",
      ].join('\n'),
    });
    expect(dead).toEqual(['src/b.ts exports w', 'src/b.ts exports y']);
  });

  it('follows re-exports, by name and by star, to the file that declares the name', () => {
    const dead = check({
      'src/face/index.ts': [
        "export { inner as renamed, other } from './inner.js';",
        "export * from '../b.js';",
      ].join('\n'),
      'src/face/inner.ts': 'export const inner = 1;\nexport const other = 2;',
      'src/b.ts': 'export const fromStar = 1;\nexport const notReached = 2;',
      'test/face.test.ts': "import { renamed, fromStar } from '../src/face/index.js';",
    });
    expect(dead).toEqual([
      'src/b.ts exports notReached',
      'src/face/index.ts exports other',
      'src/face/inner.ts exports other',
    ]);
  });

  it('leaves the entry points alone', () => {
    expect(check({ 'src/cli.ts': 'export const main = () => 0;' })).toEqual([]);
  });

  it('resolves .js and .ts specifiers and folder indexes, and skips packages', () => {
    expect(resolveImport('test/x.ts', '../src/a.js', exists)).toBe('src/a.ts');
    expect(resolveImport('scripts/x.ts', '../src/b.ts', exists)).toBe('src/b.ts');
    expect(resolveImport('src/b.ts', './face', exists)).toBe('src/face/index.ts');
    expect(resolveImport('src/b.ts', 'node:fs', exists)).toBeUndefined();
    expect(resolveImport('src/b.ts', './data.json', exists)).toBeUndefined();
  });

  it('finds no dead export in the project', () => {
    const { exportsByFile, usesByFile } = readProject(process.cwd());
    expect(exportsByFile.has('src/cli.ts')).toBe(true);
    expect(deadExports(exportsByFile, usesByFile)).toEqual([]);
  });
});
