/**
 * Policies that passed what they should fail, attacked through the real CLI against a real
 * registry: a tag (which can move after verify) accepted by default, a tag exemption that
 * waved through an unsigned image pinned by digest, a denied npm package spelled `@` in the
 * policy and `%40` in the SBOM, a component without a version under a denied range, an index
 * that lists one signed manifest as 65 platforms (evidence fetched for each). Each passed the
 * gate (exit 0) before. And an alias bomb in the policy, which crashed with a ReferenceError.
 */
import { cosignSignStatement } from '../../../src/attest/statement.js';
import { MEDIA_TYPES } from '../../../src/registry/manifest.js';
import { MAX_PLATFORMS } from '../../../src/verify/evidence.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../../../src/doors/exit-codes.js';
import { attachBundle, type PushedImage, pushImage, SBOM, statementFor } from './evidence-store.js';
import { checksOf, startWorld, type VerifyWorld, verifyCli, writePolicy } from './context.js';

let world: VerifyWorld;
let signed: PushedImage;
let unsigned: PushedImage;

beforeAll(async () => {
  world = await startWorld();
  signed = await pushImage(world.client, 'attacks/app', 'release');
  await attachBundle(
    world.client,
    signed.repository,
    signed.descriptor,
    await world.alice.signDsse(cosignSignStatement(signed.digest)),
  );
  unsigned = await pushImage(world.client, 'attacks/app', 'unsigned');
});
afterAll(async () => {
  await world?.stop();
});

const SIGNER_ONLY = ['apiVersion: imprint/v1', 'kind: Policy', 'signers:', '  - key: ./alice.pub'];

describe('tag references', () => {
  it('a tag-only reference fails by default, the pinned reference in the hint; warn mode warns', async () => {
    const policy = writePolicy(world, 'default.yaml', SIGNER_ONLY.join('\n'));
    const byTag = await verifyCli(world, [signed.reference, '--policy', policy]);
    expect(byTag.code).toBe(EXIT_FAILED);
    expect(checksOf(byTag)['image.digest']).toMatchObject({
      outcome: 'fail',
      found: expect.stringContaining(`tag-only reference ${signed.reference}: a tag can be moved`),
      hint: `pin it: ${signed.reference}@${signed.digest}`,
    });
    expect(checksOf(byTag).signer?.outcome).toBe('pass');
    const warned = await verifyCli(world, [signed.reference, '--policy', policy, '--mode', 'warn']);
    expect(warned.code).toBe(EXIT_OK);
    expect(checksOf(warned)['image.digest']?.outcome).toBe('warn');
    const pinned = await verifyCli(world, [signed.pinned, '--policy', policy]);
    expect(pinned.code).toBe(EXIT_OK);
  });

  it('a tag glob in images.exclude or exceptions does not exempt an unsigned image pinned by digest', async () => {
    // The attacker writes the exempted tag in front of the digest of what they pushed.
    const disguised = `${world.registry.host}/attacks/app:legacy@${unsigned.digest}`;
    const exclude = writePolicy(
      world,
      'exclude-tag.yaml',
      [...SIGNER_ONLY, 'images:', '  exclude: ["127.0.0.1:*/attacks/app:legacy"]'].join('\n'),
    );
    const excluded = await verifyCli(world, [disguised, '--policy', exclude]);
    expect(excluded.code).toBe(EXIT_FAILED);
    expect(checksOf(excluded)['image.excluded']).toBeUndefined();
    expect(checksOf(excluded).signer?.outcome).toBe('fail');
    const excepted = await verifyCli(world, [
      disguised,
      '--policy',
      writePolicy(
        world,
        'except-tag.yaml',
        [
          ...SIGNER_ONLY,
          'exceptions:',
          '  - {image: "127.0.0.1:*/attacks/app:*", expires: 2999-01-01, reason: OPS-1}',
        ].join('\n'),
      ),
    ]);
    expect(excepted.code).toBe(EXIT_FAILED);
    expect(checksOf(excepted).exception).toBeUndefined();
    // The same exclusion still covers the tag it names.
    const byName = await verifyCli(world, [
      `${world.registry.host}/attacks/app:legacy`,
      '--policy',
      exclude,
    ]);
    expect(checksOf(byName)['image.excluded']?.outcome).toBe('skipped');
  });
});

describe('image globs, read as Docker reads image names', () => {
  it('a glob with the registry host in capitals judges the images it names', async () => {
    // The registry's own host, spelled as a person might: host names have no case.
    const port = world.registry.host.split(':')[1] ?? '';
    const named = (image: PushedImage) => `localhost:${port}/${image.repository}@${image.digest}`;
    const policy = writePolicy(
      world,
      'host-case.yaml',
      [
        ...SIGNER_ONLY,
        'images:',
        `  allow: ["LOCALHOST:${port}/attacks/**"]`,
        'exceptions:',
        `  - {image: "LocalHost:${port}/attacks/app@${unsigned.digest}", expires: 2999-01-01, reason: OPS-7}`,
      ].join('\n'),
    );
    const allowed = await verifyCli(world, [named(signed), '--policy', policy]);
    expect(checksOf(allowed)['image.allowed']).toMatchObject({
      outcome: 'pass',
      found: `localhost:${port}/attacks/app matches LOCALHOST:${port}/attacks/**`,
    });
    expect(allowed.code).toBe(EXIT_OK);
    // The exception written for the unsigned image waives its failing signer check, as it says.
    const waived = await verifyCli(world, [named(unsigned), '--policy', policy]);
    expect(checksOf(waived).signer?.outcome).toBe('warn');
    expect(checksOf(waived).exception?.found).toContain('OPS-7');
    expect(waived.code).toBe(EXIT_OK);
    // And a path in capitals names no image: the glob judges nothing, and the run says why.
    const lower = writePolicy(
      world,
      'path-case.yaml',
      [...SIGNER_ONLY, 'images:', `  allow: ["localhost:${port}/ATTACKS/**"]`].join('\n'),
    );
    const refused = await verifyCli(world, [named(signed), '--policy', lower]);
    expect(refused.code).toBe(EXIT_FAILED);
    expect(checksOf(refused)['image.allowed']?.outcome).toBe('fail');
    expect(refused.log).toContain(
      `policy: images.allow localhost:${port}/ATTACKS/** can match no image: repository paths are lowercase`,
    );
  });
});

describe('sbom.denyPackages', () => {
  let withBom: PushedImage;
  beforeAll(async () => {
    withBom = await pushImage(world.client, 'attacks/bom', '1');
    const components = [
      // imprint's own SBOMs write npm scopes as %40, as the purl spec says.
      { name: 'traverse', version: '7.22.0', purl: 'pkg:npm/%40babel/traverse@7.22.0' },
      { name: 'Django_Rest', purl: 'pkg:pypi/django-rest' },
    ];
    for (const statement of [
      cosignSignStatement(withBom.digest),
      statementFor(withBom, withBom.digest, SBOM, {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        components,
      }),
    ]) {
      await attachBundle(
        world.client,
        withBom.repository,
        withBom.descriptor,
        await world.alice.signDsse(statement),
      );
    }
  });

  const sbomPolicy = (deny: string) =>
    [
      ...SIGNER_ONLY,
      'attestations:',
      `  - type: ${SBOM}`,
      '    sbom:',
      '      denyPackages:',
      deny,
    ].join('\n');

  it('a scoped npm package written as the registry spells it (@) is denied in an SBOM that says %40', async () => {
    const run = await verifyCli(world, [
      withBom.pinned,
      '--policy',
      writePolicy(
        world,
        'deny-npm.yaml',
        sbomPolicy('        - {purl: pkg:npm/@babel/traverse, versions: "<7.23.2"}'),
      ),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run)['sbom.denyPackages']).toMatchObject({
      outcome: 'fail',
      found: 'denied: pkg:npm/%40babel/traverse@7.22.0 (in <7.23.2)',
    });
  });

  it('a component with no version under a denied range is denied, whatever the spelling of its name', async () => {
    const run = await verifyCli(world, [
      withBom.pinned,
      '--policy',
      writePolicy(
        world,
        'deny-pypi.yaml',
        sbomPolicy('        - {purl: pkg:pypi/Django_Rest, versions: "<2.0"}'),
      ),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run)['sbom.denyPackages']?.found).toBe(
      'denied: pkg:pypi/django-rest (no version, so it cannot be shown to be outside the denied versions)',
    );
  });

  it('a purl the policy cannot decode stops the run at load (exit 2), naming the line', async () => {
    const run = await verifyCli(world, [
      withBom.pinned,
      '--policy',
      writePolicy(world, 'deny-bad.yaml', sbomPolicy('        - {purl: "pkg:npm/%C3%28"}')),
    ]);
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.log).toContain(
      'deny-bad.yaml:9:18 attestations[0].sbom.denyPackages[0].purl: pkg:npm/%C3%28 is not a valid package URL',
    );
    expect(run.report.images).toBeUndefined();
  });
});

describe('resource bounds', () => {
  it('an index listing more platform manifests than the cap fails, without fetching evidence for each', async () => {
    // One signed manifest, listed 65 times under different platforms: every entry verifies.
    const entries = Array.from({ length: MAX_PLATFORMS + 1 }, (_, i) => ({
      ...signed.descriptor,
      platform: { architecture: `arch${i}`, os: 'linux' },
    }));
    const index = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: entries }),
    );
    const digest = await world.client.putManifest(
      'attacks/app',
      'wide',
      index,
      MEDIA_TYPES.ociIndex,
    );
    await attachBundle(
      world.client,
      'attacks/app',
      { mediaType: MEDIA_TYPES.ociIndex, digest, size: index.length },
      await world.alice.signDsse(cosignSignStatement(digest)),
    );
    let requests = 0;
    const run = await verifyCli(
      world,
      [
        `${world.registry.host}/attacks/app@${digest}`,
        '--policy',
        writePolicy(world, 'wide.yaml', SIGNER_ONLY.join('\n')),
      ],
      { onRequest: () => (requests += 1) },
    );
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run)['evidence.image']).toMatchObject({
      outcome: 'fail',
      found: expect.stringContaining(
        `is an index of ${MAX_PLATFORMS + 1} platform manifests, more than the ${MAX_PLATFORMS} verify reads evidence for: refused rather than verified in part`,
      ),
    });
    expect(requests).toBeLessThan(20);
  });

  it('an alias bomb in the policy is a policy error (exit 2), not a crash', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i += 1) {
      const previous = String.fromCharCode(96 + i);
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${previous}`).join(',')}]`,
      );
    }
    const policy = writePolicy(
      world,
      'bomb.yaml',
      [...SIGNER_ONLY, 'x-bomb:', ...levels.map((line) => `  ${line}`)].join('\n'),
    );
    const run = await verifyCli(world, [signed.pinned, '--policy', policy]);
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.log).toMatch(/error: Invalid policy \S*bomb\.yaml: its YAML aliases expand too far/);
    expect(run.report.images).toBeUndefined();
  });
});
