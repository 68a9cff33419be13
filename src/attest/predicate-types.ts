/**
 * Every predicate type imprint writes or reads, and what each one is to imprint: the one home
 * for these URIs (FORMATS.md §3). A predicate type names what an in-toto statement says; a
 * kind (`provenance`, `sbom`, `vuln`) is the short name people type (`require-attestations`)
 * and attestation files carry. Pure data, no imports: every layer that speaks of attestations
 * reads it, and a unit test keeps the URIs out of every other source file.
 */

/** SLSA provenance v1: what imprint writes, and what `gh attestation verify` expects by default. */
export const PREDICATE_SLSA_V1 = 'https://slsa.dev/provenance/v1';
/** SLSA provenance v0.2: older builders still write it; policy `provenance` rules read it. */
export const PREDICATE_SLSA_V02 = 'https://slsa.dev/provenance/v0.2';
/** CycloneDX SBOM (cosign `--type cyclonedx`). */
export const PREDICATE_CYCLONEDX = 'https://cyclonedx.org/bom';
/** The same, as some Kyverno samples spell it: accepted when verifying, never written. */
export const PREDICATE_CYCLONEDX_SCHEMA = 'https://cyclonedx.org/schema';
/** SPDX document (cosign `--type spdxjson`); versioned forms below it are the same family. */
export const PREDICATE_SPDX = 'https://spdx.dev/Document';
/** What actions/attest writes for an SPDX 2.3 document. */
export const PREDICATE_SPDX_V23 = 'https://spdx.dev/Document/v2.3';
/** cosign's vulnerability report (Trivy `--format cosign-vuln`): imprint's scan result. */
export const PREDICATE_VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
/** An OpenVEX document (cosign `--type openvex`): statements on how a vulnerability affects a product. */
export const PREDICATE_OPENVEX = 'https://openvex.dev/ns';
/** The JSON-LD context of the OpenVEX version imprint reads and writes (spec v0.2.0). */
export const OPENVEX_CONTEXT_V020 = 'https://openvex.dev/ns/v0.2.0';
/** cosign v3's image signature: a statement over the image whose predicate says nothing more. */
export const PREDICATE_COSIGN_SIGN = 'https://sigstore.dev/cosign/sign/v1';

/** The in-toto statement type imprint writes. */
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The statement type cosign v2 writes (read, never written). */
export const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
/** The DSSE payload type of an in-toto statement (and the media type of one stored alone). */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export type AttestationKind = 'provenance' | 'sbom' | 'vuln';
/** Every kind, in the order messages list them. */
export const ATTESTATION_KINDS: readonly AttestationKind[] = ['sbom', 'vuln', 'provenance'];

/** The type imprint writes for each kind, and the one a kind required by flag asks for. */
export const PREDICATE_BY_KIND: Readonly<Record<AttestationKind, string>> = {
  provenance: PREDICATE_SLSA_V1,
  sbom: PREDICATE_CYCLONEDX,
  vuln: PREDICATE_VULN,
};

/** The kind of each type imprint writes (an SPDX document is an SBOM too). */
const KIND_BY_PREDICATE: Readonly<Record<string, AttestationKind>> = {
  [PREDICATE_SLSA_V1]: 'provenance',
  [PREDICATE_CYCLONEDX]: 'sbom',
  [PREDICATE_SPDX]: 'sbom',
  [PREDICATE_VULN]: 'vuln',
};

/** The kind of a type imprint writes; undefined for any other type (exact match only). */
export function kindOfPredicate(predicateType: string): AttestationKind | undefined {
  return ownValue(KIND_BY_PREDICATE, predicateType);
}

/**
 * Every type that carries each kind of evidence, as policy rules of that kind read them
 * (`sbom:` rules read SPDX and either CycloneDX spelling; `provenance:` rules read v1 and v0.2).
 */
export const PREDICATE_TYPES_OF_KIND: Readonly<Record<AttestationKind, readonly string[]>> = {
  provenance: [PREDICATE_SLSA_V1, PREDICATE_SLSA_V02],
  sbom: [PREDICATE_CYCLONEDX, PREDICATE_CYCLONEDX_SCHEMA, PREDICATE_SPDX, PREDICATE_SPDX_V23],
  vuln: [PREDICATE_VULN],
};

/** cosign's `--type` shorthands; cosign takes any other type as its URI. */
const COSIGN_TYPE_BY_PREDICATE: Readonly<Record<string, string>> = {
  [PREDICATE_SLSA_V1]: 'slsaprovenance1',
  [PREDICATE_CYCLONEDX]: 'cyclonedx',
  [PREDICATE_SPDX]: 'spdxjson',
  [PREDICATE_VULN]: 'vuln',
  [PREDICATE_OPENVEX]: 'openvex',
};

/** What to pass to `cosign verify-attestation --type` for a predicate type. */
export function cosignTypeOf(predicateType: string): string {
  return ownValue(COSIGN_TYPE_BY_PREDICATE, predicateType) ?? predicateType;
}

/** The spellings other tools write for the same type (FORMATS.md §3). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  [PREDICATE_CYCLONEDX]: [PREDICATE_CYCLONEDX_SCHEMA],
  [PREDICATE_CYCLONEDX_SCHEMA]: [PREDICATE_CYCLONEDX],
};

/** Versioned SPDX types (actions/attest writes …/Document/v2.3) satisfy the unversioned one. */
const VERSIONED_FAMILIES: readonly string[] = [PREDICATE_SPDX];

/** Whether a statement of type `found` is what a rule asking for `wanted` reads. */
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
const PER_PLATFORM_FAMILIES: readonly string[] = [
  ...PREDICATE_TYPES_OF_KIND.sbom,
  ...PREDICATE_TYPES_OF_KIND.vuln,
];

export function describesPlatformImage(predicateType: string): boolean {
  return PER_PLATFORM_FAMILIES.some((family) => predicateTypeMatches(family, predicateType));
}

/** A type is data from a statement: `constructor` must not find Object's. */
function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** cosign's `--type` shorthands, for a hint when one is given where a URI belongs. */
export function predicateOfCosignShorthand(shorthand: string): string | undefined {
  const found = Object.entries(COSIGN_TYPE_BY_PREDICATE).find(([, short]) => short === shorthand);
  return found?.[0];
}

/** scheme:rest, RFC 3986's absolute URI, with no white space (in-toto: a TypeURI). */
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;

/**
 * Why a predicate type given by a person is not one (undefined when it is): in-toto names
 * predicate types by absolute URI, and verifiers (cosign, Kyverno, `imprint verify`) match
 * them as exact strings, so a bare word or a relative path would never be found again.
 */
export function predicateTypeProblem(type: string): string | undefined {
  if (ABSOLUTE_URI.test(type) && URL.canParse(type)) return undefined;
  const uri = predicateOfCosignShorthand(type);
  if (uri !== undefined) return `"${type}" is cosign's shorthand; write the URI ${uri}`;
  return `"${type}" is not an absolute URI (such as https://example.com/test-result/v1)`;
}
