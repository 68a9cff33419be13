/**
 * A Sigstore trusted_root.json (protobuf JSON, DER in base64) as the PEM material cluster
 * policies want: Kyverno's `roots` / `rekor.pubkey` / `ctlog.pubkey`, policy-controller's
 * TrustRoot `sigstoreKeys`.
 */
import { ImprintError } from '../../errors.js';

interface RawKey {
  rawBytes?: string;
  keyDetails?: string;
  validFor?: { start?: string; end?: string };
}
interface RawLog {
  baseUrl?: string;
  hashAlgorithm?: string;
  publicKey?: RawKey;
}
interface RawAuthority {
  subject?: { organization?: string; commonName?: string };
  uri?: string;
  certChain?: { certificates?: { rawBytes?: string }[] };
  validFor?: { start?: string; end?: string };
}
interface RawTrustedRoot {
  mediaType?: string;
  tlogs?: RawLog[];
  ctlogs?: RawLog[];
  certificateAuthorities?: RawAuthority[];
  timestampAuthorities?: RawAuthority[];
}

export interface LogKey {
  baseUrl: string;
  hashAlgorithm: string;
  pem: string;
  current: boolean;
}

export interface Authority {
  uri: string;
  organization: string;
  commonName: string;
  /** Leaf-most first, root last, PEM. */
  chainPem: string;
  current: boolean;
}

export interface TrustedRootMaterial {
  /** The trusted root as given, re-serialised (Kyverno ImageValidatingPolicy takes it whole). */
  json: string;
  certificateAuthorities: Authority[];
  tlogs: LogKey[];
  ctlogs: LogKey[];
  timestampAuthorities: Authority[];
}

export function readTrustedRoot(value: unknown): TrustedRootMaterial {
  const root = value as RawTrustedRoot | null;
  if (
    root === null ||
    typeof root !== 'object' ||
    !String(root.mediaType ?? '').startsWith('application/vnd.dev.sigstore.trustedroot')
  ) {
    throw new ImprintError(
      'TRUSTED_ROOT_INVALID',
      'The trusted root is not a Sigstore trusted_root.json (mediaType application/vnd.dev.sigstore.trustedroot+json).',
      {
        hint: 'give the trusted_root.json your Sigstore instance publishes (e.g. from its TUF repository)',
      },
    );
  }
  return {
    json: JSON.stringify(value),
    certificateAuthorities: (root.certificateAuthorities ?? []).map(authority),
    tlogs: (root.tlogs ?? []).map(logKey),
    ctlogs: (root.ctlogs ?? []).map(logKey),
    timestampAuthorities: (root.timestampAuthorities ?? []).map(authority),
  };
}

/** The entry in force (no end date), else the last one listed. */
export function current<T extends { current: boolean }>(entries: readonly T[]): T | undefined {
  return entries.find((entry) => entry.current) ?? entries[entries.length - 1];
}

function logKey(log: RawLog): LogKey {
  const key = log.publicKey ?? {};
  const label = (key.keyDetails ?? '').startsWith('PKCS1_') ? 'RSA PUBLIC KEY' : 'PUBLIC KEY';
  return {
    baseUrl: log.baseUrl ?? '',
    hashAlgorithm:
      (log.hashAlgorithm ?? 'SHA2_256') === 'SHA2_256'
        ? 'sha-256'
        : (log.hashAlgorithm ?? '').toLowerCase(),
    pem: pem(label, key.rawBytes ?? ''),
    current: key.validFor?.end === undefined,
  };
}

function authority(entry: RawAuthority): Authority {
  return {
    uri: entry.uri ?? '',
    organization: entry.subject?.organization ?? '',
    commonName: entry.subject?.commonName ?? '',
    chainPem: (entry.certChain?.certificates ?? [])
      .map((cert) => pem('CERTIFICATE', cert.rawBytes ?? ''))
      .join(''),
    current: entry.validFor?.end === undefined,
  };
}

function pem(label: string, base64Der: string): string {
  const body = base64Der.replace(/\s+/g, '').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${body.join('\n')}\n-----END ${label}-----\n`;
}
