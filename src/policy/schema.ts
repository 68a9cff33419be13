/**
 * The policy file's schema (POLICY.md). Strict everywhere: an unknown key is an error,
 * because a misspelt rule that is silently ignored is a rule that is not enforced.
 */
import { z } from 'zod';
import { CLAIM_ALIASES, CLAIM_NAMES, type ClaimName, type Claims } from './claims.js';
import { isDuration } from './duration.js';
import { isValidExpiry } from './dates.js';
import { isValidRange } from './versions.js';
import { findNestedQuantifier } from '../util/regexp-safety.js';
import { SEVERITIES } from '../scan/model.js';
import { canonicalPurl } from '../sbom/purl-parse.js';
import { messageOf } from '../errors.js';
import { PREDICATE_TYPES_OF_KIND, predicateTypeProblem } from '../attest/predicate-types.js';
import { conditionEntrySchema } from './conditions/condition-schema.js';

export const API_VERSION = 'imprint/v1';
const DEFAULT_SIGNER_COUNT = 1;

const text = z.string().min(1, { error: 'must not be empty' });

const regExp = text
  .refine((value) => compiles(value), { error: 'is not a valid regular expression' })
  .superRefine((value, ctx) => {
    const nested = findNestedQuantifier(value);
    if (nested === undefined) return;
    ctx.addIssue({
      code: 'custom',
      message: `the group ${nested.group} repeats something that itself repeats (nested quantifiers): against a crafted certificate SAN it can take exponential time; write it without a quantifier inside a quantified group`,
    });
  });

const expiry = text.refine(isValidExpiry, {
  error: 'expected a date YYYY-MM-DD or an RFC 3339 time such as 2026-12-31T12:00:00Z',
});

const duration = text.refine(isDuration, {
  error: 'expected a Go duration such as 720h, 90m or 1h30m (units h, m, s)',
});

const claimShape = Object.fromEntries(
  [...CLAIM_NAMES, ...Object.keys(CLAIM_ALIASES)].map((name) => [name, text.optional()]),
) as Record<ClaimName, z.ZodOptional<typeof text>>;

const claimsSchema = z.strictObject(claimShape).transform((raw, ctx): Claims => {
  const claims: Claims = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const canonical = CLAIM_ALIASES[name] ?? (name as ClaimName);
    if (canonical !== name && raw[canonical] !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: `\`${name}\` is another name for \`${canonical}\`: give only one of them`,
      });
    }
    claims[canonical] = value;
  }
  return claims;
});

const signerSchema = z
  .strictObject({
    issuer: text.optional(),
    issuerRegExp: regExp.optional(),
    subject: text.optional(),
    subjectRegExp: regExp.optional(),
    claims: claimsSchema.optional(),
    key: text.optional(),
  })
  .superRefine((signer, ctx) => {
    const keyless = ['issuer', 'issuerRegExp', 'subject', 'subjectRegExp', 'claims'].filter(
      (field) => signer[field as keyof typeof signer] !== undefined,
    );
    if (signer.key !== undefined) {
      if (keyless.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: `a signer is either \`key\` or keyless (issuer + subject), not both: remove ${keyless.map((f) => `\`${f}\``).join(', ')} or \`key\``,
        });
      }
      return;
    }
    exactlyOne(ctx, signer.issuer, signer.issuerRegExp, 'issuer', 'issuerRegExp');
    exactlyOne(ctx, signer.subject, signer.subjectRegExp, 'subject', 'subjectRegExp');
  });

const ignoreSchema = z.strictObject({
  id: text,
  purls: z.array(text).optional(),
  expires: expiry.optional(),
  reason: text.optional(),
});

/** Who may issue VEX for the images this rule covers: the same signer entries as `signers`. */
const vexSchema = z.strictObject({
  signers: z.array(signerSchema).min(1, {
    error: 'name at least one VEX signer: VEX from anyone would let anyone clear a finding',
  }),
});

const vulnerabilitiesSchema = z
  .strictObject({
    maxSeverity: z.enum(['NONE', ...SEVERITIES]).optional(),
    maxCvss: z
      .number()
      .min(0, { error: 'CVSS scores run from 0 to 10' })
      .max(10, { error: 'CVSS scores run from 0 to 10' })
      .optional(),
    ignoreUnfixed: z.boolean().default(false),
    ignore: z.array(ignoreSchema).default([]),
    vex: vexSchema.optional(),
  })
  .refine((rules) => rules.maxSeverity !== undefined || rules.maxCvss !== undefined, {
    error: 'give `maxSeverity` (e.g. HIGH) or `maxCvss` (e.g. 8.9): without one nothing is checked',
  });

/** A purl, read by the spec and kept in its canonical form, so matching compares like with like. */
const purlSchema = text.transform((value, ctx) => {
  try {
    return canonicalPurl(value);
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `${messageOf(error)}; expected a package URL such as pkg:npm/lodash, pkg:npm/@babel/traverse or pkg:maven/org.example/lib`,
    });
    return z.NEVER;
  }
});

const denyPackageSchema = z.strictObject({
  purl: purlSchema,
  versions: text
    .refine(isValidRange, {
      error: 'expected a version range such as "<1.10.0", ">=2.0.0 <2.3.1" or "<1.0 || >=3.0"',
    })
    .optional(),
});

const sbomSchema = z.strictObject({
  denyPackages: z.array(denyPackageSchema).default([]),
  denyLicenses: z.array(text).default([]),
});

const provenanceSchema = z.strictObject({ builderId: text });

/** Any predicate type, built-in or the user's own, named as in-toto names them: by absolute URI. */
const predicateType = text.superRefine((type, ctx) => {
  const problem = predicateTypeProblem(type);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
});

const attestationSchema = z
  .strictObject({
    type: predicateType,
    maxAge: duration.optional(),
    sbom: sbomSchema.optional(),
    vulnerabilities: vulnerabilitiesSchema.optional(),
    provenance: provenanceSchema.optional(),
    // Kyverno's attestation conditions (JMESPath over the predicate), or any/all groups of
    // them: every entry must hold.
    conditions: z.array(conditionEntrySchema).optional(),
  })
  .superRefine((rule, ctx) => {
    const wants = (field: 'sbom' | 'vulnerabilities' | 'provenance', types: readonly string[]) => {
      if (rule[field] !== undefined && !types.includes(rule.type)) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `\`${field}\` rules read attestations of type ${types.join(' or ')}, not ${rule.type}`,
        });
      }
    };
    wants('sbom', PREDICATE_TYPES_OF_KIND.sbom);
    wants('vulnerabilities', PREDICATE_TYPES_OF_KIND.vuln);
    wants('provenance', PREDICATE_TYPES_OF_KIND.provenance);
  });

const exceptionSchema = z.strictObject({
  image: text,
  expires: expiry,
  reason: text,
});

export const policySchema = z
  .strictObject({
    apiVersion: z.literal(API_VERSION),
    kind: z.literal('Policy'),
    mode: z.enum(['enforce', 'warn']).default('enforce'),
    images: z
      .strictObject({
        allow: z.array(text).default([]),
        exclude: z.array(text).default([]),
        // A tag can move after verify: only the digest verified is the digest deployed.
        requireDigest: z.boolean().default(true),
      })
      .default({ allow: [], exclude: [], requireDigest: true }),
    trust: z
      .strictObject({
        trustedRoot: text.optional(),
        requireTlog: z.boolean().default(true),
        requireTimestamp: z.boolean().default(false),
      })
      .default({ requireTlog: true, requireTimestamp: false }),
    signers: z.array(signerSchema).min(1, {
      error: 'name at least one signer: an image that need not be signed by anyone proves nothing',
    }),
    count: z.int().min(1, { error: 'must be at least 1' }).default(DEFAULT_SIGNER_COUNT),
    attestations: z.array(attestationSchema).default([]),
    exceptions: z.array(exceptionSchema).default([]),
  })
  .superRefine((policy, ctx) => {
    if (policy.signers.length > 0 && policy.count > policy.signers.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['count'],
        message: `asks for ${policy.count} matching signers but only ${policy.signers.length} are listed under \`signers\``,
      });
    }
  });

export type Policy = z.output<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
export type Signer = Policy['signers'][number];
export type AttestationRule = Policy['attestations'][number];
export type VulnerabilityRules = NonNullable<AttestationRule['vulnerabilities']>;
export type SbomRules = NonNullable<AttestationRule['sbom']>;
export type ProvenanceRules = NonNullable<AttestationRule['provenance']>;
export type PolicyException = Policy['exceptions'][number];

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

function exactlyOne(
  ctx: z.RefinementCtx,
  plain: string | undefined,
  regex: string | undefined,
  plainKey: string,
  regexKey: string,
): void {
  if (plain === undefined && regex === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: [],
      message: `a keyless signer needs \`${plainKey}\` (exact or glob) or \`${regexKey}\`; for a public key use \`key\``,
    });
  } else if (plain !== undefined && regex !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: [regexKey],
      message: `give \`${plainKey}\` or \`${regexKey}\`, not both`,
    });
  }
}
