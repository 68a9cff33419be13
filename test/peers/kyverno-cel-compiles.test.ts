/**
 * The CEL of every ImageValidatingPolicy imprint exports is compiled by Kyverno's own loader:
 * `kyverno apply` compiles the whole policy (matchImageReferences, attestors, every
 * validation) before it evaluates anything, and on a Pod with no containers there is no image
 * to fetch, so the run needs no registry and no signatures and its only possible error is
 * the compile error. The negative controls break one expression of the same export and show
 * Kyverno refusing it with its compile message: a clean run means the CEL compiled.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { parse, stringify } from 'yaml';
import { exportPolicy } from '../../src/policy/export/index.js';
import { parsePolicy } from '../../src/policy/load.js';
import { embeddedTrustedRoot } from '../../src/sigstore/verify/trusted-root.js';
import { describeRun, runPeer } from './tools.js';

const PUBLIC_KEY = readFileSync(new URL('../fixtures/policy/cosign.pub', import.meta.url), 'utf8');

/** Every rule kind the kyverno-ivp exporter writes CEL for, in one policy. */
const EVERY_RULE = `apiVersion: imprint/v1
kind: Policy
mode: enforce
images:
  allow: ['ghcr.io/acme/**', 'registry.example/team/*:v*']
  exclude: ['ghcr.io/acme/sandbox/**', 'ghcr.io/acme/tools:dev-*']
  requireDigest: true
trust:
  trustedRoot: ./trusted_root.json
  requireTlog: true
count: 2
signers:
  - issuer: https://token.actions.githubusercontent.com
    subject: https://github.com/acme/app/.github/workflows/release.yml@refs/tags/*
  - issuerRegExp: '^https://gitlab\\.(com|example)$'
    subjectRegExp: '^https://gitlab\\.com/acme/[a-z]+//\\.gitlab-ci\\.yml@refs/heads/main$'
  - key: ./cosign.pub
attestations:
  - type: https://cyclonedx.org/bom
    maxAge: 720h
    sbom:
      denyPackages:
        - purl: pkg:maven/org.apache.commons/commons-text
          versions: '<1.10.0'
        - purl: pkg:npm/left-pad
      denyLicenses: [AGPL-3.0-only, GPL-3.0-or-later]
  - type: https://cosign.sigstore.dev/attestation/vuln/v1
    vulnerabilities:
      maxSeverity: MEDIUM
      maxCvss: 7.5
      ignoreUnfixed: true
      ignore:
        - id: CVE-2024-1234
          purls: ['pkg:deb/debian/libssl3']
          expires: 2099-12-31
          reason: no fix upstream
        - id: CVE-2024-5678
          expires: 2099-12-31
          reason: not reachable
  - type: https://slsa.dev/provenance/v1
    provenance:
      builderId: https://ci.example/o'brien/*
  - type: https://example.com/test-result/v1
    conditions:
      - {key: "{{ result }}", operator: Equals, value: passed}
exceptions:
  - image: ghcr.io/acme/legacy@sha256:0000000000000000000000000000000000000000000000000000000000000000
    expires: 2099-10-01
    reason: migration ticket OPS-12
`;

/** The other branches of the exporter: audit mode, no tlog, default trust, every image. */
const AUDIT_MINIMAL = `apiVersion: imprint/v1
kind: Policy
mode: warn
trust:
  requireTlog: false
signers:
  - key: ./cosign.pub
attestations:
  - type: https://slsa.dev/provenance/v1
    provenance:
      builderId: https://gitlab.com/acme/runner
`;

function exported(yaml: string): string {
  const policy = parsePolicy(yaml, 'policy.yaml');
  return exportPolicy(policy, 'kyverno-ivp', {
    now: new Date('2026-06-01T00:00:00Z'),
    source: 'policy.yaml',
    publicKeys: { './cosign.pub': PUBLIC_KEY },
    trustedRoot: TrustedRoot.toJSON(embeddedTrustedRoot()),
  }).yaml;
}

interface ReportResult {
  policy: string;
  result: string;
  message: string;
}

interface Report {
  summary: Record<'pass' | 'fail' | 'warn' | 'error' | 'skip', number>;
  results: ReportResult[];
}

/** `kyverno apply` on a Pod with no containers, its policy report as JSON. */
async function kyvernoCompile(policyYaml: string): Promise<{ code: number; report: Report }> {
  const dir = mkdtempSync(join(tmpdir(), 'kyverno-cel-'));
  writeFileSync(join(dir, 'policy.yaml'), policyYaml);
  writeFileSync(
    join(dir, 'pod.yaml'),
    stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'compile-only', namespace: 'default' },
      spec: { containers: [] },
    }),
  );
  const run = await runPeer(
    'kyverno',
    [
      'apply',
      join(dir, 'policy.yaml'),
      '--resource',
      join(dir, 'pod.yaml'),
      '--policy-report',
      '--output-format',
      'json',
      '--remove-color',
    ],
    { HOME: dir },
  );
  try {
    return { code: run.code, report: JSON.parse(run.stdout) as Report };
  } catch {
    throw new Error(describeRun(run));
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the exported YAML, walked freely
type Resource = Record<string, any>;

const validations = (resource: Resource) =>
  (resource.spec.validations as { expression: string }[]).map((v) => v.expression);

describe('Kyverno compiles the CEL of every exported ImageValidatingPolicy', () => {
  it('the export of every rule kind carries every CEL template', () => {
    const resource = parse(exported(EVERY_RULE)) as Resource;
    const cel = validations(resource).join('\n');
    for (const template of [
      'verifyImageSignatures(image, [attestors.signer0, attestors.signer1, attestors.signer2]) >= 2',
      '.filter(image, !(image.matches(',
      'verifyAttestationSignatures(image, attestations.attestation3,',
      'c.purl.startsWith(',
      "ci\\\\.example/o\\'brien/",
      'l.license.id.lowerAscii() in',
      'l.expression.matches(',
      "v.Severity in ['HIGH', 'CRITICAL']",
      'v.CVSS[s].V3Score > 7.5',
      "v.FixedVersion != ''",
      "v.VulnerabilityID == 'CVE-2024-5678'",
      'v.PkgIdentifier.PURL',
      'p.runDetails.builder.id',
    ])
      expect(cel).toContain(template);
    expect(resource.spec.matchImageReferences).toHaveLength(2);
    expect(resource.spec.attestors[1].cosign.keyless.identities[0].issuerRegExp).toBeDefined();
    expect(resource.spec.attestors[2].cosign.key.data).toBe(PUBLIC_KEY);
    expect(resource.spec.attestors[0].cosign.trustedRoot.value).toContain('"tlogs"');
  });

  it.each([
    ['every rule kind', EVERY_RULE],
    ['audit mode, key signer, no tlog', AUDIT_MINIMAL],
  ])('%s: Kyverno compiles it and passes a Pod with no images', async (_, policy) => {
    const { code, report } = await kyvernoCompile(exported(policy));
    expect(report.results).toEqual([
      expect.objectContaining({ policy: 'policy', result: 'pass', message: 'success' }),
    ]);
    expect(report.summary).toEqual({ pass: 1, fail: 0, warn: 0, error: 0, skip: 0 });
    expect(code).toBe(0);
  });

  it.each([
    [
      'a type error in the signature count',
      (r: Resource) => {
        r.spec.validations[0].expression = r.spec.validations[0].expression.replace(
          ') >= 2)',
          ') >= "two")',
        );
      },
      ['spec.validations[0].expression', "found no matching overload for '_>=_'"],
    ],
    [
      'a syntax error in the provenance rule',
      (r: Resource) => {
        const rule = r.spec.validations[8];
        expect(rule.expression).toContain('builder.id');
        rule.expression = rule.expression.slice(0, -1);
      },
      ['spec.validations[8].expression', 'Syntax error'],
    ],
    [
      'a regex given as a number in matchImageReferences',
      (r: Resource) => {
        r.spec.matchImageReferences[1].expression = 'ref.matches(1)';
      },
      ['spec.MatchImageReferences[1].expression', "found no matching overload for 'matches'"],
    ],
  ] as const)(
    'negative control, %s: Kyverno refuses it with its compile error',
    async (_, breakIt, messages) => {
      const resource = parse(exported(EVERY_RULE)) as Resource;
      const before = JSON.stringify(resource);
      breakIt(resource);
      expect(JSON.stringify(resource)).not.toBe(before);
      const { code, report } = await kyvernoCompile(stringify(resource));
      expect(report.summary).toEqual({ pass: 0, fail: 0, warn: 0, error: 1, skip: 0 });
      expect(report.results).toHaveLength(1);
      expect(report.results[0]!.result).toBe('error');
      expect(report.results[0]!.message).toMatch(/^failed to compile policy: /);
      for (const message of messages) expect(report.results[0]!.message).toContain(message);
      expect(code).toBe(1);
    },
  );
});
