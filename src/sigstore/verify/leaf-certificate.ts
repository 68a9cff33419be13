/**
 * What a signing certificate must be, beyond chaining to a trusted Fulcio CA: a code-signing
 * leaf. sigstore-go and cosign verify the chain with extended key usage codeSigning
 * (1.3.6.1.5.5.7.3.3); Fulcio issues exactly that, with key usage digitalSignature and no CA
 * bit. @sigstore/verify checks none of the three, so a TLS server certificate (serverAuth)
 * from a CA in a private trusted root would sign images. Each is checked here, by its DER.
 */
import type { X509Certificate } from '@sigstore/core';
import { ImprintError } from '../../errors.js';

const OID_EXTENDED_KEY_USAGE = '2.5.29.37';
const OID_CODE_SIGNING = '1.3.6.1.5.5.7.3.3';
const OID_ANY_EXTENDED_KEY_USAGE = '2.5.29.37.0';

/** Throws VERIFY_FAILED naming what the leaf lacks; returns quietly for a code-signing leaf. */
export function assertCodeSigningLeaf(certificate: X509Certificate): void {
  const usages = extendedKeyUsages(certificate);
  if (usages === undefined || !usages.includes(OID_CODE_SIGNING)) {
    const found =
      usages === undefined
        ? 'no extended key usage'
        : `extended key usage ${usages.map(describeUsage).join(', ') || '(empty)'}`;
    refuse(`it has ${found}, not codeSigning (${OID_CODE_SIGNING})`);
  }
  const keyUsage = certificate.extKeyUsage;
  if (keyUsage === undefined || !keyUsage.digitalSignature) {
    refuse(
      keyUsage === undefined
        ? 'it has no key usage extension (digitalSignature is required)'
        : 'its key usage lacks digitalSignature',
    );
  }
  if (certificate.extBasicConstraints?.isCA) {
    refuse('it is a CA certificate (basicConstraints cA=true), not a signing leaf');
  }
}

/** The extended key usage OIDs, or undefined when the extension is absent. */
function extendedKeyUsages(certificate: X509Certificate): string[] | undefined {
  const extension = certificate.extension(OID_EXTENDED_KEY_USAGE);
  if (extension === undefined) return undefined;
  try {
    // extnValue is an OCTET STRING wrapping SEQUENCE OF KeyPurposeId (RFC 5280 4.2.1.12).
    const sequence = extension.valueObj.subs[0];
    return (sequence?.subs ?? []).map((purpose) => purpose.toOID());
  } catch {
    refuse('its extended key usage extension does not parse');
  }
}

const USAGE_NAMES: Readonly<Record<string, string>> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  [OID_CODE_SIGNING]: 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  [OID_ANY_EXTENDED_KEY_USAGE]: 'anyExtendedKeyUsage',
};

function describeUsage(oid: string): string {
  return USAGE_NAMES[oid] ?? oid;
}

function refuse(why: string): never {
  throw new ImprintError(
    'VERIFY_FAILED',
    `certificate: the signing certificate is not a code-signing certificate: ${why}`,
    {
      hint: 'Sigstore signing certificates come from Fulcio; a certificate made for another purpose (a TLS server, a CA) never signs images',
    },
  );
}
