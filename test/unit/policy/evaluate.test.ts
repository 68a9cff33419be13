import { evaluatePolicy } from '../../../src/policy/evaluate.js';
import { parsePolicy } from '../../../src/policy/load.js';
import type { Finding } from '../../../src/scan/model.js';
import type { CheckResult, ImageVerdict } from '../../../src/policy/verdict.js';
import {
  DIGEST,
  GITHUB,
  NOW,
  OTHER_DIGEST,
  RELEASE,
  attestation,
  evidence,
  keyless,
  signature,
} from './evidence-builders.js';

const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const CDX = 'https://cyclonedx.org/bom';
const SLSA = 'https://slsa.dev/provenance/v1';

const BASE = `apiVersion: imprint/v1
kind: Policy
signers:
  - issuer: ${GITHUB}
    subject: https://github.com/acme/app/.github/workflows/release.yml@refs/tags/*
    claims:
      sourceRepositoryURI: https://github.com/acme/app
      sourceRef: refs/tags/*
`;

function policy(extra = '', base = BASE) {
  return parsePolicy(base + extra);
}

function find(verdict: ImageVerdict, id: string): CheckResult {
  const found = verdict.checks.find((c) => c.check === id);
  if (!found) throw new Error(`no check ${id} in ${verdict.checks.map((c) => c.check).join(', ')}`);
  return found;
}

/** Stand-in for src/scan/trivy-report.ts: returns the findings a test built, whatever the report. */
const parserReturning = (findings: Finding[]) => () => findings;

const finding = (
  id: string,
  severity: Finding['severity'],
  extra: Partial<Finding> = {},
): Finding => ({
  id,
  severity,
  packageName: 'openssl',
  installedVersion: '3.0.1',
  fixedVersion: '3.0.2',
  purl: 'pkg:deb/debian/libssl3@3.0.1',
  ...extra,
});

const vulnPredicate = {
  scanner: { result: { SchemaVersion: 2, Results: [] } },
  metadata: { scanFinishedOn: '2026-05-31T12:00:00Z' },
};

describe('evaluatePolicy: signers', () => {
  it('passes an image signed by the policy signer', () => {
    const verdict = evaluatePolicy(policy(), evidence(), { now: NOW });
    expect(verdict).toEqual({
      image: `ghcr.io/acme/app:1.2.0@${DIGEST}`,
      digest: DIGEST,
      outcome: 'pass',
      checks: [
        {
          check: 'image.digest',
          outcome: 'pass',
          expected: 'a reference pinned by digest (name@sha256:…)',
          found: `ghcr.io/acme/app:1.2.0@${DIGEST}`,
        },
        {
          check: 'signer',
          outcome: 'pass',
          expected: `signed by https://github.com/acme/app/.github/workflows/release.yml@refs/tags/* (issuer ${GITHUB}; sourceRepositoryURI=https://github.com/acme/app, sourceRepositoryRef=refs/tags/*)`,
          found: `https://github.com/acme/app/.github/workflows/release.yml@refs/tags/* (issuer ${GITHUB}; sourceRepositoryURI=https://github.com/acme/app, sourceRepositoryRef=refs/tags/*)`,
        },
      ],
    });
  });

  it('says who signed and what the policy wants when the workflow differs', () => {
    const build = 'https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main';
    const verdict = evaluatePolicy(
      policy(),
      evidence({ signatures: [signature({ signer: keyless(build) })] }),
      { now: NOW },
    );
    expect(verdict.outcome).toBe('fail');
    expect(find(verdict, 'signer')).toEqual({
      check: 'signer',
      outcome: 'fail',
      expected: expect.stringContaining('release.yml@refs/tags/*'),
      found: `signed by ${build} (issuer ${GITHUB}) — subject ${build} does not match https://github.com/acme/app/.github/workflows/release.yml@refs/tags/*`,
      hint: 'sign from the workflow and ref the policy names, or change `signers` if the signing identity moved',
    });
  });

  it('fails on another issuer', () => {
    const verdict = evaluatePolicy(
      policy(),
      evidence({ signatures: [signature({ signer: keyless(RELEASE, 'https://gitlab.com') })] }),
      { now: NOW },
    );
    expect(find(verdict, 'signer').found).toContain(
      `issuer https://gitlab.com does not match ${GITHUB}`,
    );
  });

  it('fails on a claim that differs or is absent', () => {
    const branch = keyless(RELEASE, GITHUB, { sourceRepositoryRef: 'refs/heads/main' });
    expect(
      find(
        evaluatePolicy(policy(), evidence({ signatures: [signature({ signer: branch })] }), {
          now: NOW,
        }),
        'signer',
      ).found,
    ).toContain('claim sourceRepositoryRef is refs/heads/main, policy wants refs/tags/*');
    const bare = { ...keyless(), claims: {} };
    expect(
      find(
        evaluatePolicy(policy(), evidence({ signatures: [signature({ signer: bare })] }), {
          now: NOW,
        }),
        'signer',
      ).found,
    ).toContain(
      'claim sourceRepositoryURI is absent from the certificate, policy wants https://github.com/acme/app',
    );
  });

  it('anchors subjectRegExp: a prefix match is not a match', () => {
    const regexPolicy = policy(
      '',
      `apiVersion: imprint/v1\nkind: Policy\nsigners:\n  - issuer: ${GITHUB}\n    subjectRegExp: 'https://github\\.com/acme/app/.+@refs/tags/v1\\.2\\.0'\n`,
    );
    expect(evaluatePolicy(regexPolicy, evidence(), { now: NOW }).outcome).toBe('pass');
    const longer = signature({ signer: keyless(`${RELEASE}-evil`) });
    expect(
      evaluatePolicy(regexPolicy, evidence({ signatures: [longer] }), { now: NOW }).outcome,
    ).toBe('fail');
  });

  it('matches key signers by the key the engine verified with', () => {
    const keyPolicy = policy(
      '',
      'apiVersion: imprint/v1\nkind: Policy\nsigners:\n  - key: ./cosign.pub\n',
    );
    const byKey = signature({
      signer: { kind: 'key', keyRef: './cosign.pub', keyId: 'ab'.repeat(32) },
    });
    expect(evaluatePolicy(keyPolicy, evidence({ signatures: [byKey] }), { now: NOW }).outcome).toBe(
      'pass',
    );
    const other = signature({ signer: { kind: 'key', keyRef: './other.pub' } });
    expect(
      find(evaluatePolicy(keyPolicy, evidence({ signatures: [other] }), { now: NOW }), 'signer')
        .found,
    ).toBe('signed with key ./other.pub — key ./other.pub, policy wants ./cosign.pub');
  });

  it('needs `count` distinct signers', () => {
    const two = policy(`  - key: ./cosign.pub\ncount: 2\n`);
    expect(evaluatePolicy(two, evidence(), { now: NOW }).outcome).toBe('fail');
    const both = [signature(), signature({ signer: { kind: 'key', keyRef: './cosign.pub' } })];
    const verdict = evaluatePolicy(two, evidence({ signatures: both }), { now: NOW });
    expect(verdict.outcome).toBe('pass');
    expect(find(verdict, 'signer').expected).toMatch(/^signed by at least 2 of: /);
  });

  it('does not count signatures without the proofs trust requires', () => {
    const noTlog = signature({ tlogProven: false, timestampProven: true });
    const verdict = evaluatePolicy(policy(), evidence({ signatures: [noTlog] }), { now: NOW });
    expect(find(verdict, 'signer')).toMatchObject({
      outcome: 'fail',
      found: `signed by ${RELEASE} (issuer ${GITHUB}) — no transparency-log inclusion proof (trust.requireTlog)`,
      hint: expect.stringContaining('trust.requireTlog'),
    });
    const tsaOnly = policy('trust: {requireTlog: false, requireTimestamp: true}\n');
    expect(evaluatePolicy(tsaOnly, evidence({ signatures: [noTlog] }), { now: NOW }).outcome).toBe(
      'pass',
    );
    expect(find(evaluatePolicy(tsaOnly, evidence(), { now: NOW }), 'signer').found).toContain(
      'no RFC 3161 timestamp (trust.requireTimestamp)',
    );
  });

  it('ignores signatures over another digest and says so', () => {
    const verdict = evaluatePolicy(
      policy(),
      evidence({ signatures: [signature({ signedDigest: OTHER_DIGEST })] }),
      { now: NOW },
    );
    expect(find(verdict, 'signer').found).toBe(`1 signature(s) over another digest, not ${DIGEST}`);
  });

  it('fails an unsigned image with a hint to sign it', () => {
    const verdict = evaluatePolicy(policy(), evidence({ signatures: [] }), { now: NOW });
    expect(find(verdict, 'signer')).toMatchObject({
      found: 'no signature found',
      hint: expect.stringContaining(`sign ghcr.io/acme/app@${DIGEST}`),
    });
  });
});

describe('evaluatePolicy: attestations', () => {
  const sbomPolicy = policy(`attestations:\n  - type: ${CDX}\n    maxAge: 720h\n`);

  it('lists the types found when the wanted one is missing', () => {
    const verdict = evaluatePolicy(
      sbomPolicy,
      evidence({ attestations: [attestation(SLSA, {}), attestation(VULN, {})] }),
      { now: NOW },
    );
    expect(find(verdict, `attestation:${CDX}`)).toMatchObject({
      outcome: 'fail',
      found: `no ${CDX} attestation; found types: ${SLSA}, ${VULN}`,
    });
  });

  it('accepts the CycloneDX alias other tools write', () => {
    const verdict = evaluatePolicy(
      sbomPolicy,
      evidence({ attestations: [attestation('https://cyclonedx.org/schema', {})] }),
      { now: NOW },
    );
    expect(verdict.outcome).toBe('pass');
  });

  it('rejects an attestation older than maxAge', () => {
    const old = attestation(CDX, {}, { signedAt: '2026-04-01T12:00:00Z' });
    expect(
      find(
        evaluatePolicy(sbomPolicy, evidence({ attestations: [old] }), { now: NOW }),
        `attestation:${CDX}`,
      ),
    ).toMatchObject({
      outcome: 'fail',
      found: `signed by ${RELEASE} (issuer ${GITHUB}) — signed 2026-04-01T12:00:00Z (61d ago), older than maxAge 720h`,
      hint: 'attest again (a scheduled pipeline re-scanning the published digest keeps it fresh)',
    });
  });

  it('rejects an attestation about another digest, or by another signer', () => {
    const elsewhere = attestation(CDX, {}, { subjectDigests: [OTHER_DIGEST] });
    expect(
      find(
        evaluatePolicy(sbomPolicy, evidence({ attestations: [elsewhere] }), { now: NOW }),
        `attestation:${CDX}`,
      ).found,
    ).toContain(`its subject is ${OTHER_DIGEST}, not the image digest ${DIGEST}`);
    const stranger = attestation(
      CDX,
      {},
      { signer: keyless('https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main') },
    );
    expect(
      find(
        evaluatePolicy(sbomPolicy, evidence({ attestations: [stranger] }), { now: NOW }),
        `attestation:${CDX}`,
      ).found,
    ).toContain('does not match');
  });

  it('shows unverifiable attestations as problems', () => {
    const verdict = evaluatePolicy(
      sbomPolicy,
      evidence({
        problems: [
          { subject: 'attestation', about: CDX, reason: 'signature does not verify', fatal: false },
        ],
      }),
      { now: NOW },
    );
    expect(find(verdict, `attestation:${CDX}`).found).toBe(
      `no attestation at all; unverifiable attestation ${CDX}: signature does not verify`,
    );
    expect(find(verdict, 'evidence.attestation')).toMatchObject({
      outcome: 'warn',
      found: `${CDX}: signature does not verify`,
    });
  });

  it('skips content rules when no attestation counts', () => {
    const vulnPolicy = policy(
      `attestations:\n  - type: ${VULN}\n    vulnerabilities: {maxSeverity: HIGH}\n`,
    );
    expect(
      find(evaluatePolicy(vulnPolicy, evidence(), { now: NOW }), 'vulnerabilities'),
    ).toMatchObject({ outcome: 'skipped' });
  });
});

describe('evaluatePolicy: vulnerabilities', () => {
  const vulnPolicy = (rules: string) =>
    policy(`attestations:\n  - type: ${VULN}\n    vulnerabilities:\n${rules}`);
  const withVuln = evidence({ attestations: [attestation(VULN, vulnPredicate)] });

  it('fails on a finding above maxSeverity, naming package and fix', () => {
    const verdict = evaluatePolicy(vulnPolicy('      maxSeverity: HIGH\n'), withVuln, {
      now: NOW,
      parseTrivyReport: parserReturning([
        finding('CVE-2026-1', 'CRITICAL', { cvss: 9.8 }),
        finding('CVE-2026-2', 'HIGH'),
      ]),
    });
    expect(find(verdict, 'vulnerabilities')).toEqual({
      check: 'vulnerabilities',
      outcome: 'fail',
      expected: 'nothing above HIGH',
      found:
        '1 blocking: CVE-2026-1 CRITICAL 9.8 in openssl 3.0.1 (fixed in 3.0.2); 2 findings (1 HIGH, 1 CRITICAL)',
      hint: 'upgrade the listed packages to their fixed versions and rebuild, or add a vulnerabilities.ignore entry with a reason and an expiry',
    });
  });

  it('passes under the threshold and honours maxCvss and ignoreUnfixed', () => {
    const findings = [
      finding('CVE-2026-2', 'HIGH', { cvss: 8.1 }),
      finding('CVE-2026-3', 'CRITICAL', { fixedVersion: '' }),
    ];
    const lenient = vulnPolicy('      maxSeverity: HIGH\n      ignoreUnfixed: true\n');
    expect(
      find(
        evaluatePolicy(lenient, withVuln, {
          now: NOW,
          parseTrivyReport: parserReturning(findings),
        }),
        'vulnerabilities',
      ),
    ).toMatchObject({
      outcome: 'pass',
      found: '2 findings (1 HIGH, 1 CRITICAL), none blocking',
    });
    const cvss = vulnPolicy('      maxCvss: 8.0\n');
    expect(
      find(
        evaluatePolicy(cvss, withVuln, { now: NOW, parseTrivyReport: parserReturning(findings) }),
        'vulnerabilities',
      ).outcome,
    ).toBe('fail');
  });

  it('reports an expired ignore entry and no longer applies it', () => {
    const rules =
      '      maxSeverity: HIGH\n      ignore:\n        - {id: CVE-2026-1, expires: 2026-05-01, reason: vendor patch pending}\n        - {id: CVE-2026-9, expires: 2027-01-01}\n';
    const verdict = evaluatePolicy(vulnPolicy(rules), withVuln, {
      now: NOW,
      parseTrivyReport: parserReturning([finding('CVE-2026-1', 'CRITICAL')]),
    });
    expect(find(verdict, 'vulnerabilities').outcome).toBe('fail');
    expect(find(verdict, 'vulnerabilities.ignore:CVE-2026-1')).toEqual({
      check: 'vulnerabilities.ignore:CVE-2026-1',
      outcome: 'warn',
      expected: 'ignore entry for CVE-2026-1 in force',
      found: 'expired on 2026-05-01 (vendor patch pending); it no longer applies',
      hint: 'renew the expiry if the reason still holds, or remove the entry',
    });
    const active =
      '      maxSeverity: HIGH\n      ignore:\n        - {id: CVE-2026-1, purls: ["pkg:deb/debian/libssl3"], expires: 2026-12-31}\n';
    expect(
      evaluatePolicy(vulnPolicy(active), withVuln, {
        now: NOW,
        parseTrivyReport: parserReturning([finding('CVE-2026-1', 'CRITICAL')]),
      }).outcome,
    ).toBe('pass');
  });

  it('fails closed without a report, a reader, or a readable report', () => {
    const rules = vulnPolicy('      maxSeverity: HIGH\n');
    const empty = evidence({ attestations: [attestation(VULN, { scanner: { result: null } })] });
    expect(
      find(
        evaluatePolicy(rules, empty, { now: NOW, parseTrivyReport: parserReturning([]) }),
        'vulnerabilities',
      ).found,
    ).toBe('the vuln attestation carries no scanner.result');
    expect(find(evaluatePolicy(rules, withVuln, { now: NOW }), 'vulnerabilities').outcome).toBe(
      'fail',
    );
    const throwing = () => {
      throw new Error('SchemaVersion 1 is not supported');
    };
    expect(
      find(
        evaluatePolicy(rules, withVuln, { now: NOW, parseTrivyReport: throwing }),
        'vulnerabilities',
      ).found,
    ).toBe('the scanner.result could not be read: SchemaVersion 1 is not supported');
  });
});

describe('evaluatePolicy: sbom and provenance', () => {
  const bom = {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    components: [
      {
        name: 'commons-text',
        version: '1.9',
        purl: 'pkg:maven/org.apache.commons/commons-text@1.9?type=jar',
        licenses: [{ license: { id: 'Apache-2.0' } }],
      },
      {
        name: 'libssl3',
        version: '3.0.11-1~deb12u2',
        purl: 'pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64',
        components: [
          {
            name: 'inner',
            purl: 'pkg:npm/inner@1.0.0',
            licenses: [{ expression: '(MIT OR AGPL-3.0-only)' }],
          },
        ],
      },
    ],
  };
  const sbomPolicy = (rules: string) =>
    policy(`attestations:\n  - type: ${CDX}\n    sbom:\n${rules}`);
  const withBom = evidence({ attestations: [attestation(CDX, bom)] });

  it('denies a package in the version range, and not outside it', () => {
    const denied = evaluatePolicy(
      sbomPolicy(
        '      denyPackages:\n        - {purl: pkg:maven/org.apache.commons/commons-text, versions: "<1.10.0"}\n',
      ),
      withBom,
      { now: NOW },
    );
    expect(find(denied, 'sbom.denyPackages')).toMatchObject({
      outcome: 'fail',
      found: 'denied: pkg:maven/org.apache.commons/commons-text@1.9?type=jar (in <1.10.0)',
    });
    const fixed = evaluatePolicy(
      sbomPolicy(
        '      denyPackages:\n        - {purl: pkg:maven/org.apache.commons/commons-text, versions: "<1.9"}\n',
      ),
      withBom,
      { now: NOW },
    );
    expect(find(fixed, 'sbom.denyPackages')).toMatchObject({
      outcome: 'pass',
      found: '3 components, none denied',
    });
  });

  it('compares Debian versions the dpkg way (~ sorts first)', () => {
    const rule = (range: string) =>
      sbomPolicy(
        `      denyPackages:\n        - {purl: pkg:deb/debian/libssl3, versions: "${range}"}\n`,
      );
    expect(
      find(evaluatePolicy(rule('<3.0.11-1'), withBom, { now: NOW }), 'sbom.denyPackages').outcome,
    ).toBe('fail');
    expect(
      find(evaluatePolicy(rule('<3.0.11-1~deb12u1'), withBom, { now: NOW }), 'sbom.denyPackages')
        .outcome,
    ).toBe('pass');
  });

  it('does not treat a purl as a name prefix', () => {
    const prefix = evaluatePolicy(
      sbomPolicy('      denyPackages:\n        - {purl: pkg:maven/org.apache.commons/commons}\n'),
      withBom,
      { now: NOW },
    );
    expect(find(prefix, 'sbom.denyPackages').outcome).toBe('pass');
  });

  describe('denyPackages compares purls as the purl spec reads them', () => {
    const componentsBom = (components: object[]) =>
      evidence({
        attestations: [
          attestation(CDX, { bomFormat: 'CycloneDX', specVersion: '1.6', components }),
        ],
      });
    const outcome = (deny: string, components: object[]) =>
      find(
        evaluatePolicy(
          sbomPolicy(`      denyPackages:\n        - ${deny}\n`),
          componentsBom(components),
          {
            now: NOW,
          },
        ),
        'sbom.denyPackages',
      );

    it.each([
      [
        'an npm scope written with @ (imprint writes %40)',
        '{purl: "pkg:npm/@babel/traverse"}',
        'pkg:npm/%40babel/traverse@7.22.0',
      ],
      [
        'an npm scope written with %40 (another tool writes @)',
        '{purl: "pkg:npm/%40babel/traverse"}',
        'pkg:npm/@babel/traverse@7.22.0',
      ],
      [
        'npm names in another case',
        '{purl: "pkg:npm/@Babel/Traverse"}',
        'pkg:npm/%40babel/traverse@7.22.0',
      ],
      ['the type in another case', '{purl: "pkg:NPM/lodash"}', 'pkg:npm/lodash@4.17.20'],
      [
        'PyPI _ and - and case (PEP 503)',
        '{purl: "pkg:pypi/Django_Rest.Framework"}',
        'pkg:pypi/django-rest-framework@3.14.0',
      ],
      [
        'a GitHub owner in another case',
        '{purl: "pkg:github/Acme/Tool"}',
        'pkg:github/acme/tool@v1',
      ],
      ['an exact version', '{purl: "pkg:npm/lodash@4.17.20"}', 'pkg:npm/lodash@4.17.20?x=1'],
      [
        'a qualifier the entry names',
        '{purl: "pkg:deb/debian/libssl3?arch=amd64"}',
        'pkg:deb/debian/libssl3@3.0.0?distro=debian-12&arch=amd64',
      ],
    ])('denies %s', (_, deny, purl) => {
      expect(outcome(deny, [{ purl }])).toMatchObject({
        outcome: 'fail',
        found: `denied: ${purl}`,
      });
    });

    it.each([
      [
        'Go module paths, which are case-sensitive',
        '{purl: "pkg:golang/github.com/Acme/tool"}',
        'pkg:golang/github.com/acme/tool@v1.0.0',
      ],
      ['another version', '{purl: "pkg:npm/lodash@4.17.20"}', 'pkg:npm/lodash@4.17.21'],
      [
        'a name that only starts the same',
        '{purl: "pkg:npm/lodash"}',
        'pkg:npm/lodash.merge@4.6.2',
      ],
      [
        'another qualifier value',
        '{purl: "pkg:deb/debian/libssl3?arch=arm64"}',
        'pkg:deb/debian/libssl3@3.0.0?arch=amd64',
      ],
    ])('does not deny %s', (_, deny, purl) => {
      expect(outcome(deny, [{ purl }]).outcome).toBe('pass');
    });

    it('a component with no version is denied under a versions range: nothing shows it is outside', () => {
      const found = outcome('{purl: "pkg:npm/@babel/traverse", versions: "<7.23.2"}', [
        { name: 'traverse', purl: 'pkg:npm/%40babel/traverse' },
      ]);
      expect(found).toMatchObject({
        outcome: 'fail',
        found:
          'denied: pkg:npm/%40babel/traverse (no version, so it cannot be shown to be outside the denied versions)',
      });
      // The component's own version field counts when its purl has none.
      expect(
        outcome('{purl: "pkg:npm/@babel/traverse", versions: "<7.23.2"}', [
          { name: 'traverse', version: '7.23.2', purl: 'pkg:npm/%40babel/traverse' },
        ]).outcome,
      ).toBe('pass');
    });

    it('a component purl that does not parse fails as "cannot evaluate", never passes', () => {
      expect(outcome('{purl: "pkg:npm/lodash"}', [{ purl: 'pkg:npm/%E0%A4%A' }])).toMatchObject({
        outcome: 'fail',
        found:
          'cannot evaluate: pkg:npm/%E0%A4%A is not a valid package URL: "%E0%A4%A" is not valid percent-encoded UTF-8',
        hint: 'fix the SBOM generator: every component purl must follow the purl spec',
      });
    });

    it('the policy keeps the canonical form, and refuses a purl it cannot decode at load', () => {
      const loaded = sbomPolicy(
        '      denyPackages:\n        - {purl: "pkg:NPM/@Babel/Traverse"}\n',
      );
      expect(loaded.attestations[0]!.sbom!.denyPackages[0]!.purl).toBe('pkg:npm/%40babel/traverse');
      expect(() => sbomPolicy('      denyPackages:\n        - {purl: "pkg:npm/%C3%28"}\n')).toThrow(
        /policy\.yaml:\d+:\d+ attestations\[0\]\.sbom\.denyPackages\[0\]\.purl: pkg:npm\/%C3%28 is not a valid package URL: "%C3%28" is not valid percent-encoded UTF-8/,
      );
    });
  });

  it('denies a licence named in an expression of a nested component', () => {
    const verdict = evaluatePolicy(sbomPolicy('      denyLicenses: [agpl-3.0-only]\n'), withBom, {
      now: NOW,
    });
    expect(find(verdict, 'sbom.denyLicenses')).toMatchObject({
      outcome: 'fail',
      found: 'denied licences: pkg:npm/inner@1.0.0: AGPL-3.0-only',
    });
    expect(
      find(
        evaluatePolicy(sbomPolicy('      denyLicenses: [GPL-3.0-only]\n'), withBom, { now: NOW }),
        'sbom.denyLicenses',
      ).outcome,
    ).toBe('pass');
  });

  it('fails a predicate that is not a CycloneDX BOM', () => {
    const spdx = evidence({ attestations: [attestation(CDX, { spdxVersion: 'SPDX-2.3' })] });
    expect(
      find(evaluatePolicy(sbomPolicy('      denyLicenses: [MIT]\n'), spdx, { now: NOW }), 'sbom')
        .outcome,
    ).toBe('fail');
  });

  it('checks the SLSA builder id (v1 and v0.2 shapes)', () => {
    const provenancePolicy = policy(
      `attestations:\n  - type: ${SLSA}\n    provenance: {builderId: "https://github.com/actions/runner/*"}\n`,
    );
    const v1 = {
      buildDefinition: {},
      runDetails: { builder: { id: 'https://github.com/actions/runner/github-hosted' } },
    };
    expect(
      find(
        evaluatePolicy(provenancePolicy, evidence({ attestations: [attestation(SLSA, v1)] }), {
          now: NOW,
        }),
        'provenance.builderId',
      ).outcome,
    ).toBe('pass');
    const other = { runDetails: { builder: { id: 'https://evil.example/builder' } } };
    expect(
      find(
        evaluatePolicy(provenancePolicy, evidence({ attestations: [attestation(SLSA, other)] }), {
          now: NOW,
        }),
        'provenance.builderId',
      ),
    ).toMatchObject({
      outcome: 'fail',
      found: 'built by https://evil.example/builder',
    });
    const v02Policy = policy(
      `attestations:\n  - type: https://slsa.dev/provenance/v0.2\n    provenance: {builderId: "https://github.com/actions/runner/*"}\n`,
    );
    const v02 = attestation('https://slsa.dev/provenance/v0.2', {
      builder: { id: 'https://github.com/actions/runner/self-hosted' },
    });
    expect(evaluatePolicy(v02Policy, evidence({ attestations: [v02] }), { now: NOW }).outcome).toBe(
      'pass',
    );
  });
});

describe('evaluatePolicy: images, exceptions and mode', () => {
  it('fails an image outside images.allow', () => {
    const verdict = evaluatePolicy(
      policy('images: {allow: ["ghcr.io/acme/**"]}\n'),
      evidence({ name: 'docker.io/library/nginx' }),
      { now: NOW },
    );
    expect(find(verdict, 'image.allowed')).toEqual({
      check: 'image.allowed',
      outcome: 'fail',
      expected: 'an image matching images.allow (ghcr.io/acme/**)',
      found: 'docker.io/library/nginx matches none of them',
      hint: 'push the image to an allowed registry/repository, or add a glob for it to images.allow',
    });
  });

  it('a single * does not cross a /', () => {
    const verdict = evaluatePolicy(policy('images: {allow: ["ghcr.io/*"]}\n'), evidence(), {
      now: NOW,
    });
    expect(find(verdict, 'image.allowed').outcome).toBe('fail');
  });

  it('skips excluded images', () => {
    const verdict = evaluatePolicy(
      policy('images: {exclude: ["ghcr.io/acme/**"]}\n'),
      evidence({ signatures: [] }),
      { now: NOW },
    );
    expect(verdict).toMatchObject({
      outcome: 'pass',
      checks: [
        {
          check: 'image.excluded',
          outcome: 'skipped',
          found: 'ghcr.io/acme/app matches images.exclude ghcr.io/acme/**',
        },
      ],
    });
  });

  it('fails a tag-only reference by default (requireDigest: true), showing the pinned form', () => {
    const tagged = evidence({ reference: 'ghcr.io/acme/app:1.2.0', referencedByDigest: false });
    const verdict = evaluatePolicy(policy(), tagged, { now: NOW });
    expect(verdict.outcome).toBe('fail');
    expect(find(verdict, 'image.digest')).toMatchObject({
      outcome: 'fail',
      found:
        'tag-only reference ghcr.io/acme/app:1.2.0: a tag can be moved after verify, so the digest verified need not be the one that deploys',
      hint: `pin it: ghcr.io/acme/app:1.2.0@${DIGEST}`,
    });
    const warned = evaluatePolicy(policy('mode: warn\n'), tagged, { now: NOW });
    expect(find(warned, 'image.digest').outcome).toBe('warn');
    expect(warned.outcome).toBe('warn');
    const optedOut = evaluatePolicy(policy('images: {requireDigest: false}\n'), tagged, {
      now: NOW,
    });
    expect(optedOut.checks.map((c) => c.check)).not.toContain('image.digest');
    expect(optedOut.outcome).toBe('pass');
  });

  it('a tag glob in images.exclude or exceptions never exempts a digest-pinned reference', () => {
    // The tag of name:tag@digest decides nothing: the digest is what runs.
    const pinned = evidence({
      reference: `ghcr.io/acme/app:1.2.0@${DIGEST}`,
      signatures: [],
    });
    for (const glob of ['ghcr.io/acme/app:1.2.0', 'ghcr.io/acme/app:*', 'ghcr.io/acme/**:*']) {
      const excluded = evaluatePolicy(policy(`images: {exclude: ["${glob}"]}\n`), pinned, {
        now: NOW,
      });
      expect(excluded.checks.map((c) => c.check)).not.toContain('image.excluded');
      expect(find(excluded, 'signer').outcome).toBe('fail');
      const excepted = evaluatePolicy(
        policy(`exceptions:\n  - {image: "${glob}", expires: 2999-01-01, reason: r}\n`),
        pinned,
        { now: NOW },
      );
      expect(excepted.outcome).toBe('fail');
      expect(excepted.checks.map((c) => c.check)).not.toContain('exception');
    }
    // Name-only and digest globs still cover it; a tag glob still covers a tag reference.
    for (const glob of ['ghcr.io/acme/app', 'ghcr.io/acme/**', `ghcr.io/acme/app@${DIGEST}`]) {
      const verdict = evaluatePolicy(policy(`images: {exclude: ["${glob}"]}\n`), pinned, {
        now: NOW,
      });
      expect(find(verdict, 'image.excluded').outcome).toBe('skipped');
    }
    const tagged = evidence({ reference: 'ghcr.io/acme/app:1.2.0', referencedByDigest: false });
    const byTag = evaluatePolicy(
      policy('images: {exclude: ["ghcr.io/acme/app:1.2.0"]}\n'),
      tagged,
      {
        now: NOW,
      },
    );
    expect(find(byTag, 'image.excluded').outcome).toBe('skipped');
  });

  it('fails closed when the digest cannot be resolved or evidence is incomplete', () => {
    const unresolved = evidence({
      digest: undefined,
      problems: [{ subject: 'registry', reason: 'ghcr.io answered 401', fatal: true }],
    });
    const verdict = evaluatePolicy(policy(), unresolved, { now: NOW });
    expect(verdict.outcome).toBe('fail');
    expect(find(verdict, 'image.resolved').found).toBe('unresolved: ghcr.io answered 401');
    expect(find(verdict, 'evidence.registry').outcome).toBe('fail');
  });

  const exception = (expires: string) =>
    `exceptions:\n  - {image: "ghcr.io/acme/app@${DIGEST}", expires: ${expires}, reason: migration ticket OPS-12}\n`;

  it('waives failures under an unexpired exception, naming its reason', () => {
    const verdict = evaluatePolicy(policy(exception('2026-10-01')), evidence({ signatures: [] }), {
      now: NOW,
    });
    expect(verdict.outcome).toBe('warn');
    expect(find(verdict, 'signer')).toMatchObject({
      outcome: 'warn',
      hint: expect.stringContaining('(waived until 2026-10-01: migration ticket OPS-12)'),
    });
    expect(find(verdict, 'exception')).toMatchObject({
      outcome: 'warn',
      found: `waived by the exception for ghcr.io/acme/app@${DIGEST} until 2026-10-01: migration ticket OPS-12`,
    });
  });

  it('says an exception expired and no longer waives anything', () => {
    const verdict = evaluatePolicy(policy(exception('2026-05-01')), evidence({ signatures: [] }), {
      now: NOW,
    });
    expect(verdict.outcome).toBe('fail');
    expect(find(verdict, 'exception')).toMatchObject({
      outcome: 'warn',
      found: 'expired on 2026-05-01 (migration ticket OPS-12); it no longer applies',
    });
  });

  it('mode warn reports failures without failing', () => {
    const verdict = evaluatePolicy(policy('mode: warn\n'), evidence({ signatures: [] }), {
      now: NOW,
    });
    expect(verdict.outcome).toBe('warn');
    expect(find(verdict, 'signer').hint).toContain('policy mode is warn: reported, not enforced');
  });

  it('reports each platform and fails the index when one platform fails', () => {
    const platform = (name: string, signed: boolean) =>
      evidence({
        platform: name,
        digest: OTHER_DIGEST,
        signatures: signed ? [signature({ signedDigest: OTHER_DIGEST })] : [],
      });
    const verdict = evaluatePolicy(
      policy(),
      evidence({ platforms: [platform('linux/amd64', true), platform('linux/arm64', false)] }),
      { now: NOW },
    );
    expect(verdict.outcome).toBe('fail');
    expect(verdict.platforms?.map((p) => [p.platform, p.outcome])).toEqual([
      ['linux/amd64', 'pass'],
      ['linux/arm64', 'fail'],
    ]);
  });

  it('judges SBOM rules of an index on each platform, and provenance on the index too', () => {
    const sbomPolicy = policy(`attestations:\n  - type: ${CDX}\n  - type: ${SLSA}\n`);
    const platform = (name: string, withSbom: boolean) =>
      evidence({
        platform: name,
        digest: OTHER_DIGEST,
        signatures: [signature({ signedDigest: OTHER_DIGEST })],
        attestations: [
          ...(withSbom
            ? [attestation(CDX, { bomFormat: 'CycloneDX' }, { subjectDigests: [OTHER_DIGEST] })]
            : []),
          attestation(SLSA, { runDetails: {} }, { subjectDigests: [OTHER_DIGEST] }),
        ],
      });
    const index = (withSboms: [boolean, boolean]) =>
      evidence({
        attestations: [attestation(SLSA, { runDetails: {} })],
        platforms: [platform('linux/amd64', withSboms[0]), platform('linux/arm64', withSboms[1])],
      });
    const passing = evaluatePolicy(sbomPolicy, index([true, true]), { now: NOW });
    expect(passing.outcome).toBe('pass');
    expect(find(passing, `attestation:${CDX}`)).toMatchObject({
      outcome: 'skipped',
      found: 'none on the index itself (an index has no filesystem): judged on each platform below',
    });
    const failing = evaluatePolicy(sbomPolicy, index([true, false]), { now: NOW });
    expect(failing.outcome).toBe('fail');
    expect(failing.platforms?.map((p) => [p.platform, p.outcome])).toEqual([
      ['linux/amd64', 'pass'],
      ['linux/arm64', 'fail'],
    ]);
    // Provenance describes the build, not a filesystem: the index still needs its own.
    const noIndexProvenance = evaluatePolicy(
      sbomPolicy,
      { ...index([true, true]), attestations: [] },
      { now: NOW },
    );
    expect(find(noIndexProvenance, `attestation:${SLSA}`).outcome).toBe('fail');
  });
});
