/**
 * What the signature is checked against: the artifact bytes, or only their sha256 digest. Adapts
 * @sigstore/verify's signed entity where it falls short (digest-only input, Ed25519 keys).
 */
import { createHash } from 'node:crypto';
import type { Bundle } from '@sigstore/bundle';
import { crypto as sigstoreCrypto } from '@sigstore/core';
import { HashAlgorithm, type MessageSignature } from '@sigstore/protobuf-specs';
import { toSignedEntity, type SignedEntity } from '@sigstore/verify';
import { ImprintError } from '../../errors.js';
import { verifyPrehashed } from './prehashed.js';

/** The signed artifact, or only its sha256 digest (hex, with or without `sha256:`). */
export type ArtifactInput = Buffer | { digest: string };

type SignatureContent = SignedEntity['signature'];

const SHA256_HEX = /^(sha256:)?([0-9a-f]{64})$/i;

/** The sha256 (hex, lower case) an artifact input stands for. */
export function artifactDigest(artifact: ArtifactInput): string {
  if (Buffer.isBuffer(artifact)) return createHash('sha256').update(artifact).digest('hex');
  const match = SHA256_HEX.exec(artifact.digest.trim());
  if (!match?.[2]) {
    throw new ImprintError(
      'INPUT_INVALID',
      `artifact digest ${JSON.stringify(artifact.digest)} is not a sha256 digest`,
      {
        hint: 'give sha256:<64 hex characters>',
      },
    );
  }
  return match[2].toLowerCase();
}

/** The entity @sigstore/verify checks; message signatures need the artifact or its digest. */
export function signedEntityFor(bundle: Bundle, artifact: ArtifactInput | undefined): SignedEntity {
  const content = bundle.content;
  if (content.$case === 'dsseEnvelope') return toSignedEntity(bundle);
  if (artifact === undefined) {
    throw new ImprintError(
      'INPUT_INVALID',
      'a message-signature bundle needs the artifact (or its sha256 digest) to verify',
      {
        hint: 'pass the signed file or sha256:<digest>',
      },
    );
  }
  const digest = Buffer.from(artifactDigest(artifact), 'hex');
  assertMessageDigest(content.messageSignature, digest);
  if (Buffer.isBuffer(artifact)) {
    const entity = toSignedEntity(bundle, artifact);
    return { ...entity, signature: withEd25519(entity.signature, artifact) };
  }
  return {
    ...toSignedEntity(bundle),
    signature: digestOnlyContent(content.messageSignature, digest),
  };
}

/** The bundle's digest is only a hint, but a mismatch means the wrong artifact: say so plainly. */
function assertMessageDigest(message: MessageSignature, digest: Buffer): void {
  const recorded = message.messageDigest;
  if (recorded === undefined || recorded.algorithm !== HashAlgorithm.SHA2_256) return;
  if (!Buffer.from(recorded.digest).equals(digest)) {
    throw new ImprintError(
      'VERIFY_FAILED',
      `signature: the bundle signs sha256:${Buffer.from(recorded.digest).toString('hex')}, the artifact is sha256:${digest.toString('hex')}`,
      {
        hint: 'verify the artifact that was signed, or fetch the bundle that belongs to this artifact',
      },
    );
  }
}

/**
 * @sigstore/verify checks a message signature with the bundle's digest algorithm, which
 * Ed25519 keys (accepted by cosign) refuse: those are checked over the artifact as they are.
 */
function withEd25519(content: SignatureContent, artifact: Buffer): SignatureContent {
  return {
    signature: content.signature,
    compareSignature: (other) => content.compareSignature(other),
    compareDigest: (other) => content.compareDigest(other),
    compareSignedDigest: (other) => content.compareSignedDigest(other),
    verifySignature: (key) =>
      key.asymmetricKeyType === 'ed25519'
        ? sigstoreCrypto.verify(artifact, key, content.signature)
        : content.verifySignature(key),
  };
}

function digestOnlyContent(message: MessageSignature, digest: Buffer): SignatureContent {
  const signature = Buffer.from(message.signature);
  return {
    signature,
    compareSignature: (other) => sigstoreCrypto.bufferEqual(other, signature),
    compareDigest: (other) => sigstoreCrypto.bufferEqual(other, digest),
    compareSignedDigest: (other) => sigstoreCrypto.bufferEqual(other, digest),
    verifySignature: (key) => verifyPrehashed(key, digest, signature),
  };
}
