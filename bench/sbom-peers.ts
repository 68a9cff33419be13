/**
 * `imprint sbom` beside the SBOM generators people pick today, on the same pushed image:
 *  - the two images of bench/support/images.ts ("small", the ~140 MB debootstrap Debian root;
 *    "large", ~1 GB), pushed with skopeo to a local registry (test/harness/registry.ts) that
 *    all three tools read over plain HTTP by tag;
 *  - per image and round, each as a child process under /usr/bin/time (wall time, peak RSS):
 *    imprint sbom (CycloneDX 1.6), `syft scan registry:… -o cyclonedx-json` and
 *    `trivy image --format cyclonedx` (an SBOM only: no vulnerability scan; each run gets a
 *    fresh copy of a cache holding the test DB and an empty Java DB, as Trivy cannot download
 *    them here, so no layer analysis is reused), all writing their SBOM to a file;
 *  - the floor: `gzip -dc` of each layer blob to /dev/null, one after another;
 *  - Node's floor: the CPU of sha256 + gunzip of each layer with Node's own zlib, and the wall
 *    time that CPU needs at best on this machine's cores (one gzip stream is one core's work).
 * syft and Trivy are the pinned peers of test/peers/tools.json (`npm run peers` builds them).
 * Prints the median seconds, the largest peak RSS and each tool's ratio to the floor and to the
 * faster peer, and the component count each tool's SBOM holds.
 * Run: npm run bench -- sbom-peers   (BENCH_ROUNDS to vary, default 3)
 */
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry } from '../test/harness/registry.js';
import { peerCommand } from '../test/peers/tools.js';
import { buildTrivyDb } from '../test/peers/trivy/trivy-db.js';
import { MiB, ensureLayout, layerBlobs, nodeFloor, timedGunzip } from './support/images.js';
import { type Measured, ecosystems, imprintCli, pushLayoutTag, timedRun } from './support/runs.js';
import { median } from './support/stats.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface Tool {
  name: string;
  /** Runs the tool once on `reference`, writing its CycloneDX SBOM to `output`. */
  run(reference: string, output: string): Measured;
}

/** `trivyCache`: a Trivy cache with a DB and an empty Java DB (no download is possible here). */
function tools(registryHost: string, trivyCache: string): Tool[] {
  const cli = imprintCli();
  // Fail first, naming `npm run peers`, when a peer is not installed.
  const [syft] = peerCommand('syft');
  const [trivy] = peerCommand('trivy');
  const base = { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: tmpdir() };
  return [
    {
      name: 'imprint sbom',
      run: (reference, output) =>
        timedRun([
          process.execPath,
          cli,
          'sbom',
          reference,
          '--insecure-registries',
          registryHost,
          '--output',
          output,
        ]),
    },
    {
      name: 'syft',
      run: (reference, output) =>
        timedRun(
          [syft!, 'scan', `registry:${reference}`, '--output', `cyclonedx-json=${output}`, '-q'],
          { ...base, SYFT_REGISTRY_INSECURE_USE_HTTP: 'true', SYFT_CHECK_FOR_APP_UPDATE: 'false' },
        ),
    },
    {
      name: 'trivy image',
      run: (reference, output) => {
        // A copy per run: Trivy keeps its layer analyses (fanal/) in the cache directory.
        const cache = mkdtempSync(join(tmpdir(), 'imprint-bench-trivy-'));
        cpSync(trivyCache, cache, { recursive: true });
        try {
          // go-containerregistry speaks plain HTTP to 127.0.0.1 by itself.
          return timedRun(
            [
              trivy!,
              'image',
              '--format',
              'cyclonedx',
              '--output',
              output,
              '--quiet',
              '--cache-dir',
              cache,
              '--skip-db-update',
              '--skip-java-db-update',
              '--image-src',
              'remote',
              reference,
            ],
            base,
          );
        } finally {
          rmSync(cache, { recursive: true, force: true });
        }
      },
    },
  ];
}

function mib(kib: number): string {
  return `${(kib / 1024).toFixed(0)} MiB`;
}

async function main(): Promise<void> {
  await ensureLayout();
  const registry = await startRegistry();
  const outputs = mkdtempSync(join(tmpdir(), 'imprint-bench-sbom-peers-'));
  try {
    const contenders = tools(registry.host, (await buildTrivyDb()).cacheDir);
    const outputFor = (tag: string, tool: Tool) =>
      join(outputs, `${tag}-${tool.name.replace(/\W+/g, '-')}.json`);
    for (const tag of ['small', 'large']) {
      const reference = `${registry.host}/bench/sbom-peers:${tag}`;
      pushLayoutTag(tag, reference);
      const blobs = layerBlobs(tag);
      const bytes = blobs.reduce((sum, blob) => sum + statSync(blob).size, 0);
      const runs = new Map<string, Measured[]>(contenders.map((tool) => [tool.name, []]));
      const gunzip: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const tool of contenders) {
          runs.get(tool.name)!.push(tool.run(reference, outputFor(tag, tool)));
        }
        gunzip.push(timedGunzip(blobs));
      }
      const floor = median(gunzip);
      const seconds = (name: string) => median(runs.get(name)!.map((run) => run.seconds));
      const fasterPeer = Math.min(seconds('syft'), seconds('trivy image'));
      console.log(
        `image ${tag}: ${blobs.length} layers, ${(bytes / 1e6).toFixed(0)} MB (${(bytes / MiB).toFixed(0)} MiB) of gzip blobs; ${ROUNDS} round(s), medians`,
      );
      for (const tool of contenders) {
        const measured = runs.get(tool.name)!;
        const wall = seconds(tool.name);
        const peak = Math.max(...measured.map((run) => run.peakKiB));
        const sbom = ecosystems(outputFor(tag, tool));
        console.log(
          `  ${tool.name.padEnd(12)} ${wall.toFixed(2).padStart(6)} s  peak RSS ${mib(peak).padStart(8)}  ` +
            `${(wall / floor).toFixed(2)}× floor  ${(wall / fasterPeer).toFixed(2)}× faster peer  ` +
            `[${measured.map((run) => run.seconds.toFixed(2)).join(', ')}]  ${sbom}`,
        );
      }
      console.log(
        `  ${'gzip -dc'.padEnd(12)} ${floor.toFixed(2).padStart(6)} s  (the floor: decompression only) [${gunzip.map((s) => s.toFixed(2)).join(', ')}]`,
      );
      const cores = availableParallelism();
      const best = nodeFloor(blobs, cores);
      console.log(
        `  ${'node floor'.padEnd(12)} ${best.wall.toFixed(2).padStart(6)} s  (sha256 + gunzip of each layer with Node's zlib: ${best.cpu.toFixed(2)} s of CPU; ` +
          `no reader that checks digests finishes sooner on ${cores} cores: ${(best.wall / fasterPeer).toFixed(2)}× faster peer)`,
      );
      console.log(
        '  goals for imprint: ≤ 0.5× the faster peer, ≤ 1.2× the floor, peak RSS ≤ 256 MiB',
      );
    }
  } finally {
    rmSync(outputs, { recursive: true, force: true });
    await registry.stop();
  }
}

await main();
