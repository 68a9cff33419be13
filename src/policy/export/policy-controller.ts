/**
 * sigstore policy-controller: one ClusterImagePolicy per `images.allow` glob, one
 * authority per signer (any of them may satisfy it), each carrying the attestations with
 * their Rego; plus a TrustRoot when the policy names a trusted root.
 */
import { PREDICATE_COSIGN_SIGN } from '../../attest/predicate-types.js';
import { PUBLIC_GOOD_URLS } from '../../sigstore/instances.js';
import type { Signer } from '../schema.js';
import { keylessIdentity, policyControllerImageGlob } from './identity.js';
import type { Materials } from './materials.js';
import { conditionsNotExported, type ExportModel } from './model.js';
import { regoPolicy } from './rego.js';
import type { TrustedRootMaterial } from './trusted-root.js';

const API_VERSION = 'policy.sigstore.dev/v1beta1';

export function policyControllerResources(
  model: ExportModel,
  materials: Materials,
  name: string,
  warnings: string[],
): object[] {
  const { policy } = model;
  const trustRootName = materials.trustedRoot ? `${name}-trust-root` : undefined;
  const globs = globsFor(policy.images.allow.length > 0 ? policy.images.allow : ['**'], warnings);
  if (policy.images.exclude.length > 0 || model.activeExceptions.length > 0) {
    warnings.push(
      'policy-controller cannot skip images: images.exclude and exceptions are not exported, so those images are checked too',
    );
  }
  // Authorities in one policy are any-of; policies are all-of. count == number of signers
  // (every signer required) is therefore one policy per signer.
  const everySigner = policy.count > 1 && policy.count === policy.signers.length;
  if (policy.count > 1 && !everySigner) {
    warnings.push(
      `count: ${policy.count} of ${policy.signers.length} signers cannot be said in policy-controller: any one signer satisfies the exported policy`,
    );
  }
  const groups = everySigner
    ? policy.signers.map((signer, index) => [{ signer, index }])
    : [policy.signers.map((signer, index) => ({ signer, index }))];
  const attestations = model.attestations.map((attestation, index) => {
    const entry: Record<string, unknown> = {
      name: `attestation-${index}`,
      predicateType: attestation.type,
    };
    conditionsNotExported(attestation, 'policy-controller (Rego)', warnings);
    const rego = regoPolicy(attestation, warnings);
    if (rego) entry.policy = { type: 'rego', data: rego };
    return entry;
  });
  const resources: object[] = [];
  globs.forEach((glob, globIndex) => {
    groups.forEach((group, groupIndex) => {
      const suffix = `${globs.length > 1 ? `-${globIndex}` : ''}${groups.length > 1 ? `-signer-${groupIndex}` : ''}`;
      resources.push({
        apiVersion: API_VERSION,
        kind: 'ClusterImagePolicy',
        metadata: { name: `${name}${suffix}` },
        spec: {
          mode: policy.mode === 'warn' ? 'warn' : 'enforce',
          images: [{ glob }],
          authorities: group.map(({ signer, index }) =>
            authority(signer, index, model, materials, trustRootName, attestations, warnings),
          ),
        },
      });
    });
  });
  if (materials.trustedRoot && trustRootName) {
    resources.push(trustRoot(trustRootName, materials.trustedRoot));
    if (policy.signers.some((signer) => signer.key === undefined))
      warnings.push(
        'trust.trustedRoot: policy-controller v0.13.1 keeps the log IDs of a TrustRoot hex-encoded, so no transparency-log entry of a private Sigstore verifies in the bundle format and keyless images are denied (fails closed); check your release',
      );
  }
  for (const [index, signer] of policy.signers.entries()) {
    for (const claim of Object.keys(signer.claims ?? {})) {
      warnings.push(
        `signers[${index}].claims.${claim} is not checked by policy-controller: its identities carry issuer and subject only`,
      );
    }
  }
  return resources;
}

function globsFor(globs: readonly string[], warnings: string[]): string[] {
  const result: string[] = [];
  for (const glob of globs) {
    const converted = policyControllerImageGlob(glob);
    if (converted.note) warnings.push(converted.note);
    if (converted.glob && !result.includes(converted.glob)) result.push(converted.glob);
  }
  return result;
}

function authority(
  signer: Signer,
  index: number,
  model: ExportModel,
  materials: Materials,
  trustRootName: string | undefined,
  attestations: object[],
  warnings: string[],
): object {
  const { trust } = model.policy;
  const result: Record<string, unknown> = { name: `signer-${index}` };
  if (signer.key !== undefined) {
    result.key = { data: materials.keys.get(signer.key), hashAlgorithm: 'sha256' };
  } else {
    const { subject, issuer } = keylessIdentity(signer, index);
    const keyless: Record<string, unknown> = { url: PUBLIC_GOOD_URLS.fulcio };
    if (trustRootName) keyless.trustRootRef = trustRootName;
    keyless.identities = [
      {
        [issuer.regexp ? 'issuerRegExp' : 'issuer']: issuer.value,
        [subject.regexp ? 'subjectRegExp' : 'subject']: subject.value,
      },
    ];
    result.keyless = keyless;
  }
  // ctlog makes the controller require a Rekor entry (for keys too); without it none is checked.
  if (trust.requireTlog)
    result.ctlog = trustRootName
      ? { url: PUBLIC_GOOD_URLS.rekor, trustRootRef: trustRootName }
      : { url: PUBLIC_GOOD_URLS.rekor };
  if (trust.requireTimestamp)
    result.rfc3161timestamp = trustRootName ? { trustRootRef: trustRootName } : {};
  if (signer.key !== undefined) {
    // policy-controller refuses the bundle format for key authorities ("the authority must
    // be keyless"): it reads the cosign classic .sig/.att tags there.
    warnings.push(
      `signers[${index}] (key ${signer.key}): policy-controller verifies key signers only in cosign's classic format (.sig/.att tags), so publish those images with attestation-format: both; with attestation rules it checks the attestations, not the image signature`,
    );
    if (attestations.length > 0) result.attestations = attestations;
    return result;
  }
  result.signatureFormat = 'bundle';
  // It does not verify bundle-format image signatures ("not yet implemented"), and with
  // attestations listed it checks only those: the signature, a DSSE statement of the cosign
  // sign predicate in the bundle format, is required as an attestation.
  result.attestations = [
    { name: 'signature', predicateType: PREDICATE_COSIGN_SIGN },
    ...attestations,
  ];
  return result;
}

function trustRoot(name: string, root: TrustedRootMaterial): object {
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  const authority = (entry: TrustedRootMaterial['certificateAuthorities'][number]) => ({
    subject: { organization: entry.organization, commonName: entry.commonName },
    uri: entry.uri,
    certChain: base64(entry.chainPem),
  });
  const log = (entry: TrustedRootMaterial['tlogs'][number]) => ({
    baseURL: entry.baseUrl,
    hashAlgorithm: entry.hashAlgorithm,
    publicKey: base64(entry.pem),
  });
  return {
    apiVersion: 'policy.sigstore.dev/v1alpha1',
    kind: 'TrustRoot',
    metadata: { name },
    spec: {
      sigstoreKeys: {
        certificateAuthorities: root.certificateAuthorities.map(authority),
        tLogs: root.tlogs.map(log),
        ctLogs: root.ctlogs.map(log),
        timestampAuthorities: root.timestampAuthorities.map(authority),
      },
    },
  };
}
