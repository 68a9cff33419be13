/**
 * Azure Key Vault through its official clients (@azure/keyvault-keys with @azure/identity's
 * DefaultAzureCredential), as cosign uses it: sign ES256 over the SHA-256 digest (Key Vault
 * returns raw r||s, converted to DER here), the public key from the key's JWK, and for
 * generate-key-pair an EC P-256 key allowed to sign and verify. Tested on its requests only.
 */
import { createPublicKey } from 'node:crypto';
import { rawSignatureToDer } from './ecdsa.js';
import type { AzureKmsReference } from './azurekms-uri.js';
import { type KeyStore, keyStoreFailure } from './store.js';

/** An EC public key as Key Vault describes it (JWK members, base64url coordinates). */
export interface EcJwk {
  kty: string;
  crv: string;
  x: string;
  y: string;
}

/** The calls imprint makes, shaped as the official clients take them (a test passes a recorder). */
export interface AzureKeyVault {
  sign(
    keyName: string,
    version: string | undefined,
    algorithm: 'ES256',
    digest: Buffer,
  ): Promise<Uint8Array>;
  getKey(keyName: string, version: string | undefined): Promise<EcJwk>;
  createEcKey(
    keyName: string,
    options: { curve: 'P-256'; keyOps: ('sign' | 'verify')[] },
  ): Promise<EcJwk>;
}

export function openAzureKmsStore(ref: AzureKmsReference, vault?: AzureKeyVault): KeyStore {
  const name = `Azure Key Vault key ${ref.keyName} in ${ref.vaultUrl}`;
  let connected: Promise<AzureKeyVault> | undefined;
  const connect = () => (connected ??= vault ? Promise.resolve(vault) : defaultVault(ref.vaultUrl));
  return {
    async publicKeyPem() {
      try {
        return pemOf(await (await connect()).getKey(ref.keyName, ref.version));
      } catch (error) {
        throw keyStoreFailure(name, 'getKey', error);
      }
    },
    async signDigest(digest) {
      try {
        return rawSignatureToDer(
          await (await connect()).sign(ref.keyName, ref.version, 'ES256', digest),
        );
      } catch (error) {
        throw keyStoreFailure(name, 'sign', error);
      }
    },
    async createKey() {
      try {
        const created = await (
          await connect()
        ).createEcKey(ref.keyName, { curve: 'P-256', keyOps: ['sign', 'verify'] });
        return pemOf(created);
      } catch (error) {
        throw keyStoreFailure(name, 'createEcKey', error);
      }
    },
  };
}

function pemOf(jwk: EcJwk): string {
  const { kty, crv, x, y } = jwk;
  return createPublicKey({ key: { kty, crv, x, y }, format: 'jwk' })
    .export({ format: 'pem', type: 'spki' })
    .toString();
}

async function defaultVault(vaultUrl: string): Promise<AzureKeyVault> {
  const [{ CryptographyClient, KeyClient }, { DefaultAzureCredential }] = await Promise.all([
    import('@azure/keyvault-keys'),
    import('@azure/identity'),
  ]);
  const credential = new DefaultAzureCredential();
  const keys = new KeyClient(vaultUrl, credential);
  const jwkOf = (key: {
    key?: { kty?: string; crv?: string; x?: Uint8Array; y?: Uint8Array };
  }): EcJwk => ({
    kty: (key.key?.kty ?? '').replace(/-HSM$/, ''),
    crv: key.key?.crv ?? '',
    x: Buffer.from(key.key?.x ?? []).toString('base64url'),
    y: Buffer.from(key.key?.y ?? []).toString('base64url'),
  });
  return {
    async sign(keyName, version, algorithm, digest) {
      const key = await keys.getKey(keyName, version === undefined ? {} : { version });
      const result = await new CryptographyClient(key.id!, credential).sign(algorithm, digest);
      return result.result;
    },
    async getKey(keyName, version) {
      return jwkOf(await keys.getKey(keyName, version === undefined ? {} : { version }));
    },
    async createEcKey(keyName, options) {
      return jwkOf(
        await keys.createEcKey(keyName, { curve: options.curve, keyOps: options.keyOps }),
      );
    },
  };
}
