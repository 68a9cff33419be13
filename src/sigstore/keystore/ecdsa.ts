/**
 * The ECDSA P-256 encodings the key stores speak, converted to what Sigstore wants: PKCS#11 and
 * Azure Key Vault return a signature as raw r||s (32 + 32 bytes), cosign and every Sigstore
 * verifier expect ASN.1 DER (SEQUENCE { INTEGER r, INTEGER s }); a PKCS#11 public key is an EC
 * point (CKA_EC_POINT, usually wrapped in a DER OCTET STRING), the verifiers want SPKI PEM.
 */
import { createPublicKey } from 'node:crypto';
import { ImprintError } from '../../errors.js';

const P256_COORDINATE_BYTES = 32;
/** DER of the OID 1.2.840.10045.3.1.7 (prime256v1): CKA_EC_PARAMS of a P-256 key. */
export const P256_EC_PARAMS = Buffer.from('06082a8648ce3d030107', 'hex');
/** SubjectPublicKeyInfo up to the BIT STRING's content: id-ecPublicKey, prime256v1. */
const P256_SPKI_PREFIX = Buffer.from('3059301306072a8648ce3d020106082a8648ce3d030107034200', 'hex');

/** Raw r||s (64 bytes) → DER `SEQUENCE { INTEGER r, INTEGER s }`. */
export function rawSignatureToDer(raw: Uint8Array): Buffer {
  if (raw.length !== 2 * P256_COORDINATE_BYTES) {
    throw new ImprintError(
      'KEY_STORE_FAILED',
      `The key store returned a ${raw.length}-byte signature; an ECDSA P-256 signature in r||s form is ${2 * P256_COORDINATE_BYTES} bytes.`,
      { hint: 'the key is not an EC P-256 key: make one with imprint generate-key-pair --kms' },
    );
  }
  const r = derInteger(raw.subarray(0, P256_COORDINATE_BYTES));
  const s = derInteger(raw.subarray(P256_COORDINATE_BYTES));
  const body = Buffer.concat([r, s]);
  return Buffer.concat([Buffer.from([0x30, body.length]), body]);
}

/** A big-endian unsigned integer as DER INTEGER: leading zeros dropped, 0x00 before a high bit. */
function derInteger(bytes: Uint8Array): Buffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
  let value = Buffer.from(bytes.subarray(start));
  if (value[0]! & 0x80) value = Buffer.concat([Buffer.from([0]), value]);
  return Buffer.concat([Buffer.from([0x02, value.length]), value]);
}

/**
 * A P-256 public key from its uncompressed EC point (04 || X || Y), bare or wrapped in a DER
 * OCTET STRING as PKCS#11 v2.20+ tokens return CKA_EC_POINT, as SPKI PEM.
 */
export function ecPointToSpkiPem(ecPoint: Uint8Array): string {
  const point = unwrapOctetString(Buffer.from(ecPoint));
  if (point.length !== 1 + 2 * P256_COORDINATE_BYTES || point[0] !== 0x04) {
    throw new ImprintError(
      'KEY_STORE_FAILED',
      `The key store's public key is not an uncompressed P-256 point (${point.length} bytes).`,
      {
        hint: 'imprint signs with ECDSA P-256 keys: make one with imprint generate-key-pair --kms',
      },
    );
  }
  const der = Buffer.concat([P256_SPKI_PREFIX, point]);
  return createPublicKey({ key: der, format: 'der', type: 'spki' })
    .export({ format: 'pem', type: 'spki' })
    .toString();
}

/** OCTET STRING (04) of length 65 (0x41) around the 65-byte point: 67 bytes in all. */
function unwrapOctetString(bytes: Buffer): Buffer {
  const wrapped = bytes.length === 67 && bytes[0] === 0x04 && bytes[1] === 0x41;
  return wrapped ? bytes.subarray(2) : bytes;
}
