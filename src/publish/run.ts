/**
 * The publish pipeline: build → push → pin by digest (the registry's word, never the
 * tag's) → SBOM and vulnerability scan → sign, attest, store and read back → outputs and
 * summary. Each step runs in its own log group. What signing needs (token, key, trusted root)
 * and a required scanner are checked before the build. The gates (vulnerabilities, policy) are
 * asked after the attestations are stored and before the image signature is written: a failed
 * gate holds the signature back (gates.ts), and fails the step once the summary is written.
 */
import type { CiContext } from '../ci/context.js';
import { progressFor } from '../ci/progress.js';
import { ImprintError } from '../errors.js';
import {
  DEFAULT_TAG,
  type ImageReference,
  formatReference,
  parseReference,
} from '../registry/reference.js';
import type { RetryOptions } from '../sigstore/sign/index.js';
import type { AttestationRequests, PlannedImage } from '../attest/plan.js';
import { setAttestOutputs } from './attest-outputs.js';
import {
  type AttestationHook,
  type AttestResult,
  attestImage,
  prepareAttestation,
  type PreparedAttestation,
} from './attest-step.js';
import { buildAndPush } from './build-step.js';
import { PublishGates } from './gates.js';
import { inGroup } from './log-group.js';
import { publishSummary } from './summary-step.js';
import { loadPolicy } from '../policy/load.js';
import { signerOverlapWarnings } from '../policy/signer-overlap.js';
import type { PublishOptions } from './options.js';
import { type PinnedImage, pinImage } from './pin.js';
import { openRegistry, type RegistryAccess } from './registry-access.js';
import { attestSboms, evidenceRefs, generateSboms, type SbomStepResult } from './sbom-step.js';
import {
  attestScans,
  prepareScan,
  type ScanReadiness,
  scanImage,
  type ScanStepResult,
} from './scan-step.js';
import type { ToStore } from './store-step.js';
import { repositoryOf, resolveTarget } from './target.js';

export interface PublishResult {
  repository: string;
  /** Undefined only when nothing was pushed. */
  pinned?: PinnedImage;
  tags: string[];
  builder: string;
  /** Undefined when nothing was signed (sign: false, or push: false). */
  attested?: AttestResult;
  /** Undefined with sbom: false or push: false. */
  sboms?: SbomStepResult;
  /** The scan, or why it did not run; undefined with push: false. */
  scan?: ScanStepResult | { skipped: string };
}

type Evidence = Pick<PublishResult, 'sboms' | 'scan'>;

/** What the run reads from its surroundings, injectable so tests never touch process.env. */
export interface PublishEnvironment {
  /** CI variables: OIDC token sources, provenance facts, registry credentials, RUNNER_TEMP. */
  env?: NodeJS.ProcessEnv;
  /** Retries of Sigstore calls. */
  sigstoreRetry?: Partial<RetryOptions>;
  /** Lets the evidence steps (SBOM, vulnerability scan) add attestations. */
  attestations?: AttestationHook;
}

export async function runPublish(
  options: PublishOptions,
  context: CiContext,
  environment: PublishEnvironment = {},
): Promise<PublishResult> {
  // A broken policy file fails before anything is built or pushed.
  const policy = options.policy === undefined ? undefined : await loadPolicy(options.policy);
  for (const warning of policy ? signerOverlapWarnings(policy) : []) {
    context.log.warning(`policy: ${warning}`);
  }
  const gates = new PublishGates(options, policy, context, environment.env);
  const result =
    options.builder === 'none'
      ? await publishExisting(options, context, environment, gates)
      : await publishBuilt(options, context, environment, gates);
  await gates.afterPublish(result.scan, result.pinned);
  setOutputs(result, context);
  if (options.summary) await context.writeSummary(publishSummary(options, result));
  // After the attestations are stored and the summary written: the evidence is the point.
  const failure = gates.failure();
  if (failure) throw failure;
  return result;
}

async function publishBuilt(
  options: PublishOptions,
  context: CiContext,
  environment: PublishEnvironment,
  gates: PublishGates,
): Promise<PublishResult> {
  const target = resolveTarget(options.image, options.tags);
  const registry = await openRegistry(target.repository, options, context.log, environment.env);
  // Reach the registry (and prove the credentials) before a build that may take minutes.
  if (options.push)
    await registry.client.headManifest(
      target.repository.repository,
      target.tagged[0]?.tag ?? DEFAULT_TAG,
    );
  const prepared = options.push ? await prepareSigning(options, context, environment) : undefined;
  const scanning = options.push
    ? await prepareScan(options.scan, environment.env ?? process.env, context.log)
    : undefined;
  const built = await buildAndPush(options, target, registry.credentials, context.log);
  const tags = target.tagged.map((reference) => formatReference(reference));
  const repository = formatReference(target.repository);
  if (!options.push) return { repository, tags, builder: built.builder };

  const pinned = await inGroup(context.log, 'Pin the image by digest', () =>
    pinImage(
      registry.client,
      target.repository,
      { claimed: built.digest, tags: target.tagged },
      context.log,
    ),
  );
  const signed = await evidenceAndAttest(
    registry,
    target.repository,
    pinned,
    { options, prepared, scanning, gates },
    context,
    environment,
  );
  return {
    repository,
    pinned,
    tags,
    builder: built.builder,
    ...signed,
  };
}

async function publishExisting(
  options: PublishOptions,
  context: CiContext,
  environment: PublishEnvironment,
  gates: PublishGates,
): Promise<PublishResult> {
  const reference = parseReference(options.image);
  if (reference.tag === undefined && reference.digest === undefined) {
    throw new ImprintError(
      'INPUT_INVALID',
      `with builder none, "image" must name an existing image by tag or digest; got "${options.image}"`,
      {
        hint: 'e.g. ghcr.io/acme/app:1.2.3 or ghcr.io/acme/app@sha256:…',
      },
    );
  }
  const repository = repositoryOf(reference);
  const registry = await openRegistry(repository, options, context.log, environment.env);
  const pinned = await inGroup(context.log, 'Pin the existing image by digest', () =>
    pinImage(registry.client, repository, { existing: reference }, context.log),
  );
  const prepared = await prepareSigning(options, context, environment);
  const scanning = await prepareScan(options.scan, environment.env ?? process.env, context.log);
  const signed = await evidenceAndAttest(
    registry,
    repository,
    pinned,
    { options, prepared, scanning, gates },
    context,
    environment,
  );
  const tags =
    reference.tag !== undefined ? [formatReference({ ...repository, tag: reference.tag })] : [];
  return {
    repository: formatReference(repository),
    pinned,
    tags,
    builder: 'none',
    ...signed,
  };
}

async function prepareSigning(
  options: PublishOptions,
  context: CiContext,
  environment: PublishEnvironment,
): Promise<PreparedAttestation | undefined> {
  if (!options.sign.enabled) {
    context.log.info(
      'sign: false — the image is published unsigned, with no attestations (SBOM and scan reports are only written to files)',
    );
    return undefined;
  }
  return inGroup(context.log, 'Prepare signing', () =>
    prepareAttestation(
      options.sign,
      {
        env: environment.env ?? process.env,
        ...(environment.sigstoreRetry && { retry: environment.sigstoreRetry }),
      },
      context.log,
    ),
  );
}

interface EvidencePlan {
  options: PublishOptions;
  prepared: PreparedAttestation | undefined;
  scanning: ScanReadiness | undefined;
  gates: PublishGates;
}

/** SBOM and scan, then (when signing) every attestation signed, stored and read back. */
async function evidenceAndAttest(
  registry: RegistryAccess,
  repository: ImageReference,
  pinned: PinnedImage,
  plan: EvidencePlan,
  context: CiContext,
  environment: PublishEnvironment,
): Promise<Pick<PublishResult, 'attested' | 'sboms' | 'scan'>> {
  const evidence = await gatherEvidence(registry, repository, pinned, plan, context, environment);
  if (!plan.prepared) return evidence;
  const name = formatReference(repository);
  const target = { client: registry.client, repositoryPath: repository.repository, name, pinned };
  const hook = evidenceHook(evidence, environment.attestations);
  const gates = {
    refusal: () => plan.gates.refusal(evidence.scan),
    beforeSignatures: (pending: readonly ToStore[]) =>
      plan.gates.beforeSignatures(evidence.scan, pinned, pending),
  };
  return { ...evidence, attested: await attestImage(target, plan.prepared, context, hook, gates) };
}

/** The SBOM and the scan of the pinned image: files and outputs now, attestations via the hook. */
async function gatherEvidence(
  registry: RegistryAccess,
  repository: ImageReference,
  pinned: PinnedImage,
  plan: EvidencePlan,
  context: CiContext,
  environment: PublishEnvironment,
): Promise<Evidence> {
  const { options, scanning } = plan;
  const log = context.log;
  const env = environment.env ?? process.env;
  const sboms = options.sbom.enabled
    ? await inGroup(log, 'Generate the SBOM from the pushed layers', () =>
        generateSboms(
          {
            client: registry.client,
            repository,
            pinned,
            env,
            progress: progressFor(context),
            format: options.sbom.format,
            ...(options.sbom.directory !== undefined && { directory: options.sbom.directory }),
          },
          log,
        ),
      )
    : undefined;
  const evidence: Evidence = { ...(sboms && { sboms }) };
  if (!scanning || 'skipped' in scanning)
    return { ...evidence, ...(scanning && { scan: scanning }) };
  const scan = await inGroup(log, 'Scan the pushed image for vulnerabilities', () =>
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
        insecureRegistry: options.insecureRegistries.includes(repository.registry),
      },
      options.scan,
      env,
      log,
    ),
  );
  return { ...evidence, scan };
}

/** The evidence's attestations, then whatever the caller's own hook adds. */
function evidenceHook(evidence: Evidence, next: AttestationHook | undefined): AttestationHook {
  return async (requests: AttestationRequests, image: PlannedImage) => {
    if (evidence.sboms) attestSboms(requests, image, evidence.sboms);
    if (evidence.scan && !('skipped' in evidence.scan)) attestScans(requests, image, evidence.scan);
    await next?.(requests, image);
  };
}

function setOutputs(result: PublishResult, context: CiContext): void {
  context.setOutput('digest', result.pinned?.digest ?? '');
  context.setOutput('image-ref', result.pinned?.imageRef ?? '');
  context.setOutput('platform-digests', JSON.stringify(result.pinned?.platformDigests ?? {}));
  context.setOutput('tags', result.tags.join('\n'));
  if (result.attested) setAttestOutputs(result.attested, result.repository, context);
  if (result.sboms) {
    context.setOutput('sbom-path', result.sboms.directory);
    // CycloneDX references first, then SPDX ones (sbom-format: spdx or both).
    const refs = ['sbom', 'sbom-spdx'].map((kind) =>
      evidenceRefs(result.attested, result.repository, kind),
    );
    context.setOutput('sbom-ref', refs.filter((text) => text !== '').join('\n'));
  }
  if (result.scan && !('skipped' in result.scan)) {
    context.setOutput('vuln-ref', evidenceRefs(result.attested, result.repository, 'vuln'));
    context.setOutput('vuln-report-path', result.scan.reports.reportPath);
    context.setOutput('vulnerability-counts', result.scan.countsJson);
  }
}
