/** The verify action's door: inputs → typed options → run. setFailed once, here. */
import * as core from '@actions/core';
import { createContext } from '../ci/context.js';
import { messageOf } from '../errors.js';
import { actionInputSource } from '../inputs/spec.js';
import { readVerifyOptions } from '../verify/options.js';
import { runVerify } from '../verify/run.js';

export async function runVerifyAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const context = createContext({ env });
  try {
    const options = readVerifyOptions(actionInputSource(env));
    const report = await runVerify(options, context, { env });
    if (report.mode === 'enforce' && !report.verified) {
      const failing = report.images.filter((image) => image.verdict.outcome === 'fail').length;
      core.setFailed(
        `${failing} of ${report.images.length} image(s) break the policy (${report.violations} violation(s)): see the job summary and ${options.reportPath}.`,
      );
    }
  } catch (error) {
    core.setFailed(messageOf(error));
  }
}
