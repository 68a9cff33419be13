/**
 * imprint's signer: turns an in-toto statement (or a raw payload) into a Sigstore bundle v0.3,
 * keylessly (Fulcio certificate for the CI identity) or with a key, witnessed by Rekor and/or a
 * timestamp authority as the chosen Sigstore instance provides. @sigstore/sign does the protocol
 * work; this module picks the services, retries transient failures, and reports errors by name.
 *
 * A key-signed bundle gets a Rekor entry when the instance has a Rekor (public-good, or custom
 * with rekor-url), and a timestamp when it has a TSA; with neither (custom without both), the
 * bundle carries the signature and key hint only, and verifiers must be told not to require a
 * transparency log (cosign: --insecure-ignore-tlog).
 */
import { bundleToJSON, BUNDLE_V03_MEDIA_TYPE, type SerializedBundle } from '@sigstore/bundle';
import {
  type Bundle,
  MessageSignatureBundleBuilder,
  RekorWitness,
  type Signer,
  TSAWitness,
  type Witness,
} from '@sigstore/sign';
import { decodeIdentityToken } from '../../ci/identity.js';
import type { KeyStore } from '../keystore/index.js';
import { KeyidFreeDSSEBundleBuilder } from './dsse-bundle-builder.js';
import { toSigningError } from './errors.js';
import {
  type EndpointOptions,
  resolveEndpoints,
  type SigningMode,
  type SigstoreEndpoints,
} from './endpoints.js';
import { KeySigner } from './key-signer.js';
import { KeylessSigner } from './keyless-signer.js';
import { loadSigningKey } from './keys.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../../attest/predicate-types.js';
import { StoreSigner } from './store-signer.js';

export interface RetryOptions {
  /** Retries after the first attempt, for 5xx, 408, 429 and connection failures. */
  retries: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
}

const DEFAULT_RETRY: RetryOptions = { retries: 3, minTimeoutMs: 1000, maxTimeoutMs: 10_000 };
const DEFAULT_TIMEOUT_MS = 20_000;

export interface IdentitySource {
  getToken(): Promise<string>;
}

export type SigningMaterial =
  | { signing: 'keyless'; identity: string | IdentitySource }
  | { signing: 'key'; privateKeyPem: string; password?: string }
  | { signing: 'key'; keyStore: KeyStore; keyDescription: string };

export type SignerOptions = EndpointOptions &
  SigningMaterial & {
    retry?: Partial<RetryOptions>;
    timeoutMs?: number;
    /** Rekor entry kind for DSSE bundles: `dsse` (cosign v3, default) or `intoto` (cosign v2 `.att`). */
    dsseEntryType?: 'dsse' | 'intoto';
  };

export interface ImprintSigner {
  readonly mode: SigningMode;
  readonly endpoints: SigstoreEndpoints;
  /** The PEM public key verifiers need, for key signing. */
  readonly publicKeyPem?: string | undefined;
  /** Signs a statement (JSON-serialized as given) as DSSE: a `dsseEnvelope` bundle. */
  signDsse(statement: object | Buffer, payloadType?: string): Promise<SerializedBundle>;
  /** Signs raw bytes (e.g. cosign's simple-signing payload): a `messageSignature` bundle. */
  signMessage(payload: Buffer): Promise<SerializedBundle>;
}

interface FetchOptions {
  retry: { retries: number; factor: number; minTimeout: number; maxTimeout: number };
  timeout: number;
}

export async function createSigner(options: SignerOptions): Promise<ImprintSigner> {
  const endpoints = resolveEndpoints(options, options.signing);
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const fetchOptions: FetchOptions = {
    retry: {
      retries: retry.retries,
      factor: 2,
      minTimeout: retry.minTimeoutMs,
      maxTimeout: retry.maxTimeoutMs,
    },
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  const secrets = new Set<string>();
  const { signer, publicKeyPem } = await signerFor(options, endpoints, fetchOptions, secrets);
  const run = async (make: () => Promise<Bundle>): Promise<SerializedBundle> => {
    try {
      return asV03(bundleToJSON(await make()));
    } catch (error) {
      throw toSigningError(error, endpoints, retry.retries + 1, [...secrets]);
    }
  };
  return {
    mode: options.signing,
    endpoints,
    publicKeyPem,
    signDsse: (statement, payloadType = IN_TOTO_PAYLOAD_TYPE) => {
      const data = Buffer.isBuffer(statement) ? statement : Buffer.from(JSON.stringify(statement));
      const entryType = options.dsseEntryType ?? 'dsse';
      const witnesses = witnessesFor(endpoints, entryType, fetchOptions);
      const builder = new KeyidFreeDSSEBundleBuilder({
        signer,
        witnesses,
        certificateChain: false,
      });
      return run(() => builder.create({ data, type: payloadType }));
    },
    signMessage: (payload) => {
      const witnesses = witnessesFor(endpoints, 'dsse', fetchOptions);
      const builder = new MessageSignatureBundleBuilder({ signer, witnesses });
      return run(() => builder.create({ data: payload }));
    },
  };
}

async function signerFor(
  options: SignerOptions,
  endpoints: SigstoreEndpoints,
  fetchOptions: FetchOptions,
  secrets: Set<string>,
): Promise<{ signer: Signer; publicKeyPem?: string }> {
  if (options.signing === 'key' && 'keyStore' in options) {
    const signer = await StoreSigner.open(options.keyStore, options.keyDescription);
    return { signer, publicKeyPem: signer.publicKeyPem };
  }
  if (options.signing === 'key') {
    const signer = new KeySigner(await loadSigningKey(options.privateKeyPem, options.password));
    return { signer, publicKeyPem: signer.publicKeyPem };
  }
  const signer = new KeylessSigner({
    fulcioUrl: endpoints.fulcioUrl!,
    identity: checkedIdentity(options.identity, secrets),
    retry: fetchOptions.retry,
    timeoutMs: fetchOptions.timeout,
  });
  return { signer };
}

/** Rekor when the instance has one, the TSA when it has one; they testify in parallel. */
function witnessesFor(
  endpoints: SigstoreEndpoints,
  entryType: 'dsse' | 'intoto',
  fetchOptions: FetchOptions,
): Witness[] {
  const witnesses: Witness[] = [];
  if (endpoints.rekorUrl) {
    const rekorBaseURL = endpoints.rekorUrl;
    witnesses.push(
      new RekorWitness({ rekorBaseURL, entryType, fetchOnConflict: true, ...fetchOptions }),
    );
  }
  if (endpoints.tsaUrl) {
    witnesses.push(new TSAWitness({ tsaBaseURL: endpoints.tsaUrl, ...fetchOptions }));
  }
  return witnesses;
}

/**
 * Every token is checked (audience, expiry) before it reaches Fulcio, so a bad one fails with a
 * fix instead of Fulcio's 401; each is remembered so no error message can carry it.
 */
function checkedIdentity(identity: string | IdentitySource, secrets: Set<string>): IdentitySource {
  const source: IdentitySource =
    typeof identity === 'string' ? { getToken: () => Promise.resolve(identity) } : identity;
  if (typeof identity === 'string') {
    secrets.add(identity);
    decodeIdentityToken(identity, 'input');
  }
  return {
    async getToken() {
      const token = await source.getToken();
      secrets.add(token);
      decodeIdentityToken(token, typeof identity === 'string' ? 'input' : undefined);
      return token;
    },
  };
}

/**
 * @sigstore/sign writes message-signature bundles as v0.2 with a one-certificate chain; v0.3
 * (what cosign v3 and the OCI referrer format use) holds the same leaf as `certificate`.
 */
function asV03(bundle: SerializedBundle): SerializedBundle {
  const material = bundle.verificationMaterial as Record<string, unknown> & {
    x509CertificateChain?: { certificates: { rawBytes: string }[] };
  };
  const { x509CertificateChain, ...rest } = material;
  const leaf = x509CertificateChain?.certificates[0];
  return {
    ...bundle,
    mediaType: BUNDLE_V03_MEDIA_TYPE,
    verificationMaterial: (leaf
      ? { ...rest, certificate: leaf }
      : material) as SerializedBundle['verificationMaterial'],
  };
}
