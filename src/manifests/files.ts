/** Finding and reading manifest files: glob patterns → files → parsed manifests (I/O). */
import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { ImprintError, messageOf } from '../errors.js';
import { displayPath, globFiles, isGlobPattern } from '../util/file-patterns.js';
import { KUSTOMIZATION_FILE_NAMES } from './kustomize.js';
import { type ParsedManifestFile, parseManifestText } from './parse.js';

/** The files a directory stands for. */
const MANIFEST_EXTENSIONS = ['yaml', 'yml', 'json'];
/** A manifest larger than this is not a manifest; refusing it keeps memory bounded. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

/**
 * Expands each pattern (Node's fs.glob: `*`, `**`, `?`, `[…]`, `{a,b}`) against `cwd`. A
 * directory stands for the YAML and JSON files under it (refused when it holds Jsonnet). A
 * pattern that matches nothing is an error: a typo must not turn into "no images, nothing to
 * verify".
 */
export async function expandPatterns(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    const matched = isGlobPattern(pattern)
      ? await globFiles(pattern, cwd)
      : await literalPath(pattern, cwd);
    if (matched.length === 0) {
      throw new ImprintError('INPUT_INVALID', `manifests pattern "${pattern}" matched no file`, {
        hint: `check the pattern against the checked-out files (relative to ${cwd}), e.g. deploy/**/*.yaml`,
      });
    }
    for (const file of matched) files.add(file);
  }
  return [...files].sort();
}

async function literalPath(pattern: string, cwd: string): Promise<string[]> {
  const path = resolve(cwd, pattern);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw unreadable(displayPath(path, cwd), error);
  }
  if (!info.isDirectory()) return [path];
  const templated = await globFiles(join(path, '**', '*.jsonnet'), cwd);
  if (templated.length > 0) {
    // Argo CD evaluates .jsonnet in a directory app; its output is not in the repository.
    throw new ImprintError(
      'MANIFEST_FILE_INVALID',
      `${displayPath(templated[0]!, cwd)}: Jsonnet in ${pattern} is rendered at deploy time, and imprint does not evaluate it, so its images would go unverified`,
      {
        hint: 'render it (jsonnet -y file.jsonnet > rendered.yaml) and pass the output as `manifests`',
      },
    );
  }
  // What `kubectl apply -f <dir>` and Argo CD directory apps read: YAML and JSON.
  return globFiles(join(path, '**', `*.{${MANIFEST_EXTENSIONS.join(',')}}`), cwd);
}

/** Reads and parses files once each, however many kustomizations name them. */
export class ManifestReader {
  private readonly cache = new Map<string, Promise<ParsedManifestFile>>();

  constructor(readonly cwd: string) {}

  read(path: string): Promise<ParsedManifestFile> {
    let parsed = this.cache.get(path);
    if (!parsed) {
      parsed = this.load(path);
      this.cache.set(path, parsed);
    }
    return parsed;
  }

  display(path: string): string {
    return displayPath(path, this.cwd);
  }

  private async load(path: string): Promise<ParsedManifestFile> {
    const file = this.display(path);
    let text: string;
    try {
      const info = await stat(path);
      if (info.size > MAX_MANIFEST_BYTES) {
        throw new ImprintError(
          'MANIFEST_FILE_INVALID',
          `${file}: ${info.size} bytes is larger than the ${MAX_MANIFEST_BYTES}-byte limit for a manifest`,
          { hint: 'point `manifests` at the deployment YAML, not at generated or binary files' },
        );
      }
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (error instanceof ImprintError) throw error;
      throw unreadable(file, error);
    }
    return parseManifestText(text, file, basename(path));
  }
}

/** The kustomization file inside a directory, if it has one. */
export async function kustomizationIn(directory: string): Promise<string | undefined> {
  for (const name of KUSTOMIZATION_FILE_NAMES) {
    const candidate = join(directory, name);
    if ((await stat(candidate).catch(() => undefined))?.isFile()) return candidate;
  }
  return undefined;
}

/** Paths as the repository shows them (and as CI annotations want them): relative, with `/`. */
function unreadable(file: string, error: unknown): ImprintError {
  const code = (error as { code?: string }).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a directory'
          : messageOf(error);
  return new ImprintError('MANIFEST_FILE_INVALID', `${file}: cannot read the manifest: ${reason}`, {
    cause: error,
    hint: 'check the path in `manifests` (relative to the repository root) and that the file is checked out',
  });
}
