/**
 * The verify inputs (declared in src/inputs/tables/verify.ts) → typed, validated options. Pure:
 * no I/O beyond the input source.
 */
import { ATTESTATION_KINDS } from '../attest/predicate-types.js';
import { ImprintError } from '../errors.js';
import { InputReader } from '../inputs/reader.js';
import type { InputSource } from '../inputs/spec.js';
import { FAIL_ON_SEVERITIES } from '../inputs/tables/scan.js';
import { VERIFY_INPUTS } from '../inputs/tables/verify.js';
import type { PolicyFlags, RequiredAttestation } from '../policy/from-flags.js';
import { parseReference } from '../registry/reference.js';
import type { SeverityThreshold } from '../scan/model.js';
import { nearest } from '../util/nearest.js';

const SEVERITY_CHOICES: readonly SeverityThreshold[] = FAIL_ON_SEVERITIES;
const QUICK_START_INPUTS = [
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'certificate-oidc-issuer-regexp',
  'key',
  'require-attestations',
  'max-severity',
] as const;

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
    reportPath: inputs.withDefault('report-path'),
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
