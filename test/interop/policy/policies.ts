/** A matrix of policies that together use every feature of the policy file, for the export tests. */
export const FULL = `apiVersion: imprint/v1
kind: Policy
mode: enforce
images:
  allow: ["ghcr.io/acme/**", "registry.example.com/team/app"]
  exclude: ["ghcr.io/acme/sandbox/**"]
  requireDigest: true
trust:
  requireTlog: true
  requireTimestamp: false
signers:
  - issuer: https://token.actions.githubusercontent.com
    subject: https://github.com/acme/app/.github/workflows/release.yml@refs/tags/*
    claims:
      sourceRepositoryURI: https://github.com/acme/app
      sourceRef: refs/tags/*
      runnerEnvironment: github-hosted
      githubWorkflowTrigger: push
  - key: ./cosign.pub
attestations:
  - type: https://cyclonedx.org/bom
    maxAge: 720h
    sbom:
      denyPackages:
        - purl: pkg:maven/org.apache.commons/commons-text
          versions: "<1.10.0"
      denyLicenses: [AGPL-3.0-only]
  - type: https://cosign.sigstore.dev/attestation/vuln/v1
    maxAge: 168h
    vulnerabilities:
      maxSeverity: HIGH
      maxCvss: 8.9
      ignoreUnfixed: false
      ignore:
        - id: CVE-2024-1234
          purls: ["pkg:deb/debian/libssl3"]
          expires: 2026-12-31
          reason: no fix upstream
        - id: CVE-2023-0001
          expires: 2026-01-01
          reason: expired entry
  - type: https://slsa.dev/provenance/v1
    provenance:
      builderId: https://github.com/actions/runner/*
exceptions:
  - image: ghcr.io/acme/legacy@sha256:0000000000000000000000000000000000000000000000000000000000000000
    expires: 2026-10-01
    reason: migration ticket OPS-12
  - image: ghcr.io/acme/old
    expires: 2026-01-31
    reason: expired waiver
`;

export const MINIMAL = `apiVersion: imprint/v1
kind: Policy
signers:
  - issuer: https://gitlab.com
    subject: https://gitlab.com/g/p//.gitlab-ci.yml@refs/heads/main
`;

export const WARN_REGEX_TRUSTED_ROOT = `apiVersion: imprint/v1
kind: Policy
mode: warn
images:
  allow: [nginx, "quay.io/*/tool:v1*"]
trust:
  trustedRoot: ./trusted_root.json
  requireTlog: true
  requireTimestamp: true
signers:
  - issuerRegExp: 'https://token\\.actions\\.githubusercontent\\.com'
    subjectRegExp: 'https://github\\.com/acme/.+/\\.github/workflows/release\\.yml@refs/tags/v.*'
  - issuer: https://gitlab.com
    subject: "https://gitlab.com/g/p//.gitlab-ci.yml@refs/heads/*"
count: 2
attestations:
  - type: https://cosign.sigstore.dev/attestation/vuln/v1
    vulnerabilities:
      maxSeverity: NONE
      ignoreUnfixed: true
  - type: https://spdx.dev/Document
    maxAge: 24h
`;

export const KEY_NO_TLOG = `apiVersion: imprint/v1
kind: Policy
images:
  allow: ["ghcr.io/acme/*"]
trust:
  requireTlog: false
signers:
  - key: ./cosign.pub
  - key: ./other.pub
  - issuer: https://token.actions.githubusercontent.com
    subject: "https://example.com/literal*star"
count: 2
attestations:
  - type: https://slsa.dev/provenance/v0.2
    maxAge: 1h30m
    provenance:
      builderId: https://tekton.dev/chains/v2
  - type: https://cyclonedx.org/bom
    sbom:
      denyPackages:
        - purl: pkg:npm/%40acme/left-pad
      denyLicenses: [GPL-3.0-only, SSPL-1.0]
`;

export const MATRIX: Record<string, string> = {
  full: FULL,
  minimal: MINIMAL,
  'warn-regex-trusted-root': WARN_REGEX_TRUSTED_ROOT,
  'key-no-tlog': KEY_NO_TLOG,
};
