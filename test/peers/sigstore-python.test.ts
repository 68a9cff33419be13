/**
 * sigstore-python (4.x, built by scripts/peers.sh) verifies every bundle in the `bundle-path`
 * output of a keyless publish (GitHub Actions identity, both attestation formats), with a
 * client trust config made of the loopback instance's trusted root and signing config.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleSigningPayload } from '../../src/attest/storage/cosign-classic.js';
import { SOURCE_SHA } from '../harness/sigstore/claims.js';
import { describeRun, type PeerRun, runPeer } from './tools.js';
import {
  GITHUB_ISSUER,
  GITHUB_SAN,
  githubEnv,
  publish,
  type Published,
  pushImage,
  startWorld,
  type World,
} from './world.js';

let world: World;
let published: Published;
let trustConfig: string;
const repo = 'python/app';

beforeAll(async () => {
  world = await startWorld();
  await pushImage(world, repo, 'v1', ['linux/amd64', 'linux/arm64']);
  published = await publish(
    world,
    { image: `${world.registry.host}/${repo}:v1`, 'attestation-format': 'both' },
    githubEnv(world),
  );
  trustConfig = join(mkdtempSync(join(world.work, 'python-')), 'trust-config.json');
  writeFileSync(trustConfig, JSON.stringify(clientTrustConfig(world)));
});
afterAll(async () => {
  await world?.stop();
});

/** sigstore-python's --trust-config: the trusted root and the services that signed. */
function clientTrustConfig(w: World): unknown {
  const service = (url: string) => ({
    url,
    majorApiVersion: 1,
    validFor: { start: '2020-01-01T00:00:00Z' },
    operator: 'loopback',
  });
  return {
    mediaType: 'application/vnd.dev.sigstore.clienttrustconfig.v0.1+json',
    trustedRoot: JSON.parse(readFileSync(w.stack.trustedRootPath, 'utf8')) as unknown,
    signingConfig: {
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [service(w.stack.fulcioURL)],
      oidcUrls: [service(w.stack.issuerURL)],
      rekorTlogUrls: [service(w.stack.rekorURL)],
      rekorTlogConfig: { selector: 'ANY' },
      tsaUrls: [service(`${w.stack.tsaURL}/api/v1/timestamp`)],
      tsaConfig: { selector: 'ANY' },
    },
  };
}

/** What one bundle file signs: the image digest its name starts with, or a payload file. */
function signedInput(file: string): string {
  const hex = file.split('.')[0]!;
  const bundle = JSON.parse(
    readFileSync(join(published.outputs['bundle-path']!, file), 'utf8'),
  ) as {
    messageSignature?: unknown;
  };
  if (!bundle.messageSignature) return `sha256:${hex}`;
  // A cosign v2 `.sig` bundle signs the simple-signing payload naming the image.
  const payload = join(mkdtempSync(join(world.work, 'payload-')), 'payload.json');
  writeFileSync(payload, simpleSigningPayload(`${world.registry.host}/${repo}`, `sha256:${hex}`));
  return payload;
}

async function sigstore(args: string[]): Promise<PeerRun> {
  return runPeer('sigstore-python', ['--trust-config', trustConfig, ...args], {
    HOME: world.work,
    COLUMNS: '1000', // one message, one line
  });
}

/**
 * What sigstore-python 4 refuses though the in-toto spec allows it (recorded, with its words):
 * Statement v0.1 (cosign v2's `.att` format) and v1 subjects without a `name` (the cosign v3
 * image-signature statement, which imprint writes exactly as cosign v3 does).
 */
const PYTHON_REFUSES: [RegExp, string[]][] = [
  [
    /\.(provenance|sbom|vuln)\.cosign-classic\.sigstore\.json$/,
    [
      'malformed in-toto statement: 1 validation error for _Statement',
      "_type Input should be 'https://in-toto.io/Statement/v1'",
      "input_value='https://in-toto.io/Statement/v0.1'",
    ],
  ],
  [
    /\.signature\.sigstore\.json$/,
    [
      'malformed in-toto statement: 1 validation error for _Statement',
      'subject.0.name Field required',
    ],
  ],
];

const refusedFor = (file: string) => PYTHON_REFUSES.find(([pattern]) => pattern.test(file))?.[1];
/** The output with rich's line wrapping and log-position columns folded away. */
const saysAll = (run: PeerRun, fragments: string[]) => {
  const text = `${run.stdout}${run.stderr}`.replace(/\s+errors\.py:\d+/g, '').replace(/\s+/g, ' ');
  return fragments.every((fragment) => text.includes(fragment));
};
const oneLine = (run: PeerRun) => `${run.stdout}${run.stderr}`.replace(/\s+/g, ' ');

/** The bundles in a bundle-path folder (it also holds the image manifest, which is no bundle). */
const bundleFiles = (dir: string) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.sigstore.json'))
    .sort();

describe('sigstore-python verifies every bundle of a keyless publish', () => {
  it('the bundle directory holds referrer and classic bundles for the index and its platforms', () => {
    const files = bundleFiles(published.outputs['bundle-path']!);
    // index: signature and provenance, each in both formats; each platform: those plus its
    // SBOM and scan (written under the platform they describe, not again under the index).
    expect(files).toHaveLength(2 * 2 + 2 * 4 * 2);
    // Beside them, the image's index as its digest names it, for verify --bundle offline.
    expect(
      readdirSync(published.outputs['bundle-path']!).filter((f) => f.endsWith('.manifest.json')),
    ).toHaveLength(1);
    expect(files.some((f) => f.endsWith('.cosign-classic.sigstore.json'))).toBe(true);
  });

  it('verify identity: each bundle, with the exact identity and issuer (refusals recorded)', async () => {
    const dir = published.outputs['bundle-path']!;
    const failures: string[] = [];
    const verified: string[] = [];
    for (const file of bundleFiles(dir)) {
      const run = await sigstore([
        'verify',
        'identity',
        '--offline',
        '--bundle',
        join(dir, file),
        '--cert-identity',
        GITHUB_SAN,
        '--cert-oidc-issuer',
        GITHUB_ISSUER,
        signedInput(file),
      ]);
      const refused = refusedFor(file);
      if (refused) {
        if (run.code === 0 || !saysAll(run, refused)) failures.push(describeRun(run));
      } else if (run.code !== 0 || !run.stderr.includes('OK')) {
        failures.push(`${file}\n${describeRun(run)}`);
      } else {
        verified.push(file);
      }
    }
    expect(failures).toEqual([]);
    // In-toto v1 attestations (referrers) and the `.sig` message signatures, for 3 manifests.
    expect(verified.filter((f) => f.endsWith('.provenance.sigstore.json'))).toHaveLength(3);
    expect(
      verified.filter((f) => f.endsWith('.signature.cosign-classic.sigstore.json')),
    ).toHaveLength(3);
    expect(verified).toHaveLength(3 + 3 + 2 * 2);
  });

  it('verify github: each bundle, with the repository, ref, sha, trigger and workflow name', async () => {
    const dir = published.outputs['bundle-path']!;
    const failures: string[] = [];
    for (const file of bundleFiles(dir)) {
      const run = await sigstore([
        'verify',
        'github',
        '--offline',
        '--bundle',
        join(dir, file),
        '--cert-identity',
        GITHUB_SAN,
        '--repository',
        'acme/app',
        '--ref',
        'refs/heads/main',
        '--sha',
        SOURCE_SHA,
        '--trigger',
        'push',
        '--name',
        'release',
        signedInput(file),
      ]);
      const refused = refusedFor(file);
      if (refused ? !saysAll(run, refused) : run.code !== 0) {
        failures.push(`${file}\n${describeRun(run)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses a bundle under another identity, naming what it found', async () => {
    const dir = published.outputs['bundle-path']!;
    const file = readdirSync(dir).find((f) => f.endsWith('.provenance.sigstore.json'))!;
    const run = await sigstore([
      'verify',
      'identity',
      '--offline',
      '--bundle',
      join(dir, file),
      '--cert-identity',
      'https://github.com/acme/other/.github/workflows/release.yml@refs/heads/main',
      '--cert-oidc-issuer',
      GITHUB_ISSUER,
      signedInput(file),
    ]);
    expect(run.code).not.toBe(0);
    expect(oneLine(run)).toContain(
      "Certificate's SANs do not match https://github.com/acme/other/.github/workflows/release.yml@refs/heads/main; actual SANs:",
    );
    expect(oneLine(run)).toContain(GITHUB_SAN);
  });
});
