/**
 * Benchmark of `imprint sbom` (issue 4) against the physical floor of reading the same image:
 *  - the two images of bench/support/images.ts: "small" (~140 MB of gzip blobs, a debootstrap
 *    Debian root) and "large" (~1 GB);
 *  - both pushed with skopeo to a local registry (test/harness/registry.ts);
 *  - per image: (a) the real bundle, `node dist/cli.js sbom`, as a child under /usr/bin/time
 *    (wall time, peak RSS), and (b) `gzip -dc` of each blob to /dev/null, one after another.
 *    (a) also pulls over HTTP and may walk layers concurrently; (b) is only the decompression.
 * Run: npm run bench -- sbom   (BENCH_ROUNDS to vary; the median of the rounds is printed)
 */
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry } from '../test/harness/registry.js';
import { MiB, ensureLayout, layerBlobs, timedGunzip } from './support/images.js';
import { ecosystems, imprintCli, pushLayoutTag, timedRun } from './support/runs.js';
import { median } from './support/stats.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function timedSbom(cli: string, reference: string, host: string, output: string) {
  return timedRun([
    process.execPath,
    cli,
    'sbom',
    reference,
    '--insecure-registries',
    host,
    '--output',
    output,
  ]);
}

async function main(): Promise<void> {
  const cli = imprintCli();
  await ensureLayout();
  const registry = await startRegistry();
  try {
    for (const tag of ['small', 'large']) {
      const reference = `${registry.host}/bench/sbom:${tag}`;
      pushLayoutTag(tag, reference);
      const blobs = layerBlobs(tag);
      const bytes = blobs.reduce((sum, blob) => sum + statSync(blob).size, 0);
      const sbom: number[] = [];
      const peaks: number[] = [];
      const gunzip: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const run = timedSbom(cli, reference, registry.host, '/dev/null');
        sbom.push(run.seconds);
        peaks.push(run.peakKiB);
        gunzip.push(timedGunzip(blobs));
      }
      const output = join(tmpdir(), `imprint-bench-sbom-${tag}.json`);
      timedSbom(cli, reference, registry.host, output);
      const a = median(sbom);
      const b = median(gunzip);
      console.log(
        `image ${tag}: ${blobs.length} layers, ${(bytes / 1e6).toFixed(0)} MB (${(bytes / MiB).toFixed(0)} MiB) of gzip blobs`,
      );
      console.log(
        `  (a) imprint sbom: median ${a.toFixed(2)} s over ${ROUNDS} runs [${sbom.map((s) => s.toFixed(2)).join(', ')}]`,
      );
      console.log(
        `  (b) gzip -dc, sequential: median ${b.toFixed(2)} s [${gunzip.map((s) => s.toFixed(2)).join(', ')}]`,
      );
      console.log(`  ratio a/b: ${(a / b).toFixed(2)} (goal <= 1.5)`);
      console.log(
        `  peak RSS of (a): max ${(Math.max(...peaks) / 1024).toFixed(0)} MiB [${peaks.map((k) => (k / 1024).toFixed(0)).join(', ')}] (goal <= 256 MiB)`,
      );
      console.log(`  SBOM: ${ecosystems(output)}`);
      rmSync(output, { force: true });
    }
  } finally {
    await registry.stop();
  }
}

await main();
