/**
 * The publish door's inputs, declared once: the action reads them as INPUT_*, the CLI as --flags
 * of the same names, the GitLab publish component as spec inputs. Tests keep action.yml, the
 * component, --help and the README in step with this table.
 */
import { DEFAULT_TAG } from '../../registry/reference.js';
import type { InputSpec } from '../spec.js';
import { SCAN_INPUTS } from './scan.js';
import { INSECURE_REGISTRIES_INPUT, REGISTRY_CA_FILE_INPUT, SUMMARY_INPUT } from './shared.js';

export const BUILDER_CHOICES = ['auto', 'buildx', 'docker', 'buildah', 'none'] as const;
const SIGNING_CHOICES = ['keyless', 'key'] as const;
const SIGSTORE_CHOICES = ['auto', 'public-good', 'github', 'custom'] as const;
const GITHUB_ATTESTATIONS_CHOICES = ['auto', 'true', 'false'] as const;
const ATTESTATION_FORMAT_CHOICES = ['bundle', 'cosign-classic', 'both'] as const;
export const SBOM_FORMAT_CHOICES = ['cyclonedx', 'spdx', 'both'] as const;

/** The evidence steps: an SBOM per platform, and the scan. */
const EVIDENCE_INPUTS: readonly InputSpec[] = [
  {
    name: 'sbom',
    kind: 'boolean',
    default: 'true',
    description:
      'Generate a CycloneDX 1.6 SBOM of each platform from the pushed layers and attest it to that platform manifest.',
  },
  {
    name: 'sbom-format',
    kind: 'choice',
    default: 'cyclonedx',
    choices: SBOM_FORMAT_CHOICES,
    description:
      'SBOM format written and attested: cyclonedx (CycloneDX 1.6), spdx (SPDX 2.3 JSON) or both, from the same catalogue.',
  },
  {
    name: 'sbom-path',
    kind: 'string',
    description:
      'Directory for the SBOM files, <platform>.cdx.json / <platform>.spdx.json, or image.cdx.json / image.spdx.json (default: a new temp directory).',
  },
  ...SCAN_INPUTS,
];

/** What real builds need beyond the basics; which builder honours which: README "Real builds". */
const BUILD_INPUTS: readonly InputSpec[] = [
  {
    name: 'cache-from',
    kind: 'list',
    description:
      'Build cache sources, one per line, as buildx writes them: type=registry,ref=REGISTRY/REPO:cache, type=local,src=DIR, type=gha (GitHub). buildah: one registry repository.',
  },
  {
    name: 'cache-to',
    kind: 'list',
    description:
      'Build cache destinations, one per line: type=registry,ref=REGISTRY/REPO:cache,mode=max, type=local,dest=DIR, type=gha,mode=max (GitHub). buildah: one registry repository.',
  },
  {
    name: 'secrets',
    kind: 'list',
    secret: true,
    description:
      'Secrets for RUN --mount=type=secret, one per line: id=ID,src=PATH, id=ID,env=VARIABLE, or ID=VALUE (written to a private 0600 file for the build). Never in the image, the log or a command line (CLI: also IMPRINT_SECRETS).',
    actionDescription:
      'Secrets for RUN --mount=type=secret, one per line: id=ID,src=PATH, id=ID,env=VARIABLE, or ID=VALUE (written to a private 0600 file for the build). Never in the image, the log or a command line.',
  },
  {
    name: 'secret-files',
    kind: 'map',
    description: 'Secrets read from files, ID=PATH, one per line.',
  },
  {
    name: 'ssh',
    kind: 'list',
    description:
      'SSH agent sockets or keys for RUN --mount=type=ssh, one per line: default (SSH_AUTH_SOCK) or ID=PATH.',
  },
  {
    name: 'pull',
    kind: 'boolean',
    default: 'false',
    description: 'Pull every base image again, even one held locally.',
  },
  {
    name: 'no-cache',
    kind: 'boolean',
    default: 'false',
    description: 'Build every step afresh, using no cached layer.',
  },
  {
    name: 'annotations',
    kind: 'list',
    description:
      'Annotations, one per line: key=value (the image manifest), or TYPE:key=value with TYPE index, manifest-descriptor or index-descriptor (buildx).',
  },
  {
    name: 'build-contexts',
    kind: 'map',
    description:
      'Named build contexts, NAME=SOURCE, one per line: a directory, docker-image://REF or a URL.',
  },
  {
    name: 'buildx-provenance',
    kind: 'string',
    default: 'false',
    description:
      "BuildKit's own provenance attestation in the index (buildx only): false, mode=min or mode=max. imprint signs its own SLSA provenance either way (provenance).",
  },
  {
    name: 'buildx-sbom',
    kind: 'boolean',
    default: 'false',
    description: "BuildKit's own SBOM attestation in the index (buildx only).",
  },
];

export const PUBLISH_INPUTS: readonly InputSpec[] = [
  {
    name: 'image',
    kind: 'list',
    description:
      'Repository to publish to (registry/namespace/name), or several, one per line or comma separated: built once, the same digest pushed to each, each signed and attested. With builder none: the existing image, by tag or digest.',
  },
  {
    name: 'tags',
    kind: 'list',
    default: DEFAULT_TAG,
    description:
      'Tags to push, comma or newline separated: bare tags (1.2.3), pushed to every repository of image, or full references, pushed to the one they name.',
  },
  { name: 'context', kind: 'string', default: '.', description: 'Build context directory.' },
  { name: 'file', kind: 'string', description: 'Dockerfile path (default: <context>/Dockerfile).' },
  { name: 'build-args', kind: 'map', description: 'Build arguments, KEY=VALUE, one per line.' },
  { name: 'target', kind: 'string', description: 'Build stage to stop at.' },
  {
    name: 'platforms',
    kind: 'list',
    description: 'Target platforms, e.g. linux/amd64,linux/arm64 (buildx or buildah).',
  },
  { name: 'labels', kind: 'map', description: 'Image labels, KEY=VALUE, one per line.' },
  ...BUILD_INPUTS,
  {
    name: 'builder',
    kind: 'choice',
    default: 'auto',
    choices: BUILDER_CHOICES,
    description: 'auto, buildx, docker, buildah, or none (publish an image built elsewhere).',
  },
  {
    name: 'push',
    kind: 'boolean',
    default: 'true',
    description: 'Push the image. With false the image is only built, and nothing is signed.',
  },
  {
    name: 'registry-username',
    kind: 'string',
    description:
      'Registry user name, for the registry of the first repository in image (default: docker config, CI_REGISTRY_USER on GitLab, GITHUB_TOKEN for ghcr.io; other registries always use these).',
  },
  {
    name: 'registry-password',
    kind: 'string',
    secret: true,
    description: 'Registry password or token.',
    actionDescription: 'Registry password or token (CLI: also IMPRINT_REGISTRY_PASSWORD).',
  },
  REGISTRY_CA_FILE_INPUT,
  INSECURE_REGISTRIES_INPUT,
  {
    name: 'sign',
    kind: 'boolean',
    default: 'true',
    description:
      'Sign the pushed image and attest it (provenance); false publishes it unsigned, with no attestations.',
  },
  {
    name: 'signing',
    kind: 'choice',
    default: 'keyless',
    choices: SIGNING_CHOICES,
    description:
      'keyless (a Fulcio certificate for the CI identity: needs an OIDC token) or key (the private key in "key").',
    actionDescription:
      'keyless (a Fulcio certificate for the CI identity: needs permissions: id-token: write) or key (the private key in "key").',
  },
  {
    name: 'key',
    kind: 'string',
    description:
      'The signing key for signing: key: a private key PEM file (cosign.key, or a PKCS#8 / SEC1 P-256 key), or a key that never leaves its store: pkcs11:…, awskms://…, gcpkms://…, azurekms://…, hashivault://… (cosign syntax).',
  },
  {
    name: 'key-password',
    kind: 'string',
    secret: true,
    description: 'Password of the private key (CLI: also IMPRINT_KEY_PASSWORD).',
    actionDescription:
      'Password of the private key. Pass it from a secret (e.g. secrets.COSIGN_PASSWORD), never literally.',
  },
  {
    name: 'identity-token',
    kind: 'string',
    secret: true,
    description:
      "OIDC token for keyless signing (audience sigstore). Default: SIGSTORE_ID_TOKEN, or GitHub's token service (permissions: id-token: write).",
    actionDescription:
      "OIDC token for keyless signing (audience sigstore). Default: GitHub's token service.",
  },
  {
    name: 'sigstore',
    kind: 'choice',
    default: 'auto',
    choices: SIGSTORE_CHOICES,
    description:
      "Sigstore instance: auto (on GitHub Actions github unless the event payload says the repository is public, as actions/attest decides; public-good elsewhere), public-good (Fulcio + Rekor), github (GitHub's Fulcio + TSA, no Rekor) or custom (the URLs below).",
  },
  { name: 'fulcio-url', kind: 'string', description: 'Fulcio URL (sigstore: custom, keyless).' },
  { name: 'rekor-url', kind: 'string', description: 'Rekor URL (sigstore: custom).' },
  {
    name: 'tsa-url',
    kind: 'string',
    description: 'RFC 3161 timestamp authority URL (sigstore: custom).',
  },
  {
    name: 'tlog-upload',
    kind: 'boolean',
    default: 'true',
    description:
      'Record the signatures in the transparency log (Rekor). false (signing: key only, or keyless with a tsa-url) signs with no log entry: verifiers must be told (imprint verify --insecure-ignore-tlog, policy trust.requireTlog: false).',
  },
  {
    name: 'github-attestations',
    kind: 'choice',
    default: 'auto',
    choices: GITHUB_ATTESTATIONS_CHOICES,
    description:
      "Also upload the signed attestations to GitHub's Attestations API, as actions/attest does (gh attestation verify then finds them without --bundle-from-oci): auto (on GitHub Actions with a token; a refusal is a warning), true (a refusal fails the step) or false.",
    actionDescription:
      "Also upload the signed attestations to GitHub's Attestations API, as actions/attest does (gh attestation verify then finds them without --bundle-from-oci; needs permissions: attestations: write): auto (a refusal is a warning), true (a refusal fails the step) or false.",
  },
  {
    name: 'github-token',
    kind: 'string',
    secret: true,
    actionDefault: '${{ github.token }}',
    description: "Token for GitHub's Attestations API (default: the GITHUB_TOKEN variable).",
    actionDescription: "Token for GitHub's Attestations API (the job's token by default).",
  },
  {
    name: 'trusted-root',
    kind: 'string',
    description:
      'Path of the trusted_root.json the signatures are read back and verified with (required with sigstore: custom).',
  },
  {
    name: 'provenance',
    kind: 'boolean',
    default: 'true',
    description:
      'Attest SLSA v1 provenance of the CI run for the image and each platform (skipped with a warning outside CI unless set explicitly).',
    actionDescription:
      'Attest SLSA v1 provenance of the workflow run for the image and each platform.',
  },
  {
    name: 'attestation-format',
    kind: 'choice',
    default: 'bundle',
    choices: ATTESTATION_FORMAT_CHOICES,
    description:
      'Where signatures and attestations go: bundle (OCI referrers, cosign v3), cosign-classic (.sig / .att tags, cosign v2) or both.',
  },
  {
    name: 'predicate-type',
    kind: 'list',
    description:
      'Predicate types (absolute URIs) of your own attestations, one per line or a YAML list, paired in order with predicate-path: each JSON predicate is signed and stored like the built-in ones.',
  },
  {
    name: 'predicate-path',
    kind: 'list',
    description:
      'Paths of the JSON predicate files, one per line or a YAML list, in the order of predicate-type.',
  },
  {
    name: 'vex',
    kind: 'list',
    description:
      'OpenVEX documents (v0.2.0), as paths or https URLs, one per line or a YAML list: each is checked against the spec, given to Trivy (--vex), so findings it says do not affect the image leave the gate, and attested about the image as an OpenVEX predicate (cosign type openvex).',
  },
  ...EVIDENCE_INPUTS,
  {
    name: 'policy',
    kind: 'string',
    description:
      "Policy file: verify the published image against it (the verify action's engine, reading the evidence back from the registry) and fail the step when it breaks the policy; the image is then not signed.",
  },
  SUMMARY_INPUT,
];
