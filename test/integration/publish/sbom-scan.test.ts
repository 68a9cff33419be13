/**
 * imprint publish with its evidence steps, end to end against real parts: the Docker engine and
 * buildah, a distribution registry and the loopback Sigstore stack. The one stand-in is `trivy`
 * (no real Trivy, DB or scannable image can be reached here): the STAND-IN from
 * test/integration/scan replays a real golden report. What the registry holds afterwards is
 * checked independently, with plain fetch.
 */
import * as CDX from '@cyclonedx/cyclonedx-library';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPublishOptions } from '../../../src/publish/options.js';
import { runPublish } from '../../../src/publish/run.js';
import { countsOutput } from '../../../src/scan/gate-report.js';
import { countBySeverity } from '../../../src/scan/model.js';
import { findingsFromTrivyReport } from '../../../src/scan/trivy-report.js';
import { capturedContext } from '../../harness/context.js';
import { scratchContext } from '../../harness/image.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { SOURCE_SHA } from '../../harness/sigstore/claims.js';
import { type SigstoreStack, startSigstoreStack } from '../../harness/sigstore/index.js';
import { trivyGoldensDir } from '../../interop/scan/fixtures.js';
import { type StandInTrivy, writeStandInTrivy } from '../scan/stand-in-trivy.js';

const CYCLONEDX = 'https://cyclonedx.org/bom';
const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const SLSA = 'https://slsa.dev/provenance/v1';
const COSIGN_SIGN = 'https://sigstore.dev/cosign/sign/v1';
const GOLDEN = 'alpine-39.json.golden';
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

let registry: TestRegistry;
let stack: SigstoreStack;
let work: string;
let trivy: StandInTrivy;
/** A PATH with no trivy on it. */
let emptyPath: string;

beforeAll(async () => {
  process.env.STORAGE_DRIVER ??= 'vfs';
  [registry, stack] = await Promise.all([startRegistry(), startSigstoreStack()]);
  work = mkdtempSync(join(tmpdir(), 'imprint-sbom-scan-'));
  trivy = writeStandInTrivy(join(work, 'bin'), {
    version: '0.58.1',
    reportFile: join(trivyGoldensDir(), GOLDEN),
  });
  emptyPath = join(work, 'empty-bin');
  mkdirSync(emptyPath);
});
afterAll(async () => {
  await Promise.all([registry?.stop(), stack?.stop()]);
});

function githubEnv(path: string): NodeJS.ProcessEnv {
  return {
    GITHUB_ACTIONS: 'true',
    ACTIONS_ID_TOKEN_REQUEST_URL: stack.githubTokenEndpoint.url,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.githubTokenEndpoint.requestToken,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY_ID: '2000',
    GITHUB_REPOSITORY_OWNER_ID: '1000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: SOURCE_SHA,
    GITHUB_RUN_ID: '9000000001',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'imprint-runner-temp-')),
    PATH: path,
  };
}

function baseInputs(): Record<string, string> {
  return {
    'insecure-registries': registry.host,
    sigstore: 'custom',
    'fulcio-url': stack.fulcioURL,
    'rekor-url': stack.rekorURL,
    'tsa-url': stack.tsaURL,
    'trusted-root': stack.trustedRootPath,
    'trivy-cache-dir': join(work, 'trivy-cache'),
    'vuln-report-path': join(mkdtempSync(join(work, 'report-')), 'vulnerabilities.json'),
  };
}

interface Run {
  outputs: Record<string, string>;
  log: string;
  summary: string;
  error?: unknown;
}

async function publish(inputs: Record<string, string>, env: NodeJS.ProcessEnv): Promise<Run> {
  const summaryFile = join(mkdtempSync(join(tmpdir(), 'imprint-summary-')), 'summary.md');
  const { context, output } = capturedContext(summaryFile);
  const values: Record<string, string> = { ...baseInputs(), ...inputs };
  let error: unknown;
  try {
    await runPublish(
      readPublishOptions((name) => values[name]),
      context,
      { env, sigstoreRetry: { retries: 1, minTimeoutMs: 10, maxTimeoutMs: 20 } },
    );
  } catch (caught) {
    error = caught;
  }
  const summary = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '';
  return {
    outputs: context.outputs(),
    log: output(),
    summary,
    ...(error !== undefined && { error }),
  };
}

function succeeded(run: Run): Run {
  if (run.error !== undefined) throw run.error as Error;
  return run;
}

interface Entry {
  digest: string;
  annotations?: Record<string, string>;
}

async function getJson<T>(path: string, accept: string): Promise<T | undefined> {
  const response = await fetch(`${registry.url}${path}`, { headers: { accept } });
  if (response.status === 404) return undefined;
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** The referrers tag-schema index (this registry has no referrers API). */
async function referrerTypes(repo: string, digest: string): Promise<(string | undefined)[]> {
  const index = await getJson<{ manifests: Entry[] }>(
    `/v2/${repo}/manifests/${digest.replace(':', '-')}`,
    'application/vnd.oci.image.index.v1+json',
  );
  return (index?.manifests ?? []).map((e) => e.annotations?.['dev.sigstore.bundle.predicateType']);
}

async function referrerSubjects(repo: string, manifestDigest: string): Promise<string[]> {
  const manifest = await getJson<{ layers: Entry[] }>(
    `/v2/${repo}/manifests/${manifestDigest}`,
    'application/vnd.oci.image.manifest.v1+json',
  );
  const bundle = await getJson<{ dsseEnvelope: { payload: string } }>(
    `/v2/${repo}/blobs/${manifest!.layers[0]!.digest}`,
    '*/*',
  );
  const statement = JSON.parse(
    Buffer.from(bundle!.dsseEnvelope.payload, 'base64').toString('utf8'),
  ) as { subject: { digest: { sha256: string } }[] };
  return statement.subject.map((s) => `sha256:${s.digest.sha256}`);
}

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

  it('a failed gate fails the publish with GATE_FAILED, after the vuln attestation is stored', async () => {
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
    expect(await referrerTypes(repo, digest)).toEqual([SLSA, VULN, COSIGN_SIGN]);
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
    expect((run.error as Error).message).toBe('Trivy 0.58.1 is not available: no trivy on PATH');
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
