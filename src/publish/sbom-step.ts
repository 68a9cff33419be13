/**
 * The SBOM step: after the pin, one CycloneDX 1.6 document per platform manifest (or for the
 * single manifest), catalogued straight from the pushed layers, written to disk and attested
 * to THAT manifest only: an SBOM describes one filesystem, never the index.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  allSubjects,
  describes,
  type AttestationRequests,
  type PlannedImage,
  type PlanSubject,
} from '../attest/plan.js';
import type { Logger } from '../ci/log.js';
import type { ProgressFactory } from '../ci/progress.js';
import { ImprintError } from '../errors.js';
import type { RegistryClient } from '../registry/client.js';
import type { ImageReference } from '../registry/reference.js';
import type { SbomSummaryModel } from '../report/publish-summary.js';
import type { SbomResult } from '../sbom/generate.js';
import { sbomForManifest } from '../sbom/registry-source.js';
import type { AttestResult } from './attest-step.js';
import type { PinnedImage } from './pin.js';

export const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom';
/** Warnings listed one by one in the log; the rest are counted. */
const LOGGED_WARNINGS = 10;
const TOP_LICENCES = 5;

export interface SbomDocument {
  /** The manifest the SBOM describes and is attested to. */
  digest: string;
  platform?: string;
  path: string;
  result: SbomResult;
}

export interface SbomStepResult {
  directory: string;
  documents: SbomDocument[];
}

export interface SbomStepInput {
  client: RegistryClient;
  repository: ImageReference;
  pinned: PinnedImage;
  /** The sbom-path input; undefined: a new temp directory under RUNNER_TEMP. */
  directory?: string;
  env: NodeJS.ProcessEnv;
  /** Reports the layer bytes read per manifest; without it nothing is reported. */
  progress?: ProgressFactory;
}

/** `linux/arm64/v8` → `linux-arm64-v8.cdx.json`; a single manifest → `image.cdx.json`. */
export function sbomFileName(platform?: string): string {
  return `${platform === undefined ? 'image' : platform.replace(/\//g, '-')}.cdx.json`;
}

/** The manifests an SBOM is made for: each platform of an index, else the image itself. */
export function sbomTargets(pinned: PinnedImage): { digest: string; platform?: string }[] {
  const platforms = Object.entries(pinned.platformDigests);
  return platforms.length > 0
    ? platforms.map(([platform, digest]) => ({ digest, platform }))
    : [{ digest: pinned.digest }];
}

export async function generateSboms(input: SbomStepInput, log: Logger): Promise<SbomStepResult> {
  const directory =
    input.directory ?? mkdtempSync(join(input.env.RUNNER_TEMP || tmpdir(), 'imprint-sbom-'));
  mkdirSync(directory, { recursive: true });
  const documents: SbomDocument[] = [];
  for (const target of sbomTargets(input.pinned)) {
    const named = target.platform ?? 'the image';
    const result = await sbomForManifest(input.client, input.repository, target, {
      ...(input.progress && { progress: input.progress }),
    });
    const path = join(directory, sbomFileName(target.platform));
    writeFileSync(path, JSON.stringify(result.bom, null, 2) + '\n');
    log.info(
      `SBOM of ${named} (${target.digest}): ${result.components.length} components → ${path}`,
    );
    for (const warning of result.warnings.slice(0, LOGGED_WARNINGS))
      log.warning(`SBOM of ${named}: ${warning}`);
    if (result.warnings.length > LOGGED_WARNINGS)
      log.warning(`SBOM of ${named}: ${result.warnings.length - LOGGED_WARNINGS} more warnings`);
    documents.push({ ...target, path, result });
  }
  return { directory, documents };
}

/** The manifest of the planned image with this digest (the attestation needs its size and type). */
export function subjectByDigest(image: PlannedImage, digest: string): PlanSubject {
  const subject = allSubjects(image).find((candidate) => candidate.digest === digest);
  if (!subject) {
    throw new ImprintError(
      'INTERNAL',
      `${digest} is not a manifest of ${image.repository}@${image.image.digest}: the pin and the plan disagree`,
    );
  }
  return subject;
}

export function attestSboms(
  requests: AttestationRequests,
  image: PlannedImage,
  sboms: SbomStepResult,
): void {
  for (const document of sboms.documents) {
    requests.attest(
      subjectByDigest(image, document.digest),
      CYCLONEDX_PREDICATE_TYPE,
      document.result.bom,
      'sbom',
    );
  }
}

export function sbomSummary(sboms: SbomStepResult, attested: boolean): SbomSummaryModel {
  return {
    directory: sboms.directory,
    attested,
    documents: sboms.documents.map(({ platform, path, result }) => ({
      subject: platform ?? 'image',
      path,
      components: result.components.length,
      perEcosystem: result.stats.perEcosystem,
      topLicences: Object.entries(result.stats.licences)
        .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
        .slice(0, TOP_LICENCES),
      withoutLicence: result.stats.withoutLicence,
      warnings: result.warnings.length,
    })),
  };
}

/** `name@digest` of the attestation of this kind on each manifest it describes, one per line. */
export function evidenceRefs(
  attested: AttestResult | undefined,
  name: string,
  kind: string,
): string {
  // The manifests each statement describes; platform evidence also stored on the index is not
  // evidence about the index.
  const placements =
    attested?.placements.filter((p) => p.job.kind === kind && describes(p.job, p.subject)) ?? [];
  const subjects = [...new Set(placements.map((p) => p.subject.digest))];
  return subjects
    .map((digest) => {
      const onSubject = placements.filter((p) => p.subject.digest === digest);
      const best = onSubject.find((p) => p.job.storage === 'referrer') ?? onSubject[0]!;
      return `${name}@${best.location.manifestDigest}`;
    })
    .join('\n');
}
