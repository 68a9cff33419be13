/**
 * The evidence about the pinned image: its SBOMs, then the vulnerability scan (which may read
 * them, scan-target: sbom). Files and outputs now; the attestations they become are data the
 * attest step signs (`evidenceAttestations`).
 */
import type { CiContext } from '../ci/context.js';
import type { CiPlatform } from '../ci/platform.js';
import { progressFor } from '../ci/progress.js';
import { listsRegistry } from '../registry/hosts.js';
import { type ImageReference, formatReference } from '../registry/reference.js';
import { inGroup } from './log-group.js';
import type { PublishOptions } from './options.js';
import type { PinnedImage } from './pin.js';
import type { RegistryAccess } from './registry-access.js';
import type { RequestedAttestation } from './requested-attestation.js';
import type { Evidence } from './result.js';
import { generateSboms, sbomAttestations, type SbomStepResult } from './sbom-step.js';
import { scanAttestations, scanImage, type ScanReadiness } from './scan-step.js';
import type { LoadedVex } from './vex-documents.js';

export interface EvidenceTarget {
  registry: RegistryAccess;
  repository: ImageReference;
  pinned: PinnedImage;
  /** The `vex` input's documents: Trivy reads them. */
  vex: readonly LoadedVex[];
}

export async function gatherEvidence(
  target: EvidenceTarget,
  options: PublishOptions,
  scanning: ScanReadiness,
  platform: CiPlatform,
  context: CiContext,
): Promise<Evidence> {
  const sboms = options.sbom.enabled
    ? await sbomStep(target, options, platform.tempRoot, context)
    : undefined;
  const evidence: Evidence = { ...(sboms && { sboms }) };
  if ('skipped' in scanning) return { ...evidence, scan: scanning };
  const { registry, repository, pinned } = target;
  const scan = await inGroup(context.log, 'Scan the pushed image for vulnerabilities', () =>
    scanImage(
      scanning.scanner,
      {
        repository: formatReference(repository),
        digest: pinned.digest,
        platformDigests: pinned.platformDigests,
        sbomPaths: Object.fromEntries(
          (sboms?.documents ?? []).flatMap((d) =>
            d.cyclonedxPath === undefined ? [] : [[d.digest, d.cyclonedxPath]],
          ),
        ),
        credentials: registry.credentials,
        insecureRegistry: listsRegistry(options.insecureRegistries, repository.registry),
        vexDocuments: target.vex.map((v) => v.json),
      },
      options.scan,
      platform,
      context.log,
    ),
  );
  return { ...evidence, scan };
}

function sbomStep(
  { registry, repository, pinned }: EvidenceTarget,
  options: PublishOptions,
  tempRoot: string,
  context: CiContext,
): Promise<SbomStepResult> {
  return inGroup(context.log, 'Generate the SBOM from the pushed layers', () =>
    generateSboms(
      {
        client: registry.client,
        repository,
        pinned,
        tempRoot,
        progress: progressFor(context),
        format: options.sbom.format,
        ...(options.sbom.directory !== undefined && { directory: options.sbom.directory }),
      },
      context.log,
    ),
  );
}

/** The SBOMs' attestations, then the scan's: in the order they are signed and stored. */
export function evidenceAttestations(evidence: Evidence): RequestedAttestation[] {
  return [
    ...(evidence.sboms ? sbomAttestations(evidence.sboms) : []),
    ...(evidence.scan && !('skipped' in evidence.scan) ? scanAttestations(evidence.scan) : []),
  ];
}
