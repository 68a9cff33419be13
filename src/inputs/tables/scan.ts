/**
 * The scan's inputs and the words they accept, declared once. `scan` is a three-way choice
 * wherever it appears; readScanOptions (src/scan/options.ts) reads the rest into Trivy's settings.
 */
import type { InputSpec } from '../spec.js';

/** auto: scan when Trivy can be had, else skip with a notice; true: require it; false: never. */
export const SCAN_MODES = ['auto', 'true', 'false'] as const;
export type ScanMode = (typeof SCAN_MODES)[number];

export const SCAN_TARGETS = ['image', 'sbom'] as const;
export const FAIL_ON_SEVERITIES = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;

export const DEFAULT_TRIVY_VERSION = '0.74.0';
/** Trivy's own default order (trivy.dev "Default Locations"): the mirror first, GHCR second. */
export const DEFAULT_DB_REPOSITORIES = [
  'mirror.gcr.io/aquasec/trivy-db:2',
  'ghcr.io/aquasecurity/trivy-db:2',
];
/** Where Trivy's GitHub releases live: the default of trivy-download-url. */
export const TRIVY_RELEASES_URL = 'https://github.com/aquasecurity/trivy/releases/download';

export const SCAN_INPUTS: readonly InputSpec[] = [
  {
    name: 'scan',
    kind: 'choice',
    default: 'auto',
    choices: SCAN_MODES,
    description:
      'Scan the pushed image with Trivy and attest the result: auto (when Trivy can be had: downloaded on GitHub runners, on PATH elsewhere; skipped with a notice otherwise), true (require it) or false.',
  },
  {
    name: 'trivy-version',
    kind: 'string',
    default: DEFAULT_TRIVY_VERSION,
    description: 'Trivy release to use (downloaded and checksum-verified on GitHub runners).',
  },
  {
    name: 'scan-target',
    kind: 'choice',
    default: 'image',
    choices: SCAN_TARGETS,
    description: 'image: scan the pushed image by digest; sbom: scan the generated SBOM.',
  },
  {
    name: 'db-repository',
    kind: 'list',
    default: DEFAULT_DB_REPOSITORIES.join(','),
    description: 'Trivy DB repositories, tried in order when one rate-limits.',
  },
  {
    name: 'fail-on-severity',
    kind: 'choice',
    default: 'NONE',
    choices: FAIL_ON_SEVERITIES,
    description:
      'Fail when a finding is at or above this severity (NONE: never); the image is then not signed.',
  },
  {
    name: 'ignore-unfixed',
    kind: 'boolean',
    default: 'false',
    description: 'Findings without a fixed version never fail the gate.',
  },
  {
    name: 'vuln-ignore',
    kind: 'string',
    description: 'YAML list of accepted findings: {id, purls, expires, reason}.',
  },
  {
    name: 'vuln-report-path',
    kind: 'string',
    default: 'vulnerability-report.json',
    description: 'Where to write the JSON vulnerability report.',
  },
  {
    name: 'sarif-path',
    kind: 'string',
    description: 'Write a SARIF 2.1.0 file here for GitHub code scanning (off by default).',
  },
  {
    name: 'gitlab-report-path',
    kind: 'string',
    description: 'Write a GitLab container_scanning report here.',
  },
  {
    name: 'trivy-cache-dir',
    kind: 'string',
    description:
      'Trivy cache directory (default: TRIVY_CACHE_DIR, else ~/.cache/trivy). On GitHub the DB in it is kept in the Actions cache between runs (one entry per UTC day; a stale one is downloaded again).',
  },
  {
    name: 'trivy-download-url',
    kind: 'string',
    default: TRIVY_RELEASES_URL,
    description: 'Base URL of Trivy releases (a mirror for closed networks).',
  },
];
