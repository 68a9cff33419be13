/**
 * A publish whose vulnerability gate or policy gate fails stores its evidence but writes no
 * image signature: a signer-only `imprint verify` policy refuses the image, the summary says
 * why it was not signed, and a re-run that passes signs it. Real parts: the Docker engine, a
 * distribution registry, the loopback Sigstore stack; the STAND-IN trivy replays a real report
 * with a CRITICAL finding. GitHub's Attestations API is a STAND-IN server on 127.0.0.1: an image
 * signature a gate held back must not reach it either.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runVerifyCommand } from '../../../src/doors/cli/verify.js';
import { capturedContext } from '../../harness/context.js';
import { scratchContext } from '../../harness/image.js';
import { trivyGoldensDir } from '../../interop/scan/fixtures.js';
import {
  COSIGN_SIGN,
  CYCLONEDX,
  type EvidenceParts,
  GITHUB_SAN,
  GOLDEN,
  githubEnv,
  publish,
  referrerTypes,
  SLSA,
  startEvidenceParts,
  VULN,
} from './evidence-run.js';
import { DEFAULT_TRIVY_VERSION } from '../../../src/inputs/tables/scan.js';

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const APK_DB = ['P:musl', 'V:1.1.20-r4', 'A:x86_64', 'L:MIT', 'o:musl', ''].join('\n');

let parts: EvidenceParts;

beforeAll(async () => {
  parts = await startEvidenceParts();
  parts.trivy.configure({
    version: DEFAULT_TRIVY_VERSION,
    reportFile: join(trivyGoldensDir(), GOLDEN),
  });
});
afterAll(async () => {
  await parts?.stop();
});

/** GitHub's Attestations API: records the predicate type of every statement uploaded. */
async function startStandInApi() {
  const predicateTypes: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { bundle } = JSON.parse(body) as { bundle: { dsseEnvelope: { payload: string } } };
      const statement = JSON.parse(
        Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'),
      ) as { predicateType: string };
      predicateTypes.push(statement.predicateType);
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: predicateTypes.length }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, predicateTypes, stop: () => new Promise((resolve) => server.close(resolve)) };
}

/** A policy that asks only for this workflow's signature (plus whatever `extra` adds). */
function policyFile(name: string, extra: string[] = []): string {
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
      ...extra,
    ].join('\n') + '\n',
  );
  return path;
}

/** `imprint verify IMAGE --policy FILE` through the CLI door: its exit code and log. */
async function verify(imageRef: string, policy: string): Promise<{ code: number; log: string }> {
  const captured = capturedContext();
  const code = await runVerifyCommand(
    [
      imageRef,
      '--policy',
      policy,
      '--trusted-root',
      parts.stack.trustedRootPath,
      '--insecure-registries',
      parts.registry.host,
      '--report-path',
      join(parts.work, `report-${Math.random().toString(36).slice(2)}.json`),
      '--no-summary',
    ],
    {
      stdout: () => undefined,
      env: { HOME: parts.work, DOCKER_CONFIG: join(parts.work, '.docker') },
      context: () => captured.context,
    },
  );
  return { code, log: captured.output() };
}

describe('a failed gate holds the image signature back', () => {
  it('vulnerability gate: evidence stored, no signature, verify refuses; the re-run signs', async () => {
    const repo = 'unsigned-vuln/app';
    const inputs = {
      image: `${parts.registry.host}/${repo}`,
      tags: 'v1',
      context: scratchContext({ 'lib/apk/db/installed': APK_DB }),
    };
    const signerOnly = policyFile('signer-only.yaml');

    const failed = await publish(
      parts,
      { ...inputs, 'fail-on-severity': 'HIGH' },
      githubEnv(parts),
    );
    expect(failed.error).toMatchObject({ code: 'GATE_FAILED' });
    const digest = failed.outputs.digest!;
    expect(await referrerTypes(parts.registry, repo, digest)).toEqual([SLSA, CYCLONEDX, VULN]);
    expect(failed.outputs['signature-ref']).toBe('');
    expect(failed.outputs['vuln-ref']).not.toBe('');
    expect(readdirSync(failed.outputs['bundle-path']!).some((f) => f.includes('signature'))).toBe(
      false,
    );
    // Known before signing: the image signature is not even made (no Rekor entry for it).
    expect(failed.log).toContain(
      'warning: the image signature is not made: the vulnerability gate failed (fail-on-severity: HIGH).',
    );
    expect(JSON.parse(failed.outputs['rekor-log-indexes']!)).toHaveLength(3);
    expect(failed.summary).toContain(
      '⛔ **Not signed**: the vulnerability gate failed (fail-on-severity: HIGH). The attestations below are stored, but the image signature was not written',
    );
    expect(failed.summary).not.toContain('cosign verify');
    const refused = await verify(failed.outputs['image-ref']!, signerOnly);
    expect(refused.code).toBe(1);
    expect(refused.log).toContain('no signature found');

    // Fixed (here: the threshold the team agreed on); the re-run signs what was held back.
    const fixed = await publish(parts, inputs, githubEnv(parts));
    expect(fixed.error).toBeUndefined();
    expect(await referrerTypes(parts.registry, repo, digest)).toEqual([
      SLSA,
      CYCLONEDX,
      VULN,
      COSIGN_SIGN,
    ]);
    expect(fixed.log).toContain('3 of 4 already in the registry from a previous run');
    expect(fixed.summary).not.toContain('Not signed');
    expect((await verify(fixed.outputs['image-ref']!, signerOnly)).code).toBe(0);
  });

  it('policy gate: judged with the held signature, which is written only when it passes', async () => {
    const repo = 'unsigned-policy/app';
    const inputs = {
      image: `${parts.registry.host}/${repo}`,
      tags: 'v1',
      context: scratchContext({ 'lib/apk/db/installed': APK_DB }),
    };
    const strict = policyFile('no-critical.yaml', [
      'attestations:',
      `  - type: ${VULN}`,
      '    vulnerabilities:',
      '      maxSeverity: HIGH',
    ]);
    const api = await startStandInApi();
    const failed = await publish(
      parts,
      { ...inputs, policy: strict },
      { ...githubEnv(parts), GITHUB_API_URL: api.url, GITHUB_TOKEN: 'ghs_gateTestToken' },
    ).finally(api.stop);
    expect(failed.error).toMatchObject({ code: 'POLICY_VIOLATION' });
    // The held signature was signed, but only what the registry holds went to GitHub.
    expect(api.predicateTypes.sort()).toEqual([CYCLONEDX, SLSA, VULN].sort());
    const digest = failed.outputs.digest!;
    expect(await referrerTypes(parts.registry, repo, digest)).toEqual([SLSA, CYCLONEDX, VULN]);
    // The held signature counted: only the vulnerability rule failed.
    expect((failed.error as Error).message).not.toContain('signer');
    expect(failed.outputs['policy-verified']).toBe('false');
    expect(failed.summary).toContain(`⛔ **Not signed**: the image breaks the policy ${strict}.`);
    expect((await verify(failed.outputs['image-ref']!, policyFile('signer.yaml'))).code).toBe(1);

    // A policy the image meets, signer rule included: it passes before the signature exists.
    const passed = await publish(
      parts,
      { ...inputs, policy: policyFile('signer-gate.yaml') },
      githubEnv(parts),
    );
    expect(passed.error).toBeUndefined();
    expect(passed.outputs['policy-verified']).toBe('true');
    expect(await referrerTypes(parts.registry, repo, digest)).toEqual([
      SLSA,
      CYCLONEDX,
      VULN,
      COSIGN_SIGN,
    ]);
  });

  it('cosign classic: the held .sig signature is judged too, and written when the gate passes', async () => {
    const repo = 'unsigned-classic/app';
    const run = await publish(
      parts,
      {
        image: `${parts.registry.host}/${repo}`,
        tags: 'v1',
        context: scratchContext({ 'lib/apk/db/installed': APK_DB }),
        'attestation-format': 'cosign-classic',
        policy: policyFile('classic-signer.yaml'),
      },
      githubEnv(parts),
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs['policy-verified']).toBe('true');
    expect(run.outputs['signature-ref']).toMatch(/@sha256:[0-9a-f]{64}$/);
    expect((await verify(run.outputs['image-ref']!, policyFile('signer.yaml'))).code).toBe(0);
  });

  it('a failed scan gate: the policy gate sees the image as it stays, unsigned', async () => {
    const repo = 'unsigned-both/app';
    const run = await publish(
      parts,
      {
        image: `${parts.registry.host}/${repo}`,
        tags: 'v1',
        context: scratchContext({ 'lib/apk/db/installed': APK_DB }),
        'fail-on-severity': 'CRITICAL',
        policy: policyFile('signer-too.yaml'),
      },
      githubEnv(parts),
    );
    expect(run.error).toMatchObject({ code: 'GATE_FAILED' });
    expect(run.outputs['policy-verified']).toBe('false');
    expect(run.log).toContain('no signature found');
    expect(run.summary).toContain(
      '⛔ **Not signed**: the vulnerability gate failed (fail-on-severity: CRITICAL).',
    );
    expect(run.summary).toContain('imprint verify: 1 of 1 image breaks the policy');
  });
});
