/**
 * `sbom` rules on a CycloneDX or SPDX 2.x predicate: denied packages (purls compared as the
 * purl spec reads them, plus a version range) and denied licences (`licenses[].license.id|name`
 * and SPDX `expression`s; in SPDX, licenseDeclared and licenseConcluded).
 */
import {
  PREDICATE_CYCLONEDX,
  PREDICATE_SPDX,
  predicateTypeMatches,
} from '../../attest/predicate-types.js';
import { messageOf } from '../../errors.js';
import { type ParsedPurl, parsePurl } from '../../sbom/purl-parse.js';
import { versionInRange } from '../versions.js';
import type { SbomRules } from '../schema.js';
import { type CheckResult, check } from '../verdict.js';
import type { BomComponent } from './bom-component.js';
import { isSpdxDocument, spdxComponents } from './sbom-spdx.js';

const MAX_LISTED = 10;

/**
 * `predicateType` says which format the predicate must be: an SPDX type holds SPDX, any other
 * CycloneDX. A document of the other format is refused, not read: its signer said otherwise.
 */
export function checkSbom(
  rules: SbomRules,
  predicate: unknown,
  predicateType: string = PREDICATE_CYCLONEDX,
): CheckResult[] {
  const spdx = predicateTypeMatches(PREDICATE_SPDX, predicateType);
  const components = spdx ? spdxComponentsOf(predicate) : cyclonedxComponentsOf(predicate);
  if (components === undefined) {
    return [
      spdx
        ? check(
            'sbom',
            'fail',
            `an SPDX 2.x JSON document as the ${predicateType} predicate`,
            'a predicate that is not an SPDX 2.x document (no spdxVersion SPDX-2.x)',
            'attest the SBOM in SPDX JSON (cosign attest --type spdxjson)',
          )
        : check(
            'sbom',
            'fail',
            `a CycloneDX BOM as the ${predicateType} predicate`,
            'a predicate that is not a CycloneDX BOM',
            'attest the SBOM in CycloneDX JSON (cosign attest --type cyclonedx)',
          ),
    ];
  }
  const results: CheckResult[] = [];
  if (rules.denyPackages.length > 0) results.push(checkPackages(rules, components));
  if (rules.denyLicenses.length > 0) results.push(checkLicenses(rules, components));
  return results;
}

function checkPackages(rules: SbomRules, components: BomComponent[]): CheckResult {
  const expected = `none of: ${rules.denyPackages.map((deny) => `${deny.purl}${deny.versions ? ` ${deny.versions}` : ''}`).join(', ')}`;
  // The policy's purls are canonical already (schema.ts); parsing them again is cheap.
  const denied = rules.denyPackages.map((deny) => ({ ...deny, parsed: parsePurl(deny.purl) }));
  const hits: string[] = [];
  const unreadable: string[] = [];
  for (const component of components) {
    if (component.purl === undefined) continue;
    let purl: ParsedPurl;
    try {
      purl = parsePurl(component.purl);
    } catch (error) {
      // A purl that cannot be read cannot be cleared either.
      unreadable.push(messageOf(error));
      continue;
    }
    for (const deny of denied) {
      const hit = deniedBy(deny, purl, component);
      if (hit !== undefined) hits.push(`${component.purl}${hit}`);
    }
  }
  if (hits.length === 0 && unreadable.length === 0)
    return check(
      'sbom.denyPackages',
      'pass',
      expected,
      `${components.length} components, none denied`,
    );
  const found = [
    ...(hits.length > 0 ? [`denied: ${list(hits)}`] : []),
    ...(unreadable.length > 0 ? [`cannot evaluate: ${list(unreadable)}`] : []),
  ];
  return check(
    'sbom.denyPackages',
    'fail',
    expected,
    found.join('; '),
    hits.length > 0
      ? 'upgrade or remove the denied packages and rebuild the image'
      : 'fix the SBOM generator: every component purl must follow the purl spec',
  );
}

/**
 * Whether one deny entry covers a component, and how to say so (undefined: it does not).
 * Type, namespace and name compare in their canonical forms; the entry's version, qualifiers
 * and subpath, when it has them, must be the component's too. A component with no version
 * is denied under a version or a range: nothing shows it is outside them.
 */
function deniedBy(
  deny: SbomRules['denyPackages'][number] & { parsed: ParsedPurl },
  purl: ParsedPurl,
  component: BomComponent,
): string | undefined {
  const wanted = deny.parsed;
  if (!samePackage(wanted, purl)) return undefined;
  const version = purl.version ?? component.version;
  if (wanted.version === undefined && deny.versions === undefined) return '';
  if (version === undefined)
    return ' (no version, so it cannot be shown to be outside the denied versions)';
  if (wanted.version !== undefined && wanted.version !== version) return undefined;
  if (deny.versions !== undefined && !versionInRange(version, deny.versions, purl.type))
    return undefined;
  return deny.versions ? ` (in ${deny.versions})` : '';
}

/** Same type, namespace and name; and the entry's subpath and qualifiers, if it names any. */
function samePackage(wanted: ParsedPurl, purl: ParsedPurl): boolean {
  if (wanted.type !== purl.type || wanted.namespace !== purl.namespace || wanted.name !== purl.name)
    return false;
  if (wanted.subpath !== undefined && wanted.subpath !== purl.subpath) return false;
  return Object.entries(wanted.qualifiers).every(([key, value]) => purl.qualifiers[key] === value);
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

/**
 * Every licence id a component names. An expression counts every id in it: "MIT OR
 * AGPL-3.0-only" is denied when AGPL-3.0-only is, because nothing records which was chosen.
 */
function licensesOf(component: BomComponent): string[] {
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

function spdxComponentsOf(predicate: unknown): BomComponent[] | undefined {
  return isSpdxDocument(predicate)
    ? spdxComponents(predicate as Record<string, unknown>)
    : undefined;
}

/** The components to judge; undefined when the predicate is no CycloneDX BOM. */
function cyclonedxComponentsOf(predicate: unknown): BomComponent[] | undefined {
  const bom = predicate as { bomFormat?: unknown; components?: unknown } | null;
  if (
    bom === null ||
    typeof bom !== 'object' ||
    (bom.bomFormat !== 'CycloneDX' && !Array.isArray(bom.components))
  )
    return undefined;
  return flatten(Array.isArray(bom.components) ? (bom.components as BomComponent[]) : []);
}

function flatten(components: BomComponent[]): BomComponent[] {
  return components.flatMap((component) => [component, ...flatten(component.components ?? [])]);
}

function list(items: string[]): string {
  const shown = items.slice(0, MAX_LISTED).join('; ');
  return items.length > MAX_LISTED ? `${shown}; and ${items.length - MAX_LISTED} more` : shown;
}
