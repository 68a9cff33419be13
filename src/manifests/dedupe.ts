/**
 * The same image written twice (`nginx` in one file, `docker.io/library/nginx:latest` in
 * another) is verified once, and the report lists every place that references it. Pure.
 */
import type { SourceLocation } from '../ci/log.js';
import { formatImage, normaliseImage } from '../registry/reference.js';

export interface LocatedImage {
  /** The reference as first written. */
  reference: string;
  /** Every file and line that references it (none for images given directly). */
  locations: SourceLocation[];
  /**
   * Found in a field verify does not model (`spec.foo.image` of a custom resource): what
   * deploys from it is unknown, so it is reported as a failure, never verified as if it were
   * a container image. The path of the first such field.
   */
  unmodelled?: string;
}

/** Docker's normal form, so spellings of one image collapse; unparsable text is its own key. */
function imageKey(reference: string): string {
  try {
    return formatImage(normaliseImage(reference));
  } catch {
    return reference;
  }
}

export function dedupeImages(images: readonly LocatedImage[]): LocatedImage[] {
  const byKey = new Map<string, LocatedImage>();
  for (const image of images) {
    // An unmodelled field is its own finding even when a container names the same image.
    const key = `${image.unmodelled !== undefined ? 'unmodelled ' : ''}${imageKey(image.reference)}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...image, locations: [...image.locations] });
      continue;
    }
    for (const location of image.locations) {
      if (!seen.locations.some((l) => l.file === location.file && l.line === location.line)) {
        seen.locations.push(location);
      }
    }
  }
  return [...byKey.values()];
}
