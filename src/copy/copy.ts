/**
 * `imprint copy SRC DST`: the image and all its evidence from one repository to another,
 * digests unchanged (as `cosign copy` and `oras cp -r`). With a policy, the image is verified
 * at the source first (nothing is copied when it fails) and at the target afterwards.
 */
import { ImprintError } from '../errors.js';
import type { FallbackWriteOptions } from '../registry/fallback-index.js';
import {
  DEFAULT_TAG,
  formatReference,
  type ImageReference,
  parseReference,
  repositoryPath,
} from '../registry/reference.js';
import { RegistryPool, type RegistryOptions } from '../registry/pool.js';
import type { Logger } from '../ci/log.js';
import { openGate } from './gate.js';
import { manifestsOf, readSource } from './source.js';
import { type CopyCounts, writeCopy } from './write.js';

export interface CopyRequest {
  source: string;
  target: string;
  policyFile?: string;
  trustedRoot?: string;
  cwd: string;
  registry: RegistryOptions;
  fallback?: FallbackWriteOptions;
  log?: Logger;
}

export interface CopyResult {
  digest: string;
  /** registry/repository@digest on the target. */
  target: string;
  /** The tag written on the target, if any. */
  tag?: string;
  /** Manifests in the copy: image, platforms, referrers, cosign tags. */
  manifests: number;
  referrers: number;
  counts: CopyCounts;
  /** Whether the policy was checked at both ends. */
  verified: boolean;
}

export async function copyImage(request: CopyRequest): Promise<CopyResult> {
  const source = parseReference(request.source);
  const target = parseReference(request.target);
  const gate = request.policyFile
    ? await openGate({
        policyFile: request.policyFile,
        ...(request.trustedRoot !== undefined && { trustedRoot: request.trustedRoot }),
        cwd: request.cwd,
        registry: request.registry,
      })
    : undefined;
  const pool = new RegistryPool(request.registry, request.log);
  try {
    const sourceClient = await pool.client(source.registry);
    const digest = await resolveDigest(source, sourceClient);
    checkTarget(source, target, digest);
    const pinned = (reference: ImageReference) => `${repositoryPath(reference)}@${digest}`;
    if (gate) {
      await gate.check(pinned(source), 'source');
      request.log?.info(`${pinned(source)} passes ${gate.policySource}`);
    }
    const read = await readSource(sourceClient, source.repository, digest);
    const manifests = manifestsOf(read).length;
    const referrers = read.referrers.reduce((sum, group) => sum + group.referrers.length, 0);
    request.log?.info(
      `copying ${manifests} manifest(s) (${referrers} referrer(s), ${read.classic.length} cosign tag(s)) to ${repositoryPath(target)}`,
    );
    const tag = target.tag ?? (target.digest === undefined ? source.tag : undefined);
    const counts = await writeCopy(
      {
        source: { client: sourceClient, repository: source.repository },
        target: { client: await pool.client(target.registry), repository: target.repository },
      },
      read,
      {
        ...(tag !== undefined && { tag }),
        ...(request.fallback && { fallback: request.fallback }),
        ...(request.log && { log: (line: string) => request.log!.debug(line) }),
      },
    );
    if (gate) {
      await gate.check(pinned(target), 'target');
      request.log?.info(`${pinned(target)} passes ${gate.policySource} on the target`);
    }
    return {
      digest,
      target: pinned(target),
      ...(tag !== undefined && { tag }),
      manifests,
      referrers,
      counts,
      verified: gate !== undefined,
    };
  } finally {
    await pool.close();
  }
}

async function resolveDigest(
  source: ImageReference,
  client: Awaited<ReturnType<RegistryPool['client']>>,
): Promise<string> {
  if (source.digest) return source.digest;
  const found = await client.headManifest(source.repository, source.tag ?? DEFAULT_TAG);
  if (!found) {
    throw new ImprintError('REGISTRY_NOT_FOUND', `${formatReference(source)} does not exist.`, {
      hint: 'Check the source reference; copy reads the image from there.',
    });
  }
  return found.digest;
}

function checkTarget(source: ImageReference, target: ImageReference, digest: string): void {
  if (target.digest !== undefined && target.digest !== digest) {
    throw new ImprintError(
      'INPUT_CONFLICT',
      `The target ${formatReference(target)} names the digest ${target.digest}, but the source ${formatReference(source)} is ${digest}: a copy keeps digests.`,
      { hint: 'Give the target as registry/repository[:tag], without a digest.' },
    );
  }
  if (repositoryPath(source) === repositoryPath(target)) {
    throw new ImprintError(
      'INPUT_INVALID',
      `The source and the target are the same repository (${repositoryPath(source)}).`,
      { hint: 'Copy to another repository or registry.' },
    );
  }
}
