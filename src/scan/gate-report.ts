/**
 * What the gate's verdict looks like to a person, pure: the GATE_FAILED error listing every
 * blocking finding, warnings for ignore entries past their expiry, and the
 * `vulnerability-counts` output.
 */
import { ImprintError } from '../errors.js';
import type { GateResult, GateRules, IgnoreRule } from './gate.js';
import { type Finding, type SeverityCounts, type SeverityThreshold, isFixed } from './model.js';

const MAX_LISTED = 25;
const COUNT_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;

export interface GateSettings {
  failOnSeverity: SeverityThreshold;
  ignoreUnfixed: boolean;
}

/** The publish inputs (fail-on-severity, ignore-unfixed, vuln-ignore) as the gate's rules. */
export function gateRules(settings: GateSettings & { ignore: IgnoreRule[] }, now: Date): GateRules {
  return {
    failAtOrAbove: settings.failOnSeverity,
    ignoreUnfixed: settings.ignoreUnfixed,
    ignore: settings.ignore,
    now,
  };
}

/** Which platforms (or subjects) a finding was seen on, for the message. */
export type WhereFound = (finding: Finding) => string[];

/** One line per finding: severity, id, package, version, fix and where. */
export function describeFinding(finding: Finding, where: string[] = []): string {
  const fix = isFixed(finding) ? `fixed in ${finding.fixedVersion}` : 'no fix yet';
  const cvss = finding.cvss === undefined ? '' : `, CVSS ${finding.cvss}`;
  const place = where.length > 0 ? ` [${where.join(', ')}]` : '';
  return `${finding.severity} ${finding.id} in ${finding.packageName} ${finding.installedVersion} (${fix}${cvss})${place}`;
}

function describeExpiredRule(rule: IgnoreRule): string {
  const reason = rule.reason ? `: ${rule.reason}` : '';
  return `ignore entry ${rule.id} expired on ${rule.expires ?? '?'} and no longer applies${reason}`;
}

/** Log lines for ignore entries past their expiry: shown even when the gate passes. */
export function expiredRuleWarnings(gate: GateResult): string[] {
  return gate.expiredRules.map(describeExpiredRule);
}

/** The GATE_FAILED error for a failed gate; undefined when it passed. */
export function gateFailure(
  gate: GateResult,
  settings: GateSettings,
  whereFound: WhereFound = () => [],
): ImprintError | undefined {
  if (gate.passed) return undefined;
  const listed = gate.blocking
    .slice(0, MAX_LISTED)
    .map((finding) => `  - ${describeFinding(finding, whereFound(finding))}`);
  const more =
    gate.blocking.length > MAX_LISTED
      ? [`  … and ${gate.blocking.length - MAX_LISTED} more (see the vulnerability report)`]
      : [];
  const expired = gate.expiredRules.map((rule) => `  note: ${describeExpiredRule(rule)}`);
  const count = gate.blocking.length;
  const lines = [
    `vulnerability gate failed: ${count} finding${count === 1 ? '' : 's'} at or above ${settings.failOnSeverity} (fail-on-severity: ${settings.failOnSeverity})`,
    ...listed,
    ...more,
    ...expired,
  ];
  const unfixed = gate.blocking.some((finding) => !isFixed(finding));
  const hint =
    'Upgrade the affected packages and rebuild, or accept a finding with a vuln-ignore entry (id, reason, expires)' +
    (unfixed && !settings.ignoreUnfixed
      ? '; set ignore-unfixed: true to let findings without a fix pass.'
      : '.');
  return new ImprintError('GATE_FAILED', lines.join('\n'), { hint });
}

/** The `vulnerability-counts` output: JSON, worst first. */
export function countsOutput(counts: SeverityCounts): string {
  return JSON.stringify(
    Object.fromEntries(COUNT_ORDER.map((severity) => [severity, counts[severity]])),
  );
}
