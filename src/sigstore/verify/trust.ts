/**
 * Trust material for verification: a Sigstore trusted root (Fulcio CAs, Rekor and CT log keys,
 * TSAs) and, for key-signed material, a PEM public key (cosign.pub). Offline is the default:
 * the embedded public-good root needs neither the network nor the file system.
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, VerificationError, type TrustMaterial } from '@sigstore/verify';
import { ImprintError, messageOf } from '../../errors.js';
import {
  EMBEDDED_ROOT_SOURCE,
  embeddedTrustedRoot,
  fetchPublicGoodRoot,
  readTrustedRoot,
} from './trusted-root.js';

/** A public key that signatures may be made with (cosign `--key`). */
export interface PublicKeyTrust {
  readonly key: KeyObject;
  /** Where the key came from, for messages. */
  readonly source: string;
  /** sha256 of the DER SubjectPublicKeyInfo, hex: how reports name the key. */
  readonly keyId: string;
}

export interface Trust {
  readonly trustedRoot: TrustedRoot;
  /** Where the trusted root came from, for messages. */
  readonly rootSource: string;
  readonly publicKey?: PublicKeyTrust;
  /** The form @sigstore/verify consumes. */
  readonly material: TrustMaterial;
}

export interface TrustOptions {
  /** A trusted_root.json file; omitted: the Sigstore public-good root. */
  trustedRootPath?: string;
  /** A PEM public key file (cosign.pub) for key-signed material. */
  publicKeyPath?: string;
  /** A PEM public key given inline (wins over publicKeyPath). */
  publicKeyPem?: string;
  /**
   * Default true: never touch the network. false refreshes the public-good root through TUF
   * (only when no trustedRootPath is given).
   */
  offline?: boolean;
  /** TUF cache folder for the online refresh. */
  tufCachePath?: string;
}

/** Loads the trusted root and optional public key the options name. */
export async function loadTrust(options: TrustOptions = {}): Promise<Trust> {
  const { root, source } = await loadRoot(options);
  const publicKey = await loadPublicKey(options);
  return createTrust(root, source, publicKey);
}

/** Assembles trust from parts already in memory (no I/O). */
export function createTrust(
  trustedRoot: TrustedRoot,
  rootSource: string,
  publicKey?: PublicKeyTrust,
): Trust {
  let material: TrustMaterial;
  try {
    material = toTrustMaterial(trustedRoot, keyFinder(publicKey));
  } catch (error) {
    throw new ImprintError(
      'TRUSTED_ROOT_INVALID',
      `trusted root ${rootSource} is invalid: ${messageOf(error)}`,
      {
        cause: error,
        hint: 'a key or certificate in it does not parse; fetch the trusted root again from its source',
      },
    );
  }
  return publicKey === undefined
    ? { trustedRoot, rootSource, material }
    : { trustedRoot, rootSource, publicKey, material };
}

/** The embedded public-good root, optionally with a public key: synchronous and offline. */
export function publicGoodTrust(publicKey?: PublicKeyTrust): Trust {
  return createTrust(embeddedTrustedRoot(), EMBEDDED_ROOT_SOURCE, publicKey);
}

/** Parses a PEM public key (ECDSA, RSA or Ed25519, as cosign writes them). */
export function parsePublicKey(pem: string, source: string): PublicKeyTrust {
  if (!pem.includes('-----BEGIN PUBLIC KEY-----')) {
    throw new ImprintError(
      'KEY_INVALID',
      `${source} is not a PEM public key (no "-----BEGIN PUBLIC KEY-----" line)`,
      {
        hint: 'pass the public half, e.g. cosign.pub written by `cosign generate-key-pair`',
      },
    );
  }
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch (error) {
    throw new ImprintError(
      'KEY_INVALID',
      `${source} is not a valid public key: ${messageOf(error)}`,
      { cause: error },
    );
  }
  const der = key.export({ format: 'der', type: 'spki' });
  return { key, source, keyId: createHash('sha256').update(der).digest('hex') };
}

async function loadRoot(options: TrustOptions): Promise<{ root: TrustedRoot; source: string }> {
  if (options.trustedRootPath !== undefined) {
    return {
      root: await readTrustedRoot(options.trustedRootPath),
      source: options.trustedRootPath,
    };
  }
  if (options.offline === false) {
    return {
      root: await fetchPublicGoodRoot(options.tufCachePath),
      source: 'the Sigstore public-good root (TUF)',
    };
  }
  return { root: embeddedTrustedRoot(), source: EMBEDDED_ROOT_SOURCE };
}

async function loadPublicKey(options: TrustOptions): Promise<PublicKeyTrust | undefined> {
  if (options.publicKeyPem !== undefined)
    return parsePublicKey(options.publicKeyPem, 'the given public key');
  if (options.publicKeyPath === undefined) return undefined;
  let pem: string;
  try {
    pem = await readFile(options.publicKeyPath, 'utf8');
  } catch (error) {
    throw new ImprintError(
      'KEY_INVALID',
      `cannot read public key ${options.publicKeyPath}: ${messageOf(error)}`,
      {
        cause: error,
      },
    );
  }
  return parsePublicKey(pem, options.publicKeyPath);
}

/**
 * cosign semantics: the key the user names verifies every key-signed signature, whatever
 * key hint the bundle carries (hints are unauthenticated).
 */
function keyFinder(publicKey: PublicKeyTrust | undefined) {
  return (hint: string) => {
    if (publicKey === undefined) {
      throw new VerificationError({
        code: 'PUBLIC_KEY_ERROR',
        message: `signed with a public key${hint ? ` (hint ${hint})` : ''} but no public key was given to verify it with`,
      });
    }
    return { publicKey: publicKey.key, validFor: () => true };
  };
}
