/**
 * Bounds on what an SBOM walk holds, so a hostile image (millions of tar entries, or
 * thousands of wanted files just under the per-file limit) is refused with a typed error
 * instead of exhausting the machine. Real images stay far below both: a large distribution
 * layer has ~100 000 entries, and the wanted files of a whole image (package databases,
 * manifests, reduced archives) are a few MiB to a few hundred MiB.
 */
import { ImprintError } from '../errors.js';

/** Tar entries in one layer, whiteouts and skipped entries included. */
export const DEFAULT_MAX_ENTRIES_PER_LAYER = 1_000_000;
/** Bytes of wanted files (and what catalogers reduced them to) kept across the whole walk. */
const DEFAULT_MAX_HELD_BYTES = 1024 * 1024 * 1024;

const HINT =
  'the image is not one imprint can catalogue safely; if it is genuine, build the SBOM with another generator and attest it';

export function tooManyEntries(layer: string, limit: number): ImprintError {
  return new ImprintError(
    'LAYER_INVALID',
    `layer ${layer} has more than ${limit} entries, the limit per layer (maxEntriesPerLayer): refused rather than walked`,
    { hint: HINT },
  );
}

/** The running total of bytes the walk keeps, shared by the layers walked at the same time. */
export class HeldBytes {
  private held = 0;

  constructor(readonly limit: number = DEFAULT_MAX_HELD_BYTES) {}

  /** Counts bytes about to be kept for `path`; refuses them past the limit. */
  take(bytes: number, layer: string, path: string): void {
    this.held += bytes;
    if (this.held <= this.limit) return;
    throw new ImprintError(
      'LAYER_INVALID',
      `keeping /${path} of layer ${layer} would make the SBOM walk hold more than ${this.limit} bytes of wanted files, the limit (maxHeldBytes): refused rather than walked`,
      { hint: HINT },
    );
  }
}
