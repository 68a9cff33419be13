/**
 * A key store: a place that holds an ECDSA P-256 key and signs with it without handing it out
 * (a PKCS#11 token, a cloud KMS). Each kind is one backend behind this interface.
 */
import { ImprintError, messageOf } from '../../errors.js';

export interface KeyStore {
  /** The key's public half as SPKI PEM (what cosign.pub holds). */
  publicKeyPem(): Promise<string>;
  /** An ECDSA P-256 signature, ASN.1 DER, over a SHA-256 digest: made inside the store. */
  signDigest(digest: Buffer): Promise<Buffer>;
  /** Makes the key in the store (generate-key-pair --kms) and returns its public half. */
  createKey(): Promise<string>;
}

export interface KeyStoreOptions {
  /** Where a backend reads its service's own settings (VAULT_ADDR, …); default: process.env. */
  env?: NodeJS.ProcessEnv;
  /** Called with every secret a backend learns (a PIN), so logs mask it. */
  maskSecret?: (secret: string) => void;
}

/** A store operation that failed, naming the store, the step and what the store said. */
export function keyStoreFailure(store: string, step: string, error: unknown): ImprintError {
  if (error instanceof ImprintError) return error;
  return new ImprintError('KEY_STORE_FAILED', `${store}: ${step} failed: ${messageOf(error)}`, {
    cause: error,
    hint: 'check that the key exists, is an EC P-256 signing key, and that the credentials may use it',
  });
}
