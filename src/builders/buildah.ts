/**
 * buildah: `buildah build --manifest LIST` (every requested platform, no daemon), then
 * `buildah manifest push --all --format oci --digestfile F LIST docker://TAG` per tag. The
 * pushed index digest comes from the digest file; the per-platform digests are read back
 * from the registry, because pushing compresses layers and so changes the local ones.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImprintError } from '../errors.js';
import { type PrivateTempDir, privateTempDir } from '../util/private-temp.js';
import type { Builder, BuildRequest, BuildResult } from './model.js';
import {
  type BuildahRunner,
  explainSilentPushFailure,
  readPushedIndex,
  removeManifestList,
  withBuildahLogins,
} from './buildah-support.js';
import { buildahInputArguments, buildReadsInsecureRegistry } from './buildah-inputs.js';
import { isSha256Digest, singleDigest } from './digest.js';
import { commandSucceeds, runCommand } from './exec.js';
import { buildFailed, pushFailed } from './failures.js';
import type { LogSink } from './log.js';
import { isInsecureRegistry, validateBuildRequest, type ValidatedBuild } from './request.js';
import { prepareSecrets, type SecretMount } from './secrets.js';
import { checkSupported } from './support.js';

export const OCI_INDEX_MEDIA_TYPE = 'application/vnd.oci.image.index.v1+json';

export interface BuildahOptions {
  /** The buildah binary (default `buildah`). */
  binary?: string;
  /** `--storage-driver` for every buildah call (default `$STORAGE_DRIVER`; `vfs` in containers). */
  storageDriver?: string | undefined;
  /** `--isolation` for RUN steps (default `$BUILDAH_ISOLATION`, else `chroot`, which works in CI containers). */
  isolation?: string;
  /** skopeo, to read the pushed index back (default `skopeo`); without it no platform digests. */
  skopeoBinary?: string;
}

/** Pure: options every buildah call needs, so all of them see the same image store. */
export function buildahGlobalArguments(options: BuildahOptions): string[] {
  return options.storageDriver ? [`--storage-driver=${options.storageDriver}`] : [];
}

/** Pure: `buildah build` arguments; into a manifest list when pushing, else local tags. */
export function buildahBuildArguments(
  build: ValidatedBuild,
  settings: {
    isolation: string;
    manifest?: string;
    iidFile?: string;
    authFile?: string | undefined;
    /** Secrets by file path or variable name (prepareSecrets), never by value. */
    secrets?: readonly SecretMount[];
    /** A base image or cache is in a registry listed as insecure. */
    insecure?: boolean;
  },
): string[] {
  const { request } = build;
  const destination = settings.manifest
    ? [`--manifest=${settings.manifest}`]
    : request.tags.map((tag) => `--tag=${tag}`);
  return [
    'build',
    `--isolation=${settings.isolation}`,
    ...(request.platforms.length > 0 ? [`--platform=${request.platforms.join(',')}`] : []),
    `--file=${build.dockerfile}`,
    ...(request.target ? [`--target=${request.target}`] : []),
    ...Object.entries(request.buildArgs).map(([key, value]) => `--build-arg=${key}=${value}`),
    ...Object.entries(request.labels).map(([key, value]) => `--label=${key}=${value}`),
    ...buildahInputArguments(build, settings.secrets ?? []),
    ...destination,
    ...(settings.iidFile ? [`--iidfile=${settings.iidFile}`] : []),
    ...(settings.authFile ? [`--authfile=${settings.authFile}`] : []),
    ...(settings.insecure ? ['--tls-verify=false'] : []),
    build.context,
  ];
}

/** Pure: `buildah manifest push` of the whole list (every platform image) as an OCI index. */
export function manifestPushArguments(
  list: string,
  tag: string,
  settings: { digestFile: string; authFile?: string | undefined; insecure: boolean },
): string[] {
  return [
    'manifest',
    'push',
    '--all',
    '--format=oci',
    `--digestfile=${settings.digestFile}`,
    ...(settings.authFile ? [`--authfile=${settings.authFile}`] : []),
    ...(settings.insecure ? ['--tls-verify=false'] : []),
    list,
    `docker://${tag}`,
  ];
}

/** What every `buildah build` of one request shares. */
interface BuildSettings {
  isolation: string;
  authFile: string | undefined;
  secrets: readonly SecretMount[];
  insecure: boolean;
}

export class BuildahBuilder implements Builder {
  readonly name = 'buildah' as const;
  private readonly options: Required<Omit<BuildahOptions, 'storageDriver'>> & BuildahOptions;

  constructor(options: BuildahOptions = {}) {
    // BUILDAH_ISOLATION and STORAGE_DRIVER are buildah's own documented settings, not CI facts:
    // read where buildah would read them, so imprint's buildah runs as the user's does.
    this.options = {
      binary: options.binary ?? 'buildah',
      isolation: options.isolation ?? process.env.BUILDAH_ISOLATION ?? 'chroot',
      skopeoBinary: options.skopeoBinary ?? 'skopeo',
      storageDriver: options.storageDriver ?? process.env.STORAGE_DRIVER,
    };
  }

  async available(): Promise<boolean> {
    return commandSucceeds(this.options.binary, ['version']);
  }

  async build(request: BuildRequest, log: LogSink): Promise<BuildResult> {
    const build = validateBuildRequest(request);
    checkSupported(this.name, request);
    const base = {
      isolation: this.options.isolation,
      insecure: buildReadsInsecureRegistry(build),
    };
    // The builder process inherits this environment: env= secrets are read from it by name.
    const secrets = prepareSecrets(request.secrets ?? [], request.tempRoot, process.env);
    const run = this.runner(build, log, secrets.values);
    const settings = { ...base, secrets: secrets.mounts };
    let work: PrivateTempDir | undefined;
    try {
      // In the job's temp directory; removed on a cancelled job too.
      work = privateTempDir('imprint-buildah-', request.tempRoot);
      const dir = work.path;
      return await withBuildahLogins(build, run, (authFile) =>
        request.push
          ? this.buildAndPush(build, run, dir, { ...settings, authFile })
          : this.buildLocal(build, run, dir, { ...settings, authFile }),
      );
    } finally {
      work?.remove();
      secrets.remove();
    }
  }

  private runner(build: ValidatedBuild, log: LogSink, secretValues: string[]): BuildahRunner {
    const global = buildahGlobalArguments(this.options);
    const secrets = [...build.secrets, ...secretValues];
    return {
      log,
      buildah: (args, options = {}) =>
        runCommand(this.options.binary, [...global, ...args], { log, secrets, ...options }),
      skopeo: (args) =>
        runCommand(this.options.skopeoBinary, args, { log, secrets, streamOutput: false }),
    };
  }

  private async buildAndPush(
    build: ValidatedBuild,
    run: BuildahRunner,
    dir: string,
    settings: BuildSettings,
  ): Promise<BuildResult> {
    const { authFile } = settings;
    // A fresh list name per build: a re-run must not add to (or trip over) an old list.
    const list = `localhost/imprint-build-${randomUUID()}`;
    try {
      const built = await run.buildah(
        buildahBuildArguments(build, { ...settings, manifest: list }),
      );
      if (built.exitCode !== 0) throw buildFailed('buildah', built);
      const digests = new Map<string, string>();
      for (const [index, tag] of build.request.tags.entries()) {
        const { registry } = build.references[index]!;
        const digestFile = join(dir, `digest-${index}`);
        const insecure = isInsecureRegistry(build.request, registry);
        const pushed = await run.buildah(
          manifestPushArguments(list, tag, { digestFile, authFile, insecure }),
        );
        if (pushed.exitCode !== 0) throw pushFailed(registry, tag, pushed);
        const digest = readDigest(digestFile);
        if (!digest) throw await explainSilentPushFailure(build, run, index, authFile);
        digests.set(tag, digest);
      }
      const digest = singleDigest(digests);
      const pushedIndex = await readPushedIndex(build, run, digest, authFile);
      return {
        digest,
        pushed: true,
        builder: this.name,
        mediaType: pushedIndex?.mediaType ?? OCI_INDEX_MEDIA_TYPE,
        ...(pushedIndex ? { platformDigests: pushedIndex.platformDigests } : {}),
      };
    } finally {
      await removeManifestList(run, list);
    }
  }

  private async buildLocal(
    build: ValidatedBuild,
    run: BuildahRunner,
    dir: string,
    settings: BuildSettings,
  ): Promise<BuildResult> {
    const iidFile = join(dir, 'iid');
    const built = await run.buildah(buildahBuildArguments(build, { ...settings, iidFile }));
    if (built.exitCode !== 0) throw buildFailed('buildah', built);
    const digest = readDigest(iidFile);
    if (!digest) {
      throw new ImprintError(
        'BUILD_METADATA_INVALID',
        `buildah build succeeded but wrote no image ID to ${iidFile}`,
        { hint: 'check the buildah output above' },
      );
    }
    return { digest, pushed: false, builder: this.name };
  }
}

/** The sha256 digest a buildah --digestfile / --iidfile holds, if it holds one. */
function readDigest(path: string): string | undefined {
  try {
    const digest = readFileSync(path, 'utf8').trim();
    return isSha256Digest(digest) ? digest : undefined;
  } catch {
    return undefined;
  }
}
