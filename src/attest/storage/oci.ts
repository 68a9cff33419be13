/**
 * The few OCI image-spec pieces the storage builders share: media types, content-addressed
 * blobs and descriptors. Pure.
 */
import { sha256Digest } from '../../registry/digest.js';
import type { Descriptor } from '../../registry/manifest.js';

export type { Descriptor } from '../../registry/manifest.js';
export { sha256Digest } from '../../registry/digest.js';

export const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
export const OCI_EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
/**
 * The largest signature or attestation blob read back (a Sigstore bundle, a cosign layer), by
 * publish's read-back and by verify alike: attestations carry whole SBOMs, so far above any
 * real one, far below what hurts. One limit, so nothing stored fails its own read-back.
 */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
/**
 * Bytes of stored blobs a run reads and keeps at once, all reads together (util/byte-budget.ts):
 * four bundles at the limit, or thousands of real ones, so it never slows an honest registry,
 * and a hostile one serving hundreds of huge bundles at once cannot make verify hold gigabytes.
 */
export const READ_BUDGET_BYTES = 256 * 1024 * 1024;

/** Content to push before the manifest that names it. */
export interface Blob {
  mediaType: string;
  digest: string;
  bytes: Buffer;
}

/** A manifest ready for `putManifest`, and the blobs to push first. */
export interface BuiltManifest {
  mediaType: string;
  manifestBytes: Buffer;
  digest: string;
  /** The manifest's own descriptor (what a referrers index lists). */
  descriptor: Descriptor;
  blobs: Blob[];
}

export function blobOf(mediaType: string, bytes: Buffer): Blob {
  return { mediaType, digest: sha256Digest(bytes), bytes };
}

/** The empty config (`{}`) artifacts use instead of an image config. */
export const EMPTY_CONFIG: Blob = blobOf(OCI_EMPTY_MEDIA_TYPE, Buffer.from('{}'));

/** Field order as go-containerregistry writes a descriptor: mediaType, size, digest, annotations. */
export function descriptorOf(blob: Blob, annotations?: Record<string, string>): Descriptor {
  const descriptor: Descriptor = {
    mediaType: blob.mediaType,
    size: blob.bytes.length,
    digest: blob.digest,
  };
  if (annotations && Object.keys(annotations).length > 0) descriptor.annotations = annotations;
  return descriptor;
}
