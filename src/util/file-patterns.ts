/**
 * File patterns as people give them to verify (`manifests`, `bundles`): a literal path or a glob
 * (Node's fs.glob: `*`, `**`, `?`, `[…]`, `{a,b}`) against a working directory, and paths shown
 * back the way the person would write them. What a directory stands for, and what a pattern
 * that matches nothing means, is the caller's.
 */
import { glob, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

const GLOB_CHARACTERS = /[*?[\]{}]/;

export function isGlobPattern(pattern: string): boolean {
  return GLOB_CHARACTERS.test(pattern);
}

/** The regular files a glob matches, as absolute paths (directories and dangling links left out). */
export async function globFiles(pattern: string, cwd: string): Promise<string[]> {
  const found: string[] = [];
  for await (const entry of glob(pattern, { cwd })) {
    const path = isAbsolute(entry) ? entry : resolve(cwd, entry);
    if ((await stat(path).catch(() => undefined))?.isFile()) found.push(path);
  }
  return found;
}

/** Relative to the working directory (with `/`) when inside it, else the absolute path. */
export function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  if (shown === '' || shown.startsWith('..') || isAbsolute(shown)) return path;
  return shown.split(sep).join('/');
}
