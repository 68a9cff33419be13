/**
 * An SPDX 2.x JSON document read as the components the `sbom` rules judge: each package once
 * per purl it names (externalRefs of type purl), with its declared and concluded licences.
 * Pure; what is not there (NOASSERTION, NONE) is not a licence.
 */
import { isJsonObject } from '../../util/json.js';
import type { BomComponent } from './bom-component.js';

const NOT_A_LICENCE = new Set(['NOASSERTION', 'NONE']);
const LICENCE_REF = /(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+/g;

/** An SPDX 2.x document: `spdxVersion: SPDX-2.…` (what SPDX 2.3 §6.1 requires). */
export function isSpdxDocument(predicate: unknown): boolean {
  return (
    isJsonObject(predicate) &&
    typeof predicate.spdxVersion === 'string' &&
    predicate.spdxVersion.startsWith('SPDX-2.')
  );
}

export function spdxComponents(document: Record<string, unknown>): BomComponent[] {
  const extractedNames = extractedLicenceNames(document.hasExtractedLicensingInfos);
  const packages = Array.isArray(document.packages) ? document.packages : [];
  return packages.filter(isJsonObject).flatMap((pkg): BomComponent[] => {
    const base: BomComponent = { licenses: licencesOf(pkg, extractedNames) };
    if (typeof pkg.name === 'string') base.name = pkg.name;
    if (typeof pkg.versionInfo === 'string') base.version = pkg.versionInfo;
    const purls = purlsOf(pkg.externalRefs);
    return purls.length === 0 ? [base] : purls.map((purl) => ({ ...base, purl }));
  });
}

function purlsOf(refs: unknown): string[] {
  if (!Array.isArray(refs)) return [];
  return refs
    .filter(isJsonObject)
    .filter((ref) => ref.referenceType === 'purl' && typeof ref.referenceLocator === 'string')
    .map((ref) => ref.referenceLocator as string);
}

/**
 * Declared and concluded licences as expressions; a `LicenseRef-…` also by the name the
 * document gives it, so a denyLicenses entry written as that name matches it too.
 */
function licencesOf(
  pkg: Record<string, unknown>,
  extractedNames: Map<string, string>,
): NonNullable<BomComponent['licenses']> {
  const licences: NonNullable<BomComponent['licenses']> = [];
  for (const field of ['licenseDeclared', 'licenseConcluded']) {
    const value = pkg[field];
    if (typeof value !== 'string' || NOT_A_LICENCE.has(value.trim())) continue;
    licences.push({ expression: value });
    for (const ref of value.match(LICENCE_REF) ?? []) {
      const name = extractedNames.get(ref);
      if (name !== undefined) licences.push({ license: { name } });
    }
  }
  return licences;
}

function extractedLicenceNames(infos: unknown): Map<string, string> {
  const names = new Map<string, string>();
  if (!Array.isArray(infos)) return names;
  for (const info of infos.filter(isJsonObject)) {
    if (typeof info.licenseId === 'string' && typeof info.name === 'string')
      names.set(info.licenseId, info.name);
  }
  return names;
}
