/**
 * The buildah builder's side jobs: logging in through a temporary auth file, reading the
 * pushed index back (skopeo) for per-platform digests, and removing the local manifest
 * list and its images once pushed.
 */
import { createHash } from 'node:crypto';
import { ImprintError } from '../errors.js';
import { createAuthFile, pulledRegistries } from './credentials.js';
import { isSha256Digest, platformDigestsFromIndex } from './digest.js';
import type { ExecOptions, ExecResult } from './exec.js';
import { loginFailed, pushFailed } from './failures.js';
import type { LogSink } from './log.js';
import { isInsecureRegistry, type ValidatedBuild } from './request.js';

/** Runs buildah (with the global storage options) and skopeo for one build. */
export interface BuildahRunner {
  log: LogSink;
  buildah(args: string[], options?: Partial<ExecOptions>): Promise<ExecResult>;
  skopeo(args: string[]): Promise<ExecResult>;
}

/**
 * Run with a temporary auth file holding these logins (and the user's own credentials for
 * the registries the Dockerfile pulls from), or with buildah's defaults when there are none. `buildah login` checks each
 * password right away and takes it on stdin, never on the command line.
 */
export async function withBuildahLogins<T>(
  build: ValidatedBuild,
  run: BuildahRunner,
  body: (authFile: string | undefined) => Promise<T>,
): Promise<T> {
  const logins = build.request.registryAuth ?? [];
  if (logins.length === 0) return body(undefined);
  const auth = createAuthFile(
    logins.map((login) => login.registry),
    pulledRegistries(build, (message) => run.log.warning(message)),
    build.request.tempRoot,
  );
  try {
    for (const { registry, username, password } of logins) {
      const args = [
        'login',
        `--authfile=${auth.file}`,
        `--username=${username}`,
        '--password-stdin',
      ];
      if (isInsecureRegistry(build.request, registry)) args.push('--tls-verify=false');
      const result = await run.buildah([...args, registry], { input: password });
      if (result.exitCode !== 0) throw loginFailed(registry, username, result);
    }
    return await body(auth.file);
  } finally {
    auth.remove();
  }
}

/**
 * buildah 1.28 can end `manifest push` with exit code 0 and an empty digest file when the
 * registry refused the upload (no credentials, say), printing no error. Ask the registry
 * for the tag with skopeo to get its own words for what went wrong.
 */
export async function explainSilentPushFailure(
  build: ValidatedBuild,
  run: BuildahRunner,
  index: number,
  authFile: string | undefined,
): Promise<ImprintError> {
  const tag = build.request.tags[index]!;
  const { registry } = build.references[index]!;
  const silent = new ImprintError(
    'REGISTRY_ERROR',
    `buildah manifest push ${tag} reported success but wrote no digest: the push to registry ${registry} failed without an error message`,
    {
      hint: `check that ${registry} accepts pushes with the credentials given (registry-username / registry-password)`,
    },
  );
  try {
    const probe = await run.skopeo(
      skopeoInspectArguments(build, registry, `docker://${tag}`, authFile),
    );
    return probe.exitCode !== 0 ? pushFailed(registry, tag, probe) : silent;
  } catch {
    return silent; // no skopeo to ask
  }
}

function skopeoInspectArguments(
  build: ValidatedBuild,
  registry: string,
  reference: string,
  authFile: string | undefined,
): string[] {
  return [
    'inspect',
    '--raw',
    ...(authFile ? [`--authfile=${authFile}`] : []),
    ...(isInsecureRegistry(build.request, registry) ? ['--tls-verify=false'] : []),
    reference,
  ];
}

export interface PushedIndex {
  mediaType?: string;
  platformDigests: Record<string, string>;
}

/**
 * The index as the registry holds it, fetched by digest from the first tag's repository
 * and checked against that digest. An optional extra: failures are warnings.
 */
export async function readPushedIndex(
  build: ValidatedBuild,
  run: BuildahRunner,
  digest: string,
  authFile: string | undefined,
): Promise<PushedIndex | undefined> {
  const { registry, repository } = build.references[0]!;
  const reference = `docker://${registry}/${repository}@${digest}`;
  const args = skopeoInspectArguments(build, registry, reference, authFile);
  const skip = (why: string): undefined => {
    run.log.warning(`platform digests not read back from ${registry}: ${why}`);
    return undefined;
  };
  let result: ExecResult;
  try {
    result = await run.skopeo(args);
  } catch {
    return skip('skopeo is not installed');
  }
  if (result.exitCode !== 0) return skip(result.stderrTail.join(' '));
  const raw = result.stdout;
  if (`sha256:${createHash('sha256').update(raw).digest('hex')}` !== digest) {
    return skip(`the index served for ${digest} does not hash to that digest`);
  }
  try {
    const index = JSON.parse(raw) as { mediaType?: unknown };
    const mediaType = typeof index.mediaType === 'string' ? index.mediaType : undefined;
    return {
      ...(mediaType ? { mediaType } : {}),
      platformDigests: platformDigestsFromIndex(index),
    };
  } catch (error) {
    return skip((error as Error).message);
  }
}

/**
 * Remove the local list and the per-platform images built into it, so repeated builds do
 * not pile up images. Only the images this list holds are touched; failures are warnings.
 */
export async function removeManifestList(run: BuildahRunner, list: string): Promise<void> {
  const quiet = { streamOutput: false };
  const inspected = await run.buildah(['manifest', 'inspect', list], quiet);
  if (inspected.exitCode !== 0) return; // the build never created it
  const instances = instanceDigests(inspected.stdout);
  const images = await run.buildah(
    ['images', '--all', '--no-trunc', '--format={{.ID}} {{.Digest}}'],
    quiet,
  );
  const ids = imageIdsWithDigests(images.stdout, instances);
  const removedList = await run.buildah(['manifest', 'rm', list], quiet);
  const removedImages = ids.length > 0 ? await run.buildah(['rmi', ...ids], quiet) : removedList;
  if (removedList.exitCode !== 0 || removedImages.exitCode !== 0) {
    run.log.warning(
      `could not remove the local manifest list ${list} and its images: remove them with buildah rmi`,
    );
  }
}

/** Pure: the instance digests of `buildah manifest inspect` output. */
export function instanceDigests(inspectOutput: string): Set<string> {
  try {
    const list = JSON.parse(inspectOutput) as { manifests?: { digest?: unknown }[] };
    return new Set((list.manifests ?? []).map((entry) => entry.digest).filter(isSha256Digest));
  } catch {
    return new Set();
  }
}

/** Pure: image IDs from `buildah images --format '{{.ID}} {{.Digest}}'` whose digest is wanted. */
export function imageIdsWithDigests(listing: string, digests: ReadonlySet<string>): string[] {
  return listing
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([id, digest]) => id !== undefined && id !== '' && digests.has(digest ?? ''))
    .map(([id]) => id!.replace(/^sha256:/, ''));
}
