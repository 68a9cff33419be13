/**
 * Benchmark of `imprint copy` between two local registries (distribution 2.8), side by side
 * with `crane copy` of the same image alone (crane from the peers, as CI would use it):
 * a 5-layer image of BENCH_LAYER_MB (default 200) random MB per layer, with a cosign signature
 * and SBOM, vulnerability and provenance attestations as OCI referrers. Each run copies into a
 * fresh target registry, so neither tool finds anything already there. Goal: ≤ 1.2× crane.
 * Run: npm run bench -- copy   (BENCH_LAYER_MB, BENCH_RUNS, CRANE to vary)
 */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { copyImage } from '../src/copy/copy.js';
import { RegistryClient } from '../src/registry/client.js';
import { descriptorOf, MEDIA_TYPES } from '../src/registry/manifest.js';
import { createSigner } from '../src/sigstore/sign/index.js';
import { startRegistry } from '../test/harness/registry.js';
import { attachFullEvidence, type PushedImage } from '../test/integration/verify/evidence-store.js';
import { median } from './support/stats.js';

const LAYER_MB = Number(process.env.BENCH_LAYER_MB ?? 200);
const LAYERS = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CRANE =
  process.env.CRANE ?? join(homedir(), '.cache', 'imprint-peers', 'crane@v0.22.1', 'crane');

/** LAYER_MB of random bytes, made as they are read: a 1 GB image never sits in memory. */
function randomLayer(): Readable {
  let left = LAYER_MB;
  return new Readable({
    read() {
      this.push(left-- > 0 ? randomBytes(1024 * 1024) : null);
    },
  });
}

async function pushBigImage(client: RegistryClient, repository: string): Promise<PushedImage> {
  const layers = [];
  for (let i = 0; i < LAYERS; i += 1) {
    const pushed = await client.pushBlob(repository, randomLayer());
    layers.push({
      mediaType: 'application/vnd.oci.image.layer.v1.tar',
      digest: pushed.digest,
      size: pushed.size,
    });
  }
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers' } }),
  );
  await client.pushBlob(repository, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: descriptorOf(config, MEDIA_TYPES.ociConfig),
      layers,
    }),
  );
  const digest = await client.putManifest(repository, '1.0.0', manifest, MEDIA_TYPES.ociManifest);
  return {
    repository,
    reference: `${client.registry}/${repository}:1.0.0`,
    pinned: `${client.registry}/${repository}@${digest}`,
    digest,
    descriptor: { mediaType: MEDIA_TYPES.ociManifest, digest, size: manifest.length },
  };
}

/** BENCH_TRACE=1: every log line with the time since the copy started, to see where it goes. */
function traceLog() {
  const started = performance.now();
  const line = (text: string) =>
    console.log(`  +${((performance.now() - started) / 1000).toFixed(2)}s ${text}`);
  return {
    info: line,
    debug: line,
    warning: line,
    error: line,
    startGroup: line,
    endGroup: () => undefined,
    addSecret: () => undefined,
  };
}

/** GNU time, when there: crane's CPU time, which runs in a child this process cannot measure. */
const GNU_TIME = '/usr/bin/time';

/** `crane copy`, and the CPU seconds it used (user + system) when GNU time can tell. */
function craneCopy(from: string, to: string): number | undefined {
  const args = ['copy', '--insecure', from, to];
  const stdio: ['ignore', 'ignore', 'inherit'] = ['ignore', 'ignore', 'inherit'];
  if (!existsSync(GNU_TIME)) {
    execFileSync(CRANE, args, { stdio });
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-copy-'));
  try {
    const report = join(dir, 'time');
    execFileSync(GNU_TIME, ['-f', '%U %S', '-o', report, CRANE, ...args], { stdio });
    const [user = 0, system = 0] = readFileSync(report, 'utf8').trim().split(/\s+/).map(Number);
    return user + system;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Wall time, and the CPU time of this process (imprint's; crane runs in a child). */
async function timed(task: () => Promise<void>): Promise<{ ms: number; cpuMs: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await task();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

async function main(): Promise<void> {
  const source = await startRegistry();
  const client = new RegistryClient(source.host, { insecure: true });
  try {
    const setup = performance.now();
    const image = await pushBigImage(client, 'bench/app');
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const signer = await createSigner({
      signing: 'key',
      privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      sigstore: 'custom',
    });
    await attachFullEvidence(client, image, signer);
    console.log(
      `setup: ${LAYERS} layers × ${LAYER_MB} MB + 4 attestations in ${((performance.now() - setup) / 1000).toFixed(1)} s`,
    );
    const imprint: number[] = [];
    const crane: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      for (const tool of ['imprint', 'crane'] as const) {
        const target = await startRegistry();
        try {
          let craneCpu: number | undefined;
          const { ms, cpuMs } = await timed(async () => {
            if (tool === 'crane') {
              craneCpu = craneCopy(image.pinned, `${target.host}/prod/app`);
              return;
            }
            const requests: Record<string, number> = {};
            const result = await copyImage({
              source: image.pinned,
              target: `${target.host}/prod/app:1.0.0`,
              cwd: process.cwd(),
              registry: {
                insecureRegistries: [source.host, target.host],
                onRequest: (method) => (requests[method] = (requests[method] ?? 0) + 1),
              },
              ...(process.env.BENCH_TRACE && { log: traceLog() }),
            });
            // The machine may be loaded: what was sent says more than the clock alone.
            const sent = Object.entries(requests).map(([method, count]) => `${count} ${method}`);
            console.log(
              `  imprint requests: ${sent.join(', ')}; ${(result.counts.bytesCopied / 1024 / 1024).toFixed(0)} MiB in ${result.counts.blobsCopied} blobs`,
            );
          });
          (tool === 'imprint' ? imprint : crane).push(ms);
          const cpuSeconds = tool === 'imprint' ? cpuMs / 1000 : craneCpu;
          const cpu = cpuSeconds === undefined ? '' : ` (CPU ${cpuSeconds.toFixed(2)} s)`;
          // Others' jobs share the machine: the load says how far the clock can be trusted.
          const load = loadavg()[0]!.toFixed(1);
          console.log(
            `run ${run + 1}: ${tool.padEnd(7)} ${(ms / 1000).toFixed(2)} s${cpu}, load ${load}`,
          );
        } finally {
          await target.stop();
        }
      }
    }
    const ratio = median(imprint) / median(crane);
    console.log(
      `median: imprint copy (image + 4 attestations) ${(median(imprint) / 1000).toFixed(2)} s, ` +
        `crane copy (image alone) ${(median(crane) / 1000).toFixed(2)} s: ${ratio.toFixed(2)}× crane (goal ≤ 1.2×)`,
    );
  } finally {
    await client.close();
    await source.stop();
  }
}

await main();
