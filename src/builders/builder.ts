/**
 * One interface in front of the three ways to build and push an image (buildx, the
 * legacy docker builder, buildah), and the choice between them.
 */
import { ImprintError } from '../errors.js';
import { BuildahBuilder, type BuildahOptions } from './buildah.js';
import { BuildxBuilder } from './buildx.js';
import { DockerBuilder } from './docker.js';
import type { LogSink } from './log.js';

export type BuilderName = 'buildx' | 'docker' | 'buildah';
export type BuilderChoice = 'auto' | BuilderName;

export interface RegistryLogin {
  /** Registry host as in the tags, e.g. `ghcr.io` or `127.0.0.1:5000`. */
  registry: string;
  username: string;
  password: string;
}

export interface BuildRequest {
  context: string;
  /** Dockerfile path, relative to the working directory (default `<context>/Dockerfile`). */
  file?: string;
  /** Full references `host/repo:tag`, at least one; all are pushed. */
  tags: string[];
  /** e.g. `['linux/amd64', 'linux/arm64']`; `[]` = the builder's default. */
  platforms: string[];
  buildArgs: Record<string, string>;
  target?: string;
  labels: Record<string, string>;
  push: boolean;
  /** Logged in to with a temporary config (docker, buildx) or auth file (buildah). */
  registryAuth?: RegistryLogin[];
  /** Hosts served over plain http (loopback test registries). */
  insecureRegistries?: string[];
}

export interface BuildResult {
  /**
   * Digest of what was pushed (the index digest when multi-platform). When `push` is
   * false nothing was pushed: this is the local image ID (config digest) instead.
   */
  digest: string;
  pushed: boolean;
  mediaType?: string;
  /** `linux/amd64` → `sha256:…`, when the builder reports them. */
  platformDigests?: Record<string, string>;
  builder: BuilderName;
}

export interface Builder {
  name: BuilderName;
  available(): Promise<boolean>;
  build(request: BuildRequest, log: LogSink): Promise<BuildResult>;
}

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
