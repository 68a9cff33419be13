/**
 * The registry of the repository being published, opened through the registry pool with the
 * step's settings: registry-username / registry-password go to this registry only.
 */
import type { Logger } from '../ci/log.js';
import { readCaFile } from '../registry/ca-file.js';
import { type RegistryAccess, type RegistryOptions, RegistryPool } from '../registry/pool.js';
import type { ImageReference } from '../registry/reference.js';
import type { PublishOptions } from './options.js';

export type { RegistryAccess } from '../registry/pool.js';

/**
 * What the step presents to registries: its TLS settings for every registry, and its
 * registry-username / registry-password for the registry it publishes to only.
 */
export function publishRegistryOptions(
  options: Pick<PublishOptions, 'credentials' | 'insecureRegistries' | 'registryCaFile'>,
  registry: string,
  env: NodeJS.ProcessEnv,
): RegistryOptions {
  return {
    insecureRegistries: options.insecureRegistries,
    caCertificates: options.registryCaFile ? [readCaFile(options.registryCaFile)] : [],
    ...(options.credentials && { login: { registry, ...options.credentials } }),
    env,
  };
}

export async function openRegistry(
  repository: ImageReference,
  options: Pick<PublishOptions, 'credentials' | 'insecureRegistries' | 'registryCaFile'>,
  log: Logger,
  env: NodeJS.ProcessEnv,
): Promise<RegistryAccess> {
  const pool = new RegistryPool(
    { ...publishRegistryOptions(options, repository.registry, env), announce: 'info' },
    log,
  );
  return pool.access(repository.registry);
}
