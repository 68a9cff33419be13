/**
 * What a peers test runs against: a distribution registry with Basic auth (cosign reads the
 * credentials from DOCKER_CONFIG, as in CI), the loopback Sigstore stack, and `imprint publish`
 * driving both. Images are pushed straight to the registry (single manifest or a two-platform
 * index) so each publish only signs and attests.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPublishOptions } from '../../src/publish/options.js';
import { runPublish } from '../../src/publish/run.js';
import { RegistryClient } from '../../src/registry/client.js';
import { capturedContext } from '../harness/context.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import { SOURCE_SHA } from '../harness/sigstore/claims.js';
import { type SigstoreStack, startSigstoreStack } from '../harness/sigstore/index.js';
import { trivyGoldensDir } from '../interop/scan/fixtures.js';
import { tarBytes } from '../unit/sbom/support/layers.js';
import { type StandInTrivy, writeStandInTrivy } from '../integration/scan/stand-in-trivy.js';
import { DEFAULT_TRIVY_VERSION } from '../../src/inputs/tables/scan.js';

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const GITHUB_SAN =
  'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
export const GITLAB_SAN = 'https://gitlab.com/acme/app//.gitlab-ci.yml@refs/heads/main';
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const GITLAB_ISSUER = 'https://gitlab.com';

/** An Alpine package database, so the SBOM lists packages (and Trivy's golden report fits). */
const APK_DB = ['P:musl', 'V:1.1.20-r4', 'A:x86_64', 'L:MIT', 'o:musl', ''].join('\n');

export interface World {
  registry: TestRegistry;
  stack: SigstoreStack;
  /** A folder with config.json holding the registry's credentials: cosign's DOCKER_CONFIG. */
  dockerConfig: string;
  /** The stand-in Trivy (test/integration/scan) that replays a real golden report. */
  trivy: StandInTrivy;
  work: string;
  stop(): Promise<void>;
}

export async function startWorld(): Promise<World> {
  const [registry, stack] = await Promise.all([
    startRegistry({ auth: 'basic' }),
    startSigstoreStack(),
  ]);
  const work = mkdtempSync(join(tmpdir(), 'imprint-peers-'));
  const dockerConfig = join(work, 'docker');
  const auth = Buffer.from(`${registry.username}:${registry.password}`).toString('base64');
  mkdirSync(dockerConfig);
  writeFileSync(
    join(dockerConfig, 'config.json'),
    JSON.stringify({ auths: { [registry.host]: { auth } } }),
    { mode: 0o600 },
  );
  const trivy = writeStandInTrivy(join(work, 'bin'), {
    version: DEFAULT_TRIVY_VERSION,
    reportFile: join(trivyGoldensDir(), 'alpine-39.json.golden'),
  });
  return {
    registry,
    stack,
    dockerConfig,
    trivy,
    work,
    stop: async () => {
      await Promise.all([registry.stop(), stack.stop()]);
    },
  };
}

export function registryClient(world: World): RegistryClient {
  return new RegistryClient(world.registry.host, {
    insecure: true,
    credentials: {
      username: world.registry.username,
      password: world.registry.password,
      source: 'test',
    },
  });
}

/**
 * A tiny image pushed straight to the registry; `platforms` makes it an index of them, and
 * `apkDb` replaces its Alpine package database (what the SBOM will list).
 */
export async function pushImage(
  world: World,
  repo: string,
  tag: string,
  platforms: string[] = [],
  apkDb = APK_DB,
): Promise<string> {
  const client = registryClient(world);
  try {
    const manifest = async (platform: string, reference: string) => {
      const [os, architecture] = platform.split('/');
      const layer = await tarBytes([
        { name: 'lib/apk/db/installed', body: apkDb },
        { name: 'hello.txt', body: `${repo} ${tag} ${platform} ${Math.random()}\n` },
      ]);
      const config = Buffer.from(
        JSON.stringify({ architecture, os, rootfs: { type: 'layers', diff_ids: [] } }),
      );
      const [layerBlob, configBlob] = [
        await client.pushBlob(repo, layer),
        await client.pushBlob(repo, config),
      ];
      const bytes = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_MANIFEST,
          config: {
            mediaType: 'application/vnd.oci.image.config.v1+json',
            digest: configBlob.digest,
            size: config.length,
          },
          layers: [
            {
              mediaType: 'application/vnd.oci.image.layer.v1.tar',
              digest: layerBlob.digest,
              size: layer.length,
            },
          ],
        }),
      );
      const digest = await client.putManifest(repo, reference, bytes, OCI_MANIFEST);
      return { digest, size: bytes.length, platform: { os, architecture } };
    };
    if (platforms.length === 0) return (await manifest('linux/amd64', tag)).digest;
    const children = [];
    for (const platform of platforms)
      children.push(await manifest(platform, `${tag}-${platform.replace('/', '-')}`));
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: children.map((child) => ({ mediaType: OCI_MANIFEST, ...child })),
      }),
    );
    return await client.putManifest(repo, tag, index, OCI_INDEX);
  } finally {
    await client.close();
  }
}

/** The platform manifests an index lists, as the registry serves it. */
export async function platformDigests(
  world: World,
  repo: string,
  index: string,
): Promise<string[]> {
  const client = registryClient(world);
  try {
    const fetched = await client.getManifest(repo, index, { accept: OCI_INDEX });
    const { manifests } = JSON.parse(fetched.bytes.toString('utf8')) as {
      manifests: { digest: string }[];
    };
    return manifests.map((manifest) => manifest.digest);
  } finally {
    await client.close();
  }
}

export function githubEnv(world: World): NodeJS.ProcessEnv {
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
    RUNNER_TEMP: mkdtempSync(join(world.work, 'runner-temp-')),
    PATH: `${world.trivy.dir}:${process.env.PATH}`,
  };
}

export async function gitlabEnv(world: World): Promise<NodeJS.ProcessEnv> {
  return {
    GITLAB_CI: 'true',
    SIGSTORE_ID_TOKEN: await world.stack.mintToken({ shape: 'gitlab' }),
    CI_PROJECT_URL: 'https://gitlab.com/acme/app',
    CI_SERVER_HOST: 'gitlab.com',
    CI_PROJECT_PATH: 'acme/app',
    CI_COMMIT_BRANCH: 'main',
    CI_PIPELINE_ID: '574',
    CI_PIPELINE_SOURCE: 'push',
    CI_PROJECT_ID: '20',
    CI_PROJECT_NAMESPACE_ID: '72',
    CI_JOB_NAME: 'publish',
    CI_JOB_URL: 'https://gitlab.com/acme/app/-/jobs/302',
    CI_COMMIT_SHA: SOURCE_SHA,
    PATH: `${world.trivy.dir}:${process.env.PATH}`,
  };
}

export interface Published {
  outputs: Record<string, string>;
  log: string;
  summary: string;
}

/** `imprint publish` of an image already in the registry (builder none), through the stack. */
export async function publish(
  world: World,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
): Promise<Published> {
  const summaryFile = join(mkdtempSync(join(world.work, 'summary-')), 'summary.md');
  const { context, output } = capturedContext(summaryFile);
  const values: Record<string, string> = {
    builder: 'none',
    'insecure-registries': world.registry.host,
    'registry-username': world.registry.username,
    'registry-password': world.registry.password,
    sigstore: 'custom',
    'fulcio-url': world.stack.fulcioURL,
    'rekor-url': world.stack.rekorURL,
    'tsa-url': world.stack.tsaURL,
    'trusted-root': world.stack.trustedRootPath,
    'trivy-cache-dir': join(world.work, 'trivy-cache'),
    'vuln-report-path': join(mkdtempSync(join(world.work, 'report-')), 'vulnerabilities.json'),
    ...inputs,
  };
  try {
    await runPublish(
      readPublishOptions((name) => values[name]),
      context,
      { env, sigstoreRetry: { retries: 1, minTimeoutMs: 10, maxTimeoutMs: 20 } },
    );
  } catch (error) {
    throw new Error(`publish failed: ${String(error)}\n${output()}`, { cause: error });
  }
  return { outputs: context.outputs(), log: output(), summary: readFileSync(summaryFile, 'utf8') };
}
