/**
 * Read-back: every signature and attestation of the publish is fetched from the registry the
 * way a verifier finds it (the subject's referrers, or its cosign tag) and verified: trusted
 * root (or the key), our own identity exactly, the transparency log when one was used, and the
 * statement's subject digest. A publication that does not verify failed: VERIFY_FAILED.
 */
import type { SerializedBundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import type { AttestationStore } from '../attest/storage/store.js';
import type { Logger } from '../ci/log.js';
import { ImprintError, isImprintError, messageOf, type ErrorCode } from '../errors.js';
import {
  certificateSubject,
  createTrust,
  decodeClaims,
  type GitHubRootSource,
  loadGitHubRoot,
  parsePublicKey,
  type IdentityPolicy,
  loadTrust,
  type ManifestLayer,
  type Trust,
  type VerifiedSignature,
  verifyBundle,
  verifyCosignAttestations,
  verifyCosignSignatures,
} from '../sigstore/verify/index.js';
import type { SignOptions } from './sign-options.js';
import type { SigningSession } from './sign-step.js';
import { describePlacement, type StoredPlacement } from './store-step.js';
import { cosignKindOf, isSameLayer } from './stored-lookup.js';

/**
 * What a stored entry that does not check out looks like, besides a failed verification. A
 * blob over the size limit is one: publish refuses to store one, so the registry serves another.
 */
const TAMPERED: readonly ErrorCode[] = [
  'VERIFY_FAILED',
  'DIGEST_MISMATCH',
  'MANIFEST_INVALID',
  'REGISTRY_NOT_FOUND',
  'BLOB_TOO_LARGE',
];

/** The trust the read-back verifies with; `warning` when GitHub's root fell back to the embedded one. */
export interface ReadBackTrust {
  trust: Trust;
  warning?: string;
}

/** Where GitHub's trusted root is looked for (sigstore: github without trusted-root). */
export interface GitHubRootAccess {
  /** The TUF cache folder (the job's temporary space). */
  cachePath: string;
  /** Tests: a stand-in TUF repository, or the embedded root only. */
  source?: GitHubRootSource;
  offline?: boolean;
}

/**
 * Trust to verify with: the given trusted root; GitHub's (refreshed over TUF, else embedded)
 * for GitHub's instance; the embedded public-good one otherwise; plus the key.
 */
export async function loadReadBackTrust(
  options: Pick<SignOptions, 'sigstore' | 'trustedRoot'>,
  github: GitHubRootAccess,
  publicKeyPem?: string,
): Promise<ReadBackTrust> {
  if (options.sigstore === 'github' && options.trustedRoot === undefined) {
    const loaded = await loadGitHubRoot({
      offline: github.offline ?? false,
      cachePath: github.cachePath,
      ...(github.source && { source: github.source }),
    });
    const publicKey =
      publicKeyPem === undefined ? undefined : parsePublicKey(publicKeyPem, 'the signing key');
    const trust = createTrust(loaded.root, loaded.source, publicKey);
    return { trust, ...(loaded.warning !== undefined && { warning: loaded.warning }) };
  }
  return {
    trust: await loadTrust({
      ...(options.trustedRoot !== undefined && { trustedRootPath: options.trustedRoot }),
      ...(publicKeyPem !== undefined && { publicKeyPem }),
      offline: true,
    }),
  };
}

export interface ReadBackRequest {
  /** A fresh store: what the registry holds now, not what was seen before storing. */
  store: AttestationStore;
  placements: readonly StoredPlacement[];
  trust: Trust;
  /** Keyless: the exact identity; undefined for key-signed material. */
  identity?: IdentityPolicy;
  signer: string;
  requireTlog: boolean;
  requireTimestamp: boolean;
}

export interface ReadBackResult {
  verified: number;
  /** Keyless: who the certificates name (the same signer for all, by the identity check). */
  signer?: { issuer: string; subject: string };
}

/** Verifies every placement, or throws VERIFY_FAILED naming the first that does not verify. */
export async function readBack(request: ReadBackRequest, log: Logger): Promise<ReadBackResult> {
  let signer: ReadBackResult['signer'];
  for (const placement of request.placements) {
    try {
      const verified = await verifyPlacement(request, placement);
      const predicateType = verified.statement?.predicateType;
      if (placement.job.payload.type === 'dsse' && predicateType !== placement.job.predicateType) {
        throw new ImprintError(
          'VERIFY_FAILED',
          `the statement is a ${String(predicateType)}, not a ${placement.job.predicateType}`,
        );
      }
      if (verified.issuer && verified.subject)
        signer ??= { issuer: verified.issuer, subject: verified.subject };
      log.info(
        `verified ${describePlacement(placement)}${verified.subject ? `, signed by ${verified.subject}` : ''}`,
      );
    } catch (error) {
      if (!isImprintError(error) || !TAMPERED.includes(error.code)) throw error;
      log.error(`read-back: ${describePlacement(placement)} does not verify`);
      throw new ImprintError(
        'VERIFY_FAILED',
        `Read-back failed: ${describePlacement(placement)}, as the registry serves it (${where(request.store, placement)}), does not verify: ${messageOf(error)}`,
        {
          cause: error,
          hint: 'the registry holds something other than what was signed (altered, replaced, or another image’s); delete it and publish again',
        },
      );
    }
  }
  return { verified: request.placements.length, ...(signer && { signer }) };
}

async function verifyPlacement(
  request: ReadBackRequest,
  placement: StoredPlacement,
): Promise<VerifiedSignature> {
  const { store } = request;
  const options = {
    trust: request.trust,
    ...(request.identity && { identity: request.identity }),
    requireTlog: request.requireTlog,
    requireTimestamp: request.requireTimestamp,
  };
  if (placement.job.storage === 'referrer') {
    // Read as verify reads it: one reader, one size limit.
    const bytes = await store.referrers.find(
      placement.subject.digest,
      placement.location.manifestDigest,
    );
    return verifyBundle(bytes, { ...options, artifact: { digest: placement.subject.digest } });
  }
  const contents = await store.cosign.list(placement.subject.digest, cosignKindOf(placement));
  const ours = contents?.layers.find(
    (layer) =>
      layer.digest === placement.location.layerDigest &&
      isSameLayer(layer, placement.job, request.signer),
  );
  if (!ours) {
    throw new ImprintError(
      'VERIFY_FAILED',
      `the tag ${placement.location.tag} no longer holds the layer ${placement.location.layerDigest}`,
    );
  }
  const verify =
    placement.job.storage === 'cosign-sig' ? verifyCosignSignatures : verifyCosignAttestations;
  const fetchBlob = (digest: string) => store.cosign.find(digest, placement.location.tag!);
  // isSameLayer checked its media type and digest: a whole layer.
  const result = await verify({ layers: [ours as ManifestLayer] }, fetchBlob, {
    ...options,
    expectedDigest: placement.subject.digest,
  });
  if (result.failures[0]) throw result.failures[0].error;
  return result.verified[0]!;
}

/**
 * Keyless: exactly the identity in our own certificate. When this run signed nothing (all was
 * there already), the token's issuer, checked against the certificates' issuer extension.
 */
export function expectedIdentity(
  session: SigningSession,
  bundles: readonly SerializedBundle[],
): IdentityPolicy | undefined {
  if (session.mode === 'key') return undefined;
  const raw = bundles.find((bundle) => bundle.verificationMaterial.certificate)
    ?.verificationMaterial.certificate?.rawBytes;
  if (raw !== undefined) {
    const certificate = X509Certificate.parse(Buffer.from(raw, 'base64'));
    const subject = certificateSubject(certificate);
    const issuer = decodeClaims(certificate).issuer ?? session.claims?.iss;
    if (subject !== undefined && issuer !== undefined) return { issuer, subject };
  }
  return { issuer: session.claims!.iss, subjectRegExp: '.+' };
}

function where(store: AttestationStore, placement: StoredPlacement): string {
  const { tag, manifestDigest } = placement.location;
  return tag ? `${store.repository}:${tag}` : `${store.repository}@${manifestDigest}`;
}
