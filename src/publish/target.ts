/**
 * What to publish, worked out from `image`, `tags` and `builder` before anything runs, so a
 * typo fails in a second rather than after a ten-minute build. Pure.
 */
import { ImprintError } from '../errors.js';
import { sameRegistry } from '../registry/hosts.js';
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
  return sameRegistry(a.registry, b.registry) && a.repository === b.repository;
}

/**
 * An entry of `image` the image is pushed or copied to, parsed; a bad one is refused naming the
 * input. `existing`: the image is one already published (builder none), else one this run builds.
 */
function parseImageEntry(entry: string, existing = false): ImageReference {
  let written: ImageReference;
  try {
    written = parseReference(entry);
  } catch (error) {
    throw new ImprintError('INPUT_INVALID', `input "image": ${(error as Error).message}`, {
      cause: error,
      hint: 'list repositories one per line (or comma separated), e.g. ghcr.io/acme/app',
    });
  }
  if (written.digest !== undefined && existing) {
    throw new ImprintError(
      'INPUT_INVALID',
      `input "image" has a digest on a further line (${entry}), but the image copied there has the digest of the first line`,
      { hint: 'name the repository only (e.g. registry.example/prod/app), or with a tag' },
    );
  }
  if (written.digest !== undefined) {
    throw new ImprintError(
      'INPUT_INVALID',
      `input "image" has a digest (${entry}), but a build gives the image its digest`,
      {
        hint: 'name the repository only (e.g. ghcr.io/acme/app), or use builder: none to publish an existing image',
      },
    );
  }
  return written;
}

/**
 * `image` lists the repositories (a tag on one is pushed there too); `tags` are bare tags,
 * pushed to every repository, or full references, pushed to the repository they name, which
 * must be one of `image`. A repository left without a tag gets the default one.
 */
function resolveTargets(images: readonly string[], tags: readonly string[]): PublishTarget[] {
  const written = images.map((entry) => parseImageEntry(entry));
  const targets = distinctTargets(written);
  written.forEach((reference, index) => {
    if (reference.tag !== undefined) addTag(targets[index]!, reference);
  });
  for (const entry of tags) {
    if (!(entry.includes('/') || entry.includes('@'))) {
      for (const target of targets)
        addTag(target, parseReference(`${formatReference(target.repository)}:${entry}`));
      continue;
    }
    const reference = parseReference(entry);
    const target = targets.find((candidate) => sameRepository(candidate.repository, reference));
    if (!target) throw notAmongRepositories(entry, reference, targets);
    if (reference.digest !== undefined || reference.tag === undefined) {
      throw new ImprintError('INPUT_INVALID', `tag "${entry}" must be a tag, not a digest`);
    }
    addTag(target, reference);
  }
  for (const target of targets) {
    if (target.tagged.length === 0) addTag(target, { ...target.repository, tag: DEFAULT_TAG });
  }
  return targets;
}

/** One target per repository, without tags yet; a repository named twice is refused. */
function distinctTargets(written: readonly ImageReference[]): PublishTarget[] {
  const targets: PublishTarget[] = [];
  for (const reference of written) {
    const repository = repositoryOf(reference);
    if (targets.some((target) => sameRepository(target.repository, repository))) {
      throw new ImprintError(
        'INPUT_INVALID',
        `input "image" lists ${formatReference(repository)} twice`,
        { hint: 'name each repository once; give its tags in "tags" or on one of its lines' },
      );
    }
    targets.push({ repository, tagged: [] });
  }
  return targets;
}

function addTag(target: PublishTarget, reference: ImageReference): void {
  if (!target.tagged.some((existing) => existing.tag === reference.tag))
    target.tagged.push({ ...target.repository, tag: reference.tag! });
}

function notAmongRepositories(
  entry: string,
  reference: ImageReference,
  targets: readonly PublishTarget[],
): ImprintError {
  const named = formatReference(repositoryOf(reference));
  if (targets.length === 1) {
    return new ImprintError(
      'INPUT_INVALID',
      `tag "${entry}" names ${named}, not ${formatReference(targets[0]!.repository)}`,
      {
        hint: 'every tag must be in a repository given by "image"; list the other repository in "image" too',
      },
    );
  }
  const listed = targets.map((target) => formatReference(target.repository)).join(', ');
  return new ImprintError(
    'INPUT_INVALID',
    `tag "${entry}" names ${named}, which is not among the repositories of "image" (${listed})`,
    { hint: 'every tag must be in a repository given by "image"; add that repository to "image"' },
  );
}

/**
 * An image this run builds (and pushes, unless push: false), or one already in the registry
 * (builder: none), named by tag or digest: either way a repository, and tags to report. The
 * image may go to more repositories (`copies`, the further lines of `image`): it is copied
 * there from the first, digest unchanged.
 */
export type PublishSource =
  | {
      kind: 'build';
      repository: ImageReference;
      tagged: ImageReference[];
      push: boolean;
      copies: PublishTarget[];
    }
  | {
      kind: 'existing';
      repository: ImageReference;
      reference: ImageReference;
      copies: PublishTarget[];
    };

export function resolveSource(
  options: Pick<PublishOptions, 'image' | 'tags' | 'builder' | 'push'> &
    Partial<Pick<PublishOptions, 'moreImages'>>,
): PublishSource {
  const more = options.moreImages ?? [];
  if (options.builder !== 'none') {
    const [first, ...copies] = resolveTargets([options.image, ...more], options.tags);
    return { kind: 'build', ...first!, push: options.push, copies };
  }
  const reference = parseReference(options.image);
  if (reference.tag === undefined && reference.digest === undefined) {
    throw new ImprintError(
      'INPUT_INVALID',
      `with builder none, "image" must name an existing image by tag or digest; got "${options.image}"`,
      { hint: 'e.g. ghcr.io/acme/app:1.2.3 or ghcr.io/acme/app@sha256:…' },
    );
  }
  return {
    kind: 'existing',
    repository: repositoryOf(reference),
    reference,
    copies: existingCopies(reference, more),
  };
}

/**
 * With builder none, the further lines of `image` are repositories to copy the existing image
 * to, each under its own tag, else the tag the image was named by, else by digest only.
 */
function existingCopies(existing: ImageReference, more: readonly string[]): PublishTarget[] {
  const written = more.map((entry) => parseImageEntry(entry, true));
  const [, ...copies] = distinctTargets([existing, ...written]);
  copies.forEach((target, index) => {
    const tag = written[index]!.tag ?? existing.tag;
    if (tag !== undefined) addTag(target, { ...target.repository, tag });
  });
  return copies;
}

/** Whether the image ends up in the registry: an existing one is there already. */
export function isPushed(source: PublishSource): boolean {
  return source.kind === 'existing' || source.push;
}

/** The first repository, where the builder pushes (or the existing image is), with its tags. */
export function firstTarget(source: PublishSource): PublishTarget {
  return {
    repository: source.repository,
    tagged: source.kind === 'build' ? source.tagged : [],
  };
}

/** The repositories the image is copied to: none when nothing is pushed (push: false). */
export function copyTargets(source: PublishSource): PublishTarget[] {
  return isPushed(source) ? source.copies : [];
}

/** The tags of the first repository: those pushed, or the one an existing image was named by. */
export function reportedTags(source: PublishSource): string[] {
  if (source.kind === 'build') return source.tagged.map((reference) => formatReference(reference));
  const { tag } = source.reference;
  return tag !== undefined ? [formatReference({ ...source.repository, tag })] : [];
}
