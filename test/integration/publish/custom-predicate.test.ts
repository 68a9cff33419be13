/**
 * The user's own predicates end to end against real parts: the Docker engine, a distribution
 * registry and the loopback Sigstore stack. Publish signs, stores and reads back two JSON
 * predicates given as predicate-type / predicate-path; `imprint verify` requires them by type
 * and judges their content with Kyverno-style JMESPath conditions; a predicate file that is
 * not JSON stops the run before anything is built.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exitCodeOfError } from '../../../src/doors/exit-codes.js';
import { isImprintError } from '../../../src/errors.js';
import { scratchContext } from '../../harness/image.js';
import {
  COSIGN_SIGN,
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

const TEST_RESULT = 'https://example.com/test-result/v1';
const DEPLOYMENT = 'https://example.com/deployment/v1';
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

let parts: EvidenceParts;

beforeAll(async () => {
  parts = await startEvidenceParts();
});
afterAll(async () => {
  await parts?.stop();
});

function jsonFile(name: string, value: unknown): string {
  const path = join(parts.work, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

function policyFile(name: string, lines: string[]): string {
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
      ...lines,
    ].join('\n') + '\n',
  );
  return path;
}

const verify = (imageRef: string, policy: string) => verifyImage(parts, imageRef, policy);

describe('predicate-type + predicate-path', () => {
  it('signs, stores and reads back each predicate; verify judges them by conditions', async () => {
    const repo = 'custom/app';
    const testResult = jsonFile('tests.json', {
      result: 'passed',
      summary: { passed: 41, failed: 2 },
      suites: ['unit', 'integration'],
    });
    const deployment = jsonFile('deployment.json', { environment: 'staging', approvedBy: 'ops' });
    const run = succeeded(
      await publish(
        parts,
        {
          image: `${parts.registry.host}/${repo}`,
          tags: 'v1',
          context: scratchContext({ 'hello.txt': 'hello' }),
          builder: 'docker',
          sbom: 'false',
          scan: 'false',
          'predicate-type': `${TEST_RESULT}\n${DEPLOYMENT}`,
          'predicate-path': `- ${testResult}\n- ${deployment}`,
        },
        githubEnv(parts),
      ),
    );
    const digest = run.outputs.digest!;
    expect(await referrerTypes(parts.registry, repo, digest)).toEqual([
      SLSA,
      TEST_RESULT,
      DEPLOYMENT,
      COSIGN_SIGN,
    ]);
    expect(run.log).toContain('read-back: 4 of 4 verified');
    expect(run.summary).toContain(`| custom-1 | \`${TEST_RESULT}\` | image `);
    expect(run.summary).toContain(`| custom-2 | \`${DEPLOYMENT}\` | image `);
    expect(run.summary).toContain(`--type '${TEST_RESULT}'`);

    const imageRef = run.outputs['image-ref']!;
    const passing = await verify(
      imageRef,
      policyFile('custom-pass.yaml', [
        `  - type: ${TEST_RESULT}`,
        '    conditions:',
        '      - key: "{{ result }}"',
        '        operator: Equals',
        '        value: pass*',
        '      - key: "{{ suites }}"',
        '        operator: AllIn',
        '        value: [unit, integration, e2e]',
        `  - type: ${DEPLOYMENT}`,
        '    conditions:',
        '      - key: "{{ environment }}"',
        '        operator: AnyIn',
        '        value: [staging, production]',
      ]),
    );
    expect(passing.code).toBe(0);
    expect(passing.checks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ check: `attestation:${TEST_RESULT}`, outcome: 'pass' }),
        expect.objectContaining({ check: `conditions:${TEST_RESULT}[0]`, outcome: 'pass' }),
        expect.objectContaining({ check: `conditions:${TEST_RESULT}[1]`, outcome: 'pass' }),
        expect.objectContaining({ check: `conditions:${DEPLOYMENT}[0]`, outcome: 'pass' }),
      ]),
    );

    const failing = await verify(
      imageRef,
      policyFile('custom-fail.yaml', [
        `  - type: ${TEST_RESULT}`,
        '    conditions:',
        '      - key: "{{ summary.failed }}"',
        '        operator: Equals',
        '        value: 0',
        '        message: every test must pass',
      ]),
    );
    expect(failing.code).toBe(1);
    expect(failing.checks).toContainEqual({
      check: `conditions:${TEST_RESULT}[0]`,
      outcome: 'fail',
      expected: '{{ summary.failed }} Equals 0',
      found: '{{ summary.failed }} gives 2',
      hint: 'every test must pass',
    });
    expect(failing.log).toContain('{{ summary.failed }} gives 2');
  });

  it('refuses a predicate file that is not JSON before anything is built (exit 2)', async () => {
    const repo = 'custom/refused';
    const notJson = join(parts.work, 'not-json.txt');
    writeFileSync(notJson, 'result: passed\n');
    const run = await publish(
      parts,
      {
        image: `${parts.registry.host}/${repo}`,
        tags: 'v1',
        context: scratchContext({ 'hello.txt': 'hello' }),
        builder: 'docker',
        sbom: 'false',
        scan: 'false',
        'predicate-type': TEST_RESULT,
        'predicate-path': notJson,
      },
      githubEnv(parts),
    );
    expect(isImprintError(run.error)).toBe(true);
    expect((run.error as Error).message).toMatch(
      new RegExp(`^input "predicate-path": ${notJson} \\(${TEST_RESULT}\\) is not JSON: `),
    );
    expect(exitCodeOfError(run.error)).toBe(2);
    // Nothing was built or pushed: the repository has no tag.
    const tags = await fetch(`${parts.registry.url}/v2/${repo}/tags/list`);
    expect(tags.status).toBe(404);
    expect(run.log).not.toContain('Build and push');
  });
});
