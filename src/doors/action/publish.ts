/**
 * The publish Action's door: INPUT_* (as @actions/core reads them) → typed options → run.
 * The step fails once, here, with the exit code of the one policy (src/doors/exit-codes.ts).
 */
import { createContext } from '../../ci/context.js';
import { actionInputSource } from '../../inputs/spec.js';
import { type PublishOptions, publishSecrets, readPublishOptions } from '../../publish/options.js';
import { runPublish } from '../../publish/run.js';
import { failStep } from './fail.js';

/** What the user's inputs ask of the engine; throws a typed error on a bad input. */
export function publishActionOptions(env: NodeJS.ProcessEnv): PublishOptions {
  return readPublishOptions(actionInputSource(env));
}

export async function runPublishAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const context = createContext({ env });
  for (const secret of publishSecrets(actionInputSource(env))) context.log.addSecret(secret);
  try {
    await runPublish(publishActionOptions(env), context, { env });
  } catch (error) {
    failStep(error);
  }
}
