/**
 * Evidence from bundle files instead of the registry (`gh attestation verify --bundle`): for
 * air-gapped promotion, where the signatures travel as files beside the image.
 *
 * The registry is asked for one thing only, the image's manifest (its digest, and for an index
 * its platforms), and only when the files cannot answer it: a reference pinned by digest whose
 * manifest publish saved beside the bundles (`<hex>.manifest.json`, checked against the digest)
 * needs no registry at all. Signatures and attestations come from the files alone; each is
 * verified and classified exactly as a registry referrer is, so a bundle made for another
 * digest never counts. An index is verified with each of its platforms, as from the registry.
 */
import { PREDICATE_COSIGN_SIGN } from '../attest/predicate-types.js';
import { formatPlatform, parseManifest, platformsOf } from '../registry/manifest.js';
import { DEFAULT_TAG, type ImageReference } from '../registry/reference.js';
import type { ImageEvidence } from '../policy/evidence.js';
import type { BundleFile, BundleFileSet } from './bundle-files.js';
import { verifyBundleBytes } from './bundles.js';
import {
  add,
  type Collected,
  emptyCollected,
  merge,
  oneLine,
  registryProblem,
} from './collected.js';
import { classify, problem } from './classify.js';
import {
  baseEvidence,
  type EvidenceGatherer,
  MAX_PLATFORMS,
  tooManyPlatforms,
} from './evidence.js';
import type { RegistryPool } from '../registry/pool.js';
import type { TrustSet } from './trust.js';

interface Resolved {
  digest: string;
  bytes: Buffer;
  mediaType?: string;
  /** Where the manifest came from, for the log. */
  from: 'bundle files' | 'registry';
}

export class BundleFileEvidence implements EvidenceGatherer {
  private readonly used = new Set<BundleFile>();

  constructor(
    private readonly files: BundleFileSet,
    private readonly pool: RegistryPool,
    private readonly trusts: TrustSet,
  ) {}

  async gather(reference: string, parsed: ImageReference): Promise<ImageEvidence> {
    const evidence = baseEvidence(reference, parsed);
    const what = `${parsed.registry}/${parsed.repository}${parsed.digest ? `@${parsed.digest}` : `:${parsed.tag ?? DEFAULT_TAG}`}`;
    let resolved: Resolved;
    try {
      resolved = await this.resolve(parsed);
    } catch (error) {
      const notFound = (error as { code?: string }).code === 'REGISTRY_NOT_FOUND';
      evidence.problems.push(
        registryProblem(`reading ${what}`, error, notFound ? 'image' : 'registry'),
      );
      return evidence;
    }
    evidence.digest = resolved.digest;
    let manifest;
    try {
      manifest = parseManifest(resolved.bytes, resolved.mediaType);
    } catch (error) {
      evidence.problems.push({
        subject: 'image',
        reason: `${what} (manifest from the ${resolved.from}): ${oneLine(error)}`,
        fatal: true,
      });
      return evidence;
    }
    merge(evidence, this.subjectEvidence(resolved.digest));
    if (manifest.kind === 'index') {
      const platforms = platformsOf(manifest.index);
      // The same bound as from the registry: an index is verified whole or refused.
      if (platforms.length > MAX_PLATFORMS) {
        evidence.problems.push(tooManyPlatforms(what, platforms.length));
        return evidence;
      }
      evidence.platforms = platforms.map(({ platform, descriptor }) => {
        const forPlatform = baseEvidence(reference, parsed);
        forPlatform.digest = descriptor.digest;
        forPlatform.platform = formatPlatform(platform);
        merge(forPlatform, this.subjectEvidence(descriptor.digest));
        return forPlatform;
      });
    }
    return evidence;
  }

  /** Why each bundle file counted for none of the images verified, one line per file. */
  notes(): string[] {
    return this.files.bundles
      .filter((file) => !this.used.has(file))
      .map((file) =>
        file.unusable
          ? `bundle file ${file.path} ignored: ${file.unusable}`
          : `bundle file ${file.path} ignored: it is about ${file.claimedSubjects.join(', ') || 'no sha256 digest'}, none of the images verified (or their platforms)`,
      );
  }

  private async resolve(parsed: ImageReference): Promise<Resolved> {
    const saved = parsed.digest ? this.files.manifests.get(parsed.digest) : undefined;
    if (parsed.digest && saved)
      return { digest: parsed.digest, bytes: saved, from: 'bundle files' };
    // The registry names the digest of a tag, and whether a digest is an index; nothing more.
    const client = await this.pool.client(parsed.registry);
    const fetched = await client.getManifest(
      parsed.repository,
      parsed.digest ?? parsed.tag ?? DEFAULT_TAG,
    );
    return {
      digest: fetched.digest,
      bytes: fetched.bytes,
      mediaType: fetched.mediaType,
      from: 'registry',
    };
  }

  private subjectEvidence(digest: string): Collected {
    const collected = emptyCollected();
    for (const file of this.files.bundles) {
      if (!file.claimedSubjects.includes(digest)) continue;
      this.used.add(file);
      const found = { subjectDigest: digest, source: 'bundle-file' as const, location: file.path };
      try {
        add(collected, classify(verifyBundleBytes(file.bytes, digest, this.trusts), found));
      } catch (error) {
        // Reported under the check its statement claims to serve; never counted.
        const type = file.claimedPredicateType;
        if (type === PREDICATE_COSIGN_SIGN)
          add(collected, problem('signature', undefined, found, oneLine(error)));
        else add(collected, problem('attestation', type, found, oneLine(error)));
      }
    }
    return collected;
  }
}
