/**
 * Keyless signing: an ephemeral P-256 key certified by Fulcio for the CI identity. One
 * certificate serves every signature of a run while it has a few minutes left (cosign also gets
 * one per invocation): a publish signs a dozen statements, and fewer Fulcio round trips mean
 * fewer chances for a token to expire or a service to hiccup mid-publish.
 */
import { X509Certificate } from 'node:crypto';
import { FulcioSigner, type Signature, type Signer } from '@sigstore/sign';
import { KeySigner } from './key-signer.js';

/** Reuse a certificate only while it is valid this much longer (Fulcio issues 10 minutes). */
const MIN_CERT_REMAINING_MS = 3 * 60_000;

export interface KeylessSignerOptions {
  fulcioUrl: string;
  identity: { getToken(): Promise<string> };
  retry: { retries: number; factor: number; minTimeout: number; maxTimeout: number };
  timeoutMs: number;
  now?: () => number;
}

export class KeylessSigner implements Signer {
  private readonly key = KeySigner.ephemeral();
  private readonly fulcio: FulcioSigner;
  private readonly now: () => number;
  private certificate?: { pem: string; notAfterMs: number };
  /** Certificates requested from Fulcio so far. */
  certificatesIssued = 0;

  constructor(options: KeylessSignerOptions) {
    this.now = options.now ?? Date.now;
    this.fulcio = new FulcioSigner({
      fulcioBaseURL: options.fulcioUrl,
      identityProvider: options.identity,
      keyHolder: this.key,
      retry: options.retry,
      timeout: options.timeoutMs,
    });
  }

  async sign(data: Buffer): Promise<Signature> {
    const cached = this.certificate;
    if (cached && cached.notAfterMs - this.now() > MIN_CERT_REMAINING_MS) {
      const { signature } = await this.key.sign(data);
      return { signature, key: { $case: 'x509Certificate', certificate: cached.pem } };
    }
    const signed = await this.fulcio.sign(data);
    this.certificatesIssued += 1;
    if (signed.key.$case === 'x509Certificate') {
      const notAfter = Date.parse(new X509Certificate(signed.key.certificate).validTo);
      this.certificate = { pem: signed.key.certificate, notAfterMs: notAfter };
    }
    return signed;
  }
}
