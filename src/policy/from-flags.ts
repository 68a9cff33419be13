/**
 * The quick-start path: cosign-style flags (`--certificate-identity`, `--key`, …) build
 * the same Policy object a policy file would, so one evaluator serves both.
 */
import { type AttestationKind, PREDICATE_BY_KIND } from '../attest/predicate-types.js';
import { ImprintError } from '../errors.js';
import type { SeverityThreshold } from '../scan/model.js';
import { escapeRegExp } from './match.js';
import { API_VERSION, type Policy, type PolicyInput, policySchema } from './schema.js';

/** The kinds `--require-attestations` names. */
export type RequiredAttestation = AttestationKind;

export interface PolicyFlags {
  /** Exact SAN, as cosign's --certificate-identity (a `*` in it is literal, as in cosign). */
  certificateIdentity?: string;
  /** Regex for the SAN; anchored here, unlike cosign's. */
  certificateIdentityRegexp?: string;
  certificateOidcIssuer?: string;
  certificateOidcIssuerRegexp?: string;
  key?: string;
  requireAttestations?: RequiredAttestation[];
  /** Implies a vulnerability attestation. */
  maxSeverity?: SeverityThreshold;
  mode?: 'enforce' | 'warn';
  /** cosign's --insecure-ignore-tlog: `trust.requireTlog: false`. */
  ignoreTlog?: boolean;
}

export function policyFromFlags(flags: PolicyFlags): Policy {
  const input: PolicyInput = {
    apiVersion: API_VERSION,
    kind: 'Policy',
    mode: flags.mode ?? 'enforce',
    ...(flags.ignoreTlog && { trust: { requireTlog: false } }),
    signers: [signerFromFlags(flags)],
    attestations: attestationsFromFlags(flags),
  };
  const result = policySchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => issue.message).join('; ');
    throw new ImprintError(
      'INPUT_INVALID',
      `The verify flags do not make a valid policy: ${problems}`,
      {
        hint: 'check the regular expressions given to --certificate-identity-regexp / --certificate-oidc-issuer-regexp',
      },
    );
  }
  return result.data;
}

function signerFromFlags(flags: PolicyFlags): PolicyInput['signers'][number] {
  const identity = flags.certificateIdentity ?? flags.certificateIdentityRegexp;
  const issuer = flags.certificateOidcIssuer ?? flags.certificateOidcIssuerRegexp;
  if (flags.key !== undefined) {
    if (identity !== undefined || issuer !== undefined) {
      throw new ImprintError(
        'INPUT_CONFLICT',
        'Give --key or --certificate-identity/--certificate-oidc-issuer, not both.',
        {
          hint: '--key verifies a key-signed image; the certificate flags verify a keyless one',
        },
      );
    }
    return { key: flags.key };
  }
  if (flags.certificateIdentity !== undefined && flags.certificateIdentityRegexp !== undefined) {
    throw new ImprintError(
      'INPUT_CONFLICT',
      'Give --certificate-identity or --certificate-identity-regexp, not both.',
    );
  }
  if (
    flags.certificateOidcIssuer !== undefined &&
    flags.certificateOidcIssuerRegexp !== undefined
  ) {
    throw new ImprintError(
      'INPUT_CONFLICT',
      'Give --certificate-oidc-issuer or --certificate-oidc-issuer-regexp, not both.',
    );
  }
  if (identity === undefined || issuer === undefined) {
    throw new ImprintError(
      'INPUT_INVALID',
      `Missing ${identity === undefined ? '--certificate-identity' : '--certificate-oidc-issuer'}: say who must have signed the image.`,
      {
        hint: 'e.g. --certificate-identity https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0 --certificate-oidc-issuer https://token.actions.githubusercontent.com, or --key cosign.pub, or --policy FILE',
      },
    );
  }
  return {
    ...exactOrRegExp('issuer', flags.certificateOidcIssuer, flags.certificateOidcIssuerRegexp),
    ...exactOrRegExp('subject', flags.certificateIdentity, flags.certificateIdentityRegexp),
  };
}

/** cosign's exact flags never glob: a `*` in them must stay literal, so it becomes an escaped regex. */
function exactOrRegExp(
  field: 'issuer' | 'subject',
  exact: string | undefined,
  regexp: string | undefined,
): Record<string, string> {
  if (regexp !== undefined) return { [`${field}RegExp`]: regexp };
  const value = exact!;
  return value.includes('*') ? { [`${field}RegExp`]: escapeRegExp(value) } : { [field]: value };
}

function attestationsFromFlags(flags: PolicyFlags): NonNullable<PolicyInput['attestations']> {
  const wanted = new Set(flags.requireAttestations ?? []);
  if (flags.maxSeverity !== undefined) wanted.add('vuln');
  return [...wanted].map((kind) =>
    kind === 'vuln' && flags.maxSeverity !== undefined
      ? { type: PREDICATE_BY_KIND.vuln, vulnerabilities: { maxSeverity: flags.maxSeverity } }
      : { type: PREDICATE_BY_KIND[kind] },
  );
}
