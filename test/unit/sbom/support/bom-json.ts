/** The parts of a CycloneDX JSON document the SBOM tests look at. */
export interface BomComponentJson {
  'bom-ref': string;
  type: string;
  name: string;
  version?: string;
  purl?: string;
  licenses?: unknown[];
  properties?: { name: string; value: string }[];
  evidence?: { occurrences?: { location: string }[] };
}

export interface BomJson {
  bomFormat: string;
  specVersion: string;
  serialNumber: string;
  metadata: {
    timestamp: string;
    tools: { components: BomComponentJson[] };
    component: BomComponentJson;
  };
  components: BomComponentJson[];
  dependencies: { ref: string; dependsOn?: string[] }[];
}

export function bomJson(bom: object): BomJson {
  return bom as BomJson;
}

export function dependencyMap(bom: BomJson): Record<string, string[]> {
  return Object.fromEntries(bom.dependencies.map((d) => [d.ref, d.dependsOn ?? []]));
}
