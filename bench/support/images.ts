/**
 * The benchmark images, shared by the SBOM and scan-target benchmarks: one OCI layout cached
 * under /tmp/imprint-bench-cache with two tags, "small" = the cached debootstrap Debian root
 * alone (~140 MB of blobs) and "large" = that root plus synthetic layers of many partly
 * compressible files (~1 GB of blobs in all); plus the timing helpers both use.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  createReadStream,
  createWriteStream,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip, gunzipSync } from 'node:zlib';
import { debianRoot } from '../../test/integration/sbom/support/debian-root.js';

// Bump LAYOUT's name when the recipe below changes.
const CACHE = process.env.IMPRINT_BENCH_CACHE ?? '/tmp/imprint-bench-cache';
// Bump when the recipe below changes.
export const LAYOUT = join(CACHE, 'sbom-oci-layout-v1');
const EXTRA_LAYERS = 4;
const EXTRA_LAYER_TARGET = 215 * 1000 * 1000; // compressed bytes per synthetic layer
const NPM_PACKAGES_PER_LAYER = 250;
const LAYER_TYPE = 'application/vnd.oci.image.layer.v1.tar+gzip';
export const MiB = 1024 * 1024;

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
}
interface BuiltLayer extends Descriptor {
  diffId: string;
}

/** Passes bytes through while hashing them (digest of the gzip blob, diff ID of the tar). */
function hashTap(hash: ReturnType<typeof createHash>, counter?: { bytes: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      if (counter) counter.bytes += chunk.length;
      callback(null, chunk);
    },
  });
}

/** A 512-byte ustar header for a regular file (names are short, so no prefix field). */
function tarHeader(name: string, size: number): Buffer {
  const header = Buffer.alloc(512);
  const octal = (value: number, width: number) => value.toString(8).padStart(width - 1, '0') + '\0';
  header.write(name, 0, 100, 'utf8');
  header.write(octal(0o644, 8), 100);
  header.write(octal(0, 8), 108);
  header.write(octal(0, 8), 116);
  header.write(octal(size, 12), 124);
  header.write(octal(1_700_000_000, 12), 136);
  header.write('        ', 148); // checksum is computed with this field as spaces
  header.write('0', 156);
  header.write('ustar\u000000', 257);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(octal(sum, 7) + ' ', 148);
  return header;
}

function* tarEntry(name: string, body: Buffer): Generator<Buffer> {
  yield tarHeader(name, body.length);
  yield body;
  const pad = (512 - (body.length % 512)) % 512;
  if (pad) yield Buffer.alloc(pad);
}

/**
 * Files whose first half comes from a random pool (incompressible; offsets far apart so gzip's
 * 32 KiB window never sees a repeat) and whose second half is log-like text: roughly 60% of the
 * raw size survives gzip, so decompression has real work. Plus npm package.json files so the
 * catalogers find something in every synthetic layer.
 */
function* syntheticTar(
  layer: number,
  random: Buffer,
  text: Buffer,
  budget: () => boolean,
): Generator<Buffer> {
  for (let pkg = 0; pkg < NPM_PACKAGES_PER_LAYER; pkg += 1) {
    const name = `bench-l${layer}-p${pkg}`;
    const manifest = { name, version: `1.${layer}.${pkg}`, license: 'MIT' };
    yield* tarEntry(
      `app${layer}/node_modules/${name}/package.json`,
      Buffer.from(JSON.stringify(manifest)),
    );
  }
  for (let file = 0; budget(); file += 1) {
    const size = 16 * 1024 * (1 + ((file * 7) % 8)); // 16..128 KiB
    const half = size / 2;
    const randomAt = ((file * 2_654_435_761 + layer * 97) >>> 0) % (random.length - half);
    const textAt = (file * 4099) % (text.length - half);
    const body = Buffer.concat([
      random.subarray(randomAt, randomAt + half),
      text.subarray(textAt, textAt + half),
    ]);
    yield* tarEntry(`data${layer}/d${file % 256}/f${file}.bin`, body);
  }
  yield Buffer.alloc(1024); // end-of-archive
}

function logText(bytes: number): Buffer {
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i += 1) {
    const line = `2026-11-22T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} level=info req=${(i * 7919) % 100_000} path=/api/v1/items/${i % 977} took=${i % 313}ms\n`;
    lines.push(line);
    length += line.length;
  }
  return Buffer.from(lines.join(''));
}

async function writeBlob(blobs: string, source: Readable): Promise<BuiltLayer> {
  const diff = createHash('sha256');
  const digest = createHash('sha256');
  const counter = { bytes: 0 };
  const temp = join(blobs, `.partial-${process.pid}-${Math.random().toString(36).slice(2)}`);
  await pipeline(
    source,
    hashTap(diff),
    createGzip(),
    hashTap(digest, counter),
    createWriteStream(temp),
  );
  const hex = digest.digest('hex');
  renameSync(temp, join(blobs, hex));
  return {
    mediaType: LAYER_TYPE,
    digest: `sha256:${hex}`,
    size: counter.bytes,
    diffId: `sha256:${diff.digest('hex')}`,
  };
}

async function syntheticLayer(
  blobs: string,
  layer: number,
  random: Buffer,
  text: Buffer,
): Promise<BuiltLayer> {
  // Stop adding files once the raw bytes written predict the compressed target (ratio ~0.6).
  let raw = 0;
  const budget = () => raw < EXTRA_LAYER_TARGET / 0.6;
  const counted = function* (): Generator<Buffer> {
    for (const chunk of syntheticTar(layer, random, text, budget)) {
      raw += chunk.length;
      yield chunk;
    }
  };
  return writeBlob(blobs, Readable.from(counted(), { objectMode: false }));
}

async function debianLayer(blobs: string): Promise<BuiltLayer> {
  const { tarball } = await debianRoot();
  const digest = createHash('sha256');
  const diff = createHash('sha256');
  await pipeline(
    createReadStream(tarball),
    hashTap(digest),
    createGunzip(),
    hashTap(diff),
    new Writable({ write: (_chunk, _encoding, callback) => callback() }),
  );
  const hex = digest.digest('hex');
  const target = join(blobs, hex);
  if (!existsSync(target)) {
    try {
      linkSync(tarball, target);
    } catch {
      copyFileSync(tarball, target);
    }
  }
  return {
    mediaType: LAYER_TYPE,
    digest: `sha256:${hex}`,
    size: statSync(tarball).size,
    diffId: `sha256:${diff.digest('hex')}`,
  };
}

function putJson(blobs: string, value: unknown, mediaType: string): Descriptor {
  const bytes = Buffer.from(JSON.stringify(value));
  const hex = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(join(blobs, hex), bytes);
  return { mediaType, digest: `sha256:${hex}`, size: bytes.length };
}

function imageManifest(blobs: string, layers: BuiltLayer[]): Descriptor {
  const config = putJson(
    blobs,
    {
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.diffId) },
    },
    'application/vnd.oci.image.config.v1+json',
  );
  const mediaType = 'application/vnd.oci.image.manifest.v1+json';
  const descriptors = layers.map(({ mediaType: type, digest, size }) => ({
    mediaType: type,
    digest,
    size,
  }));
  return putJson(blobs, { schemaVersion: 2, mediaType, config, layers: descriptors }, mediaType);
}

/** The OCI layout with tags `small` and `large`, built once and reused. */
export async function ensureLayout(): Promise<void> {
  if (existsSync(join(LAYOUT, '.complete'))) return;
  const started = performance.now();
  rmSync(LAYOUT, { recursive: true, force: true });
  const blobs = join(LAYOUT, 'blobs', 'sha256');
  mkdirSync(blobs, { recursive: true });
  const root = await debianLayer(blobs);
  const random = randomBytes(64 * MiB);
  const text = logText(4 * MiB);
  // zlib runs in the libuv thread pool, so the layers compress in parallel.
  const extra = await Promise.all(
    Array.from({ length: EXTRA_LAYERS }, (_, layer) => syntheticLayer(blobs, layer, random, text)),
  );
  const manifests = [
    { tag: 'small', descriptor: imageManifest(blobs, [root]) },
    { tag: 'large', descriptor: imageManifest(blobs, [root, ...extra]) },
  ];
  writeFileSync(join(LAYOUT, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  writeFileSync(
    join(LAYOUT, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: manifests.map(({ tag, descriptor }) => ({
        ...descriptor,
        annotations: { 'org.opencontainers.image.ref.name': tag },
      })),
    }),
  );
  writeFileSync(join(LAYOUT, '.complete'), new Date().toISOString());
  console.log(`generated images in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

export function layerBlobs(tag: string): string[] {
  const index = JSON.parse(readFileSync(join(LAYOUT, 'index.json'), 'utf8')) as {
    manifests: { digest: string; annotations: Record<string, string> }[];
  };
  const entry = index.manifests.find(
    (manifest) => manifest.annotations['org.opencontainers.image.ref.name'] === tag,
  )!;
  const blobPath = (digest: string) =>
    join(LAYOUT, 'blobs', 'sha256', digest.slice('sha256:'.length));
  const manifest = JSON.parse(readFileSync(blobPath(entry.digest), 'utf8')) as {
    layers: Descriptor[];
  };
  return manifest.layers.map((layer) => blobPath(layer.digest));
}

/** Rebuilds dist/ when any source file is newer than the bundle. */
export function ensureBundle(): void {
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .reduce(
        (max, entry) => Math.max(max, statSync(join(entry.parentPath, entry.name)).mtimeMs),
        0,
      );
  if (existsSync('dist/cli.js') && newest('src') < newest('dist')) return;
  console.log('dist/ is older than src/: npm run build');
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * What any reader that checks digests must spend here, measured with this Node's own zlib:
 * the CPU seconds of sha256 + gunzip of each layer (the blob read first, not counted), and the
 * wall time no reader can beat on `cores` cores: the largest single layer (one gzip stream
 * inflates on one core) or the total spread over every core, whichever is longer.
 */
export function nodeFloor(blobs: string[], cores: number): { cpu: number; wall: number } {
  const perLayer = blobs.map((blob) => {
    const bytes = readFileSync(blob);
    const started = process.cpuUsage();
    createHash('sha256').update(bytes).digest();
    gunzipSync(bytes, { chunkSize: MiB });
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1e6;
  });
  const cpu = perLayer.reduce((sum, seconds) => sum + seconds, 0);
  return { cpu, wall: Math.max(Math.max(...perLayer), cpu / cores) };
}

export function timedGunzip(blobs: string[]): number {
  const devNull = openSync('/dev/null', 'w');
  const started = performance.now();
  for (const blob of blobs) {
    const result = spawnSync('gzip', ['-dc', blob], {
      stdio: ['ignore', devNull, 'pipe'],
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`gzip -dc ${blob} failed: ${result.stderr}`);
  }
  return (performance.now() - started) / 1000;
}
