/**
 * What to publish, worked out from `image` and `tags` before anything runs, so a typo
 * fails in a second rather than after a ten-minute build. Pure.
 */
import { ImprintError } from '../errors.js';
import {
  DEFAULT_TAG,
  type ImageReference,
  formatReference,
  parseReference,
} from '../registry/reference.js';

export interface PublishTarget {
  /** The repository, without tag or digest. */
  repository: ImageReference;
  /** Full references to push, each with a tag. */
  tagged: ImageReference[];
}

export function repositoryOf(reference: ImageReference): ImageReference {
  return { registry: reference.registry, repository: reference.repository };
}

export function sameRepository(a: ImageReference, b: ImageReference): boolean {
  return a.registry === b.registry && a.repository === b.repository;
}

/** `image` names the repository (a tag on it is pushed too); `tags` are bare or full references. */
export function resolveTarget(image: string, tags: readonly string[]): PublishTarget {
  const written = parseReference(image);
  if (written.digest !== undefined) {
    throw new ImprintError(
      'INPUT_INVALID',
      `input "image" has a digest (${image}), but a build gives the image its digest`,
      {
        hint: 'name the repository only (e.g. ghcr.io/acme/app), or use builder: none to publish an existing image',
      },
    );
  }
  const repository = repositoryOf(written);
  const wanted = [...(written.tag !== undefined ? [written.tag] : []), ...tags];
  const tagged: ImageReference[] = [];
  for (const entry of wanted.length > 0 ? wanted : [DEFAULT_TAG]) {
    const reference =
      entry.includes('/') || entry.includes('@')
        ? parseReference(entry)
        : parseReference(`${formatReference(repository)}:${entry}`);
    if (!sameRepository(reference, repository)) {
      throw new ImprintError(
        'INPUT_INVALID',
        `tag "${entry}" names ${formatReference(repositoryOf(reference))}, not ${formatReference(repository)}`,
        {
          hint: 'every tag must be in the repository given by "image"; publish to another repository in another step',
        },
      );
    }
    if (reference.digest !== undefined || reference.tag === undefined) {
      throw new ImprintError('INPUT_INVALID', `tag "${entry}" must be a tag, not a digest`);
    }
    if (!tagged.some((existing) => existing.tag === reference.tag)) tagged.push(reference);
  }
  return { repository, tagged };
}
