/** Verify reports built by hand for the renderers: shapes the engine produces, values chosen per test. */
import type { CheckResult, ImageVerdict } from '../../../src/policy/verdict.js';
import type { ImageResult, VerifyReport } from '../../../src/verify/model.js';

export const DIGEST = `sha256:${'e'.repeat(64)}`;

export function passing(reference = 'ghcr.io/acme/app:1.0'): ImageResult {
  return {
    reference,
    locations: [{ file: 'deploy/app.yaml', line: 12 }],
    violations: 0,
    verdict: {
      image: reference,
      digest: DIGEST,
      outcome: 'pass',
      checks: [
        {
          check: 'signer',
          outcome: 'pass',
          expected: 'signed by key ./cosign.pub',
          found: 'key ./cosign.pub',
        },
        {
          check: 'attestation:https://slsa.dev/provenance/v1',
          outcome: 'pass',
          expected: 'a provenance attestation',
          found: 'signed with key ./cosign.pub',
        },
      ],
    },
    evidence: {
      digest: DIGEST,
      signatures: [
        {
          signer: { kind: 'key', keyRef: './cosign.pub', keyId: 'ab'.repeat(32) },
          signedDigest: DIGEST,
          source: 'referrer',
          location: `referrer ${DIGEST}`,
          tlogProven: true,
          timestampProven: false,
          signedAt: '2026-01-02T03:04:05.000Z',
        },
      ],
      attestations: [
        {
          predicateType: 'https://slsa.dev/provenance/v1',
          subjectDigests: [DIGEST],
          signer: {
            kind: 'keyless',
            issuer: 'https://token.actions.githubusercontent.com',
            subject: 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1',
            claims: { sourceRepositoryURI: 'https://github.com/acme/app' },
          },
          source: 'cosign-classic',
          tlogProven: true,
          timestampProven: true,
        },
      ],
      problems: [],
    },
  };
}

export function failing(
  reference: string,
  found = 'signed by https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main',
): ImageResult {
  const checks: CheckResult[] = [
    {
      check: 'signer',
      outcome: 'fail',
      expected: 'signed by https://github.com/acme/app/.github/workflows/release.yml@refs/tags/*',
      found,
      hint: 'sign from the release workflow',
    },
    {
      check: 'image.allowed',
      outcome: 'pass',
      expected: 'an allowed image',
      found: 'ghcr.io/acme/** matches',
    },
  ];
  const platform: ImageVerdict = {
    image: reference,
    digest: DIGEST,
    platform: 'linux/arm64',
    outcome: 'fail',
    checks: [checks[0]!],
  };
  return {
    reference,
    locations: [
      { file: 'deploy/app.yaml', line: 30 },
      { file: 'deploy/other.yaml', line: 4 },
    ],
    violations: 2,
    verdict: { image: reference, digest: DIGEST, outcome: 'fail', checks, platforms: [platform] },
  };
}

export function report(images: ImageResult[], mode: 'enforce' | 'warn' = 'enforce'): VerifyReport {
  const violations = images.reduce((sum, image) => sum + image.violations, 0);
  return {
    mode,
    verified: violations === 0,
    violations,
    images,
    startedAt: '2026-01-02T03:04:05.000Z',
    durationMs: 1234,
  };
}
