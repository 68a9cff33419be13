/**
 * What the publish tests with evidence (SBOM, scan, provenance) share: a real registry, the
 * loopback Sigstore stack, the STAND-IN trivy from test/integration/scan (no real Trivy, DB
 * or scannable image can be reached here) replaying a real golden report, a publish run with
 * its log, summary and outputs, and independent reads of what the registry holds (plain fetch).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVerifyCommand } from '../../../src/doors/cli/verify.js';
import { readPublishOptions } from '../../../src/publish/options.js';
import { runPublish } from '../../../src/publish/run.js';
import { capturedContext } from '../../harness/context.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { SOURCE_SHA } from '../../harness/sigstore/claims.js';
import { type SigstoreStack, startSigstoreStack } from '../../harness/sigstore/index.js';
import { trivyGoldensDir } from '../../interop/scan/fixtures.js';
import { type StandInTrivy, writeStandInTrivy } from '../scan/stand-in-trivy.js';
import { DEFAULT_TRIVY_VERSION } from '../../../src/inputs/tables/scan.js';

export const CYCLONEDX = 'https://cyclonedx.org/bom';
export const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
export const SLSA = 'https://slsa.dev/provenance/v1';
export const COSIGN_SIGN = 'https://sigstore.dev/cosign/sign/v1';
/** Alpine 3.9 with musl and busybox findings: 2 at or above HIGH, one CRITICAL. */
export const GOLDEN = 'alpine-39.json.golden';
export const GITHUB_SAN =
  'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';

export interface Run {
  outputs: Record<string, string>;
  log: string;
  summary: string;
  error?: unknown;
}

export interface Entry {
  digest: string;
  size: number;
  mediaType: string;
  annotations?: Record<string, string>;
}

export interface EvidenceParts {
  registry: TestRegistry;
  stack: SigstoreStack;
  work: string;
  /** The stand-in trivy, on the PATH githubEnv gives by default. */
  trivy: StandInTrivy;
  /** A PATH with no trivy on it. */
  emptyPath: string;
  stop(): Promise<void>;
}

export async function startEvidenceParts(): Promise<EvidenceParts> {
  process.env.STORAGE_DRIVER ??= 'vfs'; // buildah reads it from the process, not from the run's env
  const [registry, stack] = await Promise.all([startRegistry(), startSigstoreStack()]);
  const work = mkdtempSync(join(tmpdir(), 'imprint-evidence-'));
  const trivy = writeStandInTrivy(join(work, 'bin'), {
    version: DEFAULT_TRIVY_VERSION,
    reportFile: join(trivyGoldensDir(), GOLDEN),
  });
  const emptyPath = join(work, 'empty-bin');
  mkdirSync(emptyPath);
  return {
    registry,
    stack,
    work,
    trivy,
    emptyPath,
    stop: async () => {
      await Promise.all([registry.stop(), stack.stop()]);
    },
  };
}

export function githubEnv(parts: EvidenceParts, path = parts.trivy.dir): NodeJS.ProcessEnv {
  return {
    GITHUB_ACTIONS: 'true',
    ACTIONS_ID_TOKEN_REQUEST_URL: parts.stack.githubTokenEndpoint.url,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: parts.stack.githubTokenEndpoint.requestToken,
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

/** The inputs every run here needs (registry, Sigstore, Trivy cache); SBOM and scan stay default. */
export function baseInputs(parts: EvidenceParts): Record<string, string> {
  return {
    'insecure-registries': parts.registry.host,
    sigstore: 'custom',
    'fulcio-url': parts.stack.fulcioURL,
    'rekor-url': parts.stack.rekorURL,
    'tsa-url': parts.stack.tsaURL,
    'trusted-root': parts.stack.trustedRootPath,
    'trivy-cache-dir': join(parts.work, 'trivy-cache'),
    'vuln-report-path': join(mkdtempSync(join(parts.work, 'report-')), 'vulnerabilities.json'),
  };
}

export async function publish(
  parts: EvidenceParts,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
): Promise<Run> {
  const summaryFile = join(mkdtempSync(join(tmpdir(), 'imprint-summary-')), 'summary.md');
  const { context, output } = capturedContext(summaryFile);
  const values: Record<string, string> = { ...baseInputs(parts), ...inputs };
  let error: unknown;
  try {
    await runPublish(
      readPublishOptions((name) => values[name]),
      context,
      {
        env,
        sigstoreRetry: { retries: 1, minTimeoutMs: 10, maxTimeoutMs: 20 },
      },
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

export function succeeded(run: Run): Run {
  if (run.error !== undefined) throw run.error as Error;
  return run;
}

export async function getJson<T>(
  registry: TestRegistry,
  path: string,
  accept: string,
): Promise<T | undefined> {
  const response = await fetch(`${registry.url}${path}`, { headers: { accept } });
  if (response.status === 404) return undefined;
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** The referrers tag-schema index (this registry has no referrers API). */
export async function referrerEntries(
  registry: TestRegistry,
  repo: string,
  digest: string,
): Promise<Entry[]> {
  const index = await getJson<{ manifests: Entry[] }>(
    registry,
    `/v2/${repo}/manifests/${digest.replace(':', '-')}`,
    'application/vnd.oci.image.index.v1+json',
  );
  return index?.manifests ?? [];
}

/** The predicate type of each referrer of `digest`, in index order. */
export async function referrerTypes(
  registry: TestRegistry,
  repo: string,
  digest: string,
): Promise<(string | undefined)[]> {
  return (await referrerEntries(registry, repo, digest)).map(
    (e) => e.annotations?.['dev.sigstore.bundle.predicateType'],
  );
}

/** The bundle layer descriptor and the in-toto statement of a referrer manifest. */
export async function referrerStatement(
  registry: TestRegistry,
  repo: string,
  manifestDigest: string,
): Promise<{ layer: Entry; statement: { subject: { digest: { sha256: string } }[] } }> {
  const manifest = await getJson<{ layers: Entry[] }>(
    registry,
    `/v2/${repo}/manifests/${manifestDigest}`,
    'application/vnd.oci.image.manifest.v1+json',
  );
  const layer = manifest!.layers[0]!;
  const bundle = await getJson<{ dsseEnvelope: { payload: string } }>(
    registry,
    `/v2/${repo}/blobs/${layer.digest}`,
    '*/*',
  );
  const statement = JSON.parse(
    Buffer.from(bundle!.dsseEnvelope.payload, 'base64').toString('utf8'),
  ) as { subject: { digest: { sha256: string } }[] };
  return { layer, statement };
}

export interface Verified {
  code: number;
  log: string;
  checks: { check: string; outcome: string; expected: string; found: string; hint?: string }[];
}

/** `imprint verify` of one image against a policy file, trusting the loopback stack: its JSON report's checks. */
export async function verifyImage(
  parts: EvidenceParts,
  imageRef: string,
  policy: string,
): Promise<Verified> {
  const captured = capturedContext();
  const reportPath = join(parts.work, `report-${Math.random().toString(36).slice(2)}.json`);
  const code = await runVerifyCommand(
    [
      imageRef,
      '--policy',
      policy,
      '--trusted-root',
      parts.stack.trustedRootPath,
      '--insecure-registries',
      parts.registry.host,
      '--report-path',
      reportPath,
      '--no-summary',
    ],
    {
      stdout: () => undefined,
      env: { HOME: parts.work, DOCKER_CONFIG: join(parts.work, '.docker') },
      context: () => captured.context,
    },
  );
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
    images: { checks: Verified['checks'] }[];
  };
  const checks = report.images.flatMap((image) => image.checks);
  return { code, log: captured.output(), checks };
}
