/**
 * The one exit-code policy of every door, each CLI command and each Action alike, so a script
 * or a CI job can tell "your input is wrong" from "the image or the step failed":
 *   0 done (verified, or a policy in mode warn);
 *   1 the step failed: a policy violation, a build, registry, signing or gate failure;
 *   2 bad input: the command line, an input, a policy, manifest or key file the user gave.
 * README.md ("Exit codes") documents it once; the helps print EXIT_CODES_HELP.
 */
import { type ErrorCode, isImprintError } from '../errors.js';
import type { VerifyReport } from '../verify/model.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_FAILED | typeof EXIT_USAGE;

/** Errors in what the user gave: fixing them means editing the input, not retrying the run. */
const BAD_INPUT_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'INPUT_INVALID',
  'INPUT_CONFLICT',
  'REFERENCE_INVALID',
  'POLICY_INVALID',
  'MANIFEST_FILE_INVALID',
  'KEY_INVALID',
  // A VEX document given to publish that breaks the OpenVEX spec.
  'VEX_INVALID',
  'KEY_REFERENCE_INVALID',
]);

export const EXIT_CODES_HELP =
  'Exit codes: 0 done (verified, or mode warn), 1 the step failed or a policy violation, 2 invalid command line or input.';

/** What a thrown error exits with: 2 for bad input, 1 for anything else (fail closed). */
export function exitCodeOfError(error: unknown): ExitCode {
  return isImprintError(error) && BAD_INPUT_CODES.has(error.code) ? EXIT_USAGE : EXIT_FAILED;
}

/** A verify run that finished: 1 when the policy is enforced and an image breaks it. */
export function exitCodeOfVerdict(report: Pick<VerifyReport, 'mode' | 'verified'>): ExitCode {
  return report.mode === 'enforce' && !report.verified ? EXIT_FAILED : EXIT_OK;
}
