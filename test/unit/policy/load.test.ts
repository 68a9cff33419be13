import { isImprintError } from '../../../src/errors.js';
import { parsePolicy, policyFromFlags } from '../../../src/policy/load.js';

const EXAMPLE = `apiVersion: imprint/v1
kind: Policy
mode: enforce
images:
  allow: ["ghcr.io/acme/**"]
  exclude: ["ghcr.io/acme/sandbox/**"]
  requireDigest: true
trust:
  requireTlog: true
  requireTimestamp: false
signers:
  - issuer: https://token.actions.githubusercontent.com
    subject: https://github.com/acme/app/.github/workflows/release.yml@refs/tags/*
    claims:
      sourceRepositoryURI: https://github.com/acme/app
      sourceRef: refs/tags/*
      runnerEnvironment: github-hosted
  - key: ./cosign.pub
attestations:
  - type: https://cyclonedx.org/bom
    maxAge: 720h
    sbom:
      denyPackages:
        - purl: pkg:maven/org.apache.commons/commons-text
          versions: "<1.10.0"
      denyLicenses: [AGPL-3.0-only]
  - type: https://cosign.sigstore.dev/attestation/vuln/v1
    maxAge: 168h
    vulnerabilities:
      maxSeverity: HIGH
      maxCvss: 8.9
      ignoreUnfixed: false
      ignore:
        - id: CVE-2024-1234
          purls: ["pkg:deb/debian/libssl3"]
          expires: 2026-12-31
          reason: no fix upstream
  - type: https://slsa.dev/provenance/v1
    provenance:
      builderId: https://github.com/actions/runner/*
exceptions:
  - image: ghcr.io/acme/legacy@sha256:0000000000000000000000000000000000000000000000000000000000000000
    expires: 2026-10-01
    reason: migration ticket OPS-12
`;

function problemsOf(text: string): string {
  try {
    parsePolicy(text, 'p.yaml');
  } catch (error) {
    if (isImprintError(error, 'POLICY_INVALID')) return error.message;
    throw error;
  }
  throw new Error('expected the policy to be rejected');
}

const MINIMAL = `apiVersion: imprint/v1
kind: Policy
signers:
  - key: ./cosign.pub
`;

describe('parsePolicy', () => {
  it('reads the POLICY.md example with its defaults filled in', () => {
    const policy = parsePolicy(EXAMPLE);
    expect(policy.mode).toBe('enforce');
    expect(policy.count).toBe(1);
    expect(policy.signers[0]!.claims).toEqual({
      sourceRepositoryURI: 'https://github.com/acme/app',
      sourceRepositoryRef: 'refs/tags/*',
      runnerEnvironment: 'github-hosted',
    });
    expect(policy.attestations[1]!.vulnerabilities).toEqual({
      maxSeverity: 'HIGH',
      maxCvss: 8.9,
      ignoreUnfixed: false,
      ignore: [
        {
          id: 'CVE-2024-1234',
          purls: ['pkg:deb/debian/libssl3'],
          expires: '2026-12-31',
          reason: 'no fix upstream',
        },
      ],
    });
    expect(policy.exceptions[0]!.expires).toBe('2026-10-01');
  });

  it('an alias bomb ("billion laughs") is a POLICY_INVALID error, not a crash or an expansion', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i += 1) {
      const previous = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const bomb = `${MINIMAL}x-bomb:\n${levels.map((line) => `  ${line}`).join('\n')}\n`;
    const started = Date.now();
    let thrown: unknown;
    try {
      parsePolicy(bomb, 'bomb.yaml');
    } catch (error) {
      thrown = error;
    }
    expect(Date.now() - started).toBeLessThan(2000);
    expect(isImprintError(thrown, 'POLICY_INVALID')).toBe(true);
    expect((thrown as Error).message).toMatch(
      /^Invalid policy bomb\.yaml: its YAML aliases expand too far \(Excessive alias count/,
    );
  });

  it('fills defaults for a minimal policy: enforce, digests and tlog required, nothing else', () => {
    const policy = parsePolicy(MINIMAL);
    expect(policy).toEqual({
      apiVersion: 'imprint/v1',
      kind: 'Policy',
      mode: 'enforce',
      images: { allow: [], exclude: [], requireDigest: true },
      trust: { requireTlog: true, requireTimestamp: false },
      signers: [{ key: './cosign.pub' }],
      count: 1,
      attestations: [],
      exceptions: [],
    });
  });

  it('names file, line, column, path and the nearest key for a misspelt key', () => {
    const text = MINIMAL.replace(
      '  - key: ./cosign.pub',
      '  - issuer: https://gitlab.com\n    subjet: https://gitlab.com/g/p//.gitlab-ci.yml@refs/heads/main',
    );
    expect(problemsOf(text)).toBe(
      'Invalid policy p.yaml (2 problems):\n' +
        '  p.yaml:4:5 signers[0]: a keyless signer needs `subject` (exact or glob) or `subjectRegExp`; for a public key use `key`\n' +
        '  p.yaml:5:5 signers[0].subjet: unknown key; did you mean `subject`?',
    );
  });

  it('reports every problem at once, in file order', () => {
    const text = `apiVersion: imprint/v2
kind: Policy
mode: audit
signers:
  - key: ./cosign.pub
    issuer: https://token.actions.githubusercontent.com
atestations:
  - type: https://cyclonedx.org/bom
    maxAge: 30 days
count: 0
`;
    expect(problemsOf(text)).toBe(
      'Invalid policy p.yaml (5 problems):\n' +
        '  p.yaml:1:13 apiVersion: expected imprint/v1, found "imprint/v2"\n' +
        '  p.yaml:3:7 mode: expected enforce or warn, found "audit"\n' +
        '  p.yaml:5:5 signers[0]: a signer is either `key` or keyless (issuer + subject), not both: remove `issuer` or `key`\n' +
        '  p.yaml:7:1 atestations: unknown key; did you mean `attestations`?\n' +
        '  p.yaml:10:8 count: must be at least 1',
    );
  });

  it('checks values inside nested rules: durations, severities, ranges, dates, claims', () => {
    const text = `apiVersion: imprint/v1
kind: Policy
signers:
  - issuer: https://token.actions.githubusercontent.com
    subjectRegExp: "^(unclosed"
    claims:
      sourceRepoURI: https://github.com/acme/app
attestations:
  - type: https://cosign.sigstore.dev/attestation/vuln/v1
    maxAge: 30d
    vulnerabilities:
      maxSeverity: SEVERE
      ignore:
        - id: CVE-1
          expires: 2026-02-30
  - type: https://cyclonedx.org/bom
    sbom:
      denyPackages:
        - purl: commons-text
          versions: "about 1.9"
exceptions:
  - image: ghcr.io/acme/legacy
    reason: later
`;
    expect(problemsOf(text)).toBe(
      'Invalid policy p.yaml (8 problems):\n' +
        '  p.yaml:5:20 signers[0].subjectRegExp: is not a valid regular expression\n' +
        '  p.yaml:7:7 signers[0].claims.sourceRepoURI: unknown key; did you mean `sourceRepositoryURI`?\n' +
        '  p.yaml:10:13 attestations[0].maxAge: expected a Go duration such as 720h, 90m or 1h30m (units h, m, s)\n' +
        '  p.yaml:12:20 attestations[0].vulnerabilities.maxSeverity: expected NONE or UNKNOWN or LOW or MEDIUM or HIGH or CRITICAL, found "SEVERE"\n' +
        '  p.yaml:15:20 attestations[0].vulnerabilities.ignore[0].expires: expected a date YYYY-MM-DD or an RFC 3339 time such as 2026-12-31T12:00:00Z\n' +
        '  p.yaml:19:17 attestations[1].sbom.denyPackages[0].purl: commons-text is not a valid package URL: it must start with "pkg:"; expected a package URL such as pkg:npm/lodash, pkg:npm/@babel/traverse or pkg:maven/org.example/lib\n' +
        '  p.yaml:20:21 attestations[1].sbom.denyPackages[0].versions: expected a version range such as "<1.10.0", ">=2.0.0 <2.3.1" or "<1.0 || >=3.0"\n' +
        '  p.yaml:22:5 exceptions[0].expires: is required but missing',
    );
  });

  it('lists the valid keys when nothing is close', () => {
    expect(problemsOf(MINIMAL + 'verification: strict\n')).toBe(
      'Invalid policy p.yaml (1 problem):\n' +
        '  p.yaml:5:1 verification: unknown key; valid keys here: apiVersion, kind, mode, images, trust, signers, count, attestations, exceptions',
    );
  });

  it('reports YAML syntax errors with their position', () => {
    expect(problemsOf('apiVersion: imprint/v1\nkind: Policy\nsigners: [\n')).toMatch(
      /^Invalid policy p\.yaml \(1 problem\):\n {2}p\.yaml:4:1 \(YAML\): /,
    );
  });

  it('rejects duplicate keys, which YAML would otherwise silently collapse', () => {
    expect(problemsOf(MINIMAL + 'mode: warn\nmode: enforce\n')).toMatch(
      /p\.yaml:6:1 \(YAML\): Map keys must be unique/,
    );
  });

  it('rejects rules on the wrong attestation type and impossible signer counts', () => {
    const text = `${MINIMAL}count: 2
attestations:
  - type: https://slsa.dev/provenance/v1
    vulnerabilities: {maxSeverity: HIGH}
  - type: https://cosign.sigstore.dev/attestation/vuln/v1
    vulnerabilities: {ignoreUnfixed: true}
`;
    expect(problemsOf(text)).toBe(
      'Invalid policy p.yaml (3 problems):\n' +
        '  p.yaml:5:8 count: asks for 2 matching signers but only 1 are listed under `signers`\n' +
        '  p.yaml:8:22 attestations[0].vulnerabilities: `vulnerabilities` rules read attestations of type https://cosign.sigstore.dev/attestation/vuln/v1, not https://slsa.dev/provenance/v1\n' +
        '  p.yaml:10:22 attestations[1].vulnerabilities: give `maxSeverity` (e.g. HIGH) or `maxCvss` (e.g. 8.9): without one nothing is checked',
    );
  });

  it('refuses a claim given under both of its names', () => {
    const text = MINIMAL.replace(
      '  - key: ./cosign.pub',
      '  - issuer: https://gitlab.com\n    subject: x\n    claims: {sourceRef: a, sourceRepositoryRef: b}',
    );
    expect(problemsOf(text)).toContain(
      'signers[0].claims.sourceRef: `sourceRef` is another name for `sourceRepositoryRef`: give only one of them',
    );
  });

  it('refuses a policy without signers', () => {
    expect(problemsOf('apiVersion: imprint/v1\nkind: Policy\nsigners: []\n')).toBe(
      'Invalid policy p.yaml (1 problem):\n  p.yaml:3:10 signers: name at least one signer: an image that need not be signed by anyone proves nothing',
    );
  });
});

describe('policyFromFlags', () => {
  it('builds the same policy as the equivalent file', () => {
    const fromFlags = policyFromFlags({
      certificateIdentity:
        'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0',
      certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
      requireAttestations: ['sbom', 'provenance'],
      maxSeverity: 'HIGH',
      mode: 'warn',
    });
    const fromFile = parsePolicy(`apiVersion: imprint/v1
kind: Policy
mode: warn
signers:
  - issuer: https://token.actions.githubusercontent.com
    subject: https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0
attestations:
  - type: https://cyclonedx.org/bom
  - type: https://slsa.dev/provenance/v1
  - type: https://cosign.sigstore.dev/attestation/vuln/v1
    vulnerabilities: {maxSeverity: HIGH}
`);
    expect(fromFlags).toEqual(fromFile);
  });

  it('keeps a * in --certificate-identity literal, as cosign does', () => {
    const policy = policyFromFlags({
      certificateIdentity: 'a*b',
      certificateOidcIssuer: 'https://i',
    });
    expect(policy.signers[0]).toEqual({ issuer: 'https://i', subjectRegExp: 'a\\*b' });
  });

  it('takes a key alone', () => {
    expect(policyFromFlags({ key: 'cosign.pub' }).signers).toEqual([{ key: 'cosign.pub' }]);
  });

  it.each([
    [
      { key: 'k', certificateIdentity: 'x' },
      'INPUT_CONFLICT',
      'Give --key or --certificate-identity/--certificate-oidc-issuer, not both.',
    ],
    [
      { certificateIdentity: 'x' },
      'INPUT_INVALID',
      'Missing --certificate-oidc-issuer: say who must have signed the image.',
    ],
    [
      { certificateOidcIssuer: 'x' },
      'INPUT_INVALID',
      'Missing --certificate-identity: say who must have signed the image.',
    ],
    [
      { certificateIdentity: 'x', certificateIdentityRegexp: 'y', certificateOidcIssuer: 'z' },
      'INPUT_CONFLICT',
      'Give --certificate-identity or --certificate-identity-regexp, not both.',
    ],
    [
      { certificateIdentity: 'x', certificateOidcIssuer: 'y', certificateOidcIssuerRegexp: 'z' },
      'INPUT_CONFLICT',
      'Give --certificate-oidc-issuer or --certificate-oidc-issuer-regexp, not both.',
    ],
    [
      { certificateIdentityRegexp: '(', certificateOidcIssuer: 'z' },
      'INPUT_INVALID',
      'The verify flags do not make a valid policy: is not a valid regular expression',
    ],
  ])('rejects %j', (flags, code, message) => {
    expect(() => policyFromFlags(flags)).toThrow(message);
    try {
      policyFromFlags(flags);
    } catch (error) {
      expect(isImprintError(error, code as 'INPUT_INVALID')).toBe(true);
    }
  });
});
