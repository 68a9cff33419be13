/**
 * `vulnerabilities` rules on a cosign-vuln predicate: its `scanner.result` (a Trivy
 * report) goes through the injected parser and the shared gate, the same gate the
 * publish step's `fail-on-severity` uses.
 */
import type { Finding } from '../../scan/model.js';
import { evaluateGate, thresholdFromMaxSeverity } from '../../scan/gate.js';
import { messageOf } from '../../errors.js';
import type { VulnerabilityRules } from '../schema.js';
import { type CheckResult, check } from '../verdict.js';

export type TrivyReportParser = (report: unknown) => Finding[];

const MAX_LISTED = 8;

export function checkVulnerabilities(
  rules: VulnerabilityRules,
  predicate: unknown,
  options: { now: Date; parseTrivyReport?: TrivyReportParser | undefined },
): CheckResult[] {
  const expected = describeRules(rules);
  const report = (predicate as { scanner?: { result?: unknown } } | null)?.scanner?.result;
  if (report === undefined || report === null) {
    return [
      check(
        'vulnerabilities',
        'fail',
        expected,
        'the vuln attestation carries no scanner.result',
        'attest the Trivy JSON report (trivy --format cosign-vuln) rather than an empty predicate',
      ),
    ];
  }
  if (options.parseTrivyReport === undefined) {
    return [
      check(
        'vulnerabilities',
        'fail',
        expected,
        'no Trivy report reader is wired into the policy engine',
        'this is a bug in imprint: please report it',
      ),
    ];
  }
  let findings: Finding[];
  try {
    findings = options.parseTrivyReport(report);
  } catch (error) {
    return [
      check(
        'vulnerabilities',
        'fail',
        expected,
        `the scanner.result could not be read: ${messageOf(error)}`,
        'attest a Trivy JSON report (schema version 2)',
      ),
    ];
  }
  const gate = evaluateGate(findings, {
    failAtOrAbove:
      rules.maxSeverity !== undefined ? thresholdFromMaxSeverity(rules.maxSeverity) : 'NONE',
    ...(rules.maxCvss !== undefined ? { maxCvss: rules.maxCvss } : {}),
    ignoreUnfixed: rules.ignoreUnfixed,
    ignore: rules.ignore,
    now: options.now,
  });
  const counts = Object.entries(gate.counts)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity}`)
    .join(', ');
  const summary = `${findings.length} findings${counts ? ` (${counts})` : ''}${gate.ignored.length > 0 ? `, ${gate.ignored.length} ignored by policy` : ''}`;
  const results: CheckResult[] = [
    gate.passed
      ? check('vulnerabilities', 'pass', expected, `${summary}, none blocking`)
      : check(
          'vulnerabilities',
          'fail',
          expected,
          `${gate.blocking.length} blocking: ${listFindings(gate.blocking)}; ${summary}`,
          'upgrade the listed packages to their fixed versions and rebuild, or add a vulnerabilities.ignore entry with a reason and an expiry',
        ),
  ];
  for (const rule of gate.expiredRules) {
    results.push(
      check(
        `vulnerabilities.ignore:${rule.id}`,
        'warn',
        `ignore entry for ${rule.id} in force`,
        `expired on ${rule.expires}${rule.reason ? ` (${rule.reason})` : ''}; it no longer applies`,
        'renew the expiry if the reason still holds, or remove the entry',
      ),
    );
  }
  return results;
}

function describeRules(rules: VulnerabilityRules): string {
  const parts: string[] = [];
  if (rules.maxSeverity !== undefined)
    parts.push(
      rules.maxSeverity === 'NONE'
        ? 'no vulnerability at all'
        : `nothing above ${rules.maxSeverity}`,
    );
  if (rules.maxCvss !== undefined) parts.push(`no CVSS score above ${rules.maxCvss}`);
  if (rules.ignoreUnfixed) parts.push('findings without a fix ignored');
  return parts.join(', ');
}

function listFindings(findings: Finding[]): string {
  const shown = findings
    .slice(0, MAX_LISTED)
    .map(
      (f) =>
        `${f.id} ${f.severity}${f.cvss !== undefined ? ` ${f.cvss}` : ''} in ${f.packageName} ${f.installedVersion}${f.fixedVersion ? ` (fixed in ${f.fixedVersion})` : ' (no fix yet)'}`,
    );
  return findings.length > MAX_LISTED
    ? `${shown.join('; ')}; and ${findings.length - MAX_LISTED} more`
    : shown.join('; ');
}
