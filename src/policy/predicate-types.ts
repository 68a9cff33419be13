/** Predicate type URIs, with the aliases other tools write for the same thing (FORMATS.md §3). */
import { PREDICATE_CYCLONEDX } from './schema.js';

const ALIASES: Readonly<Record<string, readonly string[]>> = {
  [PREDICATE_CYCLONEDX]: ['https://cyclonedx.org/schema'],
  'https://cyclonedx.org/schema': [PREDICATE_CYCLONEDX],
};

/** Versioned SPDX types (actions/attest writes …/Document/v2.3) satisfy the unversioned one. */
const VERSIONED_FAMILIES = ['https://spdx.dev/Document'];

export function predicateTypeMatches(wanted: string, found: string): boolean {
  if (wanted === found || (ALIASES[wanted] ?? []).includes(found)) return true;
  return VERSIONED_FAMILIES.includes(wanted) && found.startsWith(`${wanted}/`);
}

/** Every type the policy's `type` accepts, for exporters that must list them. */
export function acceptedPredicateTypes(wanted: string): string[] {
  return [wanted, ...(ALIASES[wanted] ?? [])];
}

/**
 * Evidence about a filesystem (SBOM, vulnerability scan) describes one platform image; an
 * index has none of its own, so for an index these rules are judged on each platform.
 */
const PER_PLATFORM_FAMILIES = [
  PREDICATE_CYCLONEDX,
  'https://cyclonedx.org/schema',
  'https://spdx.dev/Document',
  'https://cosign.sigstore.dev/attestation/vuln/v1',
];

export function describesPlatformImage(predicateType: string): boolean {
  return PER_PLATFORM_FAMILIES.some((family) => predicateTypeMatches(family, predicateType));
}
