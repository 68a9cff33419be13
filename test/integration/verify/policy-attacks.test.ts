/**
 * Policies that passed what they should fail, attacked through the real CLI against a real
 * registry: a tag (which can move after verify) accepted by default, a tag exemption that
 * waved through an unsigned image pinned by digest. Each passed the gate (exit 0) before.
 */
import { cosignSignStatement } from '../../../src/attest/statement.js';
import { EXIT_FAILED, EXIT_VERIFIED } from '../../../src/verify/door.js';
import { attachBundle, type PushedImage, pushImage } from './evidence-store.js';
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
    expect(warned.code).toBe(EXIT_VERIFIED);
    expect(checksOf(warned)['image.digest']?.outcome).toBe('warn');
    const pinned = await verifyCli(world, [signed.pinned, '--policy', policy]);
    expect(pinned.code).toBe(EXIT_VERIFIED);
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
