/**
 * One verify run, whatever door it came through: options → policy, images (given and found
 * in manifests), trust → the engine → the report. What the step leaves behind (report files,
 * annotations, outputs, summary) is the doors' (src/doors/verify-step.ts).
 */
import { resolve } from 'node:path';
import type { CiContext } from '../ci/context.js';
import { progressFor } from '../ci/progress.js';
import { readCaFile } from '../registry/ca-file.js';
import { ImprintError } from '../errors.js';
import { dedupeImages, imagesFromManifests, type LocatedImage } from '../manifests/index.js';
import { loadPolicy } from '../policy/load.js';
import { policyFromFlags } from '../policy/from-flags.js';
import type { Policy } from '../policy/schema.js';
import { imageGlobWarnings } from '../policy/glob-lint.js';
import { signerOverlapWarnings } from '../policy/signer-overlap.js';
import { verifyImages, type VerifyRegistryOptions } from './engine.js';
import type { VerifyReport } from './model.js';
import type { VerifyOptions } from './options.js';
import { BundleFileEvidence } from './bundle-file-evidence.js';
import { loadBundleFiles } from './bundle-files.js';
import { RegistryPool, type RegistryOptions } from '../registry/pool.js';
import { loadTrustSet, type TrustSet } from './trust.js';

/** Progress as timed lines, never a bar: the engine logs a line per image, which would land on a bar's line. */
const LINES_ONLY = { isTTY: false, write: () => true };

export interface VerifyEnvironment {
  env: NodeJS.ProcessEnv;
  /** Where relative paths (manifests, policy keys, reports) resolve; default process.cwd(). */
  cwd?: string;
  now?: Date;
  /** Registry client settings beyond the inputs (time limits, request hooks) — tests and benchmarks. */
  registry?: Omit<VerifyRegistryOptions, 'insecureRegistries' | 'caCertificates' | 'env'>;
}

export async function runVerify(
  options: VerifyOptions,
  context: CiContext,
  environment: VerifyEnvironment,
): Promise<VerifyReport> {
  const cwd = environment.cwd ?? process.cwd();
  const policy = await choosePolicy(options, cwd);
  for (const warning of [...signerOverlapWarnings(policy), ...imageGlobWarnings(policy)]) {
    context.log.warning(`policy: ${warning}`);
  }
  const images = await collectImages(options, cwd, context);
  const trust = await loadTrustSet(policy, {
    ...(options.trustedRoot !== undefined && { trustedRootPath: options.trustedRoot }),
    offline: options.offline,
    cwd,
  });
  const caCertificates = options.registryCaFile
    ? [readCaFile(resolve(cwd, options.registryCaFile))]
    : [];
  const registry = {
    ...environment.registry,
    insecureRegistries: options.insecureRegistries,
    caCertificates,
    env: environment.env,
  };
  const fromFiles = await bundleFileGatherer(options, cwd, registry, trust, context);
  context.log.startGroup(`Verifying ${images.length} image(s) (mode ${policy.mode})`);
  let report: VerifyReport;
  try {
    report = await verifyImages({
      images,
      policy,
      trust,
      now: environment.now ?? new Date(),
      offline: options.offline,
      registry,
      log: context.log,
      progress: progressFor(context, LINES_ONLY),
      ...(fromFiles && { gatherer: fromFiles.gatherer }),
    });
  } finally {
    context.log.endGroup();
    await fromFiles?.pool.close();
  }
  for (const note of fromFiles?.gatherer.notes() ?? []) context.log.warning(note);
  return report;
}

/** With `bundles`, evidence comes from those files; the registry is asked at most for manifests. */
async function bundleFileGatherer(
  options: VerifyOptions,
  cwd: string,
  registry: RegistryOptions,
  trust: TrustSet,
  context: CiContext,
): Promise<{ gatherer: BundleFileEvidence; pool: RegistryPool } | undefined> {
  if (options.bundles.length === 0) return undefined;
  const files = await loadBundleFiles(options.bundles, cwd);
  context.log.info(
    `evidence from ${files.bundles.length} bundle file(s), not from the registry` +
      (files.manifests.size > 0 ? `; ${files.manifests.size} image manifest(s) beside them` : ''),
  );
  const pool = new RegistryPool(registry, context.log);
  return { gatherer: new BundleFileEvidence(files, pool, trust), pool };
}

async function choosePolicy(options: VerifyOptions, cwd: string): Promise<Policy> {
  const policy =
    'file' in options.policy
      ? // Relative to the working directory as given, so messages name the file as the user wrote it.
        await loadPolicy(
          cwd === process.cwd() ? options.policy.file : resolve(cwd, options.policy.file),
        )
      : policyFromFlags(options.policy.flags);
  return options.mode === undefined ? policy : { ...policy, mode: options.mode };
}

async function collectImages(
  options: VerifyOptions,
  cwd: string,
  context: CiContext,
): Promise<LocatedImage[]> {
  const given = options.images.map((reference) => ({ reference, locations: [] }));
  if (options.manifests.length === 0) return dedupeImages(given);
  const scan = await imagesFromManifests(options.manifests, { cwd });
  context.log.info(`${scan.images.length} image(s) in ${scan.files.length} manifest file(s)`);
  for (const note of scan.notes) context.log.warning(note);
  if (scan.images.length === 0 && given.length === 0) {
    throw new ImprintError(
      'INPUT_INVALID',
      `The manifests (${scan.files.join(', ')}) deploy no image, so there is nothing to verify.`,
      { hint: 'point `manifests` at Kubernetes workloads, Compose files or kustomizations' },
    );
  }
  return dedupeImages([...given, ...scan.images]);
}
