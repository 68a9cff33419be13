/**
 * The scan inputs → typed, validated options. Pure: reads only the input source, and every
 * message names the input and says what was expected and what was found.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ImprintError } from '../errors.js';
import { InputReader } from '../inputs/parse.js';
import type { InputSource, InputSpec } from '../inputs/spec.js';
import type { IgnoreRule } from './gate.js';
import { ruleExpiry } from './gate.js';
import type { SeverityThreshold } from './model.js';
import { TRIVY_RELEASES_URL } from './trivy-release.js';

export const DEFAULT_TRIVY_VERSION = '0.74.0';
/** Trivy's own default order (trivy.dev "Default Locations"): the mirror first, GHCR second. */
export const DEFAULT_DB_REPOSITORIES = [
  'mirror.gcr.io/aquasec/trivy-db:2',
  'ghcr.io/aquasecurity/trivy-db:2',
];
export const FAIL_ON_SEVERITIES = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export const SCAN_TARGETS = ['image', 'sbom'] as const;

export type ScanTarget = (typeof SCAN_TARGETS)[number];

/** The scan's inputs, for the lead to merge into the publish input table and action.yml. */
export const SCAN_INPUTS: readonly InputSpec[] = [
  {
    name: 'scan',
    kind: 'boolean',
    default: 'true',
    description: 'Scan the pushed image with Trivy and attest the result.',
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

export interface ScanOptions {
  enabled: boolean;
  trivyVersion: string;
  target: ScanTarget;
  dbRepositories: string[];
  failOnSeverity: SeverityThreshold;
  ignoreUnfixed: boolean;
  ignore: IgnoreRule[];
  reportPath: string;
  sarifPath?: string;
  gitlabReportPath?: string;
  cacheDir?: string;
  downloadBaseUrl: string;
}

const EXPIRY_FORM = /^\d{4}-\d{2}-\d{2}([Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2}))?$/;
const VERSION_FORM = /^v?\d+\.\d+\.\d+$/;
// registry host[:port]/path[:tag]: what `--db-repository` accepts.
const REPOSITORY_FORM =
  /^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)+(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$/;

function invalid(message: string, hint?: string): ImprintError {
  return new ImprintError('INPUT_INVALID', message, hint === undefined ? {} : { hint });
}

function oneOf<T extends string>(name: string, value: string, choices: readonly T[]): T {
  const upper = value.trim().toUpperCase();
  const match = choices.find((choice) => choice.toUpperCase() === upper);
  if (match === undefined) {
    throw invalid(`input "${name}" must be one of ${choices.join(', ')}; got "${value}"`);
  }
  return match;
}

function trivyVersion(value: string): string {
  if (!VERSION_FORM.test(value)) {
    throw invalid(
      `input "trivy-version" must be a Trivy release like ${DEFAULT_TRIVY_VERSION}; got "${value}"`,
      "Pin an exact release: the download is checked against that release's checksums.",
    );
  }
  return value.replace(/^v/, '');
}

function dbRepositories(values: string[]): string[] {
  if (values.length === 0) {
    throw invalid(
      'input "db-repository" must name at least one repository',
      `e.g. ${DEFAULT_DB_REPOSITORIES.join(',')}`,
    );
  }
  for (const value of values) {
    if (!REPOSITORY_FORM.test(value)) {
      throw invalid(
        `input "db-repository": "${value}" is not a registry repository`,
        'write host/path[:tag], e.g. mirror.gcr.io/aquasec/trivy-db:2',
      );
    }
  }
  return values;
}

const ignoreEntry = z.strictObject({
  id: z.string().min(1),
  purls: z.array(z.string().min(1)).optional(),
  expires: z.string().optional(),
  reason: z.string().optional(),
});

/** `vuln-ignore`: a YAML (or JSON) list of {id, purls?, expires?, reason?}. */
export function parseIgnoreList(text: string, name = 'vuln-ignore'): IgnoreRule[] {
  let value: unknown;
  try {
    // YAML 1.2 core schema: an unquoted 2025-01-31 stays a string.
    value = parseYaml(text, { schema: 'core' });
  } catch (error) {
    throw invalid(`input "${name}" is not valid YAML: ${String(error)}`);
  }
  const parsed = z.array(ignoreEntry).safeParse(value ?? []);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = (issue?.path ?? [])
      .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
      .join('');
    throw invalid(
      `input "${name}"${where} is invalid: ${issue?.message ?? 'unexpected shape'}`,
      'write a list of entries like: - {id: CVE-2024-1234, reason: "not reachable", expires: 2025-06-30}',
    );
  }
  return parsed.data.map((entry, index) => {
    const rule: IgnoreRule = { id: entry.id };
    if (entry.purls) rule.purls = entry.purls;
    if (entry.reason !== undefined) rule.reason = entry.reason;
    if (entry.expires !== undefined) {
      const expires = entry.expires;
      if (!EXPIRY_FORM.test(expires) || ruleExpiry({ id: entry.id, expires }) === undefined) {
        throw invalid(
          `input "${name}"[${index}].expires must be YYYY-MM-DD or an RFC 3339 time; got "${expires}"`,
        );
      }
      rule.expires = expires;
    }
    return rule;
  });
}

export function readScanOptions(source: InputSource): ScanOptions {
  const inputs = new InputReader(source, SCAN_INPUTS);
  const options: ScanOptions = {
    enabled: inputs.boolean('scan'),
    trivyVersion: trivyVersion(inputs.string('trivy-version') ?? DEFAULT_TRIVY_VERSION),
    target: oneOf('scan-target', inputs.string('scan-target') ?? 'image', SCAN_TARGETS),
    dbRepositories: dbRepositories(inputs.list('db-repository')),
    failOnSeverity: oneOf(
      'fail-on-severity',
      inputs.string('fail-on-severity') ?? 'NONE',
      FAIL_ON_SEVERITIES,
    ),
    ignoreUnfixed: inputs.boolean('ignore-unfixed'),
    ignore: parseIgnoreList(inputs.string('vuln-ignore') ?? ''),
    reportPath: inputs.string('vuln-report-path') ?? 'vulnerability-report.json',
    downloadBaseUrl: inputs.string('trivy-download-url') ?? TRIVY_RELEASES_URL,
  };
  const sarifPath = inputs.string('sarif-path');
  if (sarifPath !== undefined) options.sarifPath = sarifPath;
  const gitlabReportPath = inputs.string('gitlab-report-path');
  if (gitlabReportPath !== undefined) options.gitlabReportPath = gitlabReportPath;
  const cacheDir = inputs.string('trivy-cache-dir');
  if (cacheDir !== undefined) options.cacheDir = cacheDir;
  if (!/^https?:\/\//.test(options.downloadBaseUrl)) {
    throw invalid(
      `input "trivy-download-url" must be an http(s) URL; got "${options.downloadBaseUrl}"`,
    );
  }
  return options;
}
