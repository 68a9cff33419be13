/**
 * Sign → store → read back, for a pinned image, after the pin (prepare-signing.ts ran before
 * the build): it plans the provenance and the requested attestations, skips what a previous
 * run already stored, signs the rest, stores it in plan order and verifies everything as the
 * registry serves it.
 * Between the attestations and the image signatures it asks the gates (`beforeSignatures`):
 * when one failed, the evidence stays stored and the image signature is held back.
 */
import type { SerializedBundle } from '@sigstore/bundle';
import {
  allSubjects,
  type AttestationJob,
  AttestationRequests,
  type PlannedImage,
  planAttestations,
} from '../attest/plan.js';
import { PREDICATE_SLSA_V1 } from '../attest/predicate-types.js';
import { AttestationStore } from '../attest/storage/store.js';
import type { CiContext } from '../ci/context.js';
import type { Logger } from '../ci/log.js';
import type { RegistryClient } from '../registry/client.js';
import { parseManifest } from '../registry/manifest.js';
import type { IdentityPolicy } from '../sigstore/verify/index.js';
import { type GitHubUploadOutcome, uploadToGitHub } from './github-attestations-step.js';
import { inGroup } from './log-group.js';
import type { PinnedImage } from './pin.js';
import type { PreparedAttestation } from './prepare-signing.js';
import { expectedIdentity, readBack, type ReadBackResult } from './readback-step.js';
import { addRequested, type RequestedAttestation } from './requested-attestation.js';
import {
  createBundleDirectory,
  rekorLogIndexes,
  removeBundles,
  signJobs,
  type SigningSession,
  writeBundles,
  writeImageManifest,
} from './sign-step.js';
import {
  describePlacement,
  isSignature,
  type StoreOutcome,
  storeAll,
  type StoredPlacement,
  type StoreRequest,
} from './store-step.js';
import { findStored, type Placement } from './stored-lookup.js';

export interface AttestResult {
  image: PlannedImage;
  /** Every job on every subject, in plan order: stored now, or found from a previous run. */
  placements: StoredPlacement[];
  /** The image signatures a failed gate kept out of the registry, and why. */
  heldBack?: { reason: string; placements: Placement[] };
  /** The bundles signed by this run. */
  bundles: SerializedBundle[];
  rekorLogIndexes: number[];
  bundlePath: string;
  session: SigningSession;
  identity?: IdentityPolicy;
  readBack: ReadBackResult | { skipped: string };
  /** GitHub's Attestations API, after the read-back. */
  github: GitHubUploadOutcome;
}

export interface AttestTarget {
  client: RegistryClient;
  /** The repository path on the registry (team/app). */
  repositoryPath: string;
  /** registry/path, the in-toto subject name (registry.example/team/app). */
  name: string;
  pinned: PinnedImage;
}

/** Asked before the first image signature is written: a reason to hold it back, or undefined. */
export type SignatureGate = NonNullable<StoreRequest['beforeSignatures']>;

/** The publish gates as signing sees them (gates.ts). */
export interface SigningGates {
  /**
   * Before anything is signed: why the image must not be signed at all (a gate that already
   * failed). Its signature is then never made, so no transparency-log entry exists for it.
   */
  refusal(): string | undefined;
  /** After the attestations are stored, before the image signature is: why to hold it back. */
  beforeSignatures: SignatureGate;
}

export async function attestImage(
  target: AttestTarget,
  prepared: PreparedAttestation,
  context: CiContext,
  requested: readonly RequestedAttestation[] = [],
  gates?: SigningGates,
): Promise<AttestResult> {
  const { session } = prepared;
  const log = context.log;
  const { image, manifestBytes } = await plannedImage(target);
  const requests = new AttestationRequests(image);
  if (prepared.provenance)
    requests.attest(allSubjects(image), PREDICATE_SLSA_V1, prepared.provenance, 'provenance');
  addRequested(requests, image, requested);
  const jobs = planAttestations(image, requests.list(), prepared.options.attestationFormat);
  const placements = jobs.flatMap((job) =>
    job.subjects.map((subject): Placement => ({ job, subject })),
  );
  const store = new AttestationStore(target.client, target.repositoryPath);

  const refusal = gates?.refusal();
  const signing = await inGroup(log, 'Sign the image and its attestations', () =>
    signMissing(store, placements, prepared, log, refusal),
  );
  writeImageManifest(signing.bundlePath, image.image.digest, manifestBytes);
  const unsigned = placements.filter((p) => signing.unsigned.has(p));
  const stored = await inGroup(log, 'Store signatures and attestations in the registry', () =>
    storeMissing(
      store,
      placements.filter((p) => !signing.unsigned.has(p)),
      signing,
      prepared,
      log,
      refusal === undefined ? gates?.beforeSignatures : undefined,
    ),
  );
  const all = placements.flatMap(
    (p) =>
      signing.present.get(p) ??
      stored.stored.find((s) => s.job === p.job && s.subject === p.subject) ??
      [],
  );
  const heldBack =
    refusal !== undefined && unsigned.length > 0
      ? { reason: refusal, placements: unsigned }
      : stored.heldBack && {
          reason: stored.heldBack.reason,
          placements: stored.heldBack.items.map((item) => item.placement),
        };
  if (stored.heldBack) removeBundles(signing.bundlePath, heldBack!.placements);
  const bundles = [...signing.bundles.values()];
  const identity = expectedIdentity(session, bundles);
  const readBackResult = await inGroup(log, 'Read back and verify what the registry serves', () =>
    verifyAll(
      new AttestationStore(target.client, target.repositoryPath),
      all,
      identity,
      prepared,
      log,
    ),
  );
  const github = await uploadToGitHub(
    prepared.github,
    { bundles: storedBundles(all, signing.bundles) },
    log,
    prepared.environment.githubApiRetry,
  );
  return {
    image,
    placements: all,
    github,
    bundles,
    rekorLogIndexes: rekorLogIndexes(bundles),
    bundlePath: signing.bundlePath,
    session,
    ...(identity && { identity }),
    readBack: readBackResult,
    ...(heldBack && { heldBack }),
  };
}

/** What this run signed and the registry now holds: never an image signature a gate held back. */
function storedBundles(
  stored: readonly StoredPlacement[],
  bundles: ReadonlyMap<AttestationJob, SerializedBundle>,
): SerializedBundle[] {
  const jobs = new Set(stored.map((placement) => placement.job));
  return [...jobs].flatMap((job) => bundles.get(job) ?? []);
}

interface Signing {
  /** Placements a previous run stored: not signed again. */
  present: Map<Placement, StoredPlacement>;
  /** Image signatures not made at all: a gate had already failed. */
  unsigned: Set<Placement>;
  bundles: Map<AttestationJob, SerializedBundle>;
  bundlePath: string;
}

/** Signs every job that is missing on at least one of its subjects, and writes the bundles. */
async function signMissing(
  store: AttestationStore,
  placements: readonly Placement[],
  prepared: PreparedAttestation,
  log: Logger,
  refusal: string | undefined,
): Promise<Signing> {
  const present = new Map<Placement, StoredPlacement>();
  for (const placement of placements) {
    const location = await findStored(store, placement, prepared.session.signerLabel);
    if (location) present.set(placement, { ...placement, location, status: 'present' });
  }
  for (const placement of present.keys())
    log.info(`already attested: ${describePlacement(placement)}`);
  const unsigned = new Set(
    refusal === undefined ? [] : placements.filter((p) => isSignature(p) && !present.has(p)),
  );
  if (unsigned.size > 0)
    log.warning(
      `the image signature is not made: ${refusal}. The attestations are signed and stored; a re-run that passes signs.`,
    );
  const missing = placements.filter((p) => !present.has(p) && !unsigned.has(p));
  const toSign = [...new Set(missing.map((p) => p.job))];
  const signed = await signJobs(prepared.session, toSign, log);
  const bundlePath = createBundleDirectory(prepared.environment.platform.tempRoot);
  const written = writeBundles(bundlePath, signed);
  log.info(`${written.length} bundle file(s) in ${bundlePath}`);
  if (present.size > 0)
    log.info(`${present.size} of ${placements.length} already in the registry from a previous run`);
  return {
    present,
    unsigned,
    bundles: new Map(signed.map((s) => [s.job, s.bundle])),
    bundlePath,
  };
}

async function storeMissing(
  store: AttestationStore,
  placements: readonly Placement[],
  signing: Signing,
  prepared: PreparedAttestation,
  log: Logger,
  beforeSignatures: SignatureGate | undefined,
): Promise<StoreOutcome> {
  const items = placements
    .filter((p) => !signing.present.has(p))
    .map((placement) => ({ placement, bundle: signing.bundles.get(placement.job)! }));
  const signer = prepared.session.signerLabel;
  return storeAll(
    {
      store,
      items,
      signer,
      trust: prepared.trust.trust,
      ...(beforeSignatures && { beforeSignatures }),
    },
    log,
  );
}

async function verifyAll(
  store: AttestationStore,
  placements: readonly StoredPlacement[],
  identity: IdentityPolicy | undefined,
  prepared: PreparedAttestation,
  log: Logger,
): Promise<AttestResult['readBack']> {
  const { endpoints, signerLabel } = prepared.session;
  const result = await readBack(
    {
      store,
      placements,
      trust: prepared.trust.trust,
      ...(identity && { identity }),
      signer: signerLabel,
      requireTlog: endpoints.rekorUrl !== undefined,
      requireTimestamp: endpoints.tsaUrl !== undefined,
    },
    log,
  );
  log.info(`read-back: ${result.verified} of ${placements.length} verified`);
  return result;
}

/** The pinned image with the sizes and media types its descriptors need (one manifest fetch). */
async function plannedImage(
  target: AttestTarget,
): Promise<{ image: PlannedImage; manifestBytes: Uint8Array }> {
  const fetched = await target.client.getManifest(target.repositoryPath, target.pinned.digest);
  const parsed = parseManifest(fetched.bytes, fetched.mediaType);
  const image = { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.size };
  const platforms =
    parsed.kind === 'index'
      ? Object.entries(target.pinned.platformDigests).flatMap(([platform, digest]) => {
          const entry = parsed.index.manifests.find((m) => m.digest === digest);
          return entry ? [{ mediaType: entry.mediaType, digest, size: entry.size, platform }] : [];
        })
      : [];
  return { image: { repository: target.name, image, platforms }, manifestBytes: fetched.bytes };
}
