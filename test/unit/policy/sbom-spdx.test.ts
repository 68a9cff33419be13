/**
 * `sbom` rules on SPDX attestations, judged on a real document: syft 1.57.2's
 * `scan dir: -o spdx-json` of a folder with an npm lockfile and a Python dist-info
 * (test/fixtures/sbom/syft-1.57.2-dir.spdx.json, as syft wrote it).
 */
import { readFileSync } from 'node:fs';
import { evaluatePolicy } from '../../../src/policy/evaluate.js';
import { parsePolicy } from '../../../src/policy/load.js';
import { spdxComponents } from '../../../src/policy/rules/sbom-spdx.js';
import type { CheckResult, ImageVerdict } from '../../../src/policy/verdict.js';
import { GITHUB, NOW, attestation, evidence } from './evidence-builders.js';

const SPDX = 'https://spdx.dev/Document';
const SPDX_V23 = 'https://spdx.dev/Document/v2.3';
const CDX = 'https://cyclonedx.org/bom';
const SYFT_SPDX = JSON.parse(
  readFileSync('test/fixtures/sbom/syft-1.57.2-dir.spdx.json', 'utf8'),
) as Record<string, unknown>;

const BASE = `apiVersion: imprint/v1
kind: Policy
signers:
  - issuer: ${GITHUB}
    subject: https://github.com/acme/app/.github/workflows/release.yml@refs/tags/*
    claims:
      sourceRepositoryURI: https://github.com/acme/app
      sourceRef: refs/tags/*
`;

const sbomPolicy = (rules: string, type = SPDX) =>
  parsePolicy(`${BASE}attestations:\n  - type: ${type}\n    sbom:\n${rules}`);

function find(verdict: ImageVerdict, id: string): CheckResult {
  const found = verdict.checks.find((c) => c.check === id);
  if (!found) throw new Error(`no check ${id} in ${verdict.checks.map((c) => c.check).join(', ')}`);
  return found;
}

const judge = (rules: string, predicate: unknown = SYFT_SPDX, type = SPDX, policyType = SPDX) =>
  evaluatePolicy(
    sbomPolicy(rules, policyType),
    evidence({ attestations: [attestation(type, predicate)] }),
    { now: NOW },
  );

describe('sbom rules on SPDX documents', () => {
  it('reads each package by its purls, version and licences; NOASSERTION is no licence', () => {
    expect(spdxComponents(SYFT_SPDX)).toEqual([
      {
        name: '@babel/traverse',
        version: '7.23.1',
        purl: 'pkg:npm/%40babel/traverse@7.23.1',
        licenses: [{ expression: 'MIT' }],
      },
      { name: 'app', version: '1.0.0', purl: 'pkg:npm/app@1.0.0', licenses: [] },
      {
        name: 'left-pad',
        version: '1.3.0',
        purl: 'pkg:npm/left-pad@1.3.0',
        licenses: [{ expression: 'WTFPL' }],
      },
      {
        name: 'requests',
        version: '2.31.0',
        purl: 'pkg:pypi/requests@2.31.0',
        licenses: [{ expression: 'LicenseRef-Apache-2.0' }, { license: { name: 'Apache 2.0' } }],
      },
      { name: 'fixture-app', version: '1.0.0', licenses: [] },
    ]);
  });

  it('denies a package by its canonical purl (syft writes %40babel) and version range', () => {
    const denied = judge(
      `      denyPackages: [{purl: "pkg:npm/@babel/traverse", versions: "<7.23.2"}]\n`,
    );
    expect(find(denied, 'sbom.denyPackages')).toMatchObject({
      outcome: 'fail',
      found: 'denied: pkg:npm/%40babel/traverse@7.23.1 (in <7.23.2)',
    });
    expect(
      find(
        judge(`      denyPackages: [{purl: "pkg:npm/@babel/traverse", versions: "<7.23.0"}]\n`),
        'sbom.denyPackages',
      ),
    ).toMatchObject({ outcome: 'pass', found: '5 components, none denied' });
  });

  it('denies licences by id, in expressions, and by the name a LicenseRef stands for', () => {
    expect(find(judge('      denyLicenses: [WTFPL]\n'), 'sbom.denyLicenses')).toMatchObject({
      outcome: 'fail',
      found: 'denied licences: pkg:npm/left-pad@1.3.0: WTFPL',
    });
    expect(find(judge('      denyLicenses: [Apache 2.0]\n'), 'sbom.denyLicenses')).toMatchObject({
      outcome: 'fail',
      found: 'denied licences: pkg:pypi/requests@2.31.0: Apache 2.0',
    });
    expect(
      find(judge('      denyLicenses: [NOASSERTION, GPL-3.0-only]\n'), 'sbom.denyLicenses'),
    ).toMatchObject({ outcome: 'pass' });
  });

  it('judges every purl a package names, and licenseConcluded as well as licenseDeclared', () => {
    const document = {
      spdxVersion: 'SPDX-2.3',
      packages: [
        {
          SPDXID: 'SPDXRef-a',
          name: 'lib',
          versionInfo: '1.0',
          downloadLocation: 'NOASSERTION',
          licenseDeclared: 'MIT',
          licenseConcluded: '(MIT OR AGPL-3.0-only)',
          externalRefs: [
            {
              referenceCategory: 'PACKAGE-MANAGER',
              referenceType: 'purl',
              referenceLocator: 'pkg:npm/lib@1.0',
            },
            {
              referenceCategory: 'PACKAGE_MANAGER',
              referenceType: 'purl',
              referenceLocator: 'pkg:pypi/Evil_Lib@1.0',
            },
          ],
        },
      ],
    };
    const verdict = judge(
      '      denyPackages: [{purl: "pkg:pypi/evil-lib"}]\n      denyLicenses: [AGPL-3.0-only]\n',
      document,
    );
    expect(find(verdict, 'sbom.denyPackages').found).toBe('denied: pkg:pypi/Evil_Lib@1.0');
    expect(find(verdict, 'sbom.denyLicenses').found).toBe(
      'denied licences: pkg:npm/lib@1.0: AGPL-3.0-only; pkg:pypi/Evil_Lib@1.0: AGPL-3.0-only',
    );
  });

  it('reads the versioned type actions/attest writes under an unversioned rule, and under its own', () => {
    const rules = '      denyLicenses: [WTFPL]\n';
    expect(find(judge(rules, SYFT_SPDX, SPDX_V23), 'sbom.denyLicenses').outcome).toBe('fail');
    expect(find(judge(rules, SYFT_SPDX, SPDX_V23, SPDX_V23), 'sbom.denyLicenses').outcome).toBe(
      'fail',
    );
  });

  it('refuses a document of the other format than its type says', () => {
    const cyclonedx = { bomFormat: 'CycloneDX', components: [{ name: 'x', purl: 'pkg:npm/x@1' }] };
    expect(find(judge('      denyLicenses: [MIT]\n', cyclonedx), 'sbom')).toMatchObject({
      outcome: 'fail',
      expected: `an SPDX 2.x JSON document as the ${SPDX} predicate`,
      found: 'a predicate that is not an SPDX 2.x document (no spdxVersion SPDX-2.x)',
    });
    expect(find(judge('      denyLicenses: [MIT]\n', SYFT_SPDX, CDX, CDX), 'sbom')).toMatchObject({
      outcome: 'fail',
      expected: `a CycloneDX BOM as the ${CDX} predicate`,
      found: 'a predicate that is not a CycloneDX BOM',
    });
    expect(
      find(judge('      denyLicenses: [MIT]\n', { spdxVersion: 'SPDX-3.0' }), 'sbom').outcome,
    ).toBe('fail');
  });

  it('accepts sbom rules only on SBOM types', () => {
    expect(() =>
      sbomPolicy('      denyLicenses: [MIT]\n', 'https://slsa.dev/provenance/v1'),
    ).toThrow(
      /`sbom` rules read attestations of type https:\/\/cyclonedx.org\/bom or https:\/\/cyclonedx.org\/schema or https:\/\/spdx.dev\/Document or https:\/\/spdx.dev\/Document\/v2.3, not https:\/\/slsa.dev\/provenance\/v1/,
    );
  });
});
