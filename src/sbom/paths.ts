/**
 * Path rules for layer entries. Tar names are relative to the image root; writers add `./` or
 * a leading `/`, and a hostile layer can try `../`. We never write to disk, but every lookup
 * works on one normal form: no leading `/`, no empty, `.` or `..` segments.
 */

const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';

/**
 * The normal form of a tar entry name, or undefined when `..` would climb above the root
 * (such entries are rejected, not clamped: clamping would let them overwrite other paths).
 * An absolute name is read relative to the root, as container runtimes do.
 */
export function normaliseEntryPath(name: string): string | undefined {
  const segments: string[] = [];
  for (const segment of name.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  return segments.join('/');
}

export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function joinPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** Splits a path into its segments, dropping empty ones (`a//b`, leading `/`). */
export function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** The location string used in SBOM output: absolute, as a shell in the container shows it. */
export function displayPath(path: string): string {
  return `/${path}`;
}

export type WhiteoutKind = { kind: 'opaque'; dir: string } | { kind: 'remove'; path: string };

/** Recognises the OCI whiteout forms: `.wh.<name>` removes, `.wh..wh..opq` makes opaque. */
export function whiteoutOf(path: string): WhiteoutKind | undefined {
  const name = baseName(path);
  if (!name.startsWith(WHITEOUT_PREFIX)) return undefined;
  const dir = parentOf(path);
  if (name === OPAQUE_MARKER) return { kind: 'opaque', dir };
  const removed = name.slice(WHITEOUT_PREFIX.length);
  // `.wh.` alone or `.wh..` would remove the directory itself or its parent: not a valid whiteout.
  if (removed === '' || removed === '.' || removed === '..') return undefined;
  return { kind: 'remove', path: joinPath(dir, removed) };
}
