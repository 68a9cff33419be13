/**
 * The verify door's inputs, declared once: the action reads them as INPUT_*, the CLI as --flags
 * of the same names, the GitLab verify component as spec inputs. Tests keep verify/action.yml,
 * the component, --help and the README in step with this table.
 */
import type { InputSpec } from '../spec.js';
import { INSECURE_REGISTRIES_INPUT, REGISTRY_CA_FILE_INPUT, SUMMARY_INPUT } from './shared.js';

export const VERIFY_INPUTS: readonly InputSpec[] = [
  {
    name: 'images',
    kind: 'list',
    description:
      'Images to verify, comma or newline separated, by digest (name@sha256:…); a tag alone fails unless requireDigest is false.',
  },
  {
    name: 'manifests',
    kind: 'list',
    description:
      'Kubernetes, Compose or Kustomize YAML files (globs, comma or newline separated): every image they deploy is verified.',
  },
  {
    name: 'policy',
    kind: 'string',
    description:
      'Policy file (see the README, "Policy file"). Without it, the certificate or key inputs form the policy.',
  },
  {
    name: 'certificate-identity',
    kind: 'string',
    description:
      'Quick start: the exact signer identity (certificate SAN), e.g. https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0.',
  },
  {
    name: 'certificate-identity-regexp',
    kind: 'string',
    description: 'Quick start: the signer identity as a regular expression (always anchored).',
  },
  {
    name: 'certificate-oidc-issuer',
    kind: 'string',
    description:
      'Quick start: the OIDC issuer of the signer, e.g. https://token.actions.githubusercontent.com.',
  },
  {
    name: 'certificate-oidc-issuer-regexp',
    kind: 'string',
    description: 'Quick start: the OIDC issuer as a regular expression (always anchored).',
  },
  {
    name: 'key',
    kind: 'string',
    description:
      'Quick start: public key for key-signed images, instead of the certificate inputs: a PEM file (cosign.pub), or the key in a PKCS#11 token or KMS (pkcs11:…, awskms://…, gcpkms://…, azurekms://…, hashivault://…).',
  },
  {
    name: 'require-attestations',
    kind: 'list',
    description:
      'Quick start: attestations every image must carry: sbom, vuln, provenance (comma separated).',
  },
  {
    name: 'max-severity',
    kind: 'string',
    description:
      'Quick start: highest vulnerability severity allowed in the signed scan (NONE, LOW, MEDIUM, HIGH, CRITICAL); implies a vuln attestation.',
  },
  {
    name: 'insecure-ignore-tlog',
    kind: 'boolean',
    default: 'false',
    description:
      "Quick start: accept signatures with no transparency-log entry (images published with tlog-upload: false); cosign's flag. Policy files say trust.requireTlog: false instead.",
  },
  {
    name: 'mode',
    kind: 'string',
    description:
      "enforce (a violation fails the step) or warn (report it and pass). Default: the policy's mode; enforce for the quick-start inputs.",
  },
  {
    name: 'trusted-root',
    kind: 'string',
    description:
      'trusted_root.json of a private Sigstore instance (default: the Sigstore public-good root).',
  },
  {
    name: 'offline',
    kind: 'boolean',
    default: 'false',
    description:
      'Use the embedded public-good root instead of refreshing it through TUF: no network call but to the registries.',
  },
  {
    name: 'bundles',
    kind: 'list',
    description:
      "Sigstore bundle files or folders of them (globs; publish's bundle-path): the evidence is read from these, not from the registry, which is asked at most for the image's manifest.",
  },
  {
    name: 'report-path',
    kind: 'string',
    default: 'imprint-verify-report.json',
    description: 'Where the JSON report (imprint/verify-report/v1) is written.',
  },
  {
    name: 'junit-path',
    kind: 'string',
    description: 'Also write a JUnit XML report here (one test case per image and check).',
  },
  INSECURE_REGISTRIES_INPUT,
  REGISTRY_CA_FILE_INPUT,
  SUMMARY_INPUT,
];
