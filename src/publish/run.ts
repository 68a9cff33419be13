/**
 * The publish pipeline, one list of steps for an image built here and for one already in the
 * registry (builder: none): resolve what to publish → open the registries → pin the existing
 * image, or prove each registry answers → prepare signing and the scanner → build and push, then
 * pin by digest (the registry's word, never the tag's) → copy the image to the further
 * repositories of `image` (copies-step.ts) → SBOM and vulnerability scan → sign, attest, store
 * and read back in each repository → outputs and summary. Each step runs in its own log group.
 * What signing needs (token, key, trusted root) and a required scanner are checked before the
 * build. The gates (vulnerabilities, policy) are asked after the attestations are stored and
 * before the image signature is written: a failed gate holds the signature back (gates.ts),
 * and fails the step once the summary is written.
 *
 * Nothing below reads the process environment: the door hands it over (PublishEnvironment).
 */
import { detectPlatform } from '../ci/choose-platform.js';
import type { CiContext } from '../ci/context.js';
import type { Logger } from '../ci/log.js';
import type { CiPlatform } from '../ci/platform.js';
import { loadPolicy } from '../policy/load.js';
import type { Policy } from '../policy/schema.js';
import { signerOverlapWarnings } from '../policy/signer-overlap.js';
import { DEFAULT_TAG, formatReference } from '../registry/reference.js';
import type { RetryOptions } from '../sigstore/sign/index.js';
import { type AttestResult, type AttestTarget, attestImage } from './attest-step.js';
import { buildAndPush } from './build-step.js';
import {
  copyToRepositories,
  inRepository,
  type PublishedRepository,
  reachCopies,
} from './copies-step.js';
import {
  customAttestations,
  type CustomPredicate,
  loadCustomPredicates,
} from './custom-predicates.js';
import { evidenceAttestations, gatherEvidence } from './evidence-step.js';
import { type LoadedVex, loadVexDocuments, vexAttestations } from './vex-documents.js';
import { PublishGates } from './gates.js';
import { inGroup } from './log-group.js';
import type { PublishOptions } from './options.js';
import { setPublishOutputs } from './outputs.js';
import { type PinnedImage, pinImage } from './pin.js';
import { type PreparedAttestation, prepareSigning } from './prepare-signing.js';
import type { SigningEnvironment } from './sign-step.js';
import { openRegistries, type RegistryAccess } from './registry-access.js';
import type { RequestedAttestation } from './requested-attestation.js';
import type { Evidence, PublishResult, RepositoryResult } from './result.js';
import { prepareScan } from './scan-step.js';
import { publishSummary } from './summary-step.js';
import {
  copyTargets,
  firstTarget,
  isPushed,
  type PublishSource,
  reportedTags,
  resolveSource,
} from './target.js';

/** What the run takes from its surroundings, read once by the door (tests pass their own). */
export interface PublishEnvironment {
  /**
   * The job's variables: the CI platform they name (token sources, provenance facts, the temp
   * directory), registry credentials, and Trivy's own settings (PATH, TRIVY_CACHE_DIR).
   */
  env: NodeJS.ProcessEnv;
  /** Retries of Sigstore calls. */
  sigstoreRetry?: Partial<RetryOptions>;
  /** Where GitHub's trusted root is refreshed from (tests: a stand-in TUF repository). */
  githubRoot?: SigningEnvironment['githubRoot'];
  /** Retries of GitHub's Attestations API (tests shorten them). */
  githubApiRetry?: SigningEnvironment['githubApiRetry'];
  /** More attestations to make about the image, signed after those of the SBOM and the scan. */
  attestations?: readonly RequestedAttestation[];
}

export async function runPublish(
  options: PublishOptions,
  context: CiContext,
  environment: PublishEnvironment,
): Promise<PublishResult> {
  const { log } = context;
  const { env } = environment;
  // The door chose the context's platform from these same variables; tests hand in their own.
  const platform = detectPlatform(env);
  const policy = await loadGatePolicy(options, log);
  // The user's predicate files are read now: a file that is not JSON fails before the build.
  const predicates = await loadCustomPredicates(options.predicates);
  const vex = await loadVexDocuments(options.vex);
  const gates = new PublishGates(options, policy, context, env);
  const source = resolveSource(options);
  const { registry, copyAccess, existing } = await openRepositories(source, options, log, env);
  // What signing and a required scanner need is checked now: failing costs seconds, not a build.
  const pushed = isPushed(source);
  const signing = pushed
    ? await prepareSigning(options, signingEnvironment(environment, platform), log)
    : undefined;
  const scanning = pushed ? await prepareScan(options.scan, platform, env, log) : undefined;
  const built = await buildImage(source, options, registry, platform, log);
  const pinned = existing ?? built.pinned;
  const first = pinned && { target: firstTarget(source), access: registry, pinned };
  const copies = await copyToRepositories(first, copyTargets(source), copyAccess, log);
  const evidence: Evidence =
    pinned && scanning
      ? await gatherEvidence(
          { registry, repository: source.repository, pinned, vex },
          options,
          scanning,
          platform,
          context,
        )
      : {};
  const requested = requestedAttestations(evidence, { predicates, vex }, pinned, environment);
  if (predicates.length + vex.length > 0 && !(pinned && signing))
    warnUnattested([...predicates.map((p) => p.type), ...vex.map((v) => v.source)], log);
  const sign = signing && signer(signing, context, requested, gates, evidence);
  const { attested, copyResults } = await attestRepositories(first, copies, sign);
  const result: PublishResult = {
    repository: formatReference(source.repository),
    ...(pinned && { pinned }),
    tags: reportedTags(source),
    builder: built.builder,
    ...evidence,
    ...(attested && { attested }),
    copies: copyResults,
  };
  await gates.afterPublish(result.scan, result.pinned);
  setPublishOutputs(result, context);
  if (options.summary) await context.writeSummary(publishSummary(options, result));
  // After the attestations are stored and the summary written: the evidence is the point.
  const failure = gates.failure();
  if (failure) throw failure;
  return result;
}

/** Signed after the provenance that signing prepared: the evidence's, the user's, the caller's. */
function requestedAttestations(
  evidence: Evidence,
  given: { predicates: readonly CustomPredicate[]; vex: readonly LoadedVex[] },
  pinned: PinnedImage | undefined,
  environment: PublishEnvironment,
): RequestedAttestation[] {
  return [
    ...evidenceAttestations(evidence),
    ...(pinned ? customAttestations(given.predicates, pinned.digest) : []),
    ...(pinned ? vexAttestations(given.vex, pinned.digest) : []),
    ...(environment.attestations ?? []),
  ];
}

/** Nothing is signed without a push and signing: the predicates and VEX given are not attested. */
function warnUnattested(given: readonly string[], log: Logger): void {
  log.warning(
    `${given.length} predicate(s) not attested (${given.join(', ')}): nothing is signed without push and sign`,
  );
}

/** A broken policy file fails before anything is built or pushed. */
async function loadGatePolicy(options: PublishOptions, log: Logger): Promise<Policy | undefined> {
  if (options.policy === undefined) return undefined;
  const policy = await loadPolicy(options.policy);
  for (const warning of signerOverlapWarnings(policy)) log.warning(`policy: ${warning}`);
  return policy;
}

/**
 * Before a build that may take minutes: an existing image is pinned now; for a push, the
 * registry is reached (and the credentials proved) with one HEAD.
 */
async function beforeBuild(
  source: PublishSource,
  registry: RegistryAccess,
  log: Logger,
): Promise<PinnedImage | undefined> {
  if (source.kind === 'existing') {
    return inGroup(log, 'Pin the existing image by digest', () =>
      pinImage(registry.client, source.repository, { existing: source.reference }, log),
    );
  }
  if (source.push) {
    const tag = source.tagged[0]?.tag ?? DEFAULT_TAG;
    await registry.client.headManifest(source.repository.repository, tag);
  }
  return undefined;
}

/** Builds and pushes, then pins what the registry serves under the tags; builder none: nothing. */
async function buildImage(
  source: PublishSource,
  options: PublishOptions,
  registry: RegistryAccess,
  platform: CiPlatform,
  log: Logger,
): Promise<{ builder: string; pinned?: PinnedImage }> {
  if (source.kind === 'existing') return { builder: 'none' };
  const built = await buildAndPush(options, source, registry.credentials, log, platform);
  if (!source.push) return { builder: built.builder };
  const pinned = await inGroup(log, 'Pin the image by digest', () =>
    pinImage(
      registry.client,
      source.repository,
      { claimed: built.digest, tags: source.tagged },
      log,
    ),
  );
  return { builder: built.builder, pinned };
}

/**
 * Every repository's registry, opened and proved before the build: the first's (where an
 * existing image is pinned now) and each further one's.
 */
async function openRepositories(
  source: PublishSource,
  options: PublishOptions,
  log: Logger,
  env: NodeJS.ProcessEnv,
): Promise<{ registry: RegistryAccess; copyAccess: RegistryAccess[]; existing?: PinnedImage }> {
  const pool = openRegistries(options, source.repository, log, env);
  const registry = await pool.access(source.repository.registry);
  const existing = await beforeBuild(source, registry, log);
  const copyAccess = await reachCopies(pool, copyTargets(source));
  return { registry, copyAccess, ...(existing && { existing }) };
}

/** Signs and attests the image in one repository, with the run's evidence and gates. */
function signer(
  signing: PreparedAttestation,
  context: CiContext,
  requested: readonly RequestedAttestation[],
  gates: PublishGates,
  evidence: Evidence,
): (published: PublishedRepository) => Promise<AttestResult> {
  return (published) =>
    attestImage(
      attestTarget(published),
      signing,
      context,
      requested,
      gates.forSigning(evidence.scan, published.pinned),
    );
}

/**
 * The first repository, then each further one signs and attests its own copy: the signature
 * payload (docker-reference) and the statements' subjects name the repository.
 */
async function attestRepositories(
  first: PublishedRepository | undefined,
  copies: readonly PublishedRepository[],
  sign: ((published: PublishedRepository) => Promise<AttestResult>) | undefined,
): Promise<{ attested?: AttestResult; copyResults: RepositoryResult[] }> {
  if (!first || !sign) return { copyResults: copies.map((copy) => repositoryResult(copy)) };
  const attested = await sign(first);
  const copyResults: RepositoryResult[] = [];
  for (const copy of copies)
    copyResults.push(repositoryResult(copy, await inRepository(copy.target, () => sign(copy))));
  return { attested, copyResults };
}

function repositoryResult(copy: PublishedRepository, attested?: AttestResult): RepositoryResult {
  return {
    repository: formatReference(copy.target.repository),
    pinned: copy.pinned,
    tags: copy.target.tagged.map((reference) => formatReference(reference)),
    ...(attested && { attested }),
  };
}

/** Where the attestations go: the pinned image's repository, named as its in-toto subject. */
function attestTarget({ target, access, pinned }: PublishedRepository): AttestTarget {
  return {
    client: access.client,
    repositoryPath: target.repository.repository,
    name: formatReference(target.repository),
    pinned,
  };
}

function signingEnvironment(environment: PublishEnvironment, platform: CiPlatform) {
  const { sigstoreRetry, githubRoot, githubApiRetry } = environment;
  return { platform, githubRoot, githubApiRetry, ...(sigstoreRetry && { retry: sigstoreRetry }) };
}
