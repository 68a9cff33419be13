/**
 * The scan inputs (declared in src/inputs/tables/scan.ts) → Trivy's typed, validated settings.
 * Whether to scan at all (`scan`) is the publish door's to read. Pure: reads only the input
 * source, and every message names the input and says what was expected and what was found.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ImprintError } from '../errors.js';
import { InputReader } from '../inputs/reader.js';
import type { InputSource } from '../inputs/spec.js';
import {
  DEFAULT_DB_REPOSITORIES,
  DEFAULT_TRIVY_VERSION,
  SCAN_INPUTS,
  type SCAN_TARGETS,
} from '../inputs/tables/scan.js';
import type { IgnoreRule } from './gate.js';
import { ruleExpiry } from './gate.js';
import type { SeverityThreshold } from './model.js';

export type ScanTarget = (typeof SCAN_TARGETS)[number];

export interface ScanOptions {
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
    trivyVersion: trivyVersion(inputs.withDefault('trivy-version')),
    target: inputs.choiceAnyCase<ScanTarget>('scan-target'),
    dbRepositories: dbRepositories(inputs.list('db-repository')),
    failOnSeverity: inputs.choiceAnyCase<SeverityThreshold>('fail-on-severity'),
    ignoreUnfixed: inputs.boolean('ignore-unfixed'),
    ignore: parseIgnoreList(inputs.string('vuln-ignore') ?? ''),
    reportPath: inputs.withDefault('vuln-report-path'),
    downloadBaseUrl: inputs.withDefault('trivy-download-url'),
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
