/**
 * npm packages: installed manifests (`node_modules/<name>/package.json`, scoped or nested) and
 * the `package-lock.json` of applications. A lockfile entry whose package is installed next to
 * it is left to the installed manifest (one component per install, with the manifest as
 * evidence); entries without an installed copy come from the lockfile. Development-only
 * entries (`dev: true`) are left out: they are not part of what runs.
 */
import { licenceOf, uniqueLicences } from '../licences.js';
import type { Cataloger, CatalogFile, CatalogResult, Component, Licence } from '../model.js';
import { displayPath, joinPath, parentOf } from '../paths.js';
import { buildPurl } from '../purl.js';

const INSTALLED_MANIFEST = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/]+\/package\.json$/;
const LOCKFILE = /(?:^|\/)package-lock\.json$/;

interface Manifest {
  name?: unknown;
  version?: unknown;
  license?: unknown;
  licenses?: unknown;
  dependencies?: unknown;
}

interface LockEntry {
  name?: string;
  version?: string;
  dev?: boolean;
  license?: unknown;
  link?: boolean;
  dependencies?: Record<string, LockEntry>;
}

export const npmCataloger: Cataloger = {
  name: 'npm',
  wants: (path) =>
    INSTALLED_MANIFEST.test(path) || (LOCKFILE.test(path) && !path.includes('node_modules/')),
  catalog(files: CatalogFile[]): CatalogResult {
    const warnings: string[] = [];
    const installed = new Map<string, { file: CatalogFile; manifest: Manifest }>();
    for (const file of files.filter((f) => INSTALLED_MANIFEST.test(f.path))) {
      const manifest = parseJson<Manifest>(file, warnings);
      if (manifest && typeof manifest.name === 'string' && typeof manifest.version === 'string') {
        installed.set(parentOf(file.path), { file, manifest });
      }
    }
    const components = [...installed.entries()].map(([dir, { file, manifest }]) =>
      installedComponent(dir, file, manifest, installed),
    );
    for (const file of files.filter((f) => LOCKFILE.test(f.path))) {
      const lock = parseJson<Record<string, unknown>>(file, warnings);
      if (lock) components.push(...lockComponents(file, lock, installed));
    }
    return { components, warnings };
  },
};

function parseJson<T>(file: CatalogFile, warnings: string[]): T | undefined {
  try {
    return JSON.parse(file.content.toString('utf8')) as T;
  } catch (error) {
    warnings.push(
      `npm: skipped ${displayPath(file.path)}: not valid JSON (${(error as Error).message})`,
    );
    return undefined;
  }
}

export function npmPurl(name: string, version: string): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  return slash > 0
    ? buildPurl({
        type: 'npm',
        namespace: name.slice(0, slash),
        name: name.slice(slash + 1),
        version,
      })
    : buildPurl({ type: 'npm', name, version });
}

/** `license: "MIT"`, `license: {type}`, or the old `licenses: [{type}]`. */
export function npmLicences(manifest: { license?: unknown; licenses?: unknown }): Licence[] {
  const texts: string[] = [];
  const add = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (
      value &&
      typeof value === 'object' &&
      typeof (value as { type?: unknown }).type === 'string'
    ) {
      texts.push((value as { type: string }).type);
    }
  };
  add(manifest.license);
  if (Array.isArray(manifest.licenses)) manifest.licenses.forEach(add);
  return uniqueLicences(texts.map(licenceOf).filter((licence) => licence !== undefined));
}

function installedComponent(
  dir: string,
  file: CatalogFile,
  manifest: Manifest,
  installed: Map<string, unknown>,
): Component {
  const name = manifest.name as string;
  const version = manifest.version as string;
  const dependencyNames =
    manifest.dependencies && typeof manifest.dependencies === 'object'
      ? Object.keys(manifest.dependencies)
      : [];
  const dependsOn = dependencyNames
    .map((dependency) => resolveInstalled(dir, dependency, installed))
    .filter((target) => target !== undefined)
    .map((target) => {
      const found = installed.get(target) as { manifest: Manifest };
      return npmPurl(found.manifest.name as string, found.manifest.version as string);
    });
  return {
    kind: 'library',
    ecosystem: 'npm',
    name,
    version,
    purl: npmPurl(name, version),
    licences: npmLicences(manifest),
    location: displayPath(file.path),
    layerDigest: file.layerDigest,
    cataloger: 'npm',
    ...(dependsOn.length > 0 ? { dependsOn } : {}),
  };
}

/**
 * Node's lookup: `<dir>/node_modules/<name>`, then the same in each enclosing package directory.
 * `dir` is a package directory (`app/node_modules/a` or `app/node_modules/a/node_modules/b`).
 */
function resolveInstalled(
  dir: string,
  name: string,
  installed: Map<string, unknown>,
): string | undefined {
  let base = dir;
  for (;;) {
    const candidate = joinPath(base, joinPath('node_modules', name));
    if (installed.has(candidate)) return candidate;
    const cut = base.lastIndexOf('/node_modules/');
    if (cut >= 0) {
      base = base.slice(0, cut);
      continue;
    }
    if (base.startsWith('node_modules/')) {
      base = '';
      continue;
    }
    return undefined;
  }
}

function lockComponents(
  file: CatalogFile,
  lock: Record<string, unknown>,
  installed: Map<string, unknown>,
): Component[] {
  const appDir = parentOf(file.path);
  const entries: [string, LockEntry][] = [];
  if (lock.packages && typeof lock.packages === 'object') {
    // lockfileVersion 2 and 3: keys are install paths relative to the app.
    for (const [key, entry] of Object.entries(lock.packages as Record<string, LockEntry>)) {
      if (key === '' || entry.link || entry.dev) continue;
      entries.push([key, entry]);
    }
  } else if (lock.dependencies && typeof lock.dependencies === 'object') {
    collectV1(lock.dependencies as Record<string, LockEntry>, 'node_modules', entries);
  }
  return entries
    .filter(([key]) => !installed.has(joinPath(appDir, key)))
    .map(([key, entry]) => ({
      name: entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length),
      entry,
    }))
    .filter(({ entry }) => typeof entry.version === 'string' && !entry.version.startsWith('file:'))
    .map(({ name, entry }) => ({
      kind: 'library' as const,
      ecosystem: 'npm' as const,
      name,
      version: entry.version!,
      purl: npmPurl(name, entry.version!),
      licences: npmLicences(entry),
      location: displayPath(file.path),
      layerDigest: file.layerDigest,
      cataloger: 'npm',
    }));
}

/** lockfileVersion 1 nests `dependencies`; rebuild the install paths v2 would have used. */
function collectV1(
  dependencies: Record<string, LockEntry>,
  prefix: string,
  out: [string, LockEntry][],
): void {
  for (const [name, entry] of Object.entries(dependencies)) {
    const key = `${prefix}/${name}`;
    if (!entry.dev) out.push([key, { ...entry, name }]);
    if (entry.dependencies) collectV1(entry.dependencies, `${key}/node_modules`, out);
  }
}
