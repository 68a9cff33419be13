/**
 * Alpine packages from apk's database `/lib/apk/db/installed`: one `K:value` line per field,
 * a blank line between packages (https://wiki.alpinelinux.org/wiki/Apk_spec). Fields used:
 * P name, V version, A arch, L licence, o origin, D depends, p provides.
 */
import { trivySourceProperties } from '../trivy-properties.js';
import { licenceOf, spdxExpressionOf, uniqueLicences } from '../licences.js';
import type {
  Cataloger,
  CatalogContext,
  CatalogFile,
  CatalogResult,
  Component,
  Licence,
} from '../model.js';
import { displayPath } from '../paths.js';
import { buildPurl, distroQualifier } from '../purl.js';

const APK_DATABASE = 'lib/apk/db/installed';

export interface ApkRecord {
  name: string;
  version: string;
  arch?: string;
  license?: string;
  origin?: string;
  depends: string[];
  provides: string[];
  /** The files it installed (`F:` folder + `R:` name), no leading `/`. */
  files: string[];
}

export interface ParsedApkDatabase {
  records: ApkRecord[];
  problems: string[];
}

export function parseApkDatabase(text: string): ParsedApkDatabase {
  const records: ApkRecord[] = [];
  const problems: string[] = [];
  let fields = new Map<string, string>();
  let files: string[] = [];
  let folder = '';
  let startLine = 1;
  const finish = (): void => {
    if (fields.size === 0) return;
    const name = fields.get('P');
    const version = fields.get('V');
    if (name && version) records.push({ ...recordOf(name, version, fields), files });
    else problems.push(`the record at line ${startLine} has no P (name) or V (version) field`);
    fields = new Map();
    files = [];
    folder = '';
  };
  for (const [index, line] of text.replace(/\r\n/g, '\n').split('\n').entries()) {
    if (line === '') {
      finish();
      startLine = index + 2;
      continue;
    }
    // Keys are one character; `F:` (a folder) and `R:` (a file in it) repeat.
    if (line[1] !== ':') {
      problems.push(`line ${index + 1}: expected "K:value", found "${line.slice(0, 60)}"`);
      continue;
    }
    if (line[0] === 'F') folder = line.slice(2);
    else if (line[0] === 'R') files.push(folder ? `${folder}/${line.slice(2)}` : line.slice(2));
    else if (!fields.has(line[0]!)) fields.set(line[0]!, line.slice(2));
  }
  finish();
  return { records, problems };
}

function recordOf(
  name: string,
  version: string,
  fields: Map<string, string>,
): Omit<ApkRecord, 'files'> {
  const list = (key: string): string[] =>
    (fields.get(key) ?? '').split(/\s+/).filter((item) => item !== '');
  const record: Omit<ApkRecord, 'files'> = {
    name,
    version,
    depends: list('D'),
    provides: list('p'),
  };
  if (fields.has('A')) record.arch = fields.get('A')!;
  if (fields.has('L')) record.license = fields.get('L')!;
  if (fields.has('o')) record.origin = fields.get('o')!;
  return record;
}

/**
 * apk's `L:` is an SPDX expression in current Alpine, a space-separated list in older
 * releases (`MIT BSD GPL2+`): an expression when it parses as one, else each word on its own.
 */
export function apkLicences(text: string | undefined): Licence[] {
  if (!text?.trim()) return [];
  if (spdxExpressionOf(text)) return [licenceOf(text)!];
  return uniqueLicences(
    text
      .split(/\s+/)
      .map(licenceOf)
      .filter((licence) => licence !== undefined),
  );
}

export const apkCataloger: Cataloger = {
  name: 'apk',
  wants: (path) => path === APK_DATABASE,
  catalog(files: CatalogFile[], context: CatalogContext): CatalogResult {
    const warnings: string[] = [];
    const components: Component[] = [];
    const installedFiles = new Map<string, string>();
    for (const file of files) {
      const { records, problems } = parseApkDatabase(file.content.toString('utf8'));
      for (const problem of problems)
        warnings.push(`apk: ${displayPath(file.path)}: ${problem} (skipped)`);
      const found = componentsOf(records, file, context);
      records.forEach((record, index) => {
        for (const path of record.files) installedFiles.set(path, found[index]!.purl!);
      });
      components.push(...found);
    }
    return { components, warnings, installedFiles };
  },
};

function componentsOf(
  records: readonly ApkRecord[],
  file: CatalogFile,
  context: CatalogContext,
): Component[] {
  const purls = records.map((record) =>
    buildPurl({
      type: 'apk',
      namespace: context.distro?.id ?? 'alpine',
      name: record.name,
      version: record.version,
      qualifiers: {
        arch: record.arch,
        distro: distroQualifier(context.distro),
        upstream: record.origin && record.origin !== record.name ? record.origin : undefined,
      },
    }),
  );
  const provider = providerIndex(records, purls);
  return records.map((record, index) => {
    const dependsOn = record.depends
      .filter((dependency) => !dependency.startsWith('!'))
      .map((dependency) => provider.get(dependency.split(/[<>=~]/)[0]!))
      .filter((purl): purl is string => purl !== undefined && purl !== purls[index]);
    return {
      kind: 'library',
      ecosystem: 'apk',
      name: record.name,
      version: record.version,
      purl: purls[index]!,
      licences: apkLicences(record.license),
      location: displayPath(file.path),
      layerDigest: file.layerDigest,
      cataloger: 'apk',
      ...(dependsOn.length > 0 ? { dependsOn: [...new Set(dependsOn)] } : {}),
      // Alpine's secdb is keyed by origin (libcrypto3 → openssl) at the binary's version.
      properties: trivySourceProperties({
        name: record.origin ?? record.name,
        version: record.version,
      }),
    };
  });
}

/** Package names and everything they provide (`so:libc.musl-x86_64.so.1`, `cmd:sh`) → purl. */
function providerIndex(
  records: readonly ApkRecord[],
  purls: readonly string[],
): Map<string, string> {
  const index = new Map<string, string>();
  records.forEach((record, i) => {
    index.set(record.name, purls[i]!);
    for (const provided of record.provides) {
      const name = provided.split('=')[0]!;
      if (!index.has(name)) index.set(name, purls[i]!);
    }
  });
  return index;
}
