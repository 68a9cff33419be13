/**
 * Reading parsed YAML as nodes rather than plain data, so every value keeps the line it was
 * written on: the verify report and the CI annotations point at that line.
 */
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

export interface YamlSource {
  doc: Document;
  lines: LineCounter;
}

/** Follows an alias (`*name`) to the node it stands for. */
export function deref(node: unknown, source: YamlSource): unknown {
  return isAlias(node) ? node.resolve(source.doc) : node;
}

export function asMap(node: unknown, source: YamlSource): YAMLMap | undefined {
  const target = deref(node, source);
  return isMap(target) ? target : undefined;
}

export function asSeq(node: unknown, source: YamlSource): YAMLSeq | undefined {
  const target = deref(node, source);
  return isSeq(target) ? target : undefined;
}

/** Merge keys nest (a merged map may merge others); deeper than this is a mistake. */
const MAX_MERGE_DEPTH = 16;

/**
 * The node under `key` of a map node (not its plain value). A key the map does not hold
 * itself is looked up in what it merges (`<<: *base`, `<<: [*a, *b]`, first source wins):
 * kubectl and docker compose read YAML merge keys, so a container's `image` may come from one.
 */
export function child(map: YAMLMap | undefined, key: string, source: YamlSource): unknown {
  return lookup(map, key, source, 0);
}

function lookup(map: YAMLMap | undefined, key: string, source: YamlSource, depth: number): unknown {
  if (!map) return undefined;
  const own = map.get(key, true);
  if (own !== undefined || depth >= MAX_MERGE_DEPTH) return own;
  for (const merged of mergeSources(map, source)) {
    const found = lookup(merged, key, source, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The maps a `<<` key merges into this one, in priority order. */
function mergeSources(map: YAMLMap, source: YamlSource): YAMLMap[] {
  const sources: YAMLMap[] = [];
  for (const pair of map.items) {
    if (!isScalar(pair.key) || pair.key.value !== '<<') continue;
    const value = deref(pair.value, source);
    const items = isSeq(value) ? value.items : [value];
    for (const item of items) {
      const target = deref(item, source);
      if (isMap(target)) sources.push(target);
    }
  }
  return sources;
}

/**
 * A scalar's text as written: `newTag: 1.20` stays "1.20" (its value would be the number 1.2).
 * Undefined for anything that is not a string or number scalar.
 */
export function scalarText(node: unknown, source: YamlSource): string | undefined {
  const target = deref(node, source);
  if (!isScalar(target)) return undefined;
  if (typeof target.value === 'string') return target.value;
  if (typeof target.value === 'number')
    return typeof target.source === 'string' ? target.source : String(target.value);
  return undefined;
}

/** 1-based line where a node starts (1 when the parser kept no position). */
export function lineOf(node: unknown, source: YamlSource): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? source.lines.linePos(range[0]).line : 1;
}
