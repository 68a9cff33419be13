/**
 * Image globs that can match no image. A glob that names nothing does not fail open in verify
 * (an allow glob then refuses the image, an exclude or exception glob waives nothing), but it
 * never does what its author meant, and an exported cluster policy keyed on it would skip the
 * image: policy lint and verify say so. Pure.
 */
import { type ImageGlob, parseImageGlob } from './match.js';
import type { Policy } from './schema.js';

// What a normalised image name, tag and digest can hold (distribution/reference grammar), with
// the glob's `*`: a character outside these never matches.
const NAME_CHARACTERS = /^[a-z0-9._\-/:*[\]]+$/;
const TAG_CHARACTERS = /^[\w.*-]+$/;
const DIGEST_FORM = /^[a-z0-9*]+:[a-f0-9*]+$/;

/** Why a glob can match no image, or undefined when some image can match it. */
export function imageGlobProblem(glob: string): string | undefined {
  const parsed = parseImageGlob(glob);
  return nameProblem(parsed) ?? tagProblem(parsed) ?? digestProblem(parsed);
}

function nameProblem({ name }: ImageGlob): string | undefined {
  if (!name.includes('/') && !name.includes('**')) {
    return 'every image name holds a registry and a path, and * stops at "/": write ** for every image, or registry/path';
  }
  if (name !== name.toLowerCase()) {
    return `repository paths are lowercase (OCI distribution spec), so ${name} names no image: write ${name.toLowerCase()}`;
  }
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) {
    return 'it has an empty path component ("//" or a leading or trailing "/")';
  }
  if (!NAME_CHARACTERS.test(name)) {
    return 'image names hold only lowercase letters, digits, ".", "_", "-", "/" and a ":port"';
  }
  return undefined;
}

function tagProblem({ tag }: ImageGlob): string | undefined {
  if (tag === undefined) return undefined;
  if (tag === '' || !TAG_CHARACTERS.test(tag) || /^[.-]/.test(tag)) {
    return `no image has the tag "${tag}" (tags are letters, digits, "_", "." and "-", not starting with "." or "-")`;
  }
  return undefined;
}

function digestProblem({ digest }: ImageGlob): string | undefined {
  if (digest === undefined || DIGEST_FORM.test(digest)) return undefined;
  return `no image has the digest "${digest}" (digests are algorithm:lowercase hex, e.g. sha256:…)`;
}

/** One warning per image glob of the policy that can match no image, naming where it is. */
export function imageGlobWarnings(policy: Pick<Policy, 'images' | 'exceptions'>): string[] {
  const globs = [
    ...policy.images.allow.map((glob) => ({ glob, where: 'images.allow' })),
    ...policy.images.exclude.map((glob) => ({ glob, where: 'images.exclude' })),
    ...policy.exceptions.map((exception) => ({ glob: exception.image, where: 'exceptions' })),
  ];
  return globs.flatMap(({ glob, where }) => {
    const problem = imageGlobProblem(glob);
    return problem === undefined ? [] : [`${where} ${glob} can match no image: ${problem}`];
  });
}
