/**
 * The legacy docker builder: `docker build`, then `docker push` per tag. One platform
 * only (it cannot make an index); the pushed digest comes from the push output line
 * `<tag>: digest: sha256:… size: N`.
 */
import { ImprintError } from '../errors.js';
import { isLoopbackRegistry } from '../registry/hosts.js';
import type { Builder, BuildRequest, BuildResult } from './model.js';
import { withDockerLogins, type DockerEnv } from './docker-login.js';
import { isSha256Digest, singleDigest } from './digest.js';
import { commandSucceeds, runCommand } from './exec.js';
import { buildFailed, pushFailed } from './failures.js';
import type { LogSink } from './log.js';
import { validateBuildRequest, type ValidatedBuild } from './request.js';
import { checkSupported } from './support.js';

export interface DockerBuilderOptions {
  /** The docker CLI to run (default `docker`). */
  binary?: string | undefined;
}

/** Pure: the `docker build` arguments. Values go as `--flag=value`, so none reads as a flag. */
export function dockerBuildArguments(build: ValidatedBuild): string[] {
  const { request } = build;
  return [
    'build',
    `--file=${build.dockerfile}`,
    ...request.platforms.map((platform) => `--platform=${platform}`),
    ...(request.target ? [`--target=${request.target}`] : []),
    ...Object.entries(request.buildArgs).map(([key, value]) => `--build-arg=${key}=${value}`),
    ...Object.entries(request.labels).map(([key, value]) => `--label=${key}=${value}`),
    ...(request.pull ? ['--pull'] : []),
    ...(request.noCache ? ['--no-cache'] : []),
    ...request.tags.map((tag) => `--tag=${tag}`),
    build.context,
  ];
}

/** Pure: the digest from `docker push` output, from the line naming this tag. */
export function parsePushDigest(output: string, tag: string): string | undefined {
  const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = new RegExp(`^${escaped}: digest: (sha256:[a-f0-9]{64}) size: \\d+$`, 'm');
  return line.exec(output)?.[1];
}

export class DockerBuilder implements Builder {
  readonly name = 'docker' as const;
  private readonly binary: string;

  constructor(options: DockerBuilderOptions = {}) {
    this.binary = options.binary ?? 'docker';
  }

  /** The CLI runs and reaches a daemon. */
  async available(): Promise<boolean> {
    return commandSucceeds(this.binary, ['version', '--format', '{{.Server.Version}}']);
  }

  async build(request: BuildRequest, log: LogSink): Promise<BuildResult> {
    const build = validateBuildRequest(request);
    checkSupported(this.name, request);
    if (build.multiPlatform) {
      throw new ImprintError(
        'INPUT_INVALID',
        `the legacy docker builder cannot build several platforms at once (${request.platforms.join(', ')})`,
        { hint: 'use builder: buildx (docker/setup-buildx-action) or builder: buildah' },
      );
    }
    warnAboutInsecureRegistries(request, log);
    return withDockerLogins(build, log, this.binary, async (env) => {
      const built = await runCommand(this.binary, dockerBuildArguments(build), {
        log,
        env,
        secrets: build.secrets,
      });
      if (built.exitCode !== 0) throw buildFailed('docker', built);
      if (!request.push) {
        return { digest: await this.imageId(build, env, log), pushed: false, builder: this.name };
      }
      return { digest: await this.pushAll(build, env, log), pushed: true, builder: this.name };
    });
  }

  /** Push every tag; they hold one image, so they must all report one digest. */
  private async pushAll(build: ValidatedBuild, env: DockerEnv, log: LogSink): Promise<string> {
    const digests = new Map<string, string>();
    for (const [index, tag] of build.request.tags.entries()) {
      const { registry, tag: tagName } = build.references[index]!;
      const pushed = await runCommand(this.binary, ['push', tag], {
        log,
        env,
        secrets: build.secrets,
      });
      if (pushed.exitCode !== 0) throw pushFailed(registry, tag, pushed);
      const digest = parsePushDigest(pushed.stdout, tagName);
      if (!digest) {
        throw new ImprintError(
          'REGISTRY_PROTOCOL',
          `docker push ${tag} succeeded but printed no "<tag>: digest: sha256:… size: N" line`,
          {
            hint: 'run docker push by hand to see its output; a newer docker CLI may print it differently',
          },
        );
      }
      digests.set(tag, digest);
    }
    return singleDigest(digests);
  }

  private async imageId(build: ValidatedBuild, env: DockerEnv, log: LogSink): Promise<string> {
    const tag = build.request.tags[0]!;
    const inspected = await runCommand(
      this.binary,
      ['image', 'inspect', '--format', '{{.Id}}', tag],
      { log, env, streamOutput: false },
    );
    const id = inspected.stdout.trim();
    if (inspected.exitCode !== 0 || !isSha256Digest(id)) {
      throw new ImprintError(
        'BUILD_FAILED',
        `the built image ${tag} could not be inspected: ${id}`,
      );
    }
    return id;
  }
}

function warnAboutInsecureRegistries(request: BuildRequest, log: LogSink): void {
  for (const registry of request.insecureRegistries ?? []) {
    if (!isLoopbackRegistry(registry)) {
      log.warning(
        `the docker daemon decides whether ${registry} may use plain http: list it under "insecure-registries" in daemon.json`,
      );
    }
  }
}
