/**
 * The CycloneDX SBOM as `trivy sbom` must read it. Trivy takes the operating-system
 * component's name as its OS family and has no advisories for a name it does not know; the
 * SBOM names the OS by its os-release ID, which differs from Trivy's family for a few
 * distributions (rhel → redhat). Everything else (purls, the aquasecurity:trivy:Src*
 * properties the catalogers write) Trivy reads as it is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ImprintError } from '../errors.js';
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

/** Pure: a copy of the document with the OS component renamed where Trivy's family differs. */
export function trivySbomInput(document: Record<string, unknown>): TrivySbomInput {
  const changes: string[] = [];
  const components = Array.isArray(document.components) ? document.components : [];
  const renamed = components.map((component: unknown) => {
    if (!isJsonObject(component) || component.type !== 'operating-system') return component;
    const name = typeof component.name === 'string' ? component.name : '';
    const family = trivyFamilyOf(name);
    if (family === name) return component;
    changes.push(`operating system ${name} is Trivy's ${family}`);
    return { ...component, name: family };
  });
  return { document: { ...document, components: renamed }, changes };
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
