/**
 * The CycloneDX SBOM as `trivy sbom` must read it. Trivy takes the operating-system
 * component's name as its OS family and has no advisories for a name it does not know; the
 * SBOM names the OS by its os-release ID, which differs from Trivy's family for a few
 * distributions (rhel → redhat). Language packages an OS package installed (marked
 * `imprint:installed-by`) are left out: `trivy image` leaves them out too, since their
 * upstream version hides the distribution's fixes. Everything else (purls, the
 * aquasecurity:trivy:Src* properties the catalogers write) Trivy reads as it is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ImprintError } from '../errors.js';
import { INSTALLED_BY_PROPERTY } from '../sbom/installed-by.js';
import { isJsonObject } from '../util/json.js';

/** os-release ID → Trivy's OS family, where they differ (Trivy's fanal/types OS constants). */
const TRIVY_FAMILY_BY_OS_RELEASE_ID: Readonly<Record<string, string>> = {
  rhel: 'redhat',
  almalinux: 'alma',
  ol: 'oracle',
  amzn: 'amazon',
  mariner: 'cbl-mariner',
  'sle-micro': 'slem',
  'sl-micro': 'slem',
};

export interface TrivySbomInput {
  document: Record<string, unknown>;
  /** What was changed, for the log: `operating system rhel is Trivy's redhat`. */
  changes: string[];
}

export function trivyFamilyOf(osReleaseId: string): string {
  return TRIVY_FAMILY_BY_OS_RELEASE_ID[osReleaseId] ?? osReleaseId;
}

function installedByOs(component: unknown): boolean {
  if (!isJsonObject(component) || !Array.isArray(component.properties)) return false;
  return component.properties.some(
    (property: unknown) => isJsonObject(property) && property.name === INSTALLED_BY_PROPERTY,
  );
}

/** The dependency graph without the refs that were left out. */
function dependenciesWithout(dependencies: unknown, removed: ReadonlySet<unknown>): unknown {
  if (!Array.isArray(dependencies) || removed.size === 0) return dependencies;
  return dependencies
    .filter((entry: unknown) => !isJsonObject(entry) || !removed.has(entry.ref))
    .map((entry: unknown) =>
      isJsonObject(entry) && Array.isArray(entry.dependsOn)
        ? { ...entry, dependsOn: entry.dependsOn.filter((ref: unknown) => !removed.has(ref)) }
        : entry,
    );
}

/**
 * Pure: a copy of the document with the OS component renamed where Trivy's family differs and
 * the language packages OS packages installed left out.
 */
export function trivySbomInput(document: Record<string, unknown>): TrivySbomInput {
  const changes: string[] = [];
  const all: unknown[] = Array.isArray(document.components) ? document.components : [];
  const components = all.filter((component) => !installedByOs(component));
  const removed = new Set(
    all.filter(installedByOs).map((component) => (component as Record<string, unknown>)['bom-ref']),
  );
  if (all.length > components.length) {
    changes.push(
      `${all.length - components.length} language packages installed by OS packages left out, as trivy image leaves them out`,
    );
  }
  const renamed = components.map((component: unknown) => {
    if (!isJsonObject(component) || component.type !== 'operating-system') return component;
    const name = typeof component.name === 'string' ? component.name : '';
    const family = trivyFamilyOf(name);
    if (family === name) return component;
    changes.push(`operating system ${name} is Trivy's ${family}`);
    return { ...component, name: family };
  });
  const result: Record<string, unknown> = { ...document, components: renamed };
  if (document.dependencies !== undefined)
    result.dependencies = dependenciesWithout(document.dependencies, removed);
  return { document: result, changes };
}

/** Reads the SBOM file, writes Trivy's view of it to `target`. */
export function writeTrivySbomInput(sbomPath: string, target: string): string[] {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(sbomPath, 'utf8'));
  } catch (error) {
    throw new ImprintError(
      'SCAN_FAILED',
      `cannot read the SBOM to scan, ${sbomPath}: ${String(error)}`,
      {
        cause: error,
        hint: 'scan-target: sbom scans the CycloneDX file the sbom step wrote; rerun the step.',
      },
    );
  }
  if (!isJsonObject(document) || document.bomFormat !== 'CycloneDX') {
    throw new ImprintError('SCAN_FAILED', `${sbomPath} is not a CycloneDX JSON document`, {
      hint: 'scan-target: sbom scans the CycloneDX file the sbom step wrote; rerun the step.',
    });
  }
  const input = trivySbomInput(document);
  writeFileSync(target, JSON.stringify(input.document));
  return input.changes;
}
