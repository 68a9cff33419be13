/**
 * What a publish run did, as the outputs, the summary and the caller see it. Its own file:
 * the run makes it, the outputs and the summary read it, and neither needs the other.
 */
import type { AttestResult } from './attest-step.js';
import type { PinnedImage } from './pin.js';
import type { SbomStepResult } from './sbom-step.js';
import type { ScanStepResult } from './scan-step.js';

export interface PublishResult {
  /** The first repository of `image`: the one the builder pushed to, and the single outputs name. */
  repository: string;
  /** Undefined only when nothing was pushed. */
  pinned?: PinnedImage;
  /** The first repository's tags. */
  tags: string[];
  builder: string;
  /** Undefined when nothing was signed (sign: false, or push: false). */
  attested?: AttestResult;
  /** Undefined with sbom: false or push: false. */
  sboms?: SbomStepResult;
  /** The scan, or why it did not run; undefined with push: false. */
  scan?: ScanStepResult | { skipped: string };
  /** The further repositories of `image`: the same image copied there, and its evidence. */
  copies: RepositoryResult[];
}

/** One further repository: its pin (the first's digest), tags and attestations. */
export interface RepositoryResult {
  repository: string;
  pinned: PinnedImage;
  tags: string[];
  attested?: AttestResult;
}

/** The SBOM and the scan of the pinned image: what the evidence step gathers. */
export type Evidence = Pick<PublishResult, 'sboms' | 'scan'>;

/** Every repository the image is in, the first (the one the single outputs name) first. */
export function publishedRepositories(result: PublishResult): RepositoryResult[] {
  const first: RepositoryResult[] = result.pinned
    ? [
        {
          repository: result.repository,
          pinned: result.pinned,
          tags: result.tags,
          ...(result.attested && { attested: result.attested }),
        },
      ]
    : [];
  return [...first, ...result.copies];
}
