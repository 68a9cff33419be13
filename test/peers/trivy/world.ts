/**
 * What the real-Trivy tests run against: an anonymous distribution registry on loopback (Trivy
 * pulls the image and its DB from it over plain HTTP, as ggcr does for 127.0.0.1), the loopback
 * Sigstore stack, the real Trivy on PATH, the fixture DB pushed as Trivy's DB artifact, and
 * `imprint publish` driving it all the way a GitHub job does.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { messageOf } from '../../../src/errors.js';
import { readPublishOptions } from '../../../src/publish/options.js';
import { runPublish } from '../../../src/publish/run.js';
import { capturedContext } from '../../harness/context.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { SOURCE_SHA } from '../../harness/sigstore/claims.js';
import { type SigstoreStack, startSigstoreStack } from '../../harness/sigstore/index.js';
import { peerCommand, peerEntry } from '../tools.js';
import { buildTrivyDb, pushTrivyDb, type TrivyDb } from './trivy-db.js';

export interface TrivyWorld {
  registry: TestRegistry;
  stack: SigstoreStack;
  db: TrivyDb;
  /** `--db-repository` of the fixture DB in the loopback registry. */
  dbRepository: string;
  /** The real trivy binary, and the version to pin (trivy-version) so imprint takes it. */
  trivy: string;
  trivyVersion: string;
  work: string;
  stop(): Promise<void>;
}

export async function startTrivyWorld(): Promise<TrivyWorld> {
  const [registry, stack, db] = await Promise.all([
    startRegistry(),
    startSigstoreStack(),
    buildTrivyDb(),
  ]);
  const dbRepository = await pushTrivyDb(registry, db.archive);
  const [trivy] = peerCommand('trivy');
  return {
    registry,
    stack,
    db,
    dbRepository,
    trivy: trivy!,
    trivyVersion: peerEntry('trivy').version.replace(/^v/, ''),
    work: mkdtempSync(join(tmpdir(), 'imprint-peers-trivy-')),
    stop: async () => {
      await Promise.all([registry.stop(), stack.stop()]);
    },
  };
}

/** A GitHub job's environment, with the real Trivy first on PATH. */
export function githubEnv(world: TrivyWorld): NodeJS.ProcessEnv {
  return {
    GITHUB_ACTIONS: 'true',
    ACTIONS_ID_TOKEN_REQUEST_URL: world.stack.githubTokenEndpoint.url,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: world.stack.githubTokenEndpoint.requestToken,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY_ID: '2000',
    GITHUB_REPOSITORY_OWNER_ID: '1000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: SOURCE_SHA,
    GITHUB_RUN_ID: '9000000001',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'imprint-runner-temp-')),
    PATH: [dirname(world.trivy), process.env.PATH ?? ''].join(delimiter),
  };
}

export interface PublishRun {
  /** Where this run's SBOM folder, reports (trivy.sarif, gl-container-scanning-report.json) are. */
  dir: string;
  outputs: Record<string, string>;
  log: string;
  summary: string;
  error?: unknown;
}

/**
 * A Trivy cache holding only the (empty) Java DB. Trivy fetches the Java DB itself, lazily,
 * when an image has jars, from a registry this machine cannot reach; imprint manages only the
 * vulnerability DB, which it downloads into this cache from the loopback registry.
 */
export function freshCache(world: TrivyWorld, dir: string): string {
  cpSync(join(world.db.cacheDir, 'java-db'), join(dir, 'java-db'), { recursive: true });
  return dir;
}

/** `imprint publish` with a fresh Trivy cache dir per call unless the inputs name one. */
export async function publish(
  world: TrivyWorld,
  inputs: Record<string, string>,
): Promise<PublishRun> {
  const out = mkdtempSync(join(world.work, 'run-'));
  mkdirSync(join(out, 'sbom'));
  const summaryFile = join(out, 'summary.md');
  const { context, output } = capturedContext(summaryFile);
  const values: Record<string, string> = {
    'insecure-registries': world.registry.host,
    sigstore: 'custom',
    'fulcio-url': world.stack.fulcioURL,
    'rekor-url': world.stack.rekorURL,
    'tsa-url': world.stack.tsaURL,
    'trusted-root': world.stack.trustedRootPath,
    builder: 'docker',
    scan: 'true',
    'trivy-version': world.trivyVersion,
    'db-repository': world.dbRepository,
    'trivy-cache-dir': freshCache(world, join(out, 'trivy-cache')),
    'sbom-path': join(out, 'sbom'),
    'vuln-report-path': join(out, 'vulnerabilities.json'),
    'sarif-path': join(out, 'trivy.sarif'),
    'gitlab-report-path': join(out, 'gl-container-scanning-report.json'),
    ...inputs,
  };
  let error: unknown;
  try {
    await runPublish(
      readPublishOptions((name) => values[name]),
      context,
      { env: githubEnv(world), sigstoreRetry: { retries: 1, minTimeoutMs: 10, maxTimeoutMs: 20 } },
    );
  } catch (caught) {
    error = caught;
  }
  return {
    dir: out,
    outputs: context.outputs(),
    log: output(),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    ...(error !== undefined && { error }),
  };
}

export function succeeded(run: PublishRun): PublishRun {
  if (run.error !== undefined) {
    throw new Error(`publish failed: ${messageOf(run.error)}\n--- log\n${run.log}`);
  }
  return run;
}
