/**
 * Trivy JSON → GitLab's container_scanning security report (schema 15.0.7), pure. Field for
 * field what Trivy's `@contrib/gitlab.tpl` writes (goldens/alpine-310.gitlab.golden), with
 * the analyzer named as imprint and identifier types taken from the id (ghsa, …, not always cve).
 * Where the template writes what GitLab's published schema refuses, this does not: no empty
 * identifier url, links only to http(s)/ftp URLs, names and descriptions within their limits
 * (test/interop/scan/gitlab-schema.test.ts validates against that schema).
 */
import type { Severity } from './model.js';
import type { TrivyReport, TrivyVulnerability } from './trivy-report.js';

export const GITLAB_REPORT_VERSION = '15.0.7';

export interface GitlabVulnerability {
  id: string;
  name: string;
  description: string;
  severity: 'Critical' | 'High' | 'Medium' | 'Low' | 'Unknown';
  solution: string;
  location: {
    dependency: { package: { name: string }; version: string };
    operating_system: string;
    image: string;
  };
  /** url only when Trivy names a primary URL: the schema refuses an empty one. */
  identifiers: { type: string; name: string; value: string; url?: string }[];
  links: { url: string }[];
}

interface Tool {
  id: string;
  name: string;
  url?: string;
  vendor: { name: string };
  version: string;
}

export interface GitlabReport {
  version: string;
  scan: {
    analyzer: Tool;
    end_time: string;
    scanner: Tool;
    start_time: string;
    status: 'success';
    type: 'container_scanning';
  };
  vulnerabilities: GitlabVulnerability[];
  remediations: [];
}

export interface GitlabReportInput {
  report: TrivyReport;
  /** The scanned image as the report should name it (repo@digest); default: the report's artifact. */
  image?: string;
}

export interface GitlabScanInfo {
  scannerVersion: string;
  analyzerVersion: string;
  startedAt: Date;
  finishedAt: Date;
}

const SEVERITY_WORDS: Record<Severity, GitlabVulnerability['severity']> = {
  CRITICAL: 'Critical',
  HIGH: 'High',
  MEDIUM: 'Medium',
  LOW: 'Low',
  UNKNOWN: 'Unknown',
};

/** The schema's limits (15.0.7), in characters. */
const NAME_LIMIT = 255;
const DESCRIPTION_LIMIT = 1_048_576;
const SOLUTION_LIMIT = 7000;
/** The pattern the schema sets for identifier and link URLs. */
const SCHEMA_URL = /^(https?|ftp):\/\/.+/;

/** Text cut to `limit` characters, the last one an ellipsis, when longer. */
function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** GitLab wants `YYYY-MM-DDTHH:MM:SS`, no fraction, no zone (UTC). */
export function gitlabTime(time: Date): string {
  return time.toISOString().slice(0, 19);
}

/** CVE-2019-1549 → cve; GHSA-… → ghsa; ALAS2-2023-… → alas2. */
export function identifierType(id: string): string {
  const prefix = /^([A-Za-z][A-Za-z0-9]*)-/.exec(id)?.[1];
  return prefix ? prefix.toLowerCase() : 'cve';
}

function defaultImage(report: TrivyReport): string {
  return report.ArtifactType === 'container_image' && report.ArtifactName
    ? report.ArtifactName
    : 'Unknown';
}

function operatingSystem(report: TrivyReport): string {
  const os = report.Metadata?.OS;
  return os ? `${os.Family} ${os.Name}` : 'Unknown';
}

function vulnerability(
  vuln: TrivyVulnerability,
  operatingSystem: string,
  image: string,
): GitlabVulnerability {
  const url = vuln.PrimaryURL && SCHEMA_URL.test(vuln.PrimaryURL) ? vuln.PrimaryURL : undefined;
  return {
    id: vuln.VulnerabilityID,
    name: clip(vuln.Title ?? '', NAME_LIMIT),
    description: clip(vuln.Description ?? '', DESCRIPTION_LIMIT),
    severity: SEVERITY_WORDS[vuln.Severity],
    solution: clip(
      vuln.FixedVersion
        ? `Upgrade ${vuln.PkgName} to ${vuln.FixedVersion}`
        : 'No solution provided',
      SOLUTION_LIMIT,
    ),
    location: {
      dependency: { package: { name: vuln.PkgName }, version: vuln.InstalledVersion ?? '' },
      operating_system: operatingSystem,
      image,
    },
    identifiers: [
      {
        type: identifierType(vuln.VulnerabilityID),
        name: vuln.VulnerabilityID,
        value: vuln.VulnerabilityID,
        ...(url ? { url } : {}),
      },
    ],
    links: (vuln.References ?? [])
      .filter((link) => SCHEMA_URL.test(link))
      .map((link) => ({ url: link })),
  };
}

export function gitlabReportFromTrivy(
  inputs: readonly GitlabReportInput[],
  info: GitlabScanInfo,
): GitlabReport {
  const vulnerabilities = inputs.flatMap(({ report, image }) => {
    const os = operatingSystem(report);
    const imageName = image ?? defaultImage(report);
    return (report.Results ?? []).flatMap((entry) =>
      (entry.Vulnerabilities ?? []).map((vuln) => vulnerability(vuln, os, imageName)),
    );
  });
  const trivy = {
    id: 'trivy',
    name: 'Trivy',
    url: 'https://github.com/aquasecurity/trivy/',
    vendor: { name: 'Aqua Security' },
    version: info.scannerVersion,
  };
  return {
    version: GITLAB_REPORT_VERSION,
    scan: {
      analyzer: {
        id: 'imprint',
        name: 'imprint',
        vendor: { name: 'imprint' },
        version: info.analyzerVersion,
      },
      end_time: gitlabTime(info.finishedAt),
      scanner: trivy,
      start_time: gitlabTime(info.startedAt),
      status: 'success',
      type: 'container_scanning',
    },
    vulnerabilities,
    remediations: [],
  };
}
