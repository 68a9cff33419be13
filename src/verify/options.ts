/**
 * The verify door's inputs, declared once (action INPUT_*, CLI --flags, GitLab spec inputs
 * carry these names), and their reading into typed, validated options. Pure: no I/O beyond
 * the input source.
 */
import { ATTESTATION_KINDS } from '../attest/predicate-types.js';
import { ImprintError } from '../errors.js';
import { InputReader } from '../inputs/parse.js';
import type { InputSource, InputSpec } from '../inputs/spec.js';
import type { PolicyFlags, RequiredAttestation } from '../policy/from-flags.js';
import { parseReference } from '../registry/reference.js';
import type { SeverityThreshold } from '../scan/model.js';
import { nearest } from '../util/nearest.js';

export const DEFAULT_REPORT_PATH = 'imprint-verify-report.json';
const SEVERITY_CHOICES: readonly SeverityThreshold[] = [
  'NONE',
  'LOW',
  'MEDIUM',
  'HIGH',
  'CRITICAL',
];
const QUICK_START_INPUTS = [
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'certificate-oidc-issuer-regexp',
  'key',
  'require-attestations',
  'max-severity',
] as const;

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
      'Quick start: public key file (PEM, cosign.pub) for key-signed images, instead of the certificate inputs.',
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
    default: DEFAULT_REPORT_PATH,
    description: 'Where the JSON report (imprint/verify-report/v1) is written.',
  },
  {
    name: 'junit-path',
    kind: 'string',
    description: 'Also write a JUnit XML report here (one test case per image and check).',
  },
  {
    name: 'insecure-registries',
    kind: 'list',
    description:
      'Registry hosts (host:port) reached over plain HTTP. Not needed for a loopback registry without TLS.',
  },
  {
    name: 'registry-ca-file',
    kind: 'string',
    description: 'PEM file of extra certificate authorities to trust for the registries.',
  },
  { name: 'summary', kind: 'boolean', default: 'true', description: 'Write the job summary.' },
];

export type PolicyChoice = { file: string } | { flags: PolicyFlags };

export interface VerifyOptions {
  images: string[];
  manifests: string[];
  policy: PolicyChoice;
  /** Overrides the policy's mode when given. */
  mode?: 'enforce' | 'warn';
  trustedRoot?: string;
  offline: boolean;
  reportPath: string;
  junitPath?: string;
  insecureRegistries: string[];
  registryCaFile?: string;
  /** Bundle files, folders or globs: evidence from these instead of the registry. */
  bundles: string[];
  summary: boolean;
}

/** `extraImages`: the CLI's positional arguments. */
export function readVerifyOptions(
  source: InputSource,
  extraImages: readonly string[] = [],
): VerifyOptions {
  const inputs = new InputReader(source, VERIFY_INPUTS);
  const images = [...inputs.list('images'), ...extraImages];
  const manifests = inputs.list('manifests');
  if (images.length === 0 && manifests.length === 0) {
    throw new ImprintError(
      'INPUT_INVALID',
      'Nothing to verify: neither "images" nor "manifests" is given.',
      {
        hint: 'set images (e.g. ghcr.io/acme/app@sha256:…) or manifests (e.g. deploy/**/*.yaml)',
      },
    );
  }
  for (const image of images) parseReference(image); // REFERENCE_INVALID names the bad one
  const options: VerifyOptions = {
    images,
    manifests,
    policy: readPolicyChoice(inputs),
    offline: inputs.boolean('offline'),
    reportPath: inputs.string('report-path') ?? DEFAULT_REPORT_PATH,
    insecureRegistries: inputs.list('insecure-registries'),
    bundles: inputs.list('bundles'),
    summary: inputs.boolean('summary'),
  };
  const mode = readMode(inputs);
  if (mode !== undefined) options.mode = mode;
  const optional = {
    trustedRoot: 'trusted-root',
    junitPath: 'junit-path',
    registryCaFile: 'registry-ca-file',
  } as const;
  for (const [field, name] of Object.entries(optional) as [keyof typeof optional, string][]) {
    const value = inputs.string(name);
    if (value !== undefined) options[field] = value;
  }
  return options;
}

function readPolicyChoice(inputs: InputReader): PolicyChoice {
  const file = inputs.string('policy');
  const quickStart = QUICK_START_INPUTS.filter((name) =>
    name === 'require-attestations'
      ? inputs.list(name).length > 0
      : inputs.string(name) !== undefined,
  );
  const ignoreTlog = inputs.boolean('insecure-ignore-tlog');
  if (file !== undefined) {
    if (ignoreTlog) {
      throw new ImprintError(
        'INPUT_CONFLICT',
        `insecure-ignore-tlog applies to the quick-start inputs; the policy file ${file} says whether a transparency log is required.`,
        { hint: 'set trust.requireTlog: false in the policy file, and drop insecure-ignore-tlog' },
      );
    }
    if (quickStart.length > 0) {
      throw new ImprintError(
        'INPUT_CONFLICT',
        `Give "policy" or the quick-start inputs (${quickStart.join(', ')}), not both.`,
        { hint: 'put the signer and attestation rules into the policy file, or drop "policy"' },
      );
    }
    return { file };
  }
  if (quickStart.length === 0) {
    throw new ImprintError('INPUT_INVALID', 'No policy: say who must have signed the images.', {
      hint: 'set policy (a policy file), or certificate-identity with certificate-oidc-issuer, or key',
    });
  }
  const flags: PolicyFlags = {};
  const assign = <K extends keyof PolicyFlags>(field: K, value: PolicyFlags[K] | undefined) => {
    if (value !== undefined) flags[field] = value;
  };
  assign('certificateIdentity', inputs.string('certificate-identity'));
  assign('certificateIdentityRegexp', inputs.string('certificate-identity-regexp'));
  assign('certificateOidcIssuer', inputs.string('certificate-oidc-issuer'));
  assign('certificateOidcIssuerRegexp', inputs.string('certificate-oidc-issuer-regexp'));
  assign('key', inputs.string('key'));
  const attestations = inputs.list('require-attestations').map(attestationKind);
  if (attestations.length > 0) flags.requireAttestations = attestations;
  assign('maxSeverity', severity(inputs.string('max-severity')));
  if (ignoreTlog) flags.ignoreTlog = true;
  return { flags };
}

function attestationKind(value: string): RequiredAttestation {
  const kind = value.toLowerCase();
  if ((ATTESTATION_KINDS as readonly string[]).includes(kind)) return kind as RequiredAttestation;
  const suggestion = nearest(kind, ATTESTATION_KINDS);
  throw new ImprintError(
    'INPUT_INVALID',
    `input "require-attestations": "${value}" is not one of ${ATTESTATION_KINDS.join(', ')}`,
    {
      hint: suggestion
        ? `did you mean ${suggestion}?`
        : 'e.g. require-attestations: sbom,vuln,provenance',
    },
  );
}

function severity(value: string | undefined): SeverityThreshold | undefined {
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  if ((SEVERITY_CHOICES as readonly string[]).includes(upper)) return upper as SeverityThreshold;
  throw new ImprintError(
    'INPUT_INVALID',
    `input "max-severity" must be one of ${SEVERITY_CHOICES.join(', ')}; got "${value}"`,
    { hint: 'e.g. max-severity: HIGH fails on CRITICAL findings only' },
  );
}

function readMode(inputs: InputReader): 'enforce' | 'warn' | undefined {
  const mode = inputs.string('mode');
  if (mode === undefined || mode === 'enforce' || mode === 'warn') return mode;
  throw new ImprintError('INPUT_INVALID', `input "mode" must be enforce or warn; got "${mode}"`);
}
