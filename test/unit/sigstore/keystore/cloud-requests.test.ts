/**
 * The Google Cloud KMS, Azure Key Vault and HashiCorp Vault backends are not run against a real
 * server here: these tests check the requests each sends, through a recording client or
 * transport in place of the SDK (no network), and what each makes of the answers.
 */
import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import {
  openAzureKmsStore,
  type AzureKeyVault,
} from '../../../../src/sigstore/keystore/azurekms.js';
import { parseAzureKmsUri } from '../../../../src/sigstore/keystore/azurekms-uri.js';
import { type GcpKmsClient, openGcpKmsStore } from '../../../../src/sigstore/keystore/gcpkms.js';
import { parseGcpKmsUri } from '../../../../src/sigstore/keystore/gcpkms-uri.js';
import {
  openHashiVaultStore,
  type VaultRequest,
} from '../../../../src/sigstore/keystore/hashivault.js';
import { parseHashiVaultUri } from '../../../../src/sigstore/keystore/hashivault-uri.js';

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const PEM = publicKey.export({ format: 'pem', type: 'spki' }).toString();
const DIGEST = createHash('sha256').update('statement').digest();
const DER_SIGNATURE = sign('sha256', Buffer.from('statement'), privateKey);
const RAW_SIGNATURE = sign('sha256', Buffer.from('statement'), {
  key: privateKey,
  dsaEncoding: 'ieee-p1363',
});

describe('Google Cloud KMS requests', () => {
  const key = 'projects/p/locations/global/keyRings/ring/cryptoKeys/release';
  function recorder(keyRingExists = true) {
    const calls: [string, unknown][] = [];
    const client: GcpKmsClient = {
      asymmetricSign: (request) => (
        calls.push(['asymmetricSign', request]),
        Promise.resolve([{ signature: DER_SIGNATURE }])
      ),
      getPublicKey: (request) => (
        calls.push(['getPublicKey', request]),
        Promise.resolve([{ pem: PEM }])
      ),
      listCryptoKeyVersions: (request) => (
        calls.push(['listCryptoKeyVersions', request]),
        Promise.resolve([
          [
            { name: `${key}/cryptoKeyVersions/2` },
            { name: `${key}/cryptoKeyVersions/10` },
            { name: `${key}/cryptoKeyVersions/9` },
          ],
        ])
      ),
      getKeyRing: (request) => {
        calls.push(['getKeyRing', request]);
        return keyRingExists
          ? Promise.resolve([{}])
          : Promise.reject(Object.assign(new Error('5 NOT_FOUND'), { code: 5 }));
      },
      createKeyRing: (request) => (calls.push(['createKeyRing', request]), Promise.resolve([{}])),
      createCryptoKey: (request) => (
        calls.push(['createCryptoKey', request]),
        Promise.resolve([{}])
      ),
    };
    return { calls, client };
  }

  it('signs the digest with the version named, and reads its public key', async () => {
    const { calls, client } = recorder();
    const store = openGcpKmsStore(parseGcpKmsUri(`gcpkms://${key}/cryptoKeyVersions/3`), client);
    expect(await store.signDigest(DIGEST)).toEqual(DER_SIGNATURE);
    expect(await store.publicKeyPem()).toBe(PEM);
    expect(calls).toEqual([
      ['asymmetricSign', { name: `${key}/cryptoKeyVersions/3`, digest: { sha256: DIGEST } }],
      ['getPublicKey', { name: `${key}/cryptoKeyVersions/3` }],
    ]);
  });

  it('without a version, signs with the newest enabled one', async () => {
    const { calls, client } = recorder();
    await openGcpKmsStore(parseGcpKmsUri(`gcpkms://${key}`), client).signDigest(DIGEST);
    expect(calls).toEqual([
      ['listCryptoKeyVersions', { parent: key, filter: 'state=ENABLED' }],
      ['asymmetricSign', { name: `${key}/cryptoKeyVersions/10`, digest: { sha256: DIGEST } }],
    ]);
  });

  it('creates the key ring when missing, then an EC P-256 signing key', async () => {
    const { calls, client } = recorder(false);
    expect(await openGcpKmsStore(parseGcpKmsUri(`gcpkms://${key}`), client).createKey()).toBe(PEM);
    expect(calls.slice(0, 3)).toEqual([
      ['getKeyRing', { name: 'projects/p/locations/global/keyRings/ring' }],
      ['createKeyRing', { parent: 'projects/p/locations/global', keyRingId: 'ring' }],
      [
        'createCryptoKey',
        {
          parent: 'projects/p/locations/global/keyRings/ring',
          cryptoKeyId: 'release',
          cryptoKey: {
            purpose: 'ASYMMETRIC_SIGN',
            versionTemplate: { algorithm: 'EC_SIGN_P256_SHA256' },
          },
        },
      ],
    ]);
  });

  it('names the key and the call when the service refuses', async () => {
    const { client } = recorder();
    client.asymmetricSign = () => Promise.reject(new Error('7 PERMISSION_DENIED: no'));
    await expect(
      openGcpKmsStore(parseGcpKmsUri(`gcpkms://${key}/versions/1`), client).signDigest(DIGEST),
    ).rejects.toThrow(
      `Google Cloud KMS key ${key}: AsymmetricSign failed: 7 PERMISSION_DENIED: no`,
    );
  });
});

describe('Azure Key Vault requests', () => {
  const jwk = publicKey.export({ format: 'jwk' }) as {
    kty: string;
    crv: string;
    x: string;
    y: string;
  };
  function recorder() {
    const calls: unknown[][] = [];
    const vault: AzureKeyVault = {
      sign: (...args) => (calls.push(['sign', ...args]), Promise.resolve(RAW_SIGNATURE)),
      getKey: (...args) => (calls.push(['getKey', ...args]), Promise.resolve(jwk)),
      createEcKey: (...args) => (calls.push(['createEcKey', ...args]), Promise.resolve(jwk)),
    };
    return { calls, vault };
  }

  it('signs ES256 over the digest and turns the r||s answer into DER', async () => {
    const { calls, vault } = recorder();
    const store = openAzureKmsStore(
      parseAzureKmsUri('azurekms://acme.vault.azure.net/release/v7'),
      vault,
    );
    const signature = await store.signDigest(DIGEST);
    expect(verify('sha256', Buffer.from('statement'), publicKey, signature)).toBe(true);
    expect(signature[0]).toBe(0x30);
    expect(await store.publicKeyPem()).toBe(PEM);
    expect(calls).toEqual([
      ['sign', 'release', 'v7', 'ES256', DIGEST],
      ['getKey', 'release', 'v7'],
    ]);
  });

  it('creates an EC P-256 key allowed to sign and verify', async () => {
    const { calls, vault } = recorder();
    expect(
      await openAzureKmsStore(
        parseAzureKmsUri('azurekms://acme.vault.azure.net/release'),
        vault,
      ).createKey(),
    ).toBe(PEM);
    expect(calls).toEqual([
      ['createEcKey', 'release', { curve: 'P-256', keyOps: ['sign', 'verify'] }],
    ]);
  });
});

describe('HashiCorp Vault transit requests (REST through undici)', () => {
  const env = {
    VAULT_ADDR: 'https://vault.example:8200/',
    VAULT_TOKEN: 's.t0ken',
    VAULT_NAMESPACE: 'team',
  };
  const keyAnswer = {
    data: { latest_version: 2, keys: { '1': { public_key: 'old' }, '2': { public_key: PEM } } },
  };
  function recorder(answer: (request: VaultRequest) => { status: number; body: unknown }) {
    const requests: VaultRequest[] = [];
    const transport = (request: VaultRequest) => (
      requests.push(request),
      Promise.resolve(answer(request))
    );
    return { requests, transport };
  }
  const headers = {
    'X-Vault-Token': 's.t0ken',
    'Content-Type': 'application/json',
    'X-Vault-Namespace': 'team',
  };

  it('signs the prehashed digest and reads the newest public key', async () => {
    const { requests, transport } = recorder((request) =>
      request.method === 'POST'
        ? {
            status: 200,
            body: { data: { signature: `vault:v2:${DER_SIGNATURE.toString('base64')}` } },
          }
        : { status: 200, body: keyAnswer },
    );
    const store = openHashiVaultStore(
      parseHashiVaultUri('hashivault://release'),
      { env },
      transport,
    );
    expect(await store.signDigest(DIGEST)).toEqual(DER_SIGNATURE);
    expect(await store.publicKeyPem()).toBe(PEM);
    expect(requests).toEqual([
      {
        method: 'POST',
        url: 'https://vault.example:8200/v1/transit/sign/release/sha2-256',
        headers,
        body: JSON.stringify({
          input: DIGEST.toString('base64'),
          prehashed: true,
          marshaling_algorithm: 'asn1',
        }),
      },
      { method: 'GET', url: 'https://vault.example:8200/v1/transit/keys/release', headers },
    ]);
  });

  it('creates an ecdsa-p256 key under TRANSIT_SECRET_ENGINE_PATH', async () => {
    const { requests, transport } = recorder((request) => ({
      status: 200,
      body: request.method === 'GET' ? keyAnswer : {},
    }));
    const store = openHashiVaultStore(
      parseHashiVaultUri('hashivault://release'),
      { env: { ...env, TRANSIT_SECRET_ENGINE_PATH: '/signing/' } },
      transport,
    );
    expect(await store.createKey()).toBe(PEM);
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: 'https://vault.example:8200/v1/signing/keys/release',
      body: JSON.stringify({ type: 'ecdsa-p256' }),
    });
  });

  it('names Vault’s refusal without the token, and needs VAULT_ADDR and VAULT_TOKEN', async () => {
    const masked: string[] = [];
    const { transport } = recorder(() => ({
      status: 403,
      body: { errors: ['permission denied'] },
    }));
    const store = openHashiVaultStore(
      parseHashiVaultUri('hashivault://release'),
      { env, maskSecret: (s) => masked.push(s) },
      transport,
    );
    const error = await store.signDigest(DIGEST).catch((caught: Error) => caught);
    expect((error as Error).message).toBe(
      'HashiCorp Vault transit key release: signing failed: HTTP 403: permission denied',
    );
    expect(masked).toEqual(['s.t0ken']);
    await expect(
      openHashiVaultStore(
        parseHashiVaultUri('hashivault://release'),
        { env: {} },
        transport,
      ).publicKeyPem(),
    ).rejects.toThrow(
      'HashiCorp Vault transit key release: VAULT_ADDR and VAULT_TOKEN must be set',
    );
  });

  it('refuses an answer without a vault signature', async () => {
    const { transport } = recorder(() => ({
      status: 200,
      body: { data: { signature: 'garbage' } },
    }));
    await expect(
      openHashiVaultStore(parseHashiVaultUri('hashivault://k'), { env }, transport).signDigest(
        DIGEST,
      ),
    ).rejects.toThrow(
      'HashiCorp Vault transit key k: signing failed: the answer holds no vault:vN: signature',
    );
  });
});
