/**
 * `vulnerabilities` rules on a cosign-vuln predicate: its `scanner.result` (a Trivy
 * report) goes through the injected parser, then the VEX the policy's VEX signers issued
 * (vex.ts) resolves what it says is not_affected or fixed, and what is left goes through the
 * shared gate, the same gate the publish step's `fail-on-severity` uses.
 */
import type { Finding } from '../../scan/model.js';
import { type GateResult, evaluateGate, thresholdFromMaxSeverity } from '../../scan/gate.js';
import { type VexResolution, applyVex } from '../../scan/vex-resolution.js';
import { messageOf } from '../../errors.js';
import type { VulnerabilityRules } from '../schema.js';
import { type CheckResult, check } from '../verdict.js';
import type { VexEvidence } from './vex.js';

export type TrivyReportParser = (report: unknown) => Finding[];

const MAX_LISTED = 8;
/** The id of each finding's VEX check begins so: `vulnerabilities.vex:<id>:<package>`. */
export const VEX_FINDING_CHECK = 'vulnerabilities.vex:';

export function checkVulnerabilities(
  rules: VulnerabilityRules,
  predicate: unknown,
  options: { now: Date; parseTrivyReport?: TrivyReportParser | undefined },
  vex?: VexEvidence,
): CheckResult[] {
  const expected = describeRules(rules);
  const read = readFindings(predicate, options.parseTrivyReport);
  if (typeof read === 'string')
    return [check('vulnerabilities', 'fail', expected, ...unreadable(read))];
  const applied = vex
    ? applyVex(read, vex.statements, vex.image)
    : { open: read, resolved: [], reopened: [] };
  const gate = evaluateGate(applied.open, {
    failAtOrAbove:
      rules.maxSeverity !== undefined ? thresholdFromMaxSeverity(rules.maxSeverity) : 'NONE',
    ...(rules.maxCvss !== undefined ? { maxCvss: rules.maxCvss } : {}),
    ignoreUnfixed: rules.ignoreUnfixed,
    ignore: rules.ignore,
    now: options.now,
  });
  const summary = summarize(read.length, applied.resolved.length, gate);
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
  results.push(...applied.resolved.map((entry) => vexCheck(entry, true)));
  results.push(...applied.reopened.map((entry) => vexCheck(entry, false)));
  results.push(...(vex?.ignored ?? []));
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

type Unreadable = 'no result' | 'no reader' | `unreadable: ${string}`;

/** The findings in a cosign-vuln predicate, or why there are none to judge. */
function readFindings(
  predicate: unknown,
  parse: TrivyReportParser | undefined,
): Finding[] | Unreadable {
  const report = (predicate as { scanner?: { result?: unknown } } | null)?.scanner?.result;
  if (report === undefined || report === null) return 'no result';
  if (parse === undefined) return 'no reader';
  try {
    return parse(report);
  } catch (error) {
    return `unreadable: ${messageOf(error)}`;
  }
}

function unreadable(why: Unreadable): [string, string] {
  if (why === 'no result')
    return [
      'the vuln attestation carries no scanner.result',
      'attest the Trivy JSON report (trivy --format cosign-vuln) rather than an empty predicate',
    ];
  if (why === 'no reader')
    return [
      'no Trivy report reader is wired into the policy engine',
      'this is a bug in imprint: please report it',
    ];
  return [
    `the scanner.result could not be read: ${why.slice('unreadable: '.length)}`,
    'attest a Trivy JSON report (schema version 2)',
  ];
}

function summarize(total: number, resolved: number, gate: GateResult): string {
  const counts = Object.entries(gate.counts)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity}`)
    .join(', ');
  const byVex = resolved > 0 ? `, ${resolved} resolved by VEX` : '';
  const open = counts ? ` (${counts}${resolved > 0 ? ' open' : ''})` : '';
  const ignored = gate.ignored.length > 0 ? `, ${gate.ignored.length} ignored by policy` : '';
  return `${total} findings${byVex}${open}${ignored}`;
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

/** Which VEX statement decided a finding, for the report: document, signer, status, why. */
function vexCheck({ finding, by }: VexResolution, resolved: boolean): CheckResult {
  const { statement } = by;
  const why = statement.justification ?? statement.impactStatement ?? statement.actionStatement;
  const found = `${finding.id} in ${finding.packageName} ${finding.installedVersion}: ${statement.status}${why ? ` (${why})` : ''} at ${statement.timestamp}, VEX document ${by.documentId}, ${by.signer}`;
  return resolved
    ? check(
        `${VEX_FINDING_CHECK}${finding.id}:${finding.packageName}`,
        'pass',
        'resolved by VEX from a policy VEX signer',
        found,
      )
    : check(
        `${VEX_FINDING_CHECK}${finding.id}:${finding.packageName}`,
        // Open findings are judged by the gate above; this only says which statement kept it open.
        'skipped',
        'resolved by VEX from a policy VEX signer',
        `not resolved: the latest statement says ${found}`,
      );
}
