/**
 * The verify Action's door: INPUT_* (as @actions/core reads them) → typed options → run.
 * The step fails once, here: exit 1 when an enforced policy is broken, 2 on a bad input.
 */
import * as core from '@actions/core';
import { createContext } from '../../ci/context.js';
import { actionInputSource } from '../../inputs/spec.js';
import { readVerifyOptions, type VerifyOptions } from '../../verify/options.js';
import { EXIT_OK, exitCodeOfVerdict } from '../exit-codes.js';
import { runVerifyStep } from '../verify-step.js';
import { failStep } from './fail.js';

/** What the user's inputs ask of the engine; throws a typed error on a bad input. */
export function verifyActionOptions(env: NodeJS.ProcessEnv): VerifyOptions {
  return readVerifyOptions(actionInputSource(env));
}

export async function runVerifyAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const context = createContext({ env });
  try {
    const options = verifyActionOptions(env);
    const report = await runVerifyStep(options, context, { env });
    const exitCode = exitCodeOfVerdict(report);
    if (exitCode !== EXIT_OK) {
      const failing = report.images.filter((image) => image.verdict.outcome === 'fail').length;
      core.setFailed(
        `${failing} of ${report.images.length} image(s) break the policy (${report.violations} violation(s)): see the job summary and ${options.reportPath}.`,
      );
      process.exitCode = exitCode;
    }
  } catch (error) {
    failStep(error);
  }
}
