/**
 * Google Cloud KMS through its official client (@google-cloud/kms), as cosign uses it:
 * AsymmetricSign over the SHA-256 digest (Cloud KMS returns DER), GetPublicKey (PEM), and for
 * generate-key-pair the key ring (if missing) and a crypto key ASYMMETRIC_SIGN /
 * EC_SIGN_P256_SHA256. Without a version in the reference, the newest enabled version is used.
 * Credentials come from Application Default Credentials. Tested on the requests it sends only.
 */
import type { GcpKmsReference } from './gcpkms-uri.js';
import { type KeyStore, keyStoreFailure } from './store.js';

/** The calls imprint makes, as the official client takes them (a test passes a recorder). */
export interface GcpKmsClient {
  asymmetricSign(request: {
    name: string;
    digest: { sha256: Buffer };
  }): Promise<[{ signature?: Uint8Array | string | null }, ...unknown[]]>;
  getPublicKey(request: { name: string }): Promise<[{ pem?: string | null }, ...unknown[]]>;
  listCryptoKeyVersions(request: {
    parent: string;
    filter: string;
  }): Promise<[{ name?: string | null }[], ...unknown[]]>;
  getKeyRing(request: { name: string }): Promise<unknown>;
  createKeyRing(request: { parent: string; keyRingId: string }): Promise<unknown>;
  createCryptoKey(request: {
    parent: string;
    cryptoKeyId: string;
    cryptoKey: { purpose: string; versionTemplate: { algorithm: string } };
  }): Promise<unknown>;
}

const NOT_FOUND = 5; // gRPC status

export function openGcpKmsStore(ref: GcpKmsReference, client?: GcpKmsClient): KeyStore {
  const name = `Google Cloud KMS key ${ref.keyName}`;
  let connected: Promise<GcpKmsClient> | undefined;
  const connect = () => (connected ??= client ? Promise.resolve(client) : defaultClient());
  const versionName = async (kms: GcpKmsClient): Promise<string> => {
    if (ref.version !== undefined) return `${ref.keyName}/cryptoKeyVersions/${ref.version}`;
    const [versions] = await kms.listCryptoKeyVersions({
      parent: ref.keyName,
      filter: 'state=ENABLED',
    });
    const newest = versions
      .map((version) => version.name ?? '')
      .sort((a, b) => Number(a.split('/').pop()) - Number(b.split('/').pop()))
      .pop();
    if (!newest) throw new Error('the key has no enabled version');
    return newest;
  };
  const publicKeyPem = async (): Promise<string> => {
    try {
      const kms = await connect();
      const [key] = await kms.getPublicKey({ name: await versionName(kms) });
      return key.pem!;
    } catch (error) {
      throw keyStoreFailure(name, 'GetPublicKey', error);
    }
  };
  return {
    publicKeyPem,
    async signDigest(digest) {
      try {
        const kms = await connect();
        const [out] = await kms.asymmetricSign({
          name: await versionName(kms),
          digest: { sha256: digest },
        });
        return Buffer.from(out.signature as Uint8Array);
      } catch (error) {
        throw keyStoreFailure(name, 'AsymmetricSign', error);
      }
    },
    async createKey() {
      const ringName = `projects/${ref.project}/locations/${ref.location}/keyRings/${ref.keyRing}`;
      try {
        const kms = await connect();
        await kms.getKeyRing({ name: ringName }).catch(async (error: { code?: number }) => {
          if (error.code !== NOT_FOUND) throw error;
          await kms.createKeyRing({
            parent: `projects/${ref.project}/locations/${ref.location}`,
            keyRingId: ref.keyRing,
          });
        });
        await kms.createCryptoKey({
          parent: ringName,
          cryptoKeyId: ref.cryptoKey,
          cryptoKey: {
            purpose: 'ASYMMETRIC_SIGN',
            versionTemplate: { algorithm: 'EC_SIGN_P256_SHA256' },
          },
        });
      } catch (error) {
        throw keyStoreFailure(name, 'CreateCryptoKey', error);
      }
      return publicKeyPem();
    },
  };
}

async function defaultClient(): Promise<GcpKmsClient> {
  const { KeyManagementServiceClient } = await import('@google-cloud/kms');
  return new KeyManagementServiceClient() as unknown as GcpKmsClient;
}
