/**
 * The one findings model every vulnerability consumer shares: the scan step's gate, the
 * policy engine's `vulnerabilities` rules, the summaries and the GitLab report.
 */

export const SEVERITIES = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** A threshold: NONE means "no finding is acceptable" when used as a maximum. */
export type SeverityThreshold = Severity | 'NONE';

export interface Finding {
  /** CVE-…, GHSA-…, ALAS-… as the scanner reports it. */
  id: string;
  packageName: string;
  installedVersion: string;
  /** Empty when no fixed version is known. */
  fixedVersion?: string;
  severity: Severity;
  /** Highest CVSS v3 (else v2) base score any source gives, when known. */
  cvss?: number;
  purl?: string;
  /** Trivy's status: fixed, affected, will_not_fix, fix_deferred, end_of_life, … */
  status?: string;
  title?: string;
  url?: string;
  /** The scanned target the finding belongs to (an OS, a lockfile, a jar). */
  target?: string;
}

export type SeverityCounts = Record<Severity, number>;

export function severityRank(severity: SeverityThreshold): number {
  return severity === 'NONE' ? -1 : SEVERITIES.indexOf(severity);
}

export function emptyCounts(): SeverityCounts {
  return { UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 };
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = emptyCounts();
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

export function isFixed(finding: Finding): boolean {
  return finding.fixedVersion !== undefined && finding.fixedVersion !== '';
}
