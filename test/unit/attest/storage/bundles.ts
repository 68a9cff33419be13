/**
 * Hand-made serialized bundles for the storage builders, which only read fields (no crypto):
 * the bytes are placeholders, the shapes are Sigstore bundle v0.3 JSON.
 */
import { createHash } from 'node:crypto';

export const STATEMENT = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'ghcr.io/acme/app', digest: { sha256: 'a'.repeat(64) } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: {},
};

export const LEAF_DER = Buffer.alloc(100, 1);
export const SIGNATURE = Buffer.from('signature-bytes').toString('base64');
export const SET = Buffer.from('signed-entry-timestamp').toString('base64');
export const BODY = Buffer.from('{"kind":"hashedrekord"}').toString('base64');
export const LOG_ID_HEX = 'c0d23d6ad406973f9559f3ba2d1ca01f84147d8ffc5b8445c224f98b9591801d';
export const TIMESTAMP = Buffer.from('rfc3161-response').toString('base64');

function material() {
  return {
    certificate: { rawBytes: LEAF_DER.toString('base64') },
    tlogEntries: [
      {
        logIndex: '98235800',
        logId: { keyId: Buffer.from(LOG_ID_HEX, 'hex').toString('base64') },
        kindVersion: { kind: 'hashedrekord', version: '0.0.1' },
        integratedTime: '1717082297',
        inclusionPromise: { signedEntryTimestamp: SET },
        canonicalizedBody: BODY,
      },
    ],
    timestampVerificationData: { rfc3161Timestamps: [{ signedTimestamp: TIMESTAMP }] },
  };
}

export function dsseBundle(statement: object = STATEMENT) {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: material(),
    dsseEnvelope: {
      payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
      payloadType: 'application/vnd.in-toto+json',
      signatures: [{ sig: SIGNATURE, keyid: '' }],
    },
  };
}

export function messageBundle(payload: Buffer) {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: material(),
    messageSignature: {
      messageDigest: {
        algorithm: 'SHA2_256',
        digest: createHash('sha256').update(payload).digest('base64'),
      },
      signature: SIGNATURE,
    },
  };
}
