import { createHash, generateKeyPairSync, type KeyObject, sign, verify } from 'node:crypto';
import { isImprintError } from '../../../../src/errors.js';
import type { KeyStore } from '../../../../src/sigstore/keystore/index.js';
import { publicKeyHint } from '../../../../src/sigstore/sign/key-signer.js';
import { StoreSigner } from '../../../../src/sigstore/sign/store-signer.js';

const DATA = Buffer.from('{"payload":"statement"}');

/**
 * A store in memory, standing in for a token or KMS: it is handed the digest only. Node has no
 * prehashed ECDSA, so it signs the data the digest was made of, after checking that digest.
 */
function memoryStore(options: { curve?: string; signWith?: KeyObject } = {}) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', {
    namedCurve: options.curve ?? 'P-256',
  });
  const digests: Buffer[] = [];
  const store: KeyStore = {
    publicKeyPem: () =>
      Promise.resolve(publicKey.export({ format: 'pem', type: 'spki' }).toString()),
    signDigest: (digest) => {
      digests.push(digest);
      expect(digest).toEqual(createHash('sha256').update(DATA).digest());
      return Promise.resolve(sign('sha256', DATA, options.signWith ?? privateKey));
    },
    createKey: () => Promise.reject(new Error('not used')),
  };
  return { store, publicKey, digests };
}

describe('signing with a key in a store', () => {
  it('sends the SHA-256 digest, and returns a signature with the key and its hint', async () => {
    const { store, publicKey, digests } = memoryStore();
    const signer = await StoreSigner.open(store, 'the test key');
    const signature = await signer.sign(DATA);
    expect(digests).toHaveLength(1);
    expect(verify('sha256', DATA, publicKey, signature.signature)).toBe(true);
    expect(signature.key).toEqual({
      $case: 'publicKey',
      publicKey: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      hint: publicKeyHint({ publicKey }),
    });
  });

  it('refuses a signature the key’s own public key does not verify', async () => {
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const signer = await StoreSigner.open(
      memoryStore({ signWith: stranger }).store,
      'the test key',
    );
    const error = await signer.sign(DATA).catch((caught: unknown) => caught);
    expect(isImprintError(error, 'KEY_STORE_FAILED')).toBe(true);
    expect((error as Error).message).toBe(
      "The signature from the test key does not verify with the key's own public key.",
    );
  });

  it('refuses a key that is not P-256 before signing anything', async () => {
    const error = await StoreSigner.open(
      memoryStore({ curve: 'P-384' }).store,
      'the test key',
    ).catch((caught: unknown) => caught);
    expect(isImprintError(error, 'KEY_UNSUPPORTED')).toBe(true);
    expect((error as Error).message).toBe(
      "The test key is an EC key on secp384r1; imprint signs with ECDSA P-256 (cosign's default key type).",
    );
  });
});
