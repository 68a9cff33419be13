/**
 * The stack's `trusted_root.json` in the protobuf-specs TrustedRoot JSON form (what
 * `cosign --trusted-root`, `@sigstore/verify` and sigstore-go read). Every authority's validity
 * starts an hour in the past, so clock skew between a certificate and its root never matters.
 */
import { createHash, type KeyObject } from 'node:crypto';

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';

export interface TrustedRootJSON {
  mediaType: string;
  tlogs: TransparencyLogJSON[];
  certificateAuthorities: CertificateAuthorityJSON[];
  ctlogs: TransparencyLogJSON[];
  timestampAuthorities: CertificateAuthorityJSON[];
}

export interface TransparencyLogJSON {
  baseUrl: string;
  hashAlgorithm: 'SHA2_256';
  publicKey: {
    rawBytes: string;
    keyDetails: 'PKIX_ECDSA_P256_SHA_256';
    validFor: { start: string };
  };
  logId: { keyId: string };
}

export interface CertificateAuthorityJSON {
  subject: { organization: string; commonName: string };
  uri: string;
  certChain: { certificates: { rawBytes: string }[] };
  validFor: { start: string };
}

export interface TrustedRootParts {
  fulcioURL: string;
  /** Fulcio's chain, leaf-most first (here: the root alone). */
  fulcioChain: Buffer[];
  rekorURL: string;
  rekorKey: KeyObject;
  ctlogURL: string;
  ctlogKey: KeyObject;
  tsaURL: string;
  /** The TSA's chain, leaf-most first (signing intermediate, then root). */
  tsaChain: Buffer[];
  now?: Date;
}

const HOUR_MS = 60 * 60 * 1000;

export function buildTrustedRoot(parts: TrustedRootParts): TrustedRootJSON {
  const start = new Date((parts.now ?? new Date()).getTime() - HOUR_MS).toISOString();
  return {
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    tlogs: [transparencyLog(parts.rekorURL, parts.rekorKey, start)],
    certificateAuthorities: [authority('sigstore', parts.fulcioURL, parts.fulcioChain, start)],
    ctlogs: [transparencyLog(parts.ctlogURL, parts.ctlogKey, start)],
    timestampAuthorities: [authority('tsa', parts.tsaURL, parts.tsaChain, start)],
  };
}

function transparencyLog(baseUrl: string, key: KeyObject, start: string): TransparencyLogJSON {
  const spki = key.export({ format: 'der', type: 'spki' });
  return {
    baseUrl,
    hashAlgorithm: 'SHA2_256',
    publicKey: {
      rawBytes: spki.toString('base64'),
      keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      validFor: { start },
    },
    logId: { keyId: createHash('sha256').update(spki).digest('base64') },
  };
}

function authority(
  commonName: string,
  uri: string,
  chain: Buffer[],
  start: string,
): CertificateAuthorityJSON {
  return {
    subject: { organization: 'sigstore.mock', commonName },
    uri,
    certChain: { certificates: chain.map((der) => ({ rawBytes: der.toString('base64') })) },
    validFor: { start },
  };
}
