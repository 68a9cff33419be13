/**
 * The registry of the repository being published, opened through the registry pool with the
 * step's settings: registry-username / registry-password go to this registry only.
 */
import type { Logger } from '../ci/log.js';
import { readCaFile } from '../registry/ca-file.js';
import { type RegistryAccess, RegistryPool } from '../registry/pool.js';
import type { ImageReference } from '../registry/reference.js';
import type { PublishOptions } from './options.js';

export type { RegistryAccess } from '../registry/pool.js';

export async function openRegistry(
  repository: ImageReference,
  options: Pick<PublishOptions, 'credentials' | 'insecureRegistries' | 'registryCaFile'>,
  log: Logger,
  env: NodeJS.ProcessEnv,
): Promise<RegistryAccess> {
  const pool = new RegistryPool(
    {
      insecureRegistries: options.insecureRegistries,
      ...(options.registryCaFile && { caCertificates: [readCaFile(options.registryCaFile)] }),
      ...(options.credentials && {
        login: { registry: repository.registry, ...options.credentials },
      }),
      env,
      announce: 'info',
    },
    log,
  );
  return pool.access(repository.registry);
}
