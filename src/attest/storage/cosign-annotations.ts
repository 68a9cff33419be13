/**
 * The layer annotations cosign classic (pre-v3) puts beside a signature, made from a Sigstore
 * bundle: the Fulcio certificate and chain as PEM, the Rekor entry as cosign's "bundle" (the
 * signed entry timestamp and the entry it signs), and the RFC 3161 timestamp. Pure.
 */
import { ImprintError } from '../../errors.js';
import {
  ANNOTATION_CERTIFICATE,
  ANNOTATION_CHAIN,
  ANNOTATION_REKOR_BUNDLE,
  ANNOTATION_TIMESTAMP,
} from './annotations.js';

/** The parts of a serialized Sigstore bundle cosign classic needs (`SerializedBundle` fits). */
export interface ClassicBundleJSON {
  verificationMaterial: {
    certificate?: { rawBytes: string } | undefined;
    x509CertificateChain?: { certificates: { rawBytes: string }[] } | undefined;
    publicKey?: { hint?: string | undefined } | undefined;
    tlogEntries?: {
      logIndex: string;
      logId?: { keyId: string } | undefined;
      integratedTime: string;
      inclusionPromise?: { signedEntryTimestamp: string } | undefined;
      canonicalizedBody: string;
    }[];
    timestampVerificationData?:
      { rfc3161Timestamps?: { signedTimestamp: string }[] | undefined } | undefined;
  };
  messageSignature?:
    | {
        messageDigest?: { algorithm: string; digest: string } | undefined;
        signature: string;
      }
    | undefined;
  dsseEnvelope?:
    | {
        payload: string;
        payloadType: string;
        signatures: { sig: string; keyid?: string | undefined }[];
      }
    | undefined;
}

/**
 * Certificate, chain, Rekor bundle and timestamp annotations. `chain` is the issuing
 * certificates as PEM (intermediates, then root) — a v0.3 bundle carries the leaf only, the
 * rest comes from the trusted root; a v0.2 bundle's own chain is used when none is given.
 */
export function materialAnnotations(
  bundle: ClassicBundleJSON,
  chain?: string[],
): Record<string, string> {
  const material = bundle.verificationMaterial;
  const annotations: Record<string, string> = certificateAnnotations(material, chain);
  const rekorBundle = rekorBundleAnnotation(material.tlogEntries?.[0]);
  if (rekorBundle) annotations[ANNOTATION_REKOR_BUNDLE] = rekorBundle;
  const timestamp = material.timestampVerificationData?.rfc3161Timestamps?.[0];
  if (timestamp) {
    annotations[ANNOTATION_TIMESTAMP] = JSON.stringify({
      SignedRFC3161Timestamp: timestamp.signedTimestamp,
    });
  }
  if (!annotations[ANNOTATION_CERTIFICATE] && !material.publicKey) {
    throw new ImprintError(
      'INPUT_INVALID',
      'The bundle has neither a certificate nor a public key hint: nothing identifies the signer.',
    );
  }
  return annotations;
}

type VerificationMaterial = ClassicBundleJSON['verificationMaterial'];

/** The leaf certificate and, when there is one, the issuing chain. */
function certificateAnnotations(
  material: VerificationMaterial,
  chain: string[] | undefined,
): Record<string, string> {
  const certificates = material.certificate
    ? [material.certificate]
    : (material.x509CertificateChain?.certificates ?? []);
  if (!certificates[0]) return {};
  const annotations: Record<string, string> = {
    [ANNOTATION_CERTIFICATE]: certificatePem(certificates[0].rawBytes),
  };
  const issuers = chain ?? certificates.slice(1).map((c) => certificatePem(c.rawBytes));
  if (issuers.length > 0)
    annotations[ANNOTATION_CHAIN] = issuers.map(withNewline).join('').trimEnd();
  return annotations;
}

/** cosign's "bundle": only an entry with an inclusion promise has one. */
function rekorBundleAnnotation(
  entry: NonNullable<VerificationMaterial['tlogEntries']>[number] | undefined,
): string | undefined {
  if (!entry?.inclusionPromise || !entry.logId) return undefined;
  // Field order of cosign's RekorBundle / RekorPayload structs.
  return JSON.stringify({
    SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp,
    Payload: {
      body: entry.canonicalizedBody,
      integratedTime: Number(entry.integratedTime),
      logIndex: Number(entry.logIndex),
      logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex'),
    },
  });
}

/** Go's `pem.EncodeToMemory`: 64-column lines and a final newline. */
export function certificatePem(base64Der: string): string {
  const body =
    Buffer.from(base64Der, 'base64')
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${body.join('\n')}\n-----END CERTIFICATE-----\n`;
}

function withNewline(pem: string): string {
  return pem.endsWith('\n') ? pem : `${pem}\n`;
}

/** Go marshals map keys sorted; so does this, so manifests compare byte for byte. */
export function sortedAnnotations(annotations: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => (a < b ? -1 : 1)));
}
