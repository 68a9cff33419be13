import { exportPolicy } from '../../../src/policy/export/index.js';
import { parsePolicy } from '../../../src/policy/load.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const DENIED_LICENCE = /agpl-3\.0-only/i;
const POLICY_TEXT = `apiVersion: imprint/v1
kind: Policy
signers:
  - {issuer: https://gitlab.com, subject: "https://gitlab.com/g/p//.gitlab-ci.yml@refs/heads/main"}
attestations:
  - type: https://spdx.dev/Document
    sbom:
      denyLicenses: [AGPL-3.0-only]
`;
const POLICY = parsePolicy(POLICY_TEXT);

describe('exporting sbom rules on SPDX attestations', () => {
  it.each(['kyverno', 'kyverno-ivp', 'policy-controller'] as const)(
    '%s: leaves them out with a warning, never as a check that reads no components',
    (target) => {
      const { yaml, warnings } = exportPolicy(POLICY, target, { now: NOW, source: 'p.yaml' });
      expect(warnings).toContain(
        'sbom rules on https://spdx.dev/Document are not exported: cluster policies read CycloneDX components only (imprint verify judges them)',
      );
      expect(yaml).not.toMatch(DENIED_LICENCE);
      expect(yaml).toContain('https://spdx.dev/Document');
      // The same rule on CycloneDX is exported: the pattern above finds it there.
      const cyclonedx = parsePolicy(
        POLICY_TEXT.replace('https://spdx.dev/Document', 'https://cyclonedx.org/bom'),
      );
      expect(exportPolicy(cyclonedx, target, { now: NOW }).yaml).toMatch(DENIED_LICENCE);
    },
  );
});
