/**
 * Debian packages from dpkg's database: `/var/lib/dpkg/status`, and the one-file-per-package
 * `/var/lib/dpkg/status.d/*` that distroless images carry instead. Licences come from each
 * package's copyright file; `Depends`/`Pre-Depends` become dependencies. Each package's file
 * list (`/var/lib/dpkg/info/<package>[:<arch>].list`) says which files it installed, so
 * language packages shipped inside .debs can be told apart (see ../installed-by.ts).
 */
import { splitDebianVersion, trivySourceProperties } from '../trivy-properties.js';
import type {
  Cataloger,
  CatalogContext,
  CatalogFile,
  CatalogResult,
  Component,
  Distro,
} from '../model.js';
import { displayPath } from '../paths.js';
import { buildPurl, distroQualifier } from '../purl.js';
import { field, parseParagraphs, type Paragraph } from './control-fields.js';
import { licencesFromCopyright } from './debian-copyright.js';

const STATUS_FILE = 'var/lib/dpkg/status';
const STATUS_DIR = 'var/lib/dpkg/status.d/';
const COPYRIGHT = /^usr\/share\/doc\/[^/]+\/copyright$/;
const FILE_LIST = /^var\/lib\/dpkg\/info\/[^/]+\.list$/;
/** dpkg states in which a package's files are on disk (`config-files` and `not-installed` are not). */
const PRESENT_STATES = new Set([
  'installed',
  'half-installed',
  'unpacked',
  'half-configured',
  'triggers-awaited',
  'triggers-pending',
]);

interface DebPackage {
  name: string;
  version: string;
  arch: string;
  source?: string;
  sourceVersion?: string;
  depends: string[];
  provides: string[];
  file: CatalogFile;
}

export const dpkgCataloger: Cataloger = {
  name: 'dpkg',
  wants: (path) => isDatabaseFile(path) || COPYRIGHT.test(path) || FILE_LIST.test(path),
  catalog(files: CatalogFile[], context: CatalogContext): CatalogResult {
    const warnings: string[] = [];
    const packages = files
      .filter((file) => isDatabaseFile(file.path))
      .flatMap((file) => readDatabase(file, warnings));
    const purls = new Map(packages.map((pkg) => [pkg, purlOf(pkg, context.distro)]));
    const byName = indexByNameAndProvides(packages);
    const components = packages.map((pkg): Component => {
      const dependsOn = dependenciesOf(pkg, byName).map((dependency) => purls.get(dependency)!);
      const copyright = context.lookup(`usr/share/doc/${pkg.name}/copyright`);
      return {
        kind: 'library',
        ecosystem: 'deb',
        name: pkg.name,
        version: pkg.version,
        purl: purls.get(pkg)!,
        licences: copyright ? licencesFromCopyright(copyright.content.toString('utf8')) : [],
        location: displayPath(pkg.file.path),
        layerDigest: pkg.file.layerDigest,
        cataloger: 'dpkg',
        ...(dependsOn.length > 0 ? { dependsOn: [...new Set(dependsOn)] } : {}),
        properties: {
          'imprint:deb:arch': pkg.arch,
          ...(pkg.source ? { 'imprint:deb:source': pkg.source } : {}),
          ...trivySourceProperties({
            name: pkg.source ?? pkg.name,
            ...splitDebianVersion(pkg.sourceVersion ?? pkg.version),
          }),
        },
      };
    });
    return { components, warnings, installedFiles: installedFiles(packages, purls, context) };
  },
};

/** Every file a package's list names → that package's purl (directories included, harmless). */
function installedFiles(
  packages: readonly DebPackage[],
  purls: ReadonlyMap<DebPackage, string>,
  context: CatalogContext,
): Map<string, string> {
  const owners = new Map<string, string>();
  for (const pkg of packages) {
    // Multi-Arch: same packages name their list `<package>:<arch>.list`.
    const list =
      context.lookup(`var/lib/dpkg/info/${pkg.name}.list`) ??
      context.lookup(`var/lib/dpkg/info/${pkg.name}:${pkg.arch}.list`);
    if (!list) continue;
    for (const line of list.content.toString('utf8').split('\n')) {
      const path = line.trim().replace(/^\/+/, '');
      if (path !== '') owners.set(path, purls.get(pkg)!);
    }
  }
  return owners;
}

function isDatabaseFile(path: string): boolean {
  if (path === STATUS_FILE) return true;
  if (!path.startsWith(STATUS_DIR)) return false;
  const name = path.slice(STATUS_DIR.length);
  // status.d also holds `<pkg>.md5sums` lists next to the control records.
  return name !== '' && !name.includes('/') && !name.endsWith('.md5sums');
}

function readDatabase(file: CatalogFile, warnings: string[]): DebPackage[] {
  const where = displayPath(file.path);
  const { paragraphs, problems } = parseParagraphs(file.content.toString('utf8'));
  for (const problem of problems) {
    warnings.push(
      `dpkg: skipped a damaged record in ${where} (line ${problem.line}: ${problem.message})`,
    );
  }
  const packages: DebPackage[] = [];
  for (const paragraph of paragraphs) {
    const pkg = packageOf(paragraph, file);
    if (typeof pkg === 'string')
      warnings.push(`dpkg: skipped a record in ${where} (line ${paragraph.line}): ${pkg}`);
    else if (pkg) packages.push(pkg);
  }
  return packages;
}

/** The package, undefined when it is not on disk, or a string saying what is wrong. */
function packageOf(paragraph: Paragraph, file: CatalogFile): DebPackage | string | undefined {
  const name = field(paragraph, 'Package');
  const version = field(paragraph, 'Version');
  if (!name || !version) return 'it has no Package or Version field';
  const status = field(paragraph, 'Status');
  // Distroless records have no Status: everything listed there is installed.
  if (status !== undefined && !PRESENT_STATES.has(status.split(/\s+/)[2] ?? '')) return undefined;
  const source = /^(\S+)(?:\s+\((\S+)\))?/.exec(field(paragraph, 'Source') ?? '');
  return {
    name,
    version,
    arch: field(paragraph, 'Architecture') ?? '',
    ...(source ? { source: source[1]!, ...(source[2] ? { sourceVersion: source[2] } : {}) } : {}),
    depends: [field(paragraph, 'Pre-Depends'), field(paragraph, 'Depends')].filter(
      (value) => value !== undefined,
    ),
    provides: splitRelations(field(paragraph, 'Provides') ?? '').flat(),
    file,
  };
}

function purlOf(pkg: DebPackage, distro: Distro | undefined): string {
  let upstream: string | undefined;
  if (pkg.source && (pkg.source !== pkg.name || pkg.sourceVersion)) {
    upstream = pkg.sourceVersion ? `${pkg.source}@${pkg.sourceVersion}` : pkg.source;
  }
  return buildPurl({
    type: 'deb',
    namespace: distro?.id ?? 'debian',
    name: pkg.name,
    version: pkg.version,
    qualifiers: { arch: pkg.arch, distro: distroQualifier(distro), upstream },
  });
}

/**
 * A relation field as clauses of alternatives, names only: `a (>= 1), b | c:any` →
 * [["a"], ["b", "c"]]. Version constraints and architecture qualifiers do not change which
 * installed package satisfies it here.
 */
export function splitRelations(value: string): string[][] {
  return value
    .split(',')
    .map((clause) =>
      clause
        .split('|')
        .map((alternative) => alternative.trim().split(/[\s(:[]/)[0]!)
        .filter((name) => name !== ''),
    )
    .filter((alternatives) => alternatives.length > 0);
}

function indexByNameAndProvides(packages: readonly DebPackage[]): Map<string, DebPackage> {
  const index = new Map<string, DebPackage>();
  for (const pkg of packages)
    for (const provided of pkg.provides) if (!index.has(provided)) index.set(provided, pkg);
  // Real package names win over virtual ones.
  for (const pkg of packages)
    if (!index.has(pkg.name) || index.get(pkg.name)!.name !== pkg.name) index.set(pkg.name, pkg);
  return index;
}

/** For each clause, the first alternative that is installed. */
function dependenciesOf(pkg: DebPackage, byName: Map<string, DebPackage>): DebPackage[] {
  const found: DebPackage[] = [];
  for (const clause of pkg.depends.flatMap(splitRelations)) {
    const match = clause
      .map((name) => byName.get(name))
      .find((candidate) => candidate !== undefined);
    if (match && match !== pkg) found.push(match);
  }
  return found;
}
