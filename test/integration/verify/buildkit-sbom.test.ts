/**
 * BuildKit's SBOMs (`docker buildx build --sbom=true`, docker/build-push-action `sbom: true`)
 * through `imprint verify`: an index in BuildKit's documented attestation layout pushed to a real
 * registry (test/harness/buildkit.ts), signed or not by imprint's own signer (witnessed by the
 * loopback Rekor), judged by policies with SBOM rules. The SPDX counts only under a signature
 * over the index digest, which names it by digest; otherwise it is reported and ignored.
 */
import { cosignSignStatement } from '../../../src/attest/statement.js';
import { EXIT_FAILED, EXIT_OK } from '../../../src/doors/exit-codes.js';
import type { Descriptor } from '../../../src/registry/manifest.js';
import {
  buildKitSpdx,
  buildKitStatement,
  type BuildKitIndex,
  pushBuildKitIndex,
  SPDX_DOCUMENT,
} from '../../harness/buildkit.js';
import { attachBundle } from './evidence-store.js';
import { startWorld, type VerifyRun, type VerifyWorld, verifyCli, writePolicy } from './context.js';

let world: VerifyWorld;

beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.stop();
});

/** In the fixture SPDX only: the image carries no other SBOM naming it. */
const LIBCRYPTO =
  'pkg:apk/alpine/libcrypto3@3.3.0-r2?arch=x86_64&distro=alpine-3.20.3&upstream=openssl';

function sbomPolicy(name: string, deny: string): string {
  return writePolicy(
    world,
    name,
    [
      'apiVersion: imprint/v1',
      'kind: Policy',
      'images:',
      '  allow: ["127.0.0.1:*/buildkit/**"]',
      'signers:',
      '  - key: ./alice.pub',
      'attestations:',
      `  - type: ${SPDX_DOCUMENT}`,
      '    sbom:',
      `      denyPackages: [{purl: ${JSON.stringify(deny)}}]`,
    ].join('\n'),
  );
}

async function sign(image: BuildKitIndex, subject: Descriptor): Promise<void> {
  await attachBundle(
    world.client,
    image.repository,
    subject,
    await world.alice.signDsse(cosignSignStatement(subject.digest)),
  );
}

/** `cosign sign --recursive` / imprint publish: the index and each platform manifest. */
async function signAll(image: BuildKitIndex): Promise<void> {
  await sign(image, image.descriptor);
  for (const { descriptor } of image.platforms) await sign(image, descriptor);
}

/** The checks of one platform of the first image, by id. */
function platformChecks(run: VerifyRun, platform: number) {
  const checks = run.report.images[0]?.platforms[platform]?.checks ?? [];
  return Object.fromEntries(checks.map((c) => [c.check, c]));
}

describe('a BuildKit SPDX attestation on a signed index', () => {
  it('is read, and a package only it lists is denied with the expected/found message', async () => {
    const image = await pushBuildKitIndex(world.client, 'buildkit/denied', '1.0');
    await signAll(image);
    const run = await verifyCli(world, [
      image.pinned,
      '--policy',
      sbomPolicy('bk-deny.yaml', 'pkg:apk/alpine/libcrypto3'),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    for (const platform of [0, 1]) {
      const checks = platformChecks(run, platform);
      expect(checks[`attestation:${SPDX_DOCUMENT}`]).toMatchObject({
        outcome: 'pass',
        found: expect.stringContaining('key ./alice.pub'),
      });
      expect(checks['sbom.denyPackages']).toMatchObject({
        outcome: 'fail',
        expected: 'none of: pkg:apk/alpine/libcrypto3',
        found: `denied: ${LIBCRYPTO}`,
      });
    }
    const amd64 = run.report.images[0]!.evidence!.platforms![0]!;
    expect(amd64.attestations).toEqual([
      expect.objectContaining({
        predicateType: SPDX_DOCUMENT,
        source: 'buildkit',
        subjectDigests: [image.platforms[0]!.descriptor.digest],
        location: expect.stringContaining(
          `BuildKit attestation manifest ${image.attestationManifests[0]!.digest} layer 0, covered by the index signature`,
        ),
        tlogProven: true,
      }),
    ]);
  });

  it('passes a policy whose denied package it does not list: the SBOM counts as evidence', async () => {
    const image = await pushBuildKitIndex(world.client, 'buildkit/clean', '1.0');
    await signAll(image);
    const run = await verifyCli(world, [
      image.pinned,
      '--policy',
      sbomPolicy('bk-clean.yaml', 'pkg:apk/alpine/openssl'),
    ]);
    expect(run.code).toBe(EXIT_OK);
    expect(platformChecks(run, 0)['sbom.denyPackages']).toMatchObject({
      outcome: 'pass',
      found: `${(buildKitSpdx().packages as unknown[]).length} components, none denied`,
    });
  });
});

describe('a BuildKit SPDX attestation nothing signed covers', () => {
  it('does not count when only the platform manifests are signed: unsigned BuildKit SBOM, ignored', async () => {
    const image = await pushBuildKitIndex(world.client, 'buildkit/unsigned-index', '1.0');
    for (const { descriptor } of image.platforms) await sign(image, descriptor);
    const run = await verifyCli(world, [
      image.pinned,
      '--policy',
      sbomPolicy('bk-unsigned.yaml', 'pkg:apk/alpine/libcrypto3'),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    const checks = platformChecks(run, 0);
    expect(checks.signer?.outcome).toBe('pass');
    expect(checks[`attestation:${SPDX_DOCUMENT}`]).toMatchObject({
      outcome: 'fail',
      found: expect.stringContaining(
        `unverifiable attestation ${SPDX_DOCUMENT}: BuildKit attestation manifest ${image.attestationManifests[0]!.digest}: unsigned BuildKit SBOM, ignored: BuildKit signs none of its attestations, and no signature verifies over the index ${image.digest}`,
      ),
    });
    expect(checks['sbom.denyPackages']?.outcome).toBe('skipped');
    expect(run.report.images[0]!.evidence!.platforms![0]!.attestations).toEqual([]);
  });

  it('does not count when nothing is signed', async () => {
    const image = await pushBuildKitIndex(world.client, 'buildkit/unsigned', '1.0');
    const run = await verifyCli(world, [
      image.pinned,
      '--policy',
      sbomPolicy('bk-nothing.yaml', 'pkg:apk/alpine/openssl'),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(platformChecks(run, 1)[`attestation:${SPDX_DOCUMENT}`]).toMatchObject({
      outcome: 'fail',
      found: expect.stringContaining('unsigned BuildKit SBOM, ignored'),
    });
  });
});

describe('attack: a signed index carrying an SBOM made for another image', () => {
  it("refuses a statement whose subject is another digest: another image's clean SBOM cannot stand in", async () => {
    // The amd64 attestation manifest holds an SBOM of another image (say, copied over by an
    // index assembled by hand): clean of the denied package, and about a digest that is not amd64's.
    const elsewhere = `sha256:${'d'.repeat(64)}`;
    const clean = { ...buildKitSpdx(), packages: [] };
    const image = await pushBuildKitIndex(world.client, 'buildkit/other-image', '1.0', {
      sbomStatement: (platform, name) =>
        platform.platform === 'linux/amd64'
          ? buildKitStatement({
              image: name,
              platform: platform.platform,
              digest: elsewhere,
              predicate: clean,
            })
          : undefined,
    });
    await signAll(image);
    const run = await verifyCli(world, [
      image.pinned,
      '--policy',
      sbomPolicy('bk-other.yaml', 'pkg:apk/alpine/libcrypto3'),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    const amd64 = image.platforms[0]!.descriptor.digest;
    expect(platformChecks(run, 0)[`attestation:${SPDX_DOCUMENT}`]).toMatchObject({
      outcome: 'fail',
      found: expect.stringContaining(
        `BuildKit attestation manifest ${image.attestationManifests[0]!.digest} layer 0: its statement is about ${elsewhere}, not the platform manifest ${amd64} its attestation manifest is attached to: an SBOM of another image: not read`,
      ),
    });
    expect(run.report.images[0]!.evidence!.platforms![0]!.attestations).toEqual([]);
  });
});
