/**
 * SPDX end to end against real parts: the Docker engine, a distribution registry, the loopback
 * Sigstore stack and the real syft (from the peers). Publish writes and attests SPDX 2.3 next
 * to CycloneDX from one catalogue; `imprint verify` judges sbom rules on it; an SPDX document
 * syft made of the pushed image, attested as actions/attest types it (…/Document/v2.3), is
 * judged the same way; syft converts our SPDX to CycloneDX and back without losing packages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { readPublishOptions } from '../../../src/publish/options.js';
import { runPublish } from '../../../src/publish/run.js';
import { capturedContext } from '../../harness/context.js';
import { scratchContext } from '../../harness/image.js';
import {
  baseInputs,
  COSIGN_SIGN,
  CYCLONEDX,
  type EvidenceParts,
  GITHUB_SAN,
  githubEnv,
  publish,
  referrerTypes,
  SLSA,
  startEvidenceParts,
  succeeded,
  verifyImage,
} from './evidence-run.js';

const SPDX = 'https://spdx.dev/Document';
const SPDX_V23 = 'https://spdx.dev/Document/v2.3';
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const SYFT = join(homedir(), '.cache/imprint-peers/syft@v1.57.2/syft');
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

/** syft names apk packages by purl only when it knows the distribution. */
const OS_RELEASE = 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.9.4\n';
const FILES = { 'lib/apk/db/installed': APK_DB, 'etc/os-release': OS_RELEASE };

interface SpdxDocument {
  spdxVersion: string;
  packages: {
    name: string;
    externalRefs?: { referenceType: string; referenceLocator: string }[];
  }[];
}

let parts: EvidenceParts;

beforeAll(async () => {
  if (!existsSync(SYFT)) throw new Error(`syft is not at ${SYFT}: run scripts/peers to fetch it`);
  parts = await startEvidenceParts();
});
afterAll(async () => {
  await parts?.stop();
});

function policyFile(name: string, type: string, rules: string[]): string {
  const path = join(parts.work, name);
  writeFileSync(
    path,
    [
      'apiVersion: imprint/v1',
      'kind: Policy',
      'images:',
      `  allow: ['${parts.registry.host}/**']`,
      'signers:',
      `  - issuer: ${GITHUB_ISSUER}`,
      `    subject: ${GITHUB_SAN}`,
      'attestations:',
      `  - type: ${type}`,
      '    sbom:',
      ...rules.map((rule) => `      ${rule}`),
    ].join('\n') + '\n',
  );
  return path;
}

/** `imprint verify IMAGE --policy FILE` through the CLI door, with each check's outcome by id. */
async function verify(
  imageRef: string,
  policy: string,
): Promise<{ code: number; log: string; outcomes: Record<string, string> }> {
  const { code, log, checks } = await verifyImage(parts, imageRef, policy);
  return { code, log, outcomes: Object.fromEntries(checks.map((c) => [c.check, c.outcome])) };
}

/** The real syft, offline: no update check, plain HTTP to the loopback registry. */
function syft(args: string[]): string {
  return execFileSync(SYFT, args, {
    cwd: parts.work,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: parts.work,
      SYFT_CHECK_FOR_APP_UPDATE: 'false',
      SYFT_REGISTRY_INSECURE_USE_HTTP: 'true',
    },
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const purlsOfSpdx = (document: SpdxDocument): string[] =>
  document.packages
    .flatMap((pkg) => pkg.externalRefs ?? [])
    .filter((ref) => ref.referenceType === 'purl' && !ref.referenceLocator.startsWith('pkg:oci/'))
    .map((ref) => ref.referenceLocator)
    .sort();
const purlsOfCyclonedx = (bom: { components?: { purl?: string }[] }): string[] =>
  (bom.components ?? [])
    .map((component) => component.purl)
    .filter((purl): purl is string => purl !== undefined && !purl.startsWith('pkg:oci/'))
    .sort();

describe('sbom-format: both', () => {
  it('writes and attests SPDX 2.3 and CycloneDX of one catalogue; verify judges the SPDX one', async () => {
    const repo = 'spdx/app';
    const run = succeeded(
      await publish(
        parts,
        {
          image: `${parts.registry.host}/${repo}`,
          tags: 'v1',
          context: scratchContext(FILES),
          builder: 'docker',
          scan: 'false',
          'sbom-format': 'both',
        },
        githubEnv(parts),
      ),
    );
    const digest = run.outputs.digest!;
    expect(await referrerTypes(parts.registry, repo, digest)).toEqual([
      SLSA,
      CYCLONEDX,
      SPDX,
      COSIGN_SIGN,
    ]);
    expect(run.log).toContain('read-back: 4 of 4 verified');
    expect(run.outputs['sbom-ref']!.split('\n')).toHaveLength(2);
    expect(run.summary).toContain('### SBOM (CycloneDX 1.6, SPDX 2.3)');
    expect(run.summary).toMatch(/\| sbom-spdx \| `https:\/\/spdx\.dev\/Document` \| image /);

    const dir = run.outputs['sbom-path']!;
    expect(readdirSync(dir).sort()).toEqual(['image.cdx.json', 'image.spdx.json']);
    const spdx = JSON.parse(readFileSync(join(dir, 'image.spdx.json'), 'utf8')) as SpdxDocument;
    const bom = JSON.parse(readFileSync(join(dir, 'image.cdx.json'), 'utf8')) as {
      components: { purl?: string }[];
    };
    expect(spdx.spdxVersion).toBe('SPDX-2.3');
    expect(purlsOfSpdx(spdx)).toEqual(purlsOfCyclonedx(bom));
    expect(purlsOfSpdx(spdx).map((purl) => purl.split('@')[0])).toEqual([
      'pkg:apk/alpine/busybox',
      'pkg:apk/alpine/musl',
    ]);

    // syft reads our SPDX: to CycloneDX and back, every package stays.
    const converted = JSON.parse(
      syft(['convert', join(dir, 'image.spdx.json'), '-o', 'cyclonedx-json']),
    ) as { components?: { purl?: string }[] };
    expect(purlsOfCyclonedx(converted)).toEqual(purlsOfSpdx(spdx));
    writeFileSync(join(parts.work, 'converted.cdx.json'), JSON.stringify(converted));
    const back = JSON.parse(
      syft(['convert', join(parts.work, 'converted.cdx.json'), '-o', 'spdx-json']),
    ) as SpdxDocument;
    expect(purlsOfSpdx(back)).toEqual(purlsOfSpdx(spdx));
    // And our CycloneDX to SPDX.
    const fromCyclonedx = JSON.parse(
      syft(['convert', join(dir, 'image.cdx.json'), '-o', 'spdx-json']),
    ) as SpdxDocument;
    expect(purlsOfSpdx(fromCyclonedx)).toEqual(purlsOfCyclonedx(bom));

    const imageRef = run.outputs['image-ref']!;
    const allowed = await verify(
      imageRef,
      policyFile('spdx-pass.yaml', SPDX, ['denyLicenses: [AGPL-3.0-only]']),
    );
    expect(allowed.outcomes).toMatchObject({
      [`attestation:${SPDX}`]: 'pass',
      'sbom.denyLicenses': 'pass',
    });
    expect(allowed.code).toBe(0);
    const refused = await verify(
      imageRef,
      policyFile('spdx-fail.yaml', SPDX, [
        'denyLicenses: [GPL-2.0-only]',
        'denyPackages: [{purl: "pkg:apk/alpine/busybox", versions: "<1.30"}]',
      ]),
    );
    expect(refused.code).toBe(1);
    expect(refused.log).toMatch(
      /denied licences: pkg:apk\/alpine\/busybox@1\.29\.3-r10[^:]*: GPL-2\.0-only/,
    );
    expect(refused.log).toMatch(/denied: pkg:apk\/alpine\/busybox@1\.29\.3-r10\S* \(in <1\.30\)/);
  });
});

describe('sbom-format: spdx', () => {
  it('writes and attests only the SPDX document; sbom-ref names it', async () => {
    const repo = 'spdx/only';
    const run = succeeded(
      await publish(
        parts,
        {
          image: `${parts.registry.host}/${repo}`,
          tags: 'v1',
          context: scratchContext(FILES),
          builder: 'docker',
          scan: 'false',
          'sbom-format': 'spdx',
        },
        githubEnv(parts),
      ),
    );
    expect(await referrerTypes(parts.registry, repo, run.outputs.digest!)).toEqual([
      SLSA,
      SPDX,
      COSIGN_SIGN,
    ]);
    expect(readdirSync(run.outputs['sbom-path']!)).toEqual(['image.spdx.json']);
    expect(run.outputs['sbom-ref']).toMatch(
      new RegExp(`^${parts.registry.host}/${repo}@sha256:[0-9a-f]{64}$`),
    );
    expect(run.summary).toContain('### SBOM (SPDX 2.3)');

    // A re-run knows its SPDX document (namespace and creation time aside) and stores nothing new.
    const again = succeeded(
      await publish(
        parts,
        {
          image: `${parts.registry.host}/${repo}`,
          tags: 'v1',
          context: scratchContext(FILES),
          builder: 'docker',
          scan: 'false',
          'sbom-format': 'spdx',
        },
        githubEnv(parts),
      ),
    );
    expect(again.outputs.digest).toBe(run.outputs.digest);
    expect(again.log).toContain('3 of 3 already in the registry from a previous run');
  });
});

describe('an SPDX document syft made, attested as actions/attest types it', () => {
  it('is judged by the same sbom rules', async () => {
    const repo = 'spdx/syft';
    const image = `${parts.registry.host}/${repo}`;
    const env = githubEnv(parts);
    const first = succeeded(
      await publish(
        parts,
        {
          image,
          tags: 'v1',
          context: scratchContext(FILES),
          builder: 'docker',
          scan: 'false',
          sbom: 'false',
        },
        env,
      ),
    );
    const imageRef = first.outputs['image-ref']!;
    const document = JSON.parse(
      syft(['scan', `registry:${imageRef}`, '-o', 'spdx-json']),
    ) as SpdxDocument;
    expect(document.spdxVersion).toBe('SPDX-2.3');
    expect(purlsOfSpdx(document)).toEqual([
      'pkg:apk/alpine/busybox@1.29.3-r10?arch=x86_64&distro=alpine-3.9.4',
      'pkg:apk/alpine/musl@1.1.20-r4?arch=x86_64&distro=alpine-3.9.4',
    ]);

    // The same image again (builder none), with syft's document among the attestations asked for.
    const values: Record<string, string> = {
      ...baseInputs(parts),
      image: imageRef,
      builder: 'none',
      scan: 'false',
      sbom: 'false',
    };
    const { context } = capturedContext();
    await runPublish(
      readPublishOptions((name) => values[name]),
      context,
      {
        env,
        attestations: [
          {
            predicateType: SPDX_V23,
            predicate: document,
            subjects: [first.outputs.digest!],
            kind: 'sbom-syft',
          },
        ],
      },
    );
    expect(await referrerTypes(parts.registry, repo, first.outputs.digest!)).toContain(SPDX_V23);

    const refused = await verify(
      imageRef,
      policyFile('syft-fail.yaml', SPDX, ['denyPackages: [{purl: "pkg:apk/alpine/busybox"}]']),
    );
    expect(refused.code).toBe(1);
    expect(refused.log).toMatch(
      /denied: pkg:apk\/alpine\/busybox@1\.29\.3-r10\?arch=x86_64&distro=alpine-3\.9\.4/,
    );
    const versioned = await verify(
      imageRef,
      policyFile('syft-pass.yaml', SPDX_V23, [
        'denyPackages: [{purl: "pkg:apk/alpine/busybox", versions: ">=1.30"}]',
      ]),
    );
    expect(versioned.outcomes).toMatchObject({
      [`attestation:${SPDX_V23}`]: 'pass',
      'sbom.denyPackages': 'pass',
    });
    expect(versioned.code).toBe(0);
  });
});
