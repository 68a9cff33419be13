/**
 * The publish step's `policy` input: after a keyless publish (loopback Sigstore stack, real
 * registry), the verify engine reads the evidence back and the step passes or fails on the
 * policy file — the same file the verify action reads.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPublishOptions } from '../../../src/publish/options.js';
import { runPublish } from '../../../src/publish/run.js';
import { capturedContext } from '../../harness/context.js';
import { scratchContext } from '../../harness/image.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { type SigstoreStack, startSigstoreStack } from '../../harness/sigstore/index.js';

const SAN = 'https://gitlab.com/acme/app//.gitlab-ci.yml@refs/heads/main';
let registry: TestRegistry;
let locked: TestRegistry;
let stack: SigstoreStack;
let dir: string;

beforeAll(async () => {
  [registry, locked, stack] = await Promise.all([
    startRegistry(),
    startRegistry({ auth: 'basic' }),
    startSigstoreStack(),
  ]);
  dir = mkdtempSync(join(tmpdir(), 'imprint-policy-gate-'));
});
afterAll(async () => {
  await Promise.all([registry?.stop(), locked?.stop(), stack?.stop()]);
});

function policyFile(name: string, subject: string, extra = '', host = registry.host): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    [
      'apiVersion: imprint/v1',
      'kind: Policy',
      'images:',
      `  allow: ['${host}/**']`,
      '  requireDigest: true',
      'signers:',
      '  - issuer: https://gitlab.com',
      `    subject: ${subject}`,
      extra,
    ].join('\n'),
  );
  return path;
}

async function publishWith(
  policy: string,
  repository: string,
  target: { registry: TestRegistry; inputs?: Record<string, string>; env?: NodeJS.ProcessEnv } = {
    registry,
  },
) {
  const summaryFile = join(dir, `${repository}-summary.md`);
  const { context, output } = capturedContext(summaryFile);
  const token = await stack.mintToken({ shape: 'gitlab' });
  const values: Record<string, string> = {
    ...target.inputs,
    image: `${target.registry.host}/gate/${repository}`,
    tags: 'v1',
    context: scratchContext(),
    builder: 'docker',
    'insecure-registries': target.registry.host,
    sbom: 'false',
    scan: 'false',
    provenance: 'false',
    sigstore: 'custom',
    'fulcio-url': stack.fulcioURL,
    'rekor-url': stack.rekorURL,
    'tsa-url': stack.tsaURL,
    'trusted-root': stack.trustedRootPath,
    policy,
  };
  const run = runPublish(
    readPublishOptions((name) => values[name]),
    context,
    { env: { ...target.env, SIGSTORE_ID_TOKEN: token } },
  );
  return { run, context, output, summary: () => readFileSync(summaryFile, 'utf8') };
}

describe('publish with a policy gate', () => {
  it('passes when the published image meets the policy', async () => {
    const { run, context, summary } = await publishWith(
      policyFile('pass.yaml', 'https://gitlab.com/acme/app//.gitlab-ci.yml@refs/heads/*'),
      'meets',
    );
    await expect(run).resolves.toBeDefined();
    expect(context.outputs()['policy-verified']).toBe('true');
    // Both sections are in the summary: the publish and the gate's verdict.
    expect(summary()).toContain('imprint: published');
    expect(summary()).toMatch(/pass/i);
  });

  it('fails with expected and found identities, and leaves the image unsigned', async () => {
    const { run, context, output } = await publishWith(
      policyFile('fail.yaml', 'https://gitlab.com/acme/app//.gitlab-ci.yml@refs/tags/v*'),
      'breaks',
    );
    await expect(run).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
    await expect(run).rejects.toThrow(/breaks the policy/);
    await expect(run).rejects.toThrow(SAN);
    await expect(run).rejects.toThrow('refs/tags/v*');
    expect(context.outputs()['policy-verified']).toBe('false');
    // The held signature was judged (its identity is in the message) and never written.
    expect(context.outputs()['signature-ref']).toBe('');
    expect(output()).toContain('the image signature is not written: the image breaks the policy');
    expect(output()).toContain('read-back: 0 of 0 verified');
  });

  it('warns, as verify does, when one signer could fill two of the entries count needs', async () => {
    const { run, output } = await publishWith(
      policyFile(
        'overlap.yaml',
        'https://gitlab.com/acme/app//.gitlab-ci.yml@refs/heads/*',
        ['  - issuer: https://gitlab.com', `    subject: ${SAN}`, 'count: 2'].join('\n'),
      ),
      'overlap',
    );
    // One signer, two entries it could fill: the gate fails, and the log said why beforehand.
    await expect(run).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
    expect(output()).toMatch(/policy: signers\[0\] and signers\[1\]/);
  });

  it('reads the evidence back with the registry-username / registry-password the step was given', async () => {
    // Credentials given only as inputs: no docker config the gate could fall back on.
    const home = mkdtempSync(join(tmpdir(), 'imprint-no-docker-config-'));
    const { run, context, output } = await publishWith(
      policyFile('locked.yaml', `${SAN.replace(/main$/, '*')}`, '', locked.host),
      'locked',
      {
        registry: locked,
        inputs: { 'registry-username': locked.username, 'registry-password': locked.password },
        env: { HOME: home, DOCKER_CONFIG: join(home, '.docker') },
      },
    );
    context.log.addSecret(locked.password);
    await expect(run).resolves.toBeDefined();
    expect(context.outputs()['policy-verified']).toBe('true');
    expect(context.outputs()['signature-ref']).not.toBe('');
    expect(output()).not.toContain(locked.password);
  });

  it('says which line of a malformed policy is wrong, before building anything', async () => {
    const { run, output } = await publishWith(
      policyFile('typo.yaml', SAN, '    subjet: x'),
      'typo',
    );
    await expect(run).rejects.toMatchObject({ code: 'POLICY_INVALID' });
    await expect(run).rejects.toThrow(
      /typo\.yaml:\d+:\d+ signers\[0\]\.subjet: unknown key; did you mean `subject`\?/,
    );
    expect(output()).not.toContain('Build and push');
  });
});
