/** Digest checks shared by the builders: shapes, one digest per build, an index's platforms. */
import { ImprintError } from '../errors.js';

const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;

export function isSha256Digest(value: unknown): value is string {
  return typeof value === 'string' && SHA256_DIGEST.test(value);
}

/** One digest for all tags of a build, or an error naming which tag got which. */
export function singleDigest(digestsByTag: ReadonlyMap<string, string>): string {
  const distinct = [...new Set(digestsByTag.values())];
  if (distinct.length !== 1) {
    const listing = [...digestsByTag].map(([tag, digest]) => `${tag} → ${digest}`).join(', ');
    throw new ImprintError(
      'DIGEST_MISMATCH',
      `the tags of one build were pushed with different digests: ${listing}`,
      { hint: 'push the tags of one build to one registry, or build once per registry' },
    );
  }
  return distinct[0]!;
}

/** Pure: `os/arch[/variant]` → manifest digest, from an OCI index or Docker manifest list. */
export function platformDigestsFromIndex(index: unknown): Record<string, string> {
  const manifests = (index as { manifests?: unknown } | null)?.manifests;
  if (!Array.isArray(manifests)) {
    throw new ImprintError('MANIFEST_INVALID', 'the pushed index has no "manifests" array');
  }
  const digests: Record<string, string> = {};
  for (const entry of manifests as unknown[]) {
    const { digest, platform } = (entry ?? {}) as {
      digest?: unknown;
      platform?: { os?: unknown; architecture?: unknown; variant?: unknown };
    };
    if (!isSha256Digest(digest) || typeof platform?.os !== 'string') continue;
    if (typeof platform.architecture !== 'string') continue;
    const variant = typeof platform.variant === 'string' ? `/${platform.variant}` : '';
    digests[`${platform.os}/${platform.architecture}${variant}`] = digest;
  }
  return digests;
}
