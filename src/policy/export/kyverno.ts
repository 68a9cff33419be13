/**
 * Kyverno ClusterPolicy (`kyverno.io/v1`) with one `verifyImages` rule of type SigstoreBundle:
 * the policy's signers as attestors, each attestation type with its JMESPath `conditions`.
 *
 * Kyverno verifies SigstoreBundle with sigstore-go (pkg/image/verifiers/cpol/cosign/sigstore.go,
 * read at v1.19.1), which differs from its classic Cosign path: `subject`/`issuer` compare
 * exactly and the `…RegExp` fields are unanchored regexes (so globs become anchored RE2),
 * `additionalExtensions`, `roots`, `rekor.pubkey` and `ctlog.pubkey` are not read (the trusted
 * root comes from the TUF repository Kyverno is started with), and `keys.publicKeys` works only
 * from v1.19.0 (kyverno#14233, #16267).
 */
import { PUBLIC_GOOD_URLS } from '../../sigstore/instances.js';
import { identityPattern, parseImageGlob } from '../match.js';
import type { Signer } from '../schema.js';
import { type KyvernoCondition, kyvernoConditionBlocks } from './jmespath.js';
import { exactOrRe2Identity, kyvernoImageReferences } from './identity.js';
import type { Materials } from './materials.js';
import type { ExportModel } from './model.js';
import { current } from './trusted-root.js';

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
  trustNote(materials, warnings);
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
      const blocks = kyvernoConditionBlocks(attestation, warnings);
      const entry: Record<string, unknown> = {
        type: attestation.type,
        attestors: [{ count: 1, entries }],
      };
      if (blocks.length > 0)
        entry.conditions = blocks.map((block) => ({
          ...(block.any && { any: block.any.map(conditionYaml) }),
          ...(block.all && { all: block.all.map(conditionYaml) }),
        }));
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
    warnings.push(
      `signers[${index}] (key ${signer.key}): Kyverno verifies keys.publicKeys in SigstoreBundle rules from v1.19.0 on; older releases ignore or refuse the key (kyverno#14233, #16267), so run 1.19 or newer`,
    );
    const keys: Record<string, unknown> = { publicKeys: materials.keys.get(signer.key), rekor };
    // Without a log entry the key alone is the trusted material, and only with the SCT check
    // off does Kyverno verify without an observed time (sigstore-go WithNoObserverTimestamps).
    if (!trust.requireTlog) keys.ctlog = { ignoreSCT: true };
    return { keys };
  }
  const keyless: Record<string, unknown> = {};
  const subject = exactOrRe2Identity(
    identityPattern(signer.subject, signer.subjectRegExp),
    `signers[${index}].subject`,
  );
  keyless[subject.regexp ? 'subjectRegExp' : 'subject'] = subject.value;
  const issuer = exactOrRe2Identity(
    identityPattern(signer.issuer, signer.issuerRegExp),
    `signers[${index}].issuer`,
  );
  keyless[issuer.regexp ? 'issuerRegExp' : 'issuer'] = issuer.value;
  for (const [claim, value] of Object.entries(signer.claims ?? {})) {
    warnings.push(
      `signers[${index}].claims.${claim} (${value}) is not checked by Kyverno: its SigstoreBundle verification ignores additionalExtensions`,
    );
  }
  keyless.rekor = rekor;
  const ctlog = ctlogSettings(trust.requireTimestamp, materials, warnings);
  if (ctlog) keyless.ctlog = ctlog;
  if (materials.trustedRoot) {
    keyless.roots = materials.trustedRoot.certificateAuthorities.map((ca) => ca.chainPem).join('');
  }
  return { keyless };
}

function trustNote(materials: Materials, warnings: string[]): void {
  if (materials.trustedRoot) {
    warnings.push(
      "trust.trustedRoot: Kyverno's SigstoreBundle verification reads the trusted root only from the TUF repository Kyverno runs with (--tufMirror, --tufRoot), not from the policy's roots/pubkey fields: serve this trusted_root.json there",
    );
  }
}

function rekorSettings(requireTlog: boolean, materials: Materials): object {
  if (!requireTlog) return { ignoreTlog: true };
  const tlog = materials.trustedRoot ? current(materials.trustedRoot.tlogs) : undefined;
  return tlog ? { url: tlog.baseUrl, pubkey: tlog.pem } : { url: PUBLIC_GOOD_URLS.rekor };
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
    warnings.push(
      'trust.requireTimestamp is not enforced by Kyverno: its SigstoreBundle verification accepts a transparency-log time where imprint verify wants an RFC 3161 timestamp',
    );
  }
  return Object.keys(settings).length > 0 ? settings : undefined;
}
