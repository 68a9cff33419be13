/**
 * What a copy reports, as named outputs: the same names from `imprint copy` (stdout) and the
 * promote Action / component (step outputs), so a pipeline reads them one way.
 */
import type { CopyResult } from './copy.js';

/** `where` names the copied image's reference: `target` on the command line, `destination` in promote. */
export function copyOutputs(
  result: CopyResult,
  where: 'target' | 'destination',
): Record<string, string> {
  const { counts } = result;
  return {
    [where]: result.target,
    digest: result.digest,
    ...(result.tag !== undefined && { tag: result.tag }),
    manifests: String(result.manifests),
    referrers: String(result.referrers),
    'manifests-copied': String(counts.manifestsCopied),
    'manifests-skipped': String(counts.manifestsSkipped),
    'blobs-copied': String(counts.blobsCopied),
    'blobs-mounted': String(counts.blobsMounted),
    'blobs-skipped': String(counts.blobsSkipped),
    'bytes-copied': String(counts.bytesCopied),
    'referrers-indexed': String(counts.referrersIndexed),
    'tags-written': String(counts.tagsWritten),
    verified: String(result.verified),
  };
}
