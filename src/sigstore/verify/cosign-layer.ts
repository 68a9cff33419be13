/**
 * One cosign classic layer (FORMATS.md §2) restated as a Sigstore bundle, so that it takes the
 * same verification path as every other signature: the signature annotation, the certificate
 * annotation (keyless) or the user's key, the Rekor bundle annotation as a log entry with its
 * signed entry timestamp, and the RFC 3161 timestamp annotation.
 */
import {
  BUNDLE_V01_MEDIA_TYPE,
  envelopeFromJSON,
  type Bundle,
  type TransparencyLogEntry,
} from '@sigstore/bundle';
import { crypto as sigstoreCrypto, pem, X509Certificate } from '@sigstore/core';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import {
  ANNOTATION_CERTIFICATE,
  ANNOTATION_REKOR_BUNDLE,
  ANNOTATION_SIGNATURE,
  ANNOTATION_TIMESTAMP,
} from '../../attest/storage/annotations.js';
import { ImprintError, messageOf } from '../../errors.js';

type Annotations = Record<string, string>;

/** A simple-signing payload and its layer's annotations → a message-signature bundle. */
export function messageLayerToBundle(payload: Buffer, annotations: Annotations): Bundle {
  const signature = annotations[ANNOTATION_SIGNATURE];
  if (!signature) {
    throw new ImprintError(
      'VERIFY_FAILED',
      `signature: the layer has no ${ANNOTATION_SIGNATURE} annotation`,
    );
  }
  return {
    mediaType: BUNDLE_V01_MEDIA_TYPE,
    verificationMaterial: verificationMaterial(annotations),
    content: {
      $case: 'messageSignature',
      messageSignature: {
        messageDigest: {
          algorithm: HashAlgorithm.SHA2_256,
          digest: sigstoreCrypto.digest('sha256', payload),
        },
        signature: Buffer.from(signature, 'base64'),
      },
    },
  };
}

/** A DSSE envelope blob (cosign .att layer) and its annotations → a DSSE bundle. */
export function dsseLayerToBundle(envelopeBlob: Buffer, annotations: Annotations): Bundle {
  let envelope: ReturnType<typeof envelopeFromJSON>;
  try {
    envelope = envelopeFromJSON(JSON.parse(envelopeBlob.toString('utf8')));
  } catch (error) {
    throw new ImprintError(
      'VERIFY_FAILED',
      `the attestation layer is not a DSSE envelope: ${messageOf(error)}`,
      {
        cause: error,
      },
    );
  }
  if (envelope.signatures.length !== 1) {
    throw new ImprintError(
      'VERIFY_FAILED',
      `signature: the DSSE envelope has ${envelope.signatures.length} signatures, expected 1`,
    );
  }
  return {
    mediaType: BUNDLE_V01_MEDIA_TYPE,
    verificationMaterial: verificationMaterial(annotations),
    content: { $case: 'dsseEnvelope', dsseEnvelope: envelope },
  };
}

function verificationMaterial(annotations: Annotations): Bundle['verificationMaterial'] {
  const certificate = annotations[ANNOTATION_CERTIFICATE];
  const timestamp = annotations[ANNOTATION_TIMESTAMP];
  return {
    // The chain annotation is not used: intermediates and roots come from the trusted root.
    content: certificate
      ? { $case: 'certificate', certificate: { rawBytes: certificateDer(certificate) } }
      : { $case: 'publicKey', publicKey: { hint: '' } },
    tlogEntries: annotations[ANNOTATION_REKOR_BUNDLE]
      ? [rekorBundleToEntry(annotations[ANNOTATION_REKOR_BUNDLE])]
      : [],
    timestampVerificationData: timestamp ? { rfc3161Timestamps: [rfc3161(timestamp)] } : undefined,
  };
}

function certificateDer(text: string): Buffer {
  try {
    if (!text.includes('-----BEGIN CERTIFICATE-----')) throw new Error('no PEM certificate block');
    const der = pem.toDER(text);
    X509Certificate.parse(der);
    return der;
  } catch (error) {
    throw new ImprintError(
      'VERIFY_FAILED',
      `certificate chain: the ${ANNOTATION_CERTIFICATE} annotation is not a PEM certificate`,
      {
        cause: error,
      },
    );
  }
}

interface RekorBundle {
  SignedEntryTimestamp?: unknown;
  Payload?: { body?: unknown; integratedTime?: unknown; logIndex?: unknown; logID?: unknown };
}

/** cosign's `{SignedEntryTimestamp, Payload:{body, integratedTime, logIndex, logID}}` → a log entry. */
export function rekorBundleToEntry(text: string): TransparencyLogEntry {
  const fail = (why: string) =>
    new ImprintError(
      'VERIFY_FAILED',
      `transparency log: the ${ANNOTATION_REKOR_BUNDLE} annotation is malformed: ${why}`,
    );
  let parsed: RekorBundle;
  try {
    parsed = JSON.parse(text) as RekorBundle;
  } catch (error) {
    throw fail(messageOf(error));
  }
  const { SignedEntryTimestamp: set, Payload: payload } = parsed;
  if (typeof set !== 'string' || payload === undefined)
    throw fail('SignedEntryTimestamp or Payload is missing');
  const { body, integratedTime, logIndex, logID } = payload;
  if (
    typeof body !== 'string' ||
    typeof logID !== 'string' ||
    !Number.isSafeInteger(integratedTime) ||
    !Number.isSafeInteger(logIndex)
  ) {
    throw fail('Payload needs body, integratedTime, logIndex and logID');
  }
  const canonicalizedBody = Buffer.from(body, 'base64');
  const kindVersion = entryKind(canonicalizedBody);
  if (kindVersion === undefined) throw fail('the Rekor entry body has no kind and apiVersion');
  return {
    logIndex: String(logIndex),
    logId: { keyId: Buffer.from(logID, 'hex') },
    kindVersion,
    integratedTime: String(integratedTime),
    inclusionPromise: { signedEntryTimestamp: Buffer.from(set, 'base64') },
    inclusionProof: undefined,
    canonicalizedBody,
  };
}

function entryKind(body: Buffer): { kind: string; version: string } | undefined {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { kind?: unknown; apiVersion?: unknown };
    return typeof parsed.kind === 'string' && typeof parsed.apiVersion === 'string'
      ? { kind: parsed.kind, version: parsed.apiVersion }
      : undefined;
  } catch {
    return undefined;
  }
}

function rfc3161(text: string): { signedTimestamp: Buffer } {
  try {
    const parsed = JSON.parse(text) as { SignedRFC3161Timestamp?: unknown };
    if (typeof parsed.SignedRFC3161Timestamp === 'string') {
      return { signedTimestamp: Buffer.from(parsed.SignedRFC3161Timestamp, 'base64') };
    }
  } catch {
    // reported below
  }
  throw new ImprintError(
    'VERIFY_FAILED',
    `timestamp: the ${ANNOTATION_TIMESTAMP} annotation is malformed`,
  );
}
