/**
 * Verifying one Sigstore bundle for an image digest against the trust set: a keyless bundle
 * against the trusted root, a key-signed one against each policy key until one verifies.
 * Who signed is returned, not judged: the policy decides whether that signer counts.
 * Pure (no I/O).
 */
import type { Bundle } from '@sigstore/bundle';
import { ImprintError, messageOf } from '../errors.js';
import { CLAIM_NAMES, type Claims } from '../policy/claims.js';
import type { SignerIdentity } from '../policy/evidence.js';
import {
  parseBundle,
  type VerifiedSignature,
  verifyParsedBundle,
} from '../sigstore/verify/index.js';
import type { TrustSet } from './trust.js';

export interface SignedBy {
  verified: VerifiedSignature;
  signer: SignerIdentity;
}

/**
 * Proofs (log entry, timestamp) are verified when present but not required here: the
 * policy's `trust` rules judge them, with a message that names the rule.
 */
const PROOFS_JUDGED_BY_POLICY = { requireTlog: false, requireTimestamp: false };

export function verifyBundleBytes(
  bytes: Buffer,
  subjectDigest: string,
  trusts: TrustSet,
): SignedBy {
  const bundle = parseBundle(bytes);
  // A message signature in a referrer signs the image manifest itself: its digest is the artifact.
  const artifact =
    bundle.content.$case === 'messageSignature' ? { digest: subjectDigest } : undefined;
  return verifyWith(bundle, trusts, (trust) =>
    verifyParsedBundle(bundle, {
      trust,
      ...PROOFS_JUDGED_BY_POLICY,
      ...(artifact && { artifact }),
    }),
  );
}

/** Runs `verify` with the trust that fits how the bundle was signed. */
export function verifyWith(
  bundle: Bundle,
  trusts: TrustSet,
  verify: (trust: TrustSet['root']) => VerifiedSignature,
): SignedBy {
  if (bundle.verificationMaterial.content.$case !== 'publicKey') {
    const verified = verify(trusts.root);
    return { verified, signer: keylessSigner(verified) };
  }
  return verifyWithKeys(trusts, verify);
}

function verifyWithKeys(
  trusts: TrustSet,
  verify: (trust: TrustSet['root']) => VerifiedSignature,
): SignedBy {
  if (trusts.keys.length === 0) {
    throw new ImprintError(
      'VERIFY_FAILED',
      'signed with a public key, but the policy names no key signer to check it with',
      { hint: 'add a `key:` signer (e.g. key: ./cosign.pub) to the policy, or sign keylessly' },
    );
  }
  const failures: string[] = [];
  for (const { keyRef, trust } of trusts.keys) {
    try {
      const verified = verify(trust);
      const keyId = trust.publicKey?.keyId;
      return { verified, signer: { kind: 'key', keyRef, ...(keyId && { keyId }) } };
    } catch (error) {
      failures.push(`${keyRef}: ${messageOf(error).split('\n')[0]}`);
    }
  }
  throw new ImprintError(
    'VERIFY_FAILED',
    `signed with a key that none of the policy's keys verifies (${failures.join('; ')})`,
    {
      hint: 'sign with the private half of a key the policy names, or add the signing key to `signers`',
    },
  );
}

export function keylessSigner(verified: VerifiedSignature): SignerIdentity {
  const claims: Claims = {};
  for (const name of CLAIM_NAMES) {
    const value = verified.claims[name];
    if (value !== undefined) claims[name] = value;
  }
  // A missing issuer or SAN stays missing: a placeholder text would match `*` and `.*`.
  return {
    kind: 'keyless',
    ...(verified.issuer !== undefined && { issuer: verified.issuer }),
    ...(verified.subject !== undefined && { subject: verified.subject }),
    claims,
  };
}
