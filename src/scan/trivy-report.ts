/**
 * Trivy's JSON report (`trivy … --format json`, SchemaVersion 2) → the shared findings model.
 * Pure: the shape is validated once here so every other module (SARIF, GitLab, predicate,
 * policy engine) can read a typed report. Unknown fields are kept: the report is attested
 * as Trivy wrote it.
 */
import { z } from 'zod';
import { ImprintError } from '../errors.js';
import { type Finding, SEVERITIES } from './model.js';

const cvssEntry = z.looseObject({
  V2Score: z.number().optional(),
  V3Score: z.number().optional(),
  V2Vector: z.string().optional(),
  V3Vector: z.string().optional(),
  V40Score: z.number().optional(),
  V40Vector: z.string().optional(),
});

const vulnerability = z.looseObject({
  VulnerabilityID: z.string().min(1),
  PkgName: z.string(),
  PkgPath: z.string().optional(),
  PkgIdentifier: z.looseObject({ PURL: z.string().optional() }).optional(),
  InstalledVersion: z.string().optional(),
  FixedVersion: z.string().optional(),
  Status: z.string().optional(),
  SeveritySource: z.string().optional(),
  PrimaryURL: z.string().optional(),
  Title: z.string().optional(),
  Description: z.string().optional(),
  Severity: z.enum(SEVERITIES),
  CVSS: z.record(z.string(), cvssEntry).optional(),
  References: z.array(z.string()).nullish(),
});

/** What `--vex` with `--show-suppressed` moved out of Vulnerabilities, and why. */
const modifiedFinding = z.looseObject({
  Type: z.string(),
  Status: z.string().optional(),
  Source: z.string().optional(),
  Finding: z.unknown(),
});

const result = z.looseObject({
  Target: z.string(),
  Class: z.string().optional(),
  Type: z.string().optional(),
  Vulnerabilities: z.array(vulnerability).nullish(),
  ExperimentalModifiedFindings: z.array(modifiedFinding).nullish(),
});

const report = z.looseObject({
  SchemaVersion: z.literal(2),
  Trivy: z.looseObject({ Version: z.string().optional() }).optional(),
  ArtifactName: z.string().optional(),
  ArtifactType: z.string().optional(),
  Metadata: z
    .looseObject({
      OS: z.looseObject({ Family: z.string(), Name: z.string() }).nullish(),
      ImageID: z.string().optional(),
      RepoTags: z.array(z.string()).nullish(),
      RepoDigests: z.array(z.string()).nullish(),
    })
    .optional(),
  Results: z.array(result).nullish(),
});

export type TrivyReport = z.infer<typeof report>;
export type TrivyResult = z.infer<typeof result>;
export type TrivyVulnerability = z.infer<typeof vulnerability>;

const FIX_HINT =
  'Run Trivy with `--format json` (not table, sarif, cyclonedx or cosign-vuln) and pass its output unchanged.';

/** Documents that are JSON but not a Trivy report: name them, so the message says what was given. */
function foreignFormat(value: unknown): string | undefined {
  if (Array.isArray(value)) return 'a JSON array (Trivy before 0.20 wrote results as an array)';
  if (typeof value !== 'object' || value === null) return `a JSON ${typeof value}`;
  const record = value as Record<string, unknown>;
  if ('bomFormat' in record) return 'a CycloneDX document';
  if ('spdxVersion' in record) return 'an SPDX document';
  if ('runs' in record && 'version' in record) return 'a SARIF log';
  if ('scanner' in record && 'invocation' in record) return 'a cosign-vuln predicate';
  if (!('SchemaVersion' in record)) return 'a JSON object without SchemaVersion';
  return undefined;
}

function describeIssues(issues: z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 5).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${where}: ${issue.message}`;
  });
  const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : '';
  return shown.join('; ') + more;
}

/** Validates a parsed document (or JSON text) as a Trivy report; throws SCAN_FAILED otherwise. */
export function parseTrivyReport(input: unknown, source = 'the Trivy report'): TrivyReport {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new ImprintError('SCAN_FAILED', `${source} is not valid JSON: ${String(error)}`, {
        cause: error,
        hint: FIX_HINT,
      });
    }
  }
  const foreign = foreignFormat(value);
  if (foreign !== undefined) {
    throw new ImprintError(
      'SCAN_FAILED',
      `${source} is ${foreign}, not a Trivy JSON report (SchemaVersion 2).`,
      { hint: FIX_HINT },
    );
  }
  const parsed = report.safeParse(value);
  if (!parsed.success) {
    throw new ImprintError(
      'SCAN_FAILED',
      `${source} does not have the shape of a Trivy JSON report: ${describeIssues(parsed.error.issues)}`,
      { hint: FIX_HINT },
    );
  }
  return parsed.data;
}

/** Highest CVSS v3 base score any source gives, else the highest v2, else undefined. */
export function bestCvss(cvss: TrivyVulnerability['CVSS']): number | undefined {
  const entries = Object.values(cvss ?? {});
  const pick = (scores: (number | undefined)[]): number | undefined => {
    const known = scores.filter((score): score is number => typeof score === 'number');
    return known.length > 0 ? Math.max(...known) : undefined;
  };
  return pick(entries.map((entry) => entry.V3Score)) ?? pick(entries.map((entry) => entry.V2Score));
}

function findingFromVulnerability(vuln: TrivyVulnerability, target: string): Finding {
  const finding: Finding = {
    id: vuln.VulnerabilityID,
    packageName: vuln.PkgName,
    installedVersion: vuln.InstalledVersion ?? '',
    severity: vuln.Severity,
    target,
  };
  // Optional fields are left out rather than set to undefined: findings are compared and serialised.
  if (vuln.FixedVersion) finding.fixedVersion = vuln.FixedVersion;
  const cvss = bestCvss(vuln.CVSS);
  if (cvss !== undefined) finding.cvss = cvss;
  if (vuln.PkgIdentifier?.PURL) finding.purl = vuln.PkgIdentifier.PURL;
  if (vuln.Status) finding.status = vuln.Status;
  if (vuln.Title) finding.title = vuln.Title;
  if (vuln.PrimaryURL) finding.url = vuln.PrimaryURL;
  return finding;
}

/** Findings of an already validated report, in report order. */
export function findingsOf(parsed: TrivyReport): Finding[] {
  const findings: Finding[] = [];
  for (const entry of parsed.Results ?? []) {
    // Secret, misconfiguration and licence results carry no Vulnerabilities: nothing to add.
    for (const vuln of entry.Vulnerabilities ?? []) {
      findings.push(findingFromVulnerability(vuln, entry.Target));
    }
  }
  return findings;
}

/**
 * Findings the scanning Trivy's `--vex` suppressed (`--show-suppressed` keeps them in the
 * report): the publisher's VEX, which the policy has not judged yet.
 */
function suppressedFindingsOf(parsed: TrivyReport): Finding[] {
  const findings: Finding[] = [];
  for (const entry of parsed.Results ?? []) {
    for (const [index, modified] of (entry.ExperimentalModifiedFindings ?? []).entries()) {
      if (modified.Type !== 'vulnerability') continue;
      const vuln = vulnerability.safeParse(modified.Finding);
      if (!vuln.success) {
        throw new ImprintError(
          'SCAN_FAILED',
          `the Trivy report's ${entry.Target} ExperimentalModifiedFindings[${index}] is not a vulnerability: ${describeIssues(vuln.error.issues)}`,
          { hint: FIX_HINT },
        );
      }
      findings.push(findingFromVulnerability(vuln.data, entry.Target));
    }
  }
  return findings;
}

/**
 * The policy engine's entry point: any value (a parsed JSON document or its text) → findings,
 * those the scanner's VEX suppressed included: only VEX from a signer the policy names
 * resolves a finding. Throws ImprintError SCAN_FAILED when it is not a Trivy JSON report.
 */
export function findingsFromTrivyReport(report: unknown): Finding[] {
  const parsed = parseTrivyReport(report);
  return [...findingsOf(parsed), ...suppressedFindingsOf(parsed)];
}
