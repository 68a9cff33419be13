/** Builders of verified evidence for evaluation tests: the data the verify engine hands over. */
import type {
  ImageEvidence,
  KeylessIdentity,
  VerifiedAttestation,
  VerifiedSignature,
} from '../../../src/policy/evidence.js';

export const DIGEST = 'sha256:' + 'a'.repeat(64);
export const OTHER_DIGEST = 'sha256:' + 'b'.repeat(64);
export const GITHUB = 'https://token.actions.githubusercontent.com';
export const RELEASE = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.0';
export const NOW = new Date('2026-06-01T12:00:00Z');

export function keyless(
  subject = RELEASE,
  issuer = GITHUB,
  claims: KeylessIdentity['claims'] = {},
): KeylessIdentity {
  return {
    kind: 'keyless',
    issuer,
    subject,
    claims: {
      sourceRepositoryURI: 'https://github.com/acme/app',
      sourceRepositoryRef: 'refs/tags/v1.2.0',
      runnerEnvironment: 'github-hosted',
      ...claims,
    },
  };
}

export function signature(overrides: Partial<VerifiedSignature> = {}): VerifiedSignature {
  return {
    signer: keyless(),
    signedDigest: DIGEST,
    source: 'referrer',
    tlogProven: true,
    timestampProven: false,
    signedAt: '2026-05-31T12:00:00Z',
    ...overrides,
  };
}

export function attestation(
  predicateType: string,
  predicate: unknown,
  overrides: Partial<VerifiedAttestation> = {},
): VerifiedAttestation {
  return {
    predicateType,
    predicate,
    signer: keyless(),
    subjectDigests: [DIGEST],
    source: 'referrer',
    tlogProven: true,
    timestampProven: false,
    signedAt: '2026-05-31T12:00:00Z',
    ...overrides,
  };
}

export function evidence(overrides: Partial<ImageEvidence> = {}): ImageEvidence {
  return {
    reference: `ghcr.io/acme/app:1.2.0@${DIGEST}`,
    name: 'ghcr.io/acme/app',
    tag: '1.2.0',
    digest: DIGEST,
    referencedByDigest: true,
    signatures: [signature()],
    attestations: [],
    problems: [],
    ...overrides,
  };
}
