/**
 * The conditions of a policy on the user's own predicate, exported to a Kyverno ClusterPolicy
 * as they are, judged by the real Kyverno CLI (`kyverno apply --registry`, the loopback trusted
 * root over TUF) on an image `imprint publish` attested: Kyverno and `imprint verify` give the
 * same verdict, a condition the predicate meets and one it breaks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  imprintVerdict,
  initializeKyvernoTuf,
  type KyvernoSetup,
  kyvernoVerdict,
  writePolicy,
} from './policy-matrix/engines.js';
import { startTufRepository, type TufRepository } from './tuf.js';
import { githubEnv, publish, pushImage, startWorld, type World } from './world.js';

const TEST_RESULT = 'https://example.com/test-result/v1';

let world: World;
let tuf: TufRepository;
let kyverno: KyvernoSetup;
let trustedRoot: string;
let ref: string;

function policy(conditions: string[]): string {
  return [
    'apiVersion: imprint/v1',
    'kind: Policy',
    'trust:',
    '  trustedRoot: ./trusted_root.json',
    'signers:',
    '  - issuer: https://token.actions.githubusercontent.com',
    "    subject: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/*'",
    'attestations:',
    `  - type: ${TEST_RESULT}`,
    ...(conditions.length > 0 ? ['    conditions:', ...conditions.map((c) => `      ${c}`)] : []),
    '',
  ].join('\n');
}

beforeAll(async () => {
  world = await startWorld();
  const repo = 'peers/kyverno-custom';
  await pushImage(world, repo, 'v1');
  const predicatePath = join(world.work, 'tests.json');
  writeFileSync(
    predicatePath,
    JSON.stringify({ result: 'passed', summary: { failed: 2 }, suites: ['unit', 'e2e'] }),
  );
  const run = await publish(
    world,
    {
      image: `${world.registry.host}/${repo}:v1`,
      sbom: 'false',
      scan: 'false',
      'predicate-type': TEST_RESULT,
      'predicate-path': predicatePath,
    },
    githubEnv(world),
  );
  ref = run.outputs['image-ref']!;
  trustedRoot = readFileSync(world.stack.trustedRootPath, 'utf8');
  tuf = await startTufRepository(trustedRoot);
  kyverno = await initializeKyvernoTuf(
    world,
    writePolicy(world, '', trustedRoot, policy([])),
    ref,
    tuf,
  );
});
afterAll(async () => {
  await tuf?.stop();
  await world?.stop();
});

describe('conditions on a custom predicate, exported to Kyverno', () => {
  it.each([
    [
      'met',
      [
        '- {key: "{{ result }}", operator: Equals, value: "pass*"}',
        '- {key: "{{ suites }}", operator: AllIn, value: [unit, integration, e2e]}',
        '- {key: "{{ summary.failed }}", operator: LessThanOrEquals, value: 2}',
      ],
      'pass',
    ],
    [
      'broken',
      [
        '- {key: "{{ summary.failed }}", operator: Equals, value: 0, message: every test must pass}',
      ],
      'fail',
    ],
    ['broken by a list', ['- {key: "{{ suites }}", operator: AnyIn, value: [fuzz]}'], 'fail'],
    // Kyverno's JMESPath refuses an unknown key; imprint fails the condition the same way.
    [
      'on a missing field',
      ['- {key: "{{ summary.skipped }}", operator: NotEquals, value: 1}'],
      'fail',
    ],
    [
      'on a missing field with a default',
      ['- {key: "{{ summary.skipped || \'\' }}", operator: NotEquals, value: 1}'],
      'pass',
    ],
    // Kyverno's any/all groups: every entry of the list holds, a group by one of its `any`.
    [
      'an any group, met by its second member',
      [
        '- any:',
        '    - {key: "{{ result }}", operator: Equals, value: skipped}',
        '    - {key: "{{ summary.failed }}", operator: LessThan, value: 3}',
      ],
      'pass',
    ],
    [
      'an any group none of whose members holds',
      [
        '- any:',
        '    - {key: "{{ result }}", operator: Equals, value: skipped}',
        '    - {key: "{{ suites }}", operator: AnyIn, value: [fuzz]}',
      ],
      'fail',
    ],
    [
      'a group whose all fails though its any holds',
      [
        '- all:',
        '    - {key: "{{ summary.failed }}", operator: Equals, value: 0}',
        '  any:',
        '    - {key: "{{ result }}", operator: Equals, value: passed}',
      ],
      'fail',
    ],
    [
      'a plain condition beside a group, the plain one failing',
      [
        '- {key: "{{ result }}", operator: Equals, value: failed}',
        '- any:',
        '    - {key: "{{ result }}", operator: Equals, value: passed}',
      ],
      'fail',
    ],
  ] as const)('%s: Kyverno agrees with imprint verify', async (_, conditions, expected) => {
    const files = writePolicy(world, '', trustedRoot, policy([...conditions]));
    const imprint = await imprintVerdict(world, files, ref);
    const cluster = await kyvernoVerdict(world, files, ref, 'kyverno', kyverno);
    expect(imprint.verdict).toBe(expected);
    expect(cluster.verdict).toBe(expected);
    if (expected === 'fail' && conditions[0].includes('message'))
      expect(cluster.why).toContain('every test must pass');
  });
});
