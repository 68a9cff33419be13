/**
 * Matching rules shared by evaluation and the exporters, so both read a pattern the same
 * way: image globs (`*` stops at `/`, `**` crosses it) on normalised references, and
 * identities (exact, glob, or a regular expression that is always anchored).
 */
import {
  imageNameSpellings,
  type NormalisedImage,
  normaliseRepositoryPattern,
} from '../registry/reference.js';

export interface ImageGlob {
  name: string;
  tag?: string;
  digest?: string;
}

/**
 * Splits a glob like a reference (name, `:tag`, `@digest`) and normalises its name the way
 * Docker normalises references (registry/reference.ts), so `nginx`, `docker.io/nginx` and
 * `index.docker.io/library/nginx` agree, and `GHCR.io/acme/app` names `ghcr.io/acme/app`.
 */
export function parseImageGlob(glob: string): ImageGlob {
  const at = glob.indexOf('@');
  const digest = at >= 0 ? glob.slice(at + 1) : undefined;
  const beforeDigest = at >= 0 ? glob.slice(0, at) : glob;
  // Only a colon after the last `/` is a tag; one before it is a port (localhost:5000/app).
  const colon = beforeDigest.indexOf(':', beforeDigest.lastIndexOf('/') + 1);
  const tag = colon >= 0 ? beforeDigest.slice(colon + 1) : undefined;
  const rawName = tag !== undefined ? beforeDigest.slice(0, colon) : beforeDigest;
  const result: ImageGlob = { name: normaliseRepositoryPattern(rawName) };
  if (tag !== undefined) result.tag = tag;
  if (digest !== undefined) result.digest = digest;
  return result;
}

/** A glob covers an image when it matches one of the names Docker gives the image. */
export function matchesImageGlob(glob: string, image: NormalisedImage): boolean {
  const pattern = parseImageGlob(glob);
  const name = globToRegExp(pattern.name);
  if (!imageNameSpellings(image.name).some((spelling) => name.test(spelling))) return false;
  if (pattern.tag !== undefined && !globToRegExp(pattern.tag).test(image.tag ?? '')) return false;
  if (pattern.digest !== undefined && !globToRegExp(pattern.digest).test(image.digest ?? '')) {
    return false;
  }
  return true;
}

export function firstMatchingGlob(
  globs: readonly string[],
  image: NormalisedImage,
): string | undefined {
  return globs.find((glob) => matchesImageGlob(glob, image));
}

const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\]/g;

export function escapeRegExp(text: string): string {
  return text.replace(REGEXP_SPECIAL, '\\$&');
}

/** `**` → any characters, `*` → any characters but `/`; the rest is literal. Unanchored source. */
export function globToRegExpSource(glob: string): string {
  return glob
    .split('**')
    .map((part) => part.split('*').map(escapeRegExp).join('[^/]*'))
    .join('.*');
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${globToRegExpSource(glob)}$`, 'u');
}

function isGlob(value: string): boolean {
  return value.includes('*');
}

// --- identities ------------------------------------------------------------------------

export type IdentityPattern =
  | { kind: 'exact'; value: string }
  | { kind: 'glob'; value: string }
  | { kind: 'regexp'; value: string };

/** `subject` is exact unless it holds `*`; `subjectRegExp` is a regex. */
export function identityPattern(plain: string | undefined, regexp?: string): IdentityPattern {
  if (regexp !== undefined) return { kind: 'regexp', value: regexp };
  const value = plain ?? '';
  return isGlob(value) ? { kind: 'glob', value } : { kind: 'exact', value };
}

/** The anchored regular expression that means exactly what the pattern means. */
export function anchoredRegExpSource(pattern: IdentityPattern): string {
  switch (pattern.kind) {
    case 'exact':
      return `^${escapeRegExp(pattern.value)}$`;
    case 'glob':
      return `^${globToRegExpSource(pattern.value)}$`;
    default:
      return `^(?:${pattern.value})$`;
  }
}

export function matchesIdentity(pattern: IdentityPattern, value: string | undefined): boolean {
  if (value === undefined) return false;
  if (pattern.kind === 'exact') return pattern.value === value;
  return new RegExp(anchoredRegExpSource(pattern), 'u').test(value);
}

export function describeIdentity(pattern: IdentityPattern): string {
  return pattern.kind === 'regexp' ? `/${anchoredRegExpSource(pattern)}/` : pattern.value;
}
