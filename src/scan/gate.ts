/**
 * The vulnerability gate, pure: findings + rules → what blocks, what was ignored and
 * which ignore entries have expired. The publish step's `fail-on-severity` and the
 * policy file's `vulnerabilities` block both come here.
 */
import {
  type Finding,
  type Severity,
  type SeverityCounts,
  type SeverityThreshold,
  countBySeverity,
  isFixed,
  severityRank,
} from './model.js';

/** An ignore entry, the same object as the policy file's `vulnerabilities.ignore[]`. */
export interface IgnoreRule {
  id: string;
  /** When given, the entry applies only to findings whose purl starts with one of these. */
  purls?: string[] | undefined;
  /** YYYY-MM-DD (end of that day, UTC) or a full RFC 3339 time. */
  expires?: string | undefined;
  reason?: string | undefined;
}

export interface GateRules {
  /** Findings at or above this severity block. NONE: nothing blocks on severity. */
  failAtOrAbove: SeverityThreshold;
  /** Findings whose best CVSS score is above this block, whatever their severity. */
  maxCvss?: number;
  /** Findings without a fixed version never block. */
  ignoreUnfixed: boolean;
  ignore: IgnoreRule[];
  /** The evaluation time: expiries are compared against it. */
  now: Date;
}

export interface IgnoredFinding {
  finding: Finding;
  rule: IgnoreRule;
}

export interface GateResult {
  passed: boolean;
  blocking: Finding[];
  ignored: IgnoredFinding[];
  /** Entries past their expiry: they no longer apply, and the report says so. */
  expiredRules: IgnoreRule[];
  /** Counts of every finding, before ignores. */
  counts: SeverityCounts;
}

/** The policy file says `maxSeverity: HIGH` (the worst allowed); the gate wants the first that fails. */
export function thresholdFromMaxSeverity(maxSeverity: SeverityThreshold): SeverityThreshold {
  if (maxSeverity === 'CRITICAL') return 'NONE';
  if (maxSeverity === 'NONE') return 'UNKNOWN';
  const order: Severity[] = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
  return order[order.indexOf(maxSeverity) + 1] ?? 'NONE';
}

export function ruleExpiry(rule: IgnoreRule): Date | undefined {
  if (rule.expires === undefined) return undefined;
  const text = /^\d{4}-\d{2}-\d{2}$/.test(rule.expires)
    ? `${rule.expires}T23:59:59.999Z`
    : rule.expires;
  const time = new Date(text);
  return Number.isNaN(time.getTime()) ? undefined : time;
}

function isRuleExpired(rule: IgnoreRule, now: Date): boolean {
  const expiry = ruleExpiry(rule);
  return expiry !== undefined && expiry.getTime() < now.getTime();
}

function ruleMatches(rule: IgnoreRule, finding: Finding): boolean {
  if (rule.id !== finding.id) return false;
  if (!rule.purls || rule.purls.length === 0) return true;
  const purl = finding.purl ?? '';
  // A purl without a version names every version of the package; never a mere name prefix.
  return rule.purls.some(
    (wanted) => purl === wanted || ['@', '?', '#'].some((next) => purl.startsWith(wanted + next)),
  );
}

function breaches(finding: Finding, rules: GateRules): boolean {
  if (rules.ignoreUnfixed && !isFixed(finding)) return false;
  const bySeverity =
    rules.failAtOrAbove !== 'NONE' &&
    severityRank(finding.severity) >= severityRank(rules.failAtOrAbove);
  const byCvss =
    rules.maxCvss !== undefined && finding.cvss !== undefined && finding.cvss > rules.maxCvss;
  return bySeverity || byCvss;
}

export function evaluateGate(findings: readonly Finding[], rules: GateRules): GateResult {
  const activeRules = rules.ignore.filter((rule) => !isRuleExpired(rule, rules.now));
  const expiredRules = rules.ignore.filter((rule) => isRuleExpired(rule, rules.now));
  const blocking: Finding[] = [];
  const ignored: IgnoredFinding[] = [];
  for (const finding of findings) {
    const rule = activeRules.find((candidate) => ruleMatches(candidate, finding));
    if (rule) {
      ignored.push({ finding, rule });
      continue;
    }
    if (breaches(finding, rules)) blocking.push(finding);
  }
  return {
    passed: blocking.length === 0,
    blocking,
    ignored,
    expiredRules,
    counts: countBySeverity(findings),
  };
}
