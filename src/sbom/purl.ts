/**
 * Package URLs in their canonical form (purl spec, "Character encoding" and "How to build"):
 * every component is percent-encoded except ASCII letters, digits, `.-_~` and the colon;
 * qualifiers are sorted by key and empty ones dropped; namespace segments are encoded one by one.
 */

export interface PurlParts {
  type: string;
  namespace?: string | undefined;
  name: string;
  version?: string | undefined;
  qualifiers?: Record<string, string | undefined>;
  subpath?: string;
}

const UNRESERVED = /[A-Za-z0-9.\-_~:]/;

/** RFC 3986 percent-encoding with the purl spec's allowed set (UTF-8 first). */
export function encodePurlComponent(value: string): string {
  let out = '';
  for (const char of value) {
    if (UNRESERVED.test(char)) {
      out += char;
      continue;
    }
    for (const byte of Buffer.from(char, 'utf8')) {
      out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

export function buildPurl(parts: PurlParts): string {
  if (!/^[a-z][a-z0-9.\-+]*$/i.test(parts.type))
    throw new TypeError(`invalid purl type "${parts.type}"`);
  if (parts.name === '') throw new TypeError('a purl needs a name');
  let purl = `pkg:${parts.type.toLowerCase()}/`;
  const namespace = (parts.namespace ?? '').split('/').filter((segment) => segment !== '');
  if (namespace.length > 0) purl += `${namespace.map(encodePurlComponent).join('/')}/`;
  purl += encodePurlComponent(parts.name);
  if (parts.version) purl += `@${encodePurlComponent(parts.version)}`;
  const qualifiers = Object.entries(parts.qualifiers ?? {})
    .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([key, value]) => [key.toLowerCase(), value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (qualifiers.length > 0) {
    purl += `?${qualifiers.map(([key, value]) => `${key}=${encodePurlComponent(value)}`).join('&')}`;
  }
  const subpath = (parts.subpath ?? '')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
  if (subpath.length > 0) purl += `#${subpath.map(encodePurlComponent).join('/')}`;
  return purl;
}

/** `distro` qualifier value: `debian-12`, `alpine-3.18.4`, `fedora-38`. */
export function distroQualifier(
  distro: { id: string; versionId?: string } | undefined,
): string | undefined {
  if (!distro) return undefined;
  return distro.versionId ? `${distro.id}-${distro.versionId}` : distro.id;
}

/** PyPI names in purls are lowercased with `_` turned into `-` (purl spec, pypi type). */
export function pypiPurlName(name: string): string {
  return name.toLowerCase().replace(/_/g, '-');
}
