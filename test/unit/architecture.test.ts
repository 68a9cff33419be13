import {
  importCycles,
  importsOf,
  layerOf,
  readGraph,
  upwardImports,
} from '../../scripts/check-architecture.js';

const LAYERS = [
  ['src/errors.ts', 'src/util'],
  ['src/verify'],
  ['src/verify/door.ts', 'src/commands'],
];

describe('the architecture check', () => {
  it('places a file in the layer of its longest entry', () => {
    expect(layerOf('src/util/json.ts', LAYERS)).toBe(0);
    expect(layerOf('src/verify/engine.ts', LAYERS)).toBe(1);
    expect(layerOf('src/verify/door.ts', LAYERS)).toBe(2);
    expect(layerOf('src/verifyx/a.ts', LAYERS)).toBeUndefined();
  });

  it('reports an import that runs up the layers, and a file in no layer', () => {
    const graph = new Map([
      ['src/verify/engine.ts', ['src/commands/output.ts', 'src/util/json.ts']],
      ['src/commands/output.ts', ['src/verify/engine.ts']],
      ['src/stray/a.ts', []],
    ]);
    expect(upwardImports(graph, LAYERS).map((v) => v.message)).toEqual([
      'src/verify/engine.ts imports src/commands/output.ts, a higher layer (2 > 1)',
      'src/stray/a.ts is in no layer: add its folder to LAYERS',
    ]);
  });

  it('reports each import cycle once, with every file in it, and a self-import', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
      ['f.ts', ['d.ts']],
    ]);
    expect(importCycles(graph).map((v) => v.message)).toEqual([
      'import cycle: a.ts <-> b.ts <-> c.ts',
      'import cycle: e.ts',
    ]);
  });

  it('resolves relative imports to files and folder indexes, and refuses one it cannot find', () => {
    const exists = (path: string) => ['src/a/b.ts', 'src/c/index.ts'].includes(path);
    const source = "import { x } from '../a/b.js';\nexport * from '../c';\nimport 'node:fs';\n";
    expect(importsOf('src/d/e.ts', source, exists)).toEqual(['src/a/b.ts', 'src/c/index.ts']);
    expect(() => importsOf('src/d/e.ts', "import '../gone.js';", exists)).toThrow(
      "src/d/e.ts: cannot resolve import '../gone.js'",
    );
  });

  it('reads the project: every source file is in the graph, with its imports', () => {
    const graph = readGraph(process.cwd());
    expect(graph.get('src/cli.ts')?.length).toBeGreaterThan(0);
    expect([...graph.keys()].every((file) => file.startsWith('src/'))).toBe(true);
  });
});
