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
