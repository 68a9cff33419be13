/** The publish action's door: inputs → typed options → run. setFailed once, here. */
import * as core from '@actions/core';
import { createContext } from '../ci/context.js';
import { messageOf } from '../errors.js';
import { actionInputSource } from '../inputs/spec.js';
import { publishSecrets, readPublishOptions } from '../publish/options.js';
import { runPublish } from '../publish/run.js';

export async function runPublishAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const source = actionInputSource(env);
  const context = createContext({ env });
  for (const secret of publishSecrets(source)) context.log.addSecret(secret);
  try {
    await runPublish(readPublishOptions(source), context, { env });
  } catch (error) {
    core.setFailed(messageOf(error));
  }
}
