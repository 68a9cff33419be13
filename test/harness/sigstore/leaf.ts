/**
 * Leaf certificates that the loopback Fulcio issues on request instead of its usual
 * code-signing leaf: same CA, same SAN and Sigstore extensions, a real SCT from the same CT
 * log, but the key usages of another kind of certificate (a TLS server certificate, a CA).
 * They chain and verify like the real thing, which is what a test of the usage checks needs.
 * @sigstore/mock's CA hard-codes its usages, so this issues with @peculiar/x509, the library
 * the mock itself uses (and installs).
 */
import { createHash, type KeyPairKeyObjectResult } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import type { CTLog } from '@sigstore/mock/dist/fulcio/ctlog.js';
import type { CertificateExtension } from './fulcio-identity.js';

export const EKU_SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
export const EKU_CODE_SIGNING = '1.3.6.1.5.5.7.3.3';

export interface LeafProfile {
  /** Extended key usage OIDs; Fulcio writes only codeSigning. */
  extendedKeyUsages: string[];
  /** Key usage bits; Fulcio writes digitalSignature. */
  keyUsage: 'digitalSignature' | 'keyEncipherment';
  /** basicConstraints cA=true (Fulcio's leaves have none). */
  ca: boolean;
}

/** What a TLS server certificate carries. */
export const SERVER_AUTH_LEAF: LeafProfile = {
  extendedKeyUsages: [EKU_SERVER_AUTH],
  keyUsage: 'digitalSignature',
  ca: false,
};

export interface LeafIssuer {
  caKey: KeyPairKeyObjectResult;
  rootCertificate: Buffer;
  ctLog: CTLog;
}

export interface LeafRequest {
  /** DER SubjectPublicKeyInfo of the signer's key. */
  publicKey: Buffer;
  subjectAltName: string;
  extensions: CertificateExtension[];
}

const EC_P256 = { name: 'ECDSA', namedCurve: 'P-256' };
const OID_SCT_LIST = '1.3.6.1.4.1.11129.2.4.2';
const VALIDITY_MS = 10 * 60 * 1000;

export async function issueLeaf(
  issuer: LeafIssuer,
  request: LeafRequest,
  profile: LeafProfile,
): Promise<Buffer> {
  const webcrypto = globalThis.crypto;
  const signingKey = issuer.caKey.privateKey.toCryptoKey(EC_P256, false, ['sign']);
  const caPublicKey = issuer.caKey.publicKey.toCryptoKey(EC_P256, true, ['verify']);
  const publicKey = await webcrypto.subtle.importKey('spki', request.publicKey, EC_P256, true, [
    'verify',
  ]);
  const root = new x509.X509Certificate(issuer.rootCertificate);
  const usage =
    profile.keyUsage === 'digitalSignature'
      ? x509.KeyUsageFlags.digitalSignature
      : x509.KeyUsageFlags.keyEncipherment;
  const extensions: x509.Extension[] = [
    new x509.KeyUsagesExtension(usage, true),
    new x509.ExtendedKeyUsageExtension(profile.extendedKeyUsages, false),
    ...(profile.ca ? [new x509.BasicConstraintsExtension(true, undefined, true)] : []),
    new x509.SubjectAlternativeNameExtension(
      [{ type: 'url', value: request.subjectAltName }],
      true,
    ),
    await x509.SubjectKeyIdentifierExtension.create(publicKey, false, webcrypto),
    await x509.AuthorityKeyIdentifierExtension.create(caPublicKey, false, webcrypto),
    ...request.extensions.map(
      (e) =>
        new x509.Extension(e.oid, false, e.legacy ? Buffer.from(e.value) : utf8String(e.value)),
    ),
  ];
  const now = new Date();
  const tbs = {
    serialNumber: '0b0b0b',
    notBefore: now,
    notAfter: new Date(now.getTime() + VALIDITY_MS),
    issuer: root.subject,
    publicKey,
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-384' },
    signingKey,
    extensions,
  };
  const preCertificate = await x509.X509CertificateGenerator.create(tbs, webcrypto);
  const issuerId = createHash('sha256')
    .update(issuer.caKey.publicKey.export({ format: 'der', type: 'spki' }))
    .digest();
  const sct = Buffer.from(await issuer.ctLog.log(preCertificate.rawData, bufferOf(issuerId)));
  // The CT log hands back a serialized SCT with its own length prefix: the list is its length + it.
  const sctList = Buffer.concat([uint16(sct.length), sct]);
  extensions.push(new x509.Extension(OID_SCT_LIST, false, derOctetString(sctList)));
  const leaf = await x509.X509CertificateGenerator.create({ ...tbs, extensions }, webcrypto);
  return Buffer.from(leaf.rawData);
}

function bufferOf(bytes: Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function uint16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

function derLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let rest = n; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function derOctetString(content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0x04]), derLength(content.length), content]);
}

function utf8String(value: string): Buffer {
  const content = Buffer.from(value, 'utf8');
  return Buffer.concat([Buffer.from([0x0c]), derLength(content.length), content]);
}
