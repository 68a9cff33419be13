/**
 * The choice between the three ways to build and push an image (buildx, the legacy docker
 * builder, buildah), and the factory that makes the chosen one. The interface they share is
 * in model.ts, apart from them, so an implementation never imports its own factory.
 */
import { ImprintError } from '../errors.js';
import { BuildahBuilder, type BuildahOptions } from './buildah.js';
import { BuildxBuilder } from './buildx.js';
import { DockerBuilder } from './docker.js';
import type { Builder, BuilderChoice, BuilderName } from './model.js';

export interface BuilderAvailability {
  buildx: boolean;
  docker: boolean;
  buildah: boolean;
}

const INSTALL_HINTS: Record<BuilderName, string> = {
  buildx:
    'install the docker buildx plugin (on GitHub: uses: docker/setup-buildx-action before this step)',
  docker: 'install the docker CLI and make sure the docker daemon is reachable (`docker info`)',
  buildah: 'install buildah (Debian/Ubuntu: apt-get install buildah; Fedora: dnf install buildah)',
};

/**
 * Pure: which builder to use. `auto` prefers buildx; without it, buildah when several
 * platforms are wanted (the legacy docker builder cannot make an index) or docker is
 * missing; otherwise docker.
 */
export function chooseBuilder(
  choice: BuilderChoice,
  availability: BuilderAvailability,
  platforms: readonly string[] = [],
): BuilderName {
  if (choice !== 'auto') {
    if (availability[choice]) return choice;
    throw new ImprintError('BUILDER_UNAVAILABLE', `builder "${choice}" is not available here`, {
      hint: INSTALL_HINTS[choice],
    });
  }
  const multiPlatform = platforms.length > 1;
  if (availability.buildx) return 'buildx';
  if (availability.buildah && (multiPlatform || !availability.docker)) return 'buildah';
  if (availability.docker && !multiPlatform) return 'docker';
  if (availability.docker) {
    throw new ImprintError(
      'BUILDER_UNAVAILABLE',
      `a multi-platform build (${platforms.join(', ')}) needs docker buildx or buildah; only the legacy docker builder was found`,
      { hint: `${INSTALL_HINTS.buildx}, or ${INSTALL_HINTS.buildah}` },
    );
  }
  throw new ImprintError(
    'BUILDER_UNAVAILABLE',
    'no image builder found: neither docker buildx, docker nor buildah works here',
    { hint: `${INSTALL_HINTS.buildx}; or ${INSTALL_HINTS.docker}; or ${INSTALL_HINTS.buildah}` },
  );
}

export interface SelectBuilderOptions {
  /** The platforms the build asks for: several steer `auto` away from the legacy builder. */
  platforms?: readonly string[];
  buildah?: BuildahOptions;
  /** The docker CLI to run (default `docker`). */
  dockerBinary?: string;
}

export function createBuilder(name: BuilderName, options: SelectBuilderOptions = {}): Builder {
  switch (name) {
    case 'buildx':
      return new BuildxBuilder({ binary: options.dockerBinary });
    case 'docker':
      return new DockerBuilder({ binary: options.dockerBinary });
    case 'buildah':
      return new BuildahBuilder(options.buildah);
  }
}

/**
 * Probe what works here and pick per `chooseBuilder`: only the named builder for an
 * explicit choice, all three (in parallel) for `auto`.
 */
export async function selectBuilder(
  choice: BuilderChoice,
  options: SelectBuilderOptions = {},
): Promise<Builder> {
  if (choice !== 'auto') {
    const builder = createBuilder(choice, options);
    const works = await builder.available();
    chooseBuilder(choice, { buildx: false, docker: false, buildah: false, [choice]: works });
    return builder;
  }
  const builders = {
    buildx: createBuilder('buildx', options),
    docker: createBuilder('docker', options),
    buildah: createBuilder('buildah', options),
  };
  const [buildx, docker, buildah] = await Promise.all([
    builders.buildx.available(),
    builders.docker.available(),
    builders.buildah.available(),
  ]);
  return builders[chooseBuilder(choice, { buildx, docker, buildah }, options.platforms)];
}
