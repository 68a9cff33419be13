/**
 * Source-package properties in Trivy's CycloneDX taxonomy (`aquasecurity:trivy:Src*`).
 * Distributions publish advisories per source package (Debian's `openssl`, not `libssl3`;
 * Alpine's origin `openssl`, not `libcrypto3`). Reading a third-party SBOM, Trivy takes the
 * source from these properties and otherwise assumes the binary's own name and version, which
 * finds nothing for a binary built from a differently named source.
 */

const TRIVY_PROPERTY_PREFIX = 'aquasecurity:trivy:';

export interface SourcePackage {
  name: string;
  /** Without epoch and release when the format has them apart (Trivy's split). */
  version: string;
  release?: string;
  epoch?: number;
}

export function trivySourceProperties(source: SourcePackage): Record<string, string> {
  return {
    [`${TRIVY_PROPERTY_PREFIX}SrcName`]: source.name,
    [`${TRIVY_PROPERTY_PREFIX}SrcVersion`]: source.version,
    ...(source.release ? { [`${TRIVY_PROPERTY_PREFIX}SrcRelease`]: source.release } : {}),
    ...(source.epoch ? { [`${TRIVY_PROPERTY_PREFIX}SrcEpoch`]: String(source.epoch) } : {}),
  };
}

/**
 * A Debian version `[epoch:]upstream[-revision]` split as Trivy's dpkg analyzer splits it
 * (deb-version(7): the revision follows the last hyphen; no hyphen means a native package).
 */
export function splitDebianVersion(version: string): Omit<SourcePackage, 'name'> {
  const epochMatch = /^(\d+):(.*)$/.exec(version);
  const epoch = epochMatch ? Number(epochMatch[1]) : 0;
  const rest = epochMatch ? epochMatch[2]! : version;
  const hyphen = rest.lastIndexOf('-');
  return {
    version: hyphen > 0 ? rest.slice(0, hyphen) : rest,
    ...(hyphen > 0 ? { release: rest.slice(hyphen + 1) } : {}),
    ...(epoch > 0 ? { epoch } : {}),
  };
}

/**
 * The source of an rpm from its SOURCERPM tag, `name-version-release.src.rpm`; the epoch is the
 * binary's own (rpm does not record the source's). Undefined when the tag has another shape.
 */
export function rpmSourceOf(sourceRpm: string, epoch?: number): SourcePackage | undefined {
  const match = /^(.+)-([^-]+)-([^-]+)\.(?:no)?src\.rpm$/.exec(sourceRpm);
  if (!match) return undefined;
  return {
    name: match[1]!,
    version: match[2]!,
    release: match[3]!,
    ...(epoch ? { epoch } : {}),
  };
}
