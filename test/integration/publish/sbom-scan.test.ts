/**
 * imprint publish with its evidence steps, end to end against real parts: the Docker engine and
 * buildah, a distribution registry and the loopback Sigstore stack. The one stand-in is `trivy`
 * (no real Trivy, DB or scannable image can be reached here): the STAND-IN from
 * test/integration/scan replays a real golden report. What the registry holds afterwards is
 * checked independently, with plain fetch.
 */
import * as CDX from '@cyclonedx/cyclonedx-library';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { countsOutput } from '../../../src/scan/gate-report.js';
import { countBySeverity } from '../../../src/scan/model.js';
import { findingsFromTrivyReport } from '../../../src/scan/trivy-report.js';
import { scratchContext } from '../../harness/image.js';
import type { TestRegistry } from '../../harness/registry.js';
import { trivyGoldensDir } from '../../interop/scan/fixtures.js';
import type { StandInTrivy } from '../scan/stand-in-trivy.js';
import {
  COSIGN_SIGN,
  CYCLONEDX,
  type EvidenceParts,
  GOLDEN,
  githubEnv as evidenceEnv,
  publish as publishWith,
  referrerStatement,
  referrerTypes as typesIn,
  type Run,
  SLSA,
  startEvidenceParts,
  succeeded,
  VULN,
} from './evidence-run.js';

const APK_DB = [
  'P:musl',
  'V:1.1.20-r4',
  'A:x86_64',
  'L:MIT',
  'o:musl',
  '',
  'P:busybox',
  'V:1.29.3-r10',
  'A:x86_64',
  'L:GPL-2.0-only',
  'o:busybox',
  '',
].join('\n');

let parts: EvidenceParts;
let registry: TestRegistry;
let trivy: StandInTrivy;
/** A PATH with no trivy on it. */
let emptyPath: string;

beforeAll(async () => {
  parts = await startEvidenceParts();
  ({ registry, trivy, emptyPath } = parts);
});
afterAll(async () => {
  await parts?.stop();
});

const githubEnv = (path: string) => evidenceEnv(parts, path);
const publish = (inputs: Record<string, string>, env: NodeJS.ProcessEnv): Promise<Run> =>
  publishWith(parts, inputs, env);
const referrerTypes = (repo: string, digest: string) => typesIn(registry, repo, digest);
const referrerSubjects = async (repo: string, manifestDigest: string): Promise<string[]> =>
  (await referrerStatement(registry, repo, manifestDigest)).statement.subject.map(
    (s) => `sha256:${s.digest.sha256}`,
  );

const goldenCounts = () =>
  countsOutput(
    countBySeverity(
      findingsFromTrivyReport(JSON.parse(readFileSync(join(trivyGoldensDir(), GOLDEN), 'utf8'))),
    ),
  );

describe('publish with SBOM and scan (stand-in trivy on PATH)', () => {
  it('attests the CycloneDX SBOM and the scan to the image, reads both back', async () => {
    const repo = 'evidence/app';
    const runsBefore = trivy.runs().length;
    const run = succeeded(
      await publish(
        {
          image: `${registry.host}/${repo}`,
          tags: 'v1',
          context: scratchContext({ 'lib/apk/db/installed': APK_DB }),
          builder: 'docker',
        },
        githubEnv(trivy.dir),
      ),
    );
    const digest = run.outputs.digest!;
    expect(await referrerTypes(repo, digest)).toEqual([SLSA, CYCLONEDX, VULN, COSIGN_SIGN]);
    expect(run.log).toContain('read-back: 4 of 4 verified');
    expect(run.outputs['sbom-ref']).toMatch(
      new RegExp(`^${registry.host}/${repo}@sha256:[0-9a-f]{64}$`),
    );
    expect(run.outputs['vuln-ref']).toMatch(
      new RegExp(`^${registry.host}/${repo}@sha256:[0-9a-f]{64}$`),
    );

    const sbomDir = run.outputs['sbom-path']!;
    expect(readdirSync(sbomDir)).toEqual(['image.cdx.json']);
    const bom = readFileSync(join(sbomDir, 'image.cdx.json'), 'utf8');
    const invalid = await new CDX.Validation.JsonStrictValidator(CDX.Spec.Version.v1dot6).validate(
      bom,
    );
    expect(invalid).toBeNull();
    expect(
      (JSON.parse(bom) as { components: { name: string }[] }).components.map((c) => c.name),
    ).toEqual(expect.arrayContaining(['musl', 'busybox']));

    expect(run.outputs['vulnerability-counts']).toBe(goldenCounts());
    const report = JSON.parse(readFileSync(run.outputs['vuln-report-path']!, 'utf8')) as {
      gate: { passed: boolean };
    };
    expect(report.gate.passed).toBe(true);
    // The stand-in scanned the pushed image by digest.
    const scans = trivy
      .runs()
      .filter((r) => r.argv[0] === 'image' && !r.argv.includes('--download-db-only'));
    expect(scans.at(-1)!.argv.at(-1)).toBe(`${registry.host}/${repo}@${digest}`);
    // Trivy is located once per publish (before the build), not again by the scanner.
    const versionChecks = trivy
      .runs()
      .slice(runsBefore)
      .filter((r) => r.argv[0] === '--version');
    expect(versionChecks).toHaveLength(1);

    expect(run.summary).toContain('### SBOM (CycloneDX 1.6)');
    expect(run.summary).toMatch(/\| image \| 2 \| apk 2 \| GPL-2\.0-only 1, MIT 1 \| 0 \| 0 \|/);
    expect(run.summary).toContain('| Gate (fail-on-severity: NONE) | ✅ passed |');
    expect(run.summary).toMatch(/\| sbom \| `https:\/\/cyclonedx\.org\/bom` \| image /);
  });

  it('a failed gate fails the publish with GATE_FAILED, after the vuln attestation is stored, unsigned', async () => {
    const repo = 'gate/app';
    const run = await publish(
      {
        image: `${registry.host}/${repo}`,
        tags: 'v1',
        context: scratchContext({ 'gate.txt': 'gate\n' }),
        builder: 'docker',
        sbom: 'false',
        'fail-on-severity': 'HIGH',
      },
      githubEnv(trivy.dir),
    );
    expect(run.error).toMatchObject({ code: 'GATE_FAILED' });
    const message = (run.error as Error).message;
    expect(message).toContain('vulnerability gate failed: 2 findings at or above HIGH');
    expect(message).toContain('CRITICAL CVE-2019-14697 in musl 1.1.20-r4 (fixed in 1.1.20-r5');
    const digest = run.outputs.digest!;
    // The evidence is stored; the image signature is held back (gate-unsigned.test.ts).
    expect(await referrerTypes(repo, digest)).toEqual([SLSA, VULN]);
    expect(run.outputs['vuln-ref']).not.toBe('');
    expect(run.summary).toContain('| Gate (fail-on-severity: HIGH) | ❌ failed: 2 blocking |');
    expect(run.summary).toContain('#### Blocking findings');
    expect(run.summary).toMatch(
      /\| CRITICAL \| \[CVE-2019-14697\]\(https:[^)]+\) \| musl \| 1\.1\.20-r4 → 1\.1\.20-r5 \|/,
    );
  });
});

describe('no Trivy here', () => {
  it('scan: auto skips the scan with a notice in the log and the summary', async () => {
    const run = succeeded(
      await publish(
        {
          image: `${registry.host}/auto/app`,
          context: scratchContext({ 'auto.txt': 'auto\n' }),
          builder: 'docker',
          sign: 'false',
          sbom: 'false',
        },
        { PATH: emptyPath },
      ),
    );
    expect(run.log).toContain(
      'warning: Vulnerability scan skipped: no Trivy here: install it or set scan: true to require it',
    );
    expect(run.summary).toContain(
      '⚠️ Not scanned: no Trivy here: install it or set scan: true to require it.',
    );
    expect(run.outputs['vulnerability-counts']).toBeUndefined();
  });

  it('scan: true fails with SCANNER_MISSING before building anything', async () => {
    const run = await publish(
      {
        image: `${registry.host}/required/app`,
        context: scratchContext({ 'required.txt': 'required\n' }),
        builder: 'docker',
        sign: 'false',
        scan: 'true',
      },
      { PATH: emptyPath },
    );
    expect(run.error).toMatchObject({ code: 'SCANNER_MISSING' });
    expect((run.error as Error).message).toBe('Trivy 0.74.0 is not available: no trivy on PATH');
    expect(run.log).not.toContain('Build and push');
  });
});

describe('a multi-platform index built with buildah', () => {
  it('attaches one SBOM per platform to that platform manifest and to the index', async () => {
    const repo = 'multi-sbom/app';
    const run = succeeded(
      await publish(
        {
          image: `${registry.host}/${repo}`,
          tags: 'v1',
          context: scratchContext({ 'lib/apk/db/installed': APK_DB }),
          builder: 'buildah',
          platforms: 'linux/amd64,linux/arm64',
          scan: 'false',
          provenance: 'false',
        },
        githubEnv(emptyPath),
      ),
    );
    const platforms = JSON.parse(run.outputs['platform-digests']!) as Record<string, string>;
    expect(readdirSync(run.outputs['sbom-path']!).sort()).toEqual([
      'linux-amd64.cdx.json',
      'linux-arm64.cdx.json',
    ]);
    // The index carries both platforms' SBOMs too: verifiers are given the index digest.
    expect(await referrerTypes(repo, run.outputs.digest!)).toEqual([
      CYCLONEDX,
      CYCLONEDX,
      COSIGN_SIGN,
    ]);
    const sbomRefs = run.outputs['sbom-ref']!.split('\n');
    expect(sbomRefs).toHaveLength(2);
    for (const [index, digest] of Object.values(platforms).entries()) {
      expect(await referrerTypes(repo, digest)).toEqual([CYCLONEDX, COSIGN_SIGN]);
      const sbomManifest = sbomRefs[index]!.split('@')[1]!;
      expect(await referrerSubjects(repo, sbomManifest)).toEqual([digest, run.outputs.digest]);
    }
    expect(run.log).toContain('read-back: 7 of 7 verified');
  });
});
