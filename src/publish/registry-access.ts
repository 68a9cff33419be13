/**
 * The registries of the repositories being published, opened through one registry pool with
 * the step's settings: registry-username / registry-password go to the registry of the first
 * repository only; every other registry is reached with the credentials found for it (CI
 * variables, the docker config and its credential helpers, GITHUB_TOKEN for ghcr.io).
 */
import type { Logger } from '../ci/log.js';
import { readCaFile } from '../registry/ca-file.js';
import { type RegistryOptions, RegistryPool } from '../registry/pool.js';

export type { RegistryAccess } from '../registry/pool.js';
import { type ImageReference, parseReference } from '../registry/reference.js';
import type { PublishOptions } from './options.js';

/**
 * What the step presents to registries: its TLS settings for every registry, and its
 * registry-username / registry-password for `registry` only: that of the first repository.
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

/** The run's one pool: each registry opened once, its credential source said. */
export function openRegistries(
  options: Pick<PublishOptions, 'credentials' | 'insecureRegistries' | 'registryCaFile'>,
  first: ImageReference,
  log: Logger,
  env: NodeJS.ProcessEnv,
): RegistryPool {
  return new RegistryPool(
    { ...publishRegistryOptions(options, first.registry, env), announce: 'info' },
    log,
  );
}

/** The registry the inputs' credentials go to: that of the first repository of `image`. */
export function loginRegistry(options: Pick<PublishOptions, 'image'>): string {
  return parseReference(options.image).registry;
}
