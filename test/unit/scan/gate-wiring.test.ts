/**
 * The publish inputs drive the shared gate: fail-on-severity, ignore-unfixed and vuln-ignore
 * → gateRules → evaluateGate → the GATE_FAILED message and the vulnerability-counts output.
 */
import { evaluateGate } from '../../../src/scan/gate.js';
import {
  countsOutput,
  describeFinding,
  expiredRuleWarnings,
  gateFailure,
  gateRules,
} from '../../../src/scan/gate-report.js';
import { readScanOptions } from '../../../src/scan/options.js';
import { findingsFromTrivyReport } from '../../../src/scan/trivy-report.js';

const NOW = new Date('2025-03-01T00:00:00Z');

const findings = findingsFromTrivyReport({
  SchemaVersion: 2,
  Results: [
    {
      Target: 'ghcr.io/acme/app@sha256:abc (alpine 3.20.3)',
      Class: 'os-pkgs',
      Vulnerabilities: [
        {
          VulnerabilityID: 'CVE-2024-9999',
          PkgName: 'musl',
          InstalledVersion: '1.2.4-r0',
          FixedVersion: '1.2.4-r1',
          Severity: 'CRITICAL',
          CVSS: { nvd: { V3Score: 9.8 } },
        },
        {
          VulnerabilityID: 'CVE-2024-5555',
          PkgName: 'busybox',
          InstalledVersion: '1.36.1-r0',
          Severity: 'HIGH',
          PkgIdentifier: { PURL: 'pkg:apk/alpine/busybox@1.36.1-r0?arch=x86_64' },
        },
        {
          VulnerabilityID: 'CVE-2024-7777',
          PkgName: 'zlib',
          InstalledVersion: '1.3-r0',
          Severity: 'HIGH',
        },
        {
          VulnerabilityID: 'CVE-2024-1111',
          PkgName: 'curl',
          InstalledVersion: '8.5.0-r0',
          FixedVersion: '8.6.0-r0',
          Severity: 'MEDIUM',
        },
        {
          VulnerabilityID: 'CVE-2024-2222',
          PkgName: 'curl',
          InstalledVersion: '8.5.0-r0',
          Severity: 'LOW',
        },
      ],
    },
  ],
});

const VULN_IGNORE = [
  '- id: CVE-2024-9999',
  '  reason: patched in our fork',
  '  expires: 2025-01-31',
  '- id: CVE-2024-5555',
  '  purls: [pkg:apk/alpine/busybox]',
  '  reason: not reachable',
  '  expires: 2025-12-31',
].join('\n');

function options(inputs: Record<string, string>) {
  return readScanOptions((name) => inputs[name]);
}

describe('the gate as the publish inputs set it', () => {
  it('fails on a finding whose ignore entry expired, and says the entry expired', () => {
    const settings = options({ 'fail-on-severity': 'HIGH', 'vuln-ignore': VULN_IGNORE });
    const gate = evaluateGate(findings, gateRules(settings, NOW));

    expect(gate.passed).toBe(false);
    expect(gate.blocking.map((finding) => finding.id)).toEqual(['CVE-2024-9999', 'CVE-2024-7777']);
    expect(gate.ignored.map(({ finding, rule }) => [finding.id, rule.reason])).toEqual([
      ['CVE-2024-5555', 'not reachable'],
    ]);
    expect(gate.expiredRules.map((rule) => rule.id)).toEqual(['CVE-2024-9999']);
    expect(expiredRuleWarnings(gate)).toEqual([
      'ignore entry CVE-2024-9999 expired on 2025-01-31 and no longer applies: patched in our fork',
    ]);

    const error = gateFailure(gate, settings, (finding) =>
      finding.id === 'CVE-2024-9999' ? ['linux/amd64', 'linux/arm64'] : [],
    );
    expect(error?.code).toBe('GATE_FAILED');
    expect(error?.message.split('\n')).toEqual([
      'vulnerability gate failed: 2 findings at or above HIGH (fail-on-severity: HIGH)',
      '  - CRITICAL CVE-2024-9999 in musl 1.2.4-r0 (fixed in 1.2.4-r1, CVSS 9.8) [linux/amd64, linux/arm64]',
      '  - HIGH CVE-2024-7777 in zlib 1.3-r0 (no fix yet)',
      '  note: ignore entry CVE-2024-9999 expired on 2025-01-31 and no longer applies: patched in our fork',
    ]);
    expect(error?.hint).toContain('vuln-ignore');
    expect(error?.hint).toContain('ignore-unfixed: true');
  });

  it('lets unfixed findings pass with ignore-unfixed, and the hint stops suggesting it', () => {
    const settings = options({
      'fail-on-severity': 'HIGH',
      'ignore-unfixed': 'true',
      'vuln-ignore': VULN_IGNORE,
    });
    const gate = evaluateGate(findings, gateRules(settings, NOW));
    expect(gate.blocking.map((finding) => finding.id)).toEqual(['CVE-2024-9999']);
    expect(gateFailure(gate, settings)?.hint).not.toContain('ignore-unfixed');
  });

  it('passes with the default fail-on-severity NONE, still counting everything', () => {
    const settings = options({});
    const gate = evaluateGate(findings, gateRules(settings, NOW));
    expect(gate.passed).toBe(true);
    expect(gateFailure(gate, settings)).toBeUndefined();
    expect(countsOutput(gate.counts)).toBe(
      '{"CRITICAL":1,"HIGH":2,"MEDIUM":1,"LOW":1,"UNKNOWN":0}',
    );
  });

  it('fails on MEDIUM and above, not on LOW', () => {
    const settings = options({ 'fail-on-severity': 'medium' });
    const gate = evaluateGate(findings, gateRules(settings, NOW));
    expect(gate.blocking.map((finding) => finding.severity)).toEqual([
      'CRITICAL',
      'HIGH',
      'HIGH',
      'MEDIUM',
    ]);
  });

  it('lists at most 25 findings and says how many more there are', () => {
    const many = Array.from({ length: 30 }, (_, index) => ({
      ...findings[0]!,
      id: `CVE-2024-${1000 + index}`,
    }));
    const settings = options({ 'fail-on-severity': 'CRITICAL' });
    const message = gateFailure(evaluateGate(many, gateRules(settings, NOW)), settings)!.message;
    expect(message).toContain('30 findings at or above CRITICAL');
    expect(message.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(25);
    expect(message).toContain('… and 5 more');
  });

  it('describes a finding with a single verb: fixed in, or no fix yet', () => {
    expect(describeFinding(findings[3]!)).toBe(
      'MEDIUM CVE-2024-1111 in curl 8.5.0-r0 (fixed in 8.6.0-r0)',
    );
  });
});
