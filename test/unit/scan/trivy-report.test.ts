import { ImprintError } from '../../../src/errors.js';
import {
  bestCvss,
  findingsFromTrivyReport,
  parseTrivyReport,
} from '../../../src/scan/trivy-report.js';

function vuln(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    VulnerabilityID: 'CVE-2024-0001',
    PkgName: 'openssl',
    InstalledVersion: '3.0.1-r0',
    Severity: 'HIGH',
    ...overrides,
  };
}

function report(results: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    SchemaVersion: 2,
    ArtifactName: 'ghcr.io/acme/app@sha256:abc',
    Results: results,
    ...extra,
  };
}

function failure(input: unknown): ImprintError {
  try {
    findingsFromTrivyReport(input);
  } catch (error) {
    if (error instanceof ImprintError) return error;
    throw error;
  }
  throw new Error('expected findingsFromTrivyReport to throw');
}

describe('findingsFromTrivyReport', () => {
  it('maps each vulnerability to a finding with every field Trivy gives', () => {
    const findings = findingsFromTrivyReport(
      report([
        {
          Target: 'ghcr.io/acme/app@sha256:abc (alpine 3.20.3)',
          Class: 'os-pkgs',
          Vulnerabilities: [
            vuln({
              FixedVersion: '3.0.2-r0',
              Status: 'fixed',
              Title: 'openssl: bad thing',
              PrimaryURL: 'https://avd.aquasec.com/nvd/cve-2024-0001',
              PkgIdentifier: { PURL: 'pkg:apk/alpine/openssl@3.0.1-r0?arch=x86_64' },
              CVSS: { nvd: { V2Score: 9.3, V3Score: 7.5 }, redhat: { V3Score: 8.1 } },
            }),
          ],
        },
      ]),
    );
    expect(findings).toEqual([
      {
        id: 'CVE-2024-0001',
        packageName: 'openssl',
        installedVersion: '3.0.1-r0',
        fixedVersion: '3.0.2-r0',
        severity: 'HIGH',
        cvss: 8.1,
        purl: 'pkg:apk/alpine/openssl@3.0.1-r0?arch=x86_64',
        status: 'fixed',
        title: 'openssl: bad thing',
        url: 'https://avd.aquasec.com/nvd/cve-2024-0001',
        target: 'ghcr.io/acme/app@sha256:abc (alpine 3.20.3)',
      },
    ]);
  });

  it('leaves out what Trivy does not know: no fix, no CVSS, no purl', () => {
    const [finding] = findingsFromTrivyReport(
      report([
        {
          Target: 'app/package-lock.json',
          Vulnerabilities: [vuln({ FixedVersion: '', Status: 'affected' })],
        },
      ]),
    );
    expect(finding).toEqual({
      id: 'CVE-2024-0001',
      packageName: 'openssl',
      installedVersion: '3.0.1-r0',
      severity: 'HIGH',
      status: 'affected',
      target: 'app/package-lock.json',
    });
  });

  it('accepts JSON text as well as a parsed document', () => {
    const text = JSON.stringify(report([{ Target: 't', Vulnerabilities: [vuln()] }]));
    expect(findingsFromTrivyReport(text)).toHaveLength(1);
  });

  it('tolerates reports without Results, with null Vulnerabilities, and secrets/misconfig-only results', () => {
    expect(findingsFromTrivyReport({ SchemaVersion: 2, ArtifactName: 'x' })).toEqual([]);
    expect(findingsFromTrivyReport(report(null))).toEqual([]);
    expect(
      findingsFromTrivyReport(
        report([
          {
            Target: 'Dockerfile',
            Class: 'config',
            Misconfigurations: [{ ID: 'DS002', Severity: 'HIGH' }],
          },
          {
            Target: '/app/.env',
            Class: 'secret',
            Secrets: [{ RuleID: 'aws-access-key-id', Severity: 'CRITICAL' }],
          },
          { Target: 'os', Class: 'os-pkgs', Vulnerabilities: null },
        ]),
      ),
    ).toEqual([]);
  });

  it.each([
    ['text that is not JSON', '{"SchemaVersion": 2, "Results": [', 'is not valid JSON'],
    ['an array (schema 1)', [{ Target: 'x' }], 'is a JSON array (Trivy before 0.20'],
    [
      'a CycloneDX BOM',
      { bomFormat: 'CycloneDX', specVersion: '1.5' },
      'is a CycloneDX document, not a Trivy JSON report',
    ],
    ['a SARIF log', { version: '2.1.0', runs: [] }, 'is a SARIF log'],
    ['a cosign-vuln predicate', { invocation: {}, scanner: {} }, 'is a cosign-vuln predicate'],
    ['an object without SchemaVersion', { Results: [] }, 'without SchemaVersion'],
    ['a number', 42, 'is a JSON number'],
  ])('refuses %s with SCAN_FAILED saying what it got', (_what, input, message) => {
    const error = failure(input);
    expect(error.code).toBe('SCAN_FAILED');
    expect(error.message).toContain(message);
    expect(error.hint).toContain('--format json');
  });

  it('names the field that breaks the shape', () => {
    const error = failure(
      report([{ Target: 't', Vulnerabilities: [vuln({ Severity: 'SEVERE' })] }]),
    );
    expect(error.code).toBe('SCAN_FAILED');
    expect(error.message).toContain('Results.0.Vulnerabilities.0.Severity');
    expect(error.message).toContain('CRITICAL');
  });

  it('refuses another schema version', () => {
    const error = failure({ SchemaVersion: 3, Results: [] });
    expect(error.message).toContain('SchemaVersion');
  });

  it('keeps fields it does not model in the parsed report', () => {
    const parsed = parseTrivyReport(
      report([], { Metadata: { ImageID: 'sha256:1', DiffIDs: ['sha256:2'] } }),
    );
    expect((parsed.Metadata as Record<string, unknown>).DiffIDs).toEqual(['sha256:2']);
  });
});

describe('bestCvss', () => {
  it('prefers the highest v3 score, falls back to the highest v2, else nothing', () => {
    expect(bestCvss({ nvd: { V2Score: 10, V3Score: 5.3 }, ghsa: { V3Score: 6.1 } })).toBe(6.1);
    expect(bestCvss({ nvd: { V2Score: 4.3 }, redhat: { V2Score: 5 } })).toBe(5);
    expect(bestCvss({})).toBeUndefined();
    expect(bestCvss(undefined)).toBeUndefined();
  });
});
