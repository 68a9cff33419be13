/**
 * `vulnerabilities.vex`: a finding counts as resolved only by VEX about this image, signed by a
 * VEX signer the policy names; anything else is reported and clears nothing.
 */
import { evaluatePolicy } from '../../../src/policy/evaluate.js';
import { parsePolicy } from '../../../src/policy/load.js';
import type { Finding } from '../../../src/scan/model.js';
import { findingsFromTrivyReport } from '../../../src/scan/trivy-report.js';
import type { CheckResult, ImageVerdict } from '../../../src/policy/verdict.js';
import {
  DIGEST,
  GITHUB,
  NOW,
  OTHER_DIGEST,
  RELEASE,
  attestation,
  evidence,
  keyless,
  signature,
} from './evidence-builders.js';

const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const OPENVEX = 'https://openvex.dev/ns';
const CONTEXT = 'https://openvex.dev/ns/v0.2.0';
const SECURITY_TEAM = 'https://github.com/acme/security/.github/workflows/vex.yml@refs/heads/main';

const policy = (vex = '') =>
  parsePolicy(`apiVersion: imprint/v1
kind: Policy
signers:
  - issuer: ${GITHUB}
    subject: ${RELEASE}
attestations:
  - type: ${VULN}
    vulnerabilities:
      maxSeverity: HIGH
${vex}`);

const VEX_SIGNERS = `      vex:
        signers:
          - issuer: ${GITHUB}
            subject: ${SECURITY_TEAM}
`;

const CRITICAL: Finding = {
  id: 'CVE-2021-44906',
  severity: 'CRITICAL',
  packageName: 'minimist',
  installedVersion: '1.2.5',
  fixedVersion: '1.2.6',
  purl: 'pkg:npm/minimist@1.2.5',
};

function vexDocument(
  statement: Record<string, unknown>,
  { id = 'https://example.com/vex/1', digest = DIGEST, timestamp = '2026-05-01T00:00:00Z' } = {},
) {
  return {
    '@context': CONTEXT,
    '@id': id,
    author: 'Acme Security',
    timestamp,
    version: 1,
    statements: [
      {
        vulnerability: { name: 'CVE-2021-44906' },
        products: [{ '@id': `ghcr.io/acme/app@${digest}` }],
        status: 'not_affected',
        justification: 'vulnerable_code_not_in_execute_path',
        ...statement,
      },
    ],
  };
}

const vexBy = (subject: string, document: unknown, overrides = {}) =>
  attestation(OPENVEX, document, { signer: keyless(subject), ...overrides });

function judge(policyText: ReturnType<typeof policy>, vex: ReturnType<typeof vexBy>[]) {
  const image = evidence({
    attestations: [attestation(VULN, { scanner: { result: {} } }), ...vex],
  });
  return evaluatePolicy(policyText, image, { now: NOW, parseTrivyReport: () => [CRITICAL] });
}

function find(verdict: ImageVerdict, id: string): CheckResult {
  const found = verdict.checks.find((c) => c.check === id);
  if (!found) throw new Error(`no check ${id} in ${verdict.checks.map((c) => c.check).join(', ')}`);
  return found;
}

describe('vulnerabilities.vex', () => {
  it('a not_affected statement from a VEX signer resolves the finding; the report names the statement', () => {
    const verdict = judge(policy(VEX_SIGNERS), [vexBy(SECURITY_TEAM, vexDocument({}))]);
    expect(verdict.outcome).toBe('pass');
    expect(find(verdict, 'vulnerabilities')).toMatchObject({
      outcome: 'pass',
      found: '1 findings, 1 resolved by VEX, none blocking',
    });
    expect(find(verdict, 'vulnerabilities.vex:CVE-2021-44906:minimist')).toEqual({
      check: 'vulnerabilities.vex:CVE-2021-44906:minimist',
      outcome: 'pass',
      expected: 'resolved by VEX from a policy VEX signer',
      found: `CVE-2021-44906 in minimist 1.2.5: not_affected (vulnerable_code_not_in_execute_path) at 2026-05-01T00:00:00Z, VEX document https://example.com/vex/1, signed by ${SECURITY_TEAM} (issuer ${GITHUB})`,
    });
  });

  it('VEX from a signer the policy does not name is ignored with a warning and clears nothing', () => {
    const intruder = 'https://github.com/mallory/fork/.github/workflows/vex.yml@refs/heads/main';
    const verdict = judge(policy(VEX_SIGNERS), [vexBy(intruder, vexDocument({}))]);
    expect(verdict.outcome).toBe('fail');
    expect(find(verdict, 'vulnerabilities').found).toMatch(/^1 blocking: CVE-2021-44906 CRITICAL/);
    expect(find(verdict, 'vulnerabilities.vex.ignored:1')).toEqual({
      check: 'vulnerabilities.vex.ignored:1',
      outcome: 'warn',
      expected: 'VEX signed by a VEX signer the policy names',
      found: `VEX attestation signed by ${intruder} (issuer ${GITHUB}) ignored: the signer is not among vulnerabilities.vex.signers; it clears nothing`,
      hint: 'have VEX issued by an identity listed under vulnerabilities.vex.signers, or remove the attestation',
    });
  });

  it('the image signer is not a VEX signer unless the policy says so', () => {
    const verdict = judge(policy(), [vexBy(RELEASE, vexDocument({}))]);
    expect(verdict.outcome).toBe('fail');
    expect(find(verdict, 'vulnerabilities.vex.ignored:1')).toMatchObject({
      outcome: 'warn',
      expected: 'no VEX (the policy names no VEX signers)',
      found: `VEX attestation signed by ${RELEASE} (issuer ${GITHUB}) ignored: the policy names no VEX signers (vulnerabilities.vex.signers); it clears nothing`,
    });
  });

  it('a statement about another digest clears nothing', () => {
    const verdict = judge(policy(VEX_SIGNERS), [
      vexBy(SECURITY_TEAM, vexDocument({}, { digest: OTHER_DIGEST })),
    ]);
    expect(verdict.outcome).toBe('fail');
    expect(
      verdict.checks.some((c) => c.check === 'vulnerabilities.vex:CVE-2021-44906:minimist'),
    ).toBe(false);
  });

  it('an attestation over another image is ignored with a warning', () => {
    const elsewhere = vexBy(SECURITY_TEAM, vexDocument({}), { subjectDigests: [OTHER_DIGEST] });
    const verdict = judge(policy(VEX_SIGNERS), [elsewhere]);
    expect(verdict.outcome).toBe('fail');
    expect(find(verdict, 'vulnerabilities.vex.ignored:1').found).toContain(
      `ignored: its subject is ${OTHER_DIGEST}, not this image`,
    );
  });

  it('a later affected statement re-opens the finding and the report says which statement', () => {
    const later = vexDocument(
      {
        status: 'affected',
        justification: undefined,
        action_statement: 'upgrade minimist to 1.2.6',
      },
      { id: 'https://example.com/vex/2', timestamp: '2026-05-20T00:00:00Z' },
    );
    const verdict = judge(policy(VEX_SIGNERS), [
      vexBy(SECURITY_TEAM, vexDocument({})),
      vexBy(SECURITY_TEAM, later),
    ]);
    expect(verdict.outcome).toBe('fail');
    expect(find(verdict, 'vulnerabilities.vex:CVE-2021-44906:minimist')).toMatchObject({
      outcome: 'skipped',
      found: `not resolved: the latest statement says CVE-2021-44906 in minimist 1.2.5: affected (upgrade minimist to 1.2.6) at 2026-05-20T00:00:00Z, VEX document https://example.com/vex/2, signed by ${SECURITY_TEAM} (issuer ${GITHUB})`,
    });
  });

  it('a VEX document that breaks the spec is ignored with the reason', () => {
    const broken = vexDocument({ status: 'not_affected', justification: 'trust me' });
    const verdict = judge(policy(VEX_SIGNERS), [vexBy(SECURITY_TEAM, broken)]);
    expect(verdict.outcome).toBe('fail');
    expect(find(verdict, 'vulnerabilities.vex.ignored:1').found).toContain(
      'is not a valid OpenVEX document: statements[0].justification must be one of',
    );
  });

  it('VEX without the proofs trust requires is not counted', () => {
    const unlogged = vexBy(SECURITY_TEAM, vexDocument({}), { tlogProven: false });
    const verdict = judge(policy(VEX_SIGNERS), [unlogged]);
    expect(verdict.outcome).toBe('fail');
    expect(find(verdict, 'vulnerabilities.vex.ignored:1').found).toContain(
      'no transparency-log inclusion proof',
    );
  });

  it('VEX about an index speaks for each platform', () => {
    const platformDigest = `sha256:${'d'.repeat(64)}`;
    const platform = evidence({
      digest: platformDigest,
      platform: 'linux/amd64',
      signatures: [signature({ signedDigest: platformDigest })],
      attestations: [
        attestation(VULN, { scanner: { result: {} } }, { subjectDigests: [platformDigest] }),
      ],
    });
    const index = evidence({
      attestations: [vexBy(SECURITY_TEAM, vexDocument({}))],
      platforms: [platform],
    });
    const verdict = evaluatePolicy(policy(VEX_SIGNERS), index, {
      now: NOW,
      parseTrivyReport: () => [CRITICAL],
    });
    expect(verdict.platforms?.[0]?.outcome).toBe('pass');
    expect(
      find(verdict.platforms![0]!, 'vulnerabilities.vex:CVE-2021-44906:minimist').outcome,
    ).toBe('pass');
  });
});

describe('vulnerabilities.vex in the policy file', () => {
  it('refuses an empty signer list and unknown keys', () => {
    expect(() => policy('      vex:\n        signers: []\n')).toThrow(
      'name at least one VEX signer: VEX from anyone would let anyone clear a finding',
    );
    expect(() => policy(`${VEX_SIGNERS}        anyone: true\n`)).toThrow(/anyone/);
  });

  it('refuses a VEX signer that is half keyless', () => {
    expect(() => policy(`      vex:\n        signers:\n          - issuer: ${GITHUB}\n`)).toThrow(
      'a keyless signer needs `subject` (exact or glob) or `subjectRegExp`; for a public key use `key`',
    );
  });
});

describe("findings Trivy's --vex suppressed", () => {
  it('come back for the policy to judge', () => {
    const vulnerability = {
      VulnerabilityID: 'CVE-2021-44906',
      PkgName: 'minimist',
      InstalledVersion: '1.2.5',
      Severity: 'CRITICAL',
      PkgIdentifier: { PURL: 'pkg:npm/minimist@1.2.5' },
    };
    const report = {
      SchemaVersion: 2,
      Results: [
        {
          Target: 'app/package-lock.json',
          Vulnerabilities: [],
          ExperimentalModifiedFindings: [
            {
              Type: 'vulnerability',
              Status: 'not_affected',
              Source: 'vex.json',
              Finding: vulnerability,
            },
            { Type: 'misconfiguration', Status: 'not_affected', Finding: {} },
          ],
        },
      ],
    };
    expect(findingsFromTrivyReport(report).map((f) => [f.id, f.purl])).toEqual([
      ['CVE-2021-44906', 'pkg:npm/minimist@1.2.5'],
    ]);
  });

  it('a suppressed finding that is not a vulnerability refuses the report', () => {
    const report = {
      SchemaVersion: 2,
      Results: [
        {
          Target: 'debian',
          ExperimentalModifiedFindings: [{ Type: 'vulnerability', Finding: { PkgName: 'zlib1g' } }],
        },
      ],
    };
    expect(() => findingsFromTrivyReport(report)).toThrow(
      "the Trivy report's debian ExperimentalModifiedFindings[0] is not a vulnerability: VulnerabilityID:",
    );
  });
});
