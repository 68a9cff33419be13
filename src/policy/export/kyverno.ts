/**
 * Kyverno ClusterPolicy (`kyverno.io/v1`) with one `verifyImages` rule: the policy's
 * signers as attestors, each attestation type with its JMESPath `conditions`.
 */
import { KYVERNO_EXTENSION_CLAIMS, type ClaimName } from '../claims.js';
import { identityPattern, parseImageGlob } from '../match.js';
import type { Signer } from '../schema.js';
import { type KyvernoCondition, jmespathConditions } from './jmespath.js';
import { kyvernoIdentity, kyvernoImageReferences, kyvernoWildcard } from './identity.js';
import type { Materials } from './materials.js';
import type { ExportModel } from './model.js';
import { current } from './trusted-root.js';

export const PUBLIC_GOOD_REKOR = 'https://rekor.sigstore.dev';

export function kyvernoClusterPolicy(
  model: ExportModel,
  materials: Materials,
  name: string,
  warnings: string[],
): object {
  const { policy } = model;
  const enforce = policy.mode === 'enforce';
  const entries = policy.signers.map((signer, index) =>
    attestorEntry(signer, index, model, materials, warnings),
  );
  const verifyImages: Record<string, unknown> = {
    imageReferences: imageReferences(
      policy.images.allow.length > 0 ? policy.images.allow : ['**'],
      'images.allow',
      warnings,
    ),
  };
  const skipped = [...policy.images.exclude, ...model.activeExceptions.map((e) => e.image)];
  if (skipped.length > 0) {
    verifyImages.skipImageReferences = imageReferences(
      skipped,
      'images.exclude / exceptions',
      warnings,
    );
    for (const glob of skipped.filter(tagWildcardWithoutDigest)) {
      warnings.push(
        `images.exclude / exceptions ${glob}: Kyverno's * also matches "@", so the exported skip also covers ${glob}@sha256:… (imprint's verify does not: a tag exempts no pinned digest)`,
      );
    }
  }
  Object.assign(verifyImages, {
    type: 'SigstoreBundle',
    mutateDigest: policy.images.requireDigest && enforce,
    verifyDigest: policy.images.requireDigest,
    required: true,
    attestors: [{ count: policy.count, entries }],
  });
  if (model.attestations.length > 0) {
    verifyImages.attestations = model.attestations.map((attestation) => {
      const conditions = jmespathConditions(attestation, warnings);
      const entry: Record<string, unknown> = {
        type: attestation.type,
        attestors: [{ count: 1, entries }],
      };
      if (conditions.length > 0) entry.conditions = [{ all: conditions.map(conditionYaml) }];
      return entry;
    });
  }
  if (policy.images.allow.length > 0) {
    warnings.push(
      'Kyverno verifies only images matching images.allow; it does not reject other images (imprint verify does): add a policy restricting registries',
    );
  }
  return {
    apiVersion: 'kyverno.io/v1',
    kind: 'ClusterPolicy',
    metadata: { name, annotations: { 'policies.kyverno.io/title': `imprint policy ${name}` } },
    spec: {
      validationFailureAction: enforce ? 'Enforce' : 'Audit',
      background: false,
      webhookTimeoutSeconds: 30,
      failurePolicy: 'Fail',
      rules: [
        {
          name: 'imprint-verify-images',
          match: { any: [{ resources: { kinds: ['Pod'] } }] },
          verifyImages: [verifyImages],
        },
      ],
    },
  };
}

function conditionYaml(condition: KyvernoCondition): object {
  return {
    key: condition.key,
    operator: condition.operator,
    value: condition.value,
    message: condition.message,
  };
}

/** A glob whose tag part has a wildcard and which names no digest (`repo:*`, `repo:v1.*`). */
function tagWildcardWithoutDigest(glob: string): boolean {
  const parsed = parseImageGlob(glob);
  return parsed.tag?.includes('*') === true && parsed.digest === undefined;
}

function imageReferences(globs: readonly string[], field: string, warnings: string[]): string[] {
  const references = globs.flatMap((glob) => {
    const converted = kyvernoImageReferences(glob);
    if (converted.some((c) => c.broadened)) {
      warnings.push(
        `${field} ${glob}: Kyverno's * also matches "/", so it covers deeper repositories too`,
      );
    }
    return converted.map((c) => c.wildcard);
  });
  return [...new Set(references)];
}

function attestorEntry(
  signer: Signer,
  index: number,
  model: ExportModel,
  materials: Materials,
  warnings: string[],
): object {
  const { trust } = model.policy;
  const rekor = rekorSettings(trust.requireTlog, materials);
  if (signer.key !== undefined) {
    return { keys: { publicKeys: materials.keys.get(signer.key), rekor } };
  }
  const keyless: Record<string, unknown> = {};
  const subject = kyvernoIdentity(identityPattern(signer.subject, signer.subjectRegExp));
  keyless[subject.regexp ? 'subjectRegExp' : 'subject'] = subject.value;
  const issuer = kyvernoIdentity(identityPattern(signer.issuer, signer.issuerRegExp));
  keyless[issuer.regexp ? 'issuerRegExp' : 'issuer'] = issuer.value;
  const extensions = claimExtensions(signer, index, warnings);
  if (Object.keys(extensions).length > 0) keyless.additionalExtensions = extensions;
  keyless.rekor = rekor;
  const ctlog = ctlogSettings(trust.requireTimestamp, materials, warnings);
  if (ctlog) keyless.ctlog = ctlog;
  if (materials.trustedRoot) {
    keyless.roots = materials.trustedRoot.certificateAuthorities.map((ca) => ca.chainPem).join('');
  }
  return { keyless };
}

function rekorSettings(requireTlog: boolean, materials: Materials): object {
  if (!requireTlog) return { ignoreTlog: true };
  const tlog = materials.trustedRoot ? current(materials.trustedRoot.tlogs) : undefined;
  return tlog ? { url: tlog.baseUrl, pubkey: tlog.pem } : { url: PUBLIC_GOOD_REKOR };
}

function ctlogSettings(
  requireTimestamp: boolean,
  materials: Materials,
  warnings: string[],
): object | undefined {
  const root = materials.trustedRoot;
  const settings: Record<string, unknown> = {};
  const ctlog = root ? current(root.ctlogs) : undefined;
  if (ctlog) settings.pubkey = ctlog.pem;
  if (requireTimestamp) {
    const tsa = root ? current(root.timestampAuthorities) : undefined;
    if (tsa) settings.tsaCertChain = tsa.chainPem;
    else
      warnings.push(
        'trust.requireTimestamp: Kyverno needs the TSA certificate chain, which comes from trust.trustedRoot: give one',
      );
  }
  return Object.keys(settings).length > 0 ? settings : undefined;
}

function claimExtensions(
  signer: Signer,
  index: number,
  warnings: string[],
): Record<string, string> {
  const extensions: Record<string, string> = {};
  for (const [claim, value] of Object.entries(signer.claims ?? {})) {
    if (!KYVERNO_EXTENSION_CLAIMS.includes(claim as ClaimName)) {
      warnings.push(
        `signers[${index}].claims.${claim} (${value}) is not checked by Kyverno: its additionalExtensions knows only the githubWorkflow* extensions`,
      );
      continue;
    }
    const pattern = kyvernoWildcard(identityPattern(value));
    if (pattern.broadened)
      warnings.push(
        `signers[${index}].claims.${claim} ${value}: Kyverno's * also matches "/", so it is broader there`,
      );
    extensions[claim] = pattern.wildcard;
  }
  return extensions;
}
