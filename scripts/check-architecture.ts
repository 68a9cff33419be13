/**
 * `npm run lint` runs this: imprint's source is a stack of layers (docs/architecture.md draws
 * it), and a module may import only from its own layer or the ones below. Two things fail the
 * check, each printed with the import that causes it:
 *   - an import that runs up the layers (an engine reaching into a door, a reader into a table);
 *   - an import cycle between files, even inside one layer (ESM evaluates a cycle in an order
 *     that depends on which file is loaded first, and ncc compiles some of them to `false`).
 * Runs on Node 24 as it is (type stripping): node scripts/check-architecture.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/**
 * The layers, lowest first. An entry is a folder under src/ or a single file; a file's layer is
 * the longest entry that contains it. One home for the order: docs/architecture.md refers here.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['src/errors.ts', 'src/version.ts', 'src/util'],
  // The input reader: a value of a declared type from INPUT_* or --flags, knowing no door.
  ['src/inputs'],
  ['src/ci'],
  ['src/registry'],
  // The input tables (every door's inputs and their defaults) sit below the engines that read them.
  ['src/sigstore', 'src/attest', 'src/sbom', 'src/builders', 'src/inputs/tables'],
  ['src/scan'],
  ['src/policy'],
  ['src/manifests'],
  ['src/verify'],
  ['src/report'],
  ['src/copy', 'src/publish'],
  ['src/doors', 'src/cli.ts', 'src/index.ts'],
];

export type ImportGraph = ReadonlyMap<string, readonly string[]>;

export interface Violation {
  readonly kind: 'upward' | 'cycle';
  readonly message: string;
}

/** The layer index of a source file, or undefined when no entry holds it. */
export function layerOf(file: string, layers = LAYERS): number | undefined {
  let best: { index: number; length: number } | undefined;
  layers.forEach((entries, index) => {
    for (const entry of entries) {
      const holds = file === entry || file.startsWith(`${entry}/`);
      if (holds && (best === undefined || entry.length > best.length)) {
        best = { index, length: entry.length };
      }
    }
  });
  return best?.index;
}

export function upwardImports(graph: ImportGraph, layers = LAYERS): Violation[] {
  const found: Violation[] = [];
  for (const [from, targets] of graph) {
    const fromLayer = layerOf(from, layers);
    if (fromLayer === undefined) {
      found.push({ kind: 'upward', message: `${from} is in no layer: add its folder to LAYERS` });
      continue;
    }
    for (const to of targets) {
      const toLayer = layerOf(to, layers);
      if (toLayer !== undefined && toLayer > fromLayer) {
        found.push({
          kind: 'upward',
          message: `${from} imports ${to}, a higher layer (${toLayer} > ${fromLayer})`,
        });
      }
    }
  }
  return found;
}

/** Every import cycle, one per strongly connected component (Tarjan), its files in order. */
export function importCycles(graph: ImportGraph): Violation[] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  // Iterative, so a long chain of imports cannot overflow the call stack.
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    lowLink.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = graph.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const to = targets[frame.next++]!;
        if (!graph.has(to)) continue;
        if (!index.has(to)) {
          index.set(to, counter);
          lowLink.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          lowLink.set(frame.node, Math.min(lowLink.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) {
        lowLink.set(parent.node, Math.min(lowLink.get(parent.node)!, lowLink.get(frame.node)!));
      }
      if (lowLink.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfImport = (graph.get(frame.node) ?? []).includes(frame.node);
        if (component.length > 1 || selfImport) components.push(component.sort());
      }
    }
  }
  return components.map((files) => ({
    kind: 'cycle',
    message: `import cycle: ${files.join(' <-> ')}`,
  }));
}

/** The relative imports of one TypeScript source, resolved to repository paths. */
export function importsOf(file: string, source: string, exists: (path: string) => boolean) {
  const { importedFiles } = ts.preProcessFile(source, true, true);
  const resolved: string[] = [];
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue;
    if (fileName.endsWith('.json')) continue; // embedded data, not a module of any layer
    const base = normalize(join(dirname(file), fileName)).replace(/\.js$/, '');
    const target = [`${base}.ts`, `${base}/index.ts`].find(exists);
    if (target === undefined) throw new Error(`${file}: cannot resolve import '${fileName}'`);
    resolved.push(target);
  }
  return resolved;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

export function readGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const exists = (path: string) => {
    try {
      return statSync(join(root, path)).isFile();
    } catch {
      return false;
    }
  };
  for (const path of sourceFiles(join(root, 'src')).sort()) {
    const file = relative(root, path);
    graph.set(file, importsOf(file, readFileSync(path, 'utf8'), exists));
  }
  return graph;
}

function main(): void {
  const root = join(dirname(new URL(import.meta.url).pathname), '..');
  const graph = readGraph(root);
  const violations = [...upwardImports(graph), ...importCycles(graph)];
  for (const violation of violations) process.stderr.write(`${violation.message}\n`);
  if (violations.length > 0) {
    process.stderr.write(
      `\n${violations.length} architecture violation(s): see docs/architecture.md for the layers.\n`,
    );
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`architecture: ${graph.size} modules, no cycles, no upward imports\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
