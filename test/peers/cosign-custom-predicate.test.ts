/**
 * Real cosign reads the user's own predicates as `imprint publish` attests them
 * (predicate-type + predicate-path): `cosign verify-attestation --type <uri>` finds and
 * verifies each one, v3 in the bundle format and v2 on the classic `.att` tag, prints the
 * predicate exactly as the file held it, and judges it with a CUE policy; another type
 * finds nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeRun, type PeerRun, runPeer } from './tools.js';
import { classicTrustEnv } from './trust.js';
import {
  GITHUB_ISSUER,
  GITHUB_SAN,
  githubEnv,
  publish,
  pushImage,
  startWorld,
  type World,
} from './world.js';

const TEST_RESULT = 'https://example.com/test-result/v1';
const PREDICATE = { result: 'passed', summary: { passed: 41, failed: 0 } };

let world: World;
/** Bundles and classic tags (cosign v3), and classic tags only (cosign v2 reads those). */
let ref: string;
let classicRef: string;

async function publishWith(repo: string, format: string): Promise<string> {
  await pushImage(world, repo, 'v1');
  const predicatePath = join(world.work, 'tests.json');
  writeFileSync(predicatePath, JSON.stringify(PREDICATE, null, 2));
  const run = await publish(
    world,
    {
      image: `${world.registry.host}/${repo}:v1`,
      'attestation-format': format,
      sbom: 'false',
      scan: 'false',
      'predicate-type': TEST_RESULT,
      'predicate-path': predicatePath,
    },
    githubEnv(world),
  );
  return run.outputs['image-ref']!;
}

beforeAll(async () => {
  world = await startWorld();
  ref = await publishWith('peers/custom', 'both');
  classicRef = await publishWith('peers/custom-classic', 'cosign-classic');
});
afterAll(async () => {
  await world?.stop();
});

function cosign(
  tool: 'cosign' | 'cosign-v2',
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<PeerRun> {
  return runPeer(tool, [...args, '--allow-http-registry', '--allow-insecure-registry'], {
    DOCKER_CONFIG: world.dockerConfig,
    HOME: world.work,
    ...env,
  });
}

const identity = ['--certificate-identity', GITHUB_SAN, '--certificate-oidc-issuer', GITHUB_ISSUER];

async function passes(run: Promise<PeerRun>): Promise<PeerRun> {
  const done = await run;
  if (done.code !== 0) throw new Error(`expected success:\n${describeRun(done)}`);
  expect(done.stderr).toContain('The cosign claims were validated');
  return done;
}

/** The statements cosign printed, one JSON envelope per line. */
function statements(run: PeerRun): { predicateType: string; predicate: unknown }[] {
  return run.stdout
    .trim()
    .split('\n')
    .map((line) => {
      const { payload } = JSON.parse(line) as { payload: string };
      return JSON.parse(Buffer.from(payload, 'base64').toString()) as {
        predicateType: string;
        predicate: unknown;
      };
    });
}

describe('cosign verify-attestation --type <the predicate type>', () => {
  it('cosign v3 verifies it (bundle and classic) and prints the predicate as given', async () => {
    const run = await passes(
      cosign('cosign', [
        'verify-attestation',
        ref,
        '--type',
        TEST_RESULT,
        ...identity,
        '--trusted-root',
        world.stack.trustedRootPath,
      ]),
    );
    const found = statements(run);
    expect(found.length).toBeGreaterThan(0);
    for (const statement of found) {
      expect(statement).toMatchObject({ predicateType: TEST_RESULT, predicate: PREDICATE });
    }
  });

  it('cosign v2 verifies the classic .att tag', async () => {
    const dir = mkdtempSync(join(world.work, 'v2-trust-'));
    const run = await passes(
      cosign(
        'cosign-v2',
        ['verify-attestation', classicRef, '--type', TEST_RESULT, ...identity],
        classicTrustEnv(world.stack.trustedRootPath, dir),
      ),
    );
    expect(statements(run)).toEqual([
      expect.objectContaining({ predicateType: TEST_RESULT, predicate: PREDICATE }),
    ]);
  });

  it('judges it with a CUE policy, and finds nothing under another type', async () => {
    const dir = mkdtempSync(join(world.work, 'policy-'));
    const pass = join(dir, 'pass.cue');
    writeFileSync(pass, `predicateType: "${TEST_RESULT}"\npredicate: summary: failed: 0\n`);
    const strict = join(dir, 'strict.cue');
    writeFileSync(strict, 'predicate: result: "failed"\n');
    const base = [
      'verify-attestation',
      ref,
      '--type',
      TEST_RESULT,
      ...identity,
      '--trusted-root',
      world.stack.trustedRootPath,
    ];
    await passes(cosign('cosign', [...base, '--policy', pass]));
    const broken = await cosign('cosign', [...base, '--policy', strict]);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toMatch(/failed|conflicting values/);
    const other = await cosign('cosign', [
      'verify-attestation',
      ref,
      '--type',
      'https://example.com/deployment/v1',
      ...identity,
      '--trusted-root',
      world.stack.trustedRootPath,
    ]);
    expect(other.code).not.toBe(0);
    expect(other.stderr).toMatch(
      /none of the attestations matched the predicate type: https:\/\/example\.com\/deployment\/v1, found: .*https:\/\/example\.com\/test-result\/v1/,
    );
  });
});
