/**
 * What to publish, worked out from `image`, `tags` and `builder` before anything runs, so a
 * typo fails in a second rather than after a ten-minute build. Pure.
 */
import { ImprintError } from '../errors.js';
import {
  DEFAULT_TAG,
  type ImageReference,
  formatReference,
  parseReference,
} from '../registry/reference.js';
import type { PublishOptions } from './options.js';

export interface PublishTarget {
  /** The repository, without tag or digest. */
  repository: ImageReference;
  /** Full references to push, each with a tag. */
  tagged: ImageReference[];
}

function repositoryOf(reference: ImageReference): ImageReference {
  return { registry: reference.registry, repository: reference.repository };
}

function sameRepository(a: ImageReference, b: ImageReference): boolean {
  return a.registry === b.registry && a.repository === b.repository;
}

/** `image` names the repository (a tag on it is pushed too); `tags` are bare or full references. */
function resolveTarget(image: string, tags: readonly string[]): PublishTarget {
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

/**
 * An image this run builds (and pushes, unless push: false), or one already in the registry
 * (builder: none), named by tag or digest: either way a repository, and tags to report.
 */
export type PublishSource =
  | { kind: 'build'; repository: ImageReference; tagged: ImageReference[]; push: boolean }
  | { kind: 'existing'; repository: ImageReference; reference: ImageReference };

export function resolveSource(
  options: Pick<PublishOptions, 'image' | 'tags' | 'builder' | 'push'>,
): PublishSource {
  if (options.builder !== 'none')
    return { kind: 'build', ...resolveTarget(options.image, options.tags), push: options.push };
  const reference = parseReference(options.image);
  if (reference.tag === undefined && reference.digest === undefined) {
    throw new ImprintError(
      'INPUT_INVALID',
      `with builder none, "image" must name an existing image by tag or digest; got "${options.image}"`,
      { hint: 'e.g. ghcr.io/acme/app:1.2.3 or ghcr.io/acme/app@sha256:…' },
    );
  }
  return { kind: 'existing', repository: repositoryOf(reference), reference };
}

/** Whether the image ends up in the registry: an existing one is there already. */
export function isPushed(source: PublishSource): boolean {
  return source.kind === 'existing' || source.push;
}

/** The tags the outputs report: those pushed, or the one an existing image was named by. */
export function reportedTags(source: PublishSource): string[] {
  if (source.kind === 'build') return source.tagged.map((reference) => formatReference(reference));
  const { tag } = source.reference;
  return tag !== undefined ? [formatReference({ ...source.repository, tag })] : [];
}
