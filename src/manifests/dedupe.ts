/**
 * The same image written twice (`nginx` in one file, `docker.io/library/nginx:latest` in
 * another) is verified once, and the report lists every place that references it. Pure.
 */
import type { SourceLocation } from '../ci/log.js';
import { formatImage, normaliseImage } from '../policy/match.js';

export interface LocatedImage {
  /** The reference as first written. */
  reference: string;
  /** Every file and line that references it (none for images given directly). */
  locations: SourceLocation[];
}

/** Docker's normal form, so spellings of one image collapse; unparsable text is its own key. */
export function imageKey(reference: string): string {
  try {
    return formatImage(normaliseImage(reference));
  } catch {
    return reference;
  }
}

export function dedupeImages(images: readonly LocatedImage[]): LocatedImage[] {
  const byKey = new Map<string, LocatedImage>();
  for (const image of images) {
    const key = imageKey(image.reference);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { reference: image.reference, locations: [...image.locations] });
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
