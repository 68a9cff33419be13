/**
 * Reading what a real-Trivy run left: the vuln attestation stored in the registry (tag-schema
 * referrers, read with plain fetch), findings as comparable strings, the ground truth of which
 * findings the fixture DB must give on the test images, and Trivy run directly.
 */
import { execFileSync } from 'node:child_process';
import { describeRun, runPeer } from '../tools.js';
import type { TrivyWorld } from './world.js';

export const VULN_PREDICATE = 'https://cosign.sigstore.dev/attestation/vuln/v1';

interface TrivyVulnerability {
  VulnerabilityID: string;
  PkgName: string;
  InstalledVersion: string;
  Severity: string;
}
export interface TrivyJson {
  Results?: { Target: string; Class?: string; Vulnerabilities?: TrivyVulnerability[] }[];
}

/** "CVE-… package version SEVERITY", sorted: two reports find the same when these are equal. */
export function findingLines(report: TrivyJson): string[] {
  return (report.Results ?? [])
    .flatMap((result) => result.Vulnerabilities ?? [])
    .map((v) => `${v.VulnerabilityID} ${v.PkgName} ${v.InstalledVersion} ${v.Severity}`)
    .sort();
}

/** Same, without severity and version: what an advisory matched. */
export function matchedPairs(report: TrivyJson): string[] {
  return (report.Results ?? [])
    .flatMap((result) => result.Vulnerabilities ?? [])
    .map((v) => `${v.VulnerabilityID} ${v.PkgName}`)
    .sort();
}

async function getJson<T>(url: string, accept: string): Promise<T> {
  const response = await fetch(url, { headers: { accept } });
  if (response.status !== 200) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The statement of the attestation of `predicateType` stored for `digest`: the first stored,
 * or the last (the newest, when several publishes attested the same digest).
 */
export async function storedStatement<T>(
  world: TrivyWorld,
  repository: string,
  digest: string,
  predicateType: string,
  which: 'first' | 'last' = 'first',
): Promise<{ predicateType: string; predicate: T }> {
  const base = `${world.registry.url}/v2/${repository}`;
  const index = await getJson<{
    manifests: { digest: string; annotations?: Record<string, string> }[];
  }>(`${base}/manifests/${digest.replace(':', '-')}`, 'application/vnd.oci.image.index.v1+json');
  const entries = index.manifests.filter(
    (m) => m.annotations?.['dev.sigstore.bundle.predicateType'] === predicateType,
  );
  const entry = which === 'first' ? entries[0] : entries.at(-1);
  if (!entry) throw new Error(`no ${predicateType} attestation stored for ${digest}`);
  const manifest = await getJson<{ layers: { digest: string }[] }>(
    `${base}/manifests/${entry.digest}`,
    'application/vnd.oci.image.manifest.v1+json',
  );
  const bundle = await getJson<{ dsseEnvelope: { payload: string } }>(
    `${base}/blobs/${manifest.layers[0]!.digest}`,
    '*/*',
  );
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as {
    predicateType: string;
    predicate: T;
  };
}

/** `trivy image` on a pushed image, straight from the fixture cache (no imprint involved). */
export async function trivyImage(
  world: TrivyWorld,
  reference: string,
  extra: string[] = [],
): Promise<TrivyJson> {
  const run = await runPeer(
    'trivy',
    [
      'image',
      '--scanners',
      'vuln',
      '--format',
      'json',
      '--quiet',
      '--cache-dir',
      world.db.cacheDir,
      '--skip-db-update',
      '--skip-java-db-update',
      '--image-src',
      'remote',
      ...extra,
      reference,
    ],
    {},
    300_000,
  );
  if (run.code !== 0) throw new Error(describeRun(run));
  return JSON.parse(run.stdout) as TrivyJson;
}

/** `trivy sbom` on an SBOM file, from the fixture cache. */
export async function trivySbom(world: TrivyWorld, sbomFile: string): Promise<TrivyJson> {
  const run = await runPeer(
    'trivy',
    [
      'sbom',
      '--scanners',
      'vuln',
      '--format',
      'json',
      '--quiet',
      '--cache-dir',
      world.db.cacheDir,
      '--skip-db-update',
      '--skip-java-db-update',
      sbomFile,
    ],
    {},
    300_000,
  );
  if (run.code !== 0) throw new Error(describeRun(run));
  return JSON.parse(run.stdout) as TrivyJson;
}

/**
 * The advisories of test/peers/fixtures/trivy-db, as "ID package" pairs they must match on an
 * image: Debian advisories name SOURCE packages, so each becomes one pair per binary package
 * that dpkg says the root has from that source.
 */
export const DEBIAN_ADVISORIES: Record<string, string[]> = {
  zlib: ['CVE-2023-45853', 'CVE-2026-27171'],
  openssl: ['CVE-2026-63072'],
  glibc: ['CVE-2010-4756'],
};
export const APP_ADVISORIES = [
  'CVE-2021-23337 lodash',
  'CVE-2021-44906 minimist',
  'CVE-2022-40897 setuptools',
];

export function debianPairs(rootfs: string): string[] {
  const binaries = execFileSync(
    'chroot',
    [rootfs, 'dpkg-query', '-W', '-f', '${source:Package}\t${Package}\n'],
    { encoding: 'utf8' },
  )
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t') as [string, string]);
  return binaries
    .flatMap(([source, binary]) => (DEBIAN_ADVISORIES[source] ?? []).map((id) => `${id} ${binary}`))
    .sort();
}
