/**
 * HashiCorp Vault's transit engine over its REST API (HashiCorp publishes no official Node.js
 * SDK, so these are plain HTTP calls through undici), as cosign uses it: VAULT_ADDR, VAULT_TOKEN,
 * optional VAULT_NAMESPACE and TRANSIT_SECRET_ENGINE_PATH (default `transit`).
 *   sign:     POST /v1/MOUNT/sign/KEY/sha2-256 {input: base64 digest, prehashed: true} → vault:vN:DER
 *   public:   GET  /v1/MOUNT/keys/KEY → keys[latest_version].public_key (PEM)
 *   generate: POST /v1/MOUNT/keys/KEY {type: ecdsa-p256}
 * The token is sent as X-Vault-Token and never logged. Tested on its requests only.
 */
import { ImprintError } from '../../errors.js';
import type { HashiVaultReference } from './hashivault-uri.js';
import { type KeyStore, keyStoreFailure, type KeyStoreOptions } from './store.js';

export interface VaultRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** One HTTP exchange; the default is undici's request (a test passes a recorder). */
export type VaultTransport = (request: VaultRequest) => Promise<{ status: number; body: unknown }>;

interface VaultKeyData {
  latest_version?: number;
  keys?: Record<string, { public_key?: string }>;
}

export function openHashiVaultStore(
  ref: HashiVaultReference,
  options: KeyStoreOptions = {},
  transport: VaultTransport = undiciTransport,
): KeyStore {
  const env = options.env ?? process.env;
  const name = `HashiCorp Vault transit key ${ref.keyName}`;
  const address = env.VAULT_ADDR;
  const token = env.VAULT_TOKEN;
  const mount = (env.TRANSIT_SECRET_ENGINE_PATH ?? 'transit').replace(/^\/+|\/+$/g, '');
  const call = async (step: string, method: 'GET' | 'POST', path: string, body?: object) => {
    if (!address || !token) {
      throw new ImprintError(
        'KEY_STORE_FAILED',
        `${name}: VAULT_ADDR and VAULT_TOKEN must be set`,
        {
          hint: 'set VAULT_ADDR to the Vault server and VAULT_TOKEN from a secret, as for cosign',
        },
      );
    }
    options.maskSecret?.(token);
    const headers: Record<string, string> = {
      'X-Vault-Token': token,
      'Content-Type': 'application/json',
    };
    if (env.VAULT_NAMESPACE) headers['X-Vault-Namespace'] = env.VAULT_NAMESPACE;
    const url = `${address.replace(/\/+$/, '')}/v1/${mount}/${path}/${encodeURIComponent(ref.keyName)}`;
    try {
      const response = await transport({
        method,
        url: path === 'sign' ? `${url}/sha2-256` : url,
        headers,
        ...(body && { body: JSON.stringify(body) }),
      });
      if (response.status < 200 || response.status > 299) {
        const errors = (response.body as { errors?: string[] } | undefined)?.errors ?? [];
        throw new Error(
          `HTTP ${response.status}${errors.length > 0 ? `: ${errors.join('; ')}` : ''}`,
        );
      }
      return (response.body as { data?: unknown } | undefined)?.data;
    } catch (error) {
      throw keyStoreFailure(name, step, error);
    }
  };
  const publicKeyPem = async (): Promise<string> => {
    const data = (await call('reading the key', 'GET', 'keys')) as VaultKeyData | undefined;
    const pem = data?.keys?.[String(data.latest_version)]?.public_key;
    if (!pem)
      throw keyStoreFailure(
        name,
        'reading the key',
        new Error('the key has no public key (not an ecdsa-p256 key?)'),
      );
    return pem;
  };
  return {
    publicKeyPem,
    async signDigest(digest) {
      const data = (await call('signing', 'POST', 'sign', {
        input: digest.toString('base64'),
        prehashed: true,
        marshaling_algorithm: 'asn1',
      })) as { signature?: string } | undefined;
      const match = /^vault:v\d+:(.+)$/.exec(data?.signature ?? '');
      if (!match)
        throw keyStoreFailure(
          name,
          'signing',
          new Error('the answer holds no vault:vN: signature'),
        );
      return Buffer.from(match[1]!, 'base64');
    },
    async createKey() {
      await call('creating the key', 'POST', 'keys', { type: 'ecdsa-p256' });
      return publicKeyPem();
    },
  };
}

async function undiciTransport(request: VaultRequest): Promise<{ status: number; body: unknown }> {
  const { request: send } = await import('undici');
  const response = await send(request.url, {
    method: request.method,
    headers: request.headers,
    ...(request.body !== undefined && { body: request.body }),
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    body: text === '' ? undefined : (JSON.parse(text) as unknown),
  };
}
