/**
 * The vulnerability scan step: decide before the build whether Trivy can be had (scan: auto
 * skips with a notice, scan: true fails), scan the pushed image by digest after the pin, write
 * the reports, and attest each platform's cosign-vuln predicate to its own manifest. A failed
 * gate is returned, not thrown: the caller stores the evidence first, then fails the step.
 */
import type { Logger } from '../ci/log.js';
import type { CiPlatform } from '../ci/platform.js';
import { ImprintError, isImprintError } from '../errors.js';
import type { RegistryCredentials } from '../registry/credentials.js';
import { PREDICATE_VULN } from '../attest/predicate-types.js';
import type { ScanSummaryModel } from '../report/publish-summary.js';
import { countsOutput, gateFailure } from '../scan/gate-report.js';
import { ensureTrivy, type TrivyInstallation } from '../scan/install.js';
import { writeScanReports, type WrittenReports } from '../scan/report-files.js';
import { createTrivyScanner, type Scanner, type ScanOutcome } from '../scan/scanner.js';
import { platformsOf } from '../scan/subjects.js';
import type { Finding } from '../scan/model.js';
import { VERSION } from '../version.js';
import type { PublishScanOptions } from './options.js';
import type { RequestedAttestation } from './requested-attestation.js';

const NO_TRIVY_NOTICE = 'no Trivy here: install it or set scan: true to require it';

export type ScanReadiness = { scanner: Scanner } | { skipped: string };

export interface ScanStepResult {
  outcome: ScanOutcome;
  reports: WrittenReports;
  /** The vulnerability-counts output. */
  countsJson: string;
  /** GATE_FAILED, thrown by the caller once the attestations are stored; undefined: passed. */
  gateFailure?: ImprintError;
}

export interface ScanTarget {
  /** registry/path of the pushed image. */
  repository: string;
  digest: string;
  platformDigests: Record<string, string>;
  /** manifest digest → its SBOM file, for scan-target: sbom. */
  sbomPaths: Record<string, string>;
  credentials: RegistryCredentials | undefined;
  insecureRegistry: boolean;
  /** OpenVEX documents for Trivy's --vex. */
  vexDocuments: readonly Record<string, unknown>[];
}

/**
 * Runs before the build: a required scanner that is missing fails while failing is cheap. The
 * platform says whether Trivy may be downloaded and where temp files and the DB cache go; PATH
 * and TRIVY_CACHE_DIR are Trivy's own settings, read from the job's variables (`env`).
 */
export async function prepareScan(
  options: PublishScanOptions,
  platform: CiPlatform,
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<ScanReadiness> {
  if (options.mode === 'false') {
    log.info('scan: false — the image is not scanned for vulnerabilities');
    return { skipped: 'scan: false' };
  }
  const allowDownload = platform.toolDownload;
  const pathEnv = env.PATH ?? '';
  let installation: TrivyInstallation;
  try {
    installation = await ensureTrivy({
      version: options.trivy.trivyVersion,
      allowDownload,
      downloadBaseUrl: options.trivy.downloadBaseUrl,
      pathEnv,
    });
  } catch (error) {
    // Only "not available" is forgivable in auto mode: a checksum mismatch never is.
    if (options.mode === 'true' || !isImprintError(error) || error.code !== 'SCANNER_MISSING')
      throw error;
    log.warning(`Vulnerability scan skipped: ${NO_TRIVY_NOTICE} (${error.message})`);
    return { skipped: NO_TRIVY_NOTICE };
  }
  const trivy = { ...options.trivy };
  if (trivy.cacheDir === undefined && env.TRIVY_CACHE_DIR) trivy.cacheDir = env.TRIVY_CACHE_DIR;
  const { tempRoot, actionsCache } = platform;
  return {
    scanner: createTrivyScanner(trivy, {
      log,
      allowDownload,
      pathEnv,
      installation,
      tempRoot,
      actionsCache,
    }),
  };
}

/** Scans every platform, writes the reports; the gate's verdict is returned, never thrown. */
export async function scanImage(
  scanner: Scanner,
  target: ScanTarget,
  options: PublishScanOptions,
  platform: CiPlatform,
  log: Logger,
): Promise<ScanStepResult> {
  const { credentials } = target;
  const pair =
    credentials?.username !== undefined && credentials.password !== undefined
      ? { username: credentials.username, password: credentials.password }
      : undefined;
  if (credentials && !pair)
    log.warning(
      `Trivy gets no registry credentials: those from ${credentials.source} are not a user name and password`,
    );
  const outcome = await scanner.scan({
    repository: target.repository,
    digest: target.digest,
    platformDigests: target.platformDigests,
    sbomPaths: target.sbomPaths,
    ...(pair && { credentials: pair }),
    insecureRegistry: target.insecureRegistry,
    vexDocuments: target.vexDocuments,
    invocation: platform.job,
  });
  const reports = writeScanReports(outcome, options.trivy, VERSION);
  const countsJson = countsOutput(outcome.counts);
  log.info(`vulnerabilities: ${countsJson}; report: ${reports.reportPath}`);
  const failure = gateFailure(outcome.gate, options.trivy, (finding) =>
    platformsOf(outcome, finding),
  );
  log.info(
    `vulnerability gate (fail-on-severity: ${options.trivy.failOnSeverity}): ${failure ? 'failed' : 'passed'}`,
  );
  return { outcome, reports, countsJson, ...(failure && { gateFailure: failure }) };
}

/** Each platform's cosign-vuln predicate, attested to its own manifest. */
export function scanAttestations(scan: ScanStepResult): RequestedAttestation[] {
  return scan.outcome.subjects.map((subject) => ({
    predicateType: PREDICATE_VULN,
    predicate: subject.predicate,
    subjects: [subject.digest],
    kind: 'vuln',
  }));
}

function findingRow(finding: Finding): ScanSummaryModel['blocking'][number] {
  return {
    id: finding.id,
    severity: finding.severity,
    packageName: finding.packageName,
    installedVersion: finding.installedVersion,
    ...(finding.fixedVersion && { fixedVersion: finding.fixedVersion }),
    ...(finding.url && { url: finding.url }),
  };
}

export function scanSummary(
  scan: ScanStepResult,
  options: PublishScanOptions,
  attested: boolean,
): ScanSummaryModel {
  const { outcome } = scan;
  return {
    scanner: `trivy ${outcome.scanner.version}`,
    db: `${outcome.db.version} (${outcome.db.ageHours} h old)`,
    counts: outcome.counts,
    failOnSeverity: options.trivy.failOnSeverity,
    passed: outcome.gate.passed,
    blocking: outcome.gate.blocking.map(findingRow),
    ignored: outcome.gate.ignored.map(({ finding, rule }) => ({
      ...findingRow(finding),
      ...(rule.reason !== undefined && { reason: rule.reason }),
      ...(rule.expires !== undefined && { expires: rule.expires }),
    })),
    expiredRules: outcome.gate.expiredRules.map((rule) => ({
      id: rule.id,
      ...(rule.expires !== undefined && { expires: rule.expires }),
      ...(rule.reason !== undefined && { reason: rule.reason }),
    })),
    reportPath: scan.reports.reportPath,
    attested,
  };
}
