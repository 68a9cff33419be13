import {
  acceptedPredicateTypes,
  ATTESTATION_KINDS,
  cosignTypeOf,
  describesPlatformImage,
  IN_TOTO_STATEMENT_V01,
  IN_TOTO_STATEMENT_V1,
  kindOfPredicate,
  PREDICATE_BY_KIND,
  PREDICATE_COSIGN_SIGN,
  PREDICATE_CYCLONEDX,
  PREDICATE_CYCLONEDX_SCHEMA,
  PREDICATE_SLSA_V02,
  PREDICATE_SLSA_V1,
  PREDICATE_SPDX,
  PREDICATE_SPDX_V23,
  PREDICATE_TYPES_OF_KIND,
  PREDICATE_VULN,
  predicateTypeMatches,
} from '../../../src/attest/predicate-types.js';

// The wire values, spelled out: what cosign, Kyverno, gh and actions/attest write and read.
const SLSA_V1 = 'https://slsa.dev/provenance/v1';
const CDX = 'https://cyclonedx.org/bom';
const SPDX = 'https://spdx.dev/Document';
const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';

describe('the predicate type table', () => {
  it('names each type by its wire value (FORMATS.md §3)', () => {
    expect({
      PREDICATE_SLSA_V1,
      PREDICATE_SLSA_V02,
      PREDICATE_CYCLONEDX,
      PREDICATE_CYCLONEDX_SCHEMA,
      PREDICATE_SPDX,
      PREDICATE_SPDX_V23,
      PREDICATE_VULN,
      PREDICATE_COSIGN_SIGN,
      IN_TOTO_STATEMENT_V1,
      IN_TOTO_STATEMENT_V01,
    }).toEqual({
      PREDICATE_SLSA_V1: SLSA_V1,
      PREDICATE_SLSA_V02: 'https://slsa.dev/provenance/v0.2',
      PREDICATE_CYCLONEDX: CDX,
      PREDICATE_CYCLONEDX_SCHEMA: 'https://cyclonedx.org/schema',
      PREDICATE_SPDX: SPDX,
      PREDICATE_SPDX_V23: 'https://spdx.dev/Document/v2.3',
      PREDICATE_VULN: VULN,
      PREDICATE_COSIGN_SIGN: 'https://sigstore.dev/cosign/sign/v1',
      IN_TOTO_STATEMENT_V1: 'https://in-toto.io/Statement/v1',
      IN_TOTO_STATEMENT_V01: 'https://in-toto.io/Statement/v0.1',
    });
  });

  it('gives the kind of each type imprint writes, and none to any other', () => {
    expect([SLSA_V1, CDX, SPDX, VULN].map(kindOfPredicate)).toEqual([
      'provenance',
      'sbom',
      'sbom',
      'vuln',
    ]);
    const others = [PREDICATE_COSIGN_SIGN, PREDICATE_SLSA_V02, 'https://example.com/custom/v1'];
    expect(others.map(kindOfPredicate)).toEqual([undefined, undefined, undefined]);
    // A type is read from a statement: an Object.prototype name is not a kind.
    expect(kindOfPredicate('constructor')).toBeUndefined();
  });

  it('writes one type per kind, which is of that kind', () => {
    expect(PREDICATE_BY_KIND).toEqual({ provenance: SLSA_V1, sbom: CDX, vuln: VULN });
    expect([...ATTESTATION_KINDS].sort()).toEqual(Object.keys(PREDICATE_BY_KIND).sort());
    for (const [kind, type] of Object.entries(PREDICATE_BY_KIND)) {
      expect(kindOfPredicate(type)).toBe(kind);
      expect(PREDICATE_TYPES_OF_KIND[kind as keyof typeof PREDICATE_BY_KIND]).toContain(type);
    }
  });

  it("uses cosign's --type shorthands, and the URI for any other type", () => {
    expect([SLSA_V1, CDX, SPDX, VULN].map(cosignTypeOf)).toEqual([
      'slsaprovenance1',
      'cyclonedx',
      'spdxjson',
      'vuln',
    ]);
    expect(cosignTypeOf('https://example.com/custom/v1')).toBe('https://example.com/custom/v1');
    expect(cosignTypeOf('toString')).toBe('toString');
  });

  it('matches either CycloneDX spelling and versioned SPDX, nothing looser', () => {
    expect(predicateTypeMatches(CDX, 'https://cyclonedx.org/schema')).toBe(true);
    expect(predicateTypeMatches('https://cyclonedx.org/schema', CDX)).toBe(true);
    expect(predicateTypeMatches(SPDX, 'https://spdx.dev/Document/v2.3')).toBe(true);
    expect(predicateTypeMatches(SPDX, 'https://spdx.dev/DocumentX')).toBe(false);
    expect(predicateTypeMatches('https://spdx.dev/Document/v2.3', SPDX)).toBe(false);
    expect(predicateTypeMatches(SLSA_V1, 'https://slsa.dev/provenance/v0.2')).toBe(false);
    expect(acceptedPredicateTypes(CDX)).toEqual([CDX, 'https://cyclonedx.org/schema']);
    expect(acceptedPredicateTypes(VULN)).toEqual([VULN]);
  });

  it('judges SBOMs and scans per platform, provenance and custom types on the index', () => {
    const perPlatform = [CDX, 'https://cyclonedx.org/schema', SPDX, `${SPDX}/v2.3`, VULN];
    expect(perPlatform.every(describesPlatformImage)).toBe(true);
    const onIndex = [SLSA_V1, 'https://slsa.dev/provenance/v0.2', 'https://example.com/x/v1'];
    expect(onIndex.some(describesPlatformImage)).toBe(false);
  });
});
