/**
 * `imprint verify` end to end: images pushed to a real registry, signed and attested for real
 * (key-signed and keyless, witnessed by the loopback Rekor), stored as OCI referrers (tag-schema
 * fallback) and as cosign classic tags, then verified through the CLI door against policies
 * that pass and policies that fail, each failure with its reason.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cosignSignStatement } from '../../../src/attest/statement.js';
import { jest } from '@jest/globals';
import { runVerifyAction } from '../../../src/doors/action/verify.js';
import { EXIT_FAILED, EXIT_OK } from '../../../src/doors/exit-codes.js';
import {
  attachBundle,
  attachClassic,
  attachFullEvidence,
  BUILDER_ID,
  PROVENANCE,
  pushImage,
  pushIndex,
  SBOM,
  statementFor,
  VULN,
} from './evidence-store.js';
import {
  checksOf,
  GITHUB_ISSUER,
  GITHUB_SUBJECT,
  startWorld,
  type VerifyWorld,
  verifyCli,
  writePolicy,
} from './context.js';

let world: VerifyWorld;

beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.stop();
});

function keyPolicy(extra = '', key = './alice.pub'): string {
  return [
    'apiVersion: imprint/v1',
    'kind: Policy',
    'images:',
    '  allow: ["127.0.0.1:*/verify/**"]',
    'signers:',
    `  - key: ${key}`,
    'attestations:',
    `  - type: ${SBOM}`,
    `  - type: ${VULN}`,
    '    vulnerabilities: {maxSeverity: HIGH}',
    `  - type: ${PROVENANCE}`,
    '    provenance: {builderId: "https://github.com/actions/runner/*"}',
    extra,
  ].join('\n');
}

describe('key-signed evidence stored as OCI referrers', () => {
  it('passes: signature and three attestations by the policy key; reports and outputs written', async () => {
    const image = await pushImage(world.client, 'verify/pass', '1.0');
    await attachFullEvidence(world.client, image, world.alice);
    const policy = writePolicy(world, 'pass.yaml', keyPolicy());
    const run = await verifyCli(world, [
      image.pinned,
      '--policy',
      policy,
      '--junit-path',
      'junit/pass.xml',
    ]);
    expect(run.code).toBe(EXIT_OK);
    expect(run.outputs).toEqual({
      verified: 'true',
      violations: '0',
      'report-path': expect.stringMatching(/^report-.+\.json$/),
      digests: JSON.stringify({ [image.pinned]: image.digest }),
    });
    expect(run.report).toMatchObject({
      schema: 'imprint/verify-report/v1',
      verified: true,
      counts: { images: 1, pass: 1 },
    });
    const checks = checksOf(run);
    expect(checks.signer).toMatchObject({ outcome: 'pass', found: 'key ./alice.pub' });
    expect(checks[`attestation:${SBOM}`]?.outcome).toBe('pass');
    expect(checks.vulnerabilities?.outcome).toBe('pass');
    expect(checks['provenance.builderId']).toMatchObject({
      outcome: 'pass',
      found: `built by ${BUILDER_ID}`,
    });
    const evidence = run.report.images[0]!.evidence!;
    expect(evidence.signatures).toEqual([
      expect.objectContaining({ signedDigest: image.digest, tlogProven: true, source: 'referrer' }),
    ]);
    expect(evidence.attestations.map((a) => a.predicateType).sort()).toEqual(
      [PROVENANCE, SBOM, VULN].sort(),
    );
    expect(readFileSync(join(world.work, 'junit/pass.xml'), 'utf8')).toContain(
      '<testcase name="signer"',
    );
  });

  it('fails: a required attestation is missing, and the message lists what was found', async () => {
    const image = await pushImage(world.client, 'verify/missing', '1.0');
    await attachBundle(
      world.client,
      image.repository,
      image.descriptor,
      await world.alice.signDsse(cosignSignStatement(image.digest)),
    );
    await attachBundle(
      world.client,
      image.repository,
      image.descriptor,
      await world.alice.signDsse(statementFor(image, image.digest, SBOM, {})),
    );
    const run = await verifyCli(world, [
      image.reference,
      '--policy',
      writePolicy(world, 'missing.yaml', keyPolicy()),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(run.outputs.verified).toBe('false');
    const checks = checksOf(run);
    expect(checks.signer?.outcome).toBe('pass');
    expect(checks[`attestation:${PROVENANCE}`]).toMatchObject({
      outcome: 'fail',
      found: `no ${PROVENANCE} attestation; found types: ${SBOM}`,
      hint: expect.stringContaining(`attach a signed ${PROVENANCE} attestation`),
    });
  });

  it('fails: signed with another key; the report says none of the policy keys verifies it', async () => {
    const image = await pushImage(world.client, 'verify/wrong-key', '1.0');
    await attachFullEvidence(world.client, image, world.bob);
    const run = await verifyCli(world, [
      image.reference,
      '--policy',
      writePolicy(world, 'wrong-key.yaml', keyPolicy()),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    const signer = checksOf(run).signer!;
    expect(signer.outcome).toBe('fail');
    expect(signer.found).toMatch(
      /^unverifiable signature: referrer sha256:[a-f0-9]{64}: signed with a key that none of the policy's keys verifies \(\.\/alice\.pub: signature: /,
    );
    expect(run.log).toContain(`error: ${image.reference} breaks the policy:`);
  });

  it('fails: an attestation moved onto another image is not counted, and says which digest it is about', async () => {
    const original = await pushImage(world.client, 'verify/moved', 'original');
    const target = await pushImage(world.client, 'verify/moved', 'target');
    await attachFullEvidence(world.client, target, world.alice);
    // The SBOM bundle of the original image, attached to the target image's digest.
    const sbom = await world.alice.signDsse(
      statementFor(original, original.digest, SBOM, { components: [] }),
    );
    await attachBundle(world.client, 'verify/moved', target.descriptor, sbom);
    const policy = writePolicy(world, 'moved.yaml', keyPolicy());
    const run = await verifyCli(world, [target.reference, '--policy', policy]);
    const problem = run.report.images[0]!.evidence!.problems.find((p) => p.about === SBOM)!;
    expect(problem).toMatchObject({ subject: 'attestation', fatal: false });
    expect(problem.reason).toContain(
      `its statement is about ${original.digest}, not this image (${target.digest})`,
    );
    // The genuine SBOM still counts: the moved one only shows up as a warning.
    expect(checksOf(run)[`attestation:${SBOM}`]?.outcome).toBe('pass');
    expect(checksOf(run)['evidence.attestation']?.outcome).toBe('warn');

    const onlyMoved = await pushImage(world.client, 'verify/moved', 'only-moved');
    await attachBundle(
      world.client,
      'verify/moved',
      onlyMoved.descriptor,
      await world.alice.signDsse(cosignSignStatement(onlyMoved.digest)),
    );
    await attachBundle(world.client, 'verify/moved', onlyMoved.descriptor, sbom);
    const failing = await verifyCli(world, [onlyMoved.reference, '--policy', policy]);
    expect(failing.code).toBe(EXIT_FAILED);
    expect(checksOf(failing)[`attestation:${SBOM}`]).toMatchObject({
      outcome: 'fail',
      found: expect.stringContaining(`unverifiable attestation ${SBOM}: referrer sha256:`),
    });
  });

  it('fails: the image is not allowed by images.allow', async () => {
    const image = await pushImage(world.client, 'elsewhere/app', '1.0');
    await attachFullEvidence(world.client, image, world.alice);
    const run = await verifyCli(world, [
      image.reference,
      '--policy',
      writePolicy(world, 'allow.yaml', keyPolicy()),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run)['image.allowed']).toMatchObject({
      outcome: 'fail',
      found: `${world.registry.host}/elsewhere/app matches none of them`,
    });
  });

  it('requireDigest: a tag fails with the pinned reference as the fix; the digest passes', async () => {
    const image = await pushImage(world.client, 'verify/pinned', '1.0');
    await attachFullEvidence(world.client, image, world.alice);
    const policy = writePolicy(
      world,
      'pin.yaml',
      keyPolicy().replace('images:\n', 'images:\n  requireDigest: true\n'),
    );
    const byTag = await verifyCli(world, [image.reference, '--policy', policy]);
    expect(byTag.code).toBe(EXIT_FAILED);
    expect(checksOf(byTag)['image.digest']).toMatchObject({
      outcome: 'fail',
      hint: `pin it: ${image.reference}@${image.digest}`,
    });
    const pinned = `${world.registry.host}/verify/pinned@${image.digest}`;
    const byDigest = await verifyCli(world, [pinned, '--policy', policy]);
    expect(byDigest.code).toBe(EXIT_OK);
    expect(byDigest.outputs.digests).toBe(JSON.stringify({ [pinned]: image.digest }));
  });

  it('exceptions: an expired one no longer waives and says so; an active one downgrades to a warning', async () => {
    const image = await pushImage(world.client, 'verify/excepted', '1.0');
    const exception = (expires: string) =>
      `exceptions:\n  - image: "127.0.0.1:*/verify/excepted*"\n    expires: ${expires}\n    reason: ticket OPS-12\n`;
    const expired = await verifyCli(world, [
      image.reference,
      '--policy',
      writePolicy(world, 'expired.yaml', keyPolicy(exception('2020-01-01'))),
    ]);
    expect(expired.code).toBe(EXIT_FAILED);
    expect(checksOf(expired).exception).toMatchObject({
      outcome: 'warn',
      found: 'expired on 2020-01-01 (ticket OPS-12); it no longer applies',
    });
    expect(checksOf(expired).signer?.outcome).toBe('fail');
    const active = await verifyCli(world, [
      image.reference,
      '--policy',
      writePolicy(world, 'active.yaml', keyPolicy(exception('2999-01-01'))),
    ]);
    expect(active.code).toBe(EXIT_OK);
    expect(active.report.images[0]!.outcome).toBe('warn');
    expect(checksOf(active).signer).toMatchObject({
      outcome: 'warn',
      hint: expect.stringContaining('waived until 2999-01-01: ticket OPS-12'),
    });
  });

  it('mode warn: violations are reported and counted, the step passes', async () => {
    const image = await pushImage(world.client, 'verify/warned', '1.0');
    const run = await verifyCli(world, [
      image.pinned,
      '--policy',
      writePolicy(world, 'warn.yaml', keyPolicy()),
      '--mode',
      'warn',
    ]);
    expect(run.code).toBe(EXIT_OK);
    expect(run.outputs).toMatchObject({ verified: 'false', violations: '4' });
    expect(run.report.images[0]!.outcome).toBe('warn');
    expect(run.log).toContain(`warning: ${image.pinned} breaks the policy:`);
  });
});

describe('keyless evidence (loopback Fulcio + Rekor)', () => {
  function keylessPolicy(subject: string, claims: string): string {
    return [
      'apiVersion: imprint/v1',
      'kind: Policy',
      'signers:',
      `  - issuer: ${GITHUB_ISSUER}`,
      `    subject: "${subject}"`,
      '    claims:',
      claims,
      'attestations:',
      `  - type: ${SBOM}`,
    ].join('\n');
  }

  let reference: string;
  beforeAll(async () => {
    const image = await pushImage(world.client, 'verify/keyless', '1.0');
    await attachFullEvidence(world.client, image, world.github);
    reference = image.pinned;
  });

  it('passes on issuer, subject glob and claims', async () => {
    const policy = writePolicy(
      world,
      'keyless.yaml',
      keylessPolicy(
        'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/*',
        '      sourceRepositoryURI: https://github.com/acme/app\n      runnerEnvironment: github-hosted',
      ),
    );
    const run = await verifyCli(world, [reference, '--policy', policy]);
    expect(run.code).toBe(EXIT_OK);
    const signature = run.report.images[0]!.evidence!.signatures[0]!;
    expect(signature.signer).toMatchObject({
      kind: 'keyless',
      issuer: GITHUB_ISSUER,
      subject: GITHUB_SUBJECT,
      claims: { sourceRepositoryRef: 'refs/heads/main' },
    });
  });

  it('fails on another workflow ref, naming what signed and what the policy wants', async () => {
    const policy = writePolicy(
      world,
      'keyless-tags.yaml',
      keylessPolicy(
        'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/*',
        '      sourceRepositoryURI: https://github.com/acme/app',
      ),
    );
    const run = await verifyCli(world, [reference, '--policy', policy]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run).signer?.found).toBe(
      `signed by ${GITHUB_SUBJECT} (issuer ${GITHUB_ISSUER}) — subject ${GITHUB_SUBJECT} does not match https://github.com/acme/app/.github/workflows/release.yml@refs/tags/*`,
    );
  });

  it('fails on a claim: the value found and the value wanted', async () => {
    const policy = writePolicy(
      world,
      'keyless-claim.yaml',
      keylessPolicy(
        'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/*',
        '      sourceRef: refs/tags/*',
      ),
    );
    const run = await verifyCli(world, [reference, '--policy', policy]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run).signer?.found).toContain(
      'claim sourceRepositoryRef is refs/heads/main, policy wants refs/tags/*',
    );
  });

  it('the quick-start flags verify the same image', async () => {
    const run = await verifyCli(world, [
      reference,
      '--certificate-identity',
      GITHUB_SUBJECT,
      '--certificate-oidc-issuer',
      GITHUB_ISSUER,
      '--require-attestations',
      'sbom,provenance',
    ]);
    expect(run.code).toBe(EXIT_OK);
    expect(run.report.policy).toEqual({ source: 'flags', mode: 'enforce' });
  });
});

describe('cosign classic tags, multi-platform indexes, manifests', () => {
  it('a key-signed .sig and .att (cosign v2 layout) verify like referrers', async () => {
    const image = await pushImage(world.client, 'verify/classic', '1.0');
    await attachClassic(world.client, image, world.alice, PROVENANCE, {
      runDetails: { builder: { id: BUILDER_ID } },
    });
    const run = await verifyCli(world, [
      image.pinned,
      '--key',
      'alice.pub',
      '--require-attestations',
      'provenance',
    ]);
    expect(run.code).toBe(EXIT_OK);
    const evidence = run.report.images[0]!.evidence!;
    expect(evidence.signatures).toEqual([
      expect.objectContaining({
        source: 'cosign-classic',
        location: `${image.digest.replace(':', '-')}.sig layer 0`,
      }),
    ]);
    expect(evidence.attestations).toEqual([
      expect.objectContaining({ source: 'cosign-classic', predicateType: PROVENANCE }),
    ]);
  });

  it('an index is verified with every platform: an unsigned platform fails the image', async () => {
    const index = await pushIndex(world.client, 'verify/multi', '1.0');
    await attachFullEvidence(world.client, index, world.alice);
    await attachFullEvidence(world.client, index, world.alice, index.platforms![0]);
    const policy = writePolicy(world, 'multi.yaml', keyPolicy());
    const run = await verifyCli(world, [index.pinned, '--policy', policy]);
    expect(run.code).toBe(EXIT_FAILED);
    const [amd64, arm64] = run.report.images[0]!.platforms;
    expect(amd64).toMatchObject({
      platform: 'linux/amd64',
      digest: index.platforms![0]!.digest,
      outcome: 'pass',
    });
    expect(arm64).toMatchObject({
      platform: 'linux/arm64',
      digest: index.platforms![1]!.digest,
      outcome: 'fail',
    });
    await attachFullEvidence(world.client, index, world.alice, index.platforms![1]);
    expect((await verifyCli(world, [index.pinned, '--policy', policy])).code).toBe(EXIT_OK);
  });

  it('images from manifests: each verified once, violations annotated at the file and line', async () => {
    const good = await pushImage(world.client, 'verify/deployed', 'good');
    const bad = await pushImage(world.client, 'verify/deployed', 'bad');
    await attachFullEvidence(world.client, good, world.alice);
    mkdirSync(join(world.work, 'deploy'), { recursive: true });
    const container = (name: string, image: string) =>
      `        - name: ${name}\n          image: ${image}\n`;
    writeFileSync(
      join(world.work, 'deploy/app.yaml'),
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\nspec:\n  template:\n    spec:\n      containers:\n${container('good', good.pinned)}${container('bad', bad.pinned)}`,
    );
    writeFileSync(
      join(world.work, 'deploy/compose.yaml'),
      `services:\n  web:\n    image: ${good.pinned}\n`,
    );
    const run = await verifyCli(world, [
      '--manifests',
      'deploy/*.yaml',
      '--policy',
      writePolicy(world, 'deployed.yaml', keyPolicy()),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(run.report.images.map((i) => [i.reference, i.outcome, i.locations])).toEqual([
      [
        good.pinned,
        'pass',
        [
          { file: 'deploy/app.yaml', line: 9 },
          { file: 'deploy/compose.yaml', line: 3 },
        ],
      ],
      [bad.pinned, 'fail', [{ file: 'deploy/app.yaml', line: 11 }]],
    ]);
    expect(run.log).toContain(`error: deploy/app.yaml:11: ${bad.pinned} breaks the policy:`);
    expect(run.log).not.toContain(`deploy/app.yaml:9: ${good.pinned} breaks`);
  });
});

describe('the GitHub Action door', () => {
  it('outputs to GITHUB_OUTPUT, the summary to GITHUB_STEP_SUMMARY, annotations at the manifest line, setFailed once', async () => {
    const image = await pushImage(world.client, 'verify/action', '1.0');
    writeFileSync(
      join(world.work, 'action-app.yaml'),
      `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: app\n      image: ${image.pinned}\n`,
    );
    const policy = writePolicy(world, 'action.yaml', keyPolicy('', join(world.work, 'alice.pub')));
    const files = {
      output: join(world.work, 'github_output'),
      summary: join(world.work, 'step_summary'),
    };
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      INPUT_MANIFESTS: join(world.work, 'action-app.yaml'),
      INPUT_POLICY: join(world.work, policy),
      'INPUT_TRUSTED-ROOT': world.stack.trustedRootPath,
      'INPUT_INSECURE-REGISTRIES': world.registry.host,
      'INPUT_REPORT-PATH': join(world.work, 'action-report.json'),
      INPUT_OFFLINE: 'true',
      INPUT_SUMMARY: 'true',
    };
    const saved = { ...process.env };
    const exitCode = process.exitCode;
    let stdout = '';
    const write = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        stdout += chunk.toString();
        return true;
      });
    Object.assign(process.env, env);
    try {
      await runVerifyAction(env);
    } finally {
      write.mockRestore();
      for (const name of Object.keys(env)) delete process.env[name];
      Object.assign(process.env, saved);
    }
    expect(process.exitCode).toBe(1);
    process.exitCode = exitCode;
    const outputs = readFileSync(files.output, 'utf8');
    expect(outputs).toMatch(/^verified<<ghadelimiter_[\w-]+\nfalse\n/m);
    expect(outputs).toContain(`digests<<`);
    expect(outputs).toContain(JSON.stringify({ [image.pinned]: image.digest }));
    expect(readFileSync(files.summary, 'utf8')).toContain(
      '## ❌ imprint verify: 1 of 1 image breaks the policy',
    );
    expect(stdout).toContain(
      `::error file=${join(world.work, 'action-app.yaml')},line=6::${image.pinned} breaks the policy:`,
    );
    expect(stdout).toContain(
      '::error::1 of 1 image(s) break the policy (4 violation(s)): see the job summary and',
    );
  });
});
