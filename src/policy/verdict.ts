/**
 * The verdict model: one result per check, in words a person can act on, and one
 * outcome per image. `warn` never blocks; `fail` does.
 */

export type CheckOutcome = 'pass' | 'fail' | 'warn' | 'skipped';
export type VerdictOutcome = 'pass' | 'fail' | 'warn';

export interface CheckResult {
  /** Stable id: `image.allowed`, `image.digest`, `signer`, `attestation:<type>`, … */
  check: string;
  outcome: CheckOutcome;
  expected: string;
  found: string;
  /** How to fix it; present on everything that is not a pass. */
  hint?: string;
}

export interface ImageVerdict {
  /** The reference as written. */
  image: string;
  digest?: string;
  platform?: string;
  outcome: VerdictOutcome;
  checks: CheckResult[];
  /** Verdicts of each platform manifest of an index. */
  platforms?: ImageVerdict[];
}

export function check(
  id: string,
  outcome: CheckOutcome,
  expected: string,
  found: string,
  hint?: string,
): CheckResult {
  const result: CheckResult = { check: id, outcome, expected, found };
  if (hint !== undefined && outcome !== 'pass') result.hint = hint;
  return result;
}

export function outcomeOf(checks: readonly CheckResult[]): VerdictOutcome {
  if (checks.some((result) => result.outcome === 'fail')) return 'fail';
  if (checks.some((result) => result.outcome === 'warn')) return 'warn';
  return 'pass';
}

export function worst(outcomes: readonly VerdictOutcome[]): VerdictOutcome {
  if (outcomes.includes('fail')) return 'fail';
  if (outcomes.includes('warn')) return 'warn';
  return 'pass';
}

/** Turns failures into warnings, saying why, for `mode: warn` and exceptions. */
export function downgrade(checks: readonly CheckResult[], why: string): CheckResult[] {
  return checks.map((result) =>
    result.outcome === 'fail'
      ? {
          ...result,
          outcome: 'warn',
          hint: `${result.hint ?? ''}${result.hint ? ' ' : ''}(${why})`,
        }
      : result,
  );
}
