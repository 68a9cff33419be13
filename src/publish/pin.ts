/**
 * Pinning: the digest the outputs carry is the registry's answer, never a builder's claim
 * or a tag. For an index, each platform's digest comes from the index itself.
 */
import type { Logger } from '../ci/log.js';
import { ImprintError } from '../errors.js';
import type { RegistryClient } from '../registry/client.js';
import { formatPlatform, parseManifest, platformsOf } from '../registry/manifest.js';
import {
  DEFAULT_TAG,
  type ImageReference,
  formatReference,
  withDigest,
} from '../registry/reference.js';

export interface PinnedImage {
  digest: string;
  mediaType: string;
  /** name@digest */
  imageRef: string;
  /** platform → digest; empty for a single-platform image. */
  platformDigests: Record<string, string>;
}

export type PinRequest =
  /** A build pushed these tags and claims this digest: confirm every tag points at it. */
  | { claimed: string; tags: ImageReference[] }
  /** An image built elsewhere, by tag or digest. */
  | { existing: ImageReference };

export async function pinImage(
  client: RegistryClient,
  repository: ImageReference,
  request: PinRequest,
  log: Logger,
): Promise<PinnedImage> {
  const digest =
    'claimed' in request
      ? await confirmTags(client, repository, request.claimed, request.tags)
      : await resolveExisting(client, repository, request.existing);
  // Fetching by digest checks the bytes hash to it, and tells single image from index.
  const manifest = await client.getManifest(repository.repository, digest);
  const parsed = parseManifest(manifest.bytes, manifest.mediaType);
  const platformDigests: Record<string, string> = {};
  if (parsed.kind === 'index') {
    for (const { platform, descriptor } of platformsOf(parsed.index))
      platformDigests[formatPlatform(platform)] = descriptor.digest;
  }
  const imageRef = formatReference(withDigest(repository, digest));
  log.info(
    `pinned ${imageRef}${parsed.kind === 'index' ? ` (index of ${Object.keys(platformDigests).length} platforms)` : ''}`,
  );
  return { digest, mediaType: manifest.mediaType, imageRef, platformDigests };
}

async function confirmTags(
  client: RegistryClient,
  repository: ImageReference,
  claimed: string,
  tags: ImageReference[],
): Promise<string> {
  for (const tag of tags) {
    const found = await client.headManifest(repository.repository, tag.tag ?? DEFAULT_TAG);
    if (!found) {
      throw new ImprintError(
        'REGISTRY_NOT_FOUND',
        `the builder pushed ${formatReference(tag)}, but the registry does not have it`,
      );
    }
    if (found.digest !== claimed) {
      throw new ImprintError(
        'DIGEST_MISMATCH',
        `the registry says ${formatReference(tag)} is ${found.digest}, but the builder reported ${claimed}`,
        {
          hint: 'another push to the same tag may have raced this one; re-run, or publish under a unique tag',
        },
      );
    }
  }
  return claimed;
}

async function resolveExisting(
  client: RegistryClient,
  repository: ImageReference,
  existing: ImageReference,
): Promise<string> {
  const reference = existing.digest ?? existing.tag ?? DEFAULT_TAG;
  const found = await client.headManifest(repository.repository, reference);
  if (!found) {
    throw new ImprintError(
      'REGISTRY_NOT_FOUND',
      `image ${formatReference(existing)} does not exist in the registry`,
      {
        hint: 'check the repository, tag or digest in "image", and that the credentials can read it',
      },
    );
  }
  return existing.digest ?? found.digest;
}
