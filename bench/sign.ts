/**
 * Benchmark of sign → store → read back (issue 3): one image gets one signature and three
 * attestations (SLSA provenance, an SBOM, a vulnerability report), keylessly, against the
 * loopback Sigstore stack and a local distribution registry (no referrers API: the tag-schema
 * fallback, as on most registries today). Reports wall time and every registry request, by phase.
 * Run: npm run bench -- sign
 *
 * The minimal number of registry requests for this work, on a registry without the referrers
 * API, one single-manifest image, 4 bundles (MINIMAL_REQUESTS below):
 *   lookup     2   referrers API probe (404) + GET of the fallback index tag
 *   blobs     10   4 bundle layers + the empty config, each POST + PUT (monolithic upload)
 *   manifests  4   PUT of the 4 referrer manifests
 *   index      1   one PUT of the fallback index with all 4 new entries (built on the lookup's GET)
 *   read-back  9   GET of the index + GET of each manifest and its bundle layer
 *   total     26
 * imprint spends 35 (1.35× the minimum), on purpose or for now:
 *   +3  a HEAD before each of the 5 blob uploads (the client checks before every upload): a
 *       freshly signed bundle is never there, the empty config is (its POST + PUT are saved)
 *   +1  one GET of the image manifest for the subject descriptors
 *   +5  the fallback index is written by `attachReferrers` in two batches per subject,
 *       attestations then the signature (so the signature is never visible before what it
 *       vouches for), each a GET, a PUT and one GET confirming, after a 100 ms settle wait,
 *       that no concurrent writer replaced it: 6 requests instead of 1
 * Before batching (`attachReferrer` per referrer: GET, PUT, two GETs each) it was 45, with
 * 400 ms of settle waits instead of 200.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createContext } from '../src/ci/context.js';
import { detectPlatform } from '../src/ci/choose-platform.js';
import { PlainLogger } from '../src/ci/log.js';
import { attestImage } from '../src/publish/attest-step.js';
import { prepareAttestation } from '../src/publish/prepare-signing.js';
import { chooseSigstore, type SignOptions } from '../src/publish/sign-options.js';
import { RegistryClient } from '../src/registry/client.js';
import { startRegistry, type TestRegistry } from '../test/harness/registry.js';
import { SOURCE_SHA } from '../test/harness/sigstore/claims.js';
import { startSigstoreStack, type SigstoreStack } from '../test/harness/sigstore/index.js';
import { median } from './support/stats.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const MINIMAL_REQUESTS = 26;

function githubEnv(stack: SigstoreStack): NodeJS.ProcessEnv {
  return {
    GITHUB_ACTIONS: 'true',
    ACTIONS_ID_TOKEN_REQUEST_URL: stack.githubTokenEndpoint.url,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.githubTokenEndpoint.requestToken,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY_ID: '2000',
    GITHUB_REPOSITORY_OWNER_ID: '1000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: SOURCE_SHA,
    GITHUB_RUN_ID: '9000000001',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'imprint-bench-sign-')),
  };
}

async function pushImage(registry: TestRegistry, repo: string, tag: string): Promise<string> {
  const client = new RegistryClient(registry.host, { insecure: true });
  const layer = Buffer.from(`bench ${tag} ${Date.now()} ${Math.random()}`);
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [] },
    }),
  );
  const pushedLayer = await client.pushBlob(repo, layer);
  const pushedConfig = await client.pushBlob(repo, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: pushedConfig.digest,
        size: config.length,
      },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar',
          digest: pushedLayer.digest,
          size: layer.length,
        },
      ],
    }),
  );
  const digest = await client.putManifest(
    repo,
    tag,
    manifest,
    'application/vnd.oci.image.manifest.v1+json',
  );
  await client.close();
  return digest;
}

interface Measured {
  ms: number;
  msByPhase: Record<string, number>;
  requests: number;
  byPhase: Record<string, number>;
  byMethod: Record<string, number>;
}

async function round(
  registry: TestRegistry,
  stack: SigstoreStack,
  repo: string,
  tag: string,
  digest: string,
): Promise<Measured> {
  const options: SignOptions = {
    enabled: true,
    signing: 'keyless',
    sigstore: 'custom',
    tlogUpload: true,
    fulcioUrl: stack.fulcioURL,
    rekorUrl: stack.rekorURL,
    tsaUrl: stack.tsaURL,
    trustedRoot: stack.trustedRootPath,
    provenance: true,
    provenanceExplicit: false,
    attestationFormat: 'bundle',
  };
  let phase = 'prepare';
  let phaseStarted = performance.now();
  const msByPhase: Record<string, number> = {};
  const byPhase: Record<string, number> = {};
  const byMethod: Record<string, number> = {};
  const logger = new PlainLogger(() => {});
  const startGroup = logger.startGroup.bind(logger);
  logger.startGroup = (title) => {
    msByPhase[phase] = (msByPhase[phase] ?? 0) + performance.now() - phaseStarted;
    phaseStarted = performance.now();
    phase = title.split(' ')[0]!.toLowerCase(); // sign (lookup + signing), store, read (back)
    startGroup(title);
  };
  const context = createContext({ env: {}, logger });
  const client = new RegistryClient(registry.host, {
    insecure: true,
    onRequest: (method) => {
      byPhase[phase] = (byPhase[phase] ?? 0) + 1;
      byMethod[method] = (byMethod[method] ?? 0) + 1;
    },
  });
  const started = performance.now();
  const platform = detectPlatform(githubEnv(stack));
  const prepared = await prepareAttestation(
    chooseSigstore(options, platform),
    { platform },
    context.log,
  );
  await attestImage(
    {
      client,
      repositoryPath: repo,
      name: `${registry.host}/${repo}`,
      pinned: {
        digest,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        imageRef: `${registry.host}/${repo}@${digest}`,
        platformDigests: {},
      },
    },
    prepared,
    context,
    [
      {
        predicateType: 'https://cyclonedx.org/bom',
        predicate: { bomFormat: 'CycloneDX', specVersion: '1.6', components: [{ name: tag }] },
        subjects: [digest],
      },
      {
        predicateType: 'https://cosign.sigstore.dev/attestation/vuln/v1',
        predicate: { scanner: { uri: 'pkg:github/aquasecurity/trivy@0.58.0', result: {} } },
        subjects: [digest],
      },
    ],
  );
  const ms = performance.now() - started;
  msByPhase[phase] = (msByPhase[phase] ?? 0) + performance.now() - phaseStarted;
  await client.close();
  const requests = Object.values(byPhase).reduce((a, b) => a + b, 0);
  return { ms, msByPhase, requests, byPhase, byMethod };
}

const [registry, stack] = await Promise.all([startRegistry(), startSigstoreStack()]);
try {
  const fresh: Measured[] = [];
  let last = { repo: '', tag: '', digest: '' };
  for (let index = 0; index <= ROUNDS; index += 1) {
    const repo = 'bench/sign';
    const tag = `r${index}`;
    const digest = await pushImage(registry, repo, tag);
    const measured = await round(registry, stack, repo, tag, digest);
    last = { repo, tag, digest };
    if (index > 0) fresh.push(measured); // round 0 warms up the JIT, the stack and the registry
  }
  const rerun = await round(registry, stack, last.repo, last.tag, last.digest);
  const sample = fresh[fresh.length - 1]!;
  console.log(
    `sign + store + read back: 1 signature + 3 attestations, keyless, 1 image (${ROUNDS} rounds, loopback Sigstore, distribution 2.8)`,
  );
  console.log(
    `  wall time      median ${median(fresh.map((m) => m.ms)).toFixed(0)} ms, min ${Math.min(...fresh.map((m) => m.ms)).toFixed(0)} ms (token + Fulcio + 4× Rekor/TSA + registry)`,
  );
  const phases = Object.keys(sample.msByPhase).map(
    (name) => `${name} ${median(fresh.map((m) => m.msByPhase[name] ?? 0)).toFixed(0)} ms`,
  );
  console.log(
    `  by phase       ${phases.join(', ')} (store includes 100 ms per index update, 2 per subject: the wait for a concurrent writer)`,
  );
  console.log(
    `  registry requests ${sample.requests} (minimal ${MINIMAL_REQUESTS}); by phase ${JSON.stringify(sample.byPhase)}; by method ${JSON.stringify(sample.byMethod)}`,
  );
  console.log(
    `  re-run on the same image (nothing to sign): ${rerun.ms.toFixed(0)} ms, ${rerun.requests} registry requests ${JSON.stringify(rerun.byPhase)}`,
  );
} finally {
  await Promise.all([registry.stop(), stack.stop()]);
}
