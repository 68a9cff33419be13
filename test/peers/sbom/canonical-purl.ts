/**
 * A purl reduced to what says WHICH package it is, so three tools' SBOMs compare: type,
 * namespace, name and version, percent-decoded. Qualifiers (arch, distro, upstream) and the
 * subpath are dropped, except Debian's epoch, which Trivy writes as `?epoch=1` and syft and
 * imprint write in the version (`1:1.2.13`): it goes into the version. Names are folded as the
 * purl spec folds them for the types that are case-insensitive (deb, npm, pypi, not golang).
 */

export function canonicalPurl(purl: string): string {
  const match = /^pkg:([^/]+)\/([^?#]*?)(?:@([^?#]*))?(?:\?([^#]*))?(?:#.*)?$/.exec(purl);
  if (!match) throw new Error(`not a purl: ${purl}`);
  const type = match[1]!.toLowerCase();
  const path = match[2]!.split('/').map(decodeURIComponent);
  let version = match[3] === undefined ? '' : decodeURIComponent(match[3]);
  const qualifiers = new URLSearchParams(match[4] ?? '');
  const epoch = qualifiers.get('epoch');
  if (epoch && epoch !== '0' && !version.includes(':')) version = `${epoch}:${version}`;
  let name = path.pop()!;
  let namespace = path.join('/');
  if (type === 'pypi') name = name.toLowerCase().replace(/[-_.]+/g, '-');
  if (type === 'deb' || type === 'npm' || type === 'apk' || type === 'rpm') {
    name = name.toLowerCase();
    namespace = namespace.toLowerCase();
  }
  return `pkg:${type}/${namespace ? `${namespace}/` : ''}${name}${version ? `@${version}` : ''}`;
}

export interface BomComponent {
  purl?: string;
  properties?: { name: string; value: string }[];
  components?: BomComponent[];
}

/**
 * Every purl in a CycloneDX document (nested components too), canonical, deduplicated; only
 * those of components that have `property` when it is given.
 */
export function bomPurls(bom: { components?: BomComponent[] }, property?: string): Set<string> {
  const out = new Set<string>();
  const visit = (components: BomComponent[] | undefined): void => {
    for (const component of components ?? []) {
      const wanted = !property || (component.properties ?? []).some((p) => p.name === property);
      if (component.purl && wanted) out.add(canonicalPurl(component.purl));
      visit(component.components);
    }
  };
  visit(bom.components);
  return out;
}
