/**
 * docker buildx (BuildKit): one `docker buildx build --push --metadata-file F` builds every
 * platform and pushes an index; the pushed digest is read from the metadata file's
 * `containerimage.digest`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImprintError } from '../errors.js';
import { type PrivateTempDir, privateTempDir } from '../util/private-temp.js';
import type { Builder, BuildRequest, BuildResult } from './model.js';
import { isSha256Digest } from './digest.js';
import { withDockerLogins } from './docker-login.js';
import { commandSucceeds, runCommand } from './exec.js';
import { buildFailed } from './failures.js';
import type { LogSink } from './log.js';
import { isInsecureRegistry, validateBuildRequest, type ValidatedBuild } from './request.js';
import { actionsCacheEnvironment } from './cache.js';
import { prepareSecrets, secretArgument, type SecretMount } from './secrets.js';
import { checkSupported } from './support.js';

export interface BuildxBuilderOptions {
  /** The docker CLI to run (default `docker`). */
  binary?: string | undefined;
}

export interface BuildxMetadata {
  /** `containerimage.digest`: the pushed manifest or index. */
  digest: string;
  /** `containerimage.descriptor.mediaType`, when present. */
  mediaType?: string;
  /** `containerimage.config.digest`: the image ID a `--load` build gets. */
  configDigest?: string;
}

/**
 * Pure: the `docker buildx build` arguments. Values go as `--flag=value`, never as flags.
 * Secrets go by file path or variable name only (`secrets`, made by prepareSecrets).
 */
export function buildxArguments(
  build: ValidatedBuild,
  metadataFile: string,
  secrets: readonly SecretMount[] = [],
): string[] {
  const { request } = build;
  const attestations = request.buildkitAttestations ?? { provenance: 'false', sbom: false };
  return [
    'buildx',
    'build',
    `--metadata-file=${metadataFile}`,
    // imprint signs and attaches its own SLSA provenance and SBOM as referrers. buildx's
    // default attestations (build-push-action's default is mode=min provenance) would put
    // unsigned `unknown/unknown` attestation manifests into the index: off unless asked for.
    `--provenance=${attestations.provenance}`,
    `--sbom=${attestations.sbom}`,
    ...(request.platforms.length > 0 ? [`--platform=${request.platforms.join(',')}`] : []),
    `--file=${build.dockerfile}`,
    ...(request.target ? [`--target=${request.target}`] : []),
    ...Object.entries(request.buildArgs).map(([key, value]) => `--build-arg=${key}=${value}`),
    ...Object.entries(request.labels).map(([key, value]) => `--label=${key}=${value}`),
    ...(request.annotations ?? []).map((annotation) => `--annotation=${annotation}`),
    ...(request.cacheFrom ?? []).map((cache) => `--cache-from=${cache}`),
    ...(request.cacheTo ?? []).map((cache) => `--cache-to=${cache}`),
    ...secrets.map(secretArgument),
    ...(request.ssh ?? []).map((ssh) => `--ssh=${ssh}`),
    ...Object.entries(request.buildContexts ?? {}).map(
      ([name, source]) => `--build-context=${name}=${source}`,
    ),
    ...(request.pull ? ['--pull'] : []),
    ...(request.noCache ? ['--no-cache'] : []),
    ...request.tags.map((tag) => `--tag=${tag}`),
    outputArgument(build),
    build.context,
  ];
}

/** `--push`, or the same export allowed to use plain http; `--load` when not pushing. */
function outputArgument(build: ValidatedBuild): string {
  if (!build.request.push) return '--load';
  const insecure = build.references.some((reference) =>
    isInsecureRegistry(build.request, reference.registry),
  );
  return insecure ? '--output=type=image,push=true,registry.insecure=true' : '--push';
}

/** Pure: the digest (and media type) from the JSON buildx writes to `--metadata-file`. */
export function parseBuildxMetadata(text: string, path: string): BuildxMetadata {
  let metadata: unknown;
  try {
    metadata = JSON.parse(text);
  } catch (error) {
    throw invalidMetadata(path, `it is not JSON (${(error as Error).message})`);
  }
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw invalidMetadata(path, 'it is not a JSON object');
  }
  const fields = metadata as Record<string, unknown>;
  const digest = fields['containerimage.digest'];
  if (!isSha256Digest(digest)) {
    throw invalidMetadata(
      path,
      `"containerimage.digest" is ${digest === undefined ? 'missing' : JSON.stringify(digest)}, expected sha256:<64 hex>`,
    );
  }
  const descriptor = fields['containerimage.descriptor'] as Record<string, unknown> | undefined;
  if (descriptor !== undefined && descriptor?.digest !== digest) {
    throw invalidMetadata(
      path,
      `"containerimage.descriptor" names ${JSON.stringify(descriptor?.digest)}, not ${digest}`,
    );
  }
  const mediaType = descriptor?.mediaType;
  const configDigest = fields['containerimage.config.digest'];
  return {
    digest,
    ...(typeof mediaType === 'string' ? { mediaType } : {}),
    ...(isSha256Digest(configDigest) ? { configDigest } : {}),
  };
}

function invalidMetadata(path: string, problem: string): ImprintError {
  return new ImprintError(
    'BUILD_METADATA_INVALID',
    `buildx metadata file ${path} does not tell what was pushed: ${problem}`,
    { hint: 'update docker buildx (≥ 0.10 writes containerimage.digest) and check the build log' },
  );
}

export class BuildxBuilder implements Builder {
  readonly name = 'buildx' as const;
  private readonly binary: string;

  constructor(options: BuildxBuilderOptions = {}) {
    this.binary = options.binary ?? 'docker';
  }

  async available(): Promise<boolean> {
    return commandSucceeds(this.binary, ['buildx', 'version']);
  }

  async build(request: BuildRequest, log: LogSink): Promise<BuildResult> {
    const build = validateBuildRequest(request);
    checkSupported(this.name, request);
    // The cache service's token reaches buildx through its environment, never its arguments.
    const cacheEnv = actionsCacheEnvironment(request);
    // The builder process inherits this environment: env= secrets are read from it by name.
    const secrets = prepareSecrets(request.secrets ?? [], request.tempRoot, process.env);
    const masked = [...build.secrets, ...secrets.values, cacheEnv.ACTIONS_RUNTIME_TOKEN ?? ''];
    let work: PrivateTempDir | undefined;
    try {
      // In the job's temp directory; removed on a cancelled job too.
      work = privateTempDir('imprint-buildx-', request.tempRoot);
      const metadataFile = join(work.path, 'metadata.json');
      return await withDockerLogins(build, log, this.binary, async (env) => {
        const args = buildxArguments(build, metadataFile, secrets.mounts);
        const built = await runCommand(this.binary, args, {
          log,
          env: { ...env, ...cacheEnv },
          secrets: masked,
        });
        if (built.exitCode !== 0) throw buildFailed('docker buildx', built);
        return this.result(build, readMetadata(metadataFile));
      });
    } finally {
      work?.remove();
      secrets.remove();
    }
  }

  private result(build: ValidatedBuild, metadata: BuildxMetadata): BuildResult {
    if (build.request.push) {
      return {
        digest: metadata.digest,
        pushed: true,
        builder: this.name,
        ...(metadata.mediaType ? { mediaType: metadata.mediaType } : {}),
      };
    }
    if (!metadata.configDigest) {
      throw invalidMetadata('(--load build)', '"containerimage.config.digest" is missing');
    }
    return { digest: metadata.configDigest, pushed: false, builder: this.name };
  }
}

function readMetadata(path: string): BuildxMetadata {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw invalidMetadata(path, 'buildx did not write it');
  }
  return parseBuildxMetadata(text, path);
}
