/**
 * The SBOM step: after the pin, one catalogue per platform manifest (or for the single
 * manifest), read straight from the pushed layers, rendered as CycloneDX 1.6 and/or SPDX 2.3
 * (sbom-format), written to disk and attested to THAT manifest only: an SBOM describes one
 * filesystem, never the index.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describes } from '../attest/plan.js';
import { PREDICATE_CYCLONEDX, PREDICATE_SPDX } from '../attest/predicate-types.js';
import type { Logger } from '../ci/log.js';
import type { ProgressFactory } from '../ci/progress.js';
import type { RegistryClient } from '../registry/client.js';
import type { ImageReference } from '../registry/reference.js';
import type { SbomSummaryModel } from '../report/publish-summary.js';
import type { SbomResult } from '../sbom/generate.js';
import { sbomForManifest } from '../sbom/registry-source.js';
import { buildSpdx } from '../sbom/spdx.js';
import type { SbomFormat } from './options.js';
import type { AttestResult } from './attest-step.js';
import type { PinnedImage } from './pin.js';
import type { RequestedAttestation } from './requested-attestation.js';

/** Warnings listed one by one in the log; the rest are counted. */
const LOGGED_WARNINGS = 10;
const TOP_LICENCES = 5;

export interface SbomDocument {
  /** The manifest the SBOM describes and is attested to. */
  digest: string;
  platform?: string;
  /** The first file written: the CycloneDX one, or the SPDX one when only SPDX is asked for. */
  path: string;
  /** Set when CycloneDX is written (the scan's `scan-target: sbom` reads it). */
  cyclonedxPath?: string;
  spdxPath?: string;
  /** The SPDX 2.3 document, when asked for. */
  spdx?: Record<string, unknown>;
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
  /** The sbom-path input; undefined: a new directory in tempRoot. */
  directory?: string;
  /** Default cyclonedx. */
  format?: SbomFormat;
  /** The job's temp directory (the platform's tempRoot). */
  tempRoot: string;
  /** Reports the layer bytes read per manifest; without it nothing is reported. */
  progress?: ProgressFactory;
}

/**
 * `linux/arm64/v8` → `linux-arm64-v8.cdx.json`; a single manifest → `image.cdx.json`;
 * SPDX: `.spdx.json`.
 */
export function sbomFileName(
  platform?: string,
  format: 'cyclonedx' | 'spdx' = 'cyclonedx',
): string {
  const base = platform === undefined ? 'image' : platform.replace(/\//g, '-');
  return `${base}.${format === 'spdx' ? 'spdx' : 'cdx'}.json`;
}

/** The manifests an SBOM is made for: each platform of an index, else the image itself. */
export function sbomTargets(pinned: PinnedImage): { digest: string; platform?: string }[] {
  const platforms = Object.entries(pinned.platformDigests);
  return platforms.length > 0
    ? platforms.map(([platform, digest]) => ({ digest, platform }))
    : [{ digest: pinned.digest }];
}

export async function generateSboms(input: SbomStepInput, log: Logger): Promise<SbomStepResult> {
  const directory = input.directory ?? mkdtempSync(join(input.tempRoot, 'imprint-sbom-'));
  mkdirSync(directory, { recursive: true });
  const documents: SbomDocument[] = [];
  for (const target of sbomTargets(input.pinned)) {
    const named = target.platform ?? 'the image';
    const result = await sbomForManifest(input.client, input.repository, target, {
      ...(input.progress && { progress: input.progress }),
      tempRoot: input.tempRoot,
    });
    const format = input.format ?? 'cyclonedx';
    const written: Omit<SbomDocument, 'path' | 'result' | 'digest' | 'platform'> = {};
    if (format !== 'spdx') {
      written.cyclonedxPath = join(directory, sbomFileName(target.platform));
      writeJson(written.cyclonedxPath, result.bom);
    }
    if (format !== 'cyclonedx') {
      written.spdx = buildSpdx(result.components, { image: result.image, now: result.createdAt });
      written.spdxPath = join(directory, sbomFileName(target.platform, 'spdx'));
      writeJson(written.spdxPath, written.spdx);
    }
    const paths = [written.cyclonedxPath, written.spdxPath].filter((p) => p !== undefined);
    log.info(
      `SBOM of ${named} (${target.digest}): ${result.components.length} components → ${paths.join(', ')}`,
    );
    for (const warning of result.warnings.slice(0, LOGGED_WARNINGS))
      log.warning(`SBOM of ${named}: ${warning}`);
    if (result.warnings.length > LOGGED_WARNINGS)
      log.warning(`SBOM of ${named}: ${result.warnings.length - LOGGED_WARNINGS} more warnings`);
    documents.push({ ...target, path: paths[0]!, ...written, result });
  }
  return { directory, documents };
}

function writeJson(path: string, document: unknown): void {
  writeFileSync(path, JSON.stringify(document, null, 2) + '\n');
}

/** Each document attested to the manifest it describes (CycloneDX, then SPDX). */
export function sbomAttestations(sboms: SbomStepResult): RequestedAttestation[] {
  return sboms.documents.flatMap((document) => [
    ...(document.cyclonedxPath !== undefined
      ? [sbomAttestation(document.digest, PREDICATE_CYCLONEDX, document.result.bom, 'sbom')]
      : []),
    ...(document.spdx !== undefined
      ? [sbomAttestation(document.digest, PREDICATE_SPDX, document.spdx, 'sbom-spdx')]
      : []),
  ]);
}

function sbomAttestation(
  digest: string,
  predicateType: string,
  predicate: unknown,
  kind: string,
): RequestedAttestation {
  return { predicateType, predicate, subjects: [digest], kind };
}

export function sbomSummary(sboms: SbomStepResult, attested: boolean): SbomSummaryModel {
  const first = sboms.documents[0];
  const formats = [
    ...(first?.cyclonedxPath !== undefined ? ['CycloneDX 1.6'] : []),
    ...(first?.spdxPath !== undefined ? ['SPDX 2.3'] : []),
  ];
  return {
    directory: sboms.directory,
    ...(formats.length > 0 && { formats }),
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
