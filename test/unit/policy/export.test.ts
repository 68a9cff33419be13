import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { isImprintError } from '../../../src/errors.js';
import { exportPolicy } from '../../../src/policy/export/index.js';
import {
  exactOrRe2Identity,
  kyvernoImageReferences,
  policyControllerImageGlob,
} from '../../../src/policy/export/identity.js';
import { imageRegExp } from '../../../src/policy/export/kyverno-ivp.js';
import { identityPattern } from '../../../src/policy/match.js';
import { parsePolicy } from '../../../src/policy/load.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const HEADER = `apiVersion: imprint/v1\nkind: Policy\nsigners:\n  - {issuer: https://gitlab.com, subject: "https://gitlab.com/g/p//.gitlab-ci.yml@refs/heads/main"}\n`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, walked freely by assertions
function resources(yaml: string): Record<string, any>[] {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- see above
  return parseAllDocuments(yaml).map((doc) => doc.toJS());
}

describe('identity meaning in every target (sigstore-go / cosign: exact, or unanchored RE2)', () => {
  it.each([
    [
      'exact (even with *)',
      { kind: 'exact' as const, value: 'a*b' },
      { value: 'a*b', regexp: false },
    ],
    [
      'glob with ** (JavaScript . spelled out for RE2)',
      identityPattern('https://x/**'),
      { value: '^https://x/[^\\n\\r\\x{2028}\\x{2029}]*$', regexp: true },
    ],
    [
      'glob with a segment *',
      identityPattern('https://x/*/y'),
      { value: '^https://x/[^/]*/y$', regexp: true },
    ],
    ['regex', identityPattern(undefined, 'a|b'), { value: '^(?:a|b)$', regexp: true }],
  ])('%s', (_name, pattern, expected) => {
    expect(exactOrRe2Identity(pattern, 'signers[0].subject')).toEqual(expected);
  });
});

describe('image globs in each target', () => {
  it('Kyverno: any tag or digest of exactly one repository', () => {
    expect(kyvernoImageReferences('ghcr.io/acme/app')).toEqual([
      { wildcard: 'ghcr.io/acme/app:*', broadened: false },
      { wildcard: 'ghcr.io/acme/app@*', broadened: false },
    ]);
    expect(kyvernoImageReferences('ghcr.io/acme/**')).toEqual([
      { wildcard: 'ghcr.io/acme/*', broadened: false },
    ]);
    expect(kyvernoImageReferences('ghcr.io/acme/*')).toEqual([
      { wildcard: 'ghcr.io/acme/*', broadened: true },
    ]);
  });

  it('policy-controller: index.docker.io, no digests', () => {
    expect(policyControllerImageGlob('nginx')).toMatchObject({
      glob: 'index.docker.io/library/nginx*',
    });
    expect(policyControllerImageGlob('ghcr.io/acme/**')).toEqual({ glob: 'ghcr.io/acme/**' });
    expect(policyControllerImageGlob('ghcr.io/acme/app:v1*')).toEqual({
      glob: 'ghcr.io/acme/app:v1*',
    });
    expect(policyControllerImageGlob('ghcr.io/acme/app@sha256:ab')).toEqual({
      glob: 'ghcr.io/acme/app*',
      note: 'policy-controller globs cannot hold a digest: ghcr.io/acme/app@sha256:ab is exported as ghcr.io/acme/app*',
    });
    expect(policyControllerImageGlob('ghcr.io/acme/a+b')).toEqual({
      note: 'ghcr.io/acme/a+b holds characters policy-controller globs do not accept: not exported',
    });
  });

  it('every target gets the Docker-normalised name, however the glob spells the image', () => {
    // Exported as written, docker.io/nginx named no image the cluster runs: never verified there.
    for (const spelling of [
      'docker.io/nginx',
      'index.docker.io/library/nginx',
      'Docker.IO/nginx',
    ]) {
      expect(kyvernoImageReferences(spelling)).toEqual(kyvernoImageReferences('nginx'));
      expect(policyControllerImageGlob(spelling)).toEqual(policyControllerImageGlob('nginx'));
      expect(imageRegExp(spelling)).toBe(imageRegExp('nginx'));
    }
    expect(kyvernoImageReferences('GHCR.io/acme/app')).toEqual(
      kyvernoImageReferences('ghcr.io/acme/app'),
    );
  });

  it('ImageValidatingPolicy: anchored regex over name, tag and digest', () => {
    const regex = new RegExp(imageRegExp('ghcr.io/acme/*'));
    expect(regex.test('ghcr.io/acme/app:1@sha256:ab')).toBe(true);
    expect(regex.test('ghcr.io/acme/team/app:1')).toBe(false);
  });

  it('an exemption glob naming a tag covers no digest-pinned reference, as in verify', () => {
    const exemption = new RegExp(imageRegExp('ghcr.io/acme/app:1.*', true));
    expect(exemption.test('ghcr.io/acme/app:1.2')).toBe(true);
    expect(exemption.test('ghcr.io/acme/app:1.2@sha256:ab')).toBe(false);
    expect(
      new RegExp(imageRegExp('ghcr.io/acme/app', true)).test('ghcr.io/acme/app@sha256:ab'),
    ).toBe(true);
    const policy = parsePolicy(`${HEADER}images: {exclude: ["ghcr.io/acme/legacy:*"]}\n`);
    const { warnings } = exportPolicy(policy, 'kyverno', { now: NOW, source: 'p.yaml' });
    expect(warnings).toContain(
      `images.exclude / exceptions ghcr.io/acme/legacy:*: Kyverno's * also matches "@", so the exported skip also covers ghcr.io/acme/legacy:*@sha256:… (imprint's verify does not: a tag exempts no pinned digest)`,
    );
  });
});

describe('exportPolicy', () => {
  it.each(['kyverno', 'kyverno-ivp', 'policy-controller'] as const)(
    '%s says vulnerabilities.vex is not exported, in its warnings and in the file',
    (target) => {
      const policy = parsePolicy(
        `${HEADER}attestations:\n  - type: https://cosign.sigstore.dev/attestation/vuln/v1\n    vulnerabilities:\n      maxSeverity: HIGH\n      vex:\n        signers:\n          - {issuer: https://gitlab.com, subject: "https://gitlab.com/sec/vex//.gitlab-ci.yml@refs/heads/main"}\n`,
      );
      const { yaml, warnings } = exportPolicy(policy, target, { now: NOW, source: 'p.yaml' });
      const notExported = warnings.filter((w) =>
        w.startsWith('vulnerabilities.vex is not exported'),
      );
      expect(notExported).toEqual([expect.stringContaining('so no VEX resolves a finding there')]);
      expect(yaml).toContain('vulnerabilities.vex is not exported');
    },
  );

  it('drops expired exceptions and keeps unexpired ones with a warning', () => {
    const policy = parsePolicy(
      `${HEADER}exceptions:\n  - {image: ghcr.io/acme/old, expires: 2026-05-01, reason: done}\n  - {image: ghcr.io/acme/new, expires: 2026-09-01, reason: OPS-1}\n`,
    );
    const { yaml, warnings } = exportPolicy(policy, 'kyverno', { now: NOW, source: 'p.yaml' });
    const [policyResource] = resources(yaml);
    expect(policyResource!.spec.rules[0].verifyImages[0].skipImageReferences).toEqual([
      'ghcr.io/acme/new:*',
      'ghcr.io/acme/new@*',
    ]);
    expect(yaml).toContain(
      '#   - exception for ghcr.io/acme/old expired on 2026-05-01 (done): dropped',
    );
    expect(warnings).toContain(
      'the exported policy keeps the exception for ghcr.io/acme/new past 2026-09-01: a cluster policy cannot know the date, so export again then',
    );
  });

  it('turns mode warn into Audit without digest mutation, and spec.mode warn', () => {
    const policy = parsePolicy(`${HEADER}mode: warn\nimages: {requireDigest: true}\n`);
    const [clusterPolicy] = resources(exportPolicy(policy, 'kyverno', { now: NOW }).yaml);
    expect(clusterPolicy!.spec.validationFailureAction).toBe('Audit');
    expect(clusterPolicy!.spec.rules[0].verifyImages[0]).toMatchObject({
      mutateDigest: false,
      verifyDigest: true,
    });
    const [cip] = resources(exportPolicy(policy, 'policy-controller', { now: NOW }).yaml);
    expect(cip!.spec.mode).toBe('warn');
  });

  it('warns about every claim, as Kyverno SigstoreBundle rules ignore additionalExtensions', () => {
    const policy = parsePolicy(
      `apiVersion: imprint/v1\nkind: Policy\nsigners:\n  - issuer: https://token.actions.githubusercontent.com\n    subject: https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1\n    claims: {sourceRepositoryURI: https://github.com/acme/app, githubWorkflowTrigger: push}\n`,
    );
    const { yaml, warnings } = exportPolicy(policy, 'kyverno', { now: NOW });
    const keyless = resources(yaml)[0]!.spec.rules[0].verifyImages[0].attestors[0].entries[0]
      .keyless as Record<string, unknown>;
    expect(keyless.additionalExtensions).toBeUndefined();
    expect(warnings).toEqual(
      expect.arrayContaining([
        'signers[0].claims.sourceRepositoryURI (https://github.com/acme/app) is not checked by Kyverno: its SigstoreBundle verification ignores additionalExtensions',
        'signers[0].claims.githubWorkflowTrigger (push) is not checked by Kyverno: its SigstoreBundle verification ignores additionalExtensions',
      ]),
    );
    expect(yaml).toContain('# Not carried over exactly (imprint verify still checks these):');
  });

  it('says when policy-controller cannot express a signer count', () => {
    const policy = parsePolicy(`${HEADER}  - key: ./a.pub\n  - key: ./b.pub\ncount: 2\n`);
    const pem = '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n';
    const { warnings } = exportPolicy(policy, 'policy-controller', {
      now: NOW,
      publicKeys: { './a.pub': pem, './b.pub': pem },
    });
    expect(warnings).toContain(
      'count: 2 of 3 signers cannot be said in policy-controller: any one signer satisfies the exported policy',
    );
  });

  it('needs the content of the keys and the trusted root the policy names', () => {
    const keyed = parsePolicy(
      'apiVersion: imprint/v1\nkind: Policy\nsigners:\n  - key: ./cosign.pub\n',
    );
    expect(() => exportPolicy(keyed, 'kyverno', { now: NOW })).toThrow(
      'The policy names the key ./cosign.pub, but its PEM content was not given to the exporter.',
    );
    const rooted = parsePolicy(`${HEADER}trust: {trustedRoot: ./root.json}\n`);
    expect(() => exportPolicy(rooted, 'kyverno', { now: NOW })).toThrow(
      'The policy names the trusted root ./root.json, but its content was not given to the exporter.',
    );
    try {
      exportPolicy(rooted, 'kyverno', { now: NOW, trustedRoot: { mediaType: 'nope' } });
      throw new Error('expected a TRUSTED_ROOT_INVALID error');
    } catch (error) {
      expect(isImprintError(error, 'TRUSTED_ROOT_INVALID')).toBe(true);
    }
  });

  it('writes key signers in the form Kyverno 1.19 verifies in SigstoreBundle rules, and says so', () => {
    const pem = readFileSync(new URL('../../fixtures/policy/cosign.pub', import.meta.url), 'utf8');
    const policy = (tlog: boolean) =>
      parsePolicy(
        `apiVersion: imprint/v1\nkind: Policy\ntrust: {requireTlog: ${tlog}}\nsigners:\n  - key: ./cosign.pub\n`,
      );
    const keysOf = (tlog: boolean) => {
      const { yaml, warnings } = exportPolicy(policy(tlog), 'kyverno', {
        now: NOW,
        publicKeys: { './cosign.pub': pem },
      });
      const entry = resources(yaml)[0]!.spec.rules[0].verifyImages[0].attestors[0].entries[0];
      return { keys: entry.keys as Record<string, unknown>, warnings };
    };
    // Without a log, the key alone is the trusted material only with the SCT check off.
    expect(keysOf(false).keys).toEqual({
      publicKeys: pem,
      rekor: { ignoreTlog: true },
      ctlog: { ignoreSCT: true },
    });
    // With a log, the SCT check stays on: it is what makes Kyverno accept the log's time.
    expect(keysOf(true).keys.ctlog).toBeUndefined();
    expect(keysOf(true).warnings).toContain(
      'signers[0] (key ./cosign.pub): Kyverno verifies keys.publicKeys in SigstoreBundle rules from v1.19.0 on; older releases ignore or refuse the key (kyverno#14233, #16267), so run 1.19 or newer',
    );
  });

  it('policy-controller: keyless authorities require the signature as a bundle attestation; key ones read the classic format', () => {
    const pem = readFileSync(new URL('../../fixtures/policy/cosign.pub', import.meta.url), 'utf8');
    const policy = parsePolicy(`${HEADER}  - key: ./cosign.pub\n`);
    const { yaml, warnings } = exportPolicy(policy, 'policy-controller', {
      now: NOW,
      publicKeys: { './cosign.pub': pem },
    });
    const [keyless, key] = resources(yaml)[0]!.spec.authorities as Record<string, unknown>[];
    expect(keyless!.signatureFormat).toBe('bundle');
    expect(keyless!.attestations).toEqual([
      { name: 'signature', predicateType: 'https://sigstore.dev/cosign/sign/v1' },
    ]);
    expect(key!.signatureFormat).toBeUndefined();
    expect(key!.attestations).toBeUndefined();
    expect(warnings).toContain(
      "signers[1] (key ./cosign.pub): policy-controller verifies key signers only in cosign's classic format (.sig/.att tags), so publish those images with attestation-format: both; with attestation rules it checks the attestations, not the image signature",
    );
  });

  it('rejects an unknown target', () => {
    expect(() =>
      exportPolicy(parsePolicy(HEADER), 'gatekeeper' as 'kyverno', { now: NOW }),
    ).toThrow('Unknown export target "gatekeeper".');
  });
});
