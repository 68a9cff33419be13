// Run: node --experimental-strip-types bench/sbom/generate.ts [layer.tar.gz] [runs]
// (Node 24 strips types itself; the flag keeps Node 22 working.) The sources import each
// other with `.js` suffixes, so a resolve hook below maps them to the `.ts` files.
//
// Measures generateSbom end to end:
// 1. a real root filesystem layer (default: the debootstrap root the integration tests cache
//    under /tmp/imprint-test-cache; pass any gzip layer tarball instead), with 1 and 3 layer
//    walks at once over three copies of it;
// 2. a synthetic image of 5 uncompressed layers × 20,000 files, each upper layer deleting a
//    tenth of the files below it (whiteouts) and hiding one directory (opaque): the merge cost.
// Prints the median of N runs, the peak RSS of the process, and what was found.
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LayerSource } from '../../src/sbom/layers.js';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (
      specifier.startsWith('.') &&
      specifier.endsWith('.js') &&
      context.parentURL?.startsWith('file:')
    ) {
      const candidate = fileURLToPath(
        new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL),
      );
      if (existsSync(candidate)) return nextResolve(pathToFileURL(candidate).href, context);
    }
    return nextResolve(specifier, context);
  },
});

const { generateSbom } = await import('../../src/sbom/generate.js');
const tar = (await import('tar-stream')).default;

const CACHE = '/tmp/imprint-test-cache';
const RUNS = Number(process.argv[3] ?? 3);
const IMAGE = { name: 'bench.local/imprint/sbom', digest: `sha256:${'0'.repeat(64)}` };

function defaultTarball(): string {
  const dir = existsSync(CACHE)
    ? readdirSync(CACHE).find(
        (name) => name.startsWith('debian-bookworm-minbase-') && !name.endsWith('.lock'),
      )
    : undefined;
  if (!dir)
    throw new Error(
      `no layer given and no cached Debian root in ${CACHE}: run test/integration/sbom first or pass a tarball`,
    );
  return join(CACHE, dir, 'rootfs.tar.gz');
}

function fileLayer(path: string, digest: string): LayerSource {
  return {
    digest,
    mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
    open: () => Promise.resolve(createReadStream(path)),
  };
}

async function tarOf(entries: { name: string; body?: string }[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const chunk of pack) chunks.push(chunk as Buffer);
  })();
  for (const entry of entries) pack.entry({ name: entry.name, mode: 0o644 }, entry.body ?? '');
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

async function syntheticLayers(): Promise<LayerSource[]> {
  const layers: LayerSource[] = [];
  for (let layer = 0; layer < 5; layer += 1) {
    const entries: { name: string; body?: string }[] = [];
    if (layer > 0) {
      for (let i = 0; i < 2000; i += 1)
        entries.push({ name: `data/l${layer - 1}/d${i % 200}/.wh.f${i}` });
      entries.push({ name: `data/l${layer - 1}/d7/.wh..wh..opq` });
    }
    for (let i = 0; i < 20_000; i += 1)
      entries.push({ name: `data/l${layer}/d${i % 200}/f${i}`, body: 'x' });
    entries.push({
      name: `app${layer}/node_modules/pkg${layer}/package.json`,
      body: JSON.stringify({ name: `pkg${layer}`, version: '1.0.0' }),
    });
    const bytes = await tarOf(entries);
    layers.push({
      digest: `sha256:${String(layer).repeat(64)}`,
      mediaType: 'application/vnd.oci.image.layer.v1.tar',
      open: () => Promise.resolve(Readable.from([bytes])),
    });
  }
  return layers;
}

async function measure(
  label: string,
  run: () => Promise<{ components: unknown[] }>,
): Promise<void> {
  const times: number[] = [];
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  let found = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    found = (await run()).components.length;
    times.push(performance.now() - start);
  }
  clearInterval(timer);
  times.sort((a, b) => a - b);
  console.log(
    `${label}: median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms over ${RUNS} runs, ${found} components, peak RSS ${(peak / 1e6).toFixed(0)} MB`,
  );
}

const tarball = process.argv[2] || defaultTarball();
const real = fileLayer(tarball, `sha256:${'a'.repeat(64)}`);
await measure('real root, 1 layer', () => generateSbom({ image: IMAGE, layers: [real] }));
for (const concurrency of [1, 3]) {
  await measure(`real root ×3 layers, concurrency ${concurrency}`, () =>
    generateSbom({ image: IMAGE, layers: [real, real, real], concurrency }),
  );
}
const synthetic = await syntheticLayers();
await measure('synthetic 5 layers × 20,000 files with whiteouts', () =>
  generateSbom({ image: IMAGE, layers: synthetic }),
);
