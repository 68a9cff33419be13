/**
 * The images of the verdict matrix, each published by `imprint publish` to the loopback
 * registry through the loopback Sigstore stack (test/peers/world.ts): every row differs from
 * the good image in one way.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair } from '../../../src/sigstore/sign/index.js';
import { trivyGoldensDir } from '../../interop/scan/fixtures.js';
import { githubEnv, gitlabEnv, publish, pushImage, type World } from '../world.js';
import { DEFAULT_TRIVY_VERSION } from '../../../src/inputs/tables/scan.js';

export interface MatrixImage {
  name: string;
  about: string;
  /** registry/repository@digest, as a cluster would run it. */
  ref: string;
  /** When its publish finished: the stale row is judged by the age of its report. */
  publishedAt: Date;
}

const KEY_PASSWORD = 'matrix';
/** The good images' packages: one, MIT. */
const CLEAN_APK = apk([['musl', '1.1.20-r4', 'MIT']]);
/** The denied row adds busybox under GPL-2.0-only, both denied by the sbom column. */
const DENIED_APK = apk([
  ['musl', '1.1.20-r4', 'MIT'],
  ['busybox', '1.36.1-r5', 'GPL-2.0-only'],
]);

function apk(packages: [string, string, string][]): string {
  return packages
    .map(([name, version, licence]) =>
      [`P:${name}`, `V:${version}`, 'A:x86_64', `L:${licence}`, `o:${name}`, ''].join('\n'),
    )
    .join('\n');
}

/** Real Trivy reports replayed by the stand-in: one MEDIUM finding, and two CRITICAL. */
const REPORT_OK = 'alpine-distroless.json.golden';
const REPORT_CRITICAL = 'alpine-39-high-critical.json.golden';

interface Row {
  name: string;
  about: string;
  ci: 'github' | 'gitlab';
  key?: boolean;
  platforms?: string[];
  apkDb?: string;
  report?: string;
  inputs?: Record<string, string>;
}

/** The stale row comes first: the others are published after a pause, so ages differ. */
export const ROWS: Row[] = [
  { name: 'stale-report', about: 'reports older than the maxAge column allows', ci: 'github' },
  { name: 'good', about: 'keyless, GitHub release workflow, clean SBOM and report', ci: 'github' },
  { name: 'wrong-signer', about: 'keyless, but a GitLab pipeline identity', ci: 'gitlab' },
  {
    name: 'key-signed',
    about: 'signed and attested with a cosign key pair',
    ci: 'github',
    key: true,
  },
  {
    name: 'no-sbom',
    about: 'published with sbom: false (no CycloneDX attestation)',
    ci: 'github',
    inputs: { sbom: 'false', 'scan-target': 'image' },
  },
  {
    name: 'denied-package',
    about: 'SBOM lists busybox under GPL-2.0-only',
    ci: 'github',
    apkDb: DENIED_APK,
  },
  {
    name: 'critical-vulns',
    about: 'the report has two CRITICAL findings',
    ci: 'github',
    report: REPORT_CRITICAL,
  },
  {
    name: 'multi-platform',
    about: 'an index of linux/amd64 and linux/arm64',
    ci: 'github',
    platforms: ['linux/amd64', 'linux/arm64'],
  },
];

export interface MatrixKeys {
  dir: string;
  publicKeyPath: string;
}

export async function publishMatrixImages(
  world: World,
  pauseAfterStaleMs: number,
): Promise<{ images: MatrixImage[]; keys: MatrixKeys }> {
  const dir = mkdtempSync(join(world.work, 'matrix-key-'));
  const pair = await generateKeyPair(KEY_PASSWORD);
  writeFileSync(join(dir, 'cosign.key'), pair.privateKeyPem);
  writeFileSync(join(dir, 'cosign.pub'), pair.publicKeyPem);
  const images: MatrixImage[] = [];
  for (const row of ROWS) {
    const repo = `matrix/${row.name}`;
    await pushImage(world, repo, 'v1', row.platforms ?? [], row.apkDb ?? CLEAN_APK);
    world.trivy.configure({
      version: DEFAULT_TRIVY_VERSION,
      reportFile: join(trivyGoldensDir(), row.report ?? REPORT_OK),
    });
    const env = row.ci === 'github' ? githubEnv(world) : await gitlabEnv(world);
    const keyInputs: Record<string, string> = row.key
      ? { signing: 'key', key: join(dir, 'cosign.key'), 'key-password': KEY_PASSWORD }
      : {};
    const published = await publish(
      world,
      { image: `${world.registry.host}/${repo}:v1`, ...keyInputs, ...row.inputs },
      env,
    );
    const digest = published.outputs.digest;
    if (!digest) throw new Error(`publish of ${repo} gave no digest\n${published.log}`);
    images.push({
      name: row.name,
      about: row.about,
      ref: `${world.registry.host}/${repo}@${digest}`,
      publishedAt: new Date(),
    });
    if (row.name === 'stale-report') await new Promise((r) => setTimeout(r, pauseAfterStaleMs));
  }
  return { images, keys: { dir, publicKeyPath: join(dir, 'cosign.pub') } };
}
