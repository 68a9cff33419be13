/**
 * The one verification path every Sigstore input takes once it is a typed bundle (Sigstore
 * bundles, and cosign classic layers converted to one): @sigstore/verify for chain, SCT, log
 * inclusion, timestamps and signature; imprint's own checks around it for what the library
 * leaves out (log entry bound to the signer, anchored identity, statement subject, digest-only
 * input) and a result that names who signed and what the log proved.
 */
import type { Bundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { Verifier } from '@sigstore/verify';
import { IN_TOTO_PAYLOAD_TYPE } from '../../attest/predicate-types.js';
import { ImprintError } from '../../errors.js';
import { certificateSubject, decodeClaims, type FulcioClaims } from './claims.js';
import { verifyFailure } from './failure.js';
import { assertIdentity, type IdentityPolicy } from './identity.js';
import { assertCodeSigningLeaf } from './leaf-certificate.js';
import { artifactDigest, signedEntityFor, type ArtifactInput } from './signed-entity.js';
import { assertSubjectDigest, parseStatement, type InTotoStatement } from './statement.js';
import { assertTlogBinding, type SigningMaterial } from './tlog-binding.js';
import type { Trust } from './trust.js';

export interface VerifyOptions {
  artifact?: ArtifactInput;
  trust: Trust;
  /** Keyless only: the signer must be exactly this identity. Omit to return whoever signed. */
  identity?: IdentityPolicy;
  /** Default true: at least one transparency-log entry must verify. */
  requireTlog?: boolean;
  /** Default false: at least one RFC 3161 timestamp must verify. */
  requireTimestamp?: boolean;
}

export interface VerifiedSignature {
  kind: 'keyless' | 'key';
  /** OIDC issuer of a keyless signer. */
  issuer?: string;
  /** Certificate SAN of a keyless signer (workflow URI, e-mail, …). */
  subject?: string;
  /** Decoded Fulcio extensions by name (see claims.ts). */
  claims: FulcioClaims;
  /** sha256 of the public key (SPKI DER) for key-signed material. */
  keyId?: string;
  /** A transparency-log entry was verified (inclusion proof or SET). */
  tlog: boolean;
  /** An RFC 3161 timestamp was verified. */
  timestamp: boolean;
  /**
   * Rekor's integrated time, only from an entry whose signed entry timestamp (SET) verified:
   * the SET is the one thing that signs it (an inclusion proof covers the body, not the time).
   */
  integratedTime?: Date;
  /** The earliest verified time of signing: RFC 3161 times and SET-signed integrated times. */
  signedTime?: Date;
  /**
   * cosign classic `.sig` only: the image digest its verified simple-signing payload names
   * (`critical.image.docker-manifest-digest`). What makes a message signature an image signature.
   */
  simpleSigningDigest?: string;
  /** DSSE: the payload type and bytes. */
  payloadType?: string;
  payload?: Buffer;
  /** DSSE with an in-toto payload: the parsed statement. */
  statement?: InTotoStatement;
}

/** Verifies a parsed bundle; every failure is VERIFY_FAILED (or INPUT_* for unusable options). */
export function verifyParsedBundle(bundle: Bundle, options: VerifyOptions): VerifiedSignature {
  try {
    return verifyOrThrow(bundle, options);
  } catch (error) {
    // Parsers inside sigstore-js (certificates, RFC 3161 tokens) throw plain errors on bad input.
    throw verifyFailure(error);
  }
}

function verifyOrThrow(bundle: Bundle, options: VerifyOptions): VerifiedSignature {
  const signing = signingMaterialOf(bundle, options.trust);
  const entity = signedEntityFor(bundle, options.artifact);
  const requireTlog = options.requireTlog ?? true;
  const requireTimestamp = options.requireTimestamp ?? false;
  const verifier = new Verifier(options.trust.material, {
    tlogThreshold: requireTlog ? 1 : 0,
    ctlogThreshold: 1,
    // A certificate is only valid at some verified time; a bare key needs none.
    timestampThreshold: 'certificate' in signing || requireTimestamp ? 1 : 0,
  });
  verifier.verify(entity);
  if ('certificate' in signing)
    assertCodeSigningLeaf(X509Certificate.parse(Buffer.from(signing.certificate)));
  assertTlogBinding(bundle.verificationMaterial.tlogEntries, signing);
  const tsaTimes = entity.timestamps.flatMap((t) =>
    t.$case === 'timestamp-authority' ? [t.timestamp.signingTime] : [],
  );
  if (requireTimestamp && tsaTimes.length === 0) {
    throw new ImprintError(
      'VERIFY_FAILED',
      'timestamp: no RFC 3161 timestamp in the bundle, and the policy requires one',
      {
        hint: 'sign with a timestamp authority (tsa-url), or set requireTimestamp: false',
      },
    );
  }
  const result = describeSigner(signing, options);
  const integratedTime = promisedIntegratedTime(bundle);
  const signedTime = earliest([...tsaTimes, ...(integratedTime ? [integratedTime] : [])]);
  return {
    ...result,
    tlog: bundle.verificationMaterial.tlogEntries.length > 0,
    timestamp: tsaTimes.length > 0,
    ...(integratedTime && { integratedTime }),
    ...(signedTime && { signedTime }),
    ...dsseContent(bundle, options.artifact),
  };
}

function signingMaterialOf(bundle: Bundle, trust: Trust): SigningMaterial {
  const content = bundle.verificationMaterial.content;
  switch (content.$case) {
    case 'publicKey':
      if (trust.publicKey === undefined) {
        throw new ImprintError(
          'VERIFY_FAILED',
          'public key: the bundle is signed with a key, but no public key was given',
          {
            hint: 'pass the signer public key (--key cosign.pub), or use a keyless signature',
          },
        );
      }
      return { publicKey: trust.publicKey.key };
    case 'x509CertificateChain':
      assertNoRootInChain(content.x509CertificateChain.certificates.map((c) => c.rawBytes));
      return { certificate: leafOf(content.x509CertificateChain.certificates[0]?.rawBytes) };
    case 'certificate':
      return { certificate: leafOf(content.certificate.rawBytes) };
  }
}

function leafOf(rawBytes: Buffer | undefined): Buffer {
  if (rawBytes === undefined || rawBytes.length === 0) {
    throw new ImprintError('VERIFY_FAILED', 'malformed bundle: the certificate is empty');
  }
  return Buffer.from(rawBytes);
}

/**
 * Roots come from the trusted root, never from the bundle (sigstore-conformance
 * bundle-with-root-cert): a self-signed certificate in the bundle's chain is refused outright.
 */
function assertNoRootInChain(certificates: Buffer[]): void {
  certificates.forEach((raw, index) => {
    let cert: X509Certificate;
    try {
      cert = X509Certificate.parse(Buffer.from(raw));
    } catch {
      throw new ImprintError(
        'VERIFY_FAILED',
        `malformed bundle: certificate ${index} of the chain does not parse`,
      );
    }
    if (cert.issuer.equals(cert.subject) && cert.verify()) {
      throw new ImprintError(
        'VERIFY_FAILED',
        `certificate chain: the bundle carries a self-signed root certificate (position ${index}); roots must come from the trusted root`,
        { hint: 'the bundle was altered or written by a non-conforming signer' },
      );
    }
  });
}

type Signer = Pick<VerifiedSignature, 'kind' | 'issuer' | 'subject' | 'claims' | 'keyId'>;

function describeSigner(signing: SigningMaterial, options: VerifyOptions): Signer {
  if ('publicKey' in signing) {
    if (options.identity !== undefined) {
      throw new ImprintError(
        'VERIFY_FAILED',
        `expected a keyless signature by ${options.identity.subject ?? options.identity.subjectRegExp ?? '?'}, found a key-signed one`,
        { hint: 'key-signed material is matched by key, not by identity' },
      );
    }
    const keyId = options.trust.publicKey?.keyId;
    return { kind: 'key', claims: {}, ...(keyId && { keyId }) };
  }
  const certificate = X509Certificate.parse(Buffer.from(signing.certificate));
  const claims = decodeClaims(certificate);
  const subject = certificateSubject(certificate);
  const issuer = claims.issuer;
  if (options.identity !== undefined) assertIdentity(options.identity, { issuer, subject });
  return { kind: 'keyless', claims, ...(issuer && { issuer }), ...(subject && { subject }) };
}

/**
 * The earliest integrated time among entries that carry an inclusion promise. The Verifier
 * has checked every entry's SET against the log's key by now, so these times are signed by
 * the log; an entry with only an inclusion proof gives no time at all (anyone holding the
 * bundle may rewrite its `integratedTime`).
 */
function promisedIntegratedTime(bundle: Bundle): Date | undefined {
  const times = bundle.verificationMaterial.tlogEntries.flatMap((entry) =>
    entry.inclusionPromise !== undefined && entry.integratedTime && entry.integratedTime !== '0'
      ? [new Date(Number(entry.integratedTime) * 1000)]
      : [],
  );
  return earliest(times);
}

function earliest(times: Date[]): Date | undefined {
  const valid = times.filter((time) => !Number.isNaN(time.getTime()));
  return valid.length > 0 ? new Date(Math.min(...valid.map((t) => t.getTime()))) : undefined;
}

type DsseContent = Pick<VerifiedSignature, 'payloadType' | 'payload' | 'statement'>;

function dsseContent(bundle: Bundle, artifact: ArtifactInput | undefined): DsseContent {
  if (bundle.content.$case !== 'dsseEnvelope') return {};
  const { payloadType, payload } = bundle.content.dsseEnvelope;
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    if (artifact !== undefined) {
      throw new ImprintError(
        'VERIFY_FAILED',
        `the DSSE payload type is ${payloadType}, not ${IN_TOTO_PAYLOAD_TYPE}: nothing ties it to the expected artifact`,
      );
    }
    return { payloadType, payload: Buffer.from(payload) };
  }
  const statement = parseStatement(Buffer.from(payload));
  if (artifact !== undefined) assertSubjectDigest(statement, artifactDigest(artifact));
  return { payloadType, payload: Buffer.from(payload), statement };
}
