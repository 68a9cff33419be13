/**
 * Fulcio certificate claims (extensions under OID 1.3.6.1.4.1.57264.1), decoded and named.
 * Extensions .8 and above hold a DER UTF8String; the legacy .1–.6 hold the raw string bytes.
 * Comparing raw extension bytes (as @sigstore/verify's `oids` policy does) would compare DER
 * headers too, so every comparison in imprint goes through these decoded values.
 */
import { ASN1Obj, type X509Certificate } from '@sigstore/core';

const FULCIO_OID_PREFIX = '1.3.6.1.4.1.57264.1.';

/** Legacy extensions (.1–.6): the value is the string itself. */
const LEGACY_CLAIMS: Record<number, string> = {
  1: 'issuerV1',
  2: 'githubWorkflowTrigger',
  3: 'githubWorkflowSha',
  4: 'githubWorkflowName',
  5: 'githubWorkflowRepository',
  6: 'githubWorkflowRef',
};

/** Current extensions (.8 and up): the value is a DER UTF8String. */
const DER_CLAIMS: Record<number, string> = {
  8: 'issuer',
  9: 'buildSignerURI',
  10: 'buildSignerDigest',
  11: 'runnerEnvironment',
  12: 'sourceRepositoryURI',
  13: 'sourceRepositoryDigest',
  14: 'sourceRepositoryRef',
  15: 'sourceRepositoryIdentifier',
  16: 'sourceRepositoryOwnerURI',
  17: 'sourceRepositoryOwnerIdentifier',
  18: 'buildConfigURI',
  19: 'buildConfigDigest',
  20: 'buildTrigger',
  21: 'runInvocationURI',
  22: 'sourceRepositoryVisibilityAtSigning',
  23: 'deploymentEnvironment',
};

const UTF8_STRING_TAG = 0x0c;
const FIRST_DER_ARC = 8;

/** Claim name → value. Unknown Fulcio extensions from .8 on appear under their dotted OID. */
export type FulcioClaims = Record<string, string>;

/** The name a Fulcio extension OID carries in `FulcioClaims`, if it is one. */
export function claimName(oid: string): string | undefined {
  const arc = fulcioArc(oid);
  if (arc === undefined) return undefined;
  return LEGACY_CLAIMS[arc] ?? DER_CLAIMS[arc] ?? (arc >= FIRST_DER_ARC ? oid : undefined);
}

/** Decodes every Fulcio extension of a certificate. */
export function decodeClaims(certificate: X509Certificate): FulcioClaims {
  const claims: FulcioClaims = {};
  for (const extension of certificate.extensions) {
    const oid = extension.subs[0]?.toOID();
    const name = oid === undefined ? undefined : claimName(oid);
    const raw = extension.subs[extension.subs.length - 1]?.value;
    if (oid === undefined || name === undefined || raw === undefined) continue;
    const value = decodeClaimValue(oid, raw);
    if (value !== undefined) claims[name] = value;
  }
  // Old certificates carry only the legacy issuer: expose it under the one name callers use.
  if (claims.issuer === undefined && claims.issuerV1 !== undefined) claims.issuer = claims.issuerV1;
  return claims;
}

/** Decodes one extension value; undefined when a .8+ value is not a DER UTF8String. */
export function decodeClaimValue(oid: string, raw: Buffer): string | undefined {
  const arc = fulcioArc(oid);
  if (arc === undefined) return undefined;
  if (arc < FIRST_DER_ARC) return raw.toString('utf8');
  try {
    const obj = ASN1Obj.parseBuffer(Buffer.from(raw));
    return obj.tag.number === UTF8_STRING_TAG && obj.tag.isUniversal()
      ? obj.value.toString('utf8')
      : undefined;
  } catch {
    return undefined;
  }
}

function fulcioArc(oid: string): number | undefined {
  if (!oid.startsWith(FULCIO_OID_PREFIX)) return undefined;
  const rest = oid.slice(FULCIO_OID_PREFIX.length);
  return /^\d+$/.test(rest) ? Number(rest) : undefined;
}

const OID_FULCIO_USERNAME = '1.3.6.1.4.1.57264.1.7';

/** The signer's identity as Fulcio wrote it into the SAN: URI, e-mail, or username otherName. */
export function certificateSubject(certificate: X509Certificate): string | undefined {
  const san = certificate.extSubjectAltName;
  if (san === undefined) return undefined;
  return san.uri ?? san.rfc822Name ?? san.otherName(OID_FULCIO_USERNAME);
}
