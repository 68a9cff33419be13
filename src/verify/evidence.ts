/**
 * Everything the registry holds about one image, verified: the digest the reference resolves
 * to, and for that digest (and, for an index, each platform manifest's digest) the Sigstore
 * bundles attached as referrers and the cosign classic `.sig` / `.att` tags. Every failure
 * becomes an EvidenceProblem with a reason; nothing here throws for a registry or a bad bundle.
 *
 * Registry requests per image, the minimum (nothing cached, single-platform, n bundles):
 *   1  GET the manifest by tag or digest: digest, media type and (for an index) the platform
 *      list in one answer — no separate HEAD
 *   1  GET the referrers list (the API, or on registries without it the sha256-<hex> index tag;
 *      plus one 404 per registry and run to learn the API is missing)
 *   2n GET each bundle artifact's manifest, GET its bundle layer
 *   2  GET sha256-<hex>.sig and sha256-<hex>.att (a 404 each when absent; +1 blob per layer)
 * = 4 + 2n: 12 for an image with a signature and three attestations stored as referrers. An
 * index adds 3 + 2n per platform (no platform manifest is fetched: the index names its digest),
 * for at most MAX_PLATFORMS platforms: an index listing more fails. BuildKit's attestation
 * manifests add 1 each, and 1 blob per SPDX layer when the index is signed (buildkit-evidence.ts).
 * Bearer registries add one token request per repository and run.
 * Memory: every blob read of the run (all images, platforms and subjects) reserves its size in
 * one byte budget first (attest/storage/stored-blobs.ts), whatever concurrency allows.
 */
import { READ_BUDGET_BYTES } from '../attest/storage/oci.js';
import { AttestationStore } from '../attest/storage/store.js';
import { ByteBudget } from '../util/byte-budget.js';
import type { RegistryClient } from '../registry/client.js';
import { formatPlatform, parseManifest, platformsOf } from '../registry/manifest.js';
import { DEFAULT_TAG, type ImageReference } from '../registry/reference.js';
import type { EvidenceProblem, ImageEvidence } from '../policy/evidence.js';
import { buildKitEvidence } from './buildkit-evidence.js';
import { classicEvidence } from './classic-evidence.js';
import { mapLimit } from './concurrency.js';
import { type Collected, emptyCollected, merge, oneLine, registryProblem } from './collected.js';
import { referrerEvidence, type SubjectContext } from './referrer-evidence.js';
import type { RegistryPool } from '../registry/pool.js';
import type { TrustSet } from './trust.js';

/** Where evidence comes from: the registry, or a stand-in in tests of the engine. */
export interface EvidenceGatherer {
  gather(reference: string, parsed: ImageReference): Promise<ImageEvidence>;
}

export class RegistryEvidence implements EvidenceGatherer {
  /** `budget`: the bytes of stored blobs held at once, shared by every image of the run. */
  constructor(
    private readonly pool: RegistryPool,
    private readonly trusts: TrustSet,
    private readonly budget = new ByteBudget(READ_BUDGET_BYTES),
  ) {}

  async gather(reference: string, parsed: ImageReference): Promise<ImageEvidence> {
    const evidence = baseEvidence(reference, parsed);
    const what = `${parsed.registry}/${parsed.repository}${parsed.digest ? `@${parsed.digest}` : `:${parsed.tag ?? DEFAULT_TAG}`}`;
    let fetched;
    let client: RegistryClient;
    // A digest-pinned reference names its subject already: that subject's evidence is fetched
    // beside the manifest, a round trip sooner, with the same requests. Should the manifest
    // fail, what it found is dropped.
    let early: Promise<Collected> | undefined;
    try {
      client = await this.pool.client(parsed.registry);
      if (parsed.digest !== undefined) {
        early = this.evidenceFor(client, parsed.repository, parsed.digest);
      }
      fetched = await client.getManifest(
        parsed.repository,
        parsed.digest ?? parsed.tag ?? DEFAULT_TAG,
      );
    } catch (error) {
      await settle(early);
      const notFound = (error as { code?: string }).code === 'REGISTRY_NOT_FOUND';
      evidence.problems.push(
        registryProblem(`reading ${what}`, error, notFound ? 'image' : 'registry'),
      );
      return evidence;
    }
    evidence.digest = fetched.digest;
    let manifest;
    try {
      manifest = parseManifest(fetched.bytes, fetched.mediaType);
    } catch (error) {
      await settle(early);
      evidence.problems.push({
        subject: 'image',
        reason: `${what}: ${oneLine(error)}`,
        fatal: true,
      });
      return evidence;
    }
    // For a digest the client refuses bytes that hash to anything else, so `early` is this
    // manifest's evidence; a tag's subject is known only now.
    merge(evidence, await (early ?? this.evidenceFor(client, parsed.repository, fetched.digest)));
    if (manifest.kind === 'index') {
      const platforms = platformsOf(manifest.index);
      if (platforms.length > MAX_PLATFORMS) {
        evidence.problems.push(tooManyPlatforms(what, platforms.length));
        return evidence;
      }
      // BuildKit's SBOMs count only under a signature over this index (buildkit-evidence.ts).
      const buildkit = await buildKitEvidence({
        client,
        repository: parsed.repository,
        index: manifest.index,
        indexDigest: fetched.digest,
        indexSignatures: evidence.signatures,
        budget: this.budget,
      });
      evidence.problems.push(...buildkit.indexProblems);
      evidence.platforms = await mapLimit(
        platforms,
        PLATFORM_CONCURRENCY,
        async ({ platform, descriptor }) => {
          const forPlatform = baseEvidence(reference, parsed);
          forPlatform.digest = descriptor.digest;
          forPlatform.platform = formatPlatform(platform);
          merge(forPlatform, await this.evidenceFor(client, parsed.repository, descriptor.digest));
          const fromBuildKit = buildkit.byPlatform.get(descriptor.digest);
          if (fromBuildKit) merge(forPlatform, fromBuildKit);
          return forPlatform;
        },
      );
    }
    return evidence;
  }

  /** One subject's evidence, with this run's trust and byte budget. */
  private evidenceFor(
    client: RegistryClient,
    repository: string,
    digest: string,
  ): Promise<Collected> {
    return subjectEvidence({
      client,
      repository,
      digest,
      trusts: this.trusts,
      budget: this.budget,
    });
  }
}

/**
 * Platform manifests of one index that verify gathers evidence for. Real indexes list a
 * handful (ten at most for the widest official images); each platform costs 3 + 2n requests,
 * so an index listing thousands would turn one image into a flood. Past the cap the image
 * fails, with the count, rather than being partly verified.
 */
export const MAX_PLATFORMS = 64;
/** Platforms whose evidence is fetched at the same time. */
const PLATFORM_CONCURRENCY = 8;

export function tooManyPlatforms(what: string, count: number): EvidenceProblem {
  return {
    subject: 'image',
    reason: `${what} is an index of ${count} platform manifests, more than the ${MAX_PLATFORMS} verify reads evidence for: refused rather than verified in part`,
    fatal: true,
  };
}

/**
 * Referrer bundles and both cosign classic tags of one digest, gathered side by side through
 * one store (its cache lives as long as this subject's evidence is gathered).
 */
async function subjectEvidence(where: {
  client: RegistryClient;
  repository: string;
  digest: string;
  trusts: TrustSet;
  budget: ByteBudget;
}): Promise<Collected> {
  const context: SubjectContext = {
    store: new AttestationStore(where.client, where.repository, where.budget),
    digest: where.digest,
    trusts: where.trusts,
  };
  const parts = await Promise.all([
    referrerEvidence(context),
    classicEvidence(context, 'sig'),
    classicEvidence(context, 'att'),
  ]).finally(() => context.store.release());
  const collected = emptyCollected();
  for (const part of parts) merge(collected, part);
  return collected;
}

/** Waits for evidence nobody will read, so its requests end with the image's. */
async function settle(unread: Promise<Collected> | undefined): Promise<void> {
  await unread?.catch(() => undefined);
}

/** The evidence record before anything is found: names normalised as the policy globs expect. */
export function baseEvidence(reference: string, parsed: ImageReference): ImageEvidence {
  const evidence: ImageEvidence = {
    reference,
    name: `${parsed.registry}/${parsed.repository}`,
    referencedByDigest: parsed.digest !== undefined,
    signatures: [],
    attestations: [],
    problems: [],
  };
  const tag = parsed.tag ?? (parsed.digest === undefined ? DEFAULT_TAG : undefined);
  if (tag !== undefined) evidence.tag = tag;
  return evidence;
}
