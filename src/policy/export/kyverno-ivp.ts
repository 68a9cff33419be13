/**
 * Kyverno ImageValidatingPolicy (`policies.kyverno.io/v1`): attestors and attestations
 * declared once, CEL validations that count verified signers (so `count` carries over
 * exactly) and read each attestation's predicate.
 */
import { PUBLIC_GOOD_URLS } from '../../sigstore/instances.js';
import { escapeRegExp, globToRegExpSource, parseImageGlob } from '../match.js';
import type { Signer } from '../schema.js';
import { celConditions, celString } from './cel.js';
import { keylessIdentity } from './identity.js';
import { toRe2 } from './re2.js';
import type { Materials } from './materials.js';
import { conditionsNotExported, type ExportModel } from './model.js';
import { current } from './trusted-root.js';

export function kyvernoImageValidatingPolicy(
  model: ExportModel,
  materials: Materials,
  name: string,
  warnings: string[],
): object {
  const { policy } = model;
  const attestors = policy.signers.map((signer, index) =>
    attestor(signer, index, model, materials, warnings),
  );
  const attestorList = `[${attestors.map((a) => `attestors.${a.name}`).join(', ')}]`;
  const images = coveredImages([
    ...policy.images.exclude,
    ...model.activeExceptions.map((e) => e.image),
  ]);
  const validations: { expression: string; message: string }[] = [
    {
      expression: `${images}.all(image, verifyImageSignatures(image, ${attestorList}) >= ${policy.count})`,
      message:
        policy.count > 1
          ? `the image is not signed by ${policy.count} of the policy's signers`
          : "the image is not signed by the policy's signer",
    },
  ];
  const attestations = model.attestations.map((attestation, index) => {
    const key = `attestation${index}`;
    validations.push({
      expression: `${images}.all(image, verifyAttestationSignatures(image, attestations.${key}, ${attestorList}) > 0)`,
      message: `the image has no ${attestation.type} attestation signed by the policy's signers`,
    });
    conditionsNotExported(attestation, 'the ImageValidatingPolicy (CEL)', warnings);
    for (const condition of celConditions(attestation, warnings)) {
      validations.push({
        expression: `${images}.all(image, [extractPayload(image, attestations.${key}).predicate].all(p, ${condition.expression}))`,
        message: condition.message,
      });
    }
    return { name: key, intoto: { type: attestation.type } };
  });
  const spec: Record<string, unknown> = {
    validationActions: policy.mode === 'enforce' ? ['Deny'] : ['Audit', 'Warn'],
    failurePolicy: 'Fail',
    matchConstraints: {
      resourceRules: [
        {
          apiGroups: [''],
          apiVersions: ['v1'],
          operations: ['CREATE', 'UPDATE'],
          resources: ['pods'],
        },
      ],
    },
    matchImageReferences: matchImageReferences(
      policy.images.allow.length > 0 ? policy.images.allow : ['**'],
    ),
    validationConfigurations: {
      mutateDigest: policy.images.requireDigest && policy.mode === 'enforce',
      verifyDigest: policy.images.requireDigest,
      required: true,
    },
    attestors: attestors.map((a) => a.value),
  };
  if (attestations.length > 0) spec.attestations = attestations;
  spec.validations = validations;
  return {
    apiVersion: 'policies.kyverno.io/v1',
    kind: 'ImageValidatingPolicy',
    metadata: { name },
    spec,
  };
}

/** Globs whose `*` must stop at `/` go in as anchored CEL regexes: gobwas globs cross it. */
function matchImageReferences(globs: readonly string[]): object[] {
  return globs.map((glob) => ({
    expression: `ref.matches(${celString(toRe2(imageRegExp(glob), `images.allow ${glob}`))})`,
  }));
}

/** Our image glob as an anchored regex over name[:tag][@digest]. */
/**
 * The image references a glob covers, as an anchored regular expression. For an exemption
 * (`exempt`), a glob naming a tag and no digest covers no digest-pinned reference, as in
 * imprint's own verify: the tag of `name:tag@sha256:…` decides nothing.
 */
export function imageRegExp(glob: string, exempt = false): string {
  const parsed = parseImageGlob(glob);
  // A tag holds no `@` or `/`: its wildcards stop before the digest.
  const tag =
    parsed.tag !== undefined
      ? `:${parsed.tag.split('*').map(escapeRegExp).join('[^@/]*')}`
      : '(:[^@/]+)?';
  const digest =
    parsed.digest !== undefined
      ? `@${globToRegExpSource(parsed.digest)}`
      : exempt && parsed.tag !== undefined
        ? ''
        : '(@[^/]+)?';
  return `^${globToRegExpSource(parsed.name)}${tag}${digest}$`;
}

function coveredImages(skipped: readonly string[]): string {
  const all =
    '(images.containers + images.?initContainers.orValue([]) + images.?ephemeralContainers.orValue([]))';
  if (skipped.length === 0) return all;
  const tests = skipped
    .map(
      (glob) =>
        `image.matches(${celString(toRe2(imageRegExp(glob, true), `images.exclude ${glob}`))})`,
    )
    .join(' || ');
  return `${all}.filter(image, !(${tests}))`;
}

function attestor(
  signer: Signer,
  index: number,
  model: ExportModel,
  materials: Materials,
  warnings: string[],
) {
  const { trust } = model.policy;
  const cosign: Record<string, unknown> = {};
  if (signer.key !== undefined) {
    cosign.key = { data: materials.keys.get(signer.key), hashAlgorithm: 'sha256' };
  } else {
    // cosign.Identity (pkg/image/verifiers/ivpol/cosign/opts.go): subject exact, regex unanchored.
    const { subject, issuer } = keylessIdentity(signer, index);
    cosign.keyless = {
      identities: [
        {
          [issuer.regexp ? 'issuerRegExp' : 'issuer']: issuer.value,
          [subject.regexp ? 'subjectRegExp' : 'subject']: subject.value,
        },
      ],
    };
    for (const claim of Object.keys(signer.claims ?? {})) {
      warnings.push(
        `signers[${index}].claims.${claim} is not checked by the ImageValidatingPolicy: its identities carry issuer and subject only`,
      );
    }
  }
  const tlog = materials.trustedRoot ? current(materials.trustedRoot.tlogs) : undefined;
  cosign.ctlog = trust.requireTlog
    ? tlog
      ? { url: tlog.baseUrl, rekorPubKey: tlog.pem }
      : { url: PUBLIC_GOOD_URLS.rekor }
    : { insecureIgnoreTlog: true };
  if (materials.trustedRoot) cosign.trustedRoot = { value: materials.trustedRoot.json };
  if (trust.requireTimestamp) {
    warnings.push(
      'trust.requireTimestamp: the ImageValidatingPolicy accepts a timestamp but cannot require one',
    );
  }
  return { name: `signer${index}`, value: { name: `signer${index}`, cosign } };
}
