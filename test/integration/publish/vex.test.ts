/**
 * VEX end to end against real parts: the Docker engine, a distribution registry and the
 * loopback Sigstore stack. Publish hands the `vex` documents to the scanner (the stand-in Trivy
 * records its argv) and attests each about the image; `imprint verify` counts a finding as
 * resolved only by VEX about this image from a VEX signer the policy names. The attacks: VEX
 * from the image's own publisher (not a VEX signer), VEX about another digest, and a later
 * `affected` statement, each of which must leave the CRITICAL findings blocking.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchContext } from '../../harness/image.js';
import { GITHUB_ISSUER } from '../../harness/sigstore/claims.js';
import {
  type EvidenceParts,
  GITHUB_SAN,
  githubEnv,
  publish,
  referrerTypes,
  startEvidenceParts,
  succeeded,
  verifyImage,
} from './evidence-run.js';

const OPENVEX = 'https://openvex.dev/ns';
const REPO = 'vex/app';
const SECURITY_WORKFLOW = 'acme/security/.github/workflows/vex.yml@refs/heads/main';
const SECURITY_SAN = `https://github.com/${SECURITY_WORKFLOW}`;
/** The stand-in Trivy's golden report: CVE-2019-14697 is CRITICAL in musl and musl-utils. */
const CVE = 'CVE-2019-14697';

let parts: EvidenceParts;
let digest: string;
let imageRef: string;
let policy: string;

beforeAll(async () => {
  parts = await startEvidenceParts();
  policy = join(parts.work, 'vex-policy.yaml');
  writeFileSync(
    policy,
    [
      'apiVersion: imprint/v1',
      'kind: Policy',
      'signers:',
      `  - issuer: ${GITHUB_ISSUER}`,
      `    subject: ${GITHUB_SAN}`,
      'attestations:',
      '  - type: https://cosign.sigstore.dev/attestation/vuln/v1',
      '    vulnerabilities:',
      '      maxSeverity: HIGH',
      '      vex:',
      '        signers:',
      `          - issuer: ${GITHUB_ISSUER}`,
      `            subject: ${SECURITY_SAN}`,
    ].join('\n') + '\n',
  );
}, 120_000);
afterAll(async () => {
  await parts?.stop();
});

function vexFile(
  name: string,
  about: string,
  statement: Record<string, unknown>,
  timestamp: string,
) {
  const path = join(parts.work, name);
  writeFileSync(
    path,
    JSON.stringify({
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': `https://example.com/vex/${name}`,
      author: 'Acme Security',
      timestamp,
      version: 1,
      statements: [
        {
          vulnerability: { name: CVE },
          products: [
            {
              '@id': `pkg:oci/app@${about.replace(':', '%3A')}?repository_url=${parts.registry.host}/${REPO}`,
            },
          ],
          status: 'not_affected',
          justification: 'vulnerable_code_not_in_execute_path',
          ...statement,
        },
      ],
    }),
  );
  return path;
}

/** The security team attests VEX about the published image: another workflow, another identity. */
async function securityTeamAttests(vex: string) {
  parts.stack.githubTokenEndpoint.claims.job_workflow_ref = SECURITY_WORKFLOW;
  try {
    return succeeded(
      await publish(
        parts,
        {
          image: imageRef,
          builder: 'none',
          sbom: 'false',
          scan: 'false',
          provenance: 'false',
          vex,
        },
        githubEnv(parts),
      ),
    );
  } finally {
    delete parts.stack.githubTokenEndpoint.claims.job_workflow_ref;
  }
}

const vexChecks = (checks: { check: string }[]) =>
  checks.filter((c) => c.check.startsWith('vulnerabilities.vex'));

describe('vex: publish → verify', () => {
  it('publish hands the VEX to Trivy and attests it; verify ignores it: the publisher is not a VEX signer', async () => {
    const built = succeeded(
      await publish(
        parts,
        {
          image: `${parts.registry.host}/${REPO}`,
          tags: 'v1',
          context: scratchContext({ 'hello.txt': 'hello' }),
          builder: 'buildah',
          sbom: 'false',
        },
        githubEnv(parts),
      ),
    );
    digest = built.outputs.digest!;
    imageRef = built.outputs['image-ref']!;
    const publisherVex = vexFile('publisher.json', digest, {}, '2026-01-01T00:00:00Z');
    const run = succeeded(
      await publish(
        parts,
        { image: imageRef, builder: 'none', sbom: 'false', provenance: 'false', vex: publisherVex },
        githubEnv(parts),
      ),
    );
    const scan = parts.trivy
      .runs()
      .filter((r) => r.argv[0] === 'image')
      .at(-1)!;
    expect(scan.argv).toEqual(expect.arrayContaining(['--vex', '--show-suppressed']));
    expect(scan.argv[scan.argv.indexOf('--vex') + 1]).toMatch(/vex-1\.openvex\.json$/);
    expect(await referrerTypes(parts.registry, REPO, digest)).toContain(OPENVEX);
    expect(run.summary).toContain(`| vex-1 | \`${OPENVEX}\` | image `);

    const verified = await verifyImage(parts, imageRef, policy);
    expect(verified.code).toBe(1);
    expect(verified.checks).toContainEqual(
      expect.objectContaining({
        check: 'vulnerabilities',
        outcome: 'fail',
        found: expect.stringMatching(/^2 blocking: CVE-2019-14697 CRITICAL/),
      }),
    );
    expect(vexChecks(verified.checks)).toEqual([
      expect.objectContaining({
        outcome: 'warn',
        found: `VEX attestation signed by ${GITHUB_SAN} (issuer ${GITHUB_ISSUER}) ignored: the signer is not among vulnerabilities.vex.signers; it clears nothing`,
      }),
    ]);
  });

  it('VEX from the security team about another digest clears nothing', async () => {
    const other = `sha256:${'0'.repeat(64)}`;
    await securityTeamAttests(vexFile('other-digest.json', other, {}, '2026-02-01T00:00:00Z'));
    const verified = await verifyImage(parts, imageRef, policy);
    expect(verified.code).toBe(1);
    expect(verified.checks.find((c) => c.check === 'vulnerabilities')?.outcome).toBe('fail');
    expect(
      vexChecks(verified.checks).every((c) => c.check.startsWith('vulnerabilities.vex.ignored')),
    ).toBe(true);
  });

  it("the security team's not_affected about this digest resolves both findings; the report names the statement", async () => {
    await securityTeamAttests(vexFile('not-affected.json', digest, {}, '2026-03-01T00:00:00Z'));
    const verified = await verifyImage(parts, imageRef, policy);
    expect(verified.code).toBe(0);
    const found = (pkg: string) =>
      `${CVE} in ${pkg} 1.1.20-r4: not_affected (vulnerable_code_not_in_execute_path) at 2026-03-01T00:00:00Z, VEX document https://example.com/vex/not-affected.json, signed by ${SECURITY_SAN} (issuer ${GITHUB_ISSUER})`;
    expect(verified.checks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          check: 'vulnerabilities',
          outcome: 'pass',
          found: expect.stringContaining('2 resolved by VEX'),
        }),
        {
          check: `vulnerabilities.vex:${CVE}:musl`,
          outcome: 'pass',
          expected: 'resolved by VEX from a policy VEX signer',
          found: found('musl'),
        },
        {
          check: `vulnerabilities.vex:${CVE}:musl-utils`,
          outcome: 'pass',
          expected: 'resolved by VEX from a policy VEX signer',
          found: found('musl-utils'),
        },
      ]),
    );
  });

  it('a later affected statement from the security team re-opens the findings', async () => {
    await securityTeamAttests(
      vexFile(
        'affected.json',
        digest,
        {
          status: 'affected',
          justification: undefined,
          action_statement: 'upgrade musl to 1.1.20-r5',
        },
        '2026-04-01T00:00:00Z',
      ),
    );
    const verified = await verifyImage(parts, imageRef, policy);
    expect(verified.code).toBe(1);
    expect(verified.checks.find((c) => c.check === 'vulnerabilities')?.outcome).toBe('fail');
    expect(
      verified.checks.find((c) => c.check === `vulnerabilities.vex:${CVE}:musl`),
    ).toMatchObject({
      outcome: 'skipped',
      found: expect.stringContaining(
        'not resolved: the latest statement says CVE-2019-14697 in musl 1.1.20-r4: affected (upgrade musl to 1.1.20-r5) at 2026-04-01T00:00:00Z, VEX document https://example.com/vex/affected.json',
      ),
    });
  });

  it('refuses a VEX document that breaks the spec before anything is built (exit 2)', async () => {
    const broken = vexFile(
      'broken.json',
      digest,
      { justification: 'trust me' },
      '2026-05-01T00:00:00Z',
    );
    const run = await publish(
      parts,
      {
        image: `${parts.registry.host}/vex/refused`,
        tags: 'v1',
        context: scratchContext({ 'a.txt': 'a' }),
        builder: 'buildah',
        vex: broken,
      },
      githubEnv(parts),
    );
    expect(run.error).toMatchObject({ code: 'VEX_INVALID' });
    expect((run.error as Error).message).toBe(
      `input "vex": ${broken} is not a valid OpenVEX document: statements[0].justification must be one of component_not_present, vulnerable_code_not_present, vulnerable_code_not_in_execute_path, vulnerable_code_cannot_be_controlled_by_adversary, inline_mitigations_already_exist; found "trust me"`,
    );
    expect(run.log).not.toContain('Build and push');
  });
});
