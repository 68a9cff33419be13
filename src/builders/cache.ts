/**
 * Build caches as buildx spells them (`type=registry,ref=…`, `type=local,src=…`, `type=gha`,
 * or a bare image reference for a registry cache): read into their type and attributes, and
 * the GitHub Actions cache service's variables for `type=gha`, which buildx reads from its
 * environment: the token never goes on a command line.
 */
import { ImprintError } from '../errors.js';
import type { ActionsCacheService } from '../ci/platform.js';
import type { BuildRequest } from './model.js';

export interface CacheSpec {
  /** `registry`, `local`, `inline`, `gha`, `s3`, `azblob`… as written (a bare reference: registry). */
  type: string;
  attributes: Record<string, string>;
}

/** Pure: one cache line. A line with no `=` is an image reference: a registry cache. */
export function parseCacheSpec(line: string, input: 'cache-from' | 'cache-to'): CacheSpec {
  if (!line.includes('=')) return { type: 'registry', attributes: { ref: line } };
  const attributes: Record<string, string> = {};
  for (const field of line.split(',')) {
    const equals = field.indexOf('=');
    if (equals <= 0) {
      throw new ImprintError(
        'INPUT_INVALID',
        `input "${input}": "${line}" has a field "${field}" that is not key=value`,
        { hint: 'write e.g. type=registry,ref=ghcr.io/OWNER/APP:cache or type=local,src=DIR' },
      );
    }
    attributes[field.slice(0, equals).trim()] = field.slice(equals + 1).trim();
  }
  const { type = 'registry', ...rest } = attributes;
  return { type, attributes: rest };
}

/** Pure: the caches a request names, each with the input it came from. */
export function requestCaches(
  request: BuildRequest,
): { input: 'cache-from' | 'cache-to'; line: string; spec: CacheSpec }[] {
  const read = (input: 'cache-from' | 'cache-to', lines: readonly string[] = []) =>
    lines.map((line) => ({ input, line, spec: parseCacheSpec(line, input) }));
  return [...read('cache-from', request.cacheFrom), ...read('cache-to', request.cacheTo)];
}

/**
 * Pure: the variables to add to buildx's environment for the request's `type=gha` caches
 * (none without one); fails naming the input when the cache service is out of reach.
 */
export function actionsCacheEnvironment(request: BuildRequest): Record<string, string> {
  const gha = requestCaches(request).find(({ spec }) => spec.type === 'gha');
  if (gha === undefined) return {};
  const service: ActionsCacheService = request.actionsCache ?? {
    available: false,
    reason: 'no GitHub Actions cache service was handed to this build',
    hint: 'run on GitHub Actions',
  };
  if (!service.available) {
    throw new ImprintError(
      'INPUT_INVALID',
      `input "${gha.input}" asks for a type=gha cache, but ${service.reason}`,
      { hint: service.hint },
    );
  }
  return { ...service.environment };
}
