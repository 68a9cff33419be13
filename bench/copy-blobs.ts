/**
 * The CPU cost of copy's blob path alone: BENCH_LAYERS (default 5) layers of BENCH_LAYER_MB
 * (default 200) random MB each go from one local registry to another as `imprint copy` moves
 * them (a streamed download checked against its digest, one streamed PATCH per blob, 4 at
 * once), with no manifests, evidence or crane around them. Run it a few rounds: the first
 * warms the JIT, the median of the rest says more than one bench/copy.ts run on a shared
 * machine. BENCH_PROFILE=<file.cpuprofile> profiles the last round (bench/support/cpu.ts).
 * Run: npm run bench -- copy-blobs   (BENCH_LAYERS, BENCH_LAYER_MB, BENCH_RUNS to vary)
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { RegistryClient } from '../src/registry/client.js';
import type { PushedBlob } from '../src/registry/blob-upload.js';
import { mapLimit } from '../src/verify/concurrency.js';
import { startRegistry } from '../test/harness/registry.js';
import { type CpuShare, measureCpu } from './support/cpu.js';
import { median } from './support/stats.js';

const LAYERS = Number(process.env.BENCH_LAYERS ?? 5);
const LAYER_MB = Number(process.env.BENCH_LAYER_MB ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** As copy moves them (src/copy/write.ts). */
const BLOBS_AT_ONCE = 4;
/** distribution's GC is not what this measures (test/harness/registry.ts, goGc). */
const SERVER_GOGC = 400;

function randomLayer(): Readable {
  let left = LAYER_MB;
  return new Readable({
    read() {
      this.push(left-- > 0 ? randomBytes(1024 * 1024) : null);
    },
  });
}

/** Every blob from `source` to a fresh repository of `target`, as copy's Writer moves them. */
async function copyBlobs(
  source: RegistryClient,
  target: RegistryClient,
  repository: string,
  blobs: readonly PushedBlob[],
): Promise<void> {
  await mapLimit(blobs, BLOBS_AT_ONCE, async (blob) => {
    const stream = await source.getBlob('bench/app', blob.digest);
    stream.on('error', () => undefined); // the upload reports it
    await target.pushBlob(repository, stream, {
      digest: blob.digest,
      size: blob.size,
      streamVerifiesDigest: true,
      oneRequest: true,
      knownMissing: true,
    });
  });
}

function line(share: CpuShare): string {
  const gb = (LAYERS * LAYER_MB) / 1024;
  return (
    `${share.wallSeconds.toFixed(2)} s, CPU ${share.selfSeconds.toFixed(2)} s ` +
    `(${(share.selfSeconds / gb).toFixed(2)} s/GB), registries ${share.childrenSeconds.toFixed(2)} s, ` +
    `load ${share.load.toFixed(1)}`
  );
}

async function main(): Promise<void> {
  const sourceRegistry = await startRegistry({ goGc: SERVER_GOGC });
  const targetRegistry = await startRegistry({ goGc: SERVER_GOGC });
  const setup = new RegistryClient(sourceRegistry.host, { insecure: true });
  try {
    const blobs: PushedBlob[] = [];
    for (let i = 0; i < LAYERS; i += 1)
      blobs.push(await setup.pushBlob('bench/app', randomLayer()));
    const cpu: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const source = new RegistryClient(sourceRegistry.host, { insecure: true });
      const target = new RegistryClient(targetRegistry.host, { insecure: true });
      try {
        const [, share] = await measureCpu(() =>
          copyBlobs(source, target, `bench/run${run}`, blobs),
        );
        if (run > 0) cpu.push(share.selfSeconds);
        console.log(`run ${run + 1}${run === 0 ? ' (warm-up)' : ''}: ${line(share)}`);
      } finally {
        await source.close();
        await target.close();
      }
    }
    if (cpu.length > 0) {
      const sorted = [...cpu].sort((a, b) => a - b);
      console.log(
        `imprint CPU after warm-up: median ${median(cpu).toFixed(2)} s, ` +
          `range ${sorted[0]!.toFixed(2)}–${sorted.at(-1)!.toFixed(2)} s for ${LAYERS} × ${LAYER_MB} MB`,
      );
    }
  } finally {
    await setup.close();
    await sourceRegistry.stop();
    await targetRegistry.stop();
  }
}

await main();
