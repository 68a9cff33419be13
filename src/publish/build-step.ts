/** The build-and-push step: choose a builder, hand it the request, log what it did. */
import { selectBuilder } from '../builders/builder.js';
import type { BuildResult, RegistryLogin } from '../builders/model.js';
import type { Logger } from '../ci/log.js';
import type { CiPlatform } from '../ci/platform.js';
import type { RegistryCredentials } from '../registry/credentials.js';
import { formatReference } from '../registry/reference.js';
import type { PublishOptions } from './options.js';
import type { PublishTarget } from './target.js';

export async function buildAndPush(
  options: PublishOptions,
  target: PublishTarget,
  credentials: RegistryCredentials | undefined,
  log: Logger,
  /** The CI platform: its temp directory (logins, secrets) and its Actions cache service. */
  platform: Pick<CiPlatform, 'tempRoot' | 'actionsCacheService'>,
): Promise<BuildResult> {
  const builder = await selectBuilder(options.builder === 'none' ? 'auto' : options.builder, {
    platforms: options.platforms,
  });
  log.startGroup(`Build and push with ${builder.name}`);
  try {
    const result = await builder.build(
      {
        context: options.context,
        ...(options.file !== undefined ? { file: options.file } : {}),
        ...(options.target !== undefined ? { target: options.target } : {}),
        tags: target.tagged.map((reference) => formatReference(reference)),
        platforms: options.platforms,
        buildArgs: options.buildArgs,
        labels: options.labels,
        ...options.buildInputs,
        actionsCache: platform.actionsCacheService,
        push: options.push,
        registryAuth: loginFor(target.repository.registry, credentials),
        insecureRegistries: options.insecureRegistries,
        tempRoot: platform.tempRoot,
      },
      log,
    );
    log.info(result.pushed ? `pushed ${result.digest}` : `built ${result.digest} (not pushed)`);
    return result;
  } finally {
    log.endGroup();
  }
}

const HANDED_OVER_SOURCES = ['registry-username', 'CI_REGISTRY_USER', 'GITHUB_TOKEN'];

/**
 * Credentials the builder's own CLI would not find by itself (inputs, CI variables) are
 * handed over; ones that came from the docker config are already where docker looks.
 */
function loginFor(registry: string, credentials: RegistryCredentials | undefined): RegistryLogin[] {
  if (!credentials?.username || credentials.password === undefined) return [];
  if (!HANDED_OVER_SOURCES.some((source) => credentials.source.startsWith(source))) return [];
  return [{ registry, username: credentials.username, password: credentials.password }];
}
