/**
 * `sbom` rules on a CycloneDX predicate: denied packages (purl prefix + version range)
 * and denied licences (`licenses[].license.id|name` and SPDX `expression`s).
 */
import { ecosystemOf, versionInRange } from '../versions.js';
import type { SbomRules } from '../schema.js';
import { type CheckResult, check } from '../verdict.js';

const MAX_LISTED = 10;

export interface BomComponent {
  name?: string;
  version?: string;
  purl?: string;
  licenses?: Array<{ license?: { id?: string; name?: string }; expression?: string }>;
  components?: BomComponent[];
}

export function checkSbom(rules: SbomRules, predicate: unknown): CheckResult[] {
  const bom = predicate as { bomFormat?: unknown; components?: unknown } | null;
  if (
    bom === null ||
    typeof bom !== 'object' ||
    (bom.bomFormat !== 'CycloneDX' && !Array.isArray(bom.components))
  ) {
    return [
      check(
        'sbom',
        'fail',
        'a CycloneDX BOM as the predicate',
        'a predicate that is not a CycloneDX BOM',
        'attest the SBOM in CycloneDX JSON (cosign attest --type cyclonedx)',
      ),
    ];
  }
  const components = flatten(
    Array.isArray(bom.components) ? (bom.components as BomComponent[]) : [],
  );
  const results: CheckResult[] = [];
  if (rules.denyPackages.length > 0) results.push(checkPackages(rules, components));
  if (rules.denyLicenses.length > 0) results.push(checkLicenses(rules, components));
  return results;
}

function checkPackages(rules: SbomRules, components: BomComponent[]): CheckResult {
  const expected = `none of: ${rules.denyPackages.map((deny) => `${deny.purl}${deny.versions ? ` ${deny.versions}` : ''}`).join(', ')}`;
  const hits: string[] = [];
  for (const component of components) {
    const purl = component.purl;
    if (purl === undefined) continue;
    for (const deny of rules.denyPackages) {
      if (!purlMatches(deny.purl, purl)) continue;
      const version = versionOf(component);
      if (
        deny.versions !== undefined &&
        (version === undefined || !versionInRange(version, deny.versions, ecosystemOf(purl)))
      )
        continue;
      hits.push(`${purl}${deny.versions ? ` (in ${deny.versions})` : ''}`);
    }
  }
  if (hits.length === 0)
    return check(
      'sbom.denyPackages',
      'pass',
      expected,
      `${components.length} components, none denied`,
    );
  return check(
    'sbom.denyPackages',
    'fail',
    expected,
    `denied: ${list(hits)}`,
    'upgrade or remove the denied packages and rebuild the image',
  );
}

function checkLicenses(rules: SbomRules, components: BomComponent[]): CheckResult {
  const denied = new Set(rules.denyLicenses.map((id) => id.toLowerCase()));
  const expected = `no component licensed ${rules.denyLicenses.join(', ')}`;
  const hits: string[] = [];
  for (const component of components) {
    const bad = licensesOf(component).filter((id) => denied.has(id.toLowerCase()));
    if (bad.length > 0)
      hits.push(`${component.purl ?? component.name ?? '(unnamed)'}: ${bad.join(', ')}`);
  }
  if (hits.length === 0)
    return check(
      'sbom.denyLicenses',
      'pass',
      expected,
      `${components.length} components, none with a denied licence`,
    );
  return check(
    'sbom.denyLicenses',
    'fail',
    expected,
    `denied licences: ${list(hits)}`,
    'replace the components under a denied licence, or change denyLicenses if legal approved them',
  );
}

/** A purl without a version names every version of the package, never a name prefix. */
export function purlMatches(wanted: string, purl: string): boolean {
  return purl === wanted || ['@', '?', '#'].some((next) => purl.startsWith(wanted + next));
}

function versionOf(component: BomComponent): string | undefined {
  const match = /@([^?#]+)/.exec(component.purl?.slice(component.purl.lastIndexOf('/')) ?? '');
  return match ? decodeURIComponent(match[1]!) : component.version;
}

/**
 * Every licence id a component names. An expression counts every id in it: "MIT OR
 * AGPL-3.0-only" is denied when AGPL-3.0-only is, because nothing records which was chosen.
 */
export function licensesOf(component: BomComponent): string[] {
  const ids: string[] = [];
  for (const entry of component.licenses ?? []) {
    const single = entry.license?.id ?? entry.license?.name;
    if (single) ids.push(single);
    if (entry.expression) {
      ids.push(
        ...entry.expression
          .split(/[\s()]+/)
          .filter((token) => token !== '' && !['AND', 'OR', 'WITH'].includes(token)),
      );
    }
  }
  return ids;
}

function flatten(components: BomComponent[]): BomComponent[] {
  return components.flatMap((component) => [component, ...flatten(component.components ?? [])]);
}

function list(items: string[]): string {
  const shown = items.slice(0, MAX_LISTED).join('; ');
  return items.length > MAX_LISTED ? `${shown}; and ${items.length - MAX_LISTED} more` : shown;
}
