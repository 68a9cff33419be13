/**
 * The exported Kyverno conditions give the same verdict as evaluatePolicy on the same
 * data: real Trivy reports (wrapped as cosign-vuln predicates) and real CycloneDX BOMs.
 */
import { readdirSync } from 'node:fs';
import { evaluatePolicy } from '../../../src/policy/evaluate.js';
import type { ImageEvidence } from '../../../src/policy/evidence.js';
import { jmespathConditions } from '../../../src/policy/export/jmespath.js';
import { buildExportModel } from '../../../src/policy/export/model.js';
import { parsePolicy } from '../../../src/policy/load.js';
import { findingsFromTrivyReport } from '../../../src/scan/trivy-report.js';
import { fixturePath, readFixtureText } from './fixtures.js';
import { holds } from './kyverno-conditions.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const DIGEST = 'sha256:' + 'c'.repeat(64);
const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const CDX = 'https://cyclonedx.org/bom';
const SIGNER = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1';
const HEADER = `apiVersion: imprint/v1\nkind: Policy\nsigners:\n  - {issuer: https://token.actions.githubusercontent.com, subject: "${SIGNER}"}\n`;

function evidenceWith(predicateType: string, predicate: unknown, signedAt: string): ImageEvidence {
  const signer = {
    kind: 'keyless' as const,
    issuer: 'https://token.actions.githubusercontent.com',
    subject: SIGNER,
    claims: {},
  };
  return {
    reference: `ghcr.io/acme/app@${DIGEST}`,
    name: 'ghcr.io/acme/app',
    digest: DIGEST,
    referencedByDigest: true,
    signatures: [
      {
        signer,
        signedDigest: DIGEST,
        source: 'referrer',
        tlogProven: true,
        timestampProven: false,
        signedAt,
      },
    ],
    attestations: [
      {
        predicateType,
        predicate,
        signer,
        subjectDigests: [DIGEST],
        source: 'referrer',
        tlogProven: true,
        timestampProven: false,
        signedAt,
      },
    ],
    problems: [],
  };
}

function vulnPredicate(report: unknown, finishedOn: string) {
  return {
    invocation: { parameters: null, uri: '', event_id: '', 'builder.id': '' },
    scanner: {
      uri: 'pkg:github/aquasecurity/trivy@0.58.0',
      version: '0.58.0',
      db: { uri: '', version: '' },
      result: report,
    },
    metadata: { scanStartedOn: finishedOn, scanFinishedOn: finishedOn },
  };
}

/** Both engines on one attestation rule: [evaluatePolicy passes, every Kyverno condition holds]. */
function verdicts(
  ruleYaml: string,
  type: string,
  predicate: unknown,
  signedAt: string,
): [boolean, boolean] {
  const policy = parsePolicy(`${HEADER}attestations:\n  - type: ${type}\n${ruleYaml}`);
  const verdict = evaluatePolicy(policy, evidenceWith(type, predicate, signedAt), {
    now: NOW,
    parseTrivyReport: findingsFromTrivyReport,
  });
  const conditions = jmespathConditions(buildExportModel(policy, NOW).attestations[0]!, []);
  return [
    verdict.outcome === 'pass',
    conditions.every((condition) => holds(condition, predicate, NOW)),
  ];
}

const reports = readdirSync(fixturePath('trivy', 'goldens'))
  .filter((file) => file.endsWith('.json.golden'))
  .map((file) => ({
    file,
    report: JSON.parse(readFixtureText('trivy', 'goldens', file)) as {
      SchemaVersion?: number;
      Results?: {
        Vulnerabilities?: { VulnerabilityID: string; PkgIdentifier?: { PURL?: string } }[];
      }[];
    },
  }))
  .filter(
    ({ report }) =>
      report.SchemaVersion === 2 &&
      (report.Results ?? []).some((r) => (r.Vulnerabilities ?? []).length > 0),
  );

describe('Kyverno JMESPath conditions agree with evaluatePolicy on real Trivy reports', () => {
  const fresh = '2026-05-31T12:00:00Z';
  const rules: Record<string, (report: (typeof reports)[number]['report']) => string> = {
    'maxSeverity HIGH': () => '    vulnerabilities: {maxSeverity: HIGH}\n',
    'maxSeverity MEDIUM, unfixed ignored': () =>
      '    vulnerabilities: {maxSeverity: MEDIUM, ignoreUnfixed: true}\n',
    'maxCvss 7.0': () => '    vulnerabilities: {maxCvss: 7.0}\n',
    'maxSeverity NONE, first finding ignored by purl': (report) => {
      const first = report.Results!.flatMap((r) => r.Vulnerabilities ?? [])[0]!;
      const purl = (first.PkgIdentifier?.PURL ?? '').split('@')[0];
      return `    vulnerabilities:\n      maxSeverity: NONE\n      ignore:\n        - {id: ${first.VulnerabilityID}, purls: ["${purl}"], expires: 2027-01-01}\n`;
    },
    'maxSeverity LOW, stale scan with maxAge': () =>
      '    maxAge: 168h\n    vulnerabilities: {maxSeverity: LOW}\n',
  };
  const outcomes: boolean[] = [];

  it('found enough reports with vulnerabilities to compare', () => {
    expect(reports.length).toBeGreaterThan(30);
  });

  for (const [name, rule] of Object.entries(rules)) {
    it(`${name}: same verdict on every report`, () => {
      const disagreements: string[] = [];
      for (const { file, report } of reports) {
        const signedAt =
          name.includes('stale') && file.startsWith('a') ? '2026-05-01T12:00:00Z' : fresh;
        const [ours, kyverno] = verdicts(
          rule(report),
          VULN,
          vulnPredicate(report, signedAt),
          signedAt,
        );
        outcomes.push(ours);
        if (ours !== kyverno)
          disagreements.push(
            `${file}: imprint ${ours ? 'pass' : 'fail'}, Kyverno ${kyverno ? 'pass' : 'fail'}`,
          );
      }
      expect(disagreements).toEqual([]);
    });
  }

  it('saw both passing and failing verdicts, so agreement means something', () => {
    expect(outcomes.filter(Boolean).length).toBeGreaterThan(10);
    expect(outcomes.filter((pass) => !pass).length).toBeGreaterThan(10);
  });

  it("counts what Trivy's --vex suppressed (--show-suppressed) as before: no VEX signer resolved it", () => {
    const rule = '    vulnerabilities: {maxSeverity: MEDIUM}\n';
    const changed: string[] = [];
    for (const { file, report } of reports) {
      const suppressed = {
        ...report,
        Results: (report.Results ?? []).map((result) => ({
          ...result,
          Vulnerabilities: [],
          ExperimentalModifiedFindings: (result.Vulnerabilities ?? []).map((finding) => ({
            Type: 'vulnerability',
            Status: 'not_affected',
            Statement: 'vulnerable_code_not_present',
            Source: 'vex.json',
            Finding: finding,
          })),
        })),
      };
      const before = verdicts(rule, VULN, vulnPredicate(report, fresh), fresh);
      const after = verdicts(rule, VULN, vulnPredicate(suppressed, fresh), fresh);
      if (after.join() !== before.join() || after[0] !== after[1])
        changed.push(`${file}: before ${before.join('/')}, suppressed ${after.join('/')}`);
    }
    expect(changed).toEqual([]);
  });

  it('agrees that a report-less predicate fails', () => {
    expect(
      verdicts(
        '    vulnerabilities: {maxSeverity: HIGH}\n',
        VULN,
        vulnPredicate(null, fresh),
        fresh,
      ),
    ).toEqual([false, false]);
  });
});

describe('Kyverno JMESPath conditions agree with evaluatePolicy on real CycloneDX BOMs', () => {
  const boms = [
    'npm-cyclonedx.json.golden',
    'fluentd-multiple-lockfiles-short.cdx.json.golden',
    'conda-environment-cyclonedx.json.golden',
  ].map((file) => ({
    file,
    bom: JSON.parse(readFixtureText('trivy', 'goldens', file)) as unknown,
  }));
  const cases: [string, string, boolean][] = [
    ['deny jquery', '    sbom: {denyPackages: [{purl: pkg:npm/jquery}]}\n', false],
    ['deny a package nobody has', '    sbom: {denyPackages: [{purl: pkg:npm/left-pad}]}\n', true],
    ['deny a name prefix only', '    sbom: {denyPackages: [{purl: pkg:npm/jq}]}\n', true],
    ['deny MIT', '    sbom: {denyLicenses: [MIT]}\n', false],
    ['deny AGPL', '    sbom: {denyLicenses: [AGPL-3.0-only]}\n', true],
    ['deny a Debian package', '    sbom: {denyPackages: [{purl: pkg:deb/debian/bash}]}\n', true],
    ['fresh enough', '    maxAge: 720h\n    sbom: {denyLicenses: [AGPL-3.0-only]}\n', true],
  ];

  it.each(cases)('%s: same verdict on every BOM', (_name, rule) => {
    for (const { file, bom } of boms) {
      const timestamp = (bom as { metadata?: { timestamp?: string } }).metadata?.timestamp ?? '';
      const signedAt = timestamp === '' ? '2026-05-31T12:00:00Z' : timestamp;
      // The BOM's own time is the signing time here, so maxAge reads the same in both.
      const [ours, kyverno] = verdicts(rule, CDX, bom, signedAt);
      expect([file, kyverno]).toEqual([file, ours]);
    }
  });

  it.each(cases)('%s: the npm BOM gives the expected verdict', (_name, rule, npmPasses) => {
    const npm = boms[0]!;
    const signedAt = '2026-05-31T12:00:00Z';
    const bom = { ...(npm.bom as object), metadata: { timestamp: signedAt } };
    expect(verdicts(rule, CDX, bom, signedAt)).toEqual([npmPasses, npmPasses]);
  });
});
