/**
 * The operating system, from os-release (freedesktop.org format: shell-style KEY=value lines).
 * `/etc/os-release` wins over `/usr/lib/os-release`, as the format's own lookup order says.
 */
import type { Cataloger, CatalogContext, CatalogFile, CatalogResult, Distro } from '../model.js';
import { displayPath } from '../paths.js';

const OS_RELEASE_PATHS = ['etc/os-release', 'usr/lib/os-release'] as const;

export function parseOsRelease(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const equals = line.indexOf('=');
    if (equals <= 0) continue;
    values[line.slice(0, equals).trim()] = unquote(line.slice(equals + 1).trim());
  }
  return values;
}

/** Removes one level of shell quoting and its backslash escapes. */
function unquote(value: string): string {
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
    const inner = value.slice(1, -1);
    return quote === '"' ? inner.replace(/\\(["\\$`])/g, '$1') : inner;
  }
  return value;
}

export function distroOf(values: Record<string, string>): Distro | undefined {
  const id = values.ID?.toLowerCase();
  if (!id) return undefined;
  const distro: Distro = { id };
  if (values.VERSION_ID) distro.versionId = values.VERSION_ID;
  if (values.VERSION_CODENAME) distro.versionCodename = values.VERSION_CODENAME;
  if (values.NAME) distro.name = values.NAME;
  if (values.PRETTY_NAME) distro.prettyName = values.PRETTY_NAME;
  return distro;
}

export const osReleaseCataloger: Cataloger = {
  name: 'os-release',
  wants: (path) => (OS_RELEASE_PATHS as readonly string[]).includes(path),
  catalog(files: CatalogFile[], context: CatalogContext): CatalogResult {
    const file = pickOsRelease(files, context);
    if (!file) return { components: [], warnings: [] };
    const distro = distroOf(parseOsRelease(file.content.toString('utf8')));
    if (!distro) {
      return {
        components: [],
        warnings: [
          `os-release: ${displayPath(file.path)} has no ID field; the operating system is unknown`,
        ],
      };
    }
    return {
      distro,
      warnings: [],
      components: [
        {
          kind: 'operating-system',
          ecosystem: 'os',
          name: distro.id,
          version: distro.versionId ?? '',
          licences: [],
          location: displayPath(file.path),
          layerDigest: file.layerDigest,
          cataloger: 'os-release',
          ...(distro.prettyName
            ? { properties: { 'imprint:os:pretty-name': distro.prettyName } }
            : {}),
        },
      ],
    };
  },
};

function pickOsRelease(files: CatalogFile[], context: CatalogContext): CatalogFile | undefined {
  for (const path of OS_RELEASE_PATHS) {
    // lookup follows symlinks: Debian's /etc/os-release points at ../usr/lib/os-release.
    const found = context.lookup(path);
    if (found) return found;
  }
  return files[0];
}
