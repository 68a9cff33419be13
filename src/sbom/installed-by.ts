/**
 * Language packages that an OS package installed (Debian's python3-idna ships
 * `idna-3.3.egg-info`, libcommons-io-java ships its jar): they stay in the SBOM, they are
 * there, and are marked `imprint:installed-by` with the OS package's purl. Their version is
 * the upstream one the OS package was built from, while the OS package carries the
 * distribution's fixes (python3-idna 3.3-1+deb12u1 fixes CVE-2024-3651 that idna 3.7 fixes
 * upstream): a scanner matching them against language advisories reports what is fixed.
 * `trivy image` leaves such packages out for that reason (its system-file filter), so the SBOM
 * handed to `trivy sbom` leaves them out too.
 */
import type { Component, Ecosystem } from './model.js';

export const INSTALLED_BY_PROPERTY = 'imprint:installed-by';

const OS_ECOSYSTEMS: ReadonlySet<Ecosystem> = new Set(['os', 'deb', 'apk', 'rpm']);

/** The file a component was read from: for a jar inside a jar, the outer one on disk. */
function fileOnDisk(location: string): string {
  const nested = location.indexOf('!/');
  return (nested === -1 ? location : location.slice(0, nested)).replace(/^\/+/, '');
}

/**
 * Marks each language component whose file an OS package installed. `installedFiles` maps a
 * path (no leading `/`) to the owning package's purl. Returns how many were marked.
 */
export function markInstalledByOs(
  components: Component[],
  installedFiles: ReadonlyMap<string, string>,
): number {
  if (installedFiles.size === 0) return 0;
  let marked = 0;
  for (const component of components) {
    if (OS_ECOSYSTEMS.has(component.ecosystem)) continue;
    const owner = installedFiles.get(fileOnDisk(component.location));
    if (owner === undefined) continue;
    component.properties = { ...component.properties, [INSTALLED_BY_PROPERTY]: owner };
    marked += 1;
  }
  return marked;
}
