/**
 * What decides `scan-target` (issue 5): `image` (Trivy pulls and analyses the pushed image) or
 * `sbom` (Trivy reads imprint's SBOM). Trivy itself cannot run here, so this measures the
 * parts that can be measured, on real data:
 *  1. The input each target makes Trivy read, for the two benchmark images (see
 *     support/images.ts) pushed to a local registry. image: the manifest, config and every
 *     layer pulled over HTTP and gunzipped, all layers at once as Trivy does: a floor under
 *     Trivy's own pull, before any analyser runs, on loopback (a runner pulling from ghcr.io
 *     adds the network). sbom: the SBOM file, and writing Trivy's view of it.
 *  2. What Trivy can look up from the SBOM: components whose purl type Trivy reads, and OS
 *     packages whose advisories are filed under a source package named or versioned apart
 *     from the binary (libc6 ← glibc): Trivy finds those only through the
 *     aquasecurity:trivy:Src* properties, and would look under the binary otherwise.
 *  3. The most an SBOM scan can find: the findings of Trivy's own container-image goldens
 *     (fixtures/trivy/goldens), by the package type Trivy found them in, split by whether
 *     imprint's catalogers read that type. A finding in a type they do not read is one only
 *     `scan-target: image` reports.
 * Run: npm run bench -- scan-target   (BENCH_ROUNDS, default 3; medians are printed)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable, Transform, Writable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { writeTrivySbomInput } from '../src/scan/sbom-input.js';
import { startRegistry } from '../test/harness/registry.js';
import { LAYOUT, MiB, ensureBundle, ensureLayout } from './support/images.js';
import { median } from './support/stats.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const FIXTURES = process.env.IMPRINT_FIXTURES ?? resolve('..', 'shared', 'fixtures');

/** purl types `trivy sbom` turns into packages (Trivy's purl → package class mapping). */
const TRIVY_PURL_TYPES = new Set([
  'apk',
  'deb',
  'rpm',
  'npm',
  'pypi',
  'maven',
  'gem',
  'golang',
  'cargo',
  'nuget',
  'composer',
  'conda',
  'hex',
  'pub',
  'swift',
  'cocoapods',
]);

/** Trivy result types (Class os-pkgs / lang-pkgs) imprint's catalogers read in an image. */
const CATALOGED_BY_IMPRINT: Record<string, string> = {
  alpine: 'apk',
  debian: 'dpkg',
  ubuntu: 'dpkg',
  redhat: 'rpm',
  centos: 'rpm',
  alma: 'rpm',
  rocky: 'rpm',
  oracle: 'rpm',
  amazon: 'rpm',
  fedora: 'rpm',
  photon: 'rpm',
  jar: 'java',
  gemspec: 'ruby',
  'python-pkg': 'python',
  'node-pkg': 'npm',
  gobinary: 'go',
};

interface ManifestJson {
  config: { digest: string; size: number };
  layers: { digest: string; size: number }[];
}

/** Pulls the image as a remote scanner must, every layer gunzipped to nowhere. */
async function pullFloor(base: string, repository: string, tag: string) {
  const started = performance.now();
  const response = await fetch(`${base}/v2/${repository}/manifests/${tag}`, {
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  const manifest = (await response.json()) as ManifestJson;
  const blob = (digest: string) => fetch(`${base}/v2/${repository}/blobs/${digest}`);
  let bytes = (await (await blob(manifest.config.digest)).arrayBuffer()).byteLength;
  let unpacked = 0;
  await Promise.all(
    manifest.layers.map(async (layer) => {
      const body = (await blob(layer.digest)).body as WebReadableStream<Uint8Array>;
      await pipeline(
        Readable.fromWeb(body),
        new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            bytes += chunk.length;
            callback(null, chunk);
          },
        }),
        createGunzip({ chunkSize: 256 * 1024 }),
        new Writable({
          write(chunk: Buffer, _encoding, callback) {
            unpacked += chunk.length;
            callback();
          },
        }),
      );
    }),
  );
  return { seconds: (performance.now() - started) / 1000, bytes, unpacked };
}

interface BomComponent {
  type?: string;
  name?: string;
  version?: string;
  purl?: string;
  properties?: { name: string; value: string }[];
}

function sbomFacts(path: string) {
  const bom = JSON.parse(readFileSync(path, 'utf8')) as { components?: BomComponent[] };
  const components = bom.components ?? [];
  const typeOf = (c: BomComponent) => /^pkg:([^/]+)\//.exec(c.purl ?? '')?.[1];
  const readable = components.filter((c) => TRIVY_PURL_TYPES.has(typeOf(c) ?? ''));
  const property = (c: BomComponent, name: string) =>
    c.properties?.find((p) => p.name === `aquasecurity:trivy:${name}`)?.value;
  const osPackages = components.filter((c) => ['deb', 'apk', 'rpm'].includes(typeOf(c) ?? ''));
  const renamed = osPackages.filter((c) => property(c, 'SrcName') !== c.name);
  const reversioned = osPackages.filter((c) => {
    const epoch = property(c, 'SrcEpoch');
    const release = property(c, 'SrcRelease');
    const source = `${epoch ? `${epoch}:` : ''}${property(c, 'SrcVersion')}${release ? `-${release}` : ''}`;
    return property(c, 'SrcName') === c.name && source !== c.version;
  });
  return {
    components: components.length,
    readable: readable.length,
    os: components.find((c) => c.type === 'operating-system'),
    osPackages: osPackages.length,
    renamed: renamed.length,
    reversioned: reversioned.length,
    examples: renamed.slice(0, 3).map((c) => `${c.name} ← ${property(c, 'SrcName')}`),
  };
}

function sbomOf(reference: string, host: string, output: string): void {
  execFileSync(
    process.execPath,
    ['dist/cli.js', 'sbom', reference, '--insecure-registries', host, '--output', output],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

async function inputs(): Promise<void> {
  const registry = await startRegistry();
  try {
    for (const tag of ['small', 'large']) {
      const reference = `${registry.host}/bench/scan-target:${tag}`;
      execFileSync(
        'skopeo',
        ['copy', '-q', '--dest-tls-verify=false', `oci:${LAYOUT}:${tag}`, `docker://${reference}`],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
      const sbom = join(tmpdir(), `imprint-bench-scan-target-${tag}.cdx.json`);
      const view = `${sbom}.trivy.json`;
      sbomOf(reference, registry.host, sbom);
      const pulls: Awaited<ReturnType<typeof pullFloor>>[] = [];
      const views: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        pulls.push(await pullFloor(registry.url, 'bench/scan-target', tag));
        const started = performance.now();
        writeTrivySbomInput(sbom, view);
        views.push(performance.now() - started);
      }
      const pull = median(pulls.map((p) => p.seconds));
      const facts = sbomFacts(sbom);
      console.log(`image ${tag}:`);
      console.log(
        `  image: pull + gunzip ${(pulls[0]!.bytes / MiB).toFixed(1)} MiB → ${(pulls[0]!.unpacked / MiB).toFixed(0)} MiB: median ${pull.toFixed(2)} s [${pulls.map((p) => p.seconds.toFixed(2)).join(', ')}] (a floor: before any analyser, on loopback)`,
      );
      console.log(
        `  sbom:  SBOM ${(statSync(sbom).size / MiB).toFixed(2)} MiB; Trivy's view written in median ${median(views).toFixed(1)} ms`,
      );
      console.log(
        `  SBOM: ${facts.components} components, ${facts.readable} with a purl Trivy reads; OS ${facts.os?.name} ${facts.os?.version}; ${facts.osPackages} OS packages`,
      );
      console.log(
        `  source keys: ${facts.renamed} of ${facts.osPackages} OS packages come from a source named apart (${facts.examples.join(', ')}), ${facts.reversioned} more from a source versioned apart; without the Src properties trivy sbom looks these up under the binary`,
      );
      rmSync(sbom, { force: true });
      rmSync(view, { force: true });
    }
  } finally {
    await registry.stop();
  }
}

interface GoldenReport {
  ArtifactType?: string;
  Results?: { Class?: string; Type?: string; Vulnerabilities?: unknown[] }[];
}

function goldenCoverage(): void {
  const dir = join(FIXTURES, 'trivy', 'goldens');
  const byType = new Map<string, { findings: number; reports: Set<string> }>();
  let images = 0;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json.golden'))
    .sort()) {
    const report = JSON.parse(readFileSync(join(dir, name), 'utf8')) as GoldenReport;
    if (report.ArtifactType !== 'container_image') continue;
    images += 1;
    for (const result of report.Results ?? []) {
      const findings = result.Vulnerabilities?.length ?? 0;
      if (findings === 0 || !result.Type) continue;
      const entry = byType.get(result.Type) ?? { findings: 0, reports: new Set<string>() };
      entry.findings += findings;
      entry.reports.add(name.replace('.json.golden', ''));
      byType.set(result.Type, entry);
    }
  }
  const all = [...byType.values()].reduce((sum, e) => sum + e.findings, 0);
  const covered = [...byType]
    .filter(([type]) => type in CATALOGED_BY_IMPRINT)
    .reduce((sum, [, e]) => sum + e.findings, 0);
  console.log(`Trivy's container-image goldens: ${images} reports, ${all} findings`);
  for (const [type, entry] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    const by = CATALOGED_BY_IMPRINT[type];
    console.log(
      `  ${type.padEnd(11)} ${String(entry.findings).padStart(3)}  ${by ? `read by imprint's ${by} cataloger` : 'not read by imprint: image scan only'}  (${[...entry.reports].join(', ')})`,
    );
  }
  console.log(
    `  in types imprint's SBOM carries: ${covered} of ${all} (${((100 * covered) / all).toFixed(0)}%); the rest only scan-target: image finds`,
  );
}

ensureBundle();
await ensureLayout();
goldenCoverage();
await inputs();
