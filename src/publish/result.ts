/**
 * What a publish run did, as the outputs, the summary and the caller see it. Its own file:
 * the run makes it, the outputs and the summary read it, and neither needs the other.
 */
import type { AttestResult } from './attest-step.js';
import type { PinnedImage } from './pin.js';
import type { SbomStepResult } from './sbom-step.js';
import type { ScanStepResult } from './scan-step.js';

export interface PublishResult {
  repository: string;
  /** Undefined only when nothing was pushed. */
  pinned?: PinnedImage;
  tags: string[];
  builder: string;
  /** Undefined when nothing was signed (sign: false, or push: false). */
  attested?: AttestResult;
  /** Undefined with sbom: false or push: false. */
  sboms?: SbomStepResult;
  /** The scan, or why it did not run; undefined with push: false. */
  scan?: ScanStepResult | { skipped: string };
}

/** The SBOM and the scan of the pinned image: what the evidence step gathers. */
export type Evidence = Pick<PublishResult, 'sboms' | 'scan'>;
