/**
 * A publish to several repositories: the builder pushed to the first; the image (index and
 * platforms, the exact bytes) is copied from there to each further repository, its tags
 * written, and pinned there. The digest must be the same everywhere: a registry that serves
 * another one under a tag (it rewrote the manifest) is refused. Copies run before anything is
 * signed, so a registry that refuses the push costs no signature. What a repository already
 * holds is skipped, so a re-run after a failure resumes.
 */
import type { Logger } from '../ci/log.js';
import { ImprintError, isImprintError } from '../errors.js';
import { type ManifestNode, readImage } from '../copy/source.js';
import { writeImage } from '../copy/write.js';
import type { RegistryAccess, RegistryPool } from '../registry/pool.js';
import { DEFAULT_TAG, formatReference } from '../registry/reference.js';
import { inGroup } from './log-group.js';
import { type PinnedImage, pinImage } from './pin.js';
import type { PublishTarget } from './target.js';

/** A repository the image is in, with its registry and its pin. */
export interface PublishedRepository {
  target: PublishTarget;
  access: RegistryAccess;
  pinned: PinnedImage;
}

/**
 * Proves each further repository's registry answers (and takes its credentials) with one HEAD,
 * before a build that may take minutes: a wrong password fails now, naming the repository.
 */
export async function reachCopies(
  pool: RegistryPool,
  copies: readonly PublishTarget[],
): Promise<RegistryAccess[]> {
  const opened: RegistryAccess[] = [];
  for (const target of copies) {
    opened.push(
      await inRepository(target, async () => {
        const access = await pool.access(target.repository.registry);
        const tag = target.tagged[0]?.tag ?? DEFAULT_TAG;
        await access.client.headManifest(target.repository.repository, tag);
        return access;
      }),
    );
  }
  return opened;
}

/** Copies from `origin` (undefined when nothing was pushed: then nothing is copied). */
export async function copyToRepositories(
  origin: PublishedRepository | undefined,
  copies: readonly PublishTarget[],
  accesses: readonly RegistryAccess[],
  log: Logger,
): Promise<PublishedRepository[]> {
  if (!origin || copies.length === 0) return [];
  const names = copies.map((target) => formatReference(target.repository)).join(', ');
  return inGroup(log, `Copy the image to ${names}`, async () => {
    const image = await readImage(
      origin.access.client,
      origin.target.repository.repository,
      origin.pinned.digest,
    );
    const published: PublishedRepository[] = [];
    for (const [index, target] of copies.entries()) {
      const access = accesses[index]!;
      const pinned = await inRepository(target, () =>
        copyOne(origin, image, { target, access }, log),
      );
      published.push({ target, access, pinned });
    }
    return published;
  });
}

/** Writes what the repository lacks, then checks and pins what it serves. */
async function copyOne(
  origin: PublishedRepository,
  image: ManifestNode,
  { target, access }: Pick<PublishedRepository, 'target' | 'access'>,
  log: Logger,
): Promise<PinnedImage> {
  const counts = await writeImage(
    {
      source: { client: origin.access.client, repository: origin.target.repository.repository },
      target: { client: access.client, repository: target.repository.repository },
    },
    image,
    target.tagged.map((reference) => reference.tag ?? DEFAULT_TAG),
    { log: (line) => log.debug(line) },
  );
  log.info(
    `${formatReference(target.repository)}: ${counts.manifestsCopied} manifest(s) and ${counts.blobsCopied + counts.blobsMounted} blob(s) copied, ${counts.manifestsSkipped + counts.blobsSkipped} already there`,
  );
  await confirmSameDigest(access, target, origin);
  const pinnedHere = { ...target.repository, digest: origin.pinned.digest };
  return pinImage(access.client, target.repository, { existing: pinnedHere }, log);
}

/** Every tag of the copy must serve the first repository's digest, or the copy is not the same image. */
async function confirmSameDigest(
  access: RegistryAccess,
  target: PublishTarget,
  origin: PublishedRepository,
): Promise<void> {
  const { digest } = origin.pinned;
  for (const tagged of target.tagged) {
    const found = await access.client.headManifest(
      target.repository.repository,
      tagged.tag ?? DEFAULT_TAG,
    );
    if (found?.digest === digest) continue;
    throw new ImprintError(
      'DIGEST_MISMATCH',
      `${formatReference(tagged)} is ${found?.digest ?? 'missing'} after the copy, not ${digest} as in ${formatReference(origin.target.repository)}: the registry rewrote the image, or another push raced this one`,
      {
        hint: 'a publish to several repositories gives one digest everywhere; publish to a registry that keeps manifests as pushed, or in its own step',
      },
    );
  }
}

/** A failure in one repository names it: with several, "unauthorized" alone does not say where. */
export async function inRepository<T>(target: PublishTarget, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isImprintError(error)) throw error;
    const named = formatReference(target.repository);
    if (error.message.includes(named)) throw error;
    throw new ImprintError(error.code, `${named}: ${error.message}`, {
      cause: error,
      ...(error.hint !== undefined && { hint: error.hint }),
    });
  }
}
