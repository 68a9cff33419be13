/**
 * The columns of the verdict matrix: one rule of the policy file each, as a policy of its
 * own, and the engines whose export of it claims to enforce it.
 */
export type Engine = 'imprint' | 'opa' | 'policy-tester' | 'kyverno' | 'kyverno-ivp';
export const ENGINES: readonly Engine[] = [
  'imprint',
  'opa',
  'policy-tester',
  'kyverno-ivp',
  'kyverno',
];
/** Every engine; maxAge has no clock in an ImageValidatingPolicy's CEL (the export says so). */
const ALL: Engine[] = [...ENGINES];
const SIGNERS_ONLY: Engine[] = ALL.filter((engine) => engine !== 'opa');

export interface Column {
  name: string;
  /** The rule as the policy file says it (for the doc). */
  rule: string;
  /** Engines that judge this column (imprint always). */
  engines: Engine[];
  /** The attestation type the rule reads, if any: export warnings name it. */
  type?: string;
  /** The policy file; `maxAge` is decided when the cell is judged (see the test). */
  yaml(maxAge: string): string;
}

const HEADER = [
  'apiVersion: imprint/v1',
  'kind: Policy',
  'trust:',
  '  trustedRoot: ./trusted_root.json',
  '  requireTlog: true',
].join('\n');
const GITHUB_SIGNER = [
  '  - issuer: https://token.actions.githubusercontent.com',
  "    subject: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/*'",
].join('\n');
const KEY_SIGNER = '  - key: ./cosign.pub';
const EITHER = `signers:\n${GITHUB_SIGNER}\n${KEY_SIGNER}`;

const policy = (...parts: string[]) => [HEADER, ...parts, ''].join('\n');

export const COLUMNS: Column[] = [
  {
    name: 'keyless signer',
    rule: 'signers: GitHub issuer, subject release.yml@refs/heads/*',
    engines: SIGNERS_ONLY,
    yaml: () => policy(`signers:\n${GITHUB_SIGNER}`),
  },
  {
    name: 'key signer',
    rule: 'signers: key ./cosign.pub',
    engines: SIGNERS_ONLY,
    yaml: () => policy(`signers:\n${KEY_SIGNER}`),
  },
  {
    name: 'SBOM deny',
    type: 'https://cyclonedx.org/bom',
    rule: 'cyclonedx: denyPackages pkg:apk/alpine/busybox, denyLicenses GPL-2.0-only',
    engines: ALL,
    yaml: () =>
      policy(
        EITHER,
        'attestations:',
        '  - type: https://cyclonedx.org/bom',
        '    sbom:',
        "      denyPackages: [{purl: 'pkg:apk/alpine/busybox'}]",
        '      denyLicenses: [GPL-2.0-only]',
      ),
  },
  {
    name: 'vulnerabilities',
    type: 'https://cosign.sigstore.dev/attestation/vuln/v1',
    rule: 'vuln: maxSeverity HIGH',
    engines: ALL,
    yaml: () =>
      policy(
        EITHER,
        'attestations:',
        '  - type: https://cosign.sigstore.dev/attestation/vuln/v1',
        '    vulnerabilities: {maxSeverity: HIGH}',
      ),
  },
  {
    name: 'maxAge',
    type: 'https://cosign.sigstore.dev/attestation/vuln/v1',
    rule: 'vuln: maxAge between the stale report age and the others',
    engines: ALL.filter((engine) => engine !== 'kyverno-ivp'),
    yaml: (maxAge) =>
      policy(
        EITHER,
        'attestations:',
        '  - type: https://cosign.sigstore.dev/attestation/vuln/v1',
        `    maxAge: ${maxAge}`,
        '    vulnerabilities: {maxSeverity: CRITICAL}',
      ),
  },
  {
    name: 'provenance',
    type: 'https://slsa.dev/provenance/v1',
    rule: "slsa v1: builderId 'https://github.com/**'",
    engines: ALL,
    yaml: () =>
      policy(
        EITHER,
        'attestations:',
        '  - type: https://slsa.dev/provenance/v1',
        "    provenance: {builderId: 'https://github.com/**'}",
      ),
  },
];
