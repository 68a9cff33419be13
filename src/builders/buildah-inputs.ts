/**
 * The build inputs as buildah 1.28 takes them. buildah caches layers (`--layers`) in one
 * registry repository, one tag per layer (`--cache-from` / `--cache-to`); it annotates image
 * manifests only; everything else maps one to one. What buildah cannot do fails naming the
 * input, before anything runs.
 */
import { readFileSync } from 'node:fs';
import { ImprintError } from '../errors.js';
import { formatReference, parseReference } from '../registry/reference.js';
import { requestCaches } from './cache.js';
import { pulledImages } from './dockerfile-images.js';
import { isInsecureRegistry, parseAnnotation, type ValidatedBuild } from './request.js';
import { secretArgument, type SecretMount } from './secrets.js';

/** Pure: the registry repositories a build caches from and to (bare, no tag). */
function buildahCacheRepositories(build: ValidatedBuild): { from?: string; to?: string } {
  const caches = requestCaches(build.request);
  const repositories: { from?: string; to?: string } = {};
  for (const { input, line, spec } of caches) {
    if (spec.type !== 'registry') {
      throw unsupported(
        input,
        `"${line}" is a type=${spec.type} cache; buildah caches only in a registry repository`,
        'write type=registry,ref=REGISTRY/REPO (buildah keeps one tag per layer there), or use builder: buildx',
      );
    }
    const ref = spec.attributes.ref ?? '';
    const reference = parseReference(ref);
    if (reference.tag !== undefined || reference.digest !== undefined) {
      throw unsupported(
        input,
        `"${line}" names a tag or digest; buildah caches every layer under its own tag in the repository`,
        `write the repository alone: ref=${formatReference({ registry: reference.registry, repository: reference.repository })}`,
      );
    }
    const key = input === 'cache-from' ? 'from' : 'to';
    if (repositories[key] !== undefined) {
      throw unsupported(
        input,
        'names several caches; buildah 1.28 takes one repository',
        'keep one line',
      );
    }
    repositories[key] = formatReference(reference);
  }
  return repositories;
}

/** Pure: `--annotation=key=value` for each annotation; buildah sets them on the image manifest. */
function annotationArguments(build: ValidatedBuild): string[] {
  return (build.request.annotations ?? []).map((text) => {
    const { types, platform, key, value } = parseAnnotation(text);
    if (platform !== undefined || types.some((type) => type !== 'manifest')) {
      throw unsupported(
        'annotations',
        `"${text}" targets ${[...types, platform ?? ''].filter(Boolean).join(', ')}; buildah annotates the image manifests only`,
        'write key=value (or manifest:key=value), or use builder: buildx for index and descriptor annotations',
      );
    }
    return `--annotation=${key}=${value}`;
  });
}

/** Pure: the `buildah build` arguments for caches, secrets, ssh, pull, no-cache, annotations and named contexts. */
export function buildahInputArguments(
  build: ValidatedBuild,
  secrets: readonly SecretMount[],
): string[] {
  const { request } = build;
  const cache = buildahCacheRepositories(build);
  const caching = cache.from !== undefined || cache.to !== undefined;
  return [
    ...(caching ? ['--layers'] : []),
    ...(cache.from !== undefined ? [`--cache-from=${cache.from}`] : []),
    ...(cache.to !== undefined ? [`--cache-to=${cache.to}`] : []),
    ...secrets.map(secretArgument),
    ...(request.ssh ?? []).map((ssh) => `--ssh=${ssh}`),
    // buildah pulls a missing base image by default; `always` asks the registry every time.
    ...(request.pull ? ['--pull=always'] : []),
    ...(request.noCache ? ['--no-cache'] : []),
    ...annotationArguments(build),
    ...Object.entries(request.buildContexts ?? {}).map(
      ([name, source]) => `--build-context=${name}=${source}`,
    ),
  ];
}

/**
 * Whether `buildah build` itself talks to a registry listed as insecure (a base image, a cache).
 * buildah has one TLS switch for the whole build: it is turned off only then.
 */
export function buildReadsInsecureRegistry(build: ValidatedBuild): boolean {
  const { request } = build;
  if ((request.insecureRegistries ?? []).length === 0) return false;
  const cache = buildahCacheRepositories(build);
  const caches = [cache.from, cache.to].flatMap((repository) =>
    repository === undefined ? [] : [parseReference(repository).registry],
  );
  const pulled = pulledImages(readFileSync(build.dockerfile, 'utf8'), request.buildArgs).registries;
  return [...caches, ...pulled].some((registry) => isInsecureRegistry(request, registry));
}

function unsupported(input: string, problem: string, hint: string): ImprintError {
  return new ImprintError('INPUT_CONFLICT', `input "${input}": ${problem}`, { hint });
}
