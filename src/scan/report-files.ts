/**
 * Writes the scan's files: the JSON vulnerability report (always), SARIF for GitHub code
 * scanning and GitLab's container_scanning report (each when its path is set).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { GateResult } from './gate.js';
import { gitlabReportFromTrivy } from './gitlab-report.js';
import type { Finding, SeverityCounts } from './model.js';
import type { ScanOptions } from './options.js';
import { sarifFromTrivyReports } from './sarif.js';
import type { DbSummary, ScanOutcome } from './scanner.js';

export interface VulnerabilityReport {
  scanner: { name: string; version: string };
  db: DbSummary;
  target: ScanOptions['target'];
  counts: SeverityCounts;
  gate: {
    passed: boolean;
    failOnSeverity: ScanOptions['failOnSeverity'];
    ignoreUnfixed: boolean;
    blocking: Finding[];
    ignored: {
      finding: Finding;
      id: string;
      reason?: string | undefined;
      expires?: string | undefined;
    }[];
    expiredRules: GateResult['expiredRules'];
  };
  subjects: {
    digest: string;
    platform?: string;
    imageRef: string;
    scanned: string;
    counts: SeverityCounts;
    findings: Finding[];
  }[];
  startedAt: string;
  finishedAt: string;
}

export interface WrittenReports {
  reportPath: string;
  sarifPath?: string;
  gitlabReportPath?: string;
}

/** The JSON behind vuln-report-path, pure. */
function vulnerabilityReport(outcome: ScanOutcome, options: ScanOptions): VulnerabilityReport {
  return {
    scanner: { name: outcome.scanner.name, version: outcome.scanner.version },
    db: outcome.db,
    target: options.target,
    counts: outcome.counts,
    gate: {
      passed: outcome.gate.passed,
      failOnSeverity: options.failOnSeverity,
      ignoreUnfixed: options.ignoreUnfixed,
      blocking: outcome.gate.blocking,
      ignored: outcome.gate.ignored.map(({ finding, rule }) => ({ finding, ...rule })),
      expiredRules: outcome.gate.expiredRules,
    },
    subjects: outcome.subjects.map((subject) => ({
      digest: subject.digest,
      ...(subject.platform === undefined ? {} : { platform: subject.platform }),
      imageRef: subject.imageRef,
      scanned: subject.scanned,
      counts: subject.counts,
      findings: subject.findings,
    })),
    startedAt: outcome.startedAt.toISOString(),
    finishedAt: outcome.finishedAt.toISOString(),
  };
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n');
}

export function writeScanReports(
  outcome: ScanOutcome,
  options: ScanOptions,
  analyzerVersion: string,
): WrittenReports {
  writeJson(options.reportPath, vulnerabilityReport(outcome, options));
  const written: WrittenReports = { reportPath: options.reportPath };
  const reports = outcome.subjects.map((subject) => subject.report);
  if (options.sarifPath) {
    writeJson(options.sarifPath, sarifFromTrivyReports(reports, outcome.scanner.version));
    written.sarifPath = options.sarifPath;
  }
  if (options.gitlabReportPath) {
    // Each platform manifest by name, so one CVE on two platforms stays two GitLab findings.
    const inputs = outcome.subjects.map((subject) => ({
      report: subject.report,
      image: subject.imageRef,
    }));
    const info = {
      scannerVersion: outcome.scanner.version,
      analyzerVersion,
      startedAt: outcome.startedAt,
      finishedAt: outcome.finishedAt,
    };
    writeJson(options.gitlabReportPath, gitlabReportFromTrivy(inputs, info));
    written.gitlabReportPath = options.gitlabReportPath;
  }
  return written;
}
