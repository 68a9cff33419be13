/**
 * The shape of a GitLab container_scanning report, for comparing the one a job wrote with the
 * one Trivy's own GitLab template writes (goldens/alpine-310.gitlab.golden). Values differ from
 * scan to scan; the keys at every level are what GitLab's parser relies on.
 */

type Json = Record<string, unknown>;

export interface ContainerScanningShape {
  top: string[];
  scan: string[];
  scanner: string[];
  analyzer: string[];
  /** Each distinct key set among the vulnerabilities (one, when every entry is alike). */
  vulnerability: string[][];
  location: string[][];
  dependency: string[][];
  package: string[][];
  identifier: string[][];
  link: string[][];
}

const keysOf = (value: unknown): string[] =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.keys(value).sort()
    : [];

const field = (value: unknown, name: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Json)[name] : undefined;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Distinct key sets, in a stable order, so a single odd entry shows up as a second set. */
function distinctKeySets(values: unknown[]): string[][] {
  const sets = new Map(values.map((value) => [JSON.stringify(keysOf(value)), keysOf(value)]));
  return [...sets.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, keys]) => keys);
}

export function containerScanningShape(report: unknown): ContainerScanningShape {
  const scan = field(report, 'scan');
  const vulnerabilities = list(field(report, 'vulnerabilities'));
  const locations = vulnerabilities.map((entry) => field(entry, 'location'));
  const dependencies = locations.map((location) => field(location, 'dependency'));
  return {
    top: keysOf(report),
    scan: keysOf(scan),
    scanner: keysOf(field(scan, 'scanner')),
    analyzer: keysOf(field(scan, 'analyzer')),
    vulnerability: distinctKeySets(vulnerabilities),
    location: distinctKeySets(locations),
    dependency: distinctKeySets(dependencies),
    package: distinctKeySets(dependencies.map((dependency) => field(dependency, 'package'))),
    identifier: distinctKeySets(
      vulnerabilities.flatMap((entry) => list(field(entry, 'identifiers'))),
    ),
    link: distinctKeySets(vulnerabilities.flatMap((entry) => list(field(entry, 'links')))),
  };
}
