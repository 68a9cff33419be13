/**
 * Keys that never leave their store, read by real cosign: a SoftHSM2 token (PKCS#11) and AWS KMS
 * as moto's server mode emulates it on 127.0.0.1 (fake credentials in its environment and
 * ours). For each, `imprint generate-key-pair --kms` makes the key in the store, `imprint
 * publish` signs through the loopback Sigstore with the store doing every signature, `imprint
 * verify --key REFERENCE` reads the public key from the store, and cosign v3 verifies the same
 * image with the PEM generate-key-pair wrote. imprint runs as its own process (SoftHSM reads
 * SOFTHSM2_CONF from the C environment, which jest's sandboxed process.env does not reach).
 *
 * moto 5.2.6 ignores a Sign request's MessageType DIGEST (it hashes the digest again), so it runs
 * through moto/kms_digest_server.py, which adds DIGEST for ECDSA keys as AWS KMS documents it and
 * reports each such signature; all else is moto's own.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT_OK } from '../../src/doors/exit-codes.js';
import { freePort, waitFor } from '../harness/ports.js';
import { createSoftHsmToken, type SoftHsmToken } from '../harness/softhsm.js';
import { runSourceCli, type SourceCliRun } from '../harness/source-cli.js';
import { describeRun, peerCommand, runPeer } from './tools.js';
import { pushImage, startWorld, type World } from './world.js';

/** moto takes any credentials; these only have to be present, and never leave the machine. */
const FAKE_AWS = {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_REGION: 'us-east-1',
};

let world: World;
let token: SoftHsmToken;
let moto: ChildProcess;
let motoPort: number;
let motoStderr = '';
const MOTO_LAUNCHER = join(dirname(fileURLToPath(import.meta.url)), 'moto', 'kms_digest_server.py');

beforeAll(async () => {
  world = await startWorld();
  token = createSoftHsmToken();
  motoPort = await freePort();
  const [python] = peerCommand('moto');
  moto = spawn(python!, [MOTO_LAUNCHER, '-H', '127.0.0.1', '-p', String(motoPort)], {
    env: { PATH: process.env.PATH, HOME: world.work, ...FAKE_AWS },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  moto.stderr!.on('data', (chunk: Buffer) => (motoStderr += chunk.toString()));
  await waitFor(async () => {
    await fetch(`http://127.0.0.1:${motoPort}/`);
    return true;
  }, 'moto server');
});
afterAll(async () => {
  if (moto !== undefined && moto.exitCode === null) {
    const exited = new Promise((resolve) => moto.once('exit', resolve));
    moto.kill();
    await exited;
  }
  token?.remove();
  await world?.stop();
});

function imprint(args: string[]): Promise<SourceCliRun> {
  return runSourceCli(args, {
    PATH: process.env.PATH,
    HOME: world.work,
    DOCKER_CONFIG: world.dockerConfig,
    SOFTHSM2_CONF: token.conf,
    ...FAKE_AWS,
  });
}

function succeeded(run: SourceCliRun): string {
  if (run.code !== EXIT_OK)
    throw new Error(`imprint exited ${run.code}:\n${run.stdout}\n${run.stderr}`);
  return run.stdout + run.stderr;
}

async function signAndVerify(repo: string, reference: string, verifyReference: string) {
  const prefix = join(mkdtempSync(join(world.work, 'key-')), 'cosign');
  const made = succeeded(
    await imprint(['generate-key-pair', '--kms', reference, '--output-key-prefix', prefix]),
  );
  const pem = readFileSync(`${prefix}.pub`, 'utf8');
  expect(made).toContain(pem);

  const digest = await pushImage(world, repo, 'v1');
  const image = `${world.registry.host}/${repo}@${digest}`;
  const published = succeeded(
    await imprint([
      'publish',
      '--image',
      `${world.registry.host}/${repo}:v1`,
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
      reference,
      '--sigstore',
      'custom',
      '--rekor-url',
      world.stack.rekorURL,
      '--trusted-root',
      world.stack.trustedRootPath,
    ]),
  );
  expect(published).toContain('read-back: 1 of 1 verified');

  const report = join(mkdtempSync(join(world.work, 'report-')), 'report.json');
  const verified = succeeded(
    await imprint([
      'verify',
      image,
      '--key',
      verifyReference,
      '--trusted-root',
      world.stack.trustedRootPath,
      '--insecure-registries',
      world.registry.host,
      '--report-path',
      report,
      '--no-summary',
    ]),
  );
  expect(verified).toContain(`✓ ${image}`);

  const cosign = await runPeer(
    'cosign',
    [
      'verify',
      image,
      '--key',
      `${prefix}.pub`,
      '--trusted-root',
      world.stack.trustedRootPath,
      '--allow-http-registry',
      '--allow-insecure-registry',
    ],
    { DOCKER_CONFIG: world.dockerConfig, HOME: world.work },
  );
  if (cosign.code !== 0) throw new Error(describeRun(cosign));
  expect(cosign.stderr).toContain('The cosign claims were validated');
}

describe('keys in a store, verified by imprint from the store and by cosign from the PEM', () => {
  it('PKCS#11 on a SoftHSM2 token', async () => {
    await signAndVerify('stores/pkcs11', token.uri('release'), token.uri('release', ''));
  });

  it('AWS KMS on moto (ECC_NIST_P256, alias reference with an endpoint)', async () => {
    const reference = `awskms://127.0.0.1:${motoPort}/alias/imprint-release`;
    await signAndVerify('stores/awskms', reference, reference);
    // KMS signed digests (MessageType DIGEST, ECDSA_SHA_256), never the message.
    expect(motoStderr).toContain('kms-digest-sign ECDSA_SHA_256');
  });
});
