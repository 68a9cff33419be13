/**
 * Trivy JSON → SARIF 2.1.0 for GitHub code scanning, pure. The run has the shape Trivy's
 * own `--format sarif` writes (rule per vulnerability id, result per affected package), so
 * alerts look the same as with aquasecurity/trivy-action. Several reports (one per platform)
 * go into ONE run: GitHub rejects files with two runs of the same tool and category.
 */
import type { Severity } from './model.js';
import type { TrivyReport, TrivyResult, TrivyVulnerability } from './trivy-report.js';

const SARIF_SCHEMA =
  'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json';

type Level = 'error' | 'warning' | 'note';

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: Level };
  helpUri?: string;
  help: { text: string; markdown: string };
  properties: Record<string, unknown>;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: 'ROOTPATH' };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
    message: { text: string };
  }[];
}

export interface SarifLog {
  version: '2.1.0';
  $schema: string;
  runs: {
    tool: {
      driver: {
        fullName: string;
        informationUri: string;
        name: string;
        rules: SarifRule[];
        version: string;
      };
    };
    results: SarifResult[];
    columnKind: 'utf16CodeUnits';
    properties?: Record<string, unknown>;
  }[];
}

const LEVELS: Record<Severity, Level> = {
  CRITICAL: 'error',
  HIGH: 'error',
  MEDIUM: 'warning',
  LOW: 'note',
  UNKNOWN: 'note',
};
/** GitHub sorts alerts by security-severity; without a CVSS v3 score Trivy uses these. */
const SEVERITY_SCORES: Record<Severity, string> = {
  CRITICAL: '9.5',
  HIGH: '8.0',
  MEDIUM: '5.5',
  LOW: '2.0',
  UNKNOWN: '0.0',
};
const RULE_NAMES: Record<string, string> = {
  'os-pkgs': 'OsPackageVulnerability',
  'lang-pkgs': 'LanguageSpecificPackageVulnerability',
};
const REPOSITORY_PATH =
  /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

/**
 * An OS result's target ("ghcr.io/acme/app@sha256:… (alpine 3.20.3)") → the repository path
 * ("acme/app"), as Trivy names the artifact; anything that is not an image reference stays.
 */
export function artifactUri(target: string, resultClass: string | undefined): string {
  let uri = target;
  if (resultClass === 'os-pkgs') {
    const name = target.replace(/\s*\(.*\)\s*$/, '').replace(/@sha256:[0-9a-f]+$/, '');
    const parts = name.split('/');
    const first = parts[0] ?? '';
    const hasRegistry =
      parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const path = (hasRegistry ? parts.slice(1) : parts).join('/').replace(/:[\w][\w.-]*$/, '');
    if (REPOSITORY_PATH.test(path))
      uri = !hasRegistry && parts.length === 1 ? `library/${path}` : path;
  }
  return uri.replace(/\\/g, '/');
}

function cvssProperties(vuln: TrivyVulnerability): {
  data: Record<string, unknown>;
  score?: string;
} {
  const entry = vuln.SeveritySource ? vuln.CVSS?.[vuln.SeveritySource] : undefined;
  if (!entry) return { data: {} };
  const candidates: Record<string, unknown> = {
    cvssv2_vector: entry.V2Vector,
    cvssv2_score: entry.V2Score,
    cvssv3_vector: entry.V3Vector,
    cvssv3_baseScore: entry.V3Score,
    cvssv40_vector: entry.V40Vector,
    cvssv40_baseScore: entry.V40Score,
  };
  // Trivy leaves out empty vectors and zero scores.
  const data = Object.fromEntries(
    Object.entries(candidates).filter(
      ([, value]) => value !== undefined && value !== '' && value !== 0,
    ),
  );
  return entry.V3Score ? { data, score: entry.V3Score.toFixed(1) } : { data };
}

function rule(vuln: TrivyVulnerability, result: TrivyResult): SarifRule {
  const { data, score } = cvssProperties(vuln);
  const fixed = vuln.FixedVersion ?? '';
  const link = `[${vuln.VulnerabilityID}](${vuln.PrimaryURL ?? ''})`;
  const description = vuln.Description ?? '';
  const built: SarifRule = {
    id: vuln.VulnerabilityID,
    name: RULE_NAMES[result.Class ?? ''] ?? 'UnknownIssue',
    shortDescription: { text: vuln.Title ?? '' },
    fullDescription: { text: description || (vuln.Title ?? '') },
    defaultConfiguration: { level: LEVELS[vuln.Severity] },
    help: {
      text: `Vulnerability ${vuln.VulnerabilityID}\nSeverity: ${vuln.Severity}\nPackage: ${vuln.PkgName}\nFixed Version: ${fixed}\nLink: ${link}\n${description}`,
      markdown: `**Vulnerability ${vuln.VulnerabilityID}**\n| Severity | Package | Fixed Version | Link |\n| --- | --- | --- | --- |\n|${vuln.Severity}|${vuln.PkgName}|${fixed}|${link}|\n\n${description}`,
    },
    properties: {
      ...data,
      precision: 'very-high',
      'security-severity': score ?? SEVERITY_SCORES[vuln.Severity],
      tags: ['vulnerability', 'security', vuln.Severity],
    },
  };
  if (vuln.PrimaryURL) built.helpUri = vuln.PrimaryURL;
  return built;
}

function sarifResult(
  vuln: TrivyVulnerability,
  result: TrivyResult,
  ruleIndex: number,
): SarifResult {
  const uri = artifactUri(
    vuln.PkgPath ? vuln.PkgPath : result.Target,
    vuln.PkgPath ? undefined : result.Class,
  );
  const installed = vuln.InstalledVersion ?? '';
  return {
    ruleId: vuln.VulnerabilityID,
    ruleIndex,
    level: LEVELS[vuln.Severity],
    message: {
      text: `Package: ${vuln.PkgName}\nInstalled Version: ${installed}\nVulnerability ${vuln.VulnerabilityID}\nSeverity: ${vuln.Severity}\nFixed Version: ${vuln.FixedVersion ?? ''}\nLink: [${vuln.VulnerabilityID}](${vuln.PrimaryURL ?? ''})`,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: 'ROOTPATH' },
          // Packages have no line; Trivy points at the first character, and so does GitHub.
          region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        },
        message: { text: `${uri}: ${vuln.PkgName}@${installed}` },
      },
    ],
  };
}

function imageProperties(report: TrivyReport): Record<string, unknown> | undefined {
  if (report.ArtifactType !== 'container_image') return undefined;
  return {
    imageID: report.Metadata?.ImageID ?? '',
    imageName: report.ArtifactName ?? '',
    repoDigests: report.Metadata?.RepoDigests ?? null,
    repoTags: report.Metadata?.RepoTags ?? null,
  };
}

export function sarifFromTrivyReports(
  reports: readonly TrivyReport[],
  scannerVersion: string,
): SarifLog {
  const rules: SarifRule[] = [];
  const ruleIndexes = new Map<string, number>();
  const results: SarifResult[] = [];
  const seen = new Set<string>();
  for (const report of reports) {
    for (const entry of report.Results ?? []) {
      for (const vuln of entry.Vulnerabilities ?? []) {
        let index = ruleIndexes.get(vuln.VulnerabilityID);
        if (index === undefined) {
          index = rules.length;
          ruleIndexes.set(vuln.VulnerabilityID, index);
        }
        // The last package seen describes the rule, as in Trivy's writer.
        rules[index] = rule(vuln, entry);
        const result = sarifResult(vuln, entry, index);
        const key = `${result.ruleId}\n${result.message.text}\n${result.locations[0]?.physicalLocation.artifactLocation.uri ?? ''}`;
        if (seen.has(key)) continue; // the same package on another platform
        seen.add(key);
        results.push(result);
      }
    }
  }
  const run: SarifLog['runs'][number] = {
    tool: {
      driver: {
        fullName: 'Trivy Vulnerability Scanner',
        informationUri: 'https://github.com/aquasecurity/trivy',
        name: 'Trivy',
        rules,
        version: scannerVersion,
      },
    },
    results,
    columnKind: 'utf16CodeUnits',
  };
  const properties = reports.map(imageProperties).find((value) => value !== undefined);
  if (properties) run.properties = properties;
  return { version: '2.1.0', $schema: SARIF_SCHEMA, runs: [run] };
}
