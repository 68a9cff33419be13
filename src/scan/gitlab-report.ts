/**
 * Trivy JSON → GitLab's container_scanning security report (schema 15.0.7), pure. Field for
 * field what Trivy's `@contrib/gitlab.tpl` writes (goldens/alpine-310.gitlab.golden), with
 * the analyzer named as imprint and identifier types taken from the id (ghsa, …, not always cve).
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
  identifiers: { type: string; name: string; value: string; url: string }[];
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
  return {
    id: vuln.VulnerabilityID,
    name: vuln.Title ?? '',
    description: vuln.Description ?? '',
    severity: SEVERITY_WORDS[vuln.Severity],
    solution: vuln.FixedVersion
      ? `Upgrade ${vuln.PkgName} to ${vuln.FixedVersion}`
      : 'No solution provided',
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
        url: vuln.PrimaryURL ?? '',
      },
    ],
    links: (vuln.References ?? []).map((url) => ({ url })),
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
