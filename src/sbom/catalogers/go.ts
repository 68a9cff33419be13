/**
 * Go binaries: the main module, its dependency modules and the Go standard library, from the
 * build information in the binary. Executables are read while their layer is walked and
 * reduced at once to that build information (a few kilobytes), so binaries never pile up.
 */
import type { Cataloger, CatalogFile, CatalogResult, Component } from '../model.js';
import { displayPath } from '../paths.js';
import { buildPurl } from '../purl.js';
import { StreamingBuildInfoScanner, readGoBuildInfo, type GoBuildInfo } from './go-buildinfo.js';

/** The smallest Go binaries (stripped hello-world) are about a megabyte; skip small scripts. */
const MIN_BINARY_BYTES = 256 * 1024;
const EXECUTABLE_BITS = 0o111;

export interface GoModule {
  path: string;
  version: string;
  /** A `=>` line: the module that replaced this one (a module path or a local directory). */
  replacedBy?: { path: string; version?: string };
}

export interface ParsedModInfo {
  /** The main package's import path (`path` line). */
  mainPath?: string;
  main?: GoModule;
  deps: GoModule[];
}

export function parseModInfo(text: string): ParsedModInfo {
  const parsed: ParsedModInfo = { deps: [] };
  let last: GoModule | undefined;
  for (const line of text.split('\n')) {
    const [kind, path, version] = line.split('\t');
    if (kind === 'path' && path) parsed.mainPath = path;
    else if ((kind === 'mod' || kind === 'dep') && path) {
      last = { path, version: version ?? '' };
      if (kind === 'mod') parsed.main = last;
      else parsed.deps.push(last);
    } else if (kind === '=>' && path && last) {
      last.replacedBy = version ? { path, version } : { path };
    }
  }
  return parsed;
}

export function golangPurl(modulePath: string, version: string | undefined): string {
  const slash = modulePath.lastIndexOf('/');
  return buildPurl({
    type: 'golang',
    ...(slash > 0 ? { namespace: modulePath.slice(0, slash) } : {}),
    name: modulePath.slice(slash + 1),
    ...(version ? { version } : {}),
  });
}

export const goCataloger: Cataloger = {
  name: 'go',
  wants: (_path, entry) => (entry.mode & EXECUTABLE_BITS) !== 0 && entry.size >= MIN_BINARY_BYTES,
  reduce: (_path, content) => {
    const info = readGoBuildInfo(content);
    return info ? Buffer.from(JSON.stringify(info)) : undefined;
  },
  scanOversized: () => {
    const scanner = new StreamingBuildInfoScanner();
    return {
      write: (chunk) => scanner.write(chunk),
      end: () => {
        const info = scanner.end();
        return info ? Buffer.from(JSON.stringify(info)) : undefined;
      },
    };
  },
  catalog(files: CatalogFile[]): CatalogResult {
    const components = files.flatMap((file) =>
      componentsOf(JSON.parse(file.content.toString('utf8')) as GoBuildInfo, file),
    );
    return { components, warnings: [] };
  },
};

/**
 * A module replaced by another module is reported as the replacement (that is the code in the
 * binary); one replaced by a local directory keeps its own name, with the directory noted.
 */
function moduleComponent(module: GoModule, file: CatalogFile, kind: Component['kind']): Component {
  const byModule = module.replacedBy?.version && module.replacedBy.version !== '(devel)';
  const path = byModule ? module.replacedBy!.path : module.path;
  const version = byModule ? module.replacedBy!.version! : module.version;
  const properties: Record<string, string> = {};
  if (module.replacedBy && !byModule) properties['imprint:go:replaced-by'] = module.replacedBy.path;
  if (byModule) properties['imprint:go:replaces'] = `${module.path}@${module.version}`;
  return {
    kind,
    ecosystem: 'golang',
    name: path,
    version,
    purl: golangPurl(path, version === '(devel)' ? undefined : version),
    licences: [],
    location: displayPath(file.path),
    layerDigest: file.layerDigest,
    cataloger: 'go',
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

function componentsOf(info: GoBuildInfo, file: CatalogFile): Component[] {
  const parsed = parseModInfo(info.modInfo);
  // A toolchain built with experiments says so after its release: `go1.26.8-X:jsonv2` (Go
  // 1.26), `go1.20 X:arenas` (older). The standard library is that release, as advisories
  // (Go's vulndb, Trivy) name it.
  const release = info.goVersion.replace(/[\s-]X:.*$/, '');
  const stdlibVersion = release.replace(/^go/, '');
  const stdlib: Component = {
    kind: 'library',
    ecosystem: 'golang',
    name: 'stdlib',
    version: release,
    purl: buildPurl({ type: 'golang', name: 'stdlib', version: stdlibVersion }),
    licences: [],
    location: displayPath(file.path),
    layerDigest: file.layerDigest,
    cataloger: 'go',
  };
  // Binaries built outside module mode (GOPATH, as Debian builds them) only carry `path`.
  const mainModule = parsed.main ?? { path: parsed.mainPath ?? file.path, version: '' };
  const main = moduleComponent(mainModule, file, 'application');
  main.properties = {
    ...main.properties,
    'imprint:go:toolchain': info.goVersion,
    ...(parsed.mainPath ? { 'imprint:go:main-package': parsed.mainPath } : {}),
  };
  const deps = parsed.deps.map((dep) => moduleComponent(dep, file, 'library'));
  main.dependsOn = [...deps, stdlib].map((component) => component.purl!);
  return [main, ...deps, stdlib];
}
