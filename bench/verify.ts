/**
 * Benchmarks of the verify engine on a local registry (distribution 2.8: referrers through
 * the tag-schema fallback):
 *  1. 100 images, each with a cosign v3 signature and SBOM, vulnerability and provenance
 *     attestations, key-signed and logged in the loopback Rekor, attached as publishers attach
 *     them: images per second, and registry requests per image;
 *  2. memory while verifying 1,000 such images (signed without a log, stored in one write per
 *     image so the setup stays short): peak heap and RSS growth over the run.
 * Each run also reports the CPU time of verify and of the registry server, and the load average:
 * on a shared machine the images per second follow the load.
 * Run: npm run bench -- verify   (BENCH_IMAGES, BENCH_MEMORY_IMAGES, BENCH_CONCURRENCY (one
 * value or a list such as 4,8), BENCH_ROUNDS (runs per concurrency on the same images),
 * BENCH_REGISTRY_GOGC to vary; BENCH_REGISTRY_AUTH=bearer puts a token service in front of the
 * registry, as on ghcr.io or Docker Hub, verify pulling anonymously;
 * BENCH_PROFILE=file.cpuprofile profiles the verify phase of each run, the last one kept)
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { cosignSignStatement } from '../src/attest/statement.js';
import { buildReferrerManifest } from '../src/attest/storage/referrer.js';
import { parsePolicy } from '../src/policy/load.js';
import { RegistryClient } from '../src/registry/client.js';
import { MEDIA_TYPES } from '../src/registry/manifest.js';
import { referrersTag } from '../src/registry/referrers.js';
import { createSigner, type ImprintSigner } from '../src/sigstore/sign/index.js';
import { verifyImages } from '../src/verify/engine.js';
import { loadTrustSet } from '../src/verify/trust.js';
import { startRegistry, type TestRegistry } from '../test/harness/registry.js';
import { startSigstoreStack } from '../test/harness/sigstore/index.js';
import {
  attachFullEvidence,
  pushImage,
  type PushedImage,
  statementFor,
  trivyPredicate,
} from '../test/integration/verify/evidence-store.js';
import { type CpuShare, describeCpu, measureCpu } from './support/cpu.js';
import { countConnections, RequestTally } from './support/requests.js';
import { median } from './support/stats.js';

const IMAGES = Number(process.env.BENCH_IMAGES ?? 100);
const MEMORY_IMAGES = Number(process.env.BENCH_MEMORY_IMAGES ?? 1000);
/** One value, or several ("4,8") compared in alternation on the same images. */
const CONCURRENCIES = (process.env.BENCH_CONCURRENCY ?? '8').split(',').map(Number);
/** Verify runs per concurrency on the same images (alternating), reported with their median. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const SETUP_PARALLEL = 8;
/**
 * The registry shares the machine with verify and costs more CPU per image than verify does;
 * at Go's default GOGC (100) most of that is collecting distribution's 4 MiB per-blob buffers.
 * 400 measures verify against a registry that is not starved for GC; 100 is distribution as shipped.
 */
const REGISTRY_GOGC = Number(process.env.BENCH_REGISTRY_GOGC ?? 400);
const BEARER = process.env.BENCH_REGISTRY_AUTH === 'bearer';

function benchRegistry(): Promise<TestRegistry> {
  return startRegistry({
    goGc: REGISTRY_GOGC,
    ...(BEARER && { auth: 'bearer', anonymousPull: true }),
  });
}

/** The setup's client: it pushes, so it logs in where the registry asks for credentials. */
function setupClient(registry: TestRegistry): RegistryClient {
  const { username, password } = registry;
  return new RegistryClient(registry.host, {
    insecure: true,
    ...(BEARER && { credentials: { username, password, source: 'bench' } }),
  });
}

const POLICY = (requireTlog: boolean) => `apiVersion: imprint/v1
kind: Policy
trust: {requireTlog: ${requireTlog}}
signers:
  - key: ./bench.pub
attestations:
  - type: https://cyclonedx.org/bom
  - type: https://cosign.sigstore.dev/attestation/vuln/v1
    vulnerabilities: {maxSeverity: HIGH}
  - type: https://slsa.dev/provenance/v1
`;

async function inBatches<T>(count: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += SETUP_PARALLEL) {
    const batch = Array.from({ length: Math.min(SETUP_PARALLEL, count - start) }, (_, i) =>
      task(start + i),
    );
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

function keyPair(dir: string): string {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(join(dir, 'bench.pub'), publicKey.export({ format: 'pem', type: 'spki' }));
  return privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

/** One write per image: the four referrer manifests, then the fallback index naming all four. */
async function attachAtOnce(
  client: RegistryClient,
  image: PushedImage,
  signer: ImprintSigner,
): Promise<void> {
  const bundles = await Promise.all([
    signer.signDsse(cosignSignStatement(image.digest)),
    signer.signDsse(
      statementFor(image, image.digest, 'https://cyclonedx.org/bom', {
        bomFormat: 'CycloneDX',
        components: [],
      }),
    ),
    signer.signDsse(
      statementFor(
        image,
        image.digest,
        'https://cosign.sigstore.dev/attestation/vuln/v1',
        trivyPredicate(['MEDIUM']),
      ),
    ),
    signer.signDsse(
      statementFor(image, image.digest, 'https://slsa.dev/provenance/v1', {
        runDetails: { builder: { id: 'bench' } },
      }),
    ),
  ]);
  const descriptors = [];
  for (const bundle of bundles) {
    const built = buildReferrerManifest({ bundle: bundle, subject: image.descriptor });
    for (const blob of built.blobs) await client.pushBlob(image.repository, blob.bytes);
    await client.putManifest(image.repository, built.digest, built.manifestBytes, built.mediaType);
    descriptors.push(built.descriptor);
  }
  const index = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: descriptors }),
  );
  await client.putManifest(
    image.repository,
    referrersTag(image.digest),
    index,
    MEDIA_TYPES.ociIndex,
  );
}

async function verifyRun(
  registry: TestRegistry,
  dir: string,
  references: string[],
  requireTlog: boolean,
  concurrency: number,
  trustedRootPath?: string,
): Promise<Run> {
  const policy = parsePolicy(POLICY(requireTlog));
  const trust = await loadTrustSet(policy, {
    offline: true,
    cwd: dir,
    ...(trustedRootPath && { trustedRootPath }),
  });
  const tally = new RequestTally();
  // process.memoryUsage() walks every heap space and reads /proc, and even its rss() reads
  // /proc: about a millisecond under load, which every 20 ms bills the bench's own sampling to
  // verify's CPU. The heap is read every 20 ms (microseconds), the RSS every 100 ms.
  const baseline = { heapUsed: getHeapStatistics().used_heap_size, rss: process.memoryUsage.rss() };
  let peakHeap = baseline.heapUsed;
  let peakRss = baseline.rss;
  let tick = 0;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
    if (++tick % 5 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);
  const [[report, cpu], connections] = await countConnections(() =>
    measureCpu(() =>
      verifyImages({
        images: references.map((reference) => ({ reference, locations: [] })),
        policy,
        trust,
        now: new Date(),
        offline: true,
        concurrency,
        registry: { insecureRegistries: [registry.host], onRequest: tally.onRequest },
      }),
    ),
  );
  clearInterval(sampler);
  if (!report.verified)
    throw new Error(
      `bench images did not verify: ${JSON.stringify(report.images[0]?.verdict.checks)}`,
    );
  return {
    seconds: cpu.wallSeconds,
    cpu,
    requests: tally,
    connections,
    peakHeapMiB: (peakHeap - baseline.heapUsed) / 2 ** 20,
    peakRssMiB: (peakRss - baseline.rss) / 2 ** 20,
  };
}

interface Run {
  seconds: number;
  cpu: CpuShare;
  requests: RequestTally;
  /** Connections opened to the registry during the run. */
  connections: number;
  peakHeapMiB: number;
  peakRssMiB: number;
}

/** ROUNDS verify runs per concurrency, alternating; each printed, then the medians. */
async function inRounds(count: number, run: (concurrency: number) => Promise<Run>) {
  const rates = new Map<number, number[]>(CONCURRENCIES.map((c) => [c, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const concurrency of CONCURRENCIES) {
      const result = await run(concurrency);
      rates.get(concurrency)!.push(count / result.seconds);
      printRun(count, concurrency, result);
    }
  }
  if (ROUNDS === 1) return;
  for (const [concurrency, values] of rates) {
    const all = values.map((v) => v.toFixed(1)).join(', ');
    console.log(
      `median of ${ROUNDS} (concurrency ${concurrency}): ${median(values).toFixed(1)} images/s (${all})`,
    );
  }
}

function printRun(count: number, concurrency: number, run: Run): void {
  console.log(
    `verify ${count} images (concurrency ${concurrency}): ${run.seconds.toFixed(2)} s, ${(count / run.seconds).toFixed(1)} images/s`,
  );
  const { requests } = run;
  console.log(
    `  registry requests: ${requests.total} in all, ${(requests.total / count).toFixed(2)} per image (minimum 4 + 2n = 12, + 1 referrers-API probe per run), over ${run.connections} connections`,
  );
  console.log(`    per image: ${requests.perImage(count)}`);
  console.log(
    `  peak heap growth ${run.peakHeapMiB.toFixed(1)} MiB, peak RSS growth ${run.peakRssMiB.toFixed(1)} MiB`,
  );
  console.log(
    `  ${describeCpu(run.cpu, `registry server (GOGC ${REGISTRY_GOGC})`)}, verify ${((1000 * run.cpu.selfSeconds) / count).toFixed(1)} ms and registry ${((1000 * run.cpu.childrenSeconds) / count).toFixed(1)} ms of CPU per image`,
  );
}

async function throughput(): Promise<void> {
  if (IMAGES <= 0) return;
  const [registry, stack] = await Promise.all([benchRegistry(), startSigstoreStack()]);
  const dir = mkdtempSync(join(tmpdir(), 'imprint-bench-verify-'));
  const client = setupClient(registry);
  try {
    const signer = await createSigner({
      signing: 'key',
      privateKeyPem: keyPair(dir),
      sigstore: 'custom',
      rekorUrl: stack.rekorURL,
    });
    const setupStarted = performance.now();
    const images = await inBatches(IMAGES, async (i) => {
      const image = await pushImage(client, `bench/app-${i % 10}`, `v${i}`);
      await attachFullEvidence(client, image, signer);
      return image.pinned; // verify refuses tag-only references by default
    });
    console.log(
      `setup: ${IMAGES} images × (1 signature + 3 attestations), Rekor-logged, attached as referrers in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
    );
    await inRounds(IMAGES, (concurrency) =>
      verifyRun(registry, dir, images, true, concurrency, stack.trustedRootPath),
    );
  } finally {
    await client.close();
    await Promise.all([registry.stop(), stack.stop()]);
  }
}

async function memory(): Promise<void> {
  if (MEMORY_IMAGES <= 0) return;
  const registry = await benchRegistry();
  const dir = mkdtempSync(join(tmpdir(), 'imprint-bench-verify-'));
  const client = setupClient(registry);
  try {
    const signer = await createSigner({
      signing: 'key',
      privateKeyPem: keyPair(dir),
      sigstore: 'custom',
    });
    const setupStarted = performance.now();
    const images = await inBatches(MEMORY_IMAGES, async (i) => {
      const image = await pushImage(client, `bench/many-${i % 20}`, `v${i}`);
      await attachAtOnce(client, image, signer);
      return image.pinned; // verify refuses tag-only references by default
    });
    console.log(
      `setup: ${MEMORY_IMAGES} images with 4 bundles each (no log) in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
    );
    await inRounds(MEMORY_IMAGES, (concurrency) =>
      verifyRun(registry, dir, images, false, concurrency),
    );
  } finally {
    await client.close();
    await registry.stop();
  }
}

await throughput();
await memory();
