/** One registry client for the repository being published, with its credentials resolved once. */
import type { Logger } from '../ci/log.js';
import { readCaFile } from '../registry/ca-file.js';
import { RegistryClient } from '../registry/client.js';
import { type RegistryCredentials, resolveCredentials } from '../registry/credentials.js';
import type { ImageReference } from '../registry/reference.js';
import type { PublishOptions } from './options.js';

export interface RegistryAccess {
  client: RegistryClient;
  credentials: RegistryCredentials | undefined;
}

export async function openRegistry(
  repository: ImageReference,
  options: Pick<PublishOptions, 'credentials' | 'insecureRegistries' | 'registryCaFile'>,
  log: Logger,
  env: NodeJS.ProcessEnv,
): Promise<RegistryAccess> {
  const credentials = await resolveCredentials(repository.registry, {
    ...(options.credentials ? { explicit: options.credentials } : {}),
    env,
  });
  log.addSecret(credentials?.password);
  log.addSecret(credentials?.identityToken);
  log.info(
    credentials
      ? `registry ${repository.registry}: credentials from ${credentials.source}`
      : `registry ${repository.registry}: no credentials found, trying anonymous access`,
  );
  const client = new RegistryClient(repository.registry, {
    ...(credentials ? { credentials } : {}),
    insecure: options.insecureRegistries.includes(repository.registry),
    ...(options.registryCaFile ? { caCertificates: [readCaFile(options.registryCaFile)] } : {}),
    log: (line) => log.debug(line),
  });
  return { client, credentials };
}
