/**
 * Java archives (.jar, .war, .ear): Maven coordinates from `META-INF/maven/<g>/<a>/pom.properties`
 * (one per bundled artifact, so shaded jars list what they contain), else a best effort from
 * `META-INF/MANIFEST.MF` and the file name. Nested archives (WEB-INF/lib, BOOT-INF/lib, …) are
 * opened too. While the layer is walked each archive is reduced to just these small files.
 */
import { licenceOf } from '../licences.js';
import type { Cataloger, CatalogFile, CatalogResult, Component, Licence } from '../model.js';
import { baseName, displayPath } from '../paths.js';
import { buildPurl } from '../purl.js';
import { listZipEntries, readZipEntry } from './zip.js';

const ARCHIVE = /\.(jar|war|ear)$/i;
const POM_PROPERTIES = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;
const MANIFEST = 'META-INF/MANIFEST.MF';
const MAX_METADATA_BYTES = 1024 * 1024;
const MAX_NESTED_ARCHIVE_BYTES = 64 * 1024 * 1024;
const MAX_DEPTH = 3;
/** `commons-io-2.11.0.jar` → `commons-io` and `2.11.0`. */
const NAME_AND_VERSION = /^(.+?)-(\d[\w.+-]*)$/;
const LICENCE_URLS: Readonly<Record<string, string>> = {
  'www.apache.org/licenses/LICENSE-2.0': 'Apache-2.0',
  'opensource.org/licenses/MIT': 'MIT',
};

/** What an archive is reduced to while its layer is walked. */
export interface ArchiveSummary {
  manifest?: string;
  poms: { path: string; text: string }[];
  nested: { name: string; summary: ArchiveSummary }[];
}

export function summariseArchive(archive: Buffer, depth = 0): ArchiveSummary {
  const summary: ArchiveSummary = { poms: [], nested: [] };
  for (const entry of listZipEntries(archive)) {
    if (entry.name === MANIFEST)
      summary.manifest = readZipEntry(archive, entry, MAX_METADATA_BYTES).toString('utf8');
    else if (POM_PROPERTIES.test(entry.name)) {
      summary.poms.push({
        path: entry.name,
        text: readZipEntry(archive, entry, MAX_METADATA_BYTES).toString('utf8'),
      });
    } else if (ARCHIVE.test(entry.name) && depth < MAX_DEPTH) {
      const inner = readZipEntry(archive, entry, MAX_NESTED_ARCHIVE_BYTES);
      summary.nested.push({ name: entry.name, summary: summariseArchive(inner, depth + 1) });
    }
  }
  return summary;
}

/** `key=value` lines (java.util.Properties without escapes, enough for pom.properties). */
export function parseProperties(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const match = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line);
    if (match) values[match[1]!] = match[2]!;
  }
  return values;
}

/** The main section of a manifest; continuation lines start with one space and join directly. */
export function parseManifest(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  let last: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    if (line.startsWith(' ') && last) values[last] += line.slice(1);
    else {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      last = line.slice(0, colon).trim();
      values[last] = line.slice(colon + 1).trim();
    }
  }
  return values;
}

export const javaCataloger: Cataloger = {
  name: 'java',
  wants: (path) => ARCHIVE.test(path),
  reduce: (_path, content) => Buffer.from(JSON.stringify(summariseArchive(content))),
  catalog(files: CatalogFile[]): CatalogResult {
    const components = files.flatMap((file) =>
      archiveComponents(
        JSON.parse(file.content.toString('utf8')) as ArchiveSummary,
        displayPath(file.path),
        file,
      ),
    );
    return { components, warnings: [] };
  },
};

function archiveComponents(
  summary: ArchiveSummary,
  location: string,
  file: CatalogFile,
): Component[] {
  const manifest = summary.manifest ? parseManifest(summary.manifest) : {};
  const licences = manifestLicences(manifest);
  const own: Component[] = summary.poms
    .map((pom) => parseProperties(pom.text))
    .filter((pom) => pom.groupId && pom.artifactId && pom.version)
    .map((pom) =>
      javaComponent(pom.groupId, pom.artifactId!, pom.version!, licences, location, file),
    );
  if (own.length === 0) {
    const fromManifest = manifestComponent(manifest, location, licences, file);
    if (fromManifest) own.push(fromManifest);
  }
  const nested = summary.nested.flatMap((inner) =>
    archiveComponents(inner.summary, `${location}!/${inner.name}`, file),
  );
  return [...own, ...nested];
}

function javaComponent(
  group: string | undefined,
  artifact: string,
  version: string,
  licences: Licence[],
  location: string,
  file: CatalogFile,
): Component {
  return {
    kind: 'library',
    ecosystem: 'maven',
    name: artifact,
    ...(group ? { group } : {}),
    version,
    // Maven purls need the groupId; without one the component goes without a purl.
    ...(group
      ? { purl: buildPurl({ type: 'maven', namespace: group, name: artifact, version }) }
      : {}),
    licences,
    location,
    layerDigest: file.layerDigest,
    cataloger: 'java',
  };
}

/** No pom.properties: name and version from the manifest, falling back to the file name. */
function manifestComponent(
  manifest: Record<string, string>,
  location: string,
  licences: Licence[],
  file: CatalogFile,
): Component | undefined {
  const stem = baseName(location).replace(ARCHIVE, '');
  const fromName = NAME_AND_VERSION.exec(stem);
  const artifact = fromName?.[1] ?? manifest['Bundle-SymbolicName']?.split(';')[0] ?? stem;
  const version = manifest['Implementation-Version'] ?? manifest['Bundle-Version'] ?? fromName?.[2];
  if (!version) return undefined;
  return javaComponent(
    manifest['Implementation-Vendor-Id'],
    artifact,
    version,
    licences,
    location,
    file,
  );
}

function manifestLicences(manifest: Record<string, string>): Licence[] {
  const text = manifest['Bundle-License']?.split(';')[0]?.trim();
  if (!text) return [];
  const url = text.replace(/^https?:\/\//, '').replace(/\.(txt|html)$/, '');
  const fromUrl = LICENCE_URLS[url];
  if (fromUrl) return [{ spdxId: fromUrl }];
  const licence = licenceOf(text);
  return licence ? [licence] : [];
}
