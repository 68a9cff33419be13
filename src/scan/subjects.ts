/**
 * Which scans one publish needs, and how their findings add up, pure: an index is scanned
 * once per platform (`--platform`), each result belonging to that platform's manifest.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ImprintError } from '../errors.js';
import type { Finding } from './model.js';
import type { ScanOptions } from './options.js';
import type { InvocationContext } from './predicate.js';
import type { RegistryCredentials, ScanInput } from './run.js';
import type { TrivyReport } from './trivy-report.js';

export interface ScanRequest {
  /** The pushed repository, e.g. ghcr.io/acme/app. */
  repository: string;
  /** The pushed digest: an index or a single manifest. */
  digest: string;
  /** platform → manifest digest for an index (the publish output platform-digests); empty otherwise. */
  platformDigests?: Record<string, string>;
  /** For scan-target sbom: subject digest → its CycloneDX file. */
  sbomPaths?: Record<string, string>;
  credentials?: RegistryCredentials;
  /** The registry is in insecure-registries: Trivy gets --insecure. */
  insecureRegistry?: boolean;
  /** OpenVEX documents, checked: Trivy reads each (--vex) and reports what they suppress. */
  vexDocuments?: readonly Record<string, unknown>[];
  invocation: InvocationContext;
}

export interface PlannedScan {
  digest: string;
  platform?: string;
  imageRef: string;
  input: ScanInput;
  scanned: string;
}

/**
 * Where Trivy keeps its DB: the option, TRIVY_CACHE_DIR (Trivy's own documented setting, read
 * as Trivy reads it), or Trivy's own default.
 */
export function resolveCacheDir(
  options: Pick<ScanOptions, 'cacheDir'>,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return options.cacheDir ?? env.TRIVY_CACHE_DIR ?? join(homedir(), '.cache', 'trivy');
}

export function planScans(request: ScanRequest, target: ScanOptions['target']): PlannedScan[] {
  const reference = `${request.repository}@${request.digest}`;
  const platforms = Object.entries(request.platformDigests ?? {});
  const subjects: { digest: string; platform?: string }[] =
    platforms.length > 0
      ? platforms.map(([platform, digest]) => ({ platform, digest }))
      : [{ digest: request.digest }];
  return subjects.map(({ digest, platform }): PlannedScan => {
    const base: Omit<PlannedScan, 'input' | 'scanned'> = {
      digest,
      imageRef: `${request.repository}@${digest}`,
    };
    if (platform !== undefined) base.platform = platform;
    const named = platform === undefined ? digest : `${digest} (${platform})`;
    if (target === 'sbom') {
      const path = request.sbomPaths?.[digest];
      if (path === undefined) {
        throw new ImprintError(
          'INPUT_CONFLICT',
          `scan-target is sbom but there is no SBOM for ${named}`,
          {
            hint: 'Enable sbom, or set scan-target: image to scan the pushed image.',
          },
        );
      }
      return { ...base, input: { kind: 'sbom', path }, scanned: path };
    }
    const input: ScanInput = { kind: 'image', reference };
    if (platform !== undefined) input.platform = platform;
    if (request.credentials) input.credentials = request.credentials;
    if (request.insecureRegistry) input.insecure = true;
    return {
      ...base,
      input,
      scanned: platform === undefined ? reference : `${reference} (${platform})`,
    };
  });
}

function findingKey(finding: Finding, artifact: string | undefined): string {
  const target = artifact
    ? (finding.target ?? '').split(artifact).join('<artifact>')
    : (finding.target ?? '');
  return [finding.id, finding.packageName, finding.installedVersion, target].join('\n');
}

/** Union over subjects: a finding a previous subject already had is not counted again. */
export function mergeFindings(
  subjects: readonly { findings: readonly Finding[]; report: TrivyReport }[],
): Finding[] {
  const merged: Finding[] = [];
  const seen = new Set<string>();
  for (const subject of subjects) {
    const keys = subject.findings.map((finding) =>
      findingKey(finding, subject.report.ArtifactName),
    );
    subject.findings.forEach((finding, index) => {
      if (!seen.has(keys[index]!)) merged.push(finding);
    });
    keys.forEach((key) => seen.add(key));
  }
  return merged;
}

/** The platforms a finding occurs on, for messages. */
export function platformsOf(
  outcome: { subjects: readonly { platform?: string; findings: readonly Finding[] }[] },
  finding: Finding,
): string[] {
  return outcome.subjects
    .filter((subject) =>
      subject.findings.some(
        (candidate) =>
          candidate.id === finding.id &&
          candidate.packageName === finding.packageName &&
          candidate.installedVersion === finding.installedVersion,
      ),
    )
    .map((subject) => subject.platform)
    .filter((platform): platform is string => platform !== undefined);
}
