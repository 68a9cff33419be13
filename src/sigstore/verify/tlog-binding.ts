/**
 * Binds each transparency-log entry to the signer. @sigstore/verify checks that an entry's body
 * records the bundle's signature and digest, but not that it records the same certificate or
 * key; cosign does, and so does imprint: an entry logged by someone else's key proves nothing.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { TransparencyLogEntry } from '@sigstore/bundle';
import { ImprintError } from '../../errors.js';

/** What signed: the leaf certificate (keyless) or the public key (key-signed). */
export type SigningMaterial = { certificate: Buffer } | { publicKey: KeyObject };

type Recorded =
  { kind: 'pem'; text: string } | { kind: 'certificate-der' | 'key-der'; der: Buffer };

/** Throws VERIFY_FAILED when an entry records a certificate or key other than the signer's. */
export function assertTlogBinding(entries: TransparencyLogEntry[], signer: SigningMaterial): void {
  entries.forEach((entry, index) => {
    const recorded = recordedVerifiers(parseBody(entry.canonicalizedBody));
    // An entry kind we do not know records nothing we can compare; its body was checked already.
    if (recorded.length === 0) return;
    if (!recorded.some((item) => sameSigner(item, signer))) {
      const what = 'certificate' in signer ? 'signing certificate' : 'public key';
      throw new ImprintError(
        'VERIFY_FAILED',
        `transparency log entry ${index} (log index ${entry.logIndex}) records a different ${what} than the one that signed`,
        { hint: 'the log entry belongs to another signature; re-sign to get a matching entry' },
      );
    }
  });
}

function parseBody(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The verifier material an entry body records, by kind and version. */
function recordedVerifiers(body: unknown): Recorded[] {
  const kind = field(body, 'kind');
  const version = field(body, 'apiVersion');
  const spec = field(body, 'spec');
  if (version === '0.0.2' && (kind === 'hashedrekord' || kind === 'dsse'))
    return rekorV2Verifiers(spec);
  if (kind === 'hashedrekord') return pem(field(spec, 'signature', 'publicKey', 'content'));
  if (kind === 'dsse')
    return list(field(spec, 'signatures')).flatMap((sig) => pem(field(sig, 'verifier')));
  if (kind === 'intoto' && version === '0.0.2') {
    return list(field(spec, 'content', 'envelope', 'signatures')).flatMap((sig) =>
      pem(field(sig, 'publicKey')),
    );
  }
  if (kind === 'intoto') return pem(field(spec, 'publicKey'));
  return [];
}

function rekorV2Verifiers(spec: unknown): Recorded[] {
  const hashed = field(spec, 'hashedRekordV002', 'signature', 'verifier');
  const dsse = list(field(spec, 'dsseV002', 'signatures')).map((sig) => field(sig, 'verifier'));
  return [hashed, ...dsse].flatMap((verifier): Recorded[] => {
    const certificate = field(verifier, 'x509Certificate', 'rawBytes');
    if (typeof certificate === 'string')
      return [{ kind: 'certificate-der', der: Buffer.from(certificate, 'base64') }];
    const key = field(verifier, 'publicKey', 'rawBytes');
    if (typeof key === 'string') return [{ kind: 'key-der', der: Buffer.from(key, 'base64') }];
    return [];
  });
}

function sameSigner(recorded: Recorded, signer: SigningMaterial): boolean {
  switch (recorded.kind) {
    case 'certificate-der':
      return 'certificate' in signer && recorded.der.equals(signer.certificate);
    case 'key-der':
      return 'publicKey' in signer && spkiEquals(recorded.der, signer.publicKey);
    case 'pem':
      return samePem(recorded.text, signer);
  }
}

function samePem(text: string, signer: SigningMaterial): boolean {
  const match = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (!match?.[1] || match[2] === undefined) return false;
  const der = Buffer.from(match[2].replace(/\s+/g, ''), 'base64');
  if (match[1] === 'CERTIFICATE') return 'certificate' in signer && der.equals(signer.certificate);
  if (match[1] === 'PUBLIC KEY') return 'publicKey' in signer && spkiEquals(der, signer.publicKey);
  return false;
}

/** Each signer key's own SPKI encoding, made once: most entries record exactly these bytes. */
const spkiOf = new WeakMap<KeyObject, Buffer>();

function spkiEquals(der: Buffer, key: KeyObject): boolean {
  let own = spkiOf.get(key);
  if (own === undefined) {
    own = key.export({ format: 'der', type: 'spki' });
    spkiOf.set(key, own);
  }
  if (der.equals(own)) return true;
  // Other bytes may still encode the same key (a compressed point, say): compare as keys.
  try {
    const recorded = createPublicKey({ key: der, format: 'der', type: 'spki' });
    return recorded.equals(key);
  } catch {
    return false;
  }
}

/** base64(PEM) as Rekor v1 stores keys and certificates. */
function pem(value: unknown): Recorded[] {
  return typeof value === 'string'
    ? [{ kind: 'pem', text: Buffer.from(value, 'base64').toString('utf8') }]
    : [];
}

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}
