/**
 * The promote Action's door: INPUT_* (as @actions/core reads them) → a copy of the image and
 * its evidence to the destination, gated by the policy → step outputs. Secrets are masked
 * before anything is logged; the step fails once, here.
 */
import { resolve } from 'node:path';
import { createContext } from '../../ci/context.js';
import {
  copyRequestOf,
  type PromoteOptions,
  promoteSecrets,
  readPromoteOptions,
} from '../../copy/options.js';
import { copyOutputs } from '../../copy/outputs.js';
import { actionInputSource } from '../../inputs/spec.js';
import { readCaFile } from '../../registry/ca-file.js';
import type { FallbackWriteOptions } from '../../registry/fallback-index.js';
import type { RegistryOptions } from '../../registry/pool.js';
import { failStep } from './fail.js';

/** What the user's inputs ask of the engine; throws a typed error on a bad input. */
export function promoteActionOptions(env: NodeJS.ProcessEnv): PromoteOptions {
  return readPromoteOptions(actionInputSource(env));
}

/** Tests: registry client settings beyond the inputs (time limits, request counting). */
export interface PromoteEnvironment {
  registry?: Omit<RegistryOptions, 'insecureRegistries' | 'caCertificates' | 'env' | 'logins'>;
  fallback?: FallbackWriteOptions;
}

export async function runPromoteAction(
  env: NodeJS.ProcessEnv = process.env,
  environment: PromoteEnvironment = {},
): Promise<void> {
  const context = createContext({ env });
  for (const secret of promoteSecrets(actionInputSource(env))) context.log.addSecret(secret);
  try {
    const options = promoteActionOptions(env);
    const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
    const request = copyRequestOf(options, {
      cwd,
      env,
      caCertificates: options.registryCaFile
        ? [readCaFile(resolve(cwd, options.registryCaFile))]
        : [],
    });
    const { copyImage } = await import('../../copy/copy.js');
    const result = await copyImage({
      ...request,
      registry: { ...environment.registry, ...request.registry },
      ...(environment.fallback && { fallback: environment.fallback }),
      log: context.log,
    });
    for (const [name, value] of Object.entries(copyOutputs(result, 'destination'))) {
      context.setOutput(name, value);
    }
    context.log.info(
      `promoted ${options.source} to ${result.target}: ${result.counts.blobsCopied} blob(s) and ${result.counts.manifestsCopied} manifest(s) copied, ${result.counts.blobsSkipped + result.counts.manifestsSkipped} already there`,
    );
  } catch (error) {
    failStep(error);
  }
}
