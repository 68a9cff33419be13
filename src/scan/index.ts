/** The scan room's public surface: what the publish pipeline, the policy engine and reports use. */
export {
  findingsFromTrivyReport,
  parseTrivyReport,
  bestCvss,
  type TrivyReport,
} from './trivy-report.js';
export { buildVulnPredicate, type InvocationContext, type VulnPredicate } from './predicate.js';
export { sarifFromTrivyReports, type SarifLog } from './sarif.js';
export { gitlabReportFromTrivy, type GitlabReport } from './gitlab-report.js';
export { ensureTrivy, type TrivyInstallation } from './install.js';
export { SCAN_INPUTS, readScanOptions, parseIgnoreList, type ScanOptions } from './options.js';
export { countsOutput, expiredRuleWarnings, gateFailure, gateRules } from './gate-report.js';
export { writeScanReports, vulnerabilityReport, type WrittenReports } from './report-files.js';
export {
  TrivyScanner,
  createTrivyScanner,
  type DbSummary,
  type ScanOutcome,
  type Scanner,
  type SubjectScan,
} from './scanner.js';
export { platformsOf, type ScanRequest } from './subjects.js';
