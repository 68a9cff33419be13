/**
 * `imprint verify` reads what real cosign (v3 and v2) writes: `cosign sign` (--recursive on a
 * two-platform index) and `cosign attest` (cyclonedx, vuln, slsaprovenance1 and a custom
 * type), with a key and keylessly through the loopback Sigstore stack, as Sigstore bundles and
 * as classic tags. A policy naming the signer passes; one naming another fails with what it
 * expected and what it found.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_FAILED, EXIT_OK, runCli } from '../../src/cli.js';
import type { VerifyReportJson } from '../../src/report/verify-json.js';
import { describeRun, type PeerName, type PeerRun, runPeer } from './tools.js';
import { classicTrustEnv } from './trust.js';
import {
  GITHUB_ISSUER,
  GITHUB_SAN,
  GITLAB_ISSUER,
  GITLAB_SAN,
  platformDigests,
  pushImage,
  startWorld,
  type World,
} from './world.js';

const CUSTOM_TYPE = 'https://example.com/test-result/v1';
const PASSWORD = 'peers';

type Signer = 'github' | 'gitlab' | 'key';
type Format = 'bundle' | 'classic';
type Cosign = Extract<PeerName, 'cosign' | 'cosign-v2'>;

let world: World;
let files: string;
let predicates: Record<string, string>;

beforeAll(async () => {
  world = await startWorld();
  files = mkdtempSync(join(world.work, 'cosign-'));
  writeFileSync(
    join(files, 'github.token'),
    await world.stack.mintToken({ shape: 'github', expiresIn: 1800 }),
  );
  writeFileSync(
    join(files, 'gitlab.token'),
    await world.stack.mintToken({ shape: 'gitlab', expiresIn: 1800 }),
  );
  writeFileSync(join(files, 'signing-config.json'), JSON.stringify(signingConfig(world)));
  const keys = await runPeer(
    'cosign',
    ['generate-key-pair', '--output-key-prefix', join(files, 'cosign')],
    {
      COSIGN_PASSWORD: PASSWORD,
    },
  );
  if (keys.code !== 0) throw new Error(describeRun(keys));
  predicates = writePredicates(files);
});
afterAll(async () => {
  await world?.stop();
});

/** A signing config (v0.2) naming the loopback services: how cosign v3 finds a private instance. */
function signingConfig(w: World): unknown {
  const service = (url: string) => ({
    url,
    majorApiVersion: 1,
    validFor: { start: '2020-01-01T00:00:00Z' },
    operator: 'loopback',
  });
  return {
    mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
    caUrls: [service(w.stack.fulcioURL)],
    oidcUrls: [],
    rekorTlogUrls: [service(w.stack.rekorURL)],
    rekorTlogConfig: { selector: 'ANY' },
    tsaUrls: [service(`${w.stack.tsaURL}/api/v1/timestamp`)],
    tsaConfig: { selector: 'ANY' },
  };
}

function writePredicates(dir: string): Record<string, string> {
  const fixtures = process.env.IMPRINT_FIXTURES ?? join(process.cwd(), '..', 'shared', 'fixtures');
  const vuln = JSON.parse(
    readFileSync(join(fixtures, 'trivy', 'cosign-vuln-predicate.example.json'), 'utf8'),
  ) as { metadata: Record<string, string> };
  // A fresh scan: policies bound the age of vulnerability evidence.
  const now = new Date().toISOString();
  vuln.metadata = { scanStartedOn: now, scanFinishedOn: now };
  const all: Record<string, unknown> = {
    cyclonedx: { bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components: [] },
    vuln,
    slsaprovenance1: {
      buildDefinition: { buildType: 'https://example.com/build/v1', externalParameters: {} },
      runDetails: { builder: { id: 'https://example.com/builder' } },
    },
    [CUSTOM_TYPE]: { passed: 42, failed: 0 },
  };
  const paths: Record<string, string> = {};
  for (const [type, predicate] of Object.entries(all)) {
    paths[type] = join(dir, `${Object.keys(paths).length}.json`);
    writeFileSync(paths[type], JSON.stringify(predicate));
  }
  return paths;
}

// ---------------------------------------------------------------- cosign writes

/** How this cosign signs for this signer and format, through the loopback services. */
function signingArgs(tool: Cosign, signer: Signer, format: Format): string[] {
  const identity =
    signer === 'key'
      ? ['--key', join(files, 'cosign.key')]
      : ['--identity-token', join(files, `${signer}.token`)];
  const common = [...identity, '--allow-http-registry', '--allow-insecure-registry', '--yes'];
  if (tool === 'cosign' && format === 'bundle') {
    return [
      ...common,
      '--signing-config',
      join(files, 'signing-config.json'),
      '--trusted-root',
      world.stack.trustedRootPath,
    ];
  }
  // cosign v3 writes classic tags only without a signing config; cosign v2 names each service.
  const services = [
    '--use-signing-config=false',
    '--rekor-url',
    world.stack.rekorURL,
    ...(signer === 'key' ? [] : ['--fulcio-url', world.stack.fulcioURL]),
  ];
  const formatFlag = `--new-bundle-format=${format === 'bundle'}`;
  if (tool === 'cosign') return [...common, ...services, formatFlag];
  return [...common, ...services.slice(1), formatFlag];
}

async function cosign(tool: Cosign, args: string[]): Promise<PeerRun> {
  const run = await runPeer(tool, args, {
    DOCKER_CONFIG: world.dockerConfig,
    COSIGN_PASSWORD: PASSWORD,
    HOME: world.work,
    // cosign v2 checks the Fulcio certificate and its SCT against these before it signs.
    ...(tool === 'cosign-v2'
      ? classicTrustEnv(world.stack.trustedRootPath, mkdtempSync(join(world.work, 'trust-')))
      : {}),
  });
  if (run.code !== 0) throw new Error(describeRun(run));
  return run;
}

/** A two-platform index in its own repository, signed (--recursive) and attested by cosign. */
async function signedByCosign(tool: Cosign, signer: Signer, format: Format): Promise<string> {
  const repo = `by-cosign/${tool}-${signer}-${format}`;
  const digest = await pushImage(world, repo, 'v1', ['linux/amd64', 'linux/arm64']);
  const ref = `${world.registry.host}/${repo}@${digest}`;
  const args = signingArgs(tool, signer, format);
  await cosign(tool, ['sign', '--recursive', ...args, ref]);
  // `attest` has no --recursive: the index and each platform get their own, as a policy
  // that checks each platform (imprint's) needs.
  const platforms = await platformDigests(world, repo, digest);
  for (const subject of [ref, ...platforms.map((p) => `${world.registry.host}/${repo}@${p}`)]) {
    for (const [type, path] of Object.entries(predicates)) {
      await cosign(tool, ['attest', '--type', type, '--predicate', path, ...args, subject]);
    }
  }
  return ref;
}

// ---------------------------------------------------------------- imprint reads

interface Verified {
  code: number;
  report: VerifyReportJson;
}

async function imprintVerify(ref: string, policy: string[]): Promise<Verified> {
  const reportPath = join(mkdtempSync(join(world.work, 'report-')), 'report.json');
  const code = await runCli(
    [
      'verify',
      ref,
      ...policy,
      '--trusted-root',
      world.stack.trustedRootPath,
      '--require-attestations',
      'sbom,vuln,provenance',
      '--insecure-registries',
      world.registry.host,
      '--report-path',
      reportPath,
    ],
    { stdout: () => undefined, env: { DOCKER_CONFIG: world.dockerConfig } },
  );
  return { code, report: JSON.parse(readFileSync(reportPath, 'utf8')) as VerifyReportJson };
}

const POLICY: Record<Signer, () => string[]> = {
  github: () => ['--certificate-identity', GITHUB_SAN, '--certificate-oidc-issuer', GITHUB_ISSUER],
  gitlab: () => ['--certificate-identity', GITLAB_SAN, '--certificate-oidc-issuer', GITLAB_ISSUER],
  key: () => ['--key', join(files, 'cosign.pub')],
};

/** Another signer than the one that signed: the policy must refuse the image. */
const OTHER: Record<Signer, Signer> = { github: 'gitlab', gitlab: 'github', key: 'github' };

function checksOf(verified: Verified) {
  return verified.report.images.flatMap((image) => [
    ...image.checks,
    ...image.platforms.flatMap((platform) => platform.checks),
  ]);
}

function signerCheck(verified: Verified) {
  return checksOf(verified).find((check) => check.check === 'signer');
}

/** Every check that did not pass, with what it expected and found: empty when all pass. */
function problems(verified: Verified): string[] {
  return checksOf(verified)
    .filter((check) => check.outcome !== 'pass')
    .map((check) => `${check.check}: expected ${check.expected}; found ${check.found}`);
}

describe.each([
  ['cosign', 'github', 'bundle'],
  ['cosign', 'gitlab', 'bundle'],
  ['cosign', 'key', 'bundle'],
  ['cosign', 'github', 'classic'],
  ['cosign', 'key', 'classic'],
  ['cosign-v2', 'github', 'classic'],
  ['cosign-v2', 'gitlab', 'classic'],
  ['cosign-v2', 'key', 'classic'],
  ['cosign-v2', 'key', 'bundle'],
  ['cosign-v2', 'github', 'bundle'],
] as [Cosign, Signer, Format][])('%s, %s signer, %s', (tool, signer, format) => {
  let ref: string;

  beforeAll(async () => {
    ref = await signedByCosign(tool, signer, format);
  });

  it('passes a policy naming that signer, index and platforms, with every attestation', async () => {
    const verified = await imprintVerify(ref, POLICY[signer]());
    expect(problems(verified)).toEqual([]);
    expect(verified.code).toBe(EXIT_OK);
    expect(verified.report.images[0]!.platforms).toHaveLength(2);
    expect(verified.report.verified).toBe(true);
  });

  it('fails a policy naming another signer, saying what it expected and found', async () => {
    const verified = await imprintVerify(ref, POLICY[OTHER[signer]]());
    expect(verified.code).toBe(EXIT_FAILED);
    expect(verified.report.verified).toBe(false);
    const check = signerCheck(verified);
    expect(check?.outcome).toBe('fail');
    const wanted = OTHER[signer] === 'github' ? GITHUB_SAN : GITLAB_SAN;
    expect(check?.expected).toContain(wanted);
    // A key signature the policy has no key for is named as such, not "no signature found".
    if (signer === 'key') {
      expect(check?.found).toContain('signed with a public key');
      expect(check?.hint).toContain('give the policy the signer that made them');
    } else expect(check?.found).toContain(signer === 'github' ? GITHUB_SAN : GITLAB_SAN);
  });
});
