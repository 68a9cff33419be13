/**
 * The promote Action end to end, through its door as GitHub runs it (INPUT_*, $GITHUB_OUTPUT,
 * workflow commands on stdout): a signed and attested index moves from an anonymous registry
 * to one that wants Basic credentials, given as destination-username / destination-password
 * (no docker config), with the policy checked at both ends.
 */
import { jest } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPromoteAction } from '../../../src/doors/action/promote.js';
import { RegistryClient } from '../../../src/registry/client.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { FAST_RETRY, startWorld, type VerifyWorld } from '../verify/context.js';
import {
  attachFullEvidence,
  type PushedImage,
  pushImage,
  pushIndex,
  SBOM,
} from '../verify/evidence-store.js';

let world: VerifyWorld;
let target: TestRegistry;
let targetClient: RegistryClient;
let image: PushedImage;

beforeAll(async () => {
  [world, target] = await Promise.all([startWorld(), startRegistry({ auth: 'basic' })]);
  targetClient = new RegistryClient(target.host, {
    insecure: true,
    retry: FAST_RETRY,
    credentials: { username: target.username, password: target.password, source: 'test' },
  });
  writeFileSync(
    join(world.work, 'promote.yaml'),
    [
      'apiVersion: imprint/v1',
      'kind: Policy',
      'signers:',
      '  - key: ./alice.pub',
      'attestations:',
      `  - type: ${SBOM}`,
      '',
    ].join('\n'),
  );
  image = await pushIndex(world.client, 'dev/app', '1.0.0');
  await attachFullEvidence(world.client, image, world.alice);
  for (const platform of image.platforms!) {
    await attachFullEvidence(world.client, image, world.alice, platform);
  }
}, 120_000);

afterAll(async () => {
  await targetClient?.close();
  await Promise.all([world?.stop(), target?.stop()]);
});

interface StepRun {
  stdout: string;
  exitCode: unknown;
  outputs: Record<string, string>;
}

/** One run of the step: the inputs as GitHub sets them, the outputs read back from $GITHUB_OUTPUT. */
async function promoteStep(inputs: Record<string, string>): Promise<StepRun> {
  const dir = join(world.work, `step-${Math.random().toString(36).slice(2)}`);
  mkdirSync(join(dir, '.docker'), { recursive: true });
  const outputFile = join(dir, 'github-output');
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: world.work,
    HOME: dir,
    DOCKER_CONFIG: join(dir, '.docker'),
    'INPUT_TRUSTED-ROOT': world.stack.trustedRootPath,
    'INPUT_INSECURE-REGISTRIES': `${world.registry.host},${target.host}`,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
  };
  let stdout = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += chunk.toString();
    return true;
  });
  // @actions/core writes outputs to the file process.env names.
  const before = { exitCode: process.exitCode, output: process.env.GITHUB_OUTPUT };
  process.env.GITHUB_OUTPUT = outputFile;
  try {
    await runPromoteAction(env, {
      registry: { retry: FAST_RETRY },
      fallback: { settleMs: 5, confirmMs: 5 },
    });
    return { stdout, exitCode: process.exitCode, outputs: readOutputs(outputFile) };
  } finally {
    process.exitCode = before.exitCode;
    if (before.output === undefined) delete process.env.GITHUB_OUTPUT;
    else process.env.GITHUB_OUTPUT = before.output;
    write.mockRestore();
  }
}

/** name<<delimiter / value / delimiter, as @actions/core writes them. */
function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index]!);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (index += 1; lines[index] !== delimiter; index += 1) value.push(lines[index]!);
    outputs[name!] = value.join('\n');
  }
  return outputs;
}

const credentials = () => ({
  'destination-username': target.username,
  'destination-password': target.password,
});

describe('the promote Action between two registries with different auth', () => {
  it('promotes a signed image with its evidence, checks the policy at both ends, and sets the outputs', async () => {
    const run = await promoteStep({
      source: image.reference,
      destination: `${target.host}/prod/app`,
      policy: 'promote.yaml',
      ...credentials(),
    });
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBeUndefined();
    expect(run.stdout).toContain(`::add-mask::${target.password}`);
    expect(run.stdout.replaceAll(`::add-mask::${target.password}`, '')).not.toContain(
      target.password,
    );
    expect(run.outputs).toMatchObject({
      destination: `${target.host}/prod/app@${image.digest}`,
      digest: image.digest,
      tag: '1.0.0',
      verified: 'true',
      referrers: '12',
      'manifests-skipped': '0',
    });
    expect(Number(run.outputs['blobs-copied'])).toBeGreaterThan(0);
    expect(Number(run.outputs['manifests-copied'])).toBe(Number(run.outputs.manifests));
    expect((await targetClient.headManifest('prod/app', '1.0.0'))?.digest).toBe(image.digest);

    const again = await promoteStep({
      source: image.pinned,
      destination: `${target.host}/prod/app:1.0.0`,
      ...credentials(),
    });
    expect(again.outputs['blobs-copied']).toBe('0');
    expect(again.outputs['manifests-copied']).toBe('0');
    expect(again.outputs.verified).toBe('false');
  }, 180_000);

  it('promotes to a registry with token auth: each streamed upload carries the push token', async () => {
    const tokenRegistry = await startRegistry({ auth: 'bearer' });
    try {
      const run = await promoteStep({
        source: image.pinned,
        destination: `${tokenRegistry.host}/prod/app:1.0.0`,
        'insecure-registries': `${world.registry.host},${tokenRegistry.host}`,
        'destination-username': tokenRegistry.username,
        'destination-password': tokenRegistry.password,
      });
      expect(run.stdout).not.toContain('::error::');
      expect(run.outputs.digest).toBe(image.digest);
      expect(Number(run.outputs['blobs-copied'])).toBeGreaterThan(0);
      const client = new RegistryClient(tokenRegistry.host, {
        insecure: true,
        credentials: {
          username: tokenRegistry.username,
          password: tokenRegistry.password,
          source: 'test',
        },
      });
      try {
        expect((await client.headManifest('prod/app', '1.0.0'))?.digest).toBe(image.digest);
      } finally {
        await client.close();
      }
    } finally {
      await tokenRegistry.stop();
    }
  }, 120_000);

  it('refuses an image that breaks the policy: the step fails once and nothing is copied', async () => {
    const unsigned = await pushImage(world.client, 'dev/unsigned', '1.0.0');
    const run = await promoteStep({
      source: unsigned.reference,
      destination: `${target.host}/refused/app`,
      policy: 'promote.yaml',
      ...credentials(),
    });
    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${unsigned.pinned} fails the policy`);
    expect(errors[0]).toContain('so it was not copied');
    expect(run.outputs).toEqual({});
    expect(await targetClient.headManifest('refused/app', unsigned.digest)).toBeUndefined();
  }, 120_000);

  it('fails with the registry’s refusal when the destination password is wrong, and never prints it', async () => {
    const run = await promoteStep({
      source: image.pinned,
      destination: `${target.host}/denied/app`,
      'destination-username': target.username,
      'destination-password': 'not-the-password-1234',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::.*401|::error::.*credentials/i);
    expect(run.stdout).toContain('destination-username/destination-password');
    expect(run.stdout.replaceAll('::add-mask::not-the-password-1234', '')).not.toContain(
      'not-the-password-1234',
    );
  }, 120_000);
});
