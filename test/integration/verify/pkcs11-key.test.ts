/**
 * A signing key that never leaves a real SoftHSM2 token: `imprint generate-key-pair --kms
 * pkcs11:…` makes it on the token, `imprint publish` signs through the loopback Sigstore with
 * the token doing every signature, and `imprint verify --key pkcs11:…` reads the public key
 * from the token. The PIN never reaches a log; a wrong one fails before anything is signed.
 * imprint runs as its own process: SoftHSM reads SOFTHSM2_CONF from the C environment, which
 * jest's sandboxed process.env does not reach.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../../../src/doors/exit-codes.js';
import { createSoftHsmToken, type SoftHsmToken } from '../../harness/softhsm.js';
import { runSourceCli } from '../../harness/source-cli.js';
import { startWorld, type VerifyWorld } from './context.js';
import { pushImage } from './evidence-store.js';

let world: VerifyWorld;
let token: SoftHsmToken;

beforeAll(async () => {
  world = await startWorld();
  token = createSoftHsmToken();
});
afterAll(async () => {
  token?.remove();
  await world?.stop();
});

function imprint(args: string[]) {
  return runSourceCli(args, {
    PATH: process.env.PATH,
    HOME: world.work,
    DOCKER_CONFIG: join(world.work, '.docker'),
    SOFTHSM2_CONF: token.conf,
  });
}

const generateOnToken = (uri: string, prefix: string) =>
  imprint(['generate-key-pair', '--kms', uri, '--output-key-prefix', join(world.work, prefix)]);

function publish(image: string, key: string) {
  return imprint([
    'publish',
    '--image',
    image,
    '--builder',
    'none',
    '--insecure-registries',
    world.registry.host,
    '--no-sbom',
    '--scan=false',
    '--no-provenance',
    '--signing',
    'key',
    '--key',
    key,
    '--sigstore',
    'custom',
    '--rekor-url',
    world.stack.rekorURL,
    '--trusted-root',
    world.stack.trustedRootPath,
  ]);
}

/** Verify by digest, as the default policy wants. */
function verify(image: { pinned: string }, key: string) {
  const report = join(mkdtempSync(join(world.work, 'report-')), 'report.json');
  return imprint([
    'verify',
    image.pinned,
    '--key',
    key,
    '--trusted-root',
    world.stack.trustedRootPath,
    '--insecure-registries',
    world.registry.host,
    '--report-path',
    report,
    '--no-summary',
  ]);
}

describe('a PKCS#11 key on SoftHSM2', () => {
  it('is made on the token, signs a publish there, and verifies from the token and its PEM', async () => {
    const made = await generateOnToken(token.uri('release'), 'release');
    expect(made).toMatchObject({ code: EXIT_OK });
    const pem = readFileSync(join(world.work, 'release.pub'), 'utf8');
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(made.stdout).toContain(pem);

    const image = await pushImage(world.client, 'pkcs11/app', 'v1');
    const run = await publish(image.reference, token.uri('release'));
    expect(run).toMatchObject({ code: EXIT_OK });
    expect(run.stdout + run.stderr).toContain(
      `signing with the pkcs11 key ${token.uri('release')} (hint `,
    );
    expect(run.stdout + run.stderr).toContain('read-back: 1 of 1 verified');

    const fromToken = await verify(image, token.uri('release', ''));
    expect(fromToken.stdout + fromToken.stderr).toContain(`✓ ${image.pinned}`);
    expect(fromToken.code).toBe(EXIT_OK);
    expect(await verify(image, join(world.work, 'release.pub'))).toMatchObject({
      code: EXIT_OK,
    });

    // Another key on the same token does not verify the image.
    expect(await generateOnToken(token.uri('other'), 'other')).toMatchObject({ code: EXIT_OK });
    expect(await verify(image, token.uri('other', ''))).toMatchObject({
      code: EXIT_FAILED,
    });
  });

  it('masks a pin-value in the log, and verify refuses a reference that carries one', async () => {
    expect(await generateOnToken(token.uri('masked'), 'masked')).toMatchObject({ code: EXIT_OK });
    const image = await pushImage(world.client, 'pkcs11/masked', 'v1');
    const withPin = token.uri('masked', `pin-value=${token.pin}`);
    const run = await publish(image.reference, withPin);
    expect(run).toMatchObject({ code: EXIT_OK });
    expect(run.stdout + run.stderr).toContain('pin-value=***');
    expect(run.stdout + run.stderr).not.toContain(token.pin);

    const refused = await verify(image, withPin);
    expect(refused.code).toBe(EXIT_USAGE);
    expect(refused.stderr).toContain('carries its PIN (pin-value)');
    expect(refused.stdout + refused.stderr).not.toContain(token.pin);
  });

  it('fails before signing when the PIN is wrong, or the key, token or module is not there', async () => {
    const image = await pushImage(world.client, 'pkcs11/refused', 'v1');
    const rekorBefore = world.stack.counts.rekor;
    const failure = async (key: string, code: number = EXIT_FAILED) => {
      const run = await publish(image.reference, key);
      expect(run.code).toBe(code);
      return run.stderr;
    };
    expect(
      await failure(token.uri('release', `pin-source=${token.pinFile}x`), EXIT_USAGE),
    ).toContain(`the PIN file ${token.pinFile}x (pin-source) cannot be read`);
    expect(await failure(token.uri('release', 'pin-value=000000'))).toMatch(
      /PKCS#11 token imprint-test, key release: reading the public key failed: .*CKR_PIN_INCORRECT/,
    );
    expect(await failure(token.uri('absent'))).toContain(
      'PKCS#11 token imprint-test, key absent: no public key matches',
    );
    expect(
      await failure(token.uri('release').replace('token=imprint-test', 'token=elsewhere')),
    ).toContain('PKCS#11 token elsewhere, key release: no such token');
    expect(
      await failure(token.uri('release').replace('module-path=/usr', 'module-path=/nowhere')),
    ).toContain('the PKCS#11 module /nowhere/lib/softhsm/libsofthsm2.so cannot be loaded');
    expect(world.stack.counts.rekor).toBe(rekorBefore);
  });

  it('is read from the token by a policy file: verify, and export with the PEM inlined', async () => {
    expect(await generateOnToken(token.uri('policy'), 'policy')).toMatchObject({ code: EXIT_OK });
    const pem = readFileSync(join(world.work, 'policy.pub'), 'utf8');
    const image = await pushImage(world.client, 'pkcs11/policy', 'v1');
    expect(await publish(image.reference, token.uri('policy'))).toMatchObject({ code: EXIT_OK });
    const policy = join(world.work, 'pkcs11-policy.yaml');
    writeFileSync(
      policy,
      `apiVersion: imprint/v1\nkind: Policy\nsigners:\n  - key: '${token.uri('policy', '')}'\n`,
    );
    const report = join(mkdtempSync(join(world.work, 'report-')), 'report.json');
    const verified = await imprint([
      'verify',
      image.pinned,
      '--policy',
      policy,
      '--trusted-root',
      world.stack.trustedRootPath,
      '--insecure-registries',
      world.registry.host,
      '--report-path',
      report,
      '--no-summary',
    ]);
    expect(verified.stdout + verified.stderr).toContain(`✓ ${image.pinned}`);
    expect(verified.code).toBe(EXIT_OK);

    const exported = await imprint(['policy', 'export', '--to', 'kyverno', policy]);
    expect(exported.code).toBe(EXIT_OK);
    const body = pem.trim().split('\n').slice(1, -1);
    for (const line of body) expect(exported.stdout).toContain(line);
  });

  it('refuses to make a key whose label is taken', async () => {
    expect(await generateOnToken(token.uri('taken'), 'taken')).toMatchObject({ code: EXIT_OK });
    const again = await generateOnToken(token.uri('taken'), 'taken-again');
    expect(again.code).toBe(EXIT_FAILED);
    expect(again.stderr).toContain('a key with this label or id already exists');
  });
});
