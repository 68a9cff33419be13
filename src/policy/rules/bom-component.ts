/**
 * A package as the sbom rules judge it: CycloneDX's component shape, which SPDX packages are
 * read into too, so one rule reads both formats.
 */
export interface BomComponent {
  name?: string;
  version?: string;
  purl?: string;
  licenses?: Array<{ license?: { id?: string; name?: string }; expression?: string }>;
  components?: BomComponent[];
}
